"""Bounded work: a body that would take minutes to render (or crash) is an error at its place."""

from __future__ import annotations

from pathlib import Path

import markdown

from explainer.commands.cli import main
from explainer.content import limits
from explainer.content.limits import within_limits
from explainer.core.diagnostics import Diagnostics

PATH = Path("content/explainers/test.md")
HEAD = '---\ntitle: "T"\nsummary: "S."\ndate: 2023-05-05\n---\n'  # the body starts on line 6


def problems(body: str) -> list[str]:
    diags = Diagnostics()
    within_limits(body, PATH, 6, diags)
    return [d.format() for d in diags]


def test_an_ordinary_body_is_within_the_limits():
    assert problems("Text with [a link](https://example.org) and <i>HTML</i>.\n\n" * 400) == []


def test_too_many_brackets_in_a_paragraph():
    assert problems("Intro.\n\n" + "[a\n" * 600) == [
        "content/explainers/test.md:508:1: error: this paragraph has 600 '['; the limit is "
        "500 in a paragraph\n  hint: split the paragraph, or write &#91; for a '[' that is "
        "only text"]


def test_brackets_spread_over_paragraphs_are_fine():
    assert problems("[a] [b]\n\n" * 400) == []


def test_too_many_brackets_in_the_body():
    assert problems("[" * 20_000) == [
        "content/explainers/test.md:6:5001: error: the text has 20,000 '['; the limit is "
        "5,000\n  hint: split it into several explainers, or write &#91; for a '[' that is "
        "only text"]


def test_too_many_angle_brackets_in_a_paragraph():
    assert problems("<a " * 501)[0].startswith(
        "content/explainers/test.md:6:1501: error: this paragraph has 501 '<'; the limit is 500")


def test_list_nested_too_deep():
    body = "\n".join("    " * level + "- item" for level in range(40))
    assert problems(body) == [
        "content/explainers/test.md:38:1: error: this line is nested more than 32 levels deep "
        "(lists, quotes or indentation)\n  hint: flatten the list or quote; Markdown reads "
        "every 4 spaces or tab of indentation as a level"]


def test_quotes_nested_too_deep():
    assert problems("> " * 33 + "deep")[0].startswith(
        "content/explainers/test.md:6:1: error: this line is nested more than 32 levels deep")


def test_nesting_at_the_limit_is_fine():
    assert problems("\n".join("    " * level + "- item" for level in range(32))) == []


def test_body_too_large(monkeypatch):
    monkeypatch.setattr(limits, "MAX_BODY_BYTES", 1000)
    assert problems("word " * 300) == [
        "content/explainers/test.md:6:1: error: the text is 1,500 bytes; the limit is 1,000\n"
        "  hint: split it into several explainers"]


def test_build_refuses_a_body_over_a_limit_quickly(make_site, tmp_path, capsys):
    content = make_site({"explainers/test.md": HEAD + "[" * 50_000 + "\n"})
    assert main(["build", "--content", str(content), "--output", str(tmp_path / "o"),
                 "--no-search"]) == 1
    assert "explainers/test.md:6:5001: error: the text has 50,000 '['" in capsys.readouterr().err


def test_a_body_too_deep_for_the_parser_is_an_error(make_site, tmp_path, capsys, monkeypatch):
    """Python-Markdown before 3.11.4 ran out of stack on 1,200 definition list items (its
    3.11.4 reads them); whatever input still does is an error where the body starts."""
    def out_of_stack(self: markdown.Markdown, source: str) -> str:
        raise RecursionError("maximum recursion depth exceeded")
    monkeypatch.setattr(markdown.Markdown, "convert", out_of_stack)
    content = make_site({"explainers/test.md": HEAD + "a\n: b\n" * 1200})
    assert main(["build", "--content", str(content), "--output", str(tmp_path / "o"),
                 "--no-search", "--jobs", "1"]) == 1
    assert ("explainers/test.md:6:1: error: the text is nested too deeply for Markdown to read"
            in capsys.readouterr().err)


def test_paragraph_too_long():
    assert problems("Intro.\n\n" + "*a* " * 13_000) == [
        "content/explainers/test.md:8:1: error: this paragraph is 52,000 characters long; the "
        "limit is 50,000\n  hint: split it with blank lines (a table or list can be split into "
        "several)"]


def test_long_text_in_short_paragraphs_is_fine():
    assert problems(("word " * 1000 + "\n\n") * 40) == []


def test_too_many_headings():
    assert problems("x\n=\n" * 1001) == [
        "content/explainers/test.md:2007:1: error: the text has more than 1,000 headings\n"
        "  hint: split it into several explainers"]


def test_a_thousand_headings_are_fine():
    assert problems("## Part\n\nText.\n\n" * 1000) == []


def test_lists_and_quotes_interleaved_on_one_line_count_as_levels():
    assert problems("- > " * 17 + "x")[0].startswith(
        "content/explainers/test.md:6:1: error: this line is nested more than 32 levels deep")


def test_numbered_items_on_one_line_count_as_levels():
    assert problems("1. > " * 17 + "x") != []
    assert problems("1. > " * 16 + "x") == []
