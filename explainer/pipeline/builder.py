"""One build: gather the site, render it, and write it, or report why not."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import time
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from explainer.core.console import Progress
from explainer.core.diagnostics import Diagnostic, Diagnostics
from explainer.core.memory import give_back
from explainer.core.pool import workers
from explainer.core.spec import SiteSpec
from explainer.output.folders import check_target, tidy
from explainer.output.search import cached_index, index
from explainer.output.writer import Placed, Staging
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
from explainer.pipeline.spill import Spill
from explainer.pipeline.unchanged import tool_version
from explainer.site.checks import check_glossary
from explainer.site.gather import gather
from explainer.site.memo import BuildCache
from explainer.site.pages import Site

Sink = Callable[[str, "bytes | Placed"], None]


@dataclass(frozen=True)
class BuildResult:
    site: Site | None
    files: dict[str, bytes]  # empty when the files went to a sink (``build`` writes them)
    diagnostics: Diagnostics
    seconds: float
    notes: tuple[str, ...] = ()  # about the output folder: copies that could not be removed
    jobs: Mapping[str, Job] = field(default_factory=dict)  # the plan that made the files
    cache_notes: tuple[str, ...] = ()  # a corrupt cache or one of another version, ignored
    written: bool = True  # False when the output already held exactly these files
    count: int = 0  # the files made

    @property
    def ok(self) -> bool:
        return self.site is not None and not self.diagnostics.has_errors


def build_files(spec: SiteSpec, cache: BuildCache | None = None,
                progress: Progress | None = None, jobs: int = 1,
                store: DiskCache | None = None, sink: Sink | None = None,
                previous: Path | None = None,
                stage: Callable[[], Staging] | None = None, spill: bool = False) -> BuildResult:
    """Build the whole site: every output file as bytes, nothing written.

    The files are returned, or with ``sink`` handed to it one by one as they are made (and
    not kept). Glossary warnings (unused and out-of-date terms) are reported; the spec's
    ``strict`` makes them errors. ``jobs`` processes render the bodies and run the plan (the
    files are the same). With a ``store``, bodies and jobs whose inputs are unchanged since a
    cached build are not redone: their files are taken from ``previous``, the output folder,
    when it still holds them (:class:`Placed`). With ``stage`` (the new output folder, made
    when asked) the processes that make the files write them there themselves. With
    ``spill`` the rendered bodies wait in a temporary file, not in memory, and the explainers'
    Markdown sources are dropped once rendered (:mod:`explainer.pipeline.spill`).
    """
    started = time.perf_counter()
    diags = Diagnostics()
    settings = settings_key(store, spec) if store else ""
    kept = Spill() if spill else None
    bodies = (cached_bodies(store, jobs, settings, kept) if store is not None
              else parallel.bodies(jobs, spill=kept) if jobs > 1 or kept else None)
    site = gather(spec, diags, cache=cache, progress=progress, bodies=bodies,
                  stash=kept.stash if kept is not None else None)
    if kept is not None:
        give_back()  # the explainers' sources and the bodies the pool sent back
    files: dict[str, bytes] = {}
    planned: dict[str, Job] = {}
    count = 0
    if site is not None:
        check_glossary(site, dt.date.today(), diags, with_candidates=False)
        planned = plan(site, spec)
        into = stage() if stage is not None else None
        if store is None:
            results = parallel.render_jobs(site, planned, spec.layouts, jobs, progress, into)
        else:
            results = cached_jobs(store, site, planned, spec.layouts, settings, lambda todo: (
                parallel.render_jobs(site, todo, spec.layouts, jobs, progress, into)), previous)
        count = _take(results, list(planned), sink or _keeper(files), diags)
        if spec.strict:
            diags = diags.strict()
    return BuildResult(site, files, diags, time.perf_counter() - started, jobs=planned,
                       count=count)


def _keeper(files: dict[str, bytes]) -> Sink:
    def keep(name: str, data: bytes | Placed) -> None:
        files[name] = data.read() if isinstance(data, Placed) else data
    return keep


def _take(results: Iterable[tuple[str, bytes | Placed | None, tuple[Diagnostic, ...]]],
          order: list[str], sink: Sink, diags: Diagnostics) -> int:
    """Hand each made file to ``sink``; report the problems in the plan's order, each once
    (a broken layout fails every page that uses it). Returns how many files were made."""
    problems: dict[str, tuple[Diagnostic, ...]] = {}
    count = 0
    try:
        for name, data, found in results:
            problems[name] = found
            if data is not None:
                sink(name, data)
                count += 1
    finally:  # a sink that failed: the workers stop now, before the new folder is removed
        if isinstance(results, Generator):
            results.close()
    diags.extend(dict.fromkeys(d for name in order for d in problems.get(name, ())))
    return count


class _Output:
    """Where ``build`` puts the files as they are made: the new output folder, opened at the
    first file; and each file's hash, which says whether the output already holds them."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.staging: Staging | None = None
        self.digests: dict[str, bytes] = {}

    def open(self) -> Staging:
        if self.staging is None:
            self.staging = Staging(self.out)
        return self.staging

    def add(self, name: str, data: bytes | Placed) -> None:
        staging = self.open()
        if isinstance(data, Placed):
            if data.source is not None:
                staging.link(name, data.source)
            self.digests[name] = data.digest
        else:
            staging.add(name, data)
            self.digests[name] = hashlib.sha256(data).digest()

    def key(self, search: bool) -> str:
        return files_key(self.digests, search)

    def commit(self, finish: Callable[[Path], None] | None) -> str | None:
        staging = self.staging or Staging(self.out)
        self.staging = None
        return staging.commit(finish)

    def discard(self) -> None:
        if self.staging is not None:
            self.staging.discard()
            self.staging = None


def build(spec: SiteSpec, output: Path, progress: Progress | None = None,
          search: bool = True, jobs: int | None = None,
          cache: Path | None = None, key: str | None = None) -> BuildResult:
    """Build and, only when there is no error, replace ``output`` with the new site.

    The files are written into the new output folder as they are made, so the build never
    holds them all. With ``search`` the new site gets its search index before it replaces
    the old one. ``jobs`` is the number of processes (default: one per CPU; 1 runs in this
    process). ``cache`` is the folder of the cache across builds (None: no cache). A
    successful build with a cache records ``key`` (:func:`unchanged.build_key`, worked out
    here when not given) so that the next build with the same key and an untouched output
    does nothing.
    """
    started = time.perf_counter()
    check_target(output, spec.content)
    notes = tidy(output)  # the copies killed builds left beside the output
    store, cache_notes = _open_cache(cache)
    if store is not None and key is None:
        key = unchanged.build_key(spec, output, search, dt.date.today().isoformat())
    made = _Output(output)
    try:
        result = build_files(spec, progress=progress, jobs=workers(jobs), store=store,
                             sink=made.add, previous=output, stage=made.open, spill=True)
        written = result.ok and _replace(made, store, output, search, progress, notes)
    finally:
        made.discard()  # what a failed or interrupted build staged
    if store is not None:
        if result.ok:
            store.prune()
        _remember(store.folder, key if result.ok else None, output, result)
        store.close()
    return dataclasses.replace(result, seconds=time.perf_counter() - started,
                               notes=tuple(notes), written=written,
                               cache_notes=tuple(store.notes) if store else cache_notes)


def _replace(made: _Output, store: DiskCache | None, output: Path, search: bool,
             progress: Progress | None, notes: list[str]) -> bool:
    """Put the new folder in the output's place, unless the output already holds exactly
    these files; True when it was replaced."""
    if progress is not None and search:
        progress.stage("Indexing for search", 0)
    key = made.key(search)
    if store is not None and unchanged_output(store, key, output):
        return False
    note = made.commit(_finish(store, made.digests, search))
    notes += [note] if note else []
    if store is not None:
        record_output(store, key, output)
    return True


def _open_cache(folder: Path | None) -> tuple[DiskCache | None, tuple[str, ...]]:
    """The cache in ``folder``, or None with why not (no folder, or not a cache's)."""
    store = DiskCache(folder) if folder is not None else None
    if store is None or store.usable:
        return store, ()
    return None, tuple(store.notes)


def _finish(store: DiskCache | None, digests: dict[str, bytes],
            search: bool) -> Callable[[Path], None] | None:
    if not search:
        return None
    if store is None:
        return index
    pages = {name: digest for name, digest in digests.items() if name.endswith(".html")}
    return cached_index(store.folder / "search", hashed([tool_version(),
                                                         files_key(pages, True)]))


def _remember(folder: Path, key: str | None, output: Path, result: BuildResult) -> None:
    """Record a successful build for the next one (:mod:`explainer.pipeline.unchanged`)."""
    if key is None or result.site is None:
        unchanged.forget(folder, output)
        return
    counts = (len(result.site.explainers), len(result.site.terms), result.count)
    unchanged.remember(folder, key, output, tuple(result.diagnostics), counts)
