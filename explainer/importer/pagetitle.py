"""The article's headline among the titles a page gives: trafilatura's reading of it, kept
only where the page's own titles say it too, and the ``<h1>`` the page shows over a meta
title worded for search or social media."""

from __future__ import annotations

from explainer.importer.clean import casefolded, strip_site
from explainer.importer.metadata import PageMeta


def trafilatura_title(title: str | None, meta: PageMeta, host: str) -> str | None:
    """trafilatura's title as the page states it: not a stray line, without a signature
    read with its ``<h1>``, and not the site's part of the ``<title>``."""
    title = _unsigned(_said_elsewhere(title, meta), meta)
    return None if title and _site_part(title, meta, host) else title


def _said_elsewhere(title: str | None, meta: PageMeta) -> str | None:
    """trafilatura's title, unless the page's own titles (meta titles, <title>, headline,
    <h1>) all leave it out: then it is a stray line of the page ("Get Slate in your inbox.").
    Said by an <h1> alone, it is a stray line too when the meta titles are another <h1>'s
    words (a "Follow us on Twitter" box after the headline)."""
    mine = casefolded(title or "")
    stated = [casefolded(t) for t in [*meta.titles, meta.html_title, *meta.headlines] if t]
    shown = [casefolded(h) for h in meta.h1 if h]
    if not mine or not stated + shown or _holds(mine, stated):
        return title
    if not _holds(mine, shown):
        return None
    headline = {casefolded(t) for t in meta.titles if t} & set(shown)
    return None if headline else title


def _site_part(title: str, meta: PageMeta, host: str) -> bool:
    """Whether trafilatura's title is the part of the ``<title>`` that names the site
    ("Little Haddon Village News" of "Little Haddon Village News - Village hall …")."""
    kept = strip_site(meta.html_title, meta.site_names, host)
    mine = casefolded(title)
    return kept != meta.html_title.strip() and mine in casefolded(meta.html_title) and \
        mine not in casefolded(kept)


def _holds(mine: str, texts: list[str]) -> bool:
    return any(mine in t or t in mine for t in texts)


def _unsigned(title: str | None, meta: PageMeta) -> str | None:
    """trafilatura's title read from an ``<h1>`` whose last line signs it ("… 編集委員
    中沢克二"): the headline without it."""
    if title and meta.signed_h1:
        for h1 in meta.h1:
            rest = " ".join(title.split())[len(h1):]
            if " ".join(title.split()).startswith(h1) and meta.signed_h1[0] in rest:
                return h1
    return title


def headline_h1(meta: PageMeta, title: str) -> str:
    """The headline the page shows wins over a meta title worded differently (when neither
    holds the other, so not a kicker or a "The" apart): the one visible <h1> marked
    ``itemprop="headline"``, or else the one <h1> outside menus and breadcrumbs that is word
    for word the first JSON-LD headline (two of the page's statements agree on what it shows;
    the meta title is often written for search or social media); on a page that shows no
    <h1> (its only one in the breadcrumb trail), the one <h2> that is."""
    headlines = {casefolded(h) for h in meta.headlines[:1]}  # the page's own, not a related
    # story's (an ItemList's, a @graph's later articles)
    shown = meta.headline_h1 or [*dict.fromkeys(
        h for h in meta.shown_h1 or meta.shown_h2 if casefolded(h) in headlines)]
    if len(shown) == 1:
        h1, chosen = casefolded(shown[0]), casefolded(title)
        if h1 and chosen and h1 not in chosen and chosen not in h1:
            return shown[0]
    return title


def shown_part(title: str, meta: PageMeta) -> str:
    """On a page without ``<h1>``, the headline it shows in bold when the title holds it and
    more, at its start or its end: a site's name set before it with no mark between."""
    shown = meta.shown_headline
    if shown and len(shown) < len(title) and (title.startswith(shown) or title.endswith(shown)):
        return shown
    return title
