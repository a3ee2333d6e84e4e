"""Imported Markdown is inert: whatever the source holds renders as the source's text."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st
from lxml import etree

from explainer.commands.cli import main
from explainer.importer.emit import DRAFT, escape_markdown
from explainer.importer.xml_markdown import (
    BARE_DASHES,
    WRITTEN_REFERENCE,
    _decoded,
    xml_to_markdown,
)
from explainer.site.gather import render_markdown

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
    kept = "".join(c for c in text if c.isspace() or c == "\x85"
                   or not (ord(c) < 32 or 127 <= ord(c) < 160))
    return " ".join(kept.split())


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_escaped_text_renders_as_the_text_and_nothing_else(text):
    page = parse(render_markdown(escape_markdown(text), []))
    assert set(page.tags) <= {"p"} and page.attrs == []
    assert visible("".join(page.text)) == visible(text)


@pytest.mark.parametrize("text", ["&#1. ", "&copy. and &amp, too", "AT&T", "a & b", "&"])
def test_a_reference_without_its_semicolon_stays_text(text):  # "&#1. " found by the test above
    page = parse(render_markdown(escape_markdown(text), []))
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
        kind = draw(st.sampled_from(["#b", "#i", "#t", "ref", "code"]))
        child = etree.SubElement(element, kind if kind in ("ref", "code") else "hi")
        if kind != "code":
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
    xml = etree.tostring(doc, encoding="unicode")
    markdown = xml_to_markdown(xml)
    note(f"{xml}\n{markdown}")
    page = parse(render_markdown(markdown, []))
    assert set(page.tags) <= ALLOWED_TAGS
    for tag, name, value in page.attrs:
        assert (tag, name) in {("a", "href"), *((f"h{n}", "id") for n in range(2, 7))}
        assert tag != "a" or safe_href(value)
    source = written_out(doc.find("main"))
    shown = "".join("".join(page.text).split())
    assert shown in ("".join(source.split()), "".join(BARE_DASHES.sub("", source.lstrip()).split()))


def written_out(element: etree._Element, code: bool = False) -> str:
    """An element's text as the converter reads it: references written out as text are
    decoded, except in code, which is verbatim."""
    def read(text: str | None, verbatim: bool) -> str:
        return (text or "") if verbatim else WRITTEN_REFERENCE.sub(_decoded, text or "")
    parts = [read(element.text, code)]
    for child in element:
        inner = code or child.tag == "code" or child.get("rend") == "#t"
        parts += [written_out(child, inner), read(child.tail, code)]
    return "".join(parts)


@pytest.mark.parametrize("xml", [
    '<p><ref target="javascript:alert(1)">&amp;copy </ref>;</p>',  # found by the test above
    '<p><hi rend="#b">&amp;lt </hi>;b&gt;</p>',
])
def test_a_character_reference_made_by_joining_pieces_stays_text(xml):
    markdown = xml_to_markdown(f"<doc><main>{xml}</main></doc>")
    source = "".join(etree.fromstring(f"<main>{xml}</main>").itertext())
    page = parse(render_markdown(markdown, []))
    assert "".join("".join(page.text).split()) == "".join(source.split())


HOSTILE_SCRAPE = """Storm <script>alert(0)</script> hits the coast

Officials said <script>alert(1)</script> <img src=x onerror=alert(2)> was only text today.
{: onclick="alert(3)" }

[click](javascript:alert(5)) and <a href="javascript:alert(6)">this</a> &lt;script&gt; too.

*[HTML]: <b onmouseover=alert(7)>
: a definition <iframe src=javascript:alert(8)></iframe>
"""

HOSTILE_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Storm hits the coast</title>
<meta name="description" content="The storm &lt;script&gt;alert(11)&lt;/script&gt; came.">
</head><body><article><h1>Storm hits the coast</h1>
<p>The storm reached the coast on Tuesday night, and officials in the river towns said the
water rose faster than any of the forecasts had warned during the afternoon.</p>
<h2>Background {: onclick="alert(4)"}</h2>
<p>Residents wrote &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(2)&gt;
on their signs, and <a href="javascript:alert(6)">a link</a> went round the town all day.</p>
<p>The council <code>&lt;b onclick=alert(9)&gt;</code> met again on Wednesday to agree what
would be done about the flood barriers before the next storm arrives in the area.</p>
<blockquote><p>We have waited long enough, said one resident of the lower town.</p>
<pre><code>&lt;script&gt;alert(10)&lt;/script&gt;</code></pre></blockquote>
<p>Engineers said the barriers would be raised by a metre along the whole of the river front
before the winter, and the work would start as soon as the money had been agreed.</p>
</article></body></html>"""


def built_page(tmp_path: Path, make_site, name: str, data: str) -> Page:
    content = make_site()
    source = tmp_path / name
    source.write_text(data, encoding="utf-8")
    target = content / "explainers" / "storm.md"
    assert main(["import", "-q", str(source), "--content", str(content), "--output",
                 str(target), "--date", "2024-01-02"]) == 0
    target.write_text(target.read_text("utf-8").replace(DRAFT + "\n", ""), "utf-8")  # publish
    assert main(["build", "-q", "--content", str(content), "--output",
                 str(tmp_path / "out")]) == 0
    [page] = [p for p in (tmp_path / "out" / "explainers").glob("*/index.html")
              if p.parent.name != "test"]
    markup = page.read_text("utf-8")
    return parse(markup)


def assert_inert(page: Page) -> None:
    scripts = [dict(a for t, *a in page.attrs if t == "script")]
    assert page.tags.count("script") == 2  # the site's own: its JSON-LD and glossary.js
    assert scripts and all("javascript" not in str(v).lower() for v in scripts[0].values())
    for tag, name, value in page.attrs:
        assert not name.startswith("on"), (tag, name, value)
        assert "javascript:" not in html.unescape(value or "").lower(), (tag, name, value)
    assert not {"iframe", "img", "b"} & set(page.tags)


def test_a_hostile_text_scrape_builds_into_an_inert_page(tmp_path, make_site):
    page = built_page(tmp_path, make_site, "storm.txt", HOSTILE_SCRAPE)
    assert_inert(page)
    assert "<img src=x onerror=alert(2)> was only text" in " ".join("".join(page.text).split())


def test_a_hostile_web_page_builds_into_an_inert_page(tmp_path, make_site):
    page = built_page(tmp_path, make_site, "storm.html", HOSTILE_PAGE)
    assert_inert(page)
    text = " ".join("".join(page.text).split())
    assert 'Background {: onclick="alert(4)"}' in text
    assert "<script>alert(10)</script>" in text
