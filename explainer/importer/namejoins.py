"""Names of bodies that hold "and", read whole: "Securities and Exchange Commission",
"Department of Health and Human Services", "Centers for Disease Control and Prevention", or
a list across commas ("American Academy of Allergy, Asthma and Immunology"); names that open
with a group's or an office's possessive: "People's Liberation Army", "Women's March",
"Attorney's Office", "Murdoch Children's Research Institute"; and a body's name that holds a
plural possessive ("Register of Members' Financial Interests").

The glossary check reads a run of capitalised words, so "and" splits such a name ("Exchange
Commission", "Bureau of Engraving"). A name and the words across "and" are one name when the
words across it are common nouns ("Securities", "Prevention", "Human Services": their last
word shaped as one, "-ion", "-ies", "-ing", "-ment", …, or a plural that bodies' names end
with: "Resources", "Affairs", "Rights"), nowhere else in the article (they
never stand apart from the whole), and:

- one such word stands before "and" and the name after it ends with a body's word
  ("Securities and Exchange Commission"); or
- the name before "and" is a body's ("Department", "Centers", "Bureau") of or for at most three
  words ("Department of Health", "Academy of Motion Picture Arts"), and at most three words
  follow "and" that are no body's name of their own ("Human Services", "Prevention"; not
  "Bank of England and Federal Reserve", "Department of Justice and FBI" or "… and Google").
"""

from __future__ import annotations

import re

from explainer.importer.articlewords import ArticleWords
from explainer.importer.namewords import BODIES
from explainer.site.checks import Candidate

CAPITALISED = r"[A-Z][\w'’-]*\w"
AFTER = re.compile(rf"[ \t]+and[ \t]+({CAPITALISED}(?:[ \t]+{CAPITALISED}){{0,2}})\b")
# a list across commas that ends the name: ", Asthma and Immunology", ", Engineering, and Medicine"
LISTED = re.compile(rf"((?:,[ \t]+{CAPITALISED}){{1,4}}),?[ \t]+and[ \t]+({CAPITALISED})\b")
BEFORE = re.compile(rf"\b({CAPITALISED})[ \t]+and[ \t]+$")
AMPERSAND = re.compile(rf"[ \t]+&[ \t]+{CAPITALISED}\b(?![ \t]+[A-Z])")  # "… & Byers", one word
BEFORE_WORDS = re.compile(rf"\b((?:{CAPITALISED}[ \t]+){{0,2}}{CAPITALISED})[ \t]+and[ \t]+$")
BRACKETED = re.compile(r"[ \t]*\(([A-Z]{2,8})\)")  # the acronym after a name: "(FDA)"
SMALL = frozenset({"of", "for", "and", "the", "on", "in", "to", "&"})
OF_FOR = frozenset({"of", "for", "on"})
OBJECT_WORDS = 3  # words after "of" or "for" in a body's name before "and"
LOOKBEHIND = 60  # characters before a name read for the word before "and"
# how a common noun ends, in English: a name ("Google", "Canada", "Wesson") seldom does
COMMON_NOUN = re.compile(r"(?:(?:tion|sion|ment|ance|ence|ity|ure|ism|ship|ness)s?|ing|ics|ies|"
                         r"ices|cy|ry|gy|als|ers|^resources|^affairs|^works|^relations|^rights|"
                         r"^arts)$")  # and plural nouns that bodies' names end with


def joined(text: str, found: list[Candidate], article: ArticleWords) -> list[Candidate]:
    """The candidates of a text, with the words across "and" that finish a body's name."""
    taken = 0  # the end of the last name given: candidates inside it are passed over
    kept: list[Candidate] = []
    for candidate in found:
        if candidate.start < taken:
            continue
        start, end = candidate.start, candidate.end
        after = AFTER.match(text, end)
        listed = LISTED.match(text, end)
        before = BEFORE.search(text[max(0, start - LOOKBEHIND):start])
        spelled = _spelled_out(text, candidate, after, BEFORE_WORDS.search(
            text[max(0, start - LOOKBEHIND):start]))
        ampersand = AMPERSAND.match(text, end)
        if ampersand and " " in candidate.name:
            end = ampersand.end()  # "Kleiner Perkins Caufield & Byers": a firm's partners
        elif spelled is not None:
            start, end = spelled  # "Food and Drug Administration (FDA)"
        elif after and _body_of(candidate.name) and _finishes(
                after.group(1), text[start:after.end()], article):
            end = after.end()
        elif listed and _body_of(candidate.name) and _lists(
                listed, text[start:listed.end()], article):
            end = listed.end()
        elif before and start - len(before.group(0)) >= taken and _body_after(
                candidate.name) and _finishes(
                before.group(1), f"{before.group(1)} and {candidate.name}", article):
            start -= len(before.group(0))
        taken = end
        _drop_inside(kept, start)  # "US Food", now inside the name
        kept.append(Candidate(text[start:end], start, end) if (start, end) != (
            candidate.start, candidate.end) else candidate)
    return kept


def _drop_inside(kept: list[Candidate], start: int) -> None:
    """Drop the last names kept that a name now opening at ``start`` holds (they stand in
    order, so only the last few can)."""
    while kept and kept[-1].end > start:
        kept.pop()


def _spelled_out(text: str, candidate: Candidate, after: re.Match[str] | None,
                 before: re.Match[str] | None) -> tuple[int, int] | None:
    """Where the name runs across "and" as the acronym in brackets after it spells it: the
    words before "and" ("Food and Drug Administration (FDA)", "Official Monetary and
    Financial Institutions Forum (OMFIF)") or after it ("Identity and Access Management")."""
    spans = [(candidate.start, after.end())] if after else []
    if before:  # "US Food and Drug Administration (FDA)": "Food and …"
        words = list(re.finditer(r"\S+", before.group(1)))
        opens = candidate.start - len(before.group(0))
        spans += [(opens + word.start(), candidate.end) for word in words]
    for start, end in spans:
        bracket = BRACKETED.match(text, end)
        if bracket and _initials(text[start:end]) == bracket.group(1):
            return start, end
    return None


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in SMALL)


def _body_of(name: str) -> bool:
    """Whether the name is a body's, of or for at most three words ("Department of Health")."""
    words = name.split()
    at = max((i for i, w in enumerate(words[:-1]) if w in OF_FOR), default=-1)
    head = words[at - 1].casefold() if at >= 1 else ""
    return at >= 1 and len(words) - at - 1 <= OBJECT_WORDS and (
        head in BODIES or head.removesuffix("s") in BODIES or
        head.removesuffix("ies") + "y" in BODIES)  # "Academies", "Centers"


def _body_after(name: str) -> bool:
    """Whether the name is of two words or more and ends with a body's word."""
    words = name.split()
    return len(words) >= 2 and words[-1].casefold() in BODIES


def _finishes(words: str, whole: str, article: ArticleWords) -> bool:
    """Whether the words across "and" finish the name: common nouns, no body's name or
    acronym of their own, written only inside the whole name ("Naval Affairs" of "Division
    of Military and Naval Affairs"; "Affairs" may stand in another name)."""
    last = words.split()[-1]
    return (bool(COMMON_NOUN.search(last.casefold())) and last.casefold() not in BODIES
            and not last.isupper()
            and article.count(words) == article.count(whole) > 0)


def _lists(listed: re.Match[str], whole: str, article: ArticleWords) -> bool:
    """Whether a list across commas finishes a body's name ("American Academy of Allergy,
    Asthma and Immunology"): the last word a common noun written only inside the whole name,
    and every word of the list one word, no body's or acronym ("… of Defence, Britain and
    France" is no list of the name's)."""
    words = [w.strip() for w in listed.group(1).split(",") if w.strip()]
    return all(" " not in w and w.casefold() not in BODIES and not w.isupper() for w in words) \
        and _finishes(listed.group(2), whole, article)


# groups whose possessive opens a body's name ("People's Liberation Army", "Workers' Party"),
# and offices whose possessive opens only an office's ("Attorney's Office", "Sheriff's
# Department"); "Trump's Administration" is no name
GROUPS = frozenset({"People", "Women", "Children", "Men", "Workers", "Veterans", "Citizens",
                    "Farmers", "Nurses", "Teachers", "Doctors", "Writers", "Journalists"})
POSSESSING_OFFICES = frozenset({"Attorney", "Sheriff", "Prosecutor", "Governor", "Mayor", "Coroner",
                                "Comptroller", "Auditor", "Controller"})
OFFICE_WORDS = frozenset({"Office", "Department", "Bureau"})
POSSESSOR = re.compile(r"(?:(?<![\w.])(?:U\.S\.|US|U\.K\.|UK)[ \t]+)?"
                       r"(?:\b(?!(?:The|A|An|In|On|At|For|By|From|With|And|But|Or|As)\b)"
                       r"[A-Z][\w-]*[ \t]+){0,3}\b([A-Z][a-z]+)"
                       r"(?:['’]s|(?<=s)['’])[ \t]+$")  # "U.S. Attorney's", "Murdoch Children's"
PLURAL_POSSESSIVE = re.compile(r"['’][ \t]+$")  # "Register of Members’ Financial Interests"


def with_possessors(text: str, found: list[Candidate]) -> list[Candidate]:
    """The candidates, each that a group's or an office's possessive opens taken with it, and
    two that a plural possessive joins after a body's "of" read as one."""
    kept: list[Candidate] = []
    for candidate in found:
        last = kept[-1] if kept else None
        if last is not None and " of " in last.name and last.name.endswith("s") and \
                PLURAL_POSSESSIVE.fullmatch(text[last.end:candidate.start]):
            kept[-1] = Candidate(text[last.start:candidate.end], last.start, candidate.end)
            continue  # a body's name holding a plural possessive, read whole
        match = POSSESSOR.search(text[max(0, candidate.start - LOOKBEHIND):candidate.start])
        word = match.group(1) if match else ""
        first = candidate.name.split()[0]
        if word in GROUPS or (word in POSSESSING_OFFICES and first in OFFICE_WORDS):
            start = candidate.start - len(match.group(0))  # type: ignore[union-attr]
            candidate = Candidate(text[start:candidate.end], start, candidate.end)
            _drop_inside(kept, start)  # "U.S", now inside it
        kept.append(candidate)
    return kept


LAW_WORDS = frozenset({"Act", "Bill", "Law"})
THE_BEFORE = re.compile(r"(?:^|\s)the\s+$", re.IGNORECASE)  # "the … and … Act": a law's name


def laws_joined(text: str, found: list[Candidate]) -> list[Candidate]:
    """The candidates, with two names that "and" joins into a law's taken whole after "the"
    ("the Hong Kong Human Rights and Democracy Act", where "Democracy Act" alone is a
    fragment; not "Joe Biden and Clean Air Act")."""
    kept: list[Candidate] = []
    for candidate in found:
        last = kept[-1] if kept else None
        if (last is not None and text[last.end:candidate.start] == " and "
                and candidate.name.split()[-1] in LAW_WORDS and " " in last.name
                and THE_BEFORE.search(text[max(0, last.start - 4):last.start])):
            kept[-1] = Candidate(text[last.start:candidate.end], last.start, candidate.end)
            continue
        kept.append(candidate)
    return kept
