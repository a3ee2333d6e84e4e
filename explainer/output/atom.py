"""What every Atom feed of the site (RFC 4287) is written with: escaping, ids, addresses,
dates, and the head a feed starts with.

With a ``base_url`` every id and link is a full address. Without one, ids are stable
``urn:uuid:`` names (the same content gives the same ids in every build) and links are
relative to the feed file, which feed readers resolve from where they fetched it.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from xml.sax.saxutils import escape as _escape
from xml.sax.saxutils import quoteattr as _quoteattr

from explainer.core.urls import relative
from explainer.site.pages import Site

NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # not allowed in XML 1.0
ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_ENTRIES = 50  # the most entries a feed holds: the newest
NO_DATE = dt.date(2000, 1, 1)  # a feed with nothing in it was last updated then


def escape(text: str) -> str:
    """Text for XML: escaped, without the control characters XML 1.0 forbids."""
    return _escape(NOT_XML.sub("", text))


def quoteattr(text: str) -> str:
    return _quoteattr(NOT_XML.sub("", text))


def link_from(site: Site, feed: str, url: str) -> str:
    """The href of a link in the feed at ``feed`` (a file in ``output/``) to a site URL (which
    may end in a ``#fragment``): a full address, else relative to the feed, naming the file."""
    if site.config.base_url:
        return site.config.base_url + url
    return relative(feed, url)


def feed_id(site: Site, url: str) -> str:
    """A stable id for a feed or an entry at a site URL (with its fragment, if any)."""
    if site.config.base_url:
        return site.config.base_url + url
    return uuid.uuid5(uuid.NAMESPACE_URL, f"explainer:{site.config.title}/{url}").urn


def stamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def feed_head(site: Site, file: str, title: str, updated: dt.date, page: str,
              subtitle: str = "", ident: str | None = None) -> list[str]:
    """A feed's opening lines: its id (from ``ident``, a site URL, else the feed's own),
    title, date, author, and its links to itself and to the ``page`` it follows."""
    config = site.config
    return [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="{ATOM_NS}" xml:lang={quoteattr(config.language)}>',
        f"<id>{escape(feed_id(site, file if ident is None else ident))}</id>",
        f"<title>{escape(title)}</title>",
        *([f"<subtitle>{escape(subtitle)}</subtitle>"] if subtitle else []),
        f"<updated>{stamp(updated)}</updated>",
        f"<author><name>{escape(config.author or config.title)}</name></author>",
        f'<link rel="self" type="application/atom+xml" href={_href(site, file, file)}/>',
        f'<link rel="alternate" type="text/html" href={_href(site, file, page)}/>',
        "<generator>Explainer</generator>",
    ]


def _href(site: Site, feed: str, url: str) -> str:
    return quoteattr(link_from(site, feed, url))


def document(lines: list[str]) -> bytes:
    """The feed's lines, closed, as UTF-8 bytes."""
    return ("\n".join([*lines, "</feed>"]) + "\n").encode("utf-8")

