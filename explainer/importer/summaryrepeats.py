"""Whether a summary says again what the text says, for the editor: a comment above it in
the file and a low confidence (the explainer would show it twice). How the text's first
paragraph opens, nearly how one of its first three does, its lede after a wire's dateline, or
a sentence or quotation of a paragraph anywhere, word for word or nearly."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from explainer.importer.confidence import fold
from explainer.importer.summary import (
    MIN_WORDS,
    opening_text,
    opens_body,
    plain_text,
    sentences,
    without_wire_dateline,
)

REPEATS_TEXT = ("the text says this too (the explainer would show it twice): write a standfirst, "
                "or cut it from the text")

NEAR = 0.85  # a summary this close to a paragraph's opening, or a sentence to a sentence,
# word for word, repeats it
REPEAT_WINDOW = 3  # the text's first paragraphs of running text looked at


def repeats_text(summary: str | None, paragraphs: Iterable[str]) -> bool:
    """Whether the summary says again what the text says: how its first paragraph opens
    (:func:`opens_body`), or, nearly word for word, how one of its first three paragraphs of
    running text does ("… a market, authorities said." beside "… a market, Ukrainian
    authorities said."), or a sentence or quotation of a paragraph anywhere."""
    paragraphs = list(paragraphs)
    if opens_body(summary, paragraphs) or _says_the_lede(summary, paragraphs) or \
            _quotes_text(summary or "", paragraphs):
        return True
    wanted = fold(summary or "").split()
    if len(wanted) < MIN_WORDS * 3:
        return False
    for text in opening_text(paragraphs)[:REPEAT_WINDOW]:
        words = fold(text).split()[:len(wanted) + 3]
        if difflib.SequenceMatcher(None, wanted, words, autojunk=False).ratio() >= NEAR:
            return True
    return False


QUOTED = re.compile(r'["“„«»]([^"“”„«»]+)["”“»«]')
QUOTE_WORDS = 8  # words of a sentence or quotation that the text says again, word for word


def _quotes_text(summary: str, paragraphs: list[str]) -> bool:
    """Whether one of the summary's sentences, or a quotation in it, is in a paragraph of the
    text, anywhere: word for word (a pull quote: "“Is it just me …?” said a Republican."
    beside "Asked a Republican: “Is it just me …?”"), or a sentence nearly so (a paragraph
    set as the description: "… about the sex offender and his crimes." beside "… about
    Epstein and his crimes:")."""
    said = [fold(s) for s in (*(m.group(1) for m in QUOTED.finditer(summary)),
                              *sentences(summary))]
    said = [s for s in said if len(s.split()) >= QUOTE_WORDS]
    if not said:
        return False
    texts = [plain_text(p) for p in paragraphs]
    if any(f" {s} " in f" {fold(text)} " for s in said for text in texts):
        return True
    told = [fold(t).split() for text in texts for t in sentences(text)]
    return any(_near(s.split(), words) for s in said for words in told)


def _near(said: list[str], words: list[str]) -> bool:
    """Whether two sentences are nearly the same words (:data:`NEAR`), by a quick bound
    first: their lengths alone can rule it out."""
    if 2 * min(len(said), len(words)) < NEAR * (len(said) + len(words)):
        return False
    return difflib.SequenceMatcher(None, said, words, autojunk=False).ratio() >= NEAR


def _says_the_lede(summary: str | None, paragraphs: list[str]) -> bool:
    """Whether one of the summary's sentences is the text's first paragraph of running text,
    or its first sentence, after a wire's dateline ("LA CROSSE, Wis. (AP) — After a summer
    …" beside a description of that sentence and another)."""
    first = next(iter(opening_text(paragraphs)), "")
    lede = [fold(without_wire_dateline(first))]
    lede.append(fold(next(iter(sentences(without_wire_dateline(first))), "")))
    said = {fold(s) for s in sentences(summary or "")}
    return any(len(text.split()) >= MIN_WORDS * 3 and text in said for text in lede)
