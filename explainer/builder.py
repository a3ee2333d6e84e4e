"""One build: gather the site, render it, and write it, or report why not."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from explainer import parallel
from explainer.cache import BuildCache
from explainer.checks import check_glossary
from explainer.console import Progress
from explainer.diagnostics import Diagnostics
from explainer.output import check_target, tidy, write_site
from explainer.plan import Job, plan
from explainer.search import index
from explainer.site import Site, gather
from explainer.theme import DEFAULT_THEME

DEFAULT_LAYOUTS = DEFAULT_THEME  # the packaged theme (a site's own layouts go over it)


@dataclass(frozen=True)
class BuildResult:
    site: Site | None
    files: dict[str, bytes]
    diagnostics: Diagnostics
    seconds: float
    notes: tuple[str, ...] = ()  # about the output folder: copies that could not be removed
    jobs: Mapping[str, Job] = field(default_factory=dict)  # the plan that made the files

    @property
    def ok(self) -> bool:
        return self.site is not None and not self.diagnostics.has_errors


def build_files(content: Path, layouts: Path = DEFAULT_LAYOUTS, drafts: bool = False,
                strict: bool = False, cache: BuildCache | None = None,
                progress: Progress | None = None, base_url: str | None = None,
                jobs: int = 1) -> BuildResult:
    """Build the whole site in memory: every output file as bytes, nothing written.

    Glossary warnings (unused and out-of-date terms) are reported; ``strict`` makes them errors.
    ``jobs`` processes render the bodies and run the plan (the files are the same).
    """
    started = time.perf_counter()
    diags = Diagnostics()
    site = gather(content, diags, drafts=drafts, cache=cache, progress=progress,
                  base_url=base_url, bodies=parallel.bodies(jobs) if jobs > 1 else None)
    files: dict[str, bytes] = {}
    planned: dict[str, Job] = {}
    if site is not None:
        check_glossary(site, dt.date.today(), diags, with_candidates=False)
        planned = plan(site, content, layouts)
        files = parallel.run_jobs(site, planned, layouts, jobs, diags, progress)
        if strict:
            diags = diags.strict()
    return BuildResult(site, files, diags, time.perf_counter() - started, jobs=planned)


def build(content: Path, output: Path, layouts: Path = DEFAULT_LAYOUTS,
          drafts: bool = False, strict: bool = False,
          progress: Progress | None = None, base_url: str | None = None,
          search: bool = True, jobs: int | None = None) -> BuildResult:
    """Build and, only when there is no error, replace ``output`` with the new site.

    With ``search`` the new site gets its search index before it replaces the old one.
    ``jobs`` is the number of processes (default: one per CPU; 1 runs in this process).
    """
    started = time.perf_counter()
    check_target(output, content)
    notes = tidy(output)  # the copies killed builds left beside the output
    result = build_files(content, layouts, drafts, strict, progress=progress, base_url=base_url,
                         jobs=parallel.workers(jobs))
    if result.ok:
        if progress is not None and search:
            progress.stage("Indexing for search", 0)
        note = write_site(result.files, output, finish=index if search else None)
        notes += [note] if note else []
    return dataclasses.replace(result, seconds=time.perf_counter() - started,
                               notes=tuple(notes))
