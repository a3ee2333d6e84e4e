"""What commands print: errors always, the rest by -q/-v and the terminal; the progress line."""

from __future__ import annotations

import io

import pytest

from explainer.core import console as console_module
from explainer.core.console import NORMAL, QUIET, VERBOSE, Console, Progress
from explainer.core.diagnostics import Diagnostics


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def clock(monkeypatch):
    """A clock the test moves by hand."""
    now = [1000.0]
    monkeypatch.setattr(console_module.time, "monotonic", lambda: now[0])
    return now


def problems() -> Diagnostics:
    diags = Diagnostics()
    diags.warning("a.md", 1, 1, "a warning")
    diags.error("b.md", 2, 3, "an error")
    return diags


@pytest.mark.parametrize(("level", "tty", "chatty"), [
    (NORMAL, True, True), (NORMAL, False, False), (VERBOSE, False, True),
    (QUIET, True, False)])
def test_who_prints_more_than_errors(level, tty, chatty) -> None:
    err = Terminal() if tty else io.StringIO()
    assert Console(level, io.StringIO(), err).chatty is chatty


def test_a_pipe_gets_errors_only() -> None:
    err = io.StringIO()
    Console(NORMAL, io.StringIO(), err).diagnostics(problems())
    assert err.getvalue() == "b.md:2:3: error: an error\n"


def test_a_terminal_gets_warnings_too() -> None:
    err = Terminal()
    Console(NORMAL, io.StringIO(), err).diagnostics(problems())
    assert err.getvalue() == "a.md:1:1: warning: a warning\nb.md:2:3: error: an error\n"


def test_no_progress_line_in_the_first_two_seconds(clock) -> None:
    stream = Terminal()
    progress = Progress(stream)
    progress.stage("Rendering pages", 10)
    clock[0] += 1.9
    progress.advance(5)
    assert stream.getvalue() == ""


def test_the_progress_line_after_two_seconds(clock) -> None:
    stream = Terminal()
    progress = Progress(stream)
    progress.stage("Rendering pages", 1000)
    clock[0] += 2.5
    progress.advance(350)
    assert stream.getvalue() == "\r\x1b[KRendering pages  350/1,000   35 %"


def test_the_progress_line_is_erased_when_the_work_ends(clock) -> None:
    stream = Terminal()
    progress = Progress(stream)
    clock[0] += 3
    progress.stage("Reading explainers", 2)
    progress.done()
    assert stream.getvalue().endswith("Reading explainers  0/2    0 %\r\x1b[K")


def test_no_progress_line_outside_a_terminal() -> None:
    assert Console(NORMAL, io.StringIO(), io.StringIO()).progress().stream is None


def test_no_progress_line_when_quiet() -> None:
    assert Console(QUIET, io.StringIO(), Terminal()).progress().stream is None


def test_an_error_erases_the_progress_line_first(clock) -> None:
    err = Terminal()
    progress = Progress(err)
    clock[0] += 3
    progress.stage("Importing", 2)
    Console(NORMAL, io.StringIO(), err, progress).error("a.html: error: cannot import")
    assert err.getvalue().endswith("\r\x1b[Ka.html: error: cannot import\n")
