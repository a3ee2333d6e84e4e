"""The ``import`` command: a file, a folder or a URL in; explainer drafts out; a report."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from explainer.content.loader import SLUG
from explainer.content.scaffold import slug_problem
from explainer.core.console import QUIET, VERBOSE, Console, level_of
from explainer.core.diagnostics import Diagnostics, display_path
from explainer.core.pool import mapped, workers
from explainer.core.spec import EXPLAINERS
from explainer.core.urls import slugify
from explainer.importer.article import ImportedArticle
from explainer.importer.bounds import option_problem, page_problem
from explainer.importer.decode import decode_page
from explainer.importer.download import FetchFailed, fetch, size
from explainer.importer.emit import date_place, to_markdown
from explainer.importer.picture import save_picture
from explainer.importer.suggest import scaffold_terms, suggestions
from explainer.importer.text import parse_text
from explainer.importer.writing import WriteFailed, not_regular, print_file, write_whole

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
TEXT_SUFFIXES = (".txt", ".text", ".md", "")
MAX_FILE_BYTES = 50 * 2**20  # a saved page with its pictures inlined fits; a disk image does not
_ARGS: dict[str, argparse.Namespace] = {}  # a folder import's options, for its readers


class ImportFailed(Exception):
    """A reason the input cannot be imported, for the user."""


@dataclass(frozen=True)
class Outcome:
    source: str
    article: ImportedArticle | None
    target: Path | None
    status: str


def looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in data[:65536]


def read_source(source: str, args: argparse.Namespace) -> tuple[bytes, str | None, bool]:
    """(the bytes, the article's address, whether it is a web page)."""
    if source.startswith(("http://", "https://")):
        try:
            return fetch(source), args.url or source, True
        except FetchFailed as exc:
            raise ImportFailed(str(exc)) from None
    path = Path(source)
    if not path.is_file():
        raise ImportFailed("it is not a regular file (a FIFO, a device or a socket)"
                           if os.path.exists(path) and not path.is_dir() else "no such file")
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFailed(f"it is larger than {size(MAX_FILE_BYTES)}, the most the "
                               "importer reads")
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(f"cannot read it: {exc.strerror or exc}") from None
    html = path.suffix.lower() in HTML_SUFFIXES or (
        path.suffix.lower() not in TEXT_SUFFIXES and looks_like_html(data))
    return data, args.url, html


def read_article(source: str, args: argparse.Namespace) -> ImportedArticle:
    data, url, html = read_source(source, args)
    if b"\0" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFailed("it is not a web page or a text file")
    page = decode_page(data)
    if html and (problem := page_problem(page)) is not None:
        raise ImportFailed(problem)
    try:
        if html:  # trafilatura and lxml load only for a web page
            from explainer.importer.html import parse_html
            article = parse_html(page, url=url, date=args.date, source=args.source,
                                 second_opinions=not getattr(args, "one_extractor", False))
        else:
            article = parse_text(page, date=args.date, source=args.source, url=url)
    except ValueError as exc:
        raise ImportFailed(str(exc)) from None
    if not article.paragraphs:
        raise ImportFailed("no article text was found in it")
    if getattr(args, "title", None):
        article = replace(article, title=" ".join(args.title.split()))
    if not article.title:
        raise ImportFailed("no headline was found in it; give it with --title")
    return article


def report(article: ImportedArticle, target: Path, dry_run: bool, content: Path,
           console: Console) -> None:
    """What the import found and what is missing, on stderr (stdout may carry the file)."""
    say = console.note
    say(f"{'Would write' if dry_run else 'Importing into'} {display_path(target)}:")
    for name, value in article.report():
        shown = value if value is None or len(value) <= 60 else value[:57] + "..."
        sure = article.confidence.get(name) if value else None
        say(f"  {name:<14} {shown if value else 'missing'}"
            + (f"  [{sure}]" if sure and sure != "given" else ""))
    for note in article.notes:
        say(f"  note: {note}")
    if (article.image_refs or article.image_src) and not article.image_alt:
        say("  note: the page gives the picture no alt text; describe it in image.alt")
    if (place := date_place(article)) is not None:
        missing = Diagnostics()
        missing.warning(target, *place, "the article gives no date, so none was set",
                        hint="add the date it was first published: date: YYYY-MM-DD (or "
                             "import again with --date YYYY-MM-DD); the build refuses the "
                             "explainer until then")
        console.diagnostics(missing)
    known, candidates = suggestions(article, content)
    if known:
        say(f"  glossary terms it mentions: {', '.join(known)}")
    if candidates:
        say(f"  candidate new terms: {', '.join(candidates[:15])}"
            + (" ..." if len(candidates) > 15 else ""))
        say("  (scaffold some with --new-terms \"Name, Other name\" or --new-terms all)")


def destination(article: ImportedArticle, args: argparse.Namespace, into: Path | None,
                taken: set[Path]) -> Path:
    """Where the article goes: ``--output`` (a file, or an existing folder to hold
    ``<slug>.md``), else ``<content>/explainers/<slug>.md``; in a folder import (``into``), a
    name this import has already used gets ``-2``, ``-3``... so no article replaces another."""
    output = args.output
    if into is None and output is not None and not output.is_dir():
        return output
    folder = into or output or args.content / EXPLAINERS
    stem = slugify(article.title) or "article"
    target, number = folder / f"{stem}.md", 2
    while target in taken or slug_problem(target.stem):  # "Con" -> con-2.md: Windows has con
        target, number = folder / f"{stem}-{number}.md", number + 1
    return target


def target_problem(target: Path) -> str | None:
    """Why an import may not write ``target``: not a regular file, or a name the build
    refuses because Windows reserves it (``--output content/explainers/con.md``)."""
    if SLUG.match(target.stem) and (problem := slug_problem(target.stem)) is not None:
        return f"{display_path(target)}: error: {problem}; nothing was written"
    return not_regular(target)


def import_one(source: str, args: argparse.Namespace, console: Console,
               into: Path | None = None, taken: set[Path] | None = None) -> Outcome:
    return place(source, *_read(source, args), args, console, into, taken)


def _read(source: str, args: argparse.Namespace) -> tuple[ImportedArticle | None, str | None]:
    """The article, or why it cannot be imported."""
    try:
        return read_article(source, args), None
    except ImportFailed as exc:
        return None, str(exc)


def place(source: str, article: ImportedArticle | None, failure: str | None,
          args: argparse.Namespace, console: Console, into: Path | None = None,
          taken: set[Path] | None = None) -> Outcome:
    """Report a read article and write it where it goes (or say why it was not read)."""
    if article is None:
        console.error(f"{source}: error: cannot import: {failure}")
        return Outcome(source, None, None, "failed")
    taken = set() if taken is None else taken
    target = destination(article, args, into, taken)
    taken.add(target)
    report(article, target, args.dry_run, args.content, console)
    if args.dry_run:
        if article.image_refs:
            console.note("  note: a dry run saves no picture")
        print_file(to_markdown(article))
        return Outcome(source, article, target, "dry run")
    if (problem := target_problem(target)) is not None:
        console.error(problem)
        return Outcome(source, article, target, "failed")
    if target.exists() and not args.force:
        console.error(f"{display_path(target)}: error: the file exists; nothing was written\n"
                      "  hint: pass --force to overwrite it, or --output to write elsewhere")
        return Outcome(source, article, target, "exists")
    saved = save_picture(article, source, source.startswith(("http://", "https://")), target,
                         args.content)
    for line in saved.lines:
        console.note(line)
    article = saved.article
    try:
        write(article, to_markdown(article), target, args, console)
    except WriteFailed as exc:
        console.error(str(exc))
        return Outcome(source, article, target, "failed")
    return Outcome(source, article, target, "written")


def write(article: ImportedArticle, markdown: str, target: Path, args: argparse.Namespace,
          console: Console) -> None:
    """The explainer file, then any glossary scaffolds asked for."""
    write_whole(target, markdown)
    console.note(f"Wrote {display_path(target)} (a draft: check it, then delete "
                 "'draft: true' to publish it)")
    if args.new_terms:
        for path in scaffold_terms(article, args.content, args.new_terms, args.force):
            console.note(f"Wrote {display_path(path)} (fill in its summary, body and sources)")


def import_folder(folder: Path, args: argparse.Namespace, console: Console) -> list[Outcome]:
    """Every page and text file of a folder, read by a pool of processes (``--jobs``, default
    one per CPU) and written here in the folder's order; one report each with -v, then a
    table."""
    files = sorted(p for p in folder.rglob("*")
                   if p.is_file() and p.suffix.lower() in (*HTML_SUFFIXES, ".txt"))
    progress = console.progress()
    # each file's report only with -v; the progress line is erased before anything prints
    each = Console(console.level if console.level == VERBOSE else QUIET, console.out,
                   console.err, progress)
    progress.stage("Importing", len(files))
    into, taken = args.output or args.content / EXPLAINERS, set[Path]()
    outcomes = []
    _ARGS["args"] = args  # what the forked readers inherit
    count = workers(getattr(args, "jobs", None))
    read = mapped(_read_forked, [str(p) for p in files], count, progress)
    for path, (article, failure) in zip(files, read, strict=True):
        outcomes.append(place(str(path), article, failure, args, each, into, taken))
    progress.done()
    for line in table(outcomes):
        console.info(line)
    return outcomes


def _read_forked(source: str) -> tuple[ImportedArticle | None, str | None]:
    return _read(source, _ARGS["args"])


def table(outcomes: list[Outcome]) -> list[str]:
    lines = [f"\n{'file':<40} {'status':<8} {'date':<10} {'byline':<20} {'check first':<20} "
             "title"]
    for o in outcomes:
        a = o.article
        date = a.date.isoformat() if a and a.date else "-"
        byline = (", ".join(a.byline) if a and a.byline else "-")[:20]
        title = (a.title if a else "-")[:50]
        lines.append(f"{Path(o.source).name[:40]:<40} {o.status:<8} {date:<10} {byline:<20} "
                     f"{(check_first(a) if a else '-')[:20]:<20} {title}")
    written = sum(o.status == "written" for o in outcomes)
    lines.append(f"{len(outcomes)} files: {written} written, "
                 f"{sum(o.status == 'failed' for o in outcomes)} failed, "
                 f"{sum(o.status == 'exists' for o in outcomes)} left alone (exist)")
    return lines + drafts_note(outcomes)


def check_first(article: ImportedArticle) -> str:
    """The fields an editor should check first: missing, or found with low confidence."""
    fields = ("title", "date", "byline", "summary", "body")
    values = dict(article.report())
    weak = [f for f in fields if not values.get(f) or article.confidence.get(f) == "low"]
    return ", ".join(weak) or "-"


def drafts_note(outcomes: list[Outcome]) -> list[str]:
    """What is left to do in the files written: they are drafts, some without a date."""
    written = [o for o in outcomes if o.status == "written" and o.article is not None]
    if not written:
        return []
    undated = sum(o.article.date is None for o in written if o.article is not None)
    lines = ["The files written are drafts: check each, then delete 'draft: true' to "
             "publish it."]
    if undated:
        lines.append(f"{undated} of them ha{'s' if undated == 1 else 've'} no date (the '-' "
                     "above): add 'date: YYYY-MM-DD' to each; the build refuses them until "
                     "then.")
    return lines


def run_import(args: argparse.Namespace) -> int:
    if callable(reconfigure := getattr(sys.stdout, "reconfigure", None)):
        reconfigure(errors="backslashreplace")  # a title the terminal cannot show is no crash
    console = Console(level_of(args.quiet, args.verbose))
    if (problem := option_problem(args)) is not None:
        console.error(f"build.py import: error: {problem}")
        return 2
    source = str(args.file)
    if Path(source).is_dir():
        if args.output is not None and args.output.exists() and not args.output.is_dir():
            console.error(f"{display_path(args.output)}: error: --output must be a folder when "
                          "importing a folder; nothing was written")
            return 1
        outcomes = import_folder(Path(source), args, console)
        return 0 if all(o.status in ("written", "dry run") for o in outcomes) else 1
    outcome = import_one(source, args, console)
    return 0 if outcome.status in ("written", "dry run") else 1
