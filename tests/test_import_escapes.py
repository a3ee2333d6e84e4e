"""An imported text escapes only what would not read as itself: an editor reads the Markdown."""

from __future__ import annotations

import pytest

from explainer.importer.inert import escape_text
from explainer.importer.xml_markdown import xml_to_markdown


@pytest.mark.parametrize(("text", "markdown"), [
    ("Sound off below!", "Sound off below!"),
    ("they [the elections] were", "they [the elections] were"),
    ("(multi-million-dollar!) [sic]", "(multi-million-dollar!) [sic]"),
    ("see [a](b) here", "see \\[a\\](b) here"),  # a link
    ("see [a] (b) here", "see \\[a\\] (b) here"),  # a link, for some readers
    ("see ![a] here", "see !\\[a\\] here"),  # an image's reference
    ("see [a][b] here", "see \\[a\\][b] here"),  # a reference link
    ("a note[^1] here", "a note\\[^1\\] here"),  # a footnote
    ("[r]: https://example.org", "\\[r\\]: https://example.org"),  # a definition
    ("[a] opens the line", "\\[a\\] opens the line"),
    ("a [TOC] b", "a \\[TOC\\] b"),  # the table of contents' marker
    ("*stars* and _under_", "\\*stars\\* and \\_under\\_"),
    ("AT&T, CD&V-voorzitter, a Q&A. R & D", "AT&T, CD&V-voorzitter, a Q&A. R & D"),
    ("&amp; and &copy; and &#169", "&amp;amp; and &amp;copy; and &amp;#169"),  # references
    ("ends with &copy", "ends with &amp;copy"),  # a ";" may follow in the next piece
])
def test_only_the_escapes_a_text_needs_are_written(text, markdown):
    assert escape_text(text) == markdown


def test_a_code_span_keeps_its_backslashes():
    xml = '<doc><main><p>Type <hi rend="#t">\\!</hi> [then] enter!</p></main></doc>'
    assert xml_to_markdown(xml) == "Type `\\!` [then] enter!"


def test_a_heading_s_brackets_are_written_plain():
    xml = '<doc><main><head rend="h2">Why [the elections] matter!</head></main></doc>'
    assert xml_to_markdown(xml) == "## Why [the elections] matter!"
