"""readability-lxml alone: PAGE.html OUT.md.

The body is Readability's article HTML as Markdown paragraphs and headings; the title is its
short_title(). readability-lxml reads no byline, date or summary, so none are written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from readability import Document

from eval.adapters.common import document, html_to_markdown, run


def convert(raw: bytes) -> str:
    doc = Document(raw.decode("utf-8", "replace"))
    body = html_to_markdown(doc.summary(html_partial=True))
    return document({"title": doc.short_title()}, body)


if __name__ == "__main__":
    sys.exit(run(convert))
