"""Where a byline says the story was filed from: "Anna Martel und Lea Wagner, Nairobi", as
German and Swiss papers sign, or "Jason Burke in Johannesburg", as British papers do. The
place is the story's ``dateline``, not an author."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from explainer.importer.bylinejobs import RANKS, ROLES
from explainer.importer.bylinenames import BY, NAME_SPLIT, clean_byline
from explainer.importer.bylinesites import site_first_word

if TYPE_CHECKING:
    from explainer.importer.metadata import PageMeta

# "Jane Roe, Lille", "Laura Gil Ortega | Zaragoza": a word after a last comma or bar
_APART, _WORD = r"(?:,|\s[|·•/])\s*", r"[^\W\d_][\w'’-]*"
BYLINE_PLACE = re.compile(rf"{_APART}({_WORD})\.?$")


# "Jason Burke in Johannesburg", "Olivia Solon in San Francisco and agencies": a name of two
# words or more, then "in" and a place of up to three capitalised words, ending the statement
# or before "and", a comma or a semicolon
IN_PLACE = re.compile(r"^(?P<names>.+?) in (?P<place>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})"
                      r"(?=$|,|;| and | &)")
NOT_PLACE_WORDS = re.compile(r"\b(?:times|post|news|journal|magazine|press|daily|tribune|"
                             r"herald|guardian|gazette)\b", re.IGNORECASE)


def dateline(statement: str, text: str, shown: bool = True, custom: bool = False) -> str | None:
    """The place a byline says it was filed from, after a last comma or bar ("Anna Martel und
    Lea Wagner, Nairobi", "Seb Dumitru, Lille", "Laura Gil Ortega | Zaragoza"), as German,
    Swiss and Spanish papers sign: one capitalised
    word after names of two words or more, which the story's ``text`` names too (a
    co-author's single name, "Ahmad Fauzi, Sukarjo", it does not). A statement the page does
    not show (``shown`` false: its metadata, where "García Márquez, Gabriel" is one name)
    needs two names before the place. An organisation there ("Eric Bradner, CNN") is left to
    the byline's own rules. A byline the page shows as "Jane Roe in Johannesburg" says it
    too (:func:`_filed_in`). Where signing with the place is the ``custom`` (German
    papers'), a place shown after the names need not be named in the text too."""
    if shown and (within := _filed_in(statement)):
        return within
    match = BYLINE_PLACE.search(statement)
    if not match or not match.group(1)[:1].isupper() or match.group(1).isupper():
        return None
    before = [p for p in NAME_SPLIT.split(BY.sub("", statement[:match.start()])) if p.strip()]
    place = match.group(1)
    if not before or any(len(p.split()) < 2 for p in before) or len(before) < 2 - shown:
        return None
    if not (custom and shown) and not _named_elsewhere(place, statement, text):
        return None
    return place


def _named_elsewhere(place: str, statement: str, text: str, flags: int = 0) -> bool:
    """Whether the story's ``text`` names the place outside the byline's statement."""
    return bool(re.search(rf"(?<!\w){re.escape(place)}(?!\w)", text.replace(statement, " "),
                          flags))


def _filed_in(statement: str) -> str | None:
    """The place of a byline the page shows as "Jane Roe in Johannesburg" (each name of two
    words or more; not a paper's name: "Jane Roe in The Times")."""
    match = IN_PLACE.match(" ".join(BY.sub("", statement.strip()).split()))
    if not match or NOT_PLACE_WORDS.search(match.group("place")) or \
            match.group("place").split()[0] in ("The", "Der", "Die", "Le", "La", "El"):
        return None
    names = [p for p in NAME_SPLIT.split(match.group("names")) if p.strip()]
    return match.group("place") if names and all(
        2 <= len(p.split()) <= 4 and all(w[:1].isupper() for w in p.split())
        for p in names) else None


def metadata_signs(statement: str, authors: list[str]) -> bool:
    """Whether the names a byline shows before its last comma or bar are the metadata's
    authors, all of them, and the word after it none of them ("Олена Шевченко, Київ" where
    the metadata names Олена Шевченко alone): that word is then where the story was filed
    from, though the text names it otherwise (Київ, "у Києві")."""
    match = BYLINE_PLACE.search(statement)
    named = {n.casefold() for n in clean_byline(authors)}
    if not match or not named:
        return False
    before = {n.casefold() for n in clean_byline([statement[:match.start()]])}
    return before == named and match.group(1).casefold() not in named


# "Jasjeev Gandhiok, New Delhi": a place of one to three words after the names
PLACE_AFTER = re.compile(rf"{_APART}({_WORD}(?:\s+{_WORD}){{0,2}})\.?$")


def linked_place(statement: str, linked: frozenset[str]) -> str | None:
    """Where a byline says it was filed from, after its last comma or bar, when each name
    before it links to its writer's page and the words after it link to none ("By
    <a>Jasjeev Gandhiok</a>, New Delhi"): those words are no writer's, nor a job's ("Staff
    Writer")."""
    match = PLACE_AFTER.search(statement)
    words = match.group(1).split() if match else []
    if not words or not all(w[:1].isupper() for w in words) or any(
            w.casefold() in ROLES | RANKS for w in words):  # "Staff Writer": a job
        return None
    names = {n.casefold() for n in clean_byline([statement[:match.start()]])}
    shown = {" ".join(n.split()).casefold() for n in linked}
    place = match.group(1)
    return place if names and names <= shown and place.casefold() not in shown else None


def place_of(statement: str, text: str, shown: bool, read: bool, german: bool,
             meta: PageMeta) -> str | None:
    """Where a byline statement says it was filed from (:func:`dateline`, the custom of
    signing with the place where the page is German or, for a byline read, the metadata
    names its writers alone: :func:`metadata_signs`; or :func:`linked_place`)."""
    custom = read and (german or metadata_signs(statement, meta.authors))
    return dateline(statement, text, shown, custom) or (
        linked_place(statement, meta.author_links) if shown else None) or (
        place_before_site(statement, meta.site_names, text))


SITE_APART = re.compile(r"\s+[-–—]\s+")


def place_before_site(statement: str, site_names: list[str], text: str) -> str | None:
    """The place of a statement that is a place, a dash and the site's name ("Baghdad -
    Asharq Al-Awsat", the Arab press's custom for its own staff's reports), or the site's
    name or its first word, a dash and the place ("Valor — Rio" of "Valor Econômico"): one
    capitalised word the story's ``text`` names too; not a writer's name, which has two
    words or more."""
    parts = SITE_APART.split(" ".join(statement.split()))
    sites = {" ".join(site.casefold().split()) for site in site_names if site}
    if len(parts) != 2:
        return None
    place, site = parts if parts[1].casefold() in sites else parts[::-1]
    if not (site.casefold() in sites or site_first_word(site, site_names)) \
            or len(place.split()) != 1 or not place[:1].isupper():
        return None
    return place if _named_elsewhere(place, statement, text, re.IGNORECASE) else None
