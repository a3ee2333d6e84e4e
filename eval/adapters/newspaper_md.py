"""newspaper4k alone: PAGE.html OUT.md.

The body is newspaper4k's article text, one Markdown paragraph per block; title, byline
(its authors, joined with ", "), date, summary (the meta description) and source (the
Open Graph site name) come from its metadata. ``eval.compare --peers-python`` may run it in
a venv of its own, with its extras for Japanese, Chinese, Korean and Thai text.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

warnings.filterwarnings("ignore")  # "nltk is not installed": its summaries are not used

from newspaper import Article  # noqa: E402

from eval.adapters.common import document, escape, run  # noqa: E402


def convert(raw: bytes) -> str:
    article = Article("https://example.invalid/", fetch_images=False)
    article.download(input_html=raw.decode("utf-8", "replace"))
    article.parse()
    body = "\n\n".join(escape(block) for block in article.text.split("\n") if block.strip())
    date = article.publish_date.date().isoformat() if article.publish_date else None
    site = article.meta_data.get("og", {}) if isinstance(article.meta_data, dict) else {}
    meta = {"title": article.title, "byline": ", ".join(article.authors), "date": date,
            "summary": article.meta_description,
            "source": site.get("site_name") if isinstance(site, dict) else None}
    return document(meta, body)


if __name__ == "__main__":
    sys.exit(run(convert))
