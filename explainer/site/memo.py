"""What one build read and rendered, kept for the next build of the same site.

``serve`` rebuilds after every save. Most files have not changed since the last build, so a
:class:`BuildCache` keeps each file's loaded value (and the problems found in it) until the file
changes, the compiled glossary until a term changes, and each explainer's rendered body until
the explainer, the glossary or the site settings change. A one-off build uses a fresh cache,
which costs one ``stat`` per file.

Every cached value is replayed with its diagnostics, so a cached build reports exactly what a
fresh one would.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from explainer.core.diagnostics import Diagnostic, Diagnostics

V = TypeVar("V")
Stamp = tuple[int, int, int]  # modification time (ns), size, inode


@dataclass(frozen=True)
class _Entry:
    key: Hashable
    value: Any
    diagnostics: tuple[Diagnostic, ...]


def stamp(path: Path | str) -> Stamp | None:
    """When and how big the file is: a changed stamp means the file must be read again."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size, st.st_ino


class BuildCache:
    """Loaded files, the glossary and rendered bodies, each valid while its inputs are the same.

    Keys compare loaded objects by identity: an object is reused only while the file it came
    from is unchanged, so the same object means the same input.
    """

    def __init__(self) -> None:
        self._files: dict[tuple[str, str], _Entry] = {}  # (kind, absolute path) -> entry
        self._derived: dict[tuple[str, Hashable], _Entry] = {}
        self._used: set[tuple[str, Any]] = set()

    def forget(self, paths: Iterable[Path]) -> None:
        """Drop what was read from these files (the watcher saw them change)."""
        gone = {q for p in paths for q in (_absolute(p), str(p.resolve()))}
        for kind, path in list(self._files):
            if path in gone:
                del self._files[kind, path]

    def drop(self, kind: str) -> None:
        """Forget every file of one kind (a one-off build that holds them elsewhere)."""
        for where in [w for w in self._files if w[0] == kind]:
            del self._files[where]

    def load(self, kind: str, path: Path, loader: Callable[[Path, Diagnostics], V],
             diags: Diagnostics) -> V:
        """``loader(path, diags)``, or its earlier result while the file is unchanged."""
        full = _absolute(path)
        where = (kind, full)
        self._used.add(where)
        now = stamp(full)
        entry = self._files.get(where)
        if entry is None or entry.key != now:
            entry = self._files[where] = self._make(now, lambda d: loader(path, d))
        diags.extend(entry.diagnostics)
        return entry.value

    def derive(self, kind: str, name: Hashable, inputs: tuple[object, ...],
               make: Callable[[Diagnostics], V], diags: Diagnostics) -> V:
        """``make(diags)``, or its earlier result while ``inputs`` are the very same objects."""
        where = (kind, name)
        self._used.add(where)
        entry = self._derived.get(where)
        if entry is None or not _same_objects(entry.key, inputs):
            entry = self._derived[where] = self._make(inputs, make)
        diags.extend(entry.diagnostics)
        return entry.value

    def _make(self, key: Hashable, make: Callable[[Diagnostics], V]) -> _Entry:
        local = Diagnostics()
        value = make(local)
        return _Entry(key, value, tuple(local))

    def prune(self) -> None:
        """Forget what the last build did not ask for (deleted or renamed files)."""
        for table in (self._files, self._derived):
            for where in [w for w in table if w not in self._used]:
                del table[where]
        self._used.clear()


def _absolute(path: Path) -> str:
    """The absolute path without touching the disk (``resolve`` costs a system call a part),
    as text (a key; a Path would cost more to make than the look-up it serves)."""
    return os.path.abspath(path)


def _same_objects(old: tuple[object, ...], new: tuple[object, ...]) -> bool:
    return len(old) == len(new) and all(a is b for a, b in zip(old, new, strict=True))
