"""Names of bodies that hold "and", read whole: "Securities and Exchange Commission",
"Department of Health and Human Services", "Centers for Disease Control and Prevention".

The glossary check reads a run of capitalised words, so "and" splits such a name ("Exchange
Commission", "Bureau of Engraving"). A name and the words across "and" are one name when the
words across it are nowhere else in the article (its last word, a capital, never stands
apart from the whole) and:

- the name ends with a body's word, and one word stands before "and" ("Securities and
  Exchange Commission", "Food and Drug Administration"); or
- the name says what a body is of or for in at most two words ("Department of Health",
  "Centers for Disease Control") and at most three words follow "and" ("Human Services",
  "Prevention"); "Secretary of State Antony Blinken and Lloyd Austin" are two people.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from explainer.importer.articlewords import ArticleWords
from explainer.importer.namewords import BODIES
from explainer.site.checks import Candidate

CAPITALISED = r"[A-Z][\w'’-]*\w"
AFTER = re.compile(rf"[ \t]+and[ \t]+({CAPITALISED}(?:[ \t]+{CAPITALISED}){{0,2}})\b")
BEFORE = re.compile(rf"\b({CAPITALISED})[ \t]+and[ \t]+$")
OF_FOR = frozenset({"of", "for", "on"})
OBJECT_WORDS = 2  # words after "of" or "for" in a body's name before "and"
LOOKBEHIND = 60  # characters before a name read for the word before "and"


def joined(text: str, found: list[Candidate], article: ArticleWords) -> Iterator[Candidate]:
    """The candidates of a text, with the words across "and" that finish a body's name."""
    taken = 0  # the end of the last name given: candidates inside it are passed over
    for candidate in found:
        if candidate.start < taken:
            continue
        start, end = candidate.start, candidate.end
        after = AFTER.match(text, end)
        before = BEFORE.search(text[max(0, start - LOOKBEHIND):start])
        if after and _of_or_for(candidate.name) and _only_here(
                after.group(1), text[start:after.end()], article):
            end = after.end()
        elif before and len(candidate.name.split()) >= 2 and \
                candidate.name.split()[-1].casefold() in BODIES and _only_here(
                    before.group(1), f"{before.group(1)} and {candidate.name}", article):
            start -= len(before.group(0))
        taken = end
        yield Candidate(text[start:end], start, end) if (start, end) != (
            candidate.start, candidate.end) else candidate


def _of_or_for(name: str) -> bool:
    """Whether the name says what a body is of or for, in at most two words after it."""
    words = name.split()
    at = max((i for i, w in enumerate(words[:-1]) if w in OF_FOR), default=-1)
    return at >= 1 and len(words) - at - 1 <= OBJECT_WORDS


def _only_here(words: str, whole: str, article: ArticleWords) -> bool:
    """Whether the article writes the words (their last, which is capitalised) only inside
    the whole name."""
    return article.count(words.split()[-1]) == article.count(whole) > 0
