"""The sentence around a mention, for a term page's backlinks."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown.util import AtomicString

MARK = "\ue000"
PLACEHOLDER = re.compile("\x02[^\x03]*\x03")
SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]*[A-Z0-9])")
LIMIT = 320


def sentence_of(block: etree.Element, link: etree.Element) -> str:
    """The sentence of ``block`` that holds ``link``, as plain text."""
    original = link.text or ""
    link.text = AtomicString(MARK + original)
    try:
        text = PLACEHOLDER.sub("", "".join(block.itertext()))
    finally:
        link.text = AtomicString(original)
    at = text.find(MARK)
    text = text.replace(MARK, "")
    starts = [m.end() for m in SENTENCE_END.finditer(text) if m.end() <= at]
    start = starts[-1] if starts else 0
    end_match = SENTENCE_END.search(text, at)
    end = end_match.start() + len(end_match.group().rstrip()) if end_match else len(text)
    sentence = " ".join(text[start:end].split())
    return sentence if len(sentence) <= LIMIT else sentence[: LIMIT - 1].rsplit(" ", 1)[0] + "…"
