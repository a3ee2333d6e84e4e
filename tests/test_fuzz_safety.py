"""Fuzzing with Hypothesis: Markdown bodies and imported articles, whatever they hold.

A body is rendered as the build renders it (limits, the glossary, the sanitiser): it never
raises, every problem is a diagnostic inside the file, and the HTML holds no executable markup.
An article (text or web page) is imported: it never raises, and its Markdown reads back.
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import frontmatter
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from explainer.content.model import Explainer, Term, TermSource
from explainer.content.yamlguard import CONTROL
from explainer.core.diagnostics import Diagnostics
from explainer.glossary.bidi import BidiExtension
from explainer.glossary.extension import GlossaryExtension, Policy
from explainer.glossary.terms import build_glossary
from explainer.importer.emit import to_markdown
from explainer.importer.html import parse_html
from explainer.importer.text import parse_text
from explainer.site.gather import render_body

PIECES = [
    "Arab League", "Assad", " ", "\n", "\n\n", "    ", "\t", "*", "_", "`", "```", "~~~", "# ",
    "> ", "- ", "1. ", "[", "]", "(", ")", "](", "![", "[^1]", "[^1]: ", "*[UN]: ", ": ", "|",
    "---", "{: ", "{", "}", "#id", ".cls", 'onclick="x()"', "style=color:red", "<", ">", "&",
    "&#x61;", "&#106;", "&lt;", "<!--", "-->", "<script>", "</script>", "<img src=x ",
    "onerror=alert(1)>", "<iframe src=https://e.x>", "<svg onload=x>", "<a href=", '"', "'",
    "javascript:", "JaVaScRiPt:", "data:text/html,", "vbscript:", "java\tscript:", "<p ",
    "<meta http-equiv=refresh content=0>", "<style>", "@import url(x)", "[TOC]", "\\", "\x02",
    "\u202e", "عربي", "\u00a0", "term:arab-league", "!term", "<span lang=ar>", "</span>",
]
DANGEROUS = {"script", "iframe", "object", "embed", "svg", "math", "style", "meta", "link",
             "base", "form", "input", "button", "frame", "frameset", "template", "noscript"}
SCHEME = re.compile(r"^[\x00-\x20]*([a-z][a-z0-9+.\-]*)\s*:", re.IGNORECASE)


class Unsafe(HTMLParser):
    """What in some HTML a browser would run or load: dangerous elements, handlers, and
    addresses with a scheme other than http(s), mailto, tel or a picture's data:image."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DANGEROUS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            address = name in ("href", "src", "action", "cite")
            scheme = SCHEME.match(value or "") if address else None
            if name.startswith("on") or name in ("style", "srcdoc", "formaction"):
                self.found.append(f"{name}= on <{tag}>")
            elif scheme and scheme.group(1).lower() not in ("http", "https", "mailto", "tel") \
                    and not (tag == "img" and (value or "").startswith("data:image/")):
                self.found.append(f"{name}={value!r} on <{tag}>")


def unsafe(html: str) -> list[str]:
    reader = Unsafe()
    reader.feed(html)
    reader.close()
    return reader.found


bodies = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
FAST = settings(max_examples=300, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


def glossary():
    terms = [Term(slug="arab-league", path=Path("g.md"), name="Arab League", summary="S.",
                  kind="organisation", as_of=dt.date(2026, 1, 1),
                  sources=(TermSource("s", "https://x.org/"),), body="", body_line=1)]
    return build_glossary(terms, Diagnostics())


GLOSSARY = glossary()


def render(body: str) -> tuple[str, Diagnostics]:
    explainer = Explainer(slug="t", path=Path("content/explainers/t.md"), title="T",
                          summary="S", date=dt.date(2023, 5, 5), body=body, body_line=6)
    diags = Diagnostics()
    ext = GlossaryExtension(GLOSSARY, lambda slug: f"../../glossary/{slug}/", Policy())
    html = render_body(explainer, [ext, BidiExtension("en")], (), diags)
    return html, diags


@FAST
@given(bodies)
def test_any_body_renders_safe_html_or_located_errors(body):
    html, diags = render(body)
    assert unsafe(html) == [], html
    last = 6 + body.count("\n")
    for diagnostic in diags:
        assert 6 <= diagnostic.line <= last and diagnostic.col >= 1, diagnostic.format()


@FAST
@given(st.text(max_size=300))
def test_any_unicode_body_renders_without_raising(body):
    html, _ = render(body)
    assert unsafe(html) == []


TAGS = ["p", "h1", "h2", "div", "article", "main", "span", "a", "script", "style", "table",
        "tr", "td", "ul", "li", "blockquote", "pre", "code", "img", "meta", "title", "iframe"]
ATTRS = ["", ' href="javascript:alert(1)"', ' onclick="x()"', ' class="article-body"',
         ' property="og:title" content="T"', ' src="data:text/html,x"', " hidden"]
html_pieces = st.one_of(
    st.builds(lambda t, a: f"<{t}{a}>", st.sampled_from(TAGS), st.sampled_from(ATTRS)),
    st.sampled_from([f"</{t}>" for t in TAGS]),
    st.sampled_from(PIECES), st.text(max_size=20))
pages = st.lists(html_pieces, max_size=60).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages)
@example("<p {: ")  # an attribute named "{:", which lxml cannot delete by its name
@example("<!---->Arab League")  # a text that is a comment's tail: the comment is no box
def test_any_web_page_imports_into_markdown_that_reads_back(page):
    article = parse_html(f"<html><head><title>T</title></head><body>{page}</body></html>")
    text = to_markdown(article)
    assert frontmatter.loads(text).get("title") == CONTROL.sub("", article.title)


@FAST
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=20)), max_size=60)
       .map("".join))
@example("\ufffe")  # a noncharacter, which YAML refuses unless escaped
def test_any_text_imports_into_markdown_that_reads_back(text):
    try:
        article = parse_text(text)
    except ValueError as exc:  # the import command's "cannot import: ..." (a text-less file)
        assert str(exc) == "the file holds no text"
        return
    markdown = to_markdown(article)
    assert frontmatter.loads(markdown).get("title") == CONTROL.sub("", article.title)
