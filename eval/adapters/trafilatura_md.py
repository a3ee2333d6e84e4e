"""trafilatura alone (default settings, comments left out): PAGE.html OUT.md.

The body is trafilatura's own Markdown; title, byline, date, summary (description) and source
(sitename) come from its metadata.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import trafilatura

from eval.adapters.common import document, run


def convert(raw: bytes) -> str:
    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    body = trafilatura.extract(raw, output_format="markdown", include_comments=False) or ""
    if doc is None:
        return document({}, body)
    meta = {"title": doc.title, "byline": doc.author, "date": doc.date,
            "summary": doc.description, "source": doc.sitename}
    return document(meta, body)


if __name__ == "__main__":
    sys.exit(run(convert))
