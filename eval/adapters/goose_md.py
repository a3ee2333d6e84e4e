"""goose3 alone: PAGE.html OUT.md.

The body is goose3's cleaned text, one Markdown paragraph per block; title, byline (its
authors, joined with ", "), date, summary (the meta description) and source (the Open Graph
site name) come from its metadata. ``eval.compare --peers-python`` may run it in a venv of
its own, at another version than the importer's.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from goose3 import Goose

from eval.adapters.common import document, escape, run


def convert(raw: bytes) -> str:
    with Goose({"enable_image_fetching": False}) as goose:
        article = goose.extract(raw_html=raw.decode("utf-8", "replace"))
    text = article.cleaned_text or ""
    body = "\n\n".join(escape(block) for block in text.split("\n") if block.strip())
    date = article.publish_datetime_utc or article.publish_date
    date = date.date().isoformat() if hasattr(date, "date") else (str(date)[:10] if date
                                                                   else None)
    meta = {"title": article.title, "byline": ", ".join(article.authors or []), "date": date,
            "summary": article.meta_description,
            "source": (article.opengraph or {}).get("site_name")}
    return document(meta, body)


if __name__ == "__main__":
    sys.exit(run(convert))
