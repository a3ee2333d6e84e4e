"""The search index: Pagefind (``pagefind[bin]`` from PyPI) run over the built pages.

Pagefind reads the HTML the build wrote and adds ``pagefind/`` to the site: a WebAssembly
search engine and an index split into small fragments, loaded by the search page as needed, so
search works on any static host with no server. Only the parts of pages marked
``data-pagefind-body`` are indexed: the explainers and the glossary terms.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

BUNDLE = "pagefind"
HINT = "install it with: pip install 'pagefind[bin]' (or build with --no-search)"


class SearchIndexError(Exception):
    """Pagefind is missing or failed (a message for the user)."""


def command(folder: Path) -> list[str]:
    return [sys.executable, "-m", "pagefind", "--site", str(folder), "--silent"]


def index(folder: Path) -> None:
    """Write the search index into the built site in ``folder``."""
    try:
        run = subprocess.run(command(folder), capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SearchIndexError(f"the search index could not be built: {exc}") from None
    if run.returncode != 0:
        detail = (run.stderr or run.stdout).strip().splitlines()
        reason = detail[-1] if detail else f"exit code {run.returncode}"
        raise SearchIndexError(f"the search index could not be built: {reason}")


class BackgroundIndexer:
    """For ``serve``: index once the saves pause, without holding up a reload.

    A change stops an indexing run that has not finished (so that it does not compete with
    the rebuild for the processor), and each finished rebuild asks for a new run after a short
    pause, at a lower priority. The index catches up once the editor stops saving.
    """

    def __init__(self, folder: Path, delay: float = 1.0) -> None:
        self.folder, self.delay = folder, delay
        self._process: subprocess.Popen[bytes] | None = None
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()
        self._closed = False

    def request(self) -> None:
        """Index after the pause, unless another change comes first."""
        with self._lock:
            self._cancel()
            if self._closed:
                return
            self._timer = threading.Timer(self.delay, self._start)
            self._timer.daemon = True
            self._timer.start()

    def pause(self) -> None:
        """A change arrived: stop indexing until the next request."""
        with self._lock:
            self._cancel()

    def _start(self) -> None:
        with self._lock:
            if self._closed or self._timer is None:  # paused or closed meanwhile
                return
            try:
                self._process = subprocess.Popen(command(self.folder),
                                                 stdout=subprocess.DEVNULL,
                                                 stderr=subprocess.DEVNULL)
            except OSError:
                return  # the build reported it: serve keeps working without search
            with contextlib.suppress(OSError, AttributeError):  # not on every system
                os.setpriority(os.PRIO_PROCESS, self._process.pid, 10)

    def _cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._cancel()


def cached_index(saved: Path, key: str) -> Callable[[Path], None]:
    """:func:`index`, or a copy of the index kept in ``saved`` when it was made for ``key``
    (a hash of the indexed pages): Pagefind runs only when the pages changed."""
    def finish(folder: Path) -> None:
        try:
            same = (saved / "KEY").read_text(encoding="utf-8") == key
        except (OSError, UnicodeDecodeError):
            same = False
        if same and (saved / BUNDLE).is_dir():
            shutil.copytree(saved / BUNDLE, folder / BUNDLE)
            return
        index(folder)
        _keep(folder / BUNDLE, saved, key)
    return finish


def _keep(bundle: Path, saved: Path, key: str) -> None:
    """Copy a new index into ``saved`` (its key written last, so a half copy is not used)."""
    with contextlib.suppress(OSError):
        (saved / "KEY").unlink(missing_ok=True)
        shutil.rmtree(saved / BUNDLE, ignore_errors=True)
        shutil.copytree(bundle, saved / BUNDLE)
        (saved / "KEY").write_text(key, encoding="utf-8")
