"""The files for feed readers, search engines and the host: ``feed.xml`` (Atom, RFC 4287),
a feed per glossary term and ``updates.xml`` (see :mod:`explainer.output.term_feeds`),
``sitemap.xml``, ``robots.txt``, ``CNAME`` and ``.nojekyll``.

Feeds and sitemaps need full addresses. With a ``base_url`` (``site.yml``, ``domain`` or
``--base-url``) every id and location is absolute; without one the feeds' ids are stable
``urn:uuid:`` names and their links are relative to the feed (which readers resolve), and no
sitemap is written, since a sitemap may hold only full addresses.

An explainer changed on its ``last_update`` (the newest of its date, ``updated`` and its
updates); a term page on the newer of its ``as_of`` and its newest event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from explainer.output.atom import (
    FEED_ENTRIES,
    NO_DATE,
    document,
    escape,
    feed_head,
    feed_id,
    link_from,
    quoteattr,
    stamp,
)
from explainer.output.pagination import front_page_order, paginate
from explainer.site.pages import ExplainerPage, Site, TermPage

FEED = "feed.xml"
SITEMAP = "sitemap.xml"


def _changed(page: ExplainerPage) -> dt.date:
    return page.explainer.last_update


def term_changed(page: TermPage) -> dt.date:
    """When a term page last changed: its ``as_of``, or its newest event when that is newer."""
    return max([page.term.as_of, *(e.date for e in page.term.events)])


def atom(site: Site) -> bytes:
    """The newest explainers as an Atom feed, each with its summary and whole text."""
    entries = site.explainers[:FEED_ENTRIES]
    updated = max((_changed(p) for p in entries), default=NO_DATE)
    head = feed_head(site, FEED, site.config.title, updated, "", site.config.description,
                     ident="")
    return document([*head, *(line for page in entries for line in _entry(site, page))])


def _entry(site: Site, page: ExplainerPage) -> list[str]:
    e = page.explainer
    here = link_from(site, FEED, page.url)
    authors = [f"<author><name>{escape(name)}</name></author>" for name in e.byline]
    return [
        "<entry>",
        f"<id>{escape(feed_id(site, page.url))}</id>",
        f"<title>{escape(e.title)}</title>",
        f"<published>{stamp(e.date)}</published>",
        f"<updated>{stamp(_changed(page))}</updated>",
        *authors,
        f'<link rel="alternate" type="text/html" href={quoteattr(here)}/>',
        *(f"<category term={quoteattr(tag.slug)} label={quoteattr(tag.name)}/>"
          for tag in page.tags),
        f"<summary>{escape(e.summary)}</summary>",
        # the body's links are relative to its page: the content says where that is
        f'<content type="html" xml:base={quoteattr(here)}>{escape(page.body_html)}</content>',
        "</entry>",
    ]


def sitemap(site: Site) -> bytes:
    """Every page but the 404 page, with ``lastmod`` where the content says when it changed."""
    pages = _list_pages(site, front_page_order(site.explainers), "")
    pages += [("glossary/", None), ("tags/", None)]
    pages += [(p.url, _changed(p)) for p in site.explainers]
    pages += [(p.url, term_changed(p)) for p in site.terms]
    for tag in site.tags:
        pages += _list_pages(site, tag.explainers, tag.tag.url)
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for url, lastmod in pages:
        mod = f"<lastmod>{lastmod.isoformat()}</lastmod>" if lastmod else ""
        lines.append(f"<url><loc>{escape(site.config.base_url + url)}</loc>{mod}</url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _list_pages(site: Site, explainers: Sequence[ExplainerPage],
                first: str) -> list[tuple[str, dt.date | None]]:
    """Each page of a list, changed when the newest change among its explainers was."""
    return [(pager.url, max((_changed(p) for p in items), default=None))
            for items, pager in paginate(explainers, site.config.per_page, first)]


def robots(site: Site) -> bytes:
    """Everything may be crawled; the sitemap is named when there is one."""
    text = "User-agent: *\nAllow: /\n"
    if site.config.base_url:
        text += f"\nSitemap: {site.config.base_url}{SITEMAP}\n"
    return text.encode()
