"""The value types of the content model (DESIGN.md §4): one frozen dataclass per kind of file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

Where = dict[str, tuple[int, int]]

TERM_KINDS = ("organisation", "person", "event", "document", "place", "concept")
LINK_POLICIES = ("first", "all", "none")
EXPLAINER_TYPES = ("explainer", "news", "analysis")
TIMELINE_SOURCES = ("events",)  # what ``timeline:`` in front matter may assemble a timeline from


@dataclass(frozen=True)
class GlossaryOptions:
    """Site-wide glossary settings (``glossary:`` in site.yml)."""

    link: str = "first"
    boxes: bool = True
    skip_quotes: bool = False
    max_age_days: int | None = None


@dataclass(frozen=True)
class GlossaryOverride:
    """An explainer's own glossary settings (``glossary:`` in its front matter)."""

    link: str | None = None
    boxes: bool | None = None
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True)
class Topic:
    """A topic's readable name and description (``topics:`` in site.yml), keyed by its slug."""

    slug: str
    title: str | None = None
    description: str = ""
    where: tuple[int, int] = field(default=(1, 1), compare=False)  # its key in site.yml


@dataclass(frozen=True)
class SinceOptions:
    """The "What has happened since" block: shown or not, and at most how many events."""

    show: bool = True
    limit: int = 5


@dataclass(frozen=True)
class Config:
    """Site settings from ``content/site.yml``."""

    path: Path
    title: str
    description: str = ""
    base_url: str = ""
    language: str = "en"
    author: str = ""
    glossary: GlossaryOptions = field(default_factory=GlossaryOptions)
    domain: str = ""  # a custom domain: written to CNAME
    embeds: tuple[str, ...] = ()  # hosts whose <iframe> embeds are allowed in bodies
    topics: tuple[Topic, ...] = ()  # the topics site.yml names, in its order
    per_page: int = 20  # explainers on each page of the home page and of a topic page
    since: SinceOptions = field(default_factory=SinceOptions)


@dataclass(frozen=True)
class Source:
    name: str
    url: str | None = None


@dataclass(frozen=True)
class Image:
    src: str | None = None
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None


@dataclass(frozen=True)
class TermSource:
    title: str
    url: str
    publisher: str | None = None


@dataclass(frozen=True)
class Update:
    """A dated update to an explainer: what has changed since it was published (Markdown)."""

    date: dt.date
    text: str
    sources: tuple[TermSource, ...] = ()
    line: int = field(default=1, compare=False)  # where its date is written


@dataclass(frozen=True)
class Correction:
    """A correction: what the explainer got wrong, and what is right."""

    date: dt.date
    wrong: str
    right: str
    line: int = field(default=1, compare=False)


@dataclass(frozen=True)
class Event:
    """A dated event in a glossary term's story: one sentence and its source."""

    date: dt.date
    text: str
    source: TermSource | None = None
    line: int = field(default=1, compare=False)


@dataclass(frozen=True)
class Explainer:
    """One explainer: validated front matter plus the Markdown body and where it starts."""

    slug: str
    path: Path
    title: str
    summary: str
    date: dt.date
    body: str
    body_line: int
    updated: dt.date | None = None
    dateline: str | None = None
    byline: tuple[str, ...] = ()
    source: Source | None = None
    image: Image | None = None
    tags: tuple[str, ...] = ()
    draft: bool = False
    pinned: bool = False  # leads the home page (the newest pinned one) instead of the newest
    language: str | None = None
    glossary: GlossaryOverride = field(default_factory=GlossaryOverride)
    type: str = "explainer"  # explainer | news | analysis
    updates: tuple[Update, ...] = ()  # as written; pages show them newest first
    corrections: tuple[Correction, ...] = ()
    since: SinceOptions | None = None  # None: the site's settings
    seen: dict[str, dt.date] = field(default_factory=dict, compare=False)  # term -> seen through
    key_players: bool = False
    timeline: str | None = None  # "events": a timeline from the events of its terms
    where: Where = field(default_factory=dict, compare=False)

    @property
    def last_update(self) -> dt.date:
        """The newest of its publication date, ``updated`` and its updates' dates."""
        return max([self.date, *([self.updated] if self.updated else []),
                    *(u.date for u in self.updates)])


@dataclass(frozen=True)
class Term:
    """One glossary term: its names, its short and long explanations and its sources."""

    slug: str
    path: Path
    name: str
    summary: str
    kind: str
    as_of: dt.date
    sources: tuple[TermSource, ...]
    body: str
    body_line: int
    aliases: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    events: tuple[Event, ...] = ()  # as written; timelines sort them by date
    where: Where = field(default_factory=dict, compare=False)

    @property
    def names(self) -> tuple[str, ...]:
        """The display name followed by every alias: each counts as a mention."""
        return (self.name, *self.aliases)
