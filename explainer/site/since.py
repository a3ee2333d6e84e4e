"""A term's timeline and an explainer's "What has happened since" block, from term events.

A term page lists its events oldest first, each with an id (``event-2024-12-08``, then
``event-2024-12-08-2`` for a second event that day) that other pages link to. An explainer
lists the events of the terms it mentions dated after its last update, newest first, at most
``since.limit`` of them (its own ``since:``, else the site's); an event written the same way
on two terms is listed once, linked to both. Events an editor marked ``seen:`` are still
shown: marking them seen only silences the freshness warning.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from explainer.content.history import dated_ids, newest_first
from explainer.content.model import Event, Explainer, SinceOptions, Term, TermSource


@dataclass(frozen=True)
class Entry:
    """An event on a term's timeline, with the id of its item on the term page."""

    id: str
    event: Event


@dataclass(frozen=True)
class Happened:
    """One event from the terms an explainer mentions (for "What has happened since" and the
    assembled timeline), and where to read more of it."""

    date: dt.date
    text: str
    source: TermSource | None
    links: tuple[tuple[Term, str], ...]  # each term whose timeline has it, with the event's id


@dataclass(frozen=True)
class Since:
    """The block: the events shown, newest first, and those left out by the cap."""

    after: dt.date  # the explainer's last update
    items: tuple[Happened, ...]
    more: int = 0  # how many more events there are
    more_terms: tuple[Term, ...] = ()  # the terms whose timelines hold them


def timeline(term: Term) -> list[Entry]:
    """The term's events oldest first (events of one day as written), each with its id."""
    events = sorted(term.events, key=lambda e: e.date)
    return [Entry(id, event) for id, event in zip(dated_ids(events, "event"), events, strict=True)]


def merged_events(terms: tuple[Term, ...], after: dt.date | None = None) -> list[Happened]:
    """The events of the terms (dated after ``after``, when given), oldest first; an event
    written the same way on two terms is listed once, linked to both (events of one day in
    the order the terms are first mentioned)."""
    merged: dict[tuple[dt.date, str], Happened] = {}
    for term in terms:
        for entry in timeline(term):
            event = entry.event
            if after is not None and event.date <= after:
                continue
            key = (event.date, " ".join(event.text.split()))
            known = merged.get(key)
            links = (*known.links, (term, entry.id)) if known else ((term, entry.id),)
            merged[key] = Happened(event.date, event.text,
                                   known.source if known and known.source else event.source,
                                   links)
    return sorted(merged.values(), key=lambda item: item.date)


def options_for(explainer: Explainer, site: SinceOptions) -> SinceOptions:
    """The explainer's own ``since:`` settings, else the site's."""
    return explainer.since or site


def what_since(explainer: Explainer, terms: tuple[Term, ...],
               site: SinceOptions) -> Since | None:
    """The block for an explainer mentioning ``terms`` (in order of first mention), or None
    when it is turned off, capped at 0, or when no event came after its last update."""
    options = options_for(explainer, site)
    after = explainer.last_update
    found = newest_first(tuple(merged_events(terms, after)))
    if not options.show or options.limit < 1 or not found:
        return None
    shown, rest = found[:options.limit], found[options.limit:]
    more_terms = dict.fromkeys(term for item in rest for term, _ in item.links)
    return Since(after, tuple(shown), len(rest), tuple(more_terms))
