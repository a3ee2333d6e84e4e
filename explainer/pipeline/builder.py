"""One build: gather the site, render it, and write it, or report why not."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from explainer.core.console import Progress
from explainer.core.diagnostics import Diagnostics
from explainer.core.spec import SiteSpec
from explainer.output.search import cached_index, index
from explainer.output.writer import check_target, tidy, write_site
from explainer.pipeline import parallel, unchanged
from explainer.pipeline.diskcache import (
    DiskCache,
    cached_bodies,
    cached_jobs,
    hashed,
    settings_key,
)
from explainer.pipeline.outputstate import files_key, record_output, unchanged_output
from explainer.pipeline.plan import Job, plan
from explainer.pipeline.unchanged import tool_version
from explainer.site.checks import check_glossary
from explainer.site.gather import Site, gather
from explainer.site.memo import BuildCache


@dataclass(frozen=True)
class BuildResult:
    site: Site | None
    files: dict[str, bytes]
    diagnostics: Diagnostics
    seconds: float
    notes: tuple[str, ...] = ()  # about the output folder: copies that could not be removed
    jobs: Mapping[str, Job] = field(default_factory=dict)  # the plan that made the files
    cache_notes: tuple[str, ...] = ()  # a corrupt cache or one of another version, ignored
    written: bool = True  # False when the output already held exactly these files

    @property
    def ok(self) -> bool:
        return self.site is not None and not self.diagnostics.has_errors


def build_files(spec: SiteSpec, cache: BuildCache | None = None,
                progress: Progress | None = None, jobs: int = 1,
                store: DiskCache | None = None) -> BuildResult:
    """Build the whole site in memory: every output file as bytes, nothing written.

    Glossary warnings (unused and out-of-date terms) are reported; the spec's ``strict`` makes
    them errors.
    ``jobs`` processes render the bodies and run the plan (the files are the same). With a
    ``store``, bodies and jobs whose inputs are unchanged since a cached build are not redone.
    """
    started = time.perf_counter()
    diags = Diagnostics()
    settings = settings_key(store, spec) if store else ""
    bodies = parallel.bodies(jobs) if jobs > 1 or store else None
    if store is not None and bodies is not None:
        bodies = cached_bodies(store, bodies, settings)
    site = gather(spec, diags, cache=cache, progress=progress, bodies=bodies)
    files: dict[str, bytes] = {}
    planned: dict[str, Job] = {}
    if site is not None:
        check_glossary(site, dt.date.today(), diags, with_candidates=False)
        planned = plan(site, spec)
        if store is None:
            files = parallel.run_jobs(site, planned, spec.layouts, jobs, diags, progress)
        else:
            files = _cached_files(store, site, planned, spec.layouts, settings, jobs, diags,
                                  progress)
        if spec.strict:
            diags = diags.strict()
    return BuildResult(site, files, diags, time.perf_counter() - started, jobs=planned)


def _cached_files(store: DiskCache, site: Site, planned: dict[str, Job], layouts: Path,
                  settings: str, jobs: int, diags: Diagnostics,
                  progress: Progress | None) -> dict[str, bytes]:
    """:func:`parallel.run_jobs` with the stored results of unchanged jobs."""
    results = cached_jobs(store, site, planned, layouts, settings, lambda todo: (
        parallel.render_jobs(site, todo, layouts, jobs, progress)))
    files: dict[str, bytes] = {}
    found: list = []
    for name, (data, problems) in results.items():
        found += problems
        if data is not None:
            files[name] = data
    diags.extend(dict.fromkeys(found))
    return files


def build(spec: SiteSpec, output: Path, progress: Progress | None = None,
          search: bool = True, jobs: int | None = None,
          cache: Path | None = None, key: str | None = None) -> BuildResult:
    """Build and, only when there is no error, replace ``output`` with the new site.

    With ``search`` the new site gets its search index before it replaces the old one.
    ``jobs`` is the number of processes (default: one per CPU; 1 runs in this process).
    ``cache`` is the folder of the cache across builds (None: no cache). A successful build
    with a cache records ``key`` (:func:`unchanged.build_key`, worked out here when not given)
    so that the next build with the same key and an untouched output does nothing.
    """
    started = time.perf_counter()
    check_target(output, spec.content)
    notes = tidy(output)  # the copies killed builds left beside the output
    store, cache_notes = _open_cache(cache)
    if store is not None and key is None:
        key = unchanged.build_key(spec, output, search, dt.date.today().isoformat())
    result = build_files(spec, progress=progress, jobs=parallel.workers(jobs), store=store)
    written = False
    if result.ok:
        if progress is not None and search:
            progress.stage("Indexing for search", 0)
        written = store is None or not unchanged_output(store, result.files, output, search)
        if written:
            note = write_site(result.files, output, finish=_finish(store, result.files, search))
            notes += [note] if note else []
            if store is not None:
                record_output(store, result.files, output, search)
        if store is not None:
            store.prune()
    if store is not None:
        _remember(store.folder, key if result.ok else None, output, result)
        store.close()
    return dataclasses.replace(result, seconds=time.perf_counter() - started,
                               notes=tuple(notes), written=written,
                               cache_notes=tuple(store.notes) if store else cache_notes)


def _open_cache(folder: Path | None) -> tuple[DiskCache | None, tuple[str, ...]]:
    """The cache in ``folder``, or None with why not (no folder, or not a cache's)."""
    store = DiskCache(folder) if folder is not None else None
    if store is None or store.usable:
        return store, ()
    return None, tuple(store.notes)


def _finish(store: DiskCache | None, files: dict[str, bytes],
            search: bool) -> Callable[[Path], None] | None:
    if not search:
        return None
    if store is None:
        return index
    pages = {name: data for name, data in files.items() if name.endswith(".html")}
    return cached_index(store.folder / "search", hashed([tool_version(),
                                                         files_key(pages, True)]))


def _remember(folder: Path, key: str | None, output: Path, result: BuildResult) -> None:
    """Record a successful build for the next one (:mod:`explainer.pipeline.unchanged`)."""
    if key is None or result.site is None:
        unchanged.forget(folder, output)
        return
    counts = (len(result.site.explainers), len(result.site.terms), len(result.files))
    unchanged.remember(folder, key, output, tuple(result.diagnostics), counts)
