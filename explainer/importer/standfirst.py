"""The standfirst: the one the page shows under its headline (:func:`with_standfirst`) and
the one the text opens with, set in bold or italics or apart from the next paragraph
(:func:`standfirst_in_text`). The reader saw it once, over the text; the explainer shows it
once, as its summary."""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher

from explainer.importer.clean import emphasised
from explainer.importer.confidence import fold
from explainer.importer.summary import (
    ENDS,
    MAX_WORDS,
    MIN_PARAGRAPH_WORDS,
    before_text,
    opens_body,
    plain_text,
)


def with_standfirst(summary: str | None, decks: list[str], paragraphs: list[str],
                    boxed: bool = False) -> tuple[str | None, list[str]]:
    """The summary and the text, given the standfirst the page shows under its headline
    (``decks``). The standfirst the reader sees is the summary, over the page's descriptions
    (an SEO text, a site's tagline: "Music, Film, TV and Political News Coverage"), unless
    the text opens with it (a lede marked as the page's summary) or the description chosen
    opens with it (a standfirst of several paragraphs, of which the page marks the first).
    A standfirst set as the text's first heading ("## The appointment came days after …")
    leaves the text when it is the summary, and is a paragraph of it when it is not; the text
    keeps an opening that the description repeats (the summary is then marked low). A
    standfirst of whole sentences that the text opens with, set in bold or italics, is the
    summary whatever the descriptions say (:func:`standfirst_in_text` then takes it out of
    the text). A standfirst alone with the headline in its box (``boxed``) is no lede: the
    text that opens with it leaves it out."""
    if not decks:
        return summary, paragraphs
    deck = decks[0]
    if boxed and (taken := _without_opening(deck, paragraphs)) is not None:
        return deck, taken
    text = [p.lstrip("#").strip() if _is_deck(p, deck) else p for p in paragraphs]
    # the text without the standfirst set as its heading; a paragraph it equals is the lede
    rest = _without_deck(deck, paragraphs)
    running = [p for p in paragraphs if p.strip() and not before_text(p)][:STANDFIRST_AT]
    listed = deck.lstrip().startswith(("-", "–", "—", "•"))  # quotes pulled out as a list
    if ENDS.search(deck) and not listed and any(
            _is_deck(p, deck) and emphasised(p.strip()) for p in running):
        return deck, text  # sentences set in bold over the text: what the page shows (not
        # quotes pulled out as a list: "- …-…")
    if not (opens_body(deck, rest) or _goes_on_from(summary or "", deck) or listed):
        return deck, rest  # what the page shows, over a description that is not all of it
    return summary, text


def _without_deck(deck: str, paragraphs: list[str]) -> list[str]:
    """The text without the standfirst set as its heading, or as a paragraph right after its
    first (a reading that put the headline's box after the lede's, as trafilatura does on
    Arc XP's pages of one box per paragraph); a paragraph opening the text that equals it
    is the lede, and stays."""
    running = [i for i, p in enumerate(paragraphs) if p.strip() and not before_text(p)]
    second = running[1] if len(running) > 1 else None
    return [p for i, p in enumerate(paragraphs) if not (_is_deck(p, deck) and (
        p.lstrip().startswith("#") or i == second))]


def _without_opening(deck: str, paragraphs: list[str]) -> list[str] | None:
    """The text without its first paragraph of running text when that is the standfirst,
    or without the standfirst that paragraph opens with (a ``<span>`` run into the story's
    first paragraph by the reading), when enough text is left (:func:`_enough`); else None."""
    first = next((i for i, p in enumerate(paragraphs) if p.strip() and not before_text(p)), None)
    if first is None:
        return None
    opening = paragraphs[first].strip()
    if _is_deck(opening, deck):
        rest = paragraphs[:first] + paragraphs[first + 1:]
    elif opening.startswith(deck + " ") and opening[len(deck) + 1:].strip():
        rest = [*paragraphs[:first], opening[len(deck) + 1:].strip(), *paragraphs[first + 1:]]
    else:
        return None
    return rest if _enough(rest) else None


def _goes_on_from(description: str, deck: str) -> bool:
    """Whether a description is the standfirst followed by sentences of its own (the page
    marks only the first of its paragraphs), not by a credit or the site's name ("… •
    Foto: …", "… - VnExpress")."""
    said, shown = " ".join(description.split()), " ".join(deck.split())
    rest = said[len(shown):].strip()
    return said.startswith(shown) and bool(ENDS.search(shown)) and rest[:1].isalpha() and \
        bool(ENDS.search(rest))


def _is_deck(paragraph: str, deck: str) -> bool:
    return bool(fold(deck)) and fold(plain_text(paragraph.lstrip("#"))) == fold(deck)


STANDFIRST_AT = 2  # the text's first paragraphs of running text where it is looked for


LEADS_ON = re.compile(r"[:：]\W{0,4}$")  # a paragraph's close that leads on: "…:", "…:**"


def standfirst_in_text(summary: str | None, paragraphs: list[str],
                       set_apart: Callable[[str, str], bool] | None = None,
                       ) -> tuple[str | None, list[str]]:
    """The summary and the text, without the standfirst when the summary is it, or how it
    opens (a description cut from it: the standfirst, at most 50 words, is then the summary):
    one of the text's first two paragraphs of running text set in bold or italics, or the
    first when ``set_apart`` (its plain text and the next one's) says that the page sets it
    apart from the next (:mod:`setapart`); unless too little text would be left (see
    :func:`_enough`). The page showed it once, over the text; the explainer would show it
    twice."""
    wanted = fold(summary or "").split()
    running = [i for i, p in enumerate(paragraphs) if p.strip() and not before_text(p)]
    for place, index in enumerate(running[:STANDFIRST_AT]):
        paragraph = paragraphs[index].strip()
        apart = place == 0 and len(running) > 1 and set_apart is not None and set_apart(
            plain_text(paragraph), _next_paragraph([paragraphs[i] for i in running[1:]]))
        if not wanted or not (apart or emphasised(paragraph)) or LEADS_ON.search(paragraph):
            continue  # (a paragraph that closes with a colon leads into the next: "… erklärte
            # eine Sprecherin heute:", a statement quoted below it; no standfirst)
        text = plain_text(paragraph)
        words = fold(text).split()
        rest = paragraphs[:index] + paragraphs[index + 1:]
        if not _opens_as(words, wanted) or not _enough(rest):
            continue
        if len(words) == len(wanted):
            return summary, rest
        if len(words) <= MAX_WORDS and ENDS.search(text):
            return text, rest
        if apart and ENDS.search(summary or ""):
            return summary, rest  # a long standfirst's first sentences are the summary
    return _bold_opening(summary, paragraphs, running)


BOLD_WORDS = (8, MAX_WORDS)  # a standfirst in bold: a sentence or two
NEAR = 0.9  # a description this like the standfirst, word for word, says it


def _opens_as(words: list[str], wanted: list[str]) -> bool:
    """Whether a paragraph's words (``words``) open with the summary's (``wanted``), or are
    a standfirst of a sentence or more that the summary says with a word changed or goes on
    from ("…, Von Johanna Reimers."), from its first word (not a lede that a dateline or a
    label opens, "SAN FRANCISCO Venture capitalists …", which the description leaves out)."""
    if words[:len(wanted)] == wanted:
        return True
    return BOLD_WORDS[0] <= len(words) <= MAX_WORDS and words[0] == wanted[0] and (
        wanted[:len(words)] == words
        or SequenceMatcher(None, words, wanted, autojunk=False).ratio() >= NEAR)


def _bold_opening(summary: str | None, paragraphs: list[str],
                  running: list[int]) -> tuple[str | None, list[str]]:
    """The summary and the text, without the standfirst when the page gives no description
    and the text opens with one set whole in bold (not italics: an editor's note) of whole
    sentences: what the page shows over the text. A description the page gives wins over
    such a paragraph (on the report half, a bold opening beside a description was a note
    about the story, "… ist Coverstar von VOGUE …", or questions leading into it)."""
    if summary or not running:
        return summary, paragraphs
    index = running[0]
    paragraph = paragraphs[index].strip()
    text = plain_text(paragraph)
    rest = paragraphs[:index] + paragraphs[index + 1:]
    if not (paragraph.startswith("**") and emphasised(paragraph) and ENDS.search(text)
            and BOLD_WORDS[0] <= len(text.split()) <= BOLD_WORDS[1] and _enough(rest)):
        return summary, paragraphs
    return text, rest


def shown_apart(description: str, paragraphs: list[str],
                set_apart: Callable[[str, str], bool]) -> bool:
    """Whether the text opens with the description as a standfirst the page sets apart
    (:func:`standfirst_in_text` would take it out): what the reader saw over the text,
    which wins over descriptions worded otherwise (zdf.de's meta description, beside its
    JSON-LD's, which the page shows). A picture's caption or the lede is no such box."""
    return len(standfirst_in_text(description, paragraphs, set_apart)[1]) < len(paragraphs)


def _next_paragraph(paragraphs: list[str]) -> str:
    """The first of the paragraphs that is more than a place or a name set apart ("Ankara"),
    as plain text."""
    texts = [plain_text(p) for p in paragraphs]
    return next((t for t in texts if len(t.split()) >= MIN_PARAGRAPH_WORDS), texts[0])


REST_WORDS = 50  # the running text a standfirst leaves behind: less, and it is the text


def _enough(paragraphs: list[str]) -> bool:
    """Whether the paragraphs hold a text without the standfirst: a page whose only text
    is its standfirst (an audio's page) keeps it as its text."""
    running = (p for p in paragraphs if p.strip() and not before_text(p))
    return sum(len(plain_text(p).split()) for p in running) >= REST_WORDS


DECK_LINE_WORDS = 15  # a line of a standfirst set as several; more is a paragraph


def without_deck_lines(summary: str | None, paragraphs: list[str]) -> list[str]:
    """The text without the lines it opens with that are, one after another, the summary's
    words: a standfirst set as short lines parted by line breaks, which the text read as
    paragraphs (mk.co.kr's five lines under its headline; the summary says them). Two lines
    or more, each of at most :data:`DECK_LINE_WORDS` words and ending no sentence (short
    ledes that a description says again stay), no heading."""
    wanted = " ".join(fold(summary or "").split())
    taken, read = 0, ""
    for paragraph in paragraphs:
        words = fold(plain_text(paragraph)).split()
        if paragraph.lstrip().startswith("#") or not words or len(words) > DECK_LINE_WORDS \
                or ENDS.search(plain_text(paragraph).strip()):
            break  # a sentence: the lede, which a description may say again
        joined = f"{read} {' '.join(words)}".strip()
        if f" {joined} " not in f" {wanted} ":
            break
        taken, read = taken + 1, joined
    return paragraphs[taken:] if taken >= 2 and taken < len(paragraphs) else paragraphs
