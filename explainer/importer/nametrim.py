"""The words around a candidate name that are no part of it, for
:mod:`explainer.importer.candidates`: a capital and a full stop ending a sentence ("Plan B.
Officials"), an adjective made of a name ("Amazon-owned"), a credit, a market's code, a
company's officer, a day or a clock's time, a month, and in German a noun or a role before
the name, a quantity and a name in the genitive."""

from __future__ import annotations

import re

from explainer.importer.articlewords import ArticleWords
from explainer.importer.namewords import (
    COMPANY_ROLES,
    COMPOUND_ADJECTIVE,
    DAYS,
    ENGLISH_MONTHS,
    GERMAN_NOUN_END,
    GERMAN_QUANTITIES,
    GERMAN_ROLE,
    GERMAN_TIMES,
    INSTRUMENT_CODE,
    LANDS,
    MONTHS,
    NAME_ADJECTIVE,
    NEWS_AGENCIES,
)

CLOCK_ZONES = frozenset({"AM", "PM", "GMT", "UTC", "ET", "PT", "CT", "EST", "EDT", "PST", "PDT",
                         "BST", "CET", "CEST"})  # "9 PM Wednesday", "11 a.m. ET Friday"


def to_initial(words: list[str], article: ArticleWords) -> list[str]:
    """The name up to a capital and a full stop that ends a sentence rather than standing
    for a middle name: the word after it is one the article writes in lower case ("Plan B.
    Officials" -> "Plan B"; "George W. Bush" stays)."""
    for index, word in enumerate(words[1:-1], start=1):
        if re.fullmatch(r"[A-Z]\.", word) and article.writes(words[index + 1].casefold()):
            return [*words[:index], word[0]]
    return words


def trimmed(words: list[str], article: ArticleWords) -> list[str]:
    """The name without a word around it that is not part of it: an adjective made of a name
    ("Amazon-owned"; "Fianna Fáil-led" is "Fianna Fáil"), a company's officer after it
    ("Vector Space Systems CEO"), a day after it ("Argus Leader Monday"), a German noun set
    before it ("Premierminister Boris Johnson") or before "von" ("Aufgabe von Kerstin Wahala";
    "Ursula von der Leyen" stays)."""
    while len(words) > 1 and COMPOUND_ADJECTIVE.match(words[0]):
        words = words[1:]
    made = [i for i, w in enumerate(words[1:-1], start=1) if COMPOUND_ADJECTIVE.match(w)]
    if made and words[made[-1] + 1][:1].isupper():
        words = words[made[-1] + 1:]  # "Mercer Island-based Dana F. Besecker Company"
    words = _without_tail(words, article)
    while len(words) > 2 and words[0] in article.nouns and words[1][:1].isupper():
        words = words[1:]  # not "Gefährdung von Kim Jong Un" -> "von Kim Jong Un"
    return _german_trimmed(words, article) if article.german else words


def _without_tail(words: list[str], article: ArticleWords) -> list[str]:
    """The name without what follows it: a picture's credit, a market's code, "-led", a
    company's officer, a day, a month; or a day and "the" before it."""
    if len(words) > 3 and " ".join(words[-2:]).casefold() in NEWS_AGENCIES:
        words = words[:-2]  # "Milan Fashion Week Getty Images": a caption's credit after it
    if len(words) > 1 and INSTRUMENT_CODE.fullmatch(words[-1]):
        words = words[:-1]  # "Brent LCOc1": the market's code after the name
    if len(words) > 1 and (made_of := NAME_ADJECTIVE.match(words[-1])):
        words = [*words[:-1], made_of.group(1)]  # "Fianna Fáil-led" -> "Fianna Fáil"
    if len(words) > 1 and words[-1].casefold() in COMPANY_ROLES and \
            all(w[:1].isupper() for w in words[:-1]):
        words = words[:-1]  # "Vector Space Systems CEO" -> "Vector Space Systems"
    if (len(words) > 2 and words[-1].casefold() in DAYS) or (
            len(words) == 2 and words[-1].casefold() in DAYS and (
                words[0] in CLOCK_ZONES or words[0] in LANDS)):
        words = words[:-1]  # "Bloody Sunday" stays; "9 PM Wednesday", "in Berlin Monday"
    if len(words) > 2 and words[0].casefold() in DAYS and words[1] == "the":
        words = words[2:]  # "Friday the Fed"
    if len(words) > 2 and words[-1].casefold() in ENGLISH_MONTHS and \
            article.count(" ".join(words[:-1])) > article.count(" ".join(words)):
        words = words[:-1]  # "Inaugural Speech January"; "The Hunt for Red October" stays
    return words


def _german_trimmed(words: list[str], article: ArticleWords) -> list[str]:
    """A German name without the role, the noun or the quantity before it, or a "von" that
    opens it ("von Nora Back"; "von der Leyen" stays)."""
    if len(words) > 2 and words[0] == "von" and words[1][:1].isupper():
        words = words[1:]
    if "von" in words[1:-1]:
        cut = words.index("von", 1)
        before = words[cut - 1]
        if before in article.nouns or GERMAN_NOUN_END.search(before) or \
                GERMAN_ROLE.search(before):
            words = words[cut + 1:]  # "Aufgabe von Co-Chefin Kerstin Wahala"
    while len(words) > 1 and words[0].casefold() in GERMAN_QUANTITIES:
        words = words[1:]  # "Millionen Menschen", "Prozent Südeuropas", "Grad Celsius"
    while len(words) > 1 and GERMAN_ROLE.search(words[0]) and words[1][:1].isupper():
        words = words[1:]  # "Bundeskanzler Olaf Scholz", "CSU-Mann Hahn"
    if len(words) == 2 and words[0].casefold() in GERMAN_TIMES and \
            words[1].casefold() in MONTHS:
        return words[1:]  # "Ende Oktober" (a month alone is no candidate)
    return words



PLURAL_DATIVE = re.compile(r"\w{6,}e?n$")  # "Cyberkriminellen", "Kraftwerken", "Hitzewellen"


def of_a_thing(words: list[str], article: ArticleWords) -> bool:
    """German words "X von Y" whose Y is a common noun (written after an article, with a
    noun's ending, or a long plural in the dative): something said of things ("Angriffe von
    Cyberkriminellen", "Mechanismen von Verharmlosung"), not a name ("Ursula von der Leyen",
    "Server von Datawrapper" are read otherwise)."""
    return len(words) == 3 and words[1] == "von" and (
        words[2] in article.nouns or bool(GERMAN_NOUN_END.search(words[2]))
        or bool(PLURAL_DATIVE.fullmatch(words[2])))


def genitive(words: list[str], article: ArticleWords) -> bool:
    """German words of which one is a name in the genitive, its bare form written in the
    article too ("Regionen Russlands", "Nadeschdins Helfer", "Judy Lybkes Galerie"):
    something of the name, not a name."""
    return len(words) > 1 and any(
        w.endswith("s") and len(w) > 3 and article.writes(w[:-1]) for w in words)
