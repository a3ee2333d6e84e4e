"""The value types of the content model (DESIGN.md §4): one frozen dataclass per kind of file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

Where = dict[str, tuple[int, int]]

TERM_KINDS = ("organisation", "person", "event", "document", "place", "concept")
LINK_POLICIES = ("first", "all", "none")


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
    where: Where = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class TermSource:
    title: str
    url: str
    publisher: str | None = None


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
    where: Where = field(default_factory=dict, compare=False)

    @property
    def names(self) -> tuple[str, ...]:
        """The display name followed by every alias: each counts as a mention."""
        return (self.name, *self.aliases)
