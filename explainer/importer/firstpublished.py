"""The date a republished story was first published, as the copy's note says: "This story was
originally published by CalMatters on May 2, 2024", "Материал впервые опубликован на сайте
«Север.Реалии» 3 апреля 2024 года". The copy's own dates, in its metadata and under its
headline, are the day it was republished."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

from explainer.importer.showndates import day_order, shown_date

# The words of a note that the story was published first elsewhere, in the languages read
FIRST_PUBLISHED = re.compile(
    r"\b(?:originally|first)\s+(?:published|appeared|ran|posted)\b"
    r"|\bpublicad[oa]\s+(?:originalmente|inicialmente|por primera vez)\b"
    r"|\boriginalmente\s+publicad[oa]\b"
    r"|\b(?:publiée?|parue?)\s+(?:initialement|originellement|pour la première fois)\b"
    r"|\binitialement\s+(?:publiée?|parue?)\b"
    r"|\bursprünglich\s+(?:erschienen|veröffentlicht|publiziert)\b"
    r"|\bzuerst\s+(?:erschienen|veröffentlicht)\b"
    r"|\bвпервые\s+опубликован[аоы]?\b|\bвперше\s+опублікован[аоі]?\b"
    r"|\bpubblicat[oa]\s+(?:originariamente|originalmente|per la prima volta)\b"
    r"|\boorspronkelijk\s+(?:verschenen|gepubliceerd)\b",
    re.IGNORECASE)
# what goes before a note on the story itself: a sentence's start, or the story named as its
# subject ("This story was originally …", "Материал впервые …"); not "The report, first
# published on May 2, found …", a story's sentence about another text
OWN_NOTE = re.compile(
    r"(?:^|[.!?)\]»”\"*_]\s*|\b(?:this|the)\s+(?:story|article|piece|post|column|report|essay|"
    r"text|interview)\s+(?:was|is|has been|had been)\s+|\b(?:материал|статья|матеріал|стаття)\s+"
    r"|\b(?:cet article|cette enquête|este artículo|este texto|esta reportagem|esta matéria|"
    r"este artigo|questo articolo|dieser (?:artikel|text|beitrag)|dit artikel|dit verhaal)\s+"
    r"(?:a été|fue|foi|è stato|wurde|ist|is|werd)\s+)$", re.IGNORECASE)
BEFORE_NOTE = 40  # characters before the note's words read for :data:`OWN_NOTE`
NOTE_REACH = 120  # characters after the note's words where its date is looked for
NOTES_READ = 5  # of the page's notes, the first
SENTENCE_END = re.compile(r"[.!?。]\s+(?=[^\W\d_])")  # not "Feb. 2": a word's capital follows
TEXT = "//body//text()[not(ancestor::script or ancestor::style)]"


# the outlet an English note names as the story's first publisher ("… originally published by
# Stateline on March 1, 2024", "This article first appeared in The Conversation")
FIRST_OUTLET = re.compile(r"\b(?:originally|first)\s+(?:published|appeared|ran)\s+(?:by|on|in|at)"
                          r"\s+(?P<outlet>(?-i:(?:The\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)"
                          r"{0,4}))", re.IGNORECASE)


def first_published(tree: Any, page: str) -> tuple[dt.date | None, list[str]]:
    """The date in the same sentence as the first note on the story itself
    (:data:`FIRST_PUBLISHED` after :data:`OWN_NOTE`) that gives one, within
    :data:`NOTE_REACH` characters after its words, and the outlets the notes name as the
    first publisher (:data:`FIRST_OUTLET`: a writer's byline may name it, "Marcus
    Ellery-Boone, Stateline", and it is no writer); None and none where the page has no such
    note (looked for in its source first, which is quicker than reading its text)."""
    if not FIRST_PUBLISHED.search(page):
        return None, []
    text = " ".join(" ".join(str(t) for t in tree.xpath(TEXT)).split())
    order, found = day_order(tree), None
    notes = [note for note in itertools.islice(FIRST_PUBLISHED.finditer(text), NOTES_READ)
             if OWN_NOTE.search(text[max(0, note.start() - BEFORE_NOTE):note.start()])]
    for note in notes:
        rest = text[note.end():note.end() + NOTE_REACH]
        if end := SENTENCE_END.search(rest):
            rest = rest[:end.start() + 1]
        if (found := shown_date(rest, order, changes=False)) is not None:
            break
    outlets = [m["outlet"] for note in notes
               if (m := FIRST_OUTLET.match(text, note.start()))]
    return found, list(dict.fromkeys(outlets))
