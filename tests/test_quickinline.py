"""The quick inline pass: which patterns it may skip, and output equal to the stock pass."""

from __future__ import annotations

import re

import markdown
import pytest

from explainer.glossary import quickinline
from explainer.glossary.converters import MARKDOWN_EXTENSIONS
from explainer.glossary.quickinline import QuickInlineProcessor, leads

STOCK_EXTENSIONS = [name for name in MARKDOWN_EXTENSIONS if "quickinline" not in name]


def pattern_leads(name: str) -> tuple[str, ...] | None:
    md = markdown.Markdown(extensions=MARKDOWN_EXTENSIONS)
    return leads(md.inlinePatterns[name].getCompiledRegExp())


@pytest.mark.parametrize(("name", "expected"), [
    ("backtick", ("\\", "`")),
    ("escape", ("\\",)),
    ("link", ("[",)),
    ("image_link", ("![",)),
    ("autolink", ("<",)),
    ("html", ("<",)),
    ("entity", ("&",)),
    ("linebreak", ("  \n",)),
    ("em_strong", ("*", "_")),
    ("footnote", ("[^",)),
])
def test_the_starts_of_the_stock_patterns_are_read_from_their_expressions(name, expected):
    assert pattern_leads(name) == expected


@pytest.mark.parametrize("regex", [
    re.compile(r"\w+@\w+"),          # a category
    re.compile(r"[a-z]x"),           # a range
    re.compile(r"[^<]>"),            # a negated set
    re.compile(r"^(.*?)\[(.*)$"),    # Python-Markdown's old-style wrapping
    re.compile(r"(?:ab)?c|d*"),      # an optional start, a branch that may be empty
    re.compile(r"abc", re.IGNORECASE),
    re.compile(r"(?i:abc)"),
])
def test_a_pattern_that_may_start_anywhere_is_always_tried(regex):
    assert leads(regex) is None


def test_a_required_repeat_and_a_branch_give_every_start():
    assert leads(re.compile(r"(?<!x)(?:==)+|\+\+|~[~!]")) == ("++", "==", "~!", "~~")


def test_the_converters_use_the_quick_pass():
    md = markdown.Markdown(extensions=MARKDOWN_EXTENSIONS)
    assert type(md.treeprocessors["inline"]) is QuickInlineProcessor


def test_without_the_private_methods_the_stock_pass_stays(monkeypatch):
    monkeypatch.setattr(quickinline, "usable", lambda: False)
    md = markdown.Markdown(extensions=MARKDOWN_EXTENSIONS)
    assert type(md.treeprocessors["inline"]) is quickinline.STOCK


def test_a_text_without_any_start_is_left_as_it_is():
    html = markdown.markdown("Plain words, 40 per cent; no marks.", extensions=MARKDOWN_EXTENSIONS)
    assert html == "<p>Plain words, 40 per cent; no marks.</p>"


def test_a_pattern_inside_another_patterns_match_is_still_found():
    html = markdown.markdown("[a *b* `c`](/x) and **d [e](/y)**", extensions=MARKDOWN_EXTENSIONS)
    assert html == ('<p><a href="/x">a <em>b</em> <code>c</code></a> and '
                    '<strong>d <a href="/y">e</a></strong></p>')


SAMPLES = [
    "A *b* **c** ***d*** _e_ __f__ a_b_c 2*3*4",
    "`code *x*` and ``a ` b`` and \\`not code\\` and \\\\`code`",
    "[link](/u 'title') ![img](/i.png) [ref][r] [r] ![r]\n\n[r]: /ref",
    "<https://example.org/a?b=1> <me@example.org> <span>x</span> <!-- c --> <?pi?>",
    "&amp; &#38; &#x26; & plain &nbsp;x AT&T",
    "line one  \nline two\\\nthree",
    "Footnote[^1] and [^nope].\n\n[^1]: The note *with* [a link](/n).",
    "*[HTML]: Hyper Text\n\nThe HTML abbr and `HTML` code.",
    "Heading {: #x .y }\n===\n\npara {: .z }",
    "| a | *b* |\n|---|---|\n| `c` | [d](/e) |",
    "***strong em* only** and _*mixed*_ and **unclosed",
    "\\[not a link\\](/x) \\*not em\\* \\<not html\\>",
    "Nested [outer [inner](/i) text](/o) and [a](</b c>)",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_the_output_is_the_stock_passs_byte_for_byte(text):
    stock = markdown.markdown(text, extensions=STOCK_EXTENSIONS)
    assert markdown.markdown(text, extensions=MARKDOWN_EXTENSIONS) == stock
