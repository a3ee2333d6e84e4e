"""The search index: Pagefind (``pagefind[bin]`` from PyPI) run over the built pages.

Pagefind reads the HTML the build wrote and adds ``pagefind/`` to the site: a WebAssembly
search engine and an index split into small fragments, loaded by the search page as needed, so
search works on any static host with no server. Only the parts of pages marked
``data-pagefind-body`` are indexed: the explainers and the glossary terms.
"""

from __future__ import annotations

import subprocess
import sys
import threading
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
    """For ``serve``: index after each rebuild without holding up the next one.

    A new request stops an indexing run that has not finished and starts again, so the
    index catches up once the saves pause.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._process: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        self.failure: str | None = None

    def request(self) -> None:
        with self._lock:
            self._stop()
            try:
                self._process = subprocess.Popen(command(self.folder),
                                                 stdout=subprocess.DEVNULL,
                                                 stderr=subprocess.DEVNULL)
            except OSError as exc:
                self.failure = f"the search index could not be built: {exc}"

    def wait(self, timeout: float = 120.0) -> bool:
        """Wait for the current run; whether it succeeded (for tests and benchmarks)."""
        process = self._process
        return process is None or process.wait(timeout=timeout) == 0

    def _stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait()

    def close(self) -> None:
        with self._lock:
            self._stop()
