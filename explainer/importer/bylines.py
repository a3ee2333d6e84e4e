"""The byline of a web page: the people its metadata and its text name as authors, told
apart from the publisher, its desks and staff, agencies, copyright holders and addresses; and
the name the site goes by (``source.name``)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable

from explainer.core.urls import URL, slugify
from explainer.importer.bylinebeside import edited_beside, labelled_byline
from explainer.importer.bylinejobs import ROLES
from explainer.importer.bylinejoins import as_shown
from explainer.importer.bylinelabels import labelled_forms, word_run
from explainer.importer.bylinenames import CJK_OUTLET, clean_byline
from explainer.importer.bylineplaces import SITE_APART, place_of
from explainer.importer.bylinesites import ASIDE, news_word_off, site_first_word, the_off
from explainer.importer.bylinetails import pictured, wire_credit, without_site_name
from explainer.importer.clean import (
    EMAIL,
    casefolded,
    letters,
    plain_letters,
    site_label,
)
from explainer.importer.metadata import PageMeta, last_part
from explainer.importer.notbylines import EDITOR_ALONE, HOST_NAME
from explainer.importer.textlanguage import declared_language, language_of

# (under IGNORECASE the first branch is any single word of two to five letters: "AFP", "dpa",
# trafilatura's "Dpa", a placeholder's "Xxx"; a person's first name alone beside another
# author is rarer: made case-sensitive, the fit half's bylines went 0.935 -> 0.930)
ORGANISATION = re.compile(r"^[A-Z]{2,5}$|^(?-i:[A-Z]{2,5}-[A-ZÄÖÜ]\w+)$|"  # "ARD-Hauptstadtstudio"
                          r"\b(?:news|press|presse|agency|agencia|agence|agentur|"
                          r"agenzia|agência|ajansı|welle|times|post|universit\w*|universidad\w*|"
                          r"uniwersytet|institute?|instituto|istituto|college|foundation|"
                          r"media|group|network|radio|tv|online|redaction|rédaction|inc|ltd|llc|"
                          r"gmbh|corp|plc)\b|"
                          # "The Conversation", "The Texas Tribune"; not "The Rev. Jane Roe"
                          r"^the\s+(?!(?:rev|reverend|hon|honourable|right|most|very|late)\b)\w"
                          + CJK_OUTLET,
                          re.IGNORECASE)
STAFF = re.compile(r"\b(?:staff|newsroom|team|editorial(?: board)?|(?:web|news) ?desk|desk|"
                   r"explainers|wire (?:services?|reports?)|news services?|agency reports|"
                   r"online report|"
                   r"contributors?|guest (?:post|author|writer)s?|our view|our opinion|"
                   r"redaktion|rédaction|redazione|redacción|redação|redactie|redaksjonen|"
                   r"redaktionen|haber merkezi|redakcja|redakce|redakcia|редакция|редакція|"
                   r"toimitus|szerkesztőség|فريق|التحرير|تحرير|تحریریه|מערכת)\b|@|https?:|www\.|"
                   r"\w/\w|:$|^[\w-]+(?-i:\.[a-z]{2,3})$", re.IGNORECASE)  # "TOI.in"


def byline(meta: PageMeta, extracted: str | None, host: str,
           places: Iterable[str] = ()) -> tuple[tuple[str, ...], str | None, int | None]:
    """The authors, in order: from the page's author metadata, else trafilatura's, else the
    byline it shows; a person's name from a later source wins over an agency ("AFP") from an
    earlier. The publisher itself ("BBC News" on bbc.co.uk, the site's name, "TMZ Staff") is
    never a byline: it is returned apart, for ``source.name``. Last, which statement the
    names came from (0 to 3, in the order above). ``places``: where the bylines say they
    were filed from (:func:`filed_from`), no author in any source."""
    found: list[tuple[tuple[str, ...], int]] = []
    written = {letters(a): " ".join(a.split()) for a in meta.authors}
    teasers = {letters(name) for name in meta.teaser_authors}
    if extracted and (labelled_forms(letters(extracted)) & teasers or (
            (named := clean_byline([extracted])) and all(letters(n) in teasers for n in named))):
        extracted = None  # trafilatura's reading of another story's teaser ("Par …", "筆者 …")
    if extracted and (len(extracted.split()) == 1 or HOST_NAME.match(
            written.get(letters(extracted), ""))):  # the page's own spelling: trafilatura
        extracted = written.get(letters(extracted), extracted)  # writes "dpa" as "Dpa",
        # "《KT》" as "《Kt" (kept), "French.news.cn" as "French news cn"
    extracted = _role_cut(as_shown(_editor_cut(extracted, meta.editors), meta.visible_authors),
                          meta.byline_roles)
    # (each statement without the site's name: "By Hana Bergstrom Star Tribune")
    given = tuple([without_site_name(c, meta.named_sites) for c in candidates] for candidates in (
        _named_by_address(meta), [extracted] if extracted else [], meta.visible_authors[:1],
        labelled_byline(meta, lambda name: _publisher(name, meta.named_sites, host))))
    site_names = meta.named_sites  # the site's name given whole, known before names are
    sites = {letters(site) for site in site_names}  # split at "&" or "and" ("Mac & i")
    persons = {letters(p) for p in meta.persons  # a person's own site ("Jane Roe — Reporting";
               if len(p.split()) > 1 and not ORGANISATION.search(p)  # not one named only so,
               and not STAFF.search(p)  # "Der Postillon", which JSON-LD calls a person)
               and any(s.startswith(letters(p)) and s != letters(p) for s in sites)}
    whole = [c for candidates in given for c in candidates if letters(c) in sites
             or _names_host(c, host)]
    inside = {letters(w) for w in whole}  # trafilatura's "Zone Justice" of the desk's statement
    places = set(places)
    edited = {letters(n) for n in clean_byline(meta.editors)} | set(map(letters, [
        *meta.byline_roles, *meta.first_publishers]))  # (", Stateline", the first publisher)
    edited |= edited_beside(meta.credited_beside, given, meta.visible_authors) | edited_beside(
        meta.role_helpers, given)  # (a role beside the name: no writer whatever the byline)
    statements = [*meta.visible_authors, *(c for candidates in given for c in candidates)]
    edited |= {letters(n) for names in given for n in clean_byline(names)  # "Harbor Bank" too
               if any(word_run(n) in word_run(s) for s in meta.sponsors)
               or pictured(n, statements)}  # "… und Marco Ris (Bilder)": the photographer
    chinese = declared_language(meta.language) == "zh"
    sections = {name for name in meta.section_labels  # (a column's section named for its
                if len(name.split()) < 2  # writer, Folha's, not a one-word section that
                or letters(name) not in {letters(p) for p in meta.persons}}  # WordPress's
    # JSON-LD gives as its person: wochenblatt.cc's "Nachrichten")
    sources = [tuple(n for n in _han_apart(clean_byline(
        c for c in candidates if letters(c) in persons
        or not any(letters(c) in w for w in inside)), chinese)
                     if n not in places  # trafilatura's "Jane Roe; Nairobi"
                     and letters(n) not in edited and n.casefold() not in sections)
               for candidates in given]
    publisher = next(iter(whole), None)
    sources[1] = _without_addresses(sources[1], meta)
    organisation = functools.partial(_organisation, owners=_owners(meta))

    def published(name: str) -> bool:
        return _publisher(name, site_names, host) and letters(name) not in persons

    sources = [_place_after_outlet(names, published, organisation) for names in sources]
    for index, names in enumerate(sources):
        kept = tuple(n for n in names if not published(n))
        publisher = publisher or next((n for n in names if n not in kept), None)
        if kept and not all(organisation(n) for n in kept):
            kept = tuple(n for n in kept if not organisation(n))  # people only
            later = [tuple(n for n in names if not published(n) and not organisation(n))
                     for names in sources[index + 1:]]
            people, index = _unshown_replaced(
                _shown_ones(_more_authors(kept, later), meta.shown), later, meta.shown, index)
            return people, publisher, index
        if kept and not meta.wire_release:  # (a wire's release: its issuer, no writer)
            found.append((kept, index))
    found += [((wire,), index) for index, candidates in enumerate(given) for c in candidates
              if (wire := wire_credit(c)) and all(  # "Le Parisien avec AFP": the agency
                  _publisher(n, site_names, host) for n in clean_byline([c]))]
    return (found[0][0], publisher, found[0][1]) if found else ((), publisher, None)


# two or more Chinese names of two or three characters, set apart by spaces ("周颖 赵璐")
HAN_NAMES = re.compile(r"^[\u3400-\u9fff]{2,3}(?:\s+[\u3400-\u9fff]{2,3})+$")


def _han_apart(names: tuple[str, ...], chinese: bool) -> tuple[str, ...]:
    """A Chinese page's names, those written in one statement with spaces between them
    ("周颖 赵璐") set apart; a Japanese page sets a writer's family name apart so ("佐藤
    美咲")."""
    return tuple(part for name in names
                 for part in (name.split() if chinese and HAN_NAMES.match(name) else [name]))


def _place_after_outlet(names: tuple[str, ...], *outlets: Callable[[str], bool]
                        ) -> tuple[str, ...]:
    """A statement's names without its last when an outlet's name comes before it (the site's
    or another's: "Rafael Nogueira, Portal Sul, Porto Alegre", "Olivia Marsh, The Guardian,
    Regno Unito"): where the outlet is, no writer."""
    def outlet(name: str) -> bool:
        return any(test(name) for test in outlets)
    if len(names) >= 3 and outlet(names[-2]) and not outlet(names[-1]):
        return names[:-1]
    return names


def filed_from(meta: PageMeta, text: str) -> list[str]:
    """The places the page's bylines say they were filed from ("Markus Haefliger, London"),
    those it shows first (see :func:`bylineplaces.dateline`): the story's dateline, not an
    author. A German text's byline signs with the place as a custom ("Johannes Ritter,
    Zürich"), so a place in the bylines read need not be named in the text; an agency, a
    job, a word with capitals inside ("LCGB-Präsident") or the site's name is no place."""
    statements = [*((s, True) for s in [*meta.visible_authors, *meta.labelled_authors]),
                  *((s, False) for s in meta.authors)]
    german = (declared_language(meta.language) or language_of(text.splitlines())) == "de"
    read = {*meta.visible_authors[:1], *labelled_byline(meta)}  # the bylines read
    places = (place_of(" ".join(s.split()), text, shown, s in read, german, meta)
              for s, shown in statements)
    return list(dict.fromkeys(place for place in places if place and not (
        place.casefold() in WIRE_AGENCIES | ROLES or re.search(r"[A-Z]{2}", place)
        or letters(place) in {letters(site) for site in meta.site_names})))


DESK_WORDS = 3


def _role_cut(extracted: str | None, roles: list[str]) -> str | None:
    """trafilatura's byline without the job's element of the byline box it ran into the name
    ("مریم افشار بی‌بی‌سی فارسی" of a list of the name, then the role; "Jayson Greene Genre
    Rock" of "Genre: Rock", its colon dropped)."""
    words = [w.strip(":：,;|") for w in (extracted or "").split()]
    for role in roles:
        job = [w for w in (w.strip(":：,;|") for w in role.split()) if w]
        if job and len(words) > len(job) and words[-len(job):] == job:
            return " ".join((extracted or "").split()[:-len(job)]).rstrip(" ,;|")
    return extracted


def _editor_cut(extracted: str | None, editors: list[str]) -> str | None:
    """trafilatura's byline without an editor's credit it ran into it, the label's colon
    dropped ("Автор Наталья Воронова Редактор Ирина Киселева" of a box of two lines, the
    second "Редактор: Ирина Киселева")."""
    for editor in editors:
        extracted = re.sub(rf"(?:^|\s)(?:{EDITOR_ALONE.pattern})\s*[:：]?\s*{re.escape(editor)}"
                           r"(?=\s|$)", " ", extracted or "", flags=re.IGNORECASE)
    return " ".join((extracted or "").split()) or None


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


def _unshown_replaced(names: tuple[str, ...], later: list[tuple[str, ...]], shown: str,
                      index: int) -> tuple[tuple[str, ...], int]:
    """The names, or, when the page shows none of them, the first later statement's people
    written in another script that it shows all of, and that statement's index: the
    markup's author is then the account that posted the story ("新間" in the JSON-LD of a
    story shown "By Takeo Maeda and Tatsuya Tanoue"). A name in the same script that the
    page does not show may be shown by its initials ("sep"), so it stays."""
    if not shown or any(_shown(n, shown) for n in names):
        return names, index
    return next(((people, index + at) for at, people in enumerate(later, 1)
                 if people and all(_shown(n, shown) for n in people)
                 and not _scripts(people) & _scripts(names)), (names, index))


def _scripts(names: Iterable[str]) -> set[str]:
    """The scripts the names are written in ("LATIN", "CJK", "HANGUL", "CYRILLIC")."""
    return {unicodedata.name(c, " ").split()[0] for n in names for c in n if c.isalpha()}


def _shown(name: str, shown: str) -> bool:
    words = [plain_letters(w) for w in name.split()]
    words = [w for w in words if w]
    return bool(words) and words[0] in shown and words[-1] in shown


def _without_addresses(names: tuple[str, ...], meta: PageMeta) -> tuple[str, ...]:
    """trafilatura's names without the addresses it read as names: an e-mail address the
    page's byline shows ("Mike Cason | mcason@al.com" gives "Mcason Com") or a web address
    given as the author ("www.facebook.com/janeroe"). A name goes when its words are all
    words of the address, one of them from its host (so "Jane Roe" stays beside
    jane.roe@paper.com), or when it is one word that is a part of the address's path (a
    handle: "Janeroe")."""
    addresses = [address.split("@", 1) for text in [*meta.visible_authors,
                                                    *meta.labelled_authors]
                 for address in EMAIL.findall(text.casefold())]
    webs = [web for web in map(_host_and_path, meta.authors) if web[0]]
    handles = {letters(part) for _, path in webs for part in path.split("/")} - {""}
    machinery = {w for host, _ in webs for w in ("www", host.rsplit(".", 1)[-1])}

    def address(name: str) -> bool:
        words = set(name.casefold().split())
        return (len(words) == 1 and letters(name) in handles) or any(
            words <= set(re.split(r"\W+", f"{user} {host}"))
            and words & set(re.split(r"\W+", host)) for user, host in addresses) or any(
            words <= set(re.split(r"\W+", f"{host} {path}")) and words & machinery
            for host, path in webs)  # "Www Facebook Com", not "Jane Roe" of jane-roe.com
    return tuple(n for n in names if not address(n))


WEB_ADDRESS = re.compile(r"^(?:https?://)?((?:www\.)?[\w-]+(?:\.[\w-]+)+)(/\S*)?$", re.IGNORECASE)


def _host_and_path(statement: str) -> tuple[str, str]:
    """An author statement that is a web address ("www.facebook.com/janeroe", which
    trafilatura reads as the names "Www Facebook Com" and "Janeroe"): its host and path, in
    lower case; else two empty texts."""
    match = WEB_ADDRESS.match(statement.strip())
    if not match or not (match.group(2) or match.group(1).casefold().startswith("www.")):
        return "", ""
    return match.group(1).casefold(), (match.group(2) or "").casefold()


COPYRIGHT = re.compile(r"copyright|\(c\)|©|\ball rights reserved\b|\d+", re.IGNORECASE)


# News agencies whose names hold no word that says so ("Deutsche Presse-Agentur" and
# "Associated Press" say it; ORGANISATION finds them)
WIRE_AGENCIES = frozenset({"reuters", "xinhua", "kyodo", "yonhap", "bloomberg", "interfax",
                           "bernama", "antara", "belga", "ritzau", "tass", "ria novosti",
                           "keystone-sda", "keystone-ats", "pa media", "the canadian press",
                           "canadian press"})


def _organisation(name: str, owners: list[str]) -> bool:
    """A company's name ("Reuters", "Fox News"), or the page's copyright holder ("Condé
    Nast" on wired.com): a byline's organisation, kept only where it names no person."""
    return bool(ORGANISATION.search(name)) or letters(name) in owners or \
        casefolded(name) in WIRE_AGENCIES


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
    folded = [casefolded(n) for n in names]
    for other in later:
        if len(other) > len(names) and [casefolded(n) for n in other[:len(names)]] == folded:
            return other
    return names


def _publisher(name: str, site_names: list[str], host: str) -> bool:
    """Whether a name in a byline is the publisher (or its staff) rather than an author, or
    no author at all: an address, or a picture's credit ("Fredrik Persson/AP")."""
    if STAFF.search(name):
        return True
    compact = the_off(re.sub(r"\W+", "", name.casefold()))
    sites = [the_off(re.sub(r"\W+", "", ASIDE.sub("", s).casefold())) for s in site_names if s]
    label = site_label(host)
    first = re.sub(r"\W+", "", name.split()[0].casefold()) if name.split() else ""
    if any(s == compact or (len(s) >= 4 and s in compact) for s in sites):
        return True
    if len(parts := SITE_APART.split(name)) == 2 and any(len(p.split()) == 1 for p in parts) \
            and any(_publisher(p, site_names, host) for p in parts):
        return True  # the site's name and a place: "Valor — Rio" (of "Valor Econômico")
    if site_first_word(name, site_names) or any(news_word_off(s) == compact for s in site_names):
        return True
    return bool(label) and (label in (compact, first) or (
        len(label) >= 6 and compact.startswith(label)))
