"""Titles before a name, for :mod:`explainer.importer.candidates`: which words are a title
to drop ("President", "Mr", "Nato Secretary General"), and where a title is part of the name (a
royal's or a peer's style with one name, "Lord Alli"; a common word opening the name of
something, "General Motors")."""

from __future__ import annotations

from explainer.importer.articlewords import ArticleWords
from explainer.importer.namewords import (
    AMBIGUOUS_TITLES,
    BODIES,
    OFFICE_CONNECTORS,
    REGNAL,
    STYLES,
    TITLES,
)


def without_titles(words: list[str], article: ArticleWords) -> list[str]:
    """The name without the titles in front ("Nato Secretary General Mark Rutte" -> "Mark
    Rutte"); whole when what is left would open with what an office is for ("Chancellor of
    the Exchequer Rachel Reeves", "Commissioner for Human Rights": not "for Human Rights")."""
    kept = untitled(words, article)
    titled = [i for i, w in enumerate(kept[:-2]) if w.casefold().rstrip(".") in TITLES and
              not _holds_no_one(kept[i:], article) and not (
                  i > 0 and {"of", "for"} & set(kept[i + 1:])) and  # "Associated General
              # Contractors of Alabama": a body's name
              not (i > 0 and kept[i - 1] in ("of", "for") and kept[i + 1] == "and")]  # not
    # "Ministry of Justice and Human Rights", "… of Foreign and Commonwealth Affairs"
    if titled and not _styled(kept):  # "Economy Minister Marcelo Ebrard"
        kept = kept[titled[-1] + 1:]
    return words if kept[0] in OFFICE_CONNECTORS else kept


def untitled(words: list[str], article: ArticleWords) -> list[str]:
    """The words without the titles in front ("President", "Mr"); but a royal's or a peer's
    style with one name is the name ("King Charles III", "Lord Alli"), and a title that is
    also a common word stays where it names something ("General Motors", "Major League
    Baseball"; not "General Mark Milley")."""
    while len(words) > 1 and words[0].casefold().rstrip(".") in TITLES and not _styled(words):
        if _holds_no_one(words, article):
            break
        words = words[1:]
    return words


def _holds_no_one(words: list[str], article: ArticleWords) -> bool:
    """Whether a title opens a name of something, not someone: a body's or a place's word
    after it ("Major League Baseball", "Prince William County"), or, for a title that is a
    common word too, one word no one is called by ("General Motors"); "General Mark Milley"
    is someone."""
    rest = words[1:]
    if any(w.casefold() in BODIES for w in rest):
        return True  # "Prince William County", "King Street", "State Department"
    return words[0].casefold() in AMBIGUOUS_TITLES and len(rest) == 1 and \
        not article.called(rest[0])


def _styled(words: list[str]) -> bool:
    """A royal's or a peer's style and one name, perhaps with a number: "Lord Alli", "Prince
    Harry", "King Charles III"."""
    rest = words[1:-1] if len(words) == 3 and REGNAL.fullmatch(words[-1]) else words[1:]
    return words[0].casefold() in STYLES and len(rest) == 1 and rest[0][:1].isupper() and \
        rest[0][1:].islower()
