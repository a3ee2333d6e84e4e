"""``python build.py serve``: build into a temporary folder, serve it, rebuild on every save.

Three threads: the HTTP server (:mod:`explainer.server.serve`), a watcher that queues the paths that
changed under ``content/`` and ``layouts/``, and a builder that takes everything queued,
rebuilds (:mod:`explainer.pipeline.livebuild`) and tells the open pages. For every save the terminal
shows the time from the file's change to the reload of the open pages.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import queue
import re
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import watchfiles

from explainer.core.console import NORMAL, QUIET, Console
from explainer.core.diagnostics import Diagnostic, display_path
from explainer.core.spec import SiteSpec
from explainer.output.search import BackgroundIndexer
from explainer.pipeline.livebuild import LiveSite, Outcome, new_problems, since
from explainer.server.serve import Hub, make_server

EDITOR_TEMPORARY = re.compile(r"\d+|sed[A-Za-z0-9]{6}|.*~|\..*\.sw[a-p]|.*\.tmp")


class _SiteFiles(watchfiles.DefaultFilter):
    """Saves, not the temporary files editors and tools write beside them: Vim's 4913,
    sed's sedXXXXXX, backups (~) and swap files. (Folders count: a folder moved in or out.)"""

    def __call__(self, change: watchfiles.Change, path: str) -> bool:
        return not EDITOR_TEMPORARY.fullmatch(Path(path).name) and super().__call__(
            change, path)


class Loop:
    """The watcher and builder threads around one :class:`LiveSite`."""

    def __init__(self, site: LiveSite, hub: Hub, quiet: bool = False) -> None:
        self.site, self.hub, self.quiet = site, hub, quiet
        self.indexer = BackgroundIndexer(site.folder)
        self.changes: queue.Queue[set[Path]] = queue.Queue()
        self.failing = False
        self.stop = threading.Event()
        self.built = threading.Event()
        self._reported: set[Diagnostic] = set()

    def say(self, text: str) -> None:
        if not self.quiet:
            print(text, flush=True)

    def first_build(self) -> Outcome:
        started = time.perf_counter()
        progress = Console(QUIET if self.quiet else NORMAL).progress()
        outcome = self.site.rebuild(progress=progress)
        progress.done()
        # What the first build loaded (the engine, the layouts, most of the site) lives on:
        # the cycle collector leaves it alone, so a later full collection, which would walk
        # it all in the middle of a rebuild, takes a few ms instead of tens.
        gc.freeze()
        self._report(outcome)
        self.failing = not outcome.ok
        if outcome.ok and outcome.site is not None:
            self.indexer.request()
            n, t = len(outcome.site.explainers), len(outcome.site.terms)
            self.say(f"Built {n:,} explainer{'s' * (n != 1)} and {t:,} glossary "
                     f"term{'s' * (t != 1)} in {time.perf_counter() - started:.2f} s")
            if outcome.site.drafts_left_out:
                self.say(drafts_line(outcome.site.drafts_left_out))
        else:
            count = _count(len(outcome.diagnostics.errors), "error")
            print(f"The site does not build ({count}): the browser shows the errors until "
                  "you fix them, then the pages appear.", file=sys.stderr, flush=True)
        return outcome

    def watch(self, paths: list[Path]) -> None:
        """Queue every batch of changed paths until stopped. A batch ends when 10 ms pass with
        no new change (an editor's save, temporary file and rename included, takes less), or
        after 400 ms of changes without a pause."""
        for batch in watchfiles.watch(*paths, watch_filter=_SiteFiles(), stop_event=self.stop,
                                      debounce=400, step=10):
            self.changes.put({Path(p) for _, p in batch})

    def build_forever(self) -> None:
        while not self.stop.is_set():
            try:
                changed = self.changes.get(timeout=0.2)
            except queue.Empty:
                continue
            while not self.changes.empty():
                changed |= self.changes.get()
            try:
                self.rebuild(changed)
            except Exception as exc:  # serve must outlive any one rebuild
                self._crashed(changed, exc)

    def _crashed(self, changed: set[Path], exc: Exception) -> None:
        """A rebuild that failed in an unexpected way: say so, keep serving, keep watching."""
        problem = (f"{', '.join(_names(changed))}: error: the rebuild stopped: "
                   f"{type(exc).__name__}: {exc}\n  hint: save again to retry; if it happens "
                   "again, please report it with this message")
        print(problem, file=sys.stderr, flush=True)
        self.hub.failed([problem])
        self.failing = True

    def rebuild(self, changed: set[Path]) -> Outcome:
        stamp = _change_time(changed)
        started = time.perf_counter()
        self.indexer.pause()
        outcome = self.site.rebuild(changed, self.hub.open_pages(),
                                    on_first=lambda o: self._first(o, stamp),
                                    interrupted=lambda: not self.changes.empty())
        self._report(outcome)
        if outcome.interrupted:
            return outcome
        if outcome.ok:
            later = outcome.changed - outcome.first
            self.hub.reload(later)
            if any(name.endswith(".html") for name in outcome.changed):
                self.indexer.request()  # in the background: search catches up
            if self.failing:
                self.say("Fixed: the site builds again.")
            self.say(f"  {', '.join(_names(changed))}: site rebuilt in "
                     f"{time.perf_counter() - started:.2f} s, "
                     f"{_count(len(outcome.changed), 'output file')} rewritten")
        else:
            self.say(f"  {', '.join(_names(changed))}: the build failed with "
                     f"{_count(len(outcome.diagnostics.errors), 'error')}; the browser shows "
                     "them over the last good pages")
        self.failing = not outcome.ok
        return outcome

    def _first(self, outcome: Outcome, stamp: int) -> None:
        self.hub.passed()  # before the reload, so that the reloaded page shows no errors
        pages = set(outcome.first)
        if any(name.startswith(("assets/", "media/")) for name in outcome.first):
            pages |= set(self.hub.open_pages())  # a stylesheet or picture: every open page
        told = self.hub.reload(pages)
        if told:
            self.say(f"Reloaded {_count(told, 'page')} {since(stamp):.0f} ms after the change")

    def _report(self, outcome: Outcome) -> None:
        """Print the build's new problems; show errors in the browser, or clear them."""
        for diagnostic in new_problems(outcome.diagnostics, self._reported):
            print(diagnostic.format(), file=sys.stderr, flush=True)
        self._reported |= set(outcome.diagnostics)  # each warning once per session
        if outcome.ok:
            self.built.set()
            self.hub.passed()
        elif not outcome.interrupted:
            self.hub.failed([d.format() for d in outcome.diagnostics.errors])


def drafts_line(n: int) -> str:
    """What serve says when it leaves drafts out (serve --drafts shows them)."""
    if n == 1:
        return "Left out 1 draft (an explainer with draft: true); serve --drafts shows it"
    return f"Left out {n:,} drafts (explainers with draft: true); serve --drafts shows them"


def _change_time(paths: set[Path]) -> int:
    """When the newest of these changes happened, in ns since the epoch: a file's modification
    time, or for a deleted file its folder's (which a deletion sets)."""
    times = []
    for path in paths:
        with contextlib.suppress(OSError):
            times.append((path if path.exists() else path.parent).stat().st_mtime_ns)
    return max(times) if times else time.time_ns()


def _names(paths: set[Path]) -> list[str]:
    return sorted(display_path(p) for p in paths) or ["?"]


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}{'s' * (n != 1)}"


@contextlib.contextmanager
def _terminated_as_interrupt() -> Iterator[None]:
    """Stop on SIGTERM as on Ctrl+C, so the temporary folder is removed either way."""
    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt
    stops = [signal.SIGTERM, *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])]
    previous = {sig: signal.signal(sig, handler) for sig in stops}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def run_serve(args: argparse.Namespace, spec: SiteSpec) -> int:
    folder = Path(tempfile.mkdtemp(prefix="explainer-serve-"))
    try:
        with _terminated_as_interrupt():
            return _serve(args, spec, folder)
    except KeyboardInterrupt:
        return 0
    finally:
        # A second Ctrl+C while stopping must not leave the folder behind.
        previous = {sig: signal.signal(sig, signal.SIG_IGN)
                    for sig in (signal.SIGINT, signal.SIGTERM)}
        shutil.rmtree(folder, ignore_errors=True)
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _serve(args: argparse.Namespace, spec: SiteSpec, folder: Path) -> int:
    for folder_arg, option in ((spec.content, "--content"), (spec.layouts, "--layouts")):
        if not folder_arg.is_dir():
            print(f"{display_path(folder_arg)}: error: no such folder\n"
                  f"  hint: run serve in the site's folder, or name the folder with {option}",
                  file=sys.stderr)
            return 1
    hub = Hub()
    live = LiveSite(spec, folder)
    loop = Loop(live, hub, args.quiet)
    try:
        server = make_server(args.port, folder, hub, loop.built)
    except OSError as exc:
        print(f"error: cannot serve on 127.0.0.1:{args.port}: {exc.strerror}", file=sys.stderr)
        print("  hint: another program uses that port; choose one with --port", file=sys.stderr)
        return 1
    watcher = threading.Thread(target=loop.watch, args=([spec.content, spec.layouts],),
                               daemon=True)
    watcher.start()  # before the first build: a save made meanwhile is rebuilt after it
    builder = threading.Thread(target=loop.build_forever, daemon=True)
    try:
        loop.first_build()
        builder.start()
        print(f"Serving http://127.0.0.1:{server.server_address[1]}/ (press Ctrl+C to stop)",
              flush=True)
        server.serve_forever(poll_interval=0.2)
    finally:
        loop.stop.set()
        if builder.is_alive():
            builder.join(timeout=30)  # let a rebuild finish before the folder is removed
        loop.indexer.close()
        hub.close()
        server.server_close()
    return 0
