"""Work shared among forked processes, in order, with a bounded queue of results: the build's
bodies and pages, and a folder import's pages. One process where fork is missing or one is
enough.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from explainer.core.console import Progress
from explainer.core.memory import give_back

Work = TypeVar("Work")
Done = TypeVar("Done")
SHUT_SECONDS = 60.0  # how long the chunks in flight may take to finish when a caller stops


def workers(jobs: int | None = None) -> int:
    """How many processes to use: ``jobs``, else one per CPU; 1 where fork is missing."""
    wanted = jobs or os.cpu_count() or 1
    return wanted if "fork" in multiprocessing.get_all_start_methods() else 1



def mapped(work: Callable[[Work], Done], items: Sequence[Work], count: int,
            progress: Progress) -> Iterator[Done]:
    """``work`` over the items, in their order: in a pool of ``count`` forked processes,
    or here when one is enough."""
    if count <= 1 or len(items) < 2:
        for item in items:
            yield work(item)
            progress.advance()
        return
    size = max(1, len(items) // (count * 8))
    chunks = iter([items[i:i + size] for i in range(0, len(items), size)])
    # What the workers inherit stays shared: the cycle collector of a worker would otherwise
    # write to every inherited object's header, and so copy every page of memory it is on.
    gc.freeze()
    pool = multiprocessing.get_context("fork").Pool(count)
    # At most two chunks per worker are in flight: results wait for the caller, who writes
    # them, in a bounded queue (Pool.imap would keep every finished one).
    waiting = deque(pool.apply_async(_chunk, (work, chunk))
                    for chunk in itertools.islice(chunks, 2 * count))
    try:
        while waiting:
            finished = waiting.popleft().get()
            waiting.extend(pool.apply_async(_chunk, (work, chunk))
                           for chunk in itertools.islice(chunks, 1))
            for done in finished:
                yield done
                progress.advance()
    except KeyboardInterrupt:
        pool.terminate()  # the workers had the signal too
        waiting.clear()
        raise
    finally:
        _shut(pool, waiting)


def _shut(pool: Any, waiting: deque[Any]) -> None:
    """End the pool's workers once they have finished the chunks in flight (the caller may
    have stopped early: a file it could not write). Pool.terminate() kills a worker at any
    point, perhaps holding the lock of the queue of results, and then waits on that lock
    forever (it did, once in a test run); it is only the last resort here."""
    deadline = time.monotonic() + SHUT_SECONDS
    for pending in waiting:
        pending.wait(max(0.0, deadline - time.monotonic()))
    if all(pending.ready() for pending in waiting):
        pool.close()
    else:  # a chunk that does not end (its worker died): nothing else is left to try
        pool.terminate()
    pool.join()


def _chunk(work: Callable[[Work], Done], items: Sequence[Work]) -> list[Done]:
    done = [work(item) for item in items]
    give_back()  # what the chunk's work freed: a worker stays as small as one chunk needs
    return done
