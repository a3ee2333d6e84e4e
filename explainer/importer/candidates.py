"""New glossary terms an article suggests, most central first, in the form an editor keeps.

The names come from the glossary checks' rule (:func:`explainer.site.checks.find_candidates`:
capitalised multi-word names, "Resolution NNNN", acronyms; never a glossary term's mention).
Then:

- honorifics and titles are folded into one name: "Mr Obama", "President Obama" and "Barack
  Obama" are one candidate, "Barack Obama" (the longest form that ends with the same surname);
  a royal's or a peer's style with one name is the name ("Lord Alli", "King Charles III"), a
  title that is a common word too opens the name of something ("General Motors"), a title
  alone is no name ("Chief Justice", "Minister of Information", "Georgia Gov");
- a name that is capitalised only because it opens a sentence loses that word when the rest is
  a name on its own ("Key Security Council" -> "Security Council"), or when it is a function
  word ("Though Zendaya") or an adverb or participle the article also writes in lower case
  ("Clearly", "Wearing"); a name of one word left is no candidate;
- an opening adjective ("Unpredictable Sondland") goes before a name the article writes apart;
  a capital after a prefix is an adjective ("pan-European STOXX"); a piece of a quoted title
  or slogan in Title Case ("More Money" of “Less Money on Testing, More Money on Students”) is
  no name (:mod:`explainer.importer.namepieces`);
- an office keeps its title ("Commissioner for Human Rights", not "for Human Rights"), and a
  job named by what it is for is none ("Advocacy Director for the Middle East");
  an adjective made of a name ("Amazon-owned Whole Foods Market", "GOP-dominated"; "Nobel
  Prize-winning" is "Nobel Prize"), a day after a name ("told the Argus Leader Monday") or a
  clock's time ("9 PM Wednesday") and a picture agency's credit after a caption ("Milan
  Fashion Week Getty Images") are not part of it; a dateline in capitals ("NEW YORK") is no name;
- in a German text, where every noun is capitalised, an article or a preposition opening a
  sentence ("Die Engine", "Zur Anmeldung") and a noun the text also writes after an article
  ("der Premierminister", so "Premierminister Boris Johnson" is "Boris Johnson") are not part
  of a name, nor is "Ende Oktober"; nor an office or role before a name ("Bundeskanzler Olaf
  Scholz", "CSU-Mann Hahn", "Der Betreiber Preussen Elektra"), nor a possessive, "laut" or a
  quantifier opening a sentence ("Ihre Tieflader", "Zahlreiche Polizeibeamte"); nor a noun
  before "von" ("Aufgabe von Kerstin Wahala"), an adjective opening a sentence that the text
  also writes in lower case ("Russische Raketenangriffe"), a count ("Millionen Menschen");
  a name in the genitive makes no name ("Regionen Russlands", "Nadeschdins Helfer"), nor does
  the polite "Sie";
- a person's name loses the town or paper after "of" ("Ethan Chapin of Conway, Washington");
  a short form folds into the full name ("Civil Aviation Authority" into "Civil Aviation
  Authority of Nepal"); "an Iowa Republican" describes someone and names no one; a name made
  an adjective is the name ("Fianna Fáil-led"), and a company's officer after its name goes
  ("Vector Space Systems CEO");
- a line in Title Case (a heading, a pull quote, the headline) is not read for names, nor a
  note closing the piece, set whole in italics or bold, on who wrote it ("*Jane Roe is a
  senior researcher with …*");
- a surname alone folds into the full name even past a suffix ("Carlineo" into "Patrick W.
  Carlineo Jr");
- a word of five letters or more in capitals that the article also writes plainly ("WATCH",
  a dateline's "SEOUL") is emphasis, not an acronym;
- a short acronym (three letters or fewer: "US", "UN") is kept only when the article defines it,
  as in "the Syrian Observatory for Human Rights (SOHR)" or "SOHR (Syrian Observatory ...)";
  an acronym whose letters begin the words of another of the article's names folds into it
  ("SEIU" into "Service Employees International Union");
- a sentence's first word before a single name the article also writes apart goes ("Like
  Higgins", "Alleged Chinese"; "Beyond Meat" stays), when the article writes the word in
  lower case too;
- well-known places (countries of more than one word, the world's regions, the states of the
  US, big cities), what a country's people are called ("South African") and a numbered
  instalment ("Dune: Part Two", "Phase One") are no candidates;
- news agencies ("Associated Press", "AFP"), the publisher and its desks ("Fox News Digital"),
  names in a line crediting the story's makers ("Reporting by …; Editing by …"), a dateline
  in capitals opening a paragraph ("DUBLIN —", "LA CROSSE, Wis. (AP) —") and table cells run
  together ("Malappuram20 Pathanamthitta17") are no candidates, nor a word in capitals
  opening the story that it never writes again ("DUBLIN —"); a link's address is not read
  as the article's words;
- candidates are ranked by how central they are: mentions, with the headline and the first
  paragraph counting extra, and the number of paragraphs they appear in; a paragraph that
  is a list of names (five or more, set apart by commas, most of its words) counts half, and
  a name only in such lists is none (a roster of members, a list of thanks); of two as
  central, the one the article names first comes first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from explainer.glossary.terms import Glossary
from explainer.importer.articlewords import ArticleWords
from explainer.importer.namefolds import (
    Name,
    fold_acronyms,
    fold_declined,
    fold_people,
    fold_short_forms,
)
from explainer.importer.namejoins import joined, laws_joined, with_possessors
from explainer.importer.namepieces import (
    PREFIXED,
    QUOTED,
    in_quoted_title,
    labelled,
    title_case,
    unprefixed,
)
from explainer.importer.nametidy import tidy
from explainer.importer.namewords import (
    CJK,
    CREDIT_LINE,
    DATELINE,
    DATELINE_LETTERS,
    INDEX_CODE,
    NEWS_AGENCIES,
    SHORT_ACRONYM,
)
from explainer.importer.notes import without_notes
from explainer.importer.notnames import well_known
from explainer.importer.subjects import one_word_subjects
from explainer.importer.teasers import LINK_TARGET
from explainer.site.checks import Candidate, find_candidates

GLUED_BEFORE = re.compile(r"(?:\d-|[^\W_]:)$")  # "3-Tier …", "Dry:Soon …" (not "A/B": both)
GLUED_AFTER = re.compile(r":[^\W_]")  # "… Dry:Soon"
# A number after a word that numbers what it names belongs to the name: "House Resolution 11",
# "Executive Order 14117", "Section 230", "Teamsters Local 90" (not a decimal or a range:
# "Resolution 11.5", "Article 5-7")
NUMBERED_WORDS = frozenset({"resolution", "order", "section", "title", "article", "chapter",
                            "local", "amendment", "bill", "directive", "regulation",
                            "proposition", "measure"})
NUMBER_AFTER = re.compile(r" (\d{1,5})(?![\w.,:/-]*\d)(?!\w)")


# the line of an embedded post that says who posted it ("> — Jane Roe (@janeroe) [May 5,
# 2024](…)"): a credit, naming no term
POSTED_BY = re.compile(r"(?m)^(?:>\s*)*[—–]\s*[^\n]{0,80}\(@\w+\)[^\n]*$")


def suggest(title: str, paragraphs: Sequence[str], glossary: Glossary,
            publisher: str | None = None) -> list[str]:
    """The candidate new terms of an article, most central first; never the ``publisher``
    (the article's source: "BBC News" is no term of a BBC story)."""
    texts = [POSTED_BY.sub("", LINK_TARGET.sub("]", text))
             for text in (title, *without_notes(paragraphs))]
    article = ArticleWords(texts)
    found: dict[str, Name] = {}
    for index, text in enumerate(texts):
        if title_case(text, article) or (index > 0 and CREDIT_LINE.match(text)):
            continue  # a headline or heading in Title Case: its capitals name nothing
        _names_in(text, index, glossary, article, found)
    _lead_in(title, found)  # a name in a headline in Title Case still leads
    merged = fold_acronyms(fold_short_forms(fold_people(found)), "\n".join(texts))
    merged = fold_declined(merged) if article.german else merged  # "Zentralen Wahlkommission"
    for word, entry in one_word_subjects(texts, found, article).items():
        merged.setdefault(word, entry)  # "Nvidia", "Hamas": a story's subject in one word
    known = {name.casefold() for term in glossary.terms.values() for name in term.names}
    known |= NEWS_AGENCIES | ({publisher.casefold(), _without_the(publisher)} if publisher
                               else set())  # "Huffington Post" of "The Huffington Post"
    own = _without_the(publisher) if publisher else None
    kept = [n for n in merged.values() if n.name.casefold() not in known
            and not well_known(n.name) and not (own and _desk_of(_without_the(n.name), own))
            and n.paragraphs != {0} and n.prose and not n.paragraphs <= n.listed]
    # a name in the headline alone: its capitals, not a name; nor one only in headings and
    # labels ("## Final Tips", "**Numbers Game:**"), nor one only in lists of names (a roster)
    # as central first; of those, the one the article names first (its lead is on top)
    return [n.name for n in sorted(
        kept, key=lambda n: (-n.score, min(n.paragraphs), n.name.casefold()))]


def _names_in(text: str, index: int, glossary: Glossary, article: ArticleWords,
              found: dict[str, Name]) -> None:
    """Count the names of the article's ``index``-th text (0: its title) into ``found``."""
    found_here = list(find_candidates(text, glossary, initials=True))
    if not article.german:  # (in German "von der" and "von den" join a name to its body)
        found_here = _with_particles(text, found_here)
    quotes = list(QUOTED.finditer(text)) if found_here else []
    label_end = labelled(text) if found_here else 0
    listing = _lists_names(text, found_here)
    for candidate in joined(text, laws_joined(text, with_possessors(text, found_here)),
                            article):  # "Securities and Exchange Commission" whole,
        # "People's Liberation Army" and "… Human Rights and Democracy Act" too
        kept = _in_place(text, index, candidate, article, quotes)
        if kept is None:
            continue
        name = tidy(CJK.split(kept.name, maxsplit=1)[0].strip(), text,
                     kept.start, article, text[kept.end:kept.end + 40])
        if name is None:
            continue
        entry = found.setdefault(name, Name(name))
        entry.mentions += 1
        entry.paragraphs.add(index)
        entry.lead = entry.lead or index <= 1
        entry.prose = entry.prose or kept.start >= label_end
        if listing:
            entry.listed.add(index)


LISTED_NAMES = 5  # names at least, in a paragraph that is mostly names: a roster
LISTED_SHARE = 0.6  # of its words
LIST_SEPARATOR = re.compile(r"[,;·|]")


def _lists_names(text: str, found: Sequence[Candidate]) -> bool:
    """Whether the paragraph is a list of names rather than sentences about them ("These are
    the members: Ryan Call, Laura Carno, …"): a name there is one of many, not central."""
    if len(found) < LISTED_NAMES or len(LIST_SEPARATOR.findall(text)) < LISTED_NAMES - 1:
        return False  # names set apart by commas, not a quotation shouted in capitals
    named = sum(len(c.name.split()) for c in found)
    return named >= LISTED_SHARE * len(text.split())


# a given name, "von der" or "van den", a surname: one name ("Ursula von der Leyen", "Alexander
# Van der Bellen"), which the glossary check's pattern reads as two single words
PARTICLE_NAME = re.compile(r"(?<![\w'’-])[A-Z][a-z]+ [vV][ao]n de[rn] [A-Z][a-z]+\b(?! [A-Z])")


def _with_particles(text: str, found: list[Candidate]) -> list[Candidate]:
    """The candidates with the names that hold "von der" or "van den", in order, in place of
    the pieces of them read ("Alexander Van" of "Alexander Van der Bellen")."""
    if " de" not in text:
        return found
    named = [Candidate(m.group(), m.start(), m.end()) for m in PARTICLE_NAME.finditer(text)]
    named = [n for n in named if not any(  # not one inside a longer name
        c.start < n.end and n.start < c.end and not n.start <= c.start <= c.end <= n.end
        for c in found)]
    kept = [c for c in found if not any(n.start <= c.start <= c.end <= n.end for n in named)]
    return sorted([*kept, *named], key=lambda c: c.start) if named else found


def _in_place(text: str, index: int, candidate: Candidate, article: ArticleWords,
              quotes: list[re.Match[str]]) -> Candidate | None:
    """The candidate as it stands in its text, without a prefix glued to it ("pan-European
    STOXX 600"); None where it names nothing: a dateline, a market's code, a piece of a
    word, a piece of a quoted title."""
    before = text[max(0, candidate.start - 2):candidate.start]
    if not text[:candidate.start].strip("*_ ") and _dateline(
            text, candidate, article, story_opens=index == 1):
        return None  # "DUBLIN —", "LA CROSSE, Wis. (AP) —": where, not what
    if INDEX_CODE.search(before):
        return None  # ".IXIC": a market's code for an index
    if GLUED_BEFORE.search(before) or GLUED_AFTER.match(text, candidate.end):
        return None  # "3-Tier Heated Clothes Airer", "Lakeland Dry:Soon": a piece of a word
    if PREFIXED.search(text[max(0, candidate.start - 8):candidate.start]):
        candidate = unprefixed(text, candidate)  # "pan-European STOXX 600"
        if not candidate.name:
            return None  # "anti-Trump"
    if in_quoted_title(candidate, quotes):
        return None  # "More Money" of “Less Money on Testing, More Money on Students”
    return _numbered(text, candidate)


def _numbered(text: str, candidate: Candidate) -> Candidate:
    """The candidate with the number after it when its last word numbers what it names
    (:data:`NUMBERED_WORDS`): "House Resolution 11", not "House Resolution"."""
    words = candidate.name.split()
    if len(words) < 2 or words[-1].casefold() not in NUMBERED_WORDS:
        return candidate
    number = NUMBER_AFTER.match(text, candidate.end)
    if number is None:
        return candidate
    return Candidate(f"{candidate.name} {number.group(1)}", candidate.start, number.end())


def _lead_in(title: str, found: dict[str, Name]) -> None:
    """Mark the names the headline holds as leading, but not one that the headline holds only
    inside a longer name ("Bank of Canada" in "Royal Bank of Canada to cut jobs")."""
    held = [name for name in found if re.search(rf"\b{re.escape(name)}\b", title)]
    for name in held:
        if not any(name != other and name in other for other in held):
            found[name].lead = True


def _dateline(text: str, candidate: Candidate, article: ArticleWords,
              story_opens: bool = False) -> bool:
    """A place in capitals opening a paragraph before a dash: with its state or agency
    ("LA CROSSE, Wis. (AP) —"), or one the article also writes otherwise ("DUBLIN —" where it
    writes "Dublin"; of four letters or fewer only opening the story, in capitals nowhere
    else: "KOBE —"), or a word of five letters or more opening the story that the article
    never writes again ("DUBLIN —" alone); not an acronym opening a sentence ("NATO — which
    sent troops")."""
    match = DATELINE.match(text[candidate.start:])
    if match is None:
        return False
    place = " ".join(w.capitalize() for w in candidate.name.split())
    once = story_opens and article.joined.count(candidate.name) == 1 and \
        text[candidate.start + match.end():].lstrip()[:1].isupper()  # a sentence goes on
    return bool(match.group("where")) or (once and len(candidate.name) >= DATELINE_LETTERS) or (
        (once or len(place) > SHORT_ACRONYM + 1) and article.writes(place))


def _without_the(name: str) -> str:
    return name.casefold().removeprefix("the ")


def _desk_of(name: str, publisher: str) -> bool:
    """A name that is the publisher's and one word more: its desk or edition ("Fox News
    Digital" of Fox News), not another body ("Namibian Broadcasting Corporation")."""
    rest = name.removeprefix(publisher + " ")
    return rest != name and len(rest.split()) == 1
