"""Words that open a sentence before a name and are no part of it: "Will" opening a question
("Will China step up?"), a preposition, an adverb or a participle ("Like Higgins", "Clearly
the CEO", "Wearing Alaïa")."""

from __future__ import annotations

import re

from explainer.importer.articlewords import ArticleWords
from explainer.importer.namewords import LANDS, PREPOSITIONS, TITLES


def asks(words: list[str], after: str, article: ArticleWords) -> bool:
    """"Will" opening a question before a name of two words or more that the article writes
    apart ("Will Deutsche Bank pay?"), or before a country, a continent or a capital of one
    word (:data:`LANDS`: "Will China take the lead?"); not a first name ("Will Smith return
    to the Oscars?": another single word after it is taken for a surname)."""
    if words[0] != "Will" or len(words) < 2 or (len(words) == 2 and words[1] not in LANDS):
        return False
    end = re.search(r"[.!?]", after)
    return end is not None and end.group() == "?" and article.alone(" ".join(words[1:]))


def linking(word: str) -> bool:
    """A preposition, or a word shaped as a participle or an adverb ("Like", "Alleged",
    "Clearly"): words that open a sentence before a name, unlike a first name ("Bill")."""
    folded = word.casefold()
    return folded in PREPOSITIONS or (folded.endswith(("ed", "ing", "ly")) and
                                      folded not in TITLES)  # not "King"


ADJECTIVE = re.compile(r"\w{3,}(?:able|ible|ous|ful|less)")  # "Unpredictable", "Furious"


def adjective(words: list[str], article: ArticleWords) -> bool:
    """Whether a name of two words opens with an adjective that only the sentence's start
    capitalises ("Unpredictable Sondland faces questions"): a word shaped as one, no title
    ("Constable"), before a word the article also writes without it."""
    return len(words) == 2 and bool(ADJECTIVE.fullmatch(words[0].casefold())) and \
        words[0].casefold() not in TITLES and article.apart(words[0], words[1])


def adverb(words: list[str], article: ArticleWords) -> bool:
    """Whether a name's first word is an opening adverb or participle ("Clearly", "Wearing"):
    it ends so, the article also writes it in lower case, and the word after it is in lower
    case or not a common one ("Daily Mail" and "Reading Festival" stay whole: the article
    writes "mail" and "festival")."""
    first, second = words[0], words[1]
    if not first.casefold().endswith(("ly", "ing")) or first.casefold() in TITLES:
        return False
    if second in ("the", "a", "an") and first.casefold().endswith("ly") and len(first) > 6:
        return True  # "Clearly the CEO": an adverb, whatever else the article writes
    return article.writes(first.casefold()) and (
        second.islower() or not article.writes(second.casefold()))


LINE_MARK = re.compile(r"#{1,6}|[-*+•]|\d{1,3}[.)]")  # a heading's marks, a list's bullet


def opens_sentence(text: str, start: int) -> bool:
    """Whether a sentence opens here: after a full stop, a colon or an opening quote, in any
    of the ways languages write one ("„Eine Frau", "« Le", "**Update:** Das Regime"), or
    after a heading's marks or a list's bullet ("## Die Ruine wird zur Bühne")."""
    before = text[:start].rstrip().rstrip("*_[").rstrip()
    line = text[:start].rsplit("\n", 1)[-1].strip().rstrip("*_[").rstrip()  # a list's later
    return not before or before[-1] in ".!?:\"“”„‚«»‹›'‘’(" or bool(  # item, its own line
        LINE_MARK.fullmatch(before) or LINE_MARK.fullmatch(line))


def named_elsewhere(words: list[str], article: ArticleWords) -> bool:
    """Whether the rest of a name (two words or more) also appears without the word before
    it that opened a sentence ("Security Council" apart from "Key Security Council")."""
    return len(words) >= 2 and article.alone(" ".join(words))
