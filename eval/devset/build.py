"""Rebuild the development set's pages and answers in the scorer's layout.

    python -m eval.devset [--out .cache/devset] [--mirrors DIR] [--split fit report]

writes OUT/pages/<id>.html (the page as stored upstream, checked against its SHA-1) and, per
half, OUT/<half>/article-extraction-benchmark/<id>/ (full bodies) and
OUT/<half>/trafilatura/<id>/ (title, date, byline, summary and body-start snippets), the
layout that ../shared/eval/score_import.py reads. relabel.json is applied on the way.

Beside each full body's page goes scrape.html-text.txt, the whole page as plain text the way
the shared corpus's dumps were made (the html-text package's ``extract_text`` with its
defaults, which gives those ten dumps byte for byte), when html-text is installed
(``pip install html-text``): the pages for measuring an import of copied text.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import re
import shutil
import sys
from pathlib import Path

from eval.devset import PAGES, RELABEL
from eval.devset.answers import READERS, read_html
from eval.devset.repos import Repos
from explainer.importer.decode import decode_page

AEB, TRAF = "article-extraction-benchmark", "trafilatura"
DUMP = "scrape.html-text.txt"


def load_pages(path: Path = PAGES) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def relabel(page_id: str, answers: dict, corrections: dict) -> dict:
    """Our hand corrections replace the upstream author and date answers."""
    if page_id in corrections["authors"]:
        answers["authors"] = corrections["authors"][page_id]["author"]
    if page_id in corrections["dates"]:
        answers["date"] = corrections["dates"][page_id]["date"]
    return answers


def norm_ws(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def visible_text(raw: bytes) -> str:
    """Rough visible text, only to test whether a body snippet is written in the page."""
    text = raw.decode("utf-8", "replace")
    text = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", text)
    return norm_ws(html.unescape(re.sub(r"(?s)<[^>]+>", " ", text)))


def metadata(page: dict, answers: dict, raw: bytes) -> dict:
    """expected.json for the trafilatura layout: a missing key means 'not annotated'."""
    meta = {"url": page["url"] or ""}
    for key, name in (("title", "title"), ("date", "date"), ("summary", "description")):
        if answers.get(key):
            meta[name] = answers[key]
    if answers.get("authors") is not None:
        meta["author"] = answers["authors"]
    body = answers.get("body")
    snippets = []
    if body and page["body_kind"] in ("prefix", "first_words") and \
            norm_ws(body)[:40] in visible_text(raw):
        snippets = [p for p in body.split("\n\n") if p.strip()][:3]
    meta["with"], meta["without"] = snippets, []
    return meta


def write_page(root: Path, page: dict, answers: dict, source: Path) -> None:
    """Lay one page out under root/<collection>/<id>/ (source.html is a hard link)."""
    raw = source.read_bytes()
    if answers.get("body") and page["body_kind"] == "full":
        _write(root / AEB / page["id"], source,
               {"id": page["id"], "url": page["url"] or "", "articleBody": answers["body"]})
        if (dump := page_dump(raw)) is not None:
            (root / AEB / page["id"] / DUMP).write_text(dump, encoding="utf-8")
    meta = metadata(page, answers, raw)
    if len(meta) > 3 or meta["with"]:
        _write(root / TRAF / page["id"], source, meta)


def page_dump(raw: bytes) -> str | None:
    """The page as plain text, as html-text makes it; None when html-text is missing."""
    try:
        import html_text
    except ImportError:
        return None
    return html_text.extract_text(decode_page(raw))


def _write(folder: Path, source: Path, expected: dict) -> None:
    folder.mkdir(parents=True)
    try:
        os.link(source, folder / "source.html")
    except OSError:
        shutil.copyfile(source, folder / "source.html")
    (folder / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1),
                                          encoding="utf-8")


def fetch_page(repos: Repos, page: dict, pages_dir: Path) -> tuple[Path, dict]:
    """The page's HTML (saved once, checked against its SHA-1) and its upstream answers."""
    target = pages_dir / f"{page['id']}.html"
    if not target.is_file() or _sha1(target.read_bytes()) != page["html_sha1"]:
        raw = read_html(repos, page)
        if _sha1(raw) != page["html_sha1"]:
            raise SystemExit(f"{page['id']}: the upstream page differs from the pinned one")
        target.write_bytes(raw)
    answers = READERS[page["source"]](repos, page)
    answers = {k: (v if v != "" or k == "authors" else None) for k, v in answers.items()}
    return target, answers


def _sha1(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def build(out: Path, repos: Repos, halves: list[str]) -> dict[str, int]:
    corrections = json.loads(RELABEL.read_text(encoding="utf-8"))
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    wanted = [page for page in load_pages() if page["split"] in halves]
    fetched = [fetch_page(repos, page, pages_dir) for page in wanted]  # all of them before
    for half in halves:  # the halves built last time go: a clone that fails leaves them
        shutil.rmtree(out / half, ignore_errors=True)
    counts = dict.fromkeys(halves, 0)
    for page, (source, answers) in zip(wanted, fetched, strict=True):
        write_page(out / page["split"], page, relabel(page["id"], answers, corrections), source)
        counts[page["split"]] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=Path(".cache/devset"),
                    help="where pages and answers go (default .cache/devset)")
    ap.add_argument("--mirrors", type=Path,
                    help="read bare mirrors DIR/<owner>+<name>[/repo] instead of cloning GitHub")
    ap.add_argument("--split", nargs="+", choices=["fit", "report"], default=["fit", "report"])
    args = ap.parse_args(argv)
    counts = build(args.out, Repos(args.out, args.mirrors), args.split)
    if page_dump(b"") is None:
        print("note: html-text is not installed, so the pages have no plain-text dumps "
              "(pip install html-text)")
    for half, n in counts.items():
        print(f"{half}: {n} pages in {args.out / half}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
