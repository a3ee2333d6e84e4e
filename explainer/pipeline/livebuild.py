"""Rebuilds for ``serve``: after a change, the pages open in a browser first, then the rest.

A :class:`LiveSite` keeps a :class:`~explainer.site.memo.BuildCache` between builds, so a save
re-reads and re-renders only the file that changed. It then renders the pages someone is
looking at, writes them and reports them (the server reloads those browsers at once), and only
then renders every other page against the same new site. Pages whose bytes did not change are
not written again. A build with errors in what it reads writes nothing: the folder keeps the
last good site. (A layout error that shows only on pages rendered after the open ones is found
after those were written: the open pages are then new, and the errors show over them.)
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from explainer.core.console import Progress
from explainer.core.diagnostics import Diagnostic, Diagnostics
from explainer.core.spec import SiteSpec
from explainer.output.render import environment, render_spec
from explainer.pipeline.plan import Job, Make, plan, run
from explainer.site.checks import check_glossary
from explainer.site.gather import gather
from explainer.site.memo import BuildCache
from explainer.site.pages import Site


@dataclass
class Outcome:
    """What one rebuild did."""

    diagnostics: Diagnostics
    changed: set[str] = field(default_factory=set)  # output files written or removed
    first: set[str] = field(default_factory=set)  # of those, the pages rendered first
    interrupted: bool = False  # a newer change arrived before the rest was rendered
    site: Site | None = None

    @property
    def ok(self) -> bool:
        return self.site is not None and not self.diagnostics.has_errors


class LiveSite:
    """The built site in ``folder``, kept up to date by :meth:`rebuild`."""

    def __init__(self, spec: SiteSpec, folder: Path):
        self.spec, self.folder = spec, folder
        self.layouts, self.strict = spec.layouts, spec.strict
        self.cache = BuildCache()
        self.files: dict[str, bytes] = {}  # what the folder holds now
        self._env: jinja2.Environment | None = None

    def rebuild(self, changed: Iterable[Path] = (), first: Collection[str] = (),
                on_first: Callable[[Outcome], None] | None = None,
                interrupted: Callable[[], bool] = lambda: False,
                progress: Progress | None = None) -> Outcome:
        """Bring the folder up to date after ``changed`` files changed (all, the first time).

        ``first`` names output files to render before the others (the open pages);
        ``on_first`` is told as soon as they are written. ``interrupted`` is asked between
        pages: when it says yes, the rest is left for the next rebuild.
        """
        changed = list(changed)
        self.cache.forget(changed)
        if self._env is None or any(_inside(p, self.layouts) for p in changed):
            self._env = environment(self.layouts)
        diags = Diagnostics()
        site = gather(self.spec, diags, cache=self.cache, progress=progress)
        outcome = Outcome(diags, site=site)
        if site is None:
            return outcome
        if self.strict:  # its warnings are errors: known before anything is written
            check_glossary(site, dt.date.today(), diags, with_candidates=False)
            outcome.diagnostics = diags = diags.strict()
        opened = plan(site, self.spec, pages=first)
        static = self._static(opened)  # first too: a page may use a picture saved with it
        rendered = self._run(site, [f for f in first if f in opened], opened, diags)
        if diags.has_errors:
            return _once(outcome)
        gone = [f for f in first if f not in opened]
        outcome.first = outcome.changed = (self._write({**static, **rendered}, complete=False)
                                           | self._remove(gone))
        if on_first is not None:
            on_first(outcome)
        if not self.strict:
            check_glossary(site, dt.date.today(), diags, with_candidates=False)
        jobs = plan(site, self.spec)
        pages = [name for name, job in jobs.items() if job.kind == "page"]
        for file in pages:
            if file not in rendered:
                if interrupted():
                    outcome.interrupted = True
                    return outcome
                rendered.update(self._run(site, [file], jobs, diags))
        rendered.update(self._run(site, [n for n, j in jobs.items() if j.kind == "file"],
                                  jobs, diags))
        if diags.has_errors:
            return _once(outcome)
        outcome.changed = outcome.first | self._write({**rendered, **static}, complete=True)
        return outcome

    def _run(self, site: Site, files: list[str], jobs: dict[str, Job], diags: Diagnostics,
             ) -> dict[str, bytes]:
        env = self._env
        assert env is not None
        out = {}
        for file in files:
            data = run(jobs[file], lambda spec, d: render_spec(env, self.layouts, site, spec, d),
                       diags)
            if data is not None:
                out[file] = data
        return out

    def _static(self, jobs: dict[str, Job]) -> dict[str, bytes]:
        """The plan's copies (media, theme assets), read again only when their file changes
        (a file that disappears while it is read is left for the next rebuild)."""
        files = {}
        for name, job in jobs.items():
            if job.kind == "copy" and job.source is not None and job.make is not None:
                data = self.cache.load("static", job.source, _copied(job.make), Diagnostics())
                if data is not None:
                    files[name] = data
        return files

    def _write(self, files: dict[str, bytes], complete: bool) -> set[str]:
        """Write the files whose bytes changed; with ``complete``, remove the ones now gone."""
        changed = {name for name, data in files.items() if self.files.get(name) != data}
        for name in sorted(changed):
            _replace(self.folder / name, files[name])
            self.files[name] = files[name]
        if complete:
            changed |= self._remove(set(self.files) - set(files))
        return changed

    def _remove(self, names: Iterable[str]) -> set[str]:
        """Delete these files, where the folder has them (a page whose source was deleted)."""
        gone = {name for name in names if name in self.files}
        for name in sorted(gone):
            (self.folder / name).unlink(missing_ok=True)
            del self.files[name]
        return gone


def _replace(target: Path, data: bytes) -> None:
    """Write a file whole: the server never sends half of one (write aside, then rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    staged.write_bytes(data)
    os.replace(staged, target)


def _once(outcome: Outcome) -> Outcome:
    """The outcome with each problem once (a broken layout fails every page that uses it)."""
    unique = Diagnostics()
    unique.extend(dict.fromkeys(outcome.diagnostics))
    outcome.diagnostics = unique
    return outcome


def _copied(make: Make) -> Callable[[Path, Diagnostics], bytes | None]:
    """A copy job's ``make`` as a loader of its file (None when it cannot be read now)."""
    def load(path: Path, diags: Diagnostics) -> bytes | None:
        try:
            return make(diags)
        except OSError:
            return None
    return load


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def new_problems(now: Diagnostics, before: set[Diagnostic]) -> list[Diagnostic]:
    """Errors always; warnings only when the previous build did not already report them."""
    return [d for d in now if d.severity == "error" or d not in before]


def since(start_ns: int) -> float:
    """Milliseconds from a ``time.time_ns()`` stamp (for example a file's mtime) to now."""
    return max(0.0, (time.time_ns() - start_ns) / 1e6)
