"""The command line: ``build`` (the default) and ``import``. Parses arguments, runs a command,
prints its diagnostics, and returns the exit code; nothing else lives here."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from explainer.commands.arguments import COMMANDS, parser, site_spec
from explainer.core.console import Console, level_of
from explainer.core.diagnostics import Diagnostics, display_path, not_text
from explainer.core.spec import SiteSpec
from explainer.pipeline import unchanged

if TYPE_CHECKING:
    from explainer.pipeline.builder import BuildResult

# The engine (Markdown, Jinja2, YAML) is imported by the commands that use it, so that a build
# with nothing changed, and --help, answer at once.


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
    if args.command == "import":  # its libraries (trafilatura, lxml...) load for it alone
        from explainer.importer.command import run_import
        return run_import(args)
    if args.command == "glossary":
        return run_glossary(args, site_spec(args))
    if args.command == "serve":
        from explainer.server.devloop import run_serve
        return run_serve(args, site_spec(args))
    if args.command == "check":
        from explainer.commands.check import run_check
        return run_check(args, site_spec(args))
    if args.command == "new":
        from explainer.content.scaffold import run_new
        return run_new(args)
    if args.command == "init":
        from explainer.commands.newsite import run_init
        return run_init(args)
    return run_build(args, site_spec(args))


def print_diagnostics(diags: Diagnostics) -> None:
    for diagnostic in diags:
        print(diagnostic.format(), file=sys.stderr)


def run_glossary(args: argparse.Namespace, spec: SiteSpec) -> int:
    from explainer.site.checks import check_glossary
    from explainer.site.gather import gather
    diags = Diagnostics()
    site = gather(spec, diags)
    report = check_glossary(site, dt.date.today(), diags) if site is not None else None
    print_diagnostics(diags)
    if report is None:
        return 1
    print(report.summary())
    return 1 if args.strict and diags.warnings else 0


def run_build(args: argparse.Namespace, spec: SiteSpec) -> int:
    console = Console(level_of(args.quiet, args.verbose))
    started = time.perf_counter()
    cache, key = cache_folder(args), None
    if cache is not None:
        key = unchanged.build_key(spec, args.output, args.search, dt.date.today().isoformat())
        last = unchanged.replay(cache, key, args.output) if key is not None else None
        if last is not None:
            return _replayed(console, last, args.output, time.perf_counter() - started)
    from explainer.output.folders import OutputError
    from explainer.output.search import HINT as SEARCH_HINT
    from explainer.output.search import SearchIndexError
    from explainer.pipeline.builder import build
    progress = console.progress()
    try:
        result = build(spec, args.output, progress=progress, search=args.search, jobs=args.jobs,
                       cache=cache, key=key)
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


def _replayed(console: Console, last: unchanged.Record, output: Path, seconds: float) -> int:
    """The report of a build with nothing changed: the last build's, and nothing written."""
    diags = Diagnostics()
    diags.extend(last.diagnostics)
    console.diagnostics(diags)
    n, t = last.explainers, last.terms
    console.info(f"Nothing changed: {display_path(output)}/ holds the build of {n:,} "
                 f"explainer{'s' * (n != 1)} and {t:,} glossary term{'s' * (t != 1)} "
                 f"({last.files:,} files); checked in {seconds:.2f} s")
    return 0


def summary_line(result: BuildResult, output: Path) -> str:
    assert result.site is not None
    n, t = len(result.site.explainers), len(result.site.terms)
    return (f"Built {n:,} explainer{'s' * (n != 1)} and {t:,} glossary term{'s' * (t != 1)} "
            f"into {display_path(output)}/ ({result.count:,} files) "
            f"in {result.seconds:.2f} s")
