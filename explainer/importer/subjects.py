"""A story's subject named by one word ("Nvidia", "Hamas", "Zendaya", "Slack"), for
:mod:`explainer.importer.candidates`, which otherwise reads only names of two words or more
and acronyms: a single capitalised word is as often a sentence's opener, a place or a
people as a name.

One word is suggested only when it is what the story is about and nothing else it could be:
it stands in the headline and in three paragraphs of the text or more, always capitalised
and somewhere after another word (not only opening sentences), in an English text (the
word lists are English; German capitalises every noun); it is no part of a longer
name the article gives ("Pebble" of "Pebble Core", "Geingob" of "Hage Geingob"), and no
country, capital, US state or people of one ("Kyiv", "Iowa", "Israeli", "Americans"), no
party member, body, office, title, day, month or news agency.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from explainer.importer.articlewords import ArticleWords
from explainer.importer.clean import MONTHS
from explainer.importer.namefolds import Name
from explainer.importer.namewords import (
    BODIES,
    DAYS,
    NEWS_AGENCIES,
    OFFICES,
    PARTY_MEMBERS,
    SENTENCE_OPENERS,
    TITLES,
)
from explainer.importer.notnames import well_known
from explainer.importer.openers import opens_sentence

# a capitalised word of three letters or more, or two run together ("YouTube"), before a
# possessive or a word's end: not a piece of a hyphened or dotted word
ONE_WORD = re.compile(r"(?<![\w'’.-])[A-Z][a-z]{2,}(?:[A-Z][a-z]+)?(?=['’]s\b|(?![\w'’-]))")
LEAST_PARAGRAPHS = 3  # of the text (the headline apart)
PLACE_BEFORE = r"(?:in|near|outside|across|around|downtown)\s+"  # "in Montreal", "near Milan"
PLACE_SHARE = 0.25  # of the word's mentions after one of these: where things happen, a place


def one_word_subjects(texts: Sequence[str], names: Iterable[str],
                      article: ArticleWords) -> dict[str, Name]:
    """The one-word subjects of an article (``texts[0]`` its headline), counted as
    :class:`Name` s are; ``names`` are the longer names it gives, whose words are none."""
    if article.language != "en" or len(texts) < 2:
        return {}
    taken = {word for name in names if " " in name for word in name.split()}
    headline = {m.group() for m in ONE_WORD.finditer(texts[0])} - taken
    found: dict[str, Name] = {}
    for index, text in enumerate(texts[1:], start=1):
        for match in ONE_WORD.finditer(text):
            if match.group() in headline:
                entry = found.setdefault(match.group(), Name(match.group(), lead=True))
                entry.mentions += 1
                entry.paragraphs.add(index)
                entry.prose = entry.prose or not opens_sentence(text, match.start())
    return {word: entry for word, entry in found.items()
            if len(entry.paragraphs) >= LEAST_PARAGRAPHS and entry.prose
            and _subject(word, article) and not _place(word, article)}


def _subject(word: str, article: ArticleWords) -> bool:
    """A word that can only be a name here: never in lower case, nor a word a capital does
    not make a name, nor a place or a people (:func:`notnames.well_known`)."""
    folded = word.casefold()
    return not (article.writes(folded) or well_known(word)
                or word in PARTY_MEMBERS or folded.removesuffix("s") in BODIES | OFFICES
                or folded in TITLES | DAYS | MONTHS | SENTENCE_OPENERS | NEWS_AGENCIES)


def _place(word: str, article: ArticleWords) -> bool:
    """A town or a region the lists do not hold: a quarter or more of its mentions stand
    after "in", "near", "outside"… ("in Montreal", "outside Milan"; a company's name seldom:
    "invested in Nvidia" once in nine)."""
    named = rf"(?<![\w-]){re.escape(word)}(?![\w-])"
    placed = len(re.findall(rf"(?<![\w-]){PLACE_BEFORE}{named}", article.joined, re.IGNORECASE))
    return placed > 0 and placed >= PLACE_SHARE * len(re.findall(named, article.joined))

