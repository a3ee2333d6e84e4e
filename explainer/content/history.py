"""How an explainer is kept current, as data: its updates and corrections, the dated events of
glossary terms, what a reader is told has happened since, and which events an editor has seen.

The front matter keys are declared here (for :mod:`explainer.content.loader`'s schemas) with the
functions that turn their checked values into the model's types.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from typing import Any, Protocol

from explainer.content.model import (
    EXPLAINER_TYPES,
    TIMELINE_SOURCES,
    Correction,
    Event,
    SinceOptions,
    TermSource,
    Update,
)
from explainer.content.schema import Key

Where = dict[str, tuple[int, int]]

SOURCE_FIELDS = {
    "title": Key("str", required=True, hint="name the page you cite: title: \"...\""),
    "url": Key("url", required=True, hint="give its web address: url: https://..."),
    "publisher": Key("str"),
}

TYPE_KEY = Key("enum", choices=EXPLAINER_TYPES,
               hint="type is one of: " + ", ".join(EXPLAINER_TYPES))
UPDATES_KEY = Key("list[map]", hint="write updates: [{date: 2024-12-08, text: \"What changed\"}]",
                  fields={
                      "date": Key("date", required=True,
                                  hint="add the date of the update: date: 2024-12-08"),
                      "text": Key("str", required=True,
                                  hint="say what has changed, in Markdown: text: \"...\""),
                      "sources": Key("list[map]", fields=SOURCE_FIELDS,
                                     hint="sources: [{title: ..., url: https://...}]"),
                  })
CORRECTIONS_KEY = Key("list[map]", hint="write corrections: [{date: 2026-11-30, wrong: \"...\", "
                                        "right: \"...\"}]",
                      fields={
                          "date": Key("date", required=True,
                                      hint="add the date of the correction: date: 2026-11-30"),
                          "wrong": Key("str", required=True,
                                       hint="say what the explainer got wrong: wrong: \"...\""),
                          "right": Key("str", required=True,
                                       hint="say what is right: right: \"...\""),
                      })
EVENTS_KEY = Key("list[map]", hint="write events: [{date: 2024-12-08, text: \"What happened\", "
                                   "source: {title: ..., url: https://...}}]",
                 fields={
                     "date": Key("date", required=True,
                                 hint="add the date of the event: date: 2024-12-08"),
                     "text": Key("str", required=True,
                                 hint="say what happened, in one sentence: text: \"...\""),
                     "source": Key("map", fields=SOURCE_FIELDS,
                                   hint="source: {title: ..., url: https://...}"),
                 })
SINCE_KEY = Key("map", hint="since: {show: true, limit: 5}", fields={
    "show": Key("bool", hint="show: false leaves the block out"),
    "limit": Key("int", hint="the most events the block lists, e.g. limit: 5"),
})
SEEN_KEY = Key("named[date]", hint="mark a term's events seen through a date: "
                                   "seen: {bashar-al-assad: 2025-12-18}")
KEY_PLAYERS_KEY = Key("bool", hint="key_players: true shows the people and organisations "
                                   "the explainer mentions")
TIMELINE_KEY = Key("enum", choices=TIMELINE_SOURCES,
                   hint="timeline: events shows the dated events of the terms it mentions")


def _line(where: Where, label: str) -> int:
    return where.get(label, (1, 1))[0]


def _source(values: dict[str, Any] | None) -> TermSource | None:
    return TermSource(**values) if values else None


def updates_from(values: list[dict[str, Any]], where: Where) -> tuple[Update, ...]:
    """The checked ``updates`` list as :class:`Update` values, each with its line."""
    return tuple(
        Update(date=u["date"], text=u["text"],
               sources=tuple(TermSource(**s) for s in u.get("sources", ())),
               line=_line(where, f"updates[{n}].date"))
        for n, u in enumerate(values, start=1) if "date" in u and "text" in u)


def corrections_from(values: list[dict[str, Any]], where: Where) -> tuple[Correction, ...]:
    return tuple(
        Correction(date=c["date"], wrong=c["wrong"], right=c["right"],
                   line=_line(where, f"corrections[{n}].date"))
        for n, c in enumerate(values, start=1) if {"date", "wrong", "right"} <= c.keys())


def events_from(values: list[dict[str, Any]], where: Where) -> tuple[Event, ...]:
    return tuple(
        Event(date=e["date"], text=e["text"], source=_source(e.get("source")),
              line=_line(where, f"events[{n}].date"))
        for n, e in enumerate(values, start=1) if "date" in e and "text" in e)


def since_from(values: dict[str, Any] | None, default: SinceOptions | None) -> SinceOptions | None:
    """The block's settings: the keys written over ``default`` (None when none are written)."""
    if values is None:
        return default
    base = default or SinceOptions()
    return SinceOptions(show=values.get("show", base.show),
                        limit=values.get("limit", base.limit))


def newest_first(items: tuple[Any, ...]) -> list[Any]:
    """Updates, corrections or events by date, newest first (as written on the same day)."""
    return sorted(items, key=lambda item: item.date, reverse=True)


def unseen_events(events: tuple[Event, ...], after: dt.date,
                  seen: dt.date | None) -> list[Event]:
    """A term's events after ``after`` (an explainer's last update) not marked seen."""
    through = max(after, seen) if seen else after
    return [event for event in events if event.date > through]


class Dated(Protocol):
    @property
    def date(self) -> dt.date: ...


def dated_ids(items: Iterable[Dated], prefix: str) -> list[str]:
    """Each item's fragment id, in the order given: ``<prefix>-YYYY-MM-DD``, and ``-2``,
    ``-3`` ... after it for the second, third ... item of the same day (updates, corrections
    and term events: the ids pages give them and feeds link to)."""
    seen: Counter[dt.date] = Counter()
    ids = []
    for item in items:
        seen[item.date] += 1
        n = seen[item.date]
        ids.append(f"{prefix}-{item.date.isoformat()}" + (f"-{n}" if n > 1 else ""))
    return ids
