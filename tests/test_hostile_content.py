"""Hostile or broken content: every problem ends as a located ``path:line:col: error`` with a
hint, collected with the others, never a traceback or a hang. Each message is asserted exactly.
The content folder's files are tested in test_content_files.py, fuzzing in test_fuzz_content.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.commands import cli
from explainer.content.loader import load_config, load_explainer, load_term
from explainer.core.diagnostics import Diagnostics
from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build_files

GOOD = "---\ntitle: T\nsummary: S\ndate: 2023-05-05\n---\nBody\n"
TERM = ("---\nterm: {name}\naliases: {aliases}\nsummary: S\nkind: concept\nas_of: 2023-05-05\n"
        "sources: [{{title: T, url: 'https://example.org/'}}]\n---\nBody\n")
INVISIBLE = "  hint: delete it; it is invisible in most editors"
DEEP = ("  hint: front matter values are text, dates, lists of text or a set of keys: write the "
        "value flat")
NAME_HINT = ("  hint: a name needs two characters or more, one of them a letter or digit: a "
             "shorter one would match almost anywhere in the text")
AGAIN = "  hint: check its permissions; if it was just moved or deleted, save again to rebuild"


def load(loader, tmp_path: Path, data: str | bytes, name: str = "x.md") -> list[str]:
    """The loader's problems, each without the path in front."""
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    diags = Diagnostics()
    loader(path, diags)
    return [d.format().removeprefix(f"{path}:") for d in diags]


def site_errors(content: Path) -> list[str]:
    """A whole build's errors, each with the path relative to the content folder."""
    result = build_files(SiteSpec(content))
    assert not result.ok
    return [d.format().replace(f"{content}/", "") for d in result.diagnostics.errors]


# characters and line breaks YAML refuses or counts differently


@pytest.mark.parametrize(("char", "name"), [
    ("\x1b", "U+001B (ESCAPE)"), ("\x7f", "U+007F (DELETE)"),
    ("\x9b", "U+009B (CONTROL SEQUENCE INTRODUCER)"), ("\x00", "U+0000 (NULL)")])
def test_control_character_in_front_matter(tmp_path, char, name):
    errors = load(load_explainer, tmp_path, GOOD.replace("summary: S", f"summary: S{char}x"))
    assert errors == [f"3:11: error: the front matter contains the control character {name}\n"
                      + INVISIBLE]


def test_control_character_in_site_yml(tmp_path):
    errors = load(load_config, tmp_path, "title: T\ndescription: a\x1bb\n", "site.yml")
    assert errors == ["2:15: error: the file contains the control character U+001B (ESCAPE)\n"
                      + INVISIBLE]


def test_noncharacter_in_front_matter(tmp_path):
    errors = load(load_explainer, tmp_path, GOOD.replace("title: T", "title: T\uffff"))
    assert errors == ["2:9: error: the front matter contains the character U+FFFF "
                      "(a noncharacter)\n" + INVISIBLE]


def test_control_character_in_the_body(tmp_path):
    errors = load(load_explainer, tmp_path, GOOD + "Second \x02line\n")
    assert errors == ["7:8: error: the text contains the control character U+0002 "
                      "(START OF TEXT)\n" + INVISIBLE]


def test_many_control_characters_are_summed_up_after_ten(tmp_path):
    errors = load(load_explainer, tmp_path, GOOD.replace("title: T", "title: " + "\x1b" * 30))
    assert len(errors) == 10
    assert errors[-1] == ("2:17: error: the front matter contains the control character "
                          "U+001B (ESCAPE) (and 20 more such characters after this one)\n"
                          + INVISIBLE)


@pytest.mark.parametrize(("char", "name"), [
    ("\u2028", "U+2028 (LINE SEPARATOR)"), ("\u2029", "U+2029 (PARAGRAPH SEPARATOR)"),
    ("\x85", "U+0085 (NEXT LINE)")])
def test_unusual_line_break_in_front_matter_is_reported_at_its_line(tmp_path, char, name):
    errors = load(load_explainer, tmp_path, GOOD.replace("summary: S", f"summary: S{char}x: :"))
    assert errors == [f"3:11: error: the front matter contains the line separator {name}\n"
                      "  hint: replace it with an ordinary line break (Enter), or delete it; "
                      "it is invisible in most editors"]


def test_carriage_return_alone_in_front_matter(tmp_path):
    errors = load(load_explainer, tmp_path, GOOD.replace("summary: S\n", "summary: S\rx: :\n"))
    assert errors == ["3:11: error: the front matter has a line that ends with a carriage "
                      "return (CR) alone\n"
                      "  hint: the file uses old Mac line endings (CR): save it with LF"]


def test_windows_line_endings_are_read(tmp_path):
    assert load(load_explainer, tmp_path, GOOD.replace("\n", "\r\n")) == []


def test_file_with_old_mac_line_endings(tmp_path):
    errors = load(load_explainer, tmp_path, GOOD.replace("\n", "\r"))
    assert errors == ["1:1: error: the file does not start with front matter ('---')\n"
                      "  hint: the file uses old Mac line endings (CR): save it with LF"]


def test_utf16_without_a_byte_order_mark(tmp_path):
    errors = load(load_explainer, tmp_path, GOOD.encode("utf-16-le"))
    assert errors == ["1:1: error: the file does not start with front matter ('---')\n"
                      "  hint: the file looks like UTF-16: save it as UTF-8"]


def test_site_yml_in_utf16_without_a_byte_order_mark(tmp_path):
    errors = load(load_config, tmp_path, "title: T\n".encode("utf-16-be"), "site.yml")
    assert errors[0] == ("1:1: error: the file contains the control character U+0000 (NULL)\n"
                         "  hint: the file looks like UTF-16: save it as UTF-8")


# limits: depth, aliases, size


def test_ten_thousand_nested_brackets(tmp_path):
    errors = load(load_explainer, tmp_path, GOOD.replace("title: T", "title: " + "[" * 10_000))
    assert errors == ["2:27: error: lists or sets of keys nested more than 20 levels deep\n"
                      + DEEP]


def test_list_nested_600_levels_deep(tmp_path):
    nested = "- " * 600 + "x"
    errors = load(load_explainer, tmp_path, GOOD.replace("title: T\n", f"tags:\n  {nested}\n"))
    assert errors == ["3:41: error: lists or sets of keys nested more than 20 levels deep\n"
                      + DEEP]


def test_nesting_within_the_limit_is_an_ordinary_error(tmp_path):
    errors = load(load_explainer, tmp_path, GOOD.replace("title: T", "title: " + "[" * 5
                                                         + "]" * 5))
    assert errors == ["2:8: error: 'title' must be text, not a list\n"
                      "  hint: write it as text, in double quotes: title: \"\""]


def test_alias_is_refused(tmp_path):
    errors = load(load_explainer, tmp_path, GOOD.replace("summary: S", "summary: &s S\n"
                                                         "dateline: *s"))
    assert errors == ["4:11: error: an alias ('*s') repeats a value written elsewhere, which "
                      "Explainer does not read\n"
                      "  hint: write the value out in full where it is needed"]


def test_front_matter_over_64_kib(tmp_path):
    errors = load(load_explainer, tmp_path, GOOD.replace("summary: S", "summary: " + "x" * 70_000))
    assert errors == ["2:1: error: the front matter is 70,036 bytes long, more than the limit "
                      "of 64 KiB\n  hint: keep the values short; long text belongs in the body"]


def test_file_over_1_mib(tmp_path):
    errors = load(load_explainer, tmp_path, GOOD + "x" * (1024 * 1024))
    assert errors == ["1:1: error: the file is 1,048,626 bytes long, more than the limit of "
                      "1 MiB\n  hint: split it into several explainers, or remove what was "
                      "pasted into it by mistake"]


# tags and keys YAML cannot make into values


def test_python_tag_is_reported_at_the_tag(tmp_path):
    errors = load(load_explainer, tmp_path, GOOD.replace("title: T", "title: !!python/object:"
                                                         "os.system x"))
    assert errors == ["2:8: error: 'title' has the tag '!!python/object:os.system', which "
                      "Explainer does not read\n  hint: remove the tag: values are text, dates, "
                      "true/false, numbers, lists and sets of keys"]


def test_unknown_tag_inside_a_list_is_reported_at_the_item(tmp_path):
    errors = load(load_explainer, tmp_path, GOOD.replace("title: T", "title: T\n"
                                                         "tags: [a, !foo b]"))
    assert errors == ["3:11: error: 'tags' has the tag '!foo', which Explainer does not read\n"
                      "  hint: remove the tag: values are text, dates, true/false, numbers, "
                      "lists and sets of keys"]


def test_a_list_as_a_key(tmp_path):
    errors = load(load_explainer, tmp_path, GOOD.replace("title: T", "title: T\n[a, b]: c"))
    assert errors == ["3:1: error: this key is a list or a set of keys, not a name\n"
                      "  hint: write a name before the ':'"]


def test_site_yml_that_is_not_a_set_of_keys(tmp_path):
    errors = load(load_config, tmp_path, "- title: T\n", "site.yml")
    assert errors == ["1:1: error: site.yml must be a set of 'key: value' lines\n"
                      "  hint: write one setting per line, e.g. title: My explainers"]


# names, slugs and addresses


@pytest.mark.parametrize(("name", "problem"), [("a", "is one character long"),
                                               ("'.'", "has no letter or digit"),
                                               ("'--'", "has no letter or digit")])
def test_term_name_that_cannot_be_a_mention(tmp_path, name, problem):
    errors = load(load_term, tmp_path, TERM.format(name=name, aliases="[]"))
    shown = name.strip("'")
    assert errors == [f"2:7: error: the term name '{shown}' {problem}\n" + NAME_HINT]


def test_empty_alias(tmp_path):
    errors = load(load_term, tmp_path, TERM.format(name="Arab League", aliases="[AL, '']"))
    assert errors == ["3:15: error: an alias is empty\n"
                      "  hint: remove the empty item from aliases"]


def test_one_letter_alias(tmp_path):
    errors = load(load_term, tmp_path, TERM.format(name="Arab League", aliases="[AL, a]"))
    assert errors == ["3:15: error: the alias 'a' is one character long\n" + NAME_HINT]


@pytest.mark.parametrize("slug", ["con", "aux", "nul", "prn", "com1", "lpt9"])
def test_windows_reserved_slug(tmp_path, slug):
    errors = load(load_explainer, tmp_path, GOOD, f"{slug}.md")
    assert errors == [f"1:1: error: the file name '{slug}.md' is reserved on Windows: a page "
                      f"named '{slug}' cannot be saved there\n  hint: rename the file: Windows "
                      "reserves con, aux, nul, prn, com1 to com9 and lpt1 to lpt9"]


@pytest.mark.parametrize(("url", "problem"), [
    ('"https://x.org/\\"><script>"', "it contains '\"', which a web address cannot"),
    ("https://x.org/<b>", "it contains '<', which a web address cannot"),
    ("https://:80/", "it has no host name"),
    ("https://x.org/?a=1", "it has a query or a fragment ('?' or '#')"),
    ("https://x.org:port/", "it cannot be read as a web address")])
def test_unsafe_base_url(tmp_path, url, problem):
    errors = load(load_config, tmp_path, f"title: T\nbase_url: {url}\n", "site.yml")
    assert errors == [f"2:11: error: 'base_url' is not a usable web address: {problem}\n"
                      "  hint: the address the site is published at, e.g. "
                      "base_url: https://name.github.io/repo/"]


def test_every_problem_is_collected_and_the_build_exits_1(make_site, tmp_path, capsys):
    content = make_site({"explainers/a.md": GOOD.replace("title: T", "title: \x1b"),
                         "explainers/b.md": GOOD.replace("title: T", "title: " + "[" * 999),
                         "glossary/con.md": TERM.format(name="Con", aliases="[]")})
    (content / "media").mkdir()
    (content / "media/x.jpg").symlink_to("/etc/passwd")
    code = cli.main(["build", "--content", str(content), "--output", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err
    assert [line.split(": error: ")[1] for line in err.splitlines() if ": error: " in line] == [
        "the file name 'con.md' is reserved on Windows: a page named 'con' cannot be saved "
        "there",
        "'x.jpg' is a link to '/etc/passwd', outside the content folder",
        "the front matter contains the control character U+001B (ESCAPE)",
        "lists or sets of keys nested more than 20 levels deep"]
