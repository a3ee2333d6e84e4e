"""One candidate per thing an article names: a surname folds into the longest name ending
with it ("Obama" into "Barack Obama"), an acronym into the name it stands for ("SOHR" into
"Syrian Observatory for Human Rights", "SEIU" into "Service Employees International Union"),
a short form into the full name ("Civil Aviation Authority" into "Civil Aviation Authority of
Nepal"), for :mod:`explainer.importer.candidates`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from explainer.importer.namewords import (
    OFFICE_CONNECTORS,
    SHORT_ACRONYM,
    STYLES,
    SUFFIXES,
    TITLES,
)


@dataclass
class Name:
    name: str
    mentions: int = 0
    paragraphs: set[int] = field(default_factory=set)
    lead: bool = False  # in the headline or the first paragraph
    prose: bool = False  # in running text, not only in headings and labels
    listed: set[int] = field(default_factory=set)  # paragraphs that are lists of names

    @property
    def score(self) -> float:
        """Mentions, the lead counting extra, and paragraphs; a paragraph that lists names
        (a roster: "Colorado: Ryan Call, Laura Carno, …") counts half, mentions and all."""
        listed = len(self.listed)
        return self.mentions - listed / 2 + 2 * self.lead + len(self.paragraphs) - listed / 2

    def absorb(self, other: Name) -> None:
        """Count another form's mentions as this name's ("Obama" in "Barack Obama")."""
        self.mentions += other.mentions
        self.paragraphs |= other.paragraphs
        self.lead = self.lead or other.lead
        self.prose = self.prose or other.prose
        self.listed |= other.listed


def acronym(word: str) -> bool:
    return word.replace(".", "").isupper()


def fold_people(found: dict[str, Name]) -> dict[str, Name]:
    """One candidate per person: a surname alone, or the last words of a longer name ("El
    Saife" of "Mohamed El Saife"), or a title and the surname ("Judge Boasberg"), go into the
    longest name ending with them; not a body's name with "of" in it ("Bank of Canada" is not
    "Royal Bank of Canada")."""
    merged: dict[str, Name] = {}
    endings: dict[tuple[str, ...], Name] = {}  # the last words of each name kept, first wins
    for entry in sorted(found.values(), key=lambda n: (-len(n.name.split()), _titled(n.name))):
        words = tuple(entry.name.split())
        home = None if acronym(words[-1]) else endings.get(words)
        if home is None and _titled(entry.name):  # "Judge Boasberg" of "James Boasberg"
            home = endings.get(words[-1:])
            if home is not None:
                home.absorb(entry)
            else:
                merged[entry.name] = entry
            continue
        if home is None:
            merged[entry.name] = entry
            bare = words[:-1] if words[-1].casefold().rstrip(".") in SUFFIXES else words
            for ending in {*(words[-size:] for size in range(1, len(words))),
                           *(bare[-size:] for size in range(1, len(bare)))}:
                # "Carlineo" of "Patrick W. Carlineo Jr", "bin Salman" of "Mohammed bin
                # Salman"; not "Bank of Canada" of "Royal Bank of Canada"
                if not OFFICE_CONNECTORS.intersection(ending):
                    endings.setdefault(ending, entry)
            continue
        home.absorb(entry)
    return {name: n for name, n in merged.items()
            if len(name.split()) > 1 or acronym(name) or name.startswith("Resolution")}


def _titled(name: str) -> bool:
    """A title or a style and one name ("Judge Boasberg", "Lord Mandelson")."""
    words = name.split()
    return len(words) == 2 and words[0].casefold().rstrip(".") in TITLES | STYLES


def fold_short_forms(found: dict[str, Name]) -> dict[str, Name]:
    """A name of two words or more that another name of the article continues with "of" or
    "for", or with a number, is its short form ("Civil Aviation Authority" of "Civil Aviation
    Authority of Nepal", "King Charles" of "King Charles III"): it goes into the longest such
    name."""
    longest: dict[str, str] = {}  # a short form -> the longest name it opens
    for name in found:
        for match in re.finditer(r" (?:of|for) | (?=[IVX]{1,5}$)", name):  # "King Charles III"
            short = name[:match.start()]
            if len(name) > len(longest.get(short, "")):
                longest[short] = name
    kept = dict(found)
    for name, entry in found.items():
        home = longest.get(name)
        if home is not None and len(name.split()) > 1 and not acronym(name) and home in kept:
            kept[home].absorb(entry)
            del kept[name]
    return kept


def fold_acronyms(found: dict[str, Name], text: str) -> dict[str, Name]:
    """An acronym the article spells out goes into the name it stands for ("SOHR" into
    "Syrian Observatory for Human Rights"); a short one it never spells out is left out."""
    kept = dict(found)
    for name, entry in found.items():
        if not acronym(name):
            continue
        spelled = _expansion(name, text) or _spelled_by(name, found)
        home = kept.get(spelled) if spelled else None
        if home is not None:
            home.absorb(entry)
            del kept[name]
        elif spelled is None and len(name.replace(".", "").rstrip("s")) <= SHORT_ACRONYM:
            del kept[name]
    return kept


def _spelled_by(acronym: str, found: dict[str, Name]) -> str | None:
    """A name of the article whose capitalised words' initials spell the acronym, as
    "Service Employees International Union" does "SEIU" (three letters or more)."""
    letters = acronym.replace(".", "").rstrip("s")
    if len(letters) < SHORT_ACRONYM:
        return None
    return next((name for name in found if " " in name and _initials(name) == letters), None)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


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


GERMAN_ENDING = re.compile(r"(?:e[nmrs]?)$")  # an adjective's endings: "Zentrale", "Zentralen"


def fold_declined(found: dict[str, Name]) -> dict[str, Name]:
    """German names that differ only in the ending of their declined words ("Zentralen
    Wahlkommission" and "Zentrale Wahlkommission", "Weißen Haus" and "Weiße Haus") are one:
    they go into a form whose declined words do not end as the dative's and genitive's do
    ("-en", "-em"), the one written most often among them: an entry's name is in the
    nominative."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for name in found:
        words = name.split()
        if len(words) > 1:
            key = tuple(GERMAN_ENDING.sub("", w) if w[:1].isupper() else w for w in words)
            groups.setdefault(key, []).append(name)
    kept = dict(found)
    for names in groups.values():
        if len(names) < 2:
            continue
        home = max(names, key=lambda n: (not _oblique(n), found[n].mentions))
        for name in names:
            if name != home:
                kept[home].absorb(found[name])
                del kept[name]
    return kept


def _oblique(name: str) -> bool:
    return any(w[:1].isupper() and w.endswith(("en", "em")) for w in name.split()[:-1])
