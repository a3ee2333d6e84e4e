"""A candidate's words made into the name it stands for, for :mod:`candidates`: without the
titles before it, without a first word capitalised only because a sentence opens with it
("Key Security Council", "Expectations for Kaine"), without the words around it that make
it no name ("US President", "One of …", "an Iowa Republican"); or None."""

from __future__ import annotations

import re

from explainer.importer.articlewords import ArticleWords
from explainer.importer.namefolds import acronym
from explainer.importer.nameof import without_cut_body, without_home
from explainer.importer.nametitles import untitled, without_titles
from explainer.importer.nametrim import genitive, of_a_thing, to_initial, trimmed
from explainer.importer.namewords import (
    BODIES,
    COUNTS,
    ENDING_JOB_ROLES,
    GERMAN_OPENERS,
    GLUED_NUMBER,
    JOB_ROLES,
    LANDS,
    OFFICES,
    PARTY_MEMBERS,
    PREPOSITIONS,
    QUANTITIES,
    RUN_ON,
    SENTENCE_OPENERS,
    TITLE_ABBREVIATIONS,
    TITLES,
)
from explainer.importer.openers import (
    adjective,
    adverb,
    asks,
    linking,
    named_elsewhere,
    opens_sentence,
)
from explainer.importer.textlanguage import WORDS as COMMON_WORDS


def tidy(name: str, text: str, start: int, article: ArticleWords, after: str = "") -> str | None:
    """The name without titles, and without a first word that is capitalised only because
    a sentence opens with it; None when nothing that names something is left."""
    words = trimmed(without_titles(to_initial(name.split(), article), article), article)
    if len(words) > 1 and opens_sentence(text, start) and not words[0].isupper():
        words = _unopened(words, article, after)
    words = trimmed(words, article)  # "Der Betreiber RWE" -> "Betreiber RWE" -> "RWE"
    if _title_alone(words, article, after):
        return None
    role = next((i for i in range(min(3, len(words) - 2)) if words[i].casefold() in
                 OFFICES | JOB_ROLES and words[i + 1] in ("of", "for")), None)
    if role is not None:  # "Minister of Information", "Head of Engineering": an office or a
        # job, named by what it is for; "Minister for Culture Lisa Nandy" is "Lisa Nandy"
        return _office_holder(words)  # "Foreign Minister of Japan Yoko Kamikawa" is "Yoko
        # Kamikawa"; "Managing Director of Athena Advisers Portugal" is no one
    found = _after_quantity(words)
    if found is None or _described(found):
        return None
    words = found
    if words[-1] == name.split()[-1]:  # "Ethan Chapin of Conway, Washington" -> "Ethan Chapin"
        words = without_cut_body(without_home(words, article, after), after)
    if _no_name(words, article):
        return None
    if len(words) == 1 and not acronym(words[0]) and not name.startswith("Resolution"):
        return words[0] if _surname(words[0]) else None
    return " ".join(words)


def _unopened(words: list[str], article: ArticleWords, after: str) -> list[str]:
    """A name that opens a sentence without the first word when that word is capitalised
    only because it opens the sentence: a common opener, a question's verb, a preposition,
    an adjective or an adverb the text writes in lower case, a count."""
    if words[0].casefold() in SENTENCE_OPENERS or asks(words, after, article) or (
            words[0] == "Will" and words[1] in ("the", "a", "an")) or (
            len(words) > 2 and words[0].casefold() in PREPOSITIONS) or (
            named_elsewhere(words[1:], article) and article.writes(words[0].casefold())):
        words = untitled(words[1:], article)  # "Key Security Council"
        while len(words) > 1 and words[0].islower():
            words = words[1:]  # "Without the US" -> "US"
    elif len(words) > 2 and words[1] == "of" and words[2][:1].isupper() and \
            words[0].casefold() not in BODIES and article.writes(words[0].casefold()) and \
            article.count(" ".join(words[2:])) > article.count(" ".join(words)):
        words = words[2:]  # "Shares of General Motors" where the text writes "shares" and
        # "General Motors" apart ("Friends of the Earth" stays)
    elif (rest := _for_whom(words, article)) is not None:
        words = rest  # "Expectations for Kaine", "Construction for the Los Angeles Coliseum"
    elif len(words) == 2 and words[0].casefold() in COUNTS and \
            article.apart(words[0], words[1]):
        words = words[1:]  # "Two Clinton aides" where the text writes "Clinton" apart
    elif article.german and (words[0].casefold() in GERMAN_OPENERS or (
            len(words) == 2 and article.writes(words[0].casefold()))) and \
            not article.inside(" ".join(words)):
        words = words[1:]  # "Die Engine", "Neben Account", "Russische Raketenangriffe"
    elif _function_word(words[0], article) and not article.inside(" ".join(words)) and (
            len(words) > 2 or not article.writes(words[1].casefold())):
        words = words[1:]  # "En Albania", "La Russie" ("Le Monde" stays: "le monde")
    elif len(words) == 2 and linking(words[0]) and \
            article.writes(words[0].casefold()) and article.apart(words[0], words[1]):
        words = words[1:]  # "Like Higgins", "Alleged Chinese": "Higgins" stands apart
    elif adjective(words, article):
        words = words[1:]  # "Unpredictable Sondland", where the text writes "Sondland" apart
    elif adverb(words, article):
        words = words[1:]  # "Clearly Nana Backpacker Hostel", "Wearing Alaïa"
        while len(words) > 1 and words[0].islower():
            words = words[1:]  # "Clearly the CEO"
    return words


def _function_word(word: str, article: ArticleWords) -> bool:
    """One of the commonest words of the article's language other than English and German
    (their own rules are above), which the article also writes in lower case: "En", "Los",
    "Dans" opening a sentence; "La Liga" stays where the article writes it after a word."""
    folded = word.casefold()
    return article.language not in (None, "en", "de") and \
        folded in COMMON_WORDS[article.language] and article.writes(folded)


def _for_whom(words: list[str], article: ArticleWords) -> list[str] | None:
    """The name after a sentence's first word and "for" ("Expectations for Kaine are
    high"), where the text writes the name more often alone, and either writes that word in
    lower case too or the whole only once; None for a body's or an office's name ("Campaign
    for Nuclear Disarmament", "Minister for Culture") or one the text writes whole each time
    ("Teach for America", twice), or whose first word is no common word ("CircleCI for
    Enterprise")."""
    if len(words) < 3 or words[1] != "for" or not words[0][1:].islower() or \
            words[0].casefold() in BODIES | OFFICES | JOB_ROLES:
        return None  # "CircleCI for Enterprise": a product's name
    rest = words[3:] if words[2] == "the" else words[2:]
    whole = article.count(" ".join(words))
    if not rest or not rest[0][:1].isupper() or not (
            whole == 1 or article.writes(words[0].casefold())):
        return None
    return rest if article.count(" ".join(rest)) > whole else None


def _title_alone(words: list[str], article: ArticleWords, after: str) -> bool:
    """Words that are a title or a form of address, not a name."""
    if article.german and ("Sie" in words or genitive(words, article)
                           or of_a_thing(words, article)):
        return True  # "Sprechen Sie": the polite "you"; "Regionen Russlands", "Angriffe von
        # Cyberkriminellen": not a name
    if len(words) > 1 and words[0].casefold() in TITLES and re.match(r"['’]s\s+[A-Z]", after):
        return True  # "Prince George's County": a place named after someone
    if len(words) > 1 and all(w.casefold() in TITLES for w in words):
        return True  # "Chief Justice": a title, its holder named apart
    return len(words) > 1 and words[-1].casefold().rstrip(".") in TITLE_ABBREVIATIONS
    # ^ "Georgia Gov. Brian Kemp" read to "Georgia Gov"


def _after_quantity(words: list[str]) -> list[str] | None:
    """The name after a share or a quantity and "of" ("One of Goldman Sachs' top bankers",
    "Thousands of US troops"); None when nothing is left ("One of America")."""
    if not (len(words) > 2 and words[0].casefold() in QUANTITIES and words[1] == "of"):
        return words
    words = words[2:]
    while len(words) > 1 and words[0] in ("the", "a", "an"):
        words = words[1:]  # "Much of the IFRS Interpretations Committee"
    return None if len(words) == 1 else words


def _described(words: list[str]) -> bool:
    """Someone described, not named: "Members of the House of Commons" (a role), "an Iowa
    Republican said"; or a headline run into the line after it ("… Jesse Rutherford The")."""
    return (len(words) > 2 and words[0] in ("Member", "Members") and words[1] == "of") or \
        (len(words) > 1 and words[-1] in RUN_ON) or \
        (len(words) > 1 and words[-1] in PARTY_MEMBERS)


def _no_name(words: list[str], article: ArticleWords) -> bool:
    """Words that name no one and nothing: a title ("US President", "News Director"), a word
    set in capitals for emphasis or a heading, a table's cells run together."""
    if len(words) > 1 and all(w[:1].isupper() for w in words) and \
            words[-1].casefold().rstrip(".") in OFFICES | ENDING_JOB_ROLES:
        return True  # its holder named apart
    if len(words) == 1 and acronym(words[0]) and _shouted(words[0], article):
        return True  # "WATCH", "SEOUL": a word set in capitals the article also writes plainly
    if len(words) > 1 and all(acronym(w) for w in words):
        return True  # "BREAKING THE NEWS": a heading in capitals, not a name
    return sum(bool(GLUED_NUMBER.search(w)) for w in words) > 1  # "Malappuram20
    # Pathanamthitta17"


def _office_holder(words: list[str]) -> str | None:
    """The person after an office of the form "Minister for Culture": the last two words, when
    they are capitalised and follow no "and" or "of" ("Secretary of State for Health Wes
    Streeting"); None when the name is the office alone ("Secretary of Health and Human
    Services")."""
    if len(words) < 5 or words[-3][:1].islower() or not all(w[:1].isupper() for w in words[-2:]):
        return None
    if any(w.casefold() in BODIES for w in words[-2:]) or words[-1] in LANDS:
        return None  # "… of Athena Advisers Portugal": a firm's name and its country
    return " ".join(words[-2:])


def _shouted(word: str, article: ArticleWords) -> bool:
    """A word of five letters or more in capitals that the article also writes otherwise
    ("WATCH" and "watch", "SEOUL" and "Seoul"): emphasis or a dateline, not an acronym."""
    letters = word.replace(".", "")
    if len(letters) < 5 or not letters.isalpha():
        return False
    return article.writes(letters.capitalize()) or article.writes(letters.casefold())


def _surname(word: str) -> bool:
    """A single word left after a title ("President Obama" -> "Obama") may name someone:
    it is kept only to be folded into a longer name (see :func:`fold_people`)."""
    return word[:1].isupper() and word[1:].islower() and len(word) > 2
