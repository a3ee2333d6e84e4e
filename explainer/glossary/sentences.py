"""The sentence around each mention, for a term page's backlinks."""

from __future__ import annotations

import bisect
import re
import xml.etree.ElementTree as etree

from markdown.util import AtomicString

from explainer.glossary.rawhtml import has_placeholder, without_placeholders

MARK = 0xE000  # private-use characters mark where each link starts
MARKS = re.compile("[\ue000-\uf8ff]")
SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]*[A-Z0-9])")
LIMIT = 320


def sentences_of(block: etree.Element, links: list[etree.Element]) -> list[str]:
    """The sentence of ``block`` that holds each link, as plain text (one pass per block)."""
    pieces = list(block.itertext())
    number = {id(link.text): n for n, link in enumerate(links) if link.text}
    positions, at = {}, 0
    for piece in pieces:  # a link's text is found by identity: no copy, nothing to undo
        n = number.get(id(piece))
        if n is not None:
            if n in positions:  # the same string object twice (Python shares one-letter ones)
                return _marked_sentences(block, links)
            positions[n] = at
        at += len(piece)
    text = "".join(pieces)
    if len(positions) != len(links) or has_placeholder(text):
        return _marked_sentences(block, links)
    return _sentences(text, positions, len(links))


def _marked_sentences(block: etree.Element, links: list[etree.Element]) -> list[str]:
    """The general case (placeholders of raw HTML to drop, a link whose text is shared or
    empty): each link's text is marked with a private-use character, then unmarked."""
    originals = [link.text or "" for link in links]
    for number, link in enumerate(links):
        link.text = AtomicString(chr(MARK + number) + originals[number])
    try:
        marked = without_placeholders("".join(block.itertext()))
    finally:
        for link, original in zip(links, originals, strict=True):
            link.text = AtomicString(original)
    positions = {ord(match.group()) - MARK: match.start() - removed
                 for removed, match in enumerate(MARKS.finditer(marked))}
    return _sentences(MARKS.sub("", marked), positions, len(links))


def _sentences(text: str, positions: dict[int, int], count: int) -> list[str]:
    ends = [(m.start(), m.end()) for m in SENTENCE_END.finditer(text)]
    starts = [end for _, end in ends]
    return [_sentence(text, ends, starts, positions.get(n, 0)) for n in range(count)]


def _sentence(text: str, ends: list[tuple[int, int]], starts: list[int], at: int) -> str:
    before = bisect.bisect_right(starts, at)
    start = starts[before - 1] if before else 0
    after = next(((s, e) for s, e in ends[before:] if s >= at), None)
    end = after[0] + len(text[after[0]:after[1]].rstrip()) if after else len(text)
    sentence = " ".join(text[start:end].split())
    return sentence if len(sentence) <= LIMIT else sentence[: LIMIT - 1].rsplit(" ", 1)[0] + "…"
