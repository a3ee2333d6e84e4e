"""The pool of forked workers: a caller that stops early leaves no worker behind."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

from explainer.core.console import Progress
from explainer.core.pool import mapped

FOLDER: list[Path] = []


def mark(item: int) -> int:
    time.sleep(0.02)
    (FOLDER[0] / str(item)).touch()
    return item


def test_a_caller_that_stops_early_lets_the_chunks_in_flight_finish(tmp_path):
    FOLDER[:] = [tmp_path]
    results = mapped(mark, list(range(40)), 2, Progress(None))  # chunks of 2, 4 in flight
    assert next(results) == 0
    results.close()
    assert multiprocessing.active_children() == []
    # the first chunk, the three in flight and the one sent when the first came back:
    # finished, not killed half-way; nothing more was started
    assert sorted(int(p.name) for p in tmp_path.iterdir()) == list(range(10))


def test_every_item_comes_back_in_order():
    FOLDER[:] = []
    assert list(mapped(abs, list(range(-30, 0)), 2, Progress(None))) == list(range(30, 0, -1))
