"""The ``import`` command: a file, a folder or a URL in; explainer drafts out; a report."""

from __future__ import annotations

import argparse
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from explainer.console import QUIET, VERBOSE, Console, level_of
from explainer.diagnostics import display_path
from explainer.importer.article import ImportedArticle
from explainer.importer.decode import decode_page
from explainer.importer.emit import to_markdown
from explainer.importer.html import parse_html
from explainer.importer.suggest import scaffold_terms, suggestions
from explainer.importer.text import parse_text
from explainer.urls import slugify

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
TEXT_SUFFIXES = (".txt", ".text", ".md", "")
FETCH_TIMEOUT = 20


class ImportFailed(Exception):
    """A reason the input cannot be imported, for the user."""


@dataclass(frozen=True)
class Outcome:
    source: str
    article: ImportedArticle | None
    target: Path | None
    status: str


def fetch(url: str, timeout: float = FETCH_TIMEOUT) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "Explainer-importer/0.1"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.read()
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ImportFailed(f"cannot fetch {url}: {reason} (are you offline? save the page "
                           "and import the file instead)") from None


def looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in data[:65536]


def read_article(source: str, args: argparse.Namespace) -> ImportedArticle:
    if source.startswith(("http://", "https://")):
        data, url, html = fetch(source), args.url or source, True
    else:
        path = Path(source)
        if not path.is_file():
            raise ImportFailed("no such file")
        data, url = path.read_bytes(), args.url
        html = path.suffix.lower() in HTML_SUFFIXES or (
            path.suffix.lower() not in TEXT_SUFFIXES and looks_like_html(data))
    if b"\0" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFailed("it is not a web page or a text file")
    page = decode_page(data)
    try:
        if html:
            article = parse_html(page, url=url, date=args.date, source=args.source)
        else:
            article = parse_text(page, date=args.date, source=args.source, url=url)
    except ValueError as exc:
        raise ImportFailed(str(exc)) from None
    if not article.title or not article.paragraphs:
        raise ImportFailed("no article text was found in it")
    return article


def report(article: ImportedArticle, target: Path, dry_run: bool, content: Path,
           console: Console) -> None:
    """What the import found and what is missing, on stderr (stdout may carry the file)."""
    say = console.note
    say(f"{'Would write' if dry_run else 'Importing into'} {display_path(target)}:")
    for name, value in article.report():
        shown = value if value is None or len(value) <= 60 else value[:57] + "..."
        say(f"  {name:<14} {shown if value else 'missing'}")
    if article.date is None:
        say("  note: the article gives no date, so none was set; add 'date: YYYY-MM-DD' "
            "(or import with --date) before building")
    known, candidates = suggestions(article, content)
    if known:
        say(f"  glossary terms it mentions: {', '.join(known)}")
    if candidates:
        say(f"  candidate new terms: {', '.join(candidates[:15])}"
            + (" ..." if len(candidates) > 15 else ""))
        say("  (scaffold some with --new-terms \"Name, Other name\" or --new-terms all)")


def import_one(source: str, args: argparse.Namespace, console: Console,
               target: Path | None = None) -> Outcome:
    try:
        article = read_article(source, args)
    except ImportFailed as exc:
        console.error(f"{source}: error: cannot import: {exc}")
        return Outcome(source, None, None, "failed")
    target = target or args.content / "explainers" / f"{slugify(article.title) or 'article'}.md"
    markdown = to_markdown(article)
    report(article, target, args.dry_run, args.content, console)
    if args.dry_run:
        sys.stdout.write(markdown)
        return Outcome(source, article, target, "dry run")
    if target.exists() and not args.force:
        console.error(f"{display_path(target)}: error: the file exists; nothing was written\n"
                      "  hint: pass --force to overwrite it, or --output to write elsewhere")
        return Outcome(source, article, target, "exists")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(markdown, encoding="utf-8")
    console.note(f"Wrote {display_path(target)}")
    if args.new_terms:
        for path in scaffold_terms(article, args.content, args.new_terms, args.force):
            console.note(f"Wrote {display_path(path)} (fill in its summary, body and sources)")
    return Outcome(source, article, target, "written")


def import_folder(folder: Path, args: argparse.Namespace, console: Console) -> list[Outcome]:
    """Every page and text file of a folder; one report each with -v, then a table."""
    files = sorted(p for p in folder.rglob("*")
                   if p.is_file() and p.suffix.lower() in (*HTML_SUFFIXES, ".txt"))
    progress = console.progress()
    # each file's report only with -v; the progress line is erased before anything prints
    each = Console(console.level if console.level == VERBOSE else QUIET, console.out,
                   console.err, progress)
    progress.stage("Importing", len(files))
    outcomes = []
    for path in files:
        outcomes.append(import_one(str(path), args, each))
        progress.advance()
    progress.done()
    for line in table(outcomes):
        console.info(line)
    return outcomes


def table(outcomes: list[Outcome]) -> list[str]:
    lines = [f"\n{'file':<40} {'status':<8} {'date':<10} {'byline':<20} title"]
    for o in outcomes:
        a = o.article
        date = a.date.isoformat() if a and a.date else "-"
        byline = (", ".join(a.byline) if a and a.byline else "-")[:20]
        title = (a.title if a else "-")[:50]
        lines.append(f"{Path(o.source).name[:40]:<40} {o.status:<8} {date:<10} {byline:<20} "
                     f"{title}")
    written = sum(o.status == "written" for o in outcomes)
    lines.append(f"{len(outcomes)} files: {written} written, "
                 f"{sum(o.status == 'failed' for o in outcomes)} failed, "
                 f"{sum(o.status == 'exists' for o in outcomes)} left alone (exist)")
    return lines


def run_import(args: argparse.Namespace) -> int:
    console = Console(level_of(args.quiet, args.verbose))
    source = str(args.file)
    if Path(source).is_dir():
        outcomes = import_folder(Path(source), args, console)
        return 0 if all(o.status in ("written", "dry run") for o in outcomes) else 1
    outcome = import_one(source, args, console, args.output)
    return 0 if outcome.status in ("written", "dry run") else 1
