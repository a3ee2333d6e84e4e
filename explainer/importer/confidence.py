"""How sure the importer is of each field it found, so that an editor knows what to check
first: ``high`` when independent parts of the page agree (the headline in the JSON-LD, Open
Graph and the <h1>; a date in the metadata and in the visible text), ``medium`` when one
source states it, ``low`` when it was inferred (a date without its year, a credit at the end
of the text, a description cut short). A value the editor gave (``--date``, ``--source``) is
``given``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from explainer.importer.clean import CJK

HIGH, MEDIUM, LOW, GIVEN = "high", "medium", "low", "given"


def fold(text: str) -> str:
    """Lower case, punctuation as spaces, spaces single: a text as its words."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def title(chosen: str, sources: Iterable[Sequence[str]]) -> str:
    """By how many kinds of statement (JSON-LD headline, Open Graph or Twitter title, <h1>,
    <title>) hold the chosen title."""
    wanted = fold(chosen)
    agreeing = sum(any(wanted and wanted in fold(s) for s in kind) for kind in sources)
    return HIGH if agreeing >= 2 else MEDIUM if agreeing == 1 else LOW


def date(how: str | None, visible: bool) -> str | None:
    """``how`` the date was found: "given", "metadata", "markup" (htmldate, checked against
    the visible text), "address" (/YYYY/MM/DD/ in the article's address), "header" (shown
    under the headline), "note" (a republished story's note of its first publication),
    "updated" (shown only as the time of a change) or "yearless"."""
    if how is None:
        return None
    if how == "metadata":
        return HIGH if visible else MEDIUM
    return {"given": GIVEN, "markup": MEDIUM, "address": MEDIUM, "note": MEDIUM}.get(how, LOW)


def byline(names: Sequence[str], source: int | None, page_text: str) -> str | None:
    """``source``: 0 the page's author metadata, 1 trafilatura's, 2 or 3 the visible byline,
    None an agency credit or a signature at the end of the text."""
    if not names:
        return None
    if source is None:
        return LOW
    shown = all(fold(n) in page_text for n in names)
    return HIGH if shown and source in (0, 2) else MEDIUM  # metadata or the byline shown


def summary(chosen: str | None, descriptions: Iterable[str]) -> str | None:
    """Two descriptions that say the same: high; one: medium; one cut to its sentences: low."""
    if chosen is None:
        return None
    same = sum(fold(d) == fold(chosen) for d in descriptions)
    return HIGH if same >= 2 else MEDIUM if same == 1 else LOW


def body(paragraphs: Sequence[str]) -> str:
    """By the text's length: five paragraphs and 250 words or more is high. Chinese and
    Japanese, written without spaces, count as a word every two of their characters."""
    words = sum(len(p.split()) for p in paragraphs)
    words = max(words, sum(len(CJK.findall(p)) for p in paragraphs) // 2)
    if len(paragraphs) >= 5 and words >= 250:
        return HIGH
    return MEDIUM if len(paragraphs) >= 2 and words >= 80 else LOW


def doubted(level: str, strayed: Sequence[str]) -> str:
    """A body's confidence when other extractors read another part of the page as the
    story: at most medium."""
    return MEDIUM if strayed and level == HIGH else level


def page_text(page: str) -> str:
    """The page's words, folded, for finding a value in it."""
    return fold(re.sub(r"<[^>]+>", " ", page))
