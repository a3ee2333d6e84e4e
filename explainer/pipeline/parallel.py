"""A build's two heavy steps, in a pool of processes: the explainers' bodies, then the plan.

The workers are forked once what they need is in memory: for the bodies the compiled
glossary and the settings, for the plan the assembled site, the jobs and the layouts. So the
glossary is compiled once (each worker shares it) and only the work's results travel back:
each worker renders with its own Markdown instances (:data:`explainer.site.gather.CONVERTERS`, reset
between documents) and its own Jinja2 environment. Results come back in the order the work
was handed out and their problems are replayed in that order, so the files and the messages
are those of a one-process build, byte for byte.

With one job, or on a system that cannot fork a process, everything runs in this process.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from explainer.content.model import Config, Explainer
from explainer.core.console import Progress
from explainer.core.diagnostics import Diagnostic, Diagnostics
from explainer.glossary.terms import Glossary
from explainer.output.render import environment, render_spec
from explainer.pipeline.plan import Job, run
from explainer.site.gather import ExplainerPage, Site, explainer_page

Work = TypeVar("Work")
Done = TypeVar("Done")
Result = tuple[str, bytes | None, tuple[Diagnostic, ...]]
_STATE: dict[str, Any] = {}  # what the workers inherit from the process that forks them
RENDERED: list[str] = []  # what this process rendered (job names, "body:" paths), for tests


def workers(jobs: int | None = None) -> int:
    """How many processes a build uses: ``jobs``, else one per CPU; 1 where fork is missing."""
    wanted = jobs or os.cpu_count() or 1
    return wanted if "fork" in multiprocessing.get_all_start_methods() else 1


def bodies(count: int) -> Callable[..., list[tuple[ExplainerPage, tuple[Diagnostic, ...]]]]:
    """A renderer of explainers' bodies for :func:`explainer.site.gather.gather` with ``count``
    processes."""
    def render(explainers: list[Explainer], glossary: Glossary, config: Config,
               progress: Progress) -> list[tuple[ExplainerPage, tuple[Diagnostic, ...]]]:
        _STATE.update(glossary=glossary, config=config)
        progress.stage("Rendering explainers", len(explainers))
        return list(_mapped(_body, explainers, count, progress))
    return render


def _body(explainer: Explainer) -> tuple[ExplainerPage, tuple[Diagnostic, ...]]:
    RENDERED.append(f"body:{explainer.path}")
    diags = Diagnostics()
    page = explainer_page(explainer, _STATE["glossary"], _STATE["config"], diags)
    return page, tuple(diags)


def render_jobs(site: Site, jobs: dict[str, Job], layouts: Path, count: int,
                progress: Progress | None = None) -> Iterator[Result]:
    """Each job but the search index, in the plan's order, as it is done: its name, bytes
    and problems (the caller keeps or writes the bytes: nobody holds them all)."""
    _STATE.update(site=site, jobs=jobs, layouts=layouts, env=None)
    names = [name for name, job in jobs.items() if job.kind != "search"]
    progress = progress or Progress(None)
    progress.stage("Rendering pages", len(names))
    yield from _mapped(_job, names, count, progress)


def _job(name: str) -> Result:
    if _STATE["env"] is None:
        _STATE["env"] = environment(_STATE["layouts"])
    RENDERED.append(name)
    diags = Diagnostics()
    data = run(_STATE["jobs"][name], _render_page, diags)
    return name, data, tuple(diags)


def _render_page(spec: Any, diags: Diagnostics) -> bytes | None:
    return render_spec(_STATE["env"], _STATE["layouts"], _STATE["site"], spec, diags)


def _mapped(work: Callable[[Work], Done], items: Sequence[Work], count: int,
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
    with multiprocessing.get_context("fork").Pool(count) as pool:
        # At most two chunks per worker are in flight: results wait for the caller, who
        # writes them, in a bounded queue (Pool.imap would keep every finished one).
        waiting = deque(pool.apply_async(_chunk, (work, chunk))
                        for chunk in itertools.islice(chunks, 2 * count))
        while waiting:
            finished = waiting.popleft().get()
            waiting.extend(pool.apply_async(_chunk, (work, chunk))
                           for chunk in itertools.islice(chunks, 1))
            for done in finished:
                yield done
                progress.advance()


def _chunk(work: Callable[[Work], Done], items: Sequence[Work]) -> list[Done]:
    return [work(item) for item in items]
