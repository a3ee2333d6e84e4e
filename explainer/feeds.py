"""The files for feed readers, search engines and the host: ``feed.xml`` (Atom, RFC 4287),
``sitemap.xml``, ``robots.txt``, ``CNAME`` and ``.nojekyll``.

Feeds and sitemaps need full addresses. With a ``base_url`` (``site.yml``, ``domain`` or
``--base-url``) every id and location is absolute; without one the feed's ids are stable
``urn:uuid:`` names and its links are relative to the feed (which readers resolve), and no
sitemap is written, since a sitemap may hold only full addresses.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Sequence
from xml.sax.saxutils import escape as _escape
from xml.sax.saxutils import quoteattr as _quoteattr

from explainer.pagination import front_page_order, paginate
from explainer.site import ExplainerPage, Site
from explainer.urls import file_of

NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # not allowed in XML 1.0


def escape(text: str) -> str:
    """Text for XML: escaped, without the control characters XML 1.0 forbids."""
    return _escape(NOT_XML.sub("", text))


def quoteattr(text: str) -> str:
    return _quoteattr(NOT_XML.sub("", text))


FEED = "feed.xml"
SITEMAP = "sitemap.xml"
FEED_ENTRIES = 50  # the newest explainers, with their whole text
ATOM_NS = "http://www.w3.org/2005/Atom"


def site_files(site: Site) -> dict[str, bytes]:
    """Every file of this module for the site, keyed by its path in ``output/``."""
    files = {FEED: atom(site), "robots.txt": robots(site), ".nojekyll": b""}
    if site.config.base_url:
        files[SITEMAP] = sitemap(site)
    if site.config.domain:
        files["CNAME"] = f"{site.config.domain}\n".encode()
    return files


def address(site: Site, url: str) -> str:
    """A page's full address with a base URL, else its path relative to the site root."""
    return site.config.base_url + url if site.config.base_url else url or "./"


def _id(site: Site, url: str) -> str:
    if site.config.base_url:
        return site.config.base_url + url
    return uuid.uuid5(uuid.NAMESPACE_URL, f"explainer:{site.config.title}/{url}").urn


def _stamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _changed(page: ExplainerPage) -> dt.date:
    return page.explainer.updated or page.explainer.date


def atom(site: Site) -> bytes:
    """The newest explainers as an Atom feed, each with its summary and whole text."""
    config = site.config
    entries = site.explainers[:FEED_ENTRIES]
    updated = max((_changed(p) for p in entries), default=dt.date(2000, 1, 1))
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="{ATOM_NS}" xml:lang={quoteattr(config.language)}>',
        f"<id>{escape(_id(site, ''))}</id>",
        f"<title>{escape(config.title)}</title>",
        *([f"<subtitle>{escape(config.description)}</subtitle>"] if config.description else []),
        f"<updated>{_stamp(updated)}</updated>",
        f"<author><name>{escape(config.author or config.title)}</name></author>",
        f'<link rel="self" type="application/atom+xml" href={quoteattr(address(site, FEED))}/>',
        f'<link rel="alternate" type="text/html" href={quoteattr(address(site, ""))}/>',
        "<generator>Explainer</generator>",
        *(line for page in entries for line in _entry(site, page)),
        "</feed>",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _entry(site: Site, page: ExplainerPage) -> list[str]:
    e = page.explainer
    here = address(site, page.url if site.config.base_url else file_of(page.url))
    authors = [f"<author><name>{escape(name)}</name></author>" for name in e.byline]
    return [
        "<entry>",
        f"<id>{escape(_id(site, page.url))}</id>",
        f"<title>{escape(e.title)}</title>",
        f"<published>{_stamp(e.date)}</published>",
        f"<updated>{_stamp(_changed(page))}</updated>",
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
    pages += [(p.url, p.term.as_of) for p in site.terms]
    for tag in site.tags:
        pages += _list_pages(site, tag.explainers, tag.tag.url)
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for url, lastmod in pages:
        stamp = f"<lastmod>{lastmod.isoformat()}</lastmod>" if lastmod else ""
        lines.append(f"<url><loc>{escape(site.config.base_url + url)}</loc>{stamp}</url>")
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
