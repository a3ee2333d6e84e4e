"""Reading content files: front-matter split, exact line numbers, YAML and encoding errors."""

from pathlib import Path

from explainer.diagnostics import Diagnostics
from explainer.source import read_source


def read(tmp_path: Path, data: str | bytes):
    path = tmp_path / "x.md"
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    diags = Diagnostics()
    return read_source(path, diags), [d.format() for d in diags]


def test_body_line_counts_from_the_closing_fence(tmp_path):
    src, errors = read(tmp_path, "---\ntitle: x\n---\nBody\n")
    assert errors == []
    assert (src.meta_line, src.body_line, src.body) == (2, 4, "Body\n")


def test_leading_blank_lines_in_front_matter_keep_line_numbers(tmp_path):
    _, errors = read(tmp_path, "---\n\n\ntitle: [unclosed\n---\n")
    assert errors[0].startswith(str(tmp_path / "x.md") + ":5:1: error: invalid YAML")


def test_missing_closing_fence(tmp_path):
    _, errors = read(tmp_path, "---\ntitle: x\nBody\n")
    assert errors == [
        f"{tmp_path / 'x.md'}:1:1: error: the front matter has no closing '---'\n"
        "  hint: add a line '---' after the last front-matter key"]


def test_file_without_front_matter(tmp_path):
    _, errors = read(tmp_path, "Just text\n")
    assert errors[0].endswith("error: the file does not start with front matter ('---')\n"
                              "  hint: start the file with a line '---', the YAML keys, "
                              "then another '---'")


def test_tab_in_yaml_is_reported_with_a_hint(tmp_path):
    _, errors = read(tmp_path, "---\ntitle: x\nsource:\n\tname: y\n---\n")
    assert errors == [
        f"{tmp_path / 'x.md'}:4:1: error: invalid YAML: found character '\\t' that cannot "
        "start any token\n  hint: YAML does not allow tabs for indentation: use spaces"]


def test_unquoted_colon_in_title_points_at_the_colon(tmp_path):
    _, errors = read(tmp_path, "---\ntitle: Syria: what next\n---\n")
    assert errors == [
        f"{tmp_path / 'x.md'}:2:13: error: invalid YAML: mapping values are not allowed here\n"
        "  hint: a value that contains ': ' must be quoted, e.g. title: \"Syria: what next\""]


def test_file_that_is_not_utf8_names_the_byte(tmp_path):
    _, errors = read(tmp_path, b"---\ntitle: caf\xe9\n---\n")
    assert errors == [f"{tmp_path / 'x.md'}:2:11: error: file is not UTF-8 (byte 0xe9)\n"
                      "  hint: save the file as UTF-8 in your editor"]


def test_byte_order_mark_is_ignored(tmp_path):
    src, errors = read(tmp_path, "\ufeff---\ntitle: x\n---\nBody\n")
    assert errors == [] and src.body == "Body\n"


def test_windows_line_endings(tmp_path):
    src, errors = read(tmp_path, "---\r\ntitle: x\r\n---\r\nBody\r\n")
    assert errors == [] and src.body_line == 4
