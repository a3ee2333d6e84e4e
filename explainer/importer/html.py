"""Import a saved web page: trafilatura for the main text, our own rules for the metadata.

The body comes from trafilatura as Markdown (:mod:`body`: headings, paragraphs, lists,
quotes, links, emphasis, tables) and is then made safe: no raw HTML, no ``javascript:`` links. The
metadata comes from what the page states about itself (:mod:`metadata`), chosen and cleaned
by :mod:`clean`; htmldate is asked for the date only from the page's markup.
"""

from __future__ import annotations

import datetime as dt
import functools
import html as html_lib
import re
from urllib.parse import urljoin, urlparse

import trafilatura
from htmldate import find_date

from explainer.core.urls import URL, slugify
from explainer.importer import confidence
from explainer.importer.article import ImportedArticle
from explainer.importer.body import article_body, without_cards
from explainer.importer.clean import (
    ROLES,
    choose_title,
    clean_byline,
    first_date,
    letters,
    plain_letters,
    recased,
    site_label,
    trim_by_others,
)
from explainer.importer.fallbacks import closing_credit, closing_signature
from explainer.importer.furniture import is_furniture
from explainer.importer.lead import LeadPicture, Picture, choose
from explainer.importer.metadata import PageMeta, last_part, read_meta, stated_outside_links
from explainer.importer.repeats import drop_repeated_title, without_header_lines
from explainer.importer.safe import safe_markdown
from explainer.importer.summary import choose_summary, opens_body


def _date(page: str, meta: PageMeta,
          addresses: list[str]) -> tuple[dt.date | None, str | None]:
    """The publication date the page states, and how it was found: its metadata first, then
    htmldate (markup only, no guessing from the text) if the date it finds is written on the
    page outside links (a link to "the issue of 9 February" is not the article's date), then
    a date in the article's address (/2019/04/25/), then a date shown under the headline,
    then a date shown without its year."""
    found = first_date(meta.published)
    if found and meta.header_date is not None and _local_day(meta.published, found,
                                                             meta.header_date):
        return meta.header_date, "header"
    if found:
        return found, "metadata"
    try:
        text = find_date(page, extensive_search=False, original_date=True,
                         outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        text = None
    date = first_date([text or ""])
    if date and stated_outside_links(page, date):
        return date, "markup"
    if (dated := _address_date([*addresses, *meta.urls])) is not None:
        return dated, "address"
    if meta.header_date is not None:
        return meta.header_date, "header"
    return (meta.yearless_date, "yearless") if meta.yearless_date else (None, None)


UTC_STAMP = re.compile(r"^\s*\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)\s*$")


def _local_day(stamps: list[str], found: dt.date, shown: dt.date) -> bool:
    """Whether the date shown under the headline is the day of a metadata time given in UTC:
    "2024-02-10T00:32:11Z" is 9 February where the page is written, a day off at most."""
    stamp = next((s for s in stamps if first_date([s]) == found), "")
    return bool(UTC_STAMP.match(stamp)) and abs((found - shown).days) == 1


ASIDE = re.compile(r"\s*\([^)]*\)")  # "Deutsche Welle (www.dw.com)": the name before it
# A heading or a line that is only a rule ("## \\_\\_\\_", "* * *"): where a story's text
# ends and its credits begin, not a heading to keep.
SEPARATOR = re.compile(r"^(?:#+ )?(?:\\?[_*=~\-—–•·] *){3,}$")
URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/")


def _address_date(addresses: list[str]) -> dt.date | None:
    """A date written as /YYYY/MM/DD/ in the page's own address (as many news sites file
    their stories), where the address is the article's."""
    for address in addresses:
        if match := URL_DATE.search(address or ""):
            try:
                return dt.date(*(int(g) for g in match.groups()))
            except ValueError:
                continue
    return None


def _without_dangling_lead_in(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a last one that introduces what the page no longer holds ("Read
    more from Jennifer Rubin:", "Related:", "See more photos:", a list of links left out)."""
    while paragraphs and len(paragraphs[-1]) < 200 and \
            paragraphs[-1].strip().strip("*_").rstrip().endswith((":", "：")):
        paragraphs = paragraphs[:-1]
    return paragraphs


def parse_html(page: str, url: str | None = None, date: dt.date | None = None,
               source: str | None = None) -> ImportedArticle:
    """Read a web page's text; ``date``, ``source`` and ``url`` from the editor win."""
    meta = read_meta(page)
    page_url, notes = url, []
    if page_url is None:
        page_url, notes = web_address(meta.urls, "the page's address")
    try:
        host = (urlparse(page_url).hostname or "") if page_url else ""
    except ValueError:  # a malformed address in the page's metadata
        page_url, host = url, ""
    lead, dropped = lead_picture(meta)
    host = host.removeprefix("www.")
    found = trafilatura.extract_metadata(page, default_url=page_url)
    titles = [t for t in [_said_elsewhere(found.title if found else None, meta)] if t]
    titles += meta.titles
    title = _headline_h1(meta, choose_title(meta.headlines, titles, meta.h1, meta.html_title,
                                            meta.site_names, host))
    title = trim_by_others(title, [*titles, meta.html_title, *meta.headlines, *meta.h1],
                           meta.site_names, host).removesuffix("。")  # a headline ends bare
    found_date, how = _date(page, meta, [page_url or ""])
    updated = first_date(meta.modified)
    extracted, cards = article_body(page, page_url)
    body = safe_markdown(drop_repeated_title(extracted, title, *meta.h1, *meta.headlines))
    kept = [p for p in body.strip("\n").split("\n\n")
            if p and not (SEPARATOR.match(p) or is_furniture(p))]
    paragraphs = _without_dangling_lead_in(without_cards(kept, cards))
    credit = closing_credit(paragraphs)
    people, publisher, by = _byline(meta, found.author if found else None, host)
    if not people and not credit and (signed := closing_signature(paragraphs,
                                                                  meta.flush_right)):
        people, by, paragraphs = (signed,), None, paragraphs[:-1]  # low: inferred
    people = tuple(recased(name, paragraphs) for name in people)
    paragraphs = without_header_lines(paragraphs, title, people)
    described = [d for d in [found.description if found else None] if d] + meta.descriptions
    summary = choose_summary(described, meta.alternatives)
    text = confidence.page_text(page)
    sure = {"title": confidence.title(title, (meta.headlines, meta.titles, meta.h1,
                                              [meta.html_title])),
            "date": confidence.date("given" if date else how, bool(found_date) and (
                stated_outside_links(page, found_date, markup=False))),
            "byline": confidence.byline(people, by, text) if people else (
                confidence.LOW if credit else None),
            "summary": confidence.LOW if opens_body(summary, paragraphs) else
            confidence.summary(summary, meta.descriptions),
            "source": confidence.GIVEN if source else None,
            "body": confidence.body(paragraphs)}
    return ImportedArticle(
        title=html_lib.unescape(title), paragraphs=tuple(paragraphs),
        summary=summary, date=date or found_date,
        updated=updated if updated and found_date and updated > found_date else None,
        byline=people or ((credit,) if credit else ()),
        source_name=source or next(iter(meta.site_names), None) or publisher,
        source_url=page_url, image_refs=lead.refs if lead else (),
        image_alt=lead.alt if lead else None, image_caption=lead.caption if lead else None,
        image_credit=lead.credit if lead else None, language=_language(meta.language),
        tags=_tags(meta.keywords), markdown_body=True,
        notes=tuple(notes + dropped),
        confidence={k: v for k, v in sure.items() if v is not None},
    )


TAG_WORDS = 6  # a keyword longer than this is a sentence (often the headline), not a topic
TAGS = 12


def _tags(keywords: list[str]) -> tuple[str, ...]:
    """The page's keywords as tags: each once (whatever its case), sentences left out."""
    kept: dict[str, str] = {}
    for keyword in keywords:
        if keyword and len(keyword.split()) <= TAG_WORDS:
            kept.setdefault(keyword.casefold(), keyword)
    return tuple(kept.values())[:TAGS]


def lead_picture(meta: PageMeta) -> tuple[LeadPicture | None, list[str]]:
    """The page's lead picture (see :mod:`lead`): its Open Graph or Twitter picture (with
    ``og:image:alt``), its JSON-LD image, or its first figure."""
    alt = next(iter(meta.image_alts), None)
    named = [Picture(src, alt) for src in meta.images] + meta.ld_images
    return choose(named, meta.figures)


def web_address(candidates: list[str], what: str,
                base: str | None = None) -> tuple[str | None, list[str]]:
    """The first candidate that is an http(s) address (a relative one read against
    ``base``), and a note for each one before it that is not (``javascript:``...)."""
    notes = []
    for candidate in candidates:
        try:
            full = urljoin(base, candidate.strip()) if base else candidate.strip()
        except ValueError:
            full = candidate
        if URL.match(full):
            return full, notes
        notes.append(f"{what} '{candidate}' was left out: only http(s) addresses are kept")
    return None, notes


ORGANISATION = re.compile(r"^[A-Z]{2,5}$|\b(?:news|press|presse|agency|agencia|agence|agentur|"
                          r"agenzia|ajansı|welle|times|post|"
                          r"media|group|network|radio|tv|online|redaction|rédaction|inc|ltd|llc|"
                          r"gmbh|corp|plc)\b",
                          re.IGNORECASE)
STAFF = re.compile(r"\b(?:staff|newsroom|team|editorial(?: board)?|web ?desk|news ?desk|"
                   r"redaktion|rédaction)\b|@|https?:|www\.|\w/\w|:$", re.IGNORECASE)


def _byline(meta: PageMeta, extracted: str | None,
            host: str) -> tuple[tuple[str, ...], str | None, int | None]:
    """The authors, in order: from the page's author metadata, else trafilatura's, else the
    byline it shows; a person's name from a later source wins over an agency ("AFP") from an
    earlier. The publisher itself ("BBC News" on bbc.co.uk, the site's name, "TMZ Staff") is
    never a byline: it is returned apart, for ``source.name``. Last, which statement the
    names came from (0 to 3, in the order above)."""
    found: list[tuple[tuple[str, ...], int]] = []
    given = (_named_by_address(meta), [extracted] if extracted else [],
             meta.visible_authors[:1], meta.labelled_authors[:1])
    # the site's name given whole: known before names are split at "&" or "and" ("Mac & i")
    sites = {letters(site) for site in meta.site_names}
    whole = [c for candidates in given for c in candidates if letters(c) in sites
             or _names_host(c, host)]
    inside = {letters(w) for w in whole}  # trafilatura's "Zone Justice" of the desk's statement
    sources = [clean_byline(c for c in candidates if not any(letters(c) in w for w in inside))
               for candidates in given]
    publisher = next(iter(whole), None)
    sources[1] = _without_addresses(sources[1], meta)
    organisation = functools.partial(_organisation, owners=_owners(meta))
    for index, names in enumerate(sources):
        kept = tuple(n for n in names if not _publisher(n, meta.site_names, host))
        publisher = publisher or next((n for n in names if n not in kept), None)
        if kept and not all(organisation(n) for n in kept):
            kept = tuple(n for n in kept if not organisation(n))  # people only
            later = [tuple(n for n in names if not _publisher(n, meta.site_names, host)
                           and not organisation(n)) for names in sources[index + 1:]]
            return _shown_ones(_more_authors(kept, later), meta.shown), publisher, index
        if kept:
            found.append((kept, index))
    return (found[0][0], publisher, found[0][1]) if found else ((), publisher, None)


DESK_WORDS = 3


def _names_host(statement: str, host: str) -> bool:
    """An author statement that writes the site's own address beside no one's name is its
    desk or its section ("Zone Justice et faits divers - ICI.Radio-Canada.ca": words in lower
    case that are no job); "Jane Roe - news.com.au", "Jane Roe, ft.com contributor", an
    e-mail address or a link to an author's page is not."""
    if not host or "." not in host or set(statement) & set("@/"):
        return False
    address = re.compile(rf"(?<![\w.-]){re.escape(host)}(?![\w-])", re.IGNORECASE)
    if not address.search(statement):
        return False
    rest = address.sub(" ", statement).strip(" -–—|,:·")
    plain = [w for w in rest.split() if w[:1].islower() and w.strip(".,").casefold() not in ROLES]
    return not clean_byline([rest]) or (len(rest.split()) >= DESK_WORDS and bool(plain))


def _shown_ones(names: tuple[str, ...], shown: str) -> tuple[str, ...]:
    """The names its reader sees, when the page shows one or more of them: a name stated
    only in the markup beside a shown one is an editor's or a photographer's ("Kate Bubacz"
    in the JSON-LD of a story signed "Laura Jedeed"). A name counts as shown when its first
    and last words are, accents aside ("John Doe" shown as "John A. Doe", "Jose Alvarez" as
    "José Álvarez")."""
    seen = tuple(n for n in names if _shown(n, shown))
    return seen or names


def _shown(name: str, shown: str) -> bool:
    words = [plain_letters(w) for w in name.split()]
    words = [w for w in words if w]
    return bool(words) and words[0] in shown and words[-1] in shown


EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _without_addresses(names: tuple[str, ...], meta: PageMeta) -> tuple[str, ...]:
    """trafilatura's names without the e-mail addresses it read as names ("Mike Cason |
    mcason@al.com" gives "Mcason Com"): a name whose words are all words of an address the
    page's byline shows, one of them from the part after the "@" (so "Jane Roe" stays beside
    jane.roe@paper.com)."""
    addresses = [address.split("@", 1) for text in [*meta.visible_authors,
                                                    *meta.labelled_authors]
                 for address in EMAIL.findall(text.casefold())]

    def address(name: str) -> bool:
        words = set(name.casefold().split())
        return any(words <= set(re.split(r"\W+", f"{user} {host}"))
                   and words & set(re.split(r"\W+", host)) for user, host in addresses)
    return tuple(n for n in names if not address(n))


COPYRIGHT = re.compile(r"copyright|\(c\)|©|\ball rights reserved\b|\d+", re.IGNORECASE)


def _organisation(name: str, owners: list[str]) -> bool:
    """A company's name ("Reuters", "Fox News"), or the page's copyright holder ("Condé
    Nast" on wired.com): a byline's organisation, kept only where it names no person."""
    return bool(ORGANISATION.search(name)) or letters(name) in owners


def _owners(meta: PageMeta) -> list[str]:
    """The page's copyright holders that the byline it shows leaves out, in letters only (a
    blogger who owns the blog is in its byline; a page that shows none leaves it open)."""
    shown = {letters(name) for statement in
             [*meta.visible_authors, *meta.labelled_authors]
             for name in clean_byline([statement])}
    return [o for o in map(_compact_owner, meta.owners) if o and o not in shown] if shown else []


def _compact_owner(statement: str) -> str:
    """A copyright statement's holder, in letters only ("Copyright (c) Condé Nast 2024":
    "condénast")."""
    return letters(COPYRIGHT.sub(" ", statement))


def _named_by_address(meta: PageMeta) -> list[str]:
    """The author statements, an author's page address ("…/profile/sam-levin", several
    joined by commas) read as the name the page shows for it ("Sam Levin")."""
    shown = {**meta.linked_names, **{slugify(name): name for name in meta.visible_authors}}
    named = []
    for statement in meta.authors:
        parts = [p.strip() for p in statement.split(",")] if URL.match(statement.strip()) \
            else [statement]
        for part in parts:
            if URL.match(part):
                slug = last_part(part)
                named += [shown[slug]] if slug in shown else [part]
            else:
                named.append(part)
    return named


def _more_authors(names: tuple[str, ...], later: list[tuple[str, ...]]) -> tuple[str, ...]:
    """``names``, or a later statement's longer list that begins with them (trafilatura
    keeps the first of "Howard Schneider, Lindsay Dunsmuir")."""
    folded = [_fold(n) for n in names]
    for other in later:
        if len(other) > len(names) and [_fold(n) for n in other[:len(names)]] == folded:
            return other
    return names


def _publisher(name: str, site_names: list[str], host: str) -> bool:
    """Whether a name in a byline is the publisher (or its staff) rather than an author, or
    no author at all: an address, or a picture's credit ("Fredrik Persson/AP")."""
    if STAFF.search(name):
        return True
    compact = re.sub(r"\W+", "", name.casefold())
    compact = compact.removeprefix("the") if len(compact) > 6 else compact
    sites = [re.sub(r"\W+", "", ASIDE.sub("", s).casefold()) for s in site_names if s]
    label = site_label(host)
    first = re.sub(r"\W+", "", name.split()[0].casefold()) if name.split() else ""
    if any(s == compact or (len(s) >= 4 and s in compact) for s in sites):
        return True
    return bool(label) and (label in (compact, first) or (
        len(label) >= 6 and compact.startswith(label)))


def _said_elsewhere(title: str | None, meta: PageMeta) -> str | None:
    """trafilatura's title, unless the page's own titles (meta titles, <title>, headline,
    <h1>) all leave it out: then it is a stray line of the page ("Get Slate in your inbox.").
    Said by an <h1> alone, it is a stray line too when the meta titles are another <h1>'s
    words (a "Follow us on Twitter" box after the headline)."""
    mine = _fold(title or "")
    stated = [_fold(t) for t in [*meta.titles, meta.html_title, *meta.headlines] if t]
    shown = [_fold(h) for h in meta.h1 if h]
    if not mine or not stated + shown or _holds(mine, stated):
        return title
    if not _holds(mine, shown):
        return None
    headline = {_fold(t) for t in meta.titles if t} & set(shown)
    return None if headline else title


def _holds(mine: str, texts: list[str]) -> bool:
    return any(mine in t or t in mine for t in texts)


def _headline_h1(meta: PageMeta, title: str) -> str:
    """The one visible <h1> marked ``itemprop="headline"`` wins over a meta title worded
    differently (when neither holds the other, so not a kicker or a "The" apart)."""
    if len(meta.headline_h1) == 1:
        h1, chosen = _fold(meta.headline_h1[0]), _fold(title)
        if h1 and chosen and h1 not in chosen and chosen not in h1:
            return meta.headline_h1[0]
    return title


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _language(lang: str) -> str | None:
    return lang.split("-")[0].lower() if re.fullmatch(r"[A-Za-z]{2,3}(?:-[\w]+)*", lang) else None
