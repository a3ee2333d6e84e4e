"""Rebuilds for ``serve``: after a change, the pages open in a browser first, then the rest.

A :class:`LiveSite` keeps a :class:`~explainer.cache.BuildCache` between builds, so a save
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

from explainer import minify
from explainer.cache import BuildCache
from explainer.checks import check_glossary
from explainer.console import Progress
from explainer.contentfs import media_files
from explainer.diagnostics import Diagnostic, Diagnostics
from explainer.feeds import site_files
from explainer.render import environment, page_specs, render_spec
from explainer.site import Site, gather
from explainer.theme import asset_paths


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

    def __init__(self, content: Path, layouts: Path, folder: Path, drafts: bool = False):
        self.content, self.layouts, self.folder, self.drafts = content, layouts, folder, drafts
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
        site = gather(self.content, diags, drafts=self.drafts, cache=self.cache,
                      progress=progress)
        outcome = Outcome(diags, site=site)
        if site is None:
            return outcome
        check_glossary(site, dt.date.today(), diags, with_candidates=False)
        specs = page_specs(site)
        static = self._static()  # first too: a page may use a picture saved with it
        rendered = self._render(site, [f for f in first if f in specs], specs, diags)
        if diags.has_errors:
            return _once(outcome)
        outcome.first = outcome.changed = (self._write({**static, **rendered}, complete=False)
                                           | self._remove(f for f in first if f not in specs))
        if on_first is not None:
            on_first(outcome)
        for file in specs:
            if file not in rendered:
                if interrupted():
                    outcome.interrupted = True
                    return outcome
                rendered.update(self._render(site, [file], specs, diags))
        if diags.has_errors:
            return _once(outcome)
        rendered.update(static)
        rendered.update(site_files(site))
        outcome.changed = outcome.first | self._write(rendered, complete=True)
        return outcome

    def _render(self, site: Site, files: list[str], specs: dict, diags: Diagnostics,
                ) -> dict[str, bytes]:
        assert self._env is not None
        out = {}
        for file in files:
            html = render_spec(self._env, self.layouts, site, specs[file], diags)
            if html is not None:
                out[file] = html
        return out

    def _static(self) -> dict[str, bytes]:
        """The content's media and the theme's assets, read again only when they change
        (a file that disappears while it is read is left for the next rebuild)."""
        media = self.content / "media"
        # Media without links out, as in a build; the assets of the theme and of the site.
        listed = {f"media/{path.relative_to(media).as_posix()}": path
                  for path in media_files(self.content, Diagnostics())}
        listed.update(asset_paths(self.layouts))
        files = {}
        for name, path in listed.items():
            data = self.cache.load("static", path, _read, Diagnostics())
            if data is not None:
                if name.startswith("assets/"):
                    data = minify.asset(path.name, data)
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


def _read(path: Path, diags: Diagnostics) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def new_problems(now: Diagnostics, before: set[Diagnostic]) -> list[Diagnostic]:
    """Errors always; warnings only when the previous build did not already report them."""
    return [d for d in now if d.severity == "error" or d not in before]


def since(start_ns: int) -> float:
    """Milliseconds from a ``time.time_ns()`` stamp (for example a file's mtime) to now."""
    return max(0.0, (time.time_ns() - start_ns) / 1e6)
