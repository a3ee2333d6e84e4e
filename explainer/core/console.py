"""What a command prints, and where: errors always; the rest depends on ``-q``, ``-v`` and the
terminal.

On a terminal a command reports warnings, a summary line and, for work that takes more than
about two seconds, a progress line. When the output is not a terminal (a log, a pipe, CI) it
prints only errors, unless ``-v`` asks for everything; ``-q`` prints only errors anywhere.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import TextIO

from explainer.core.diagnostics import Diagnostics

QUIET, NORMAL, VERBOSE = 0, 1, 2
PROGRESS_AFTER = 2.0  # seconds of work before a progress line appears
REDRAW_EVERY = 0.1


def level_of(quiet: bool, verbose: bool) -> int:
    return QUIET if quiet else VERBOSE if verbose else NORMAL


@dataclass
class Console:
    level: int = NORMAL
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    interrupts: Progress | None = None  # a progress line to erase before printing

    @property
    def tty(self) -> bool:
        return _isatty(self.err)

    @property
    def chatty(self) -> bool:
        """Whether to print more than errors: warnings, reports, summary lines."""
        return self.level == VERBOSE or (self.level == NORMAL and self.tty)

    def info(self, text: str) -> None:
        """A report or summary line (stdout)."""
        if self.chatty:
            print(text, file=self.out, flush=True)

    def note(self, text: str) -> None:
        """A remark about the work (stderr), shown when the console is chatty."""
        if self.chatty:
            self._erase_progress()
            print(text, file=self.err, flush=True)

    def error(self, text: str) -> None:
        self._erase_progress()
        print(text, file=self.err, flush=True)

    def _erase_progress(self) -> None:
        if self.interrupts is not None:
            self.interrupts.done()  # it is drawn again at the next step

    def diagnostics(self, diags: Diagnostics) -> None:
        """Errors always; warnings only when chatty."""
        for diagnostic in diags if self.chatty else diags.errors:
            print(diagnostic.format(), file=self.err, flush=True)

    def progress(self) -> Progress:
        """A progress line for long work: drawn on a terminal unless ``-q``."""
        return Progress(self.err if self.tty and self.level > QUIET else None)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """``Rendering explainers  350/1,000  35 %`` on one line, redrawn in place.

    Nothing is drawn during the first two seconds, so quick work stays quiet; the line is
    erased when the work ends, before the summary line is printed.
    """

    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream
        self.started = time.monotonic()
        self.label, self.total, self.count = "", 0, 0
        self._drawn_at = 0.0
        self._shown = False

    def stage(self, label: str, total: int) -> None:
        self.label, self.total, self.count = label, total, 0
        self._draw()

    def advance(self, n: int = 1) -> None:
        self.count += n
        now = time.monotonic()
        if self.stream is not None and now - self._drawn_at >= REDRAW_EVERY:
            self._draw(now)

    def _draw(self, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        if self.stream is None or now - self.started < PROGRESS_AFTER:
            return
        self._drawn_at, self._shown = now, True
        share = f"{100 * self.count // self.total:3d} %" if self.total else ""
        self.stream.write(f"\r\x1b[K{self.label}  {self.count:,}/{self.total:,}  {share}")
        self.stream.flush()

    def done(self) -> None:
        if self.stream is not None and self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False
