"""Glossary checks over a built site: unused terms, out-of-date terms, candidate terms, and
the freshness of explainers and terms against the terms' events (:mod:`explainer.site.freshness`).

All are warnings; ``--strict`` makes them errors. Candidate terms are names that look like key
terms and have no glossary entry: capitalised multi-word names ("State Department"),
"Resolution NNNN" and acronyms ("UNHCR"). :func:`find_candidates` is shared with the importer.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from explainer.content.model import Explainer
from explainer.core.diagnostics import Diagnostics
from explainer.glossary.terms import Glossary
from explainer.site.freshness import check_freshness
from explainer.site.pages import Site

# A capitalised word; an apostrophe before a capital stays inside it ("O'Hare", "O’Neill"), as
# does one before letters that are no contraction's ("Nyong'o", "Ya'alon"; not "Obama's")
WORD = r"[A-Z](?:[\w.-]|['’](?=[A-Z]|(?!(?:s|t|d|ll|re|ve|m)\b)[^\W\d_]))*\w"
CONNECTOR = r"(?:of|the|for|de|da|dos|du|di|del|della|al|bin|ibn|el|von|van)"
# A middle initial ("Patrick W. Carlineo"): a capital and a full stop between two words of a
# name, the next not one that opens a sentence ("Plan B. The Council" is two sentences). Read
# only where the rest of the article can tell a sentence's end from an initial (the importer:
# "Plan B. Officials" when the article also writes "officials").
INITIAL = r"[A-Z]\.(?=[ \t]+(?!(?:The|A|An|In|On|At|It|He|She|They|We|This|That|But|And)\b)[A-Z])"
_NAMES = (rf"\bResolution\s+(?:\([A-Z]+\)\s+)?\d{{3,4}}\b"
          rf"|\b{WORD}(?:[ \t]+<INITIALS>(?:{CONNECTOR}[ \t]+)*{WORD})+"
          r"|\b(?:[A-Z]\.){2,}|\b[A-Z]{2,6}(?:s\b|-\d{1,4}\b(?!-)|\b)")  # "COVID-19" whole
CANDIDATE = re.compile(_NAMES.replace("<INITIALS>", ""))
WITH_INITIALS = re.compile(_NAMES.replace("<INITIALS>", rf"(?:{INITIAL}[ \t]+)*"))
LONGEST = 12  # words: a longer run of capitals is a heading in Title Case, not a name
STARTERS = frozenset((
    "a", "an", "the", "in", "on", "at", "as", "and", "but", "or", "if", "when", "while",
    "because", "after", "before", "earlier", "later", "last", "this", "that", "these", "those",
    "then", "yet", "so", "since", "until", "during", "for", "from", "with", "by", "however",
    "meanwhile", "although",
))
POSSESSIVE = re.compile(r"[’']s$")
FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Candidate:
    name: str
    start: int
    end: int


def _tidy(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower() in STARTERS:
        words.pop(0)
    return POSSESSIVE.sub("", " ".join(words))


def find_candidates(text: str, glossary: Glossary,
                    initials: bool = False) -> Iterator[Candidate]:
    """Names in a text that look like key terms and are not glossary mentions; with
    ``initials``, names may hold middle initials (:data:`INITIAL`)."""
    mentions = [(m.start, m.end) for m in glossary.finditer(text)]
    for match in (WITH_INITIALS if initials else CANDIDATE).finditer(text):
        name = _tidy(match.group())
        multiword = " " in name or name.startswith("Resolution")
        if (not multiword and not name.replace(".", "").isupper()) or name.count(" ") >= LONGEST:
            continue
        if any(s < match.end() and match.start() < e for s, e in mentions):
            continue
        start = match.start() + match.group().find(name.split()[0])
        yield Candidate(name, start, match.end())


def _body_lines(explainer: Explainer) -> Iterator[tuple[int, str]]:
    fenced = False
    for index, line in enumerate(explainer.body.split("\n")):
        if FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            yield explainer.body_line + index, line


def candidates(site: Site) -> dict[str, list[tuple[Explainer, int, int]]]:
    """Candidate name -> where it occurs (explainer, line, column), in site order."""
    found: dict[str, list[tuple[Explainer, int, int]]] = {}
    for page in site.explainers:
        for line_no, line in _body_lines(page.explainer):
            for cand in find_candidates(line, site.glossary):
                found.setdefault(cand.name, []).append((page.explainer, line_no, cand.start + 1))
    return found


@dataclass(frozen=True)
class GlossaryReport:
    terms: int
    unused: int
    out_of_date: int
    candidates: int

    def summary(self) -> str:
        return (f"Glossary: {self.terms} terms; {self.unused} unused, {self.out_of_date} out "
                f"of date; {self.candidates} candidate terms without an entry.")


def check_unused(site: Site, diags: Diagnostics) -> int:
    unused = [page for page in site.terms if not page.mentioned_in]
    for page in unused:
        diags.warning(page.term.path, 1, 1,
                      f"term '{page.term.name}' is not mentioned in any explainer",
                      hint="add an alias that the explainers use, or remove the term")
    return len(unused)


def check_age(site: Site, today: dt.date, diags: Diagnostics) -> int:
    limit = site.config.glossary.max_age_days
    if limit is None:
        return 0
    count = 0
    for page in site.terms:
        age = (today - page.term.as_of).days
        if age > limit:
            count += 1
            line, col = page.term.where.get("as_of", (1, 1))
            diags.warning(page.term.path, line, col,
                          f"the facts of '{page.term.name}' were checked {age} days ago, "
                          f"more than the {limit} days site.yml allows",
                          hint="check the facts and sources again, then update as_of")
    return count


def _places(first: Explainer, places: list[tuple[Explainer, int, int]]) -> str:
    shown = [f"{ln}:{c}" if e is first else f"{e.path.name}:{ln}:{c}" for e, ln, c in places]
    return ", ".join(shown[:4]) + (f" and {len(shown) - 4} more" if len(shown) > 4 else "")


def check_candidates(site: Site, diags: Diagnostics) -> int:
    found = candidates(site)
    for name in sorted(found, key=lambda n: (-len(found[n]), n.casefold())):
        places = found[name]
        explainer, line, col = places[0]
        also = f"; also at {_places(explainer, places[1:])}" if len(places) > 1 else ""
        diags.warning(explainer.path, line, col,
                      f"candidate term '{name}' has no glossary entry "
                      f"({len(places)} mention{'s' * (len(places) != 1)}{also})",
                      hint="add it to content/glossary/ if readers need it explained")
    return len(found)


def check_glossary(site: Site, today: dt.date, diags: Diagnostics,
                   with_candidates: bool = True) -> GlossaryReport:
    """Run the glossary checks (and the freshness check, see :mod:`explainer.site.freshness`),
    reporting warnings; the counts for a summary line."""
    check_freshness(site, diags)
    return GlossaryReport(len(site.terms), check_unused(site, diags),
                          check_age(site, today, diags),
                          check_candidates(site, diags) if with_candidates else 0)
