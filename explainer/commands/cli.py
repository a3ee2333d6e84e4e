"""The command line: ``build`` (the default) and ``import``. Parses arguments, runs a command,
prints its diagnostics, and returns the exit code; nothing else lives here."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from explainer import __version__
from explainer.commands import check, newsite
from explainer.content import scaffold
from explainer.content.schema import URL
from explainer.core.console import Console, level_of
from explainer.core.diagnostics import Diagnostics, display_path, not_text
from explainer.core.urls import site_address_problem
from explainer.output.search import HINT as SEARCH_HINT
from explainer.output.search import SearchIndexError
from explainer.output.theme import site_layouts
from explainer.output.writer import OutputError
from explainer.pipeline.builder import DEFAULT_LAYOUTS, BuildResult, build
from explainer.server import devloop
from explainer.site.checks import check_glossary
from explainer.site.gather import gather

COMMANDS = ("build", "import", "glossary", "serve", "check", "new", "init")
LAYOUTS_HELP = ("a folder of layouts that replace the default theme's, file by file "
                "(default: the layouts/ folder beside the content folder, if there is one)")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date written YYYY-MM-DD") from None


def _jobs(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 256:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of processes from 1 to 256")
    return int(text)


def _web_address(text: str) -> str:
    """--base-url: the same rule as site.yml's base_url."""
    if not URL.match(text.strip()):
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a web address starting with http:// or https://")
    problem = site_address_problem(text.strip())
    if problem is not None:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not usable as the site's address: {problem}; give the site's "
            "address alone, e.g. https://name.github.io/repo/")
    return text.strip()


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="build.py", description="Explainer: news explainer pages with a linked glossary.",
        epilog="With no command, 'build' runs. 'python build.py COMMAND --help' for details.")
    top.add_argument("--version", action="version", version=f"explainer {__version__}")
    commands = top.add_subparsers(dest="command", metavar="COMMAND")
    b = commands.add_parser("build", help="build content/ into output/ (the default)",
                            description="Build the site folder into a static site.")
    b.add_argument("--content", type=Path, default=Path("content"),
                   help="the site folder to build (default: content)")
    b.add_argument("--output", type=Path, default=Path("output"),
                   help="where the site is written (default: output)")
    b.add_argument("--layouts", type=Path, help=LAYOUTS_HELP)
    b.add_argument("--drafts", action="store_true", help="include explainers with draft: true")
    b.add_argument("--no-search", dest="search", action="store_false",
                   help="skip the search index (Pagefind); the search page then finds nothing")
    add_site_options(b)
    b.add_argument("--jobs", type=_jobs, metavar="N",
                   help="processes that render the site (default: one per CPU; 1 renders in "
                        "this process); the files are the same whatever N")
    b.add_argument("--cache", type=Path, metavar="DIR",
                   help="the cache across builds (default: .cache/explainer/ in the folder "
                        "that holds the content folder); delete it to start afresh")
    b.add_argument("--no-cache", dest="use_cache", action="store_false",
                   help="build everything again and keep nothing for the next build")
    add_verbosity(b)
    g = commands.add_parser("glossary", help="check the glossary: unused, out-of-date and "
                                             "candidate terms",
                            description="Report glossary terms no explainer mentions, terms "
                                        "whose facts are older than site.yml allows, and "
                                        "names in explainers that look like terms but have "
                                        "no entry.")
    g.add_argument("--content", type=Path, default=Path("content"),
                   help="the site folder (default: content)")
    g.add_argument("--strict", action="store_true", help="exit 1 when there is any warning")
    i = commands.add_parser("import", help="turn an article into an explainer draft",
                            description="Turn an article (a saved web page, a text scrape, a "
                                        "folder of them, or a URL) into explainer files "
                                        "with front matter.")
    i.add_argument("file", help="an .html or .txt file, a folder, or an http(s) URL")
    i.add_argument("--date", type=_date, help="first publication date, YYYY-MM-DD")
    i.add_argument("--source", help="the publication, e.g. 'Al Jazeera'")
    i.add_argument("--url", help="the article's address")
    i.add_argument("--output", type=Path,
                   help="the file to write, or a folder to write <slug>.md into; missing "
                        "folders are created (default: content/explainers/<slug>.md)")
    i.add_argument("--content", type=Path, default=Path("content"),
                   help="the site folder (default: content)")
    i.add_argument("--dry-run", action="store_true", help="print the file instead of writing it")
    i.add_argument("--force", action="store_true", help="overwrite an existing file")
    i.add_argument("--new-terms", metavar="NAMES",
                   help="scaffold glossary files for these candidate terms "
                        "(comma-separated, or 'all')")
    add_verbosity(i)
    devloop.add_parser(commands, DEFAULT_LAYOUTS)
    add_site_options(commands.choices["serve"])  # serve builds the site as build does
    check.add_parser(commands)
    for name in ("serve", "check"):  # their --layouts default to the site's, as build's
        commands.choices[name].set_defaults(layouts=None)
    scaffold.add_parser(commands)
    newsite.add_parser(commands)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a name the terminal cannot show is no crash
        if callable(reconfigure := getattr(stream, "reconfigure", None)):
            reconfigure(errors="backslashreplace")
    args_list = list(sys.argv[1:] if argv is None else argv)
    for arg in args_list:  # bytes the locale could not decode: refused before any command
        if (shown := not_text(arg)) is not None:
            print(f"build.py: error: the argument {shown} is not valid UTF-8 text",
                  file=sys.stderr)
            return 2
    if not args_list or (args_list[0] not in COMMANDS
                         and args_list[0] not in ("-h", "--help", "--version")):
        args_list.insert(0, "build")
    args = parser().parse_args(args_list)
    if getattr(args, "layouts", False) is None:
        args.layouts = site_layouts(args.content)
    if args.command == "import":  # its libraries (trafilatura, lxml...) load for it alone
        from explainer.importer.command import run_import
        return run_import(args)
    if args.command == "glossary":
        return run_glossary(args)
    if args.command == "serve":
        return devloop.run_serve(args)
    if args.command == "check":
        return check.run_check(args)
    if args.command == "new":
        return scaffold.run_new(args)
    if args.command == "init":
        return newsite.run_init(args)
    return run_build(args)


def print_diagnostics(diags: Diagnostics) -> None:
    for diagnostic in diags:
        print(diagnostic.format(), file=sys.stderr)


def run_glossary(args: argparse.Namespace) -> int:
    diags = Diagnostics()
    site = gather(args.content, diags)
    report = check_glossary(site, dt.date.today(), diags) if site is not None else None
    print_diagnostics(diags)
    if report is None:
        return 1
    print(report.summary())
    return 1 if args.strict and diags.warnings else 0


def add_site_options(command: argparse.ArgumentParser) -> None:
    """The options that change what is built, shared by ``build`` and ``serve``."""
    command.add_argument("--base-url", type=_web_address, metavar="URL",
                         help="the address the site is published at, instead of site.yml's "
                              "base_url (e.g. https://name.github.io/repo/)")
    command.add_argument("--strict", action="store_true", help="treat warnings as errors")


def add_verbosity(command: argparse.ArgumentParser) -> None:
    quiet = command.add_mutually_exclusive_group()
    quiet.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    quiet.add_argument("-v", "--verbose", action="store_true",
                       help="print warnings and the summary even when the output is not a "
                            "terminal (by default a log or pipe gets errors only)")


def run_build(args: argparse.Namespace) -> int:
    console = Console(level_of(args.quiet, args.verbose))
    progress = console.progress()
    try:
        result = build(args.content, args.output, args.layouts, drafts=args.drafts,
                       strict=args.strict, progress=progress, base_url=args.base_url,
                       search=args.search, jobs=args.jobs, cache=cache_folder(args))
    except OutputError as exc:
        hint = f"\n  hint: {exc.hint}" if exc.hint else ""
        console.error(f"{display_path(args.output)}: error: {exc}{hint}")
        return 1
    except OSError as exc:  # reading the content or the layouts: writing is an OutputError
        console.error(read_error(exc, args.content, args.output))
        return 1
    except KeyboardInterrupt:
        console.error("Build interrupted.")
        return 130
    except SearchIndexError as exc:
        console.error(f"{display_path(args.output)}: error: {exc}\n  hint: {SEARCH_HINT}\n"
                      f"Build failed; {display_path(args.output)}/ was left as it was.")
        return 1
    finally:
        progress.done()
    console.diagnostics(result.diagnostics)
    for note in result.cache_notes:
        console.note(note)
    for note in result.notes:
        console.note(f"{display_path(args.output)}: warning: {note}")
    if not result.ok:
        count = len(result.diagnostics.errors)
        console.error(f"Build failed with {count} error{'s' * (count != 1)}; "
                      f"{display_path(args.output)}/ was left as it was.")
        return 1
    console.info(summary_line(result, args.output))
    return 0


def cache_folder(args: argparse.Namespace) -> Path | None:
    """Where ``build`` keeps its cache: ``--cache``, else .cache/explainer/ beside the content
    folder; None with ``--no-cache``."""
    if not args.use_cache:
        return None
    return args.cache or args.content.absolute().parent / ".cache" / "explainer"


def read_error(exc: OSError, content: Path, output: Path) -> str:
    """One line for a file the build could not read (deleted meanwhile, no permission...)."""
    path = display_path(exc.filename) if exc.filename else f"{display_path(content)}/"
    return (f"{display_path(content)}: error: cannot read {path}: {exc.strerror or exc}; "
            f"{display_path(output)}/ was left as it was")


def summary_line(result: BuildResult, output: Path) -> str:
    assert result.site is not None
    n, t = len(result.site.explainers), len(result.site.terms)
    return (f"Built {n:,} explainer{'s' * (n != 1)} and {t:,} glossary term{'s' * (t != 1)} "
            f"into {display_path(output)}/ ({len(result.files):,} files) "
            f"in {result.seconds:.2f} s")
