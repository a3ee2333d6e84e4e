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
  paragraph counting extra, and the number of paragraphs they appear in; of two as central,
  the one the article names first comes first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from explainer.glossary.terms import Glossary
from explainer.importer.articlewords import ArticleWords
from explainer.importer.namefolds import (
    Name,
    acronym,
    fold_acronyms,
    fold_people,
    fold_short_forms,
)
from explainer.importer.namejoins import joined, laws_joined, with_possessors
from explainer.importer.nameof import without_cut_body, without_home
from explainer.importer.namepieces import (
    PREFIXED,
    QUOTED,
    in_quoted_title,
    labelled,
    title_case,
    unprefixed,
)
from explainer.importer.nametitles import untitled, without_titles
from explainer.importer.nametrim import genitive, to_initial, trimmed
from explainer.importer.namewords import (
    BODIES,
    CJK,
    COUNTS,
    CREDIT_LINE,
    DATELINE,
    DATELINE_LETTERS,
    ENDING_JOB_ROLES,
    GERMAN_OPENERS,
    GLUED_NUMBER,
    INDEX_CODE,
    JOB_ROLES,
    LANDS,
    NEWS_AGENCIES,
    OFFICES,
    PARTY_MEMBERS,
    PREPOSITIONS,
    QUANTITIES,
    RUN_ON,
    SENTENCE_OPENERS,
    SHORT_ACRONYM,
    TITLE_ABBREVIATIONS,
    TITLES,
)
from explainer.importer.notes import without_notes
from explainer.importer.notnames import well_known
from explainer.importer.openers import (
    adjective,
    adverb,
    asks,
    linking,
    named_elsewhere,
    opens_sentence,
)
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


def suggest(title: str, paragraphs: Sequence[str], glossary: Glossary,
            publisher: str | None = None) -> list[str]:
    """The candidate new terms of an article, most central first; never the ``publisher``
    (the article's source: "BBC News" is no term of a BBC story)."""
    texts = [LINK_TARGET.sub("]", text) for text in (title, *without_notes(paragraphs))]
    article = ArticleWords(texts)
    found: dict[str, Name] = {}
    for index, text in enumerate(texts):
        if title_case(text, article) or (index > 0 and CREDIT_LINE.match(text)):
            continue  # a headline or heading in Title Case: its capitals name nothing
        _names_in(text, index, glossary, article, found)
    _lead_in(title, found)  # a name in a headline in Title Case still leads
    merged = fold_acronyms(fold_short_forms(fold_people(found)), "\n".join(texts))
    known = {name.casefold() for term in glossary.terms.values() for name in term.names}
    known |= NEWS_AGENCIES | ({publisher.casefold(), _without_the(publisher)} if publisher
                               else set())  # "Huffington Post" of "The Huffington Post"
    own = _without_the(publisher) if publisher else None
    kept = [n for n in merged.values() if n.name.casefold() not in known
            and not well_known(n.name) and not (own and _desk_of(_without_the(n.name), own))
            and n.paragraphs != {0} and n.prose]  # a name in the headline alone: its capitals,
    # not a name; nor one only in headings and labels ("## Final Tips", "**Numbers Game:**")
    # as central first; of those, the one the article names first (its lead is on top)
    return [n.name for n in sorted(
        kept, key=lambda n: (-n.score, min(n.paragraphs), n.name.casefold()))]


def _names_in(text: str, index: int, glossary: Glossary, article: ArticleWords,
              found: dict[str, Name]) -> None:
    """Count the names of the article's ``index``-th text (0: its title) into ``found``."""
    found_here = list(find_candidates(text, glossary, initials=True))
    quotes = list(QUOTED.finditer(text)) if found_here else []
    label_end = labelled(text) if found_here else 0
    for candidate in joined(text, laws_joined(text, with_possessors(text, found_here)),
                            article):  # "Securities and Exchange Commission" whole,
        # "People's Liberation Army" and "… Human Rights and Democracy Act" too
        kept = _in_place(text, index, candidate, article, quotes)
        if kept is None:
            continue
        name = _tidy(CJK.split(kept.name, maxsplit=1)[0].strip(), text,
                     kept.start, article, text[kept.end:kept.end + 40])
        if name is None:
            continue
        entry = found.setdefault(name, Name(name))
        entry.mentions += 1
        entry.paragraphs.add(index)
        entry.lead = entry.lead or index <= 1
        entry.prose = entry.prose or kept.start >= label_end


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
    number = NUMBER_AFTER.match(text, candidate.end)
    if number is None or candidate.name.split()[-1].casefold() not in NUMBERED_WORDS or \
            len(candidate.name.split()) < 2:
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


def _tidy(name: str, text: str, start: int, article: ArticleWords, after: str = "") -> str | None:
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
    elif len(words) > 3 and words[1] == "of" and words[2][:1].isupper() and \
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
    if article.german and ("Sie" in words or genitive(words, article)):
        return True  # "Sprechen Sie": the polite "you"; "Regionen Russlands": not a name
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
