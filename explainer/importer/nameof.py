"""A person's name without what "of" joins to it, for :mod:`explainer.importer.candidates`:
their town or paper ("Ethan Chapin of Conway, Washington", "Rebecca English of the Daily
Mail"), or a party whose name the text goes on in lower case ("Tsai Ing-wen of the Democratic
Progressive party"); a body's name that holds "of" stays whole ("Bank of England")."""

from __future__ import annotations

import re

from explainer.importer.articlewords import ArticleWords
from explainer.importer.namewords import BODIES, PLACE_REGION


def without_home(words: list[str], article: ArticleWords, after: str) -> list[str]:
    """A person's name without the place or body after "of" ("Ethan Chapin of Conway,
    Washington", "Rebecca English of the Daily Mail"): the words before "of" are a name of two
    words or more, and the article calls someone by their last ("English said"), or a place's
    region follows ("of Conway, Washington"); "Civil Aviation Authority of Nepal" and "Bank of
    England" stay whole."""
    if "of" not in words[2:]:
        return words
    cut = words.index("of", 2)
    before = words[:cut]
    if all(w[:1].isupper() for w in before) and before[-1].casefold() not in BODIES and (
            article.called(before[-1]) or PLACE_REGION.match(after)):
        return before
    return words


LOWER_HEAD = re.compile(r"^[ \t]+([a-z]+)\b")  # the word after a name, in lower case


def without_cut_body(words: list[str], after: str) -> list[str]:
    """A name without a body's name that the text goes on in lower case, when "of" or "of
    the" sets it off ("Tsai Ing-wen of the Democratic Progressive party" -> "Tsai Ing-wen":
    the party's name is cut at its last word, which is written in lower case)."""
    head = LOWER_HEAD.match(after)
    if not head or head.group(1) not in BODIES or "of" not in words[1:-1]:
        return words
    cut = len(words) - 1 - words[::-1].index("of")
    return words[:cut] if cut >= 1 else words
