"""The only code that writes the built site: all files at once, or nothing.

Files are written to a new folder beside the output folder (``.output-new-*``), which then
takes the output folder's place: on Linux in one step (``renameat2`` with
``RENAME_EXCHANGE``), elsewhere by two renames. A failed build therefore leaves the previous
output exactly as it was, and there is never a moment without one. Which folder may be
replaced, and the leftovers of killed builds, are :mod:`explainer.output.folders`'.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from explainer.output.exchange import exchange
from explainer.output.folders import (
    MARKER,
    MARKER_TEXT,
    OutputError,
    cause,
    check_replaceable,
    new_folder,
    remove_copy,
    resolved,
    shown_path,
    unlock,
)

# --- writing -------------------------------------------------------------------------------


def _safe_target(root: Path, relpath: str) -> Path:
    target = (root / relpath).resolve()
    if not target.is_relative_to(root) or target == root:
        raise OutputError(f"refusing to write outside the output folder: {relpath}")
    return target


def write_site(files: dict[str, bytes], out: Path,
               finish: Callable[[Path], None] | None = None) -> str | None:
    """Replace the output folder with exactly these files and the marker (see :class:`Staging`)."""
    staging = Staging(out)
    try:
        for relpath in sorted(files):
            staging.add(relpath, files[relpath])
    except BaseException:
        staging.discard()
        raise
    return staging.commit(finish)


@dataclass(frozen=True)
class Placed:
    """A file of the new site that travels as its hash rather than its bytes: already written
    into the staging folder (by a worker of the build), or, with a ``source``, to be taken as
    it is from that file of the previous output, which holds the same bytes."""

    digest: bytes  # the file's SHA-256
    source: Path | None = None

    def read(self) -> bytes:
        if self.source is None:
            raise ValueError("the file is in the staging folder, not kept as bytes")
        return self.source.read_bytes()


class Staging:
    """The next output folder, filled file by file beside ``out`` as a build makes its files,
    then put in ``out``'s place in one swap (:meth:`commit`) or removed (:meth:`discard`).

    A build holds only the file it is writing, not the whole site. Call :func:`tidy` first (a
    build does). Any failure of the file system is an :class:`OutputError` naming the path and
    the cause; the old folder then stays as it was.
    """

    def __init__(self, out: Path) -> None:
        self.out = out = resolved(out)
        with _failing(f"cannot read {shown_path(out)}", out):
            check_replaceable(out)
        with _failing(f"cannot make the folder {shown_path(out.parent)}", out):
            out.parent.mkdir(parents=True, exist_ok=True)
        with _failing(f"cannot write in {shown_path(out.parent)}", out):
            staging, self._lock = new_folder(out, "new")
        self.folder = resolved(staging)
        self._made: set[Path] = {self.folder}
        try:
            self._write(MARKER, MARKER_TEXT)
        except BaseException:
            self.discard()
            raise

    def add(self, relpath: str, data: bytes) -> None:
        """Write one file of the new site (the caller discards the staging when this fails).
        A forked worker of the build may call this too: the folder is the same."""
        self._write(relpath, data)

    def link(self, relpath: str, source: Path) -> None:
        """Put ``source``, a file of the previous output, into the new site as it is: a hard
        link (nothing is copied), or a copy where the file system has none."""
        self._write(relpath, source)

    def _write(self, relpath: str, data: bytes | Path) -> None:
        try:
            target = _safe_target(self.folder, relpath)
            if target.parent not in self._made:
                target.parent.mkdir(parents=True, exist_ok=True)
                self._made.add(target.parent)
            if isinstance(data, Path):
                _link_or_copy(data, target)
            else:
                target.write_bytes(data)
        except OSError as exc:
            failed = self.out / relpath
            if exc.filename and Path(exc.filename).is_relative_to(self.folder):
                failed = self.out / Path(exc.filename).relative_to(self.folder)
            raise _write_error(f"cannot write {shown_path(failed)}", exc, self.out) from None

    def commit(self, finish: Callable[[Path], None] | None = None) -> str | None:
        """Put the new folder in the output's place. ``finish`` runs on it first (the search
        index is written there); if it fails, the old folder stays. Returns a warning when
        the previous output could not be removed once replaced."""
        out = self.out
        try:
            with _failing(f"cannot write in {shown_path(out.parent)}", out):
                os.chmod(self.folder, 0o755)
            if finish is not None:
                finish(self.folder)
            with _failing(f"cannot replace {shown_path(out)}/ with the new build", out):
                previous = _swap(self.folder, out)
        except BaseException:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise
        finally:
            unlock(self._lock)
        return remove_copy(previous) if previous is not None else None

    def discard(self) -> None:
        """Remove the new folder: the output stays as it was."""
        shutil.rmtree(self.folder, ignore_errors=True)
        unlock(self._lock)


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


@contextlib.contextmanager
def _failing(action: str, out: Path) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        raise _write_error(action, exc, out) from None


def _write_error(action: str, exc: OSError, out: Path) -> OutputError:
    kept = f"{shown_path(out)}/ was left as it was" if out.is_dir() else "nothing was written"
    return OutputError(f"{action}: {cause(exc)}; {kept}")


# --- the swap ------------------------------------------------------------------------------


def _swap(staging: Path, out: Path) -> Path | None:
    """Put ``staging`` in the place of ``out``; return where the previous output now is."""
    if not os.path.lexists(out):
        staging.rename(out)
        return None
    if exchange(staging, out):
        return staging  # it now holds the previous output
    return _swap_by_renames(staging, out)


def _swap_by_renames(staging: Path, out: Path) -> Path:
    old, lock = new_folder(out, "old")
    try:
        out.rename(old / out.name)
        try:
            staging.rename(out)
        except BaseException:
            (old / out.name).rename(out)
            raise
    except BaseException:
        if os.path.lexists(out):  # else the next build's tidy puts the old output back
            shutil.rmtree(old, ignore_errors=True)
        raise
    finally:
        unlock(lock)
    return old
