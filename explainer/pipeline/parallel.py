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

import dataclasses
import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from explainer.content.model import Config, Explainer
from explainer.core.console import Progress
from explainer.core.diagnostics import Diagnostic, Diagnostics
from explainer.core.pool import mapped
from explainer.glossary.terms import Glossary
from explainer.output.render import environment, render_spec
from explainer.output.writer import Placed, Staging
from explainer.pipeline import wire
from explainer.pipeline.plan import Job, run
from explainer.pipeline.spill import Spill
from explainer.site.gather import Bodies, explainer_page
from explainer.site.pages import ExplainerPage, Site

Work = TypeVar("Work")
Done = TypeVar("Done")
Result = tuple[str, bytes | Placed | None, tuple[Diagnostic, ...]]
Body = tuple[ExplainerPage, tuple[Diagnostic, ...]]
Keep = Callable[[Explainer, bytes], None]  # an explainer and its body as bytes
_STATE: dict[str, Any] = {}  # what the workers inherit from the process that forks them
RENDERED: list[str] = []  # what this process rendered (job names, "body:" paths), for tests


def bodies(count: int, keep: Keep | None = None, spill: Spill | None = None) -> Bodies:
    """A renderer of explainers' bodies for :func:`explainer.site.gather.gather` with ``count``
    processes. ``keep`` is called in this process with each explainer and its body as the
    compressed bytes of :func:`wire.dumps` (the cache across builds stores them; a worker
    sends them so). With ``spill`` each body is kept there as it arrives, not in memory."""
    def render(explainers: list[Explainer], glossary: Glossary, config: Config,
               progress: Progress) -> list[Body]:
        _STATE.update(glossary=glossary, config=config, compress=keep is not None, spill=spill)
        progress.stage("Rendering explainers", len(explainers))
        if count <= 1:
            made: Iterator[Body] = mapped(_body, explainers, count, progress)
            if keep is not None:
                made = (_kept(explainer, done, glossary, keep)
                        for explainer, done in zip(explainers, made, strict=True))
        else:
            made = (_arrived(explainer, data, glossary, keep) for explainer, data in
                    zip(explainers, mapped(_body_bytes, explainers, count, progress), strict=True))
        return [spilled(done, spill) for done in made]
    return render


def _kept(explainer: Explainer, done: Body, glossary: Glossary, keep: Keep) -> Body:
    keep(explainer, wire.dumps(done, glossary, compress=True))
    return done


def _arrived(explainer: Explainer, data: bytes, glossary: Glossary, keep: Keep | None) -> Body:
    """A body as a worker sent it, handed to ``keep`` as it came (compressed when kept)."""
    if keep is not None:
        keep(explainer, data)
    return wire.loads(data, glossary, compressed=keep is not None)


def spilled(done: Body, spill: Spill | None) -> Body:
    """A body and its problems, the body moved to ``spill`` when there is one."""
    return done if spill is None else (spill.page(done[0]), done[1])


def _body(explainer: Explainer) -> Body:
    RENDERED.append(f"body:{explainer.path}")
    diags = Diagnostics()
    spill = _STATE["spill"]
    source = explainer if spill is None else spill.restored(explainer)
    page = explainer_page(source, _STATE["glossary"], _STATE["config"], diags)
    if source is not explainer:  # the page keeps the explainer without its source
        page = dataclasses.replace(page, explainer=explainer)
    return page, tuple(diags)


def _body_bytes(explainer: Explainer) -> bytes:
    """:func:`_body` as a worker sends it back: the terms named, not copied (compressed when
    the cache keeps it)."""
    return wire.dumps(_body(explainer), _STATE["glossary"], compress=_STATE["compress"])


def render_jobs(site: Site, jobs: dict[str, Job], layouts: Path, count: int,
                progress: Progress | None = None, into: Staging | None = None) -> Iterator[Result]:
    """Each job but the search index, in the plan's order, as it is done: its name, bytes
    and problems (the caller keeps or writes the bytes: nobody holds them all). With
    ``into`` the worker that makes a file writes it there and sends back its hash
    (:class:`Placed`) instead of its bytes."""
    _STATE.update(site=site, jobs=jobs, layouts=layouts, env=None, into=into)
    names = [name for name, job in jobs.items() if job.kind != "search"]
    progress = progress or Progress(None)
    progress.stage("Rendering pages", len(names))
    yield from mapped(_job, names, count, progress)


def _job(name: str) -> Result:
    if _STATE["env"] is None:
        _STATE["env"] = environment(_STATE["layouts"])
    RENDERED.append(name)
    diags = Diagnostics()
    data = run(_STATE["jobs"][name], _render_page, diags)
    if data is None or _STATE["into"] is None:
        return name, data, tuple(diags)
    _STATE["into"].add(name, data)
    return name, Placed(hashlib.sha256(data).digest()), tuple(diags)


def _render_page(spec: Any, diags: Diagnostics) -> bytes | None:
    return render_spec(_STATE["env"], _STATE["layouts"], _STATE["site"], spec, diags)
