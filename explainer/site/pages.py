"""The gathered site as the layouts read it: its explainers' and terms' pages with their URLs,
tags, backlinks and related terms (made by :func:`explainer.site.gather.gather`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from explainer.content.model import Config, Explainer, Term
from explainer.content.updates import ShownUpdate
from explainer.core.urls import tag_url
from explainer.glossary.terms import Glossary
from explainer.site.since import Since


@dataclass(frozen=True)
class Tag:
    slug: str
    name: str  # readable: the topic's title in site.yml, the editor's spelling or the slug's
    description: str = ""  # from site.yml

    @property
    def url(self) -> str:
        return tag_url(self.slug)


class StoredText(Protocol):
    """Text kept outside the build's memory (see :mod:`explainer.pipeline.spill`)."""

    def read(self) -> str: ...


@dataclass(frozen=True)
class ExplainerPage:
    explainer: Explainer
    url: str
    body: str | StoredText  # the rendered body, or where the build keeps it (body_html reads it)
    terms: tuple[Term, ...]  # in order of first mention
    tags: tuple[Tag, ...]
    sentences: Mapping[str, str]  # slug -> the sentence of the term's first mention
    boxes: bool = False  # whether the body shows a box for each term (so no key-terms list)
    updates: tuple[ShownUpdate, ...] = ()  # newest first (see explainer.content.updates)
    updates_at: int | None = None  # where [[updates]] was in body_html; None: above the body
    since: Since | None = None  # "What has happened since" (see explainer.site.since)

    @property
    def body_html(self) -> str:
        return self.body if isinstance(self.body, str) else self.body.read()


@dataclass(frozen=True)
class Backlink:
    page: ExplainerPage
    sentence: str


@dataclass(frozen=True)
class TermPage:
    term: Term
    url: str
    body_html: str
    related: tuple[Term, ...]
    mentioned_in: tuple[Backlink, ...]


@dataclass(frozen=True)
class TagPage:
    tag: Tag
    explainers: tuple[ExplainerPage, ...]


@dataclass(frozen=True)
class Letter:
    letter: str
    terms: tuple[TermPage, ...]


@dataclass(frozen=True)
class Site:
    config: Config
    explainers: tuple[ExplainerPage, ...]  # newest first
    terms: tuple[TermPage, ...]  # A to Z
    tags: tuple[TagPage, ...]  # by name
    letters: tuple[Letter, ...]
    glossary: Glossary
    drafts_left_out: int = 0  # explainers with draft: true, built without --drafts
