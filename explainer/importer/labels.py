"""Labels left with nothing to label: a last paragraph that introduces what the page no
longer holds ("Related:"), a heading whose section the rules emptied, and a short label in
bold followed by nothing but another label ("**MORE ON EDUCATION**" over "**UPDATES:**",
its list of links gone); and the label over the headline read after the story."""

from __future__ import annotations

import re

from explainer.importer.clean import SENTENCE_ENDS, letters
from explainer.importer.furniture import RAIL_HEADING, READ_ALSO, is_furniture
from explainer.importer.opinions import words

# a paragraph all in bold or in underscores' bold: "**MORE ON EDUCATION**"
BOLD_LINE = re.compile(r"^(\*\*|__)(?:(?!\1).){1,80}\1$")
LABEL_WORDS = 5
# a pointer to another story in bold closing a paragraph of the story ("… she said. **ALSO
# READ: [Floods hit Anambra](…)**", "**Baca Juga:** […](…)")
_LINK = r"\[[^\]\n]+\]\([^)\s]+\)"
POINTER_TAIL = re.compile(rf"\s+(?:(\*\*|__)(?:{READ_ALSO})\s*[:：]\s*{_LINK}\1"
                          rf"|(\*\*|__)(?:{READ_ALSO})\s*[:：]\s*\2\s*{_LINK})$", re.IGNORECASE)


def without_pointer_tail(paragraph: str) -> str:
    """The paragraph without a pointer to another story in bold that closes it (see
    :data:`POINTER_TAIL`), when what is left is a sentence of the story."""
    match = POINTER_TAIL.search(paragraph)
    if match is None or len(words(paragraph[:match.start()])) < LABEL_WORDS:
        return paragraph
    return paragraph[:match.start()]


def without_dangling_lead_in(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a last one that introduces what the page no longer holds ("Read
    more from Jennifer Rubin:", "Related:", "See more photos:", a list of links left out)."""
    while paragraphs and len(paragraphs[-1]) < 200 and \
            paragraphs[-1].strip().strip("*_").rstrip().endswith((":", "：")):
        paragraphs = paragraphs[:-1]
    return paragraphs


def without_emptied_heading(before: list[str], after: list[str]) -> list[str]:
    """The text (``after``) without the heading that ends it when the rules emptied its
    section: what stood under it in the text read (``before``: other stories' cards, or what
    the second extractors voted out) went, and at most :data:`TAIL_LINES` short lines that
    end no sentence are left under it ("#### À la une", "sur le web"); and without the
    heading that ends it with nothing under it ("## Comments", "## Latest News"), unless
    it ends a sentence or a run of headings (a list set as headings); and without a run of
    headings of empty sections over such short lines (the rails' headings, their links
    gone, and a button's words)."""
    if len(after) > 1 and after[-1].startswith("#") and not after[-2].startswith("#") and \
            not after[-1].rstrip("*_ ").endswith(SENTENCE_ENDS):
        after = after[:-1]
    tail = next((i for i in range(len(after) - 1, 0, -1) if after[i].startswith("#")), 0)
    rest = after[tail + 1:]
    if not tail or len(rest) > TAIL_LINES or after[tail].rstrip().endswith("?") or any(
            len(p.split()) > TAIL_WORDS or p.rstrip("*_ ").endswith(SENTENCE_ENDS)
            for p in rest):
        return after
    run = tail
    while run > 1 and all(_rail_heading(after[i]) for i in (run - 1, tail)):
        run -= 1
    if run < tail:  # headings of empty sections over a button's words: "### Sur le même
        return after[:run]  # sujet", "### Contribuer", "Réutiliser ce contenu"
    under = len(before) - before[::-1].index(after[tail]) - 1 if after[tail] in before else 0
    return after[:tail] if len(before) - under - 1 > len(rest) else after


TAIL_LINES = 2
TAIL_WORDS = 4


def _rail_heading(paragraph: str) -> bool:
    """A heading of a few words that ends no sentence (a rail's, a box's: "### Contribuer")."""
    return paragraph.startswith("#") and len(paragraph.strip("# ").split()) <= TAIL_WORDS and \
        not paragraph.rstrip("*_ ").endswith(SENTENCE_ENDS)


def without_empty_labels(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a short label in bold that ends no sentence, or a field's name
    before a colon (:func:`_field_label`), followed by the text's end, a heading or another
    such label."""
    kept: list[str] = []
    for paragraph in reversed(paragraphs):
        if _empty(paragraph) and (not kept or kept[-1].startswith("#") or _empty(kept[-1])):
            continue
        kept.append(paragraph)
    return kept[::-1]


# the heading of the writer's box after the text, its box's words gone: "About the author"
AUTHOR_BOX = re.compile(r"^[#*_\s]*(?:about the authors?|sobre (?:la firma|el autor|la autora|"
                        r"o autor|a autora)|à propos de l'auteur|über (?:den autor|die autorin)|"
                        r"zur person|l'autore|over de auteur|o autorze|об авторе|yazar hakkında|"
                        r"tentang penulis|著者について|筆者について|作者简介|작성자 소개)[*_\s:]*$",
                        re.IGNORECASE)


def _empty(paragraph: str) -> bool:
    """A label in bold (:func:`_label`), a field's name (:func:`_field_label`) or an author
    box's heading (:data:`AUTHOR_BOX`)."""
    return _label(paragraph) or _field_label(paragraph) or bool(AUTHOR_BOX.match(paragraph))


# a field's name of a content system, its words capitalised, before a colon: "Episode
# Teaser Image:", "Related Topics:"
FIELD_LABEL = re.compile(r"^(?-i:[A-Z][\w'’-]*)(?: (?-i:[A-Z][\w'’-]*)){0,4}:$")


def _field_label(paragraph: str) -> bool:
    """A content system's field name alone before a colon, each word capitalised ("Episode
    Teaser Image:"): over another label, its value is gone (the picture, the links); a
    sentence's lead-in ("Here is what we know:") is not capitalised so."""
    return bool(FIELD_LABEL.match(paragraph.strip()))


def _label(paragraph: str) -> bool:
    """A short line in bold that ends no sentence; its words counted by characters in the
    scripts written without spaces ("**出国前后关注点大不同**" is a heading, not a label)."""
    text = paragraph.strip()
    return (bool(BOLD_LINE.match(text)) and len(words(text)) <= LABEL_WORDS
            and not text.strip("*_ ").endswith((".", "!", "?", "…", "。", "！", "？")))


RAIL_SENTENCE_WORDS = 12  # a paragraph under a rail's heading this long, a sentence, is story


def without_rail(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a rail of other stories that ends them: a rail's heading ("##
    More from Ruth Abernethy", "## アクセスランキング") and what follows it to the end, when
    that holds no paragraph of the story's kind (a sentence of :data:`RAIL_SENTENCE_WORDS`
    words or more, not the site's own line: "Über dieses Thema berichten wir … im
    Fernsehen."), only the other stories' headlines and teasers' lines."""
    for index in range(len(paragraphs) - 1, -1, -1):
        if RAIL_HEADING.match(paragraphs[index].strip()):
            rest = paragraphs[index + 1:]
            if index and not any(len(words(p)) >= RAIL_SENTENCE_WORDS and not is_furniture(p)
                                 and p.rstrip("*_ ").endswith(SENTENCE_ENDS) for p in rest):
                return paragraphs[:index]
            break
    return paragraphs


def without_kicker_closing(paragraphs: list[str], kicker: str) -> list[str]:
    """The paragraphs without a last one that is only the label set right over the headline
    (``kicker``: "리뷰", "Review"), which the extractor can read after the story though the
    page sets it before the headline; a story ends on no label of its own kind."""
    if len(paragraphs) > 1 and letters(kicker) and letters(paragraphs[-1]) == letters(kicker):
        return paragraphs[:-1]
    return paragraphs
