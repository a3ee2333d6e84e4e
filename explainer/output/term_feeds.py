"""Feeds for following a story: one per glossary term, and the site's updates and corrections.

- ``glossary/<slug>/feed.xml``: the term's dated events and the explainers that mention it,
  newest first. An event's entry is dated with the event; an explainer's with its
  ``last_update``.
- ``updates.xml``: every update and every correction of every published explainer (drafts
  never), newest first, each linking to its place on the explainer's page.

Each holds its :data:`~explainer.output.atom.FEED_ENTRIES` newest entries. An entry's id is the
address of its place on the page it belongs to, named by :func:`dated_ids`:
``update-2024-12-08``, ``correction-2025-01-10``, ``event-2024-12-08``, with ``-2``, ``-3``
... for the second and third of one kind on one day, in the order they are written; so an
entry keeps its id from one build to the next. An event's entry links there (the term page's
timeline gives each event that id), and so does an update's or a correction's (the explainer
page gives its items those ids).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from explainer.content.history import dated_ids
from explainer.content.model import Correction, Event, TermSource
from explainer.content.updates import ShownUpdate
from explainer.glossary.boxes import human_date
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
from explainer.site.pages import ExplainerPage, Site, TermPage
from explainer.site.since import timeline

UPDATES = "updates.xml"


@dataclass(frozen=True)
class Entry:
    """One entry of a feed: the site URL that names it (with its fragment), and what it says."""

    url: str
    title: str
    updated: dt.date
    summary: str = ""
    html: str = ""  # the content, as HTML whose relative links start from ``url``
    published: dt.date | None = None
    link: str | None = None  # the site URL it links to, when not ``url``


def term_feed_file(page: TermPage) -> str:
    return f"{page.url}feed.xml"


def term_feed(site: Site, page: TermPage) -> bytes:
    """A term's feed: its events and the published explainers that mention it."""
    entries = newest([*_event_entries(page), *_mention_entries(page)])
    updated = max([page.term.as_of, *(e.updated for e in entries)])
    head = feed_head(site, term_feed_file(page), f"{page.term.name} · {site.config.title}",
                     updated, page.url, page.term.summary)
    return _feed(site, term_feed_file(page), head, entries)


def updates_feed(site: Site) -> bytes:
    """Every update and correction of the published explainers, newest first."""
    published = [p for p in site.explainers if not p.explainer.draft]
    entries = newest([entry for p in published for entry in _change_entries(p)])
    updated = max((e.updated for e in entries),
                  default=max((p.explainer.last_update for p in published), default=NO_DATE))
    head = feed_head(site, UPDATES, f"Updates and corrections · {site.config.title}", updated,
                     "", f"What has changed in the explainers of {site.config.title}, and "
                         "what they got wrong.")
    return _feed(site, UPDATES, head, entries)


def newest(entries: list[Entry]) -> list[Entry]:
    """The newest entries first (as listed, on the same day), at most FEED_ENTRIES."""
    return sorted(entries, key=lambda e: e.updated, reverse=True)[:FEED_ENTRIES]


def _feed(site: Site, file: str, head: list[str], entries: list[Entry]) -> bytes:
    return document([*head, *(line for e in entries for line in _entry(site, file, e))])


def _entry(site: Site, file: str, entry: Entry) -> list[str]:
    here = link_from(site, file, entry.link or entry.url)
    published = [] if entry.published is None else [
        f"<published>{stamp(entry.published)}</published>"]
    summary = [f"<summary>{escape(entry.summary)}</summary>"] if entry.summary else []
    base = quoteattr(link_from(site, file, entry.url.partition("#")[0]))
    content = [f'<content type="html" xml:base={base}>{escape(entry.html)}</content>'
               ] if entry.html else []
    return ["<entry>", f"<id>{escape(feed_id(site, entry.url))}</id>",
            f"<title>{escape(entry.title)}</title>", *published,
            f"<updated>{stamp(entry.updated)}</updated>",
            f'<link rel="alternate" type="text/html" href={quoteattr(here)}/>',
            *summary, *content, "</entry>"]


def _event_entries(page: TermPage) -> list[Entry]:
    """The term's events, linked to their items on its timeline (which names their ids)."""
    return [Entry(f"{page.url}#{item.id}", f"{page.term.name}, {human_date(item.event.date)}",
                  item.event.date, html=_event_html(item.event), published=item.event.date)
            for item in timeline(page.term)]


def _event_html(event: Event) -> str:
    source = f"<p>Source: {_source_html(event.source)}</p>" if event.source else ""
    return f"<p>{escape(event.text)}</p>{source}"


def _source_html(source: TermSource) -> str:
    publisher = f", {escape(source.publisher)}" if source.publisher else ""
    return f"<a href={quoteattr(source.url)}>{escape(source.title)}</a>{publisher}"


def _mention_entries(page: TermPage) -> list[Entry]:
    return [Entry(b.page.url, b.page.explainer.title, b.page.explainer.last_update,
                  summary=b.page.explainer.summary, published=b.page.explainer.date)
            for b in page.mentioned_in if not b.page.explainer.draft]


def _change_entries(page: ExplainerPage) -> list[Entry]:
    """An explainer's updates (their HTML as its page shows it) and corrections."""
    e = page.explainer
    updates = [Entry(f"{page.url}#{anchor}", f"Update: {e.title}", u.date,
                     html=_update_html(u), published=u.date)
               for u, anchor in zip(page.updates, dated_ids(page.updates, "update"), strict=True)]
    corrections = [Entry(f"{page.url}#{anchor}", f"Correction: {e.title}", c.date,
                         html=_correction_html(c), published=c.date)
                   for c, anchor in zip(e.corrections, dated_ids(e.corrections, "correction"),
                                        strict=True)]
    return updates + corrections


def _update_html(update: ShownUpdate) -> str:
    sources = "; ".join(_source_html(s) for s in update.sources)
    return update.html + (f"<p>Sources: {sources}</p>" if sources else "")


def _correction_html(correction: Correction) -> str:
    """As the page words it: what the explainer wrote, and what is in fact right."""
    return (f"<p>We wrote: “{escape(correction.wrong)}”</p>"
            f"<p>In fact: {escape(correction.right)}</p>")
