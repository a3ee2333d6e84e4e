"""New glossary terms an article suggests, most central first, in the form an editor keeps.

The names come from the glossary checks' rule (:func:`explainer.site.checks.find_candidates`:
capitalised multi-word names, "Resolution NNNN", acronyms; never a glossary term's mention).
Then:

- honorifics and titles are folded into one name: "Mr Obama", "President Obama" and "Barack
  Obama" are one candidate, "Barack Obama" (the longest form that ends with the same surname);
- a name that is capitalised only because it opens a sentence loses that word when the rest is
  a name on its own ("Key Security Council" -> "Security Council"), or when it is a function
  word ("Though Zendaya") or an adverb or participle the article also writes in lower case
  ("Clearly", "Wearing"); a name of one word left is no candidate;
- an office keeps its title ("Commissioner for Human Rights", not "for Human Rights");
  an adjective made of a name ("Amazon-owned Whole Foods Market") and a day after a name ("told
  the Argus Leader Monday") are not part of it; a dateline in capitals ("NEW YORK") is no name;
- in a German text, where every noun is capitalised, an article or a preposition opening a
  sentence ("Die Engine", "Zur Anmeldung") and a noun the text also writes after an article
  ("der Premierminister", so "Premierminister Boris Johnson" is "Boris Johnson") are not part
  of a name, nor is "Ende Oktober";
- a line in Title Case (a heading, a pull quote) is not read for names;
- a surname alone folds into the full name even past a suffix ("Carlineo" into "Patrick W.
  Carlineo Jr");
- a word of five letters or more in capitals that the article also writes plainly ("WATCH",
  a dateline's "SEOUL") is emphasis, not an acronym;
- a short acronym (three letters or fewer: "US", "UN") is kept only when the article defines it,
  as in "the Syrian Observatory for Human Rights (SOHR)" or "SOHR (Syrian Observatory ...)";
- candidates are ranked by how central they are: mentions, with the headline and the first
  paragraph counting extra, and the number of paragraphs they appear in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from explainer.glossary.terms import Glossary
from explainer.site.checks import find_candidates

_TITLE_WORDS = """mr mrs ms miss dr prof sir dame lord lady president vice prime minister
premier chancellor secretary senator sen rep representative governor gov general gen
lieutenant colonel col major maj captain capt admiral king queen prince princess sheikh emir
crown pope cardinal bishop rabbi imam ayatollah judge justice ambassador envoy spokesman
spokeswoman spokesperson chairman chairwoman chair chief director commissioner mayor deputy
foreign defence defense interior finance state former acting late ceo cfo coo founder
president-elect vice-president"""
TITLES = frozenset(_TITLE_WORDS.split())
# Offices that end no one's name and no institution's ("Islamic State", "John Major", "John
# Chancellor", "Plaza Mayor" end in other titles): a name of capitalised words ending in one
# ("US President", "Foreign Minister") is a title alone ("Office of the President" is not).
_OFFICE_WORDS = """president president-elect vice-president minister secretary spokesman
spokeswoman spokesperson ambassador envoy"""
OFFICES = frozenset(_OFFICE_WORDS.split())
_OPENER_WORDS = """key new top former senior several many most some both all
other another each every such few more less no not only just also still even here there
what why how who when where which whose today yesterday tomorrow now recent recently
though although despite while because unless whether however meanwhile instead perhaps maybe
indeed yet then thus hence if once sometimes often usually
our my your his her their its we they he she it this that these those"""
SENTENCE_OPENERS = frozenset(_OPENER_WORDS.split())
# German capitalises every noun, so an article or a preposition opening a sentence makes a
# "name" of the noun after it ("Die Engine", "Zur Nutzung", "Neben Account"); such a word is
# dropped unless the article also writes the name inside a sentence ("berichtet Die Zeit").
_DETERMINER_WORDS = """der die das den dem des ein eine einer eines einem einen kein keine
keiner keinem keinen zum zur im am vom beim ins dieser diese dieses diesem diesen jeder jede
jedes jedem jeden"""
_GERMAN_DETERMINERS = _DETERMINER_WORDS.split()
_GERMAN_WORDS = """mit für über unter nach bei aus von vor seit durch gegen ohne neben auf zu per
als alle allen manche viele einige beide zwei drei vier fünf zehn auch so wie wenn dann doch
nun hier dort da dabei damit deshalb trotzdem außerdem zudem"""
GERMAN_OPENERS = frozenset([*_GERMAN_DETERMINERS, *_GERMAN_WORDS.split()])
# A German noun: written after a determiner (with up to two lower-case adjectives between), and
# not followed by another capitalised word as a name's first word is ("der britische
# Premierminister", "am Ende"; not "die Deutsche Post").
GERMAN_NOUN = re.compile(
    rf"(?<!\w)(?i:{'|'.join(_GERMAN_DETERMINERS)})\s+(?:[a-zäöüß][\w-]*\s+){{0,2}}"
    r"([A-ZÄÖÜ][\w-]*)(?![\w-]|\s+[A-ZÄÖÜ])")
MONTHS = frozenset({"januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
                    "september", "oktober", "november", "dezember"})
GERMAN_TIMES = frozenset({"ende", "anfang", "mitte", "beginn"})  # "Ende Oktober"
HEADING_WORDS = 40  # a longer line is running text, whatever its capitals
OFFICE_CONNECTORS = frozenset({"of", "for", "the"})  # name particles ("de Gaulle") are not
# Words that make up more than 5 % of a German text (and rarely 1 % of another).
GERMAN_MARKERS = frozenset({"und", "der", "die", "das", "nicht", "ist", "sich", "mit", "auch",
                            "wird"})
# Prepositions open sentences and names alike ("Beyond Meat", "Under Armour", "Per
# Mertesacker"): one is dropped only before a name of two words or more ("Beyond Des Moines").
_PREPOSITION_WORDS = """after before during since until like unlike as at in on by for
from with without within among amid between under over through into across behind against
toward towards around about near beyond via per"""
PREPOSITIONS = frozenset(_PREPOSITION_WORDS.split())
SHORT_ACRONYM = 3
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# "Amazon-owned", "Saudi-led", "Spice-loving": an adjective made of a name, not part of one.
COMPOUND_ADJECTIVE = re.compile(r"^[A-Z][a-z]+-(?:[a-z]+(?:ed|ing)|led|born|run|made|built)$")
# Countries of more than one word: a glossary explains what a reader may not know, not these.
COUNTRIES = frozenset(c.casefold() for c in (
    "United States", "United States of America", "United Kingdom", "Great Britain",
    "South Africa", "North Korea", "South Korea", "Saudi Arabia", "New Zealand",
    "United Arab Emirates", "Czech Republic", "Dominican Republic", "Costa Rica",
    "El Salvador", "Sri Lanka", "Sierra Leone", "South Sudan", "Burkina Faso", "Ivory Coast",
    "Papua New Guinea", "Bosnia and Herzegovina", "North Macedonia", "Hong Kong",
    "East Timor", "Puerto Rico", "Trinidad and Tobago", "Central African Republic",
    "Democratic Republic of the Congo", "Equatorial Guinea", "Cape Verde", "San Marino",
    "Vatican City", "Solomon Islands", "Marshall Islands", "Saint Lucia", "New York",
    "Los Angeles", "San Francisco", "Rio de Janeiro", "Buenos Aires", "New Delhi",
    "Mexico City", "Kuala Lumpur", "Tel Aviv", "Abu Dhabi", "Cape Town", "Hong Kong"))


@dataclass
class _Name:
    name: str
    mentions: int = 0
    paragraphs: set[int] = field(default_factory=set)
    lead: bool = False  # in the headline or the first paragraph

    @property
    def score(self) -> float:
        return self.mentions + 2 * self.lead + len(self.paragraphs)


def suggest(title: str, paragraphs: Sequence[str], glossary: Glossary,
            publisher: str | None = None) -> list[str]:
    """The candidate new terms of an article, most central first; never the ``publisher``
    (the article's source: "BBC News" is no term of a BBC story)."""
    texts = [title, *paragraphs]
    article = _Words(texts)
    found: dict[str, _Name] = {}
    for index, text in enumerate(texts):
        if index > 0 and _title_case(text, article):
            continue  # a heading in Title Case: its capitals name nothing ("Listen Up")
        for candidate in find_candidates(text, glossary, initials=True):
            name = _tidy(candidate.name, text, candidate.start, article)
            if name is None:
                continue
            entry = found.setdefault(name, _Name(name))
            entry.mentions += 1
            entry.paragraphs.add(index)
            entry.lead = entry.lead or index <= 1
    merged = _fold_acronyms(_fold_people(found), "\n".join(texts))
    known = {name.casefold() for term in glossary.terms.values() for name in term.names}
    known |= {publisher.casefold()} if publisher else set()
    kept = [n for n in merged.values() if n.name.casefold() not in known | COUNTRIES
            and n.paragraphs != {0}]  # a name in the headline alone: its capitals, not a name
    return [n.name for n in sorted(kept, key=lambda n: (-n.score, n.name.casefold()))]


class _Words:
    """An article's words, read once: which forms it writes, and where a phrase stands."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.joined = "\0".join(texts)  # no word and no space runs across two paragraphs
        words = re.findall(r"\w+", self.joined)
        self.tokens = set(words)
        self.german = sum(w.casefold() in GERMAN_MARKERS for w in words) > 0.05 * len(words)
        self.nouns = set(GERMAN_NOUN.findall(self.joined)) if self.german else set()
        self._places: dict[str, tuple[bool, bool]] = {}

    def alone(self, phrase: str) -> bool:
        """Whether the phrase stands somewhere without a word just before it (at a sentence's
        start, after punctuation)."""
        return self._where(phrase)[0]

    def inside(self, phrase: str) -> bool:
        """Whether the phrase stands somewhere with a word just before it."""
        return self._where(phrase)[1]

    def _where(self, phrase: str) -> tuple[bool, bool]:
        """(alone somewhere, after a word somewhere): one pass over the text per phrase."""
        if phrase not in self._places:
            after = [_after_word(self.joined, match.start())
                     for match in re.finditer(rf"\b{re.escape(phrase)}\b", self.joined)]
            self._places[phrase] = (not all(after), any(after))
        return self._places[phrase]

    def writes(self, form: str) -> bool:
        """Whether the article writes this form as a word of its own."""
        if re.fullmatch(r"\w+", form):
            return form in self.tokens
        return re.search(rf"(?<!\w){re.escape(form)}(?!\w)", self.joined) is not None


def _after_word(text: str, at: int) -> bool:
    """Whether a word and spaces come just before position ``at``."""
    before = text[max(0, at - 100):at]
    return before != before.rstrip() and bool(re.search(r"\w\s+$", before))


def _tidy(name: str, text: str, start: int, article: _Words) -> str | None:
    """The name without titles, and without a first word that is capitalised only because
    a sentence opens with it; None when nothing that names something is left."""
    words = _trimmed(_without_titles(_to_initial(name.split(), article)), article)
    opens = len(words) > 1 and _opens_sentence(text, start) and not words[0].isupper()
    if opens and (words[0].casefold() in SENTENCE_OPENERS or (
            len(words) > 2 and words[0].casefold() in PREPOSITIONS) or (
            _named_elsewhere(words[1:], article) and article.writes(words[0].casefold()))):
        words = _untitled(words[1:])  # "Key Security Council", "Sometimes President Trump"
    elif opens and article.german and words[0].casefold() in GERMAN_OPENERS and \
            not article.inside(" ".join(words)):
        words = words[1:]  # "Die Engine", "Neben Account"
    elif opens and _adverb(words, article):
        words = words[1:]  # "Clearly Nana Backpacker Hostel", "Wearing Alaïa"
        while len(words) > 1 and words[0].islower():
            words = words[1:]  # "Clearly the CEO"
    if len(words) > 1 and all(w[:1].isupper() for w in words) and \
            words[-1].casefold().rstrip(".") in OFFICES:
        return None  # "US President", "Foreign Minister": a title, its holder named apart
    if len(words) == 1 and _acronym(words[0]) and _shouted(words[0], article):
        return None  # "WATCH", "SEOUL": a word set in capitals the article also writes plainly
    if len(words) > 1 and all(_acronym(w) for w in words):
        return None  # "BREAKING THE NEWS": a heading in capitals, not a name
    if len(words) == 1 and not _acronym(words[0]) and not name.startswith("Resolution"):
        return words[0] if _surname(words[0]) else None
    return " ".join(words)


def _to_initial(words: list[str], article: _Words) -> list[str]:
    """The name up to a capital and a full stop that ends a sentence rather than standing
    for a middle name: the word after it is one the article writes in lower case ("Plan B.
    Officials" -> "Plan B"; "George W. Bush" stays)."""
    for index, word in enumerate(words[1:-1], start=1):
        if re.fullmatch(r"[A-Z]\.", word) and article.writes(words[index + 1].casefold()):
            return [*words[:index], word[0]]
    return words


def _without_titles(words: list[str]) -> list[str]:
    """The name without the titles in front ("Nato Secretary General Mark Rutte" -> "Mark
    Rutte"); whole when what is left would open with what an office is for ("Chancellor of
    the Exchequer Rachel Reeves", "Commissioner for Human Rights": not "for Human Rights")."""
    kept = _untitled(words)
    titled = [i for i, w in enumerate(kept[:-2]) if w.casefold().rstrip(".") in TITLES]
    if titled:  # "Nato Secretary General Mark Rutte", "Economy Minister Marcelo Ebrard"
        kept = kept[titled[-1] + 1:]
    return words if kept[0] in OFFICE_CONNECTORS else kept


def _trimmed(words: list[str], article: _Words) -> list[str]:
    """The name without a word around it that is not part of it: an adjective made of a name
    ("Amazon-owned"), a day after it ("Argus Leader Monday"), a German noun set before it
    ("Premierminister Boris Johnson")."""
    while len(words) > 1 and COMPOUND_ADJECTIVE.match(words[0]):
        words = words[1:]
    if len(words) > 2 and words[-1].casefold() in DAYS:
        words = words[:-1]  # "Bloody Sunday" stays
    while len(words) > 2 and words[0] in article.nouns and words[1][:1].isupper():
        words = words[1:]  # not "Gefährdung von Kim Jong Un" -> "von Kim Jong Un"
    if article.german and len(words) == 2 and words[0].casefold() in GERMAN_TIMES and \
            words[1].casefold() in MONTHS:
        return words[1:]  # "Ende Oktober" (a month alone is no candidate)
    return words


def _title_case(text: str, article: _Words) -> bool:
    """A line of four words or more whose every word of four letters or more is capitalised,
    some of them words the article also writes in lower case: a heading or a pull quote set in
    Title Case ("'No Sense of Pride. No Sense of Loyalty.'"), not running text (which has a
    verb or a common word in lower case) nor a list of names (whose words are names
    everywhere); or a line of four words or more in capitals."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if not 4 <= len(words) <= HEADING_WORDS:
        return False
    if all(w.isupper() for w in words):
        return True  # "THE POINT -- NOW ON YOUTUBE!"
    long = [w for w in words if len(w) >= 4]
    return all(w[0].isupper() for w in long) and any(
        w.casefold() in article.tokens for w in long[1:] if w.isalpha() and not w.isupper())


def _untitled(words: list[str]) -> list[str]:
    """The words without the titles in front ("President", "Mr")."""
    while len(words) > 1 and words[0].casefold().rstrip(".") in TITLES:
        words = words[1:]
    return words


def _adverb(words: list[str], article: _Words) -> bool:
    """Whether a name's first word is an opening adverb or participle ("Clearly", "Wearing"):
    it ends so, the article also writes it in lower case, and the word after it is in lower
    case or not a common one ("Daily Mail" and "Reading Festival" stay whole: the article
    writes "mail" and "festival")."""
    first, second = words[0], words[1]
    return (first.casefold().endswith(("ly", "ing")) and article.writes(first.casefold())
            and (second.islower() or not article.writes(second.casefold())))


def _shouted(word: str, article: _Words) -> bool:
    """A word of five letters or more in capitals that the article also writes otherwise
    ("WATCH" and "watch", "SEOUL" and "Seoul"): emphasis or a dateline, not an acronym."""
    letters = word.replace(".", "")
    if len(letters) < 5 or not letters.isalpha():
        return False
    return article.writes(letters.capitalize()) or article.writes(letters.casefold())


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a sentence opens here: after a full stop, a colon or an opening quote, in any
    of the ways languages write one ("„Eine Frau", "« Le", "**Update:** Das Regime")."""
    before = text[:start].rstrip().rstrip("*_[").rstrip()
    return not before or before[-1] in ".!?:\"“”„‚«»‹›'‘’("


def _named_elsewhere(words: list[str], article: _Words) -> bool:
    """Whether the rest of a name (two words or more) also appears without the word before
    it that opened a sentence ("Security Council" apart from "Key Security Council")."""
    return len(words) >= 2 and article.alone(" ".join(words))


def _surname(word: str) -> bool:
    """A single word left after a title ("President Obama" -> "Obama") may name someone:
    it is kept only to be folded into a longer name (see :func:`_fold_people`)."""
    return word[:1].isupper() and word[1:].islower() and len(word) > 2


def _acronym(word: str) -> bool:
    return word.replace(".", "").isupper()


def _fold_people(found: dict[str, _Name]) -> dict[str, _Name]:
    """One candidate per person: a surname alone, or the last words of a longer name ("El
    Saife" of "Mohamed El Saife"), go into the longest name ending with them."""
    merged: dict[str, _Name] = {}
    endings: dict[tuple[str, ...], _Name] = {}  # the last words of each name kept, first wins
    for entry in sorted(found.values(), key=lambda n: -len(n.name.split())):
        words = tuple(entry.name.split())
        home = None if _acronym(words[-1]) else endings.get(words)
        if home is None:
            merged[entry.name] = entry
            bare = words[:-1] if words[-1].casefold().rstrip(".") in SUFFIXES else words
            for ending in {*(words[-size:] for size in range(1, len(words))),
                           *(bare[-size:] for size in range(1, len(bare)))}:
                endings.setdefault(ending, entry)  # "Carlineo" of "Patrick W. Carlineo Jr"
            continue
        home.mentions += entry.mentions
        home.paragraphs |= entry.paragraphs
        home.lead = home.lead or entry.lead
    return {name: n for name, n in merged.items()
            if len(name.split()) > 1 or _acronym(name) or name.startswith("Resolution")}


def _fold_acronyms(found: dict[str, _Name], text: str) -> dict[str, _Name]:
    """An acronym the article spells out goes into the name it stands for ("SOHR" into
    "Syrian Observatory for Human Rights"); a short one it never spells out is left out."""
    kept = dict(found)
    for name, entry in found.items():
        if not _acronym(name):
            continue
        spelled = _expansion(name, text)
        home = kept.get(spelled) if spelled else None
        if home is not None:
            home.mentions += entry.mentions
            home.paragraphs |= entry.paragraphs
            home.lead = home.lead or entry.lead
            del kept[name]
        elif spelled is None and len(name.replace(".", "").rstrip("s")) <= SHORT_ACRONYM:
            del kept[name]
    return kept


def _expansion(acronym: str, text: str) -> str | None:
    """The words an acronym stands for, where the article writes "Words (ACR)" or "ACR
    (Words)": capitalised words whose initials spell it, with "of", "for", "the"... between."""
    letters = acronym.replace(".", "").rstrip("s")
    words = r"\s+(?:(?:of|the|for|and|on|in|de|du|des|la|le)\s+)*".join(
        f"{c}[\\w'-]+" for c in letters)
    before = re.search(rf"\b({words})\s*\(\s*{re.escape(acronym)}\s*\)", text)
    after = re.search(rf"\b{re.escape(acronym)}\s*\(\s*({words})\s*\)", text)
    found = before or after
    return " ".join(found.group(1).split()) if found else None
