"""The sentence around each mention, for a term page's backlinks."""

from __future__ import annotations

import bisect
import re
import xml.etree.ElementTree as etree

from markdown.util import AtomicString

MARK = 0xE000  # private-use characters mark where each link starts
MARKS = re.compile("[\ue000-\uf8ff]")
PLACEHOLDER = re.compile("\x02[^\x03]*\x03")
SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]*[A-Z0-9])")
LIMIT = 320


def sentences_of(block: etree.Element, links: list[etree.Element]) -> list[str]:
    """The sentence of ``block`` that holds each link, as plain text (one pass per block)."""
    originals = [link.text or "" for link in links]
    for number, link in enumerate(links):
        link.text = AtomicString(chr(MARK + number) + originals[number])
    try:
        marked = PLACEHOLDER.sub("", "".join(block.itertext()))
    finally:
        for link, original in zip(links, originals, strict=True):
            link.text = AtomicString(original)
    positions = {ord(match.group()) - MARK: match.start() - removed
                 for removed, match in enumerate(MARKS.finditer(marked))}
    text = MARKS.sub("", marked)
    ends = [(m.start(), m.end()) for m in SENTENCE_END.finditer(text)]
    starts = [end for _, end in ends]
    return [_sentence(text, ends, starts, positions.get(n, 0)) for n in range(len(links))]


def _sentence(text: str, ends: list[tuple[int, int]], starts: list[int], at: int) -> str:
    before = bisect.bisect_right(starts, at)
    start = starts[before - 1] if before else 0
    after = next(((s, e) for s, e in ends[before:] if s >= at), None)
    end = after[0] + len(text[after[0]:after[1]].rstrip()) if after else len(text)
    sentence = " ".join(text[start:end].split())
    return sentence if len(sentence) <= LIMIT else sentence[: LIMIT - 1].rsplit(" ", 1)[0] + "…"
