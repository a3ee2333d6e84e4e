"""Imported Markdown is inert: whatever the source holds renders as the source's text."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from explainer.cli import main
from explainer.importer.emit import escape_markdown
from explainer.importer.xml_markdown import xml_to_markdown
from explainer.site import render_markdown

HOSTILE = ["<script>", "</script>", "<img src=x onerror=alert(2)>", "{: onclick=x}", "{#id}",
           "javascript:", "&amp;", "&#123;", "&lt;", "&copy", "&#x3C;", "\\", "\\\\", "    ",
           "\n", "\n\n", "\t", "* ", "- ", "+ ", "1. ", "# ", "> ", ": ", "=", "---", "===",
           "***", "___", "```", "~~~", "[^1]", "[^1]: x", "*[HTML]: y", "[TOC]", "[a](b)",
           "![i](x)", "[r]: http://x", "<http://x.example>", "<a@b.example>", "<!-- c -->",
           "| a | b |", "|---|", "`", "``", "*", "_", "**", "é", "\u00a0", "\u2028",
           "\x00", "\x02", "\x03", "\x0c", "\r\n", "\x7f"]
TEXT_PIECES = st.one_of(st.sampled_from(HOSTILE), st.sampled_from(list("ab xyz()!#;:=.-")),
                        st.text(max_size=3))
TEXTS = st.lists(TEXT_PIECES, max_size=30).map("".join)


class Page(HTMLParser):
    """The tags, attributes and text of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [(tag, name, value) for name, value in attrs]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(markup: str) -> Page:
    page = Page()
    page.feed(markup)
    page.close()
    return page


def visible(text: str) -> str:
    """Text with whitespace normalised and control characters (not whitespace) dropped."""
    kept = "".join(c for c in text if c.isspace() or not (ord(c) < 32 or ord(c) == 127))
    return " ".join(kept.split())


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_escaped_text_renders_as_the_text_and_nothing_else(text):
    page = parse(render_markdown(escape_markdown(text), []))
    assert set(page.tags) <= {"p"} and page.attrs == []
    assert visible("".join(page.text)) == visible(text)


XML_TEXT = st.lists(st.one_of(st.sampled_from([h for h in HOSTILE if h.isprintable()]),
                              st.sampled_from(list("ab xyz()!#;:=.-"))),
                    max_size=12).map("".join)
TARGETS = st.sampled_from(["https://a.example/x?q=1&r=2#f", "javascript:alert(1)", "JaVaScRiPt:x",
                           "data:text/html,x", "vbscript:x", "#frag", "/path", "../up",
                           "rel/page.html", "mailto:a@b.example", "http://x/a b",
                           'http://x/(y"onclick=z', "http://x/a)b<c>{d}`e`*f*_g_\\h",
                           "&#106;avascript:x", "#&#58;x", "java\nscript:x"])
ALLOWED_TAGS = {"p", "h2", "h3", "h4", "h5", "h6", "strong", "em", "code", "a", "ul", "ol",
                "li", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "pre"}


def inline_element(tag: str, draw) -> etree._Element:
    element = etree.Element(tag)
    element.text = draw(XML_TEXT)
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["#b", "#i", "#t", "ref"]))
        child = etree.SubElement(element, "ref" if kind == "ref" else "hi")
        child.set(*(("target", draw(TARGETS)) if kind == "ref" else ("rend", kind)))
        child.text, child.tail = draw(XML_TEXT), draw(XML_TEXT)
    return element


@st.composite
def documents(draw) -> etree._Element:
    doc = etree.Element("doc")
    main_element = etree.SubElement(doc, "main")
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["p", "head", "list", "quote", "table", "code"]))
        if kind in ("p", "head"):
            element = inline_element(kind, draw)
            if kind == "head":
                element.set("rend", draw(st.sampled_from(["h1", "h2", "h4"])))
        elif kind == "code":
            element = etree.Element("code")
            element.text = draw(XML_TEXT)
        else:
            inner = {"list": "item", "quote": "p", "table": "cell"}[kind]
            element = etree.Element(kind)
            parent = etree.SubElement(element, "row") if kind == "table" else element
            for _ in range(draw(st.integers(1, 3))):
                parent.append(inline_element(inner, draw))
            if kind == "quote" and draw(st.booleans()):
                etree.SubElement(element, "code").text = draw(XML_TEXT)
        main_element.append(element)
    return doc


def safe_href(value: str | None) -> bool:
    target = html.unescape(value or "")
    return not re.search(r"[\s\x00-\x1f]", target) and (
        urlsplit(target).scheme.lower() in ("", "http", "https", "mailto"))


@settings(max_examples=300, deadline=None)
@given(documents())
def test_converted_page_renders_as_its_text_with_safe_links_only(doc):
    markdown = xml_to_markdown(etree.tostring(doc, encoding="unicode"))
    page = parse(render_markdown(markdown, []))
    assert set(page.tags) <= ALLOWED_TAGS
    for tag, name, value in page.attrs:
        assert (tag, name) in {("a", "href"), *((f"h{n}", "id") for n in range(2, 7))}
        assert tag != "a" or safe_href(value)
    source = "".join(doc.find("main").itertext())
    assert "".join("".join(page.text).split()) == "".join(source.split())
