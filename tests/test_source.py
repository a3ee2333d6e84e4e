"""Reading content files: front-matter split, exact line numbers, YAML and encoding errors."""

from pathlib import Path

from explainer.content.source import read_source
from explainer.core.diagnostics import Diagnostics


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
    assert errors == [
        f"{tmp_path / 'x.md'}:4:8: error: invalid YAML: the list that starts here has no "
        "closing ']'\n  hint: close it on the same line, e.g. tags: [syria, diplomacy]; if the "
        "']' belongs to the text, put the whole value in quotes"]


def test_missing_closing_fence(tmp_path):
    _, errors = read(tmp_path, "---\ntitle: x\nBody\n")
    assert errors == [
        f"{tmp_path / 'x.md'}:3:1: error: the front matter has no closing '---' before this "
        "line\n  hint: add a line '---' above this line, after the last front-matter key"]


def test_miswritten_closing_fence_is_pointed_at(tmp_path):
    _, errors = read(tmp_path, "---\ntitle: x\n----\nBody\n")
    assert errors == [
        f"{tmp_path / 'x.md'}:3:1: error: the front matter has no closing '---': this line "
        "is '----'\n  hint: write exactly three hyphens, '---', alone on the line"]


def test_missing_closing_fence_in_a_file_of_keys_only(tmp_path):
    _, errors = read(tmp_path, "---\ntitle: x\n")
    assert errors == [
        f"{tmp_path / 'x.md'}:1:1: error: the front matter that starts here has no closing "
        "'---'\n  hint: add a line '---' after the last front-matter key"]


def test_file_without_front_matter(tmp_path):
    _, errors = read(tmp_path, "Just text\n")
    assert errors[0].endswith("error: the file does not start with front matter ('---')\n"
                              "  hint: start the file with a line '---', the YAML keys, "
                              "then another '---'")


def test_tab_in_yaml_is_reported_with_a_hint(tmp_path):
    _, errors = read(tmp_path, "---\ntitle: x\nsource:\n\tname: y\n---\n")
    assert errors == [
        f"{tmp_path / 'x.md'}:4:1: error: invalid YAML: a tab character, where YAML allows "
        "only spaces\n  hint: replace the tab with spaces; indent nested keys with two spaces"]


def test_unquoted_colon_in_title_points_at_the_colon(tmp_path):
    _, errors = read(tmp_path, "---\ntitle: Syria: what next\n---\n")
    assert errors == [
        f"{tmp_path / 'x.md'}:2:13: error: invalid YAML: the value of 'title' contains ': ', "
        "so it must be in quotes\n"
        "  hint: put the whole value in double quotes: title: \"Syria: what next\""]


def test_over_indented_key_is_pointed_at(tmp_path):
    _, errors = read(tmp_path, "---\ntitle: x\n  summary: y\n---\n")
    assert errors == [
        f"{tmp_path / 'x.md'}:3:3: error: invalid YAML: this key is indented more than the "
        "key above it\n  hint: start it in the same column as the keys beside it"]


def test_unclosed_quote_is_reported_where_it_opens(tmp_path):
    _, errors = read(tmp_path, "---\ntitle: \"Syria\nsummary: S\n---\n")
    assert errors == [
        f"{tmp_path / 'x.md'}:2:8: error: invalid YAML: the quote that opens this value is "
        "never closed\n  hint: end the value with the same quote mark it starts with"]


def test_apostrophe_in_a_single_quoted_value(tmp_path):
    _, errors = read(tmp_path, "---\ntitle: 'Syria's talks'\n---\n")
    assert errors == [
        f"{tmp_path / 'x.md'}:2:15: error: invalid YAML: text after the end of the value of "
        "'title'\n  hint: put the whole value in double quotes: title: \"Syria's talks\""]


def test_value_starting_with_a_reserved_character(tmp_path):
    _, errors = read(tmp_path, "---\nbyline: [@jane]\n---\n")
    assert errors == [
        f"{tmp_path / 'x.md'}:2:10: error: invalid YAML: a value cannot start with '@' unless "
        "it is in quotes\n  hint: put it in double quotes: \"@jane\""]


def test_file_that_is_not_utf8_names_the_byte(tmp_path):
    _, errors = read(tmp_path, b"---\ntitle: caf\xe9\n---\n")
    assert errors == [f"{tmp_path / 'x.md'}:2:11: error: the file is not UTF-8: byte 0xe9 "
                      "cannot be read\n  hint: save the file as UTF-8 in your editor (0xe9 is "
                      "'é' in Windows-1252 or Latin-1, which it was probably saved in)"]


def test_utf16_file_is_named_as_such(tmp_path):
    _, errors = read(tmp_path, "---\ntitle: x\n---\n".encode("utf-16"))
    assert errors == [f"{tmp_path / 'x.md'}:1:1: error: the file is not UTF-8: byte 0xff "
                      "cannot be read\n  hint: the file is saved as UTF-16: save it as UTF-8 in "
                      "your editor"]


def test_byte_order_mark_is_ignored(tmp_path):
    src, errors = read(tmp_path, "\ufeff---\ntitle: x\n---\nBody\n")
    assert errors == [] and src.body == "Body\n"


def test_windows_line_endings(tmp_path):
    src, errors = read(tmp_path, "---\r\ntitle: x\r\n---\r\nBody\r\n")
    assert errors == [] and src.body_line == 4


def test_key_without_a_space_after_its_colon(tmp_path):
    _, errors = read(tmp_path, "---\ntitle:Syria\nsummary: S\n---\n")
    assert errors == [
        f"{tmp_path / 'x.md'}:2:7: error: invalid YAML: 'title:Syria' needs a space after the "
        "':'\n  hint: write a space after the colon: title: Syria"]


def test_key_indented_less_than_the_keys_above_it(tmp_path):
    _, errors = read(tmp_path, "---\nsource:\n    name: x\n  url: https://x.org/\n---\n")
    assert errors == [
        f"{tmp_path / 'x.md'}:4:3: error: invalid YAML: this key is not in the same column as "
        "the keys above it\n  hint: start it in the same column as the keys beside it"]


def test_list_item_where_a_key_belongs(tmp_path):
    _, errors = read(tmp_path, "---\ntags:\n- syria\ntitle: x\n- diplomacy\n---\n")
    assert errors == [
        f"{tmp_path / 'x.md'}:5:1: error: invalid YAML: a list item ('- ') where a key "
        "belongs\n  hint: indent the items under their key, e.g. 'tags:' then '  - syria' on "
        "the next line"]


def test_backslash_in_double_quotes(tmp_path):
    _, errors = read(tmp_path, '---\ntitle: "C:\\new\\q"\n---\n')
    assert errors == [
        f"{tmp_path / 'x.md'}:2:16: error: invalid YAML: a backslash in double quotes that "
        "starts no escape YAML knows\n"
        "  hint: write the backslash twice (\\\\), or put the value in single quotes"]


def test_front_matter_that_is_not_keys(tmp_path):
    _, errors = read(tmp_path, "---\njust a sentence\n---\n")
    assert errors == [
        f"{tmp_path / 'x.md'}:2:1: error: the front matter must be a set of 'key: value' "
        "lines\n  hint: write one key and its value per line, e.g. title: \"The headline\""]
