"""The value an importer produces: what the article says, and nothing it does not."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ImportedArticle:
    title: str
    paragraphs: tuple[str, ...]
    summary: str | None = None
    date: dt.date | None = None
    dateline: str | None = None
    byline: tuple[str, ...] = ()
    source_name: str | None = None
    source_url: str | None = None
    image_caption: str | None = None
    image_credit: str | None = None
    image_src: str | None = None
    image_alt: str | None = None
    image_refs: tuple[str, ...] = ()  # where the page's lead picture is, until import saves it
    updated: dt.date | None = None
    language: str | None = None
    tags: tuple[str, ...] = ()
    markdown_body: bool = False  # the paragraphs are Markdown already (not plain text)
    notes: tuple[str, ...] = ()  # what the import left out and why, for its report
    gaps: tuple[str, ...] = ()  # of the notes, those that say the text may be incomplete
    credits: tuple[str, ...] = ()  # credit lines left out of the text ("With files from AP")
    confidence: Mapping[str, str] = field(default_factory=dict)  # field -> high, medium...

    def report(self) -> list[tuple[str, str | None]]:
        """(field, value or None when missing) for the import report."""
        return [
            ("title", self.title),
            ("summary", self.summary),
            ("date", self.date.isoformat() if self.date else None),
            ("updated", self.updated.isoformat() if self.updated else None),
            ("dateline", self.dateline),
            ("byline", ", ".join(self.byline) or None),
            ("source", self.source_name),
            ("source url", self.source_url),
            ("image caption", self.image_caption),
            ("image credit", self.image_credit),
            ("image", self.image_src or next(iter(self.image_refs), None)),
            ("image alt", self.image_alt),
            ("language", self.language),
            ("tags", ", ".join(self.tags) or None),
            ("body", f"{len(self.paragraphs)} paragraphs" if self.paragraphs else None),
        ]
