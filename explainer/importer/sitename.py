"""The site's name as it goes by with readers, for ``source.name``: its og:site_name, or the
name its address, its ``<title>`` and its copyright spell (a byline's publisher is never an
author: :mod:`bylines` gives it apart)."""

from __future__ import annotations

import html
import re

from explainer.importer.clean import (
    COMPANY,
    HOST_LIKE,
    SCHEME,
    SEPARATORS,
    letters,
    plain_letters,
    site_label,
)
from explainer.importer.metadata import PageMeta

SUFFIX_WORDS = 4  # a longer last part of a <title> is the headline's, not the site's name
HOST_ASIDE = re.compile(r"\s*\((?:www\.)?[\w-]+(?:\.[\w-]+)+/?\)$")  # " (www.dw.com)"


def site_name(meta: PageMeta, host: str = "") -> str | None:
    """The site's name as it goes by with readers: its og:site_name ("El País", not the
    company "Ediciones EL PAÍS S.L."), unless that is only its address ("DW.COM") or its
    letters run together ("nationalpost") and the page spells it otherwise; a name that is
    a company's ("Nature Publishing Group UK") or an address ("www.liberation.fr") only when
    there is no other; without an address after it ("Deutsche Welle (www.dw.com)"); the
    short last part of the page's <title> when it holds the name of the site's address ("…
    - Spektrum der Wissenschaft" on spektrum.de, "… - Libération" on liberation.fr) is
    another. A name that does not go with the site's address at all (Reuters's og:site_name
    "U.S.", its edition) gives way to the <title>'s last part when that names the address
    ("… - Reuters"), and one that is a part of the address before its name ("Hosted" on
    hosted.ap.org) to that name ("AP")."""
    name = _stated_site_name(meta, host)
    titled = _title_suffix(meta.html_title, host, opening=True)
    if name and titled and not HOST_LIKE.match(titled) and not _goes_with(name, host):
        return titled
    label = site_label(host)
    if name and not _goes_with(name, host) and \
            plain_letters(name) in host.casefold().split(".")[:-2]:
        return label.upper() if len(label) <= SHORT_LABEL else label.capitalize()  # "Hosted"
        # of hosted.ap.org, a part of the address, is "AP"
    return name


def _goes_with(name: str, host: str) -> bool:
    """Whether a site's name goes with its address: the address's name holds it or is held
    in it, one is the other's initials ("FAZ" for "Frankfurter Allgemeine Zeitung") or opens
    with them ("nytimes" for "The New York Times"), or is letters of it in order ("STZ" on
    stuttgarter-zeitung.de)."""
    label, spelled = site_label(host), plain_letters(name)
    initials = "".join(word[:1] for word in map(plain_letters, name.split())
                       if word and word not in SMALL_WORDS)  # "The New York Times": "nyt"
    return not label or not spelled or label in spelled or spelled in label or (
        initials.startswith(label)) or (len(initials) >= 2 and label.startswith(initials)) or (
        _abbreviates(spelled, label))


SHORT_LABEL = 4  # an address's name this short is initials: "ap", "bbc", "npr"
SMALL_WORDS = frozenset({"the", "of", "and", "a", "der", "die", "das", "le", "la", "les", "el"})


def _abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is some of ``long``'s letters in order, from its first."""
    rest = iter(long)
    return short[:1] == long[:1] and all(char in rest for char in short)


def _stated_site_name(meta: PageMeta, host: str) -> str | None:
    names = [_brand(n, host) for n in meta.site_names if n]
    shown = _brand(meta.shown_name, host)
    spelled = next((n for n in names if n != shown and letters(shown) in (
        letters(n), letters(n).removeprefix("the"))), None)
    if spelled and shown.islower():
        return spelled  # "National Post" for "nationalpost"
    names = [n for n in names if not (" " not in n and any(
        m != n and " " in m and letters(m) == letters(n) for m in names))]  # "sabreakingnews"
    if shown in names and not HOST_LIKE.match(shown):
        return shown
    plain = [n for n in names if not HOST_LIKE.match(n) and not COMPANY.search(n)]
    titled = _title_suffix(meta.html_title, host, opening=True)  # "Libération" for an
    return next(iter(plain), None) or (  # address ("www.liberation.fr")
        titled if titled and not HOST_LIKE.match(titled) else None) or next(
        iter(sorted(names, key=_as_written)), None) or _title_suffix(meta.html_title, host)


def _as_written(name: str) -> tuple[bool, bool]:
    """Of the site's addresses, the one written as its name first: in capitals ("TMZ.COM"),
    then without "www." ("tmz.com")."""
    return name == name.lower(), name.lower().startswith("www.")


TOP_LEVEL = re.compile(r"\.[a-z]{2,6}$", re.IGNORECASE)  # "Aktuálně.cz": the name and its domain
SLOGAN_WORDS = 3  # after a dash, as many words or more beside the site's name are a slogan


def _brand(name: str, host: str = "") -> str:
    """A site's name without its address after it, its company after a dash ("Freie
    Presse - Chemnitzer Verlag und Druck GmbH & Co. KG") or its slogan ("Raw Story -
    Celebrating 18 Years of Independent Journalism" on rawstory.com, "Aktuálně.cz - Víte, co
    se právě děje" on aktualne.cz)."""
    name = SCHEME.sub("", HOST_ASIDE.sub("", html.unescape(name)).strip()).rstrip("/")
    parts = [p for p in SEPARATORS.split(name) if p]
    if len(parts) < 2:
        return name
    rest = " ".join(parts[1:])
    if COMPANY.search(rest) and not COMPANY.search(parts[0]):
        return parts[0]
    label = site_label(host) if host else ""
    named = len(label) >= 3 and plain_letters(TOP_LEVEL.sub("", parts[0])) == label
    return parts[0] if named and len(rest.split()) >= SLOGAN_WORDS else name


def _title_suffix(title: str, host: str, opening: bool = False) -> str | None:
    """The <title>'s short last part, when it holds the name of the site's address ("Hamburger
    Abendblatt"); with ``opening``, when it opens with it ("Libération", "The Guardian"; not
    the headline's "la libération de Kherson")."""
    parts = SEPARATORS.split(title or "")
    last = parts[-1].strip() if len(parts) > 1 else ""
    label = site_label(host)
    spelled = plain_letters(last)
    named = spelled.removeprefix("the").startswith(label) if opening else label in spelled
    return last if 0 < len(last.split()) <= SUFFIX_WORDS and len(label) >= 3 and named else None
