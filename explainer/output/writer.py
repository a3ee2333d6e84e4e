"""The only code that writes the built site: all files at once, or nothing.

Files are written to a new folder beside the output folder (``.output-new-*``), which then
takes the output folder's place: on Linux in one step (``renameat2`` with
``RENAME_EXCHANGE``), elsewhere by two renames. A failed build therefore leaves the previous
output exactly as it was, and there is never a moment without one.

Every output folder holds a marker file, :data:`MARKER`; a build replaces only a folder with
the marker, an empty or missing one, or one that a version without the marker built. Copies
left beside the output by a build that was killed are removed by the next build; a folder
that merely has such a name (anything but an empty one, a marked one or a previous output)
is left alone.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from explainer.core.diagnostics import display_path
from explainer.output.exchange import exchange

try:
    import fcntl
except ImportError:  # Windows: no locks, so a build removes any leftovers it finds
    fcntl = None  # type: ignore[assignment]

MARKER = ".explainer-output"
MARKER_TEXT = b"Built by Explainer. Each build replaces this folder whole.\n"
# What builds write at the top: a folder of these names only, with the pages every build
# writes, is an earlier build (one from before the marker, or whose marker was lost) and may be
# replaced.
KNOWN_NAMES = frozenset({
    MARKER, ".nojekyll", "404.html", "CNAME", "feed.xml", "index.html", "robots.txt",
    "sitemap.xml", "updates.xml", "assets", "explainers", "glossary", "media", "page",
    "pagefind", "search", "tags"})
EVERY_BUILD = ("index.html", "404.html", "glossary/index.html", "tags/index.html")
RANDOM = r"[a-z0-9_]{8}"  # what tempfile.mkdtemp adds to a prefix


class OutputError(Exception):
    """The output folder cannot be written (a message for the user, not a bug)."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint


def _shown(path: Path | str) -> str:
    return display_path(path)


def _cause(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _resolve(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a loop of symbolic links
        raise OutputError(f"cannot follow the path {_shown(path)}: "
                          "it is a loop of symbolic links") from None


# --- which folder may be replaced ---------------------------------------------------------


def check_target(out: Path, content: Path) -> None:
    """Refuse an output folder that overlaps the content, cannot be a folder, or holds files
    a build did not write (the build replaces the folder whole)."""
    out, content = _resolve(out), _resolve(content)
    if out == content or content.is_relative_to(out) or out.is_relative_to(content):
        raise OutputError(f"the output folder {out} overlaps the content folder {content}",
                          "choose an output folder outside the content folder with --output")
    try:
        _check_place(out)
        check_replaceable(out)
    except OSError as exc:
        raise OutputError(f"cannot read {_shown(exc.filename or out)}: {_cause(exc)}") from None


def _check_place(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise OutputError(f"the output path {out} is a file, not a folder",
                          "choose a folder with --output")
    for parent in out.parents:
        if parent.exists():
            if not parent.is_dir():
                raise OutputError(f"cannot make the output folder {_shown(out)}: "
                                  f"{_shown(parent)} is a file, not a folder",
                                  "choose a folder with --output")
            return


def check_replaceable(out: Path) -> None:
    """Refuse a non-empty folder that is neither marked as built nor an earlier build."""
    if not out.is_dir():
        return
    names = sorted(entry.name for entry in os.scandir(out))
    if not names or _marked(out) or _earlier_build(out, names):
        return
    foreign = [name for name in names if name not in KNOWN_NAMES] or names
    raise OutputError(
        f"{_shown(out)}/ holds files that are not a built site, such as "
        f"{', '.join(foreign[:3])}; a build replaces its output folder whole, "
        "so it leaves this one alone",
        f"remove or empty {_shown(out)}/ if nothing in it is needed, "
        "or choose another folder with --output")


def _marked(out: Path) -> bool:
    marker = out / MARKER
    return marker.is_file() and not marker.is_symlink()


def _earlier_build(out: Path, names: list[str]) -> bool:
    return set(names) <= KNOWN_NAMES and all((out / name).is_file() for name in EVERY_BUILD)


# --- leftovers of killed builds -----------------------------------------------------------


def _leftover(out: Path) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(out.name)}-(new|old)-{RANDOM}")


def tidy(out: Path) -> list[str]:
    """Remove the copies that builds killed midway left beside ``out``; say which could not be.

    Only a build's own copies are removed (see :func:`_ours`): any other folder with such a
    name is left as it is. A build killed between the two renames of a swap left no ``out``:
    its previous contents are put back first. Folders another build is still using (it holds
    a lock) are left.
    """
    out = _resolve(out)
    pattern = _leftover(out)
    try:
        found = [Path(entry.path) for entry in os.scandir(out.parent)
                 if pattern.fullmatch(entry.name) and entry.is_dir(follow_symlinks=False)]
    except OSError:
        return []  # nothing to tidy, or the write reports the problem
    found.sort(key=_age)
    notes = []
    for folder in found:
        lock = _lock(folder, wait=False)
        if lock == IN_USE:
            continue
        try:
            notes += filter(None, [_tidy_one(folder, out)])
        finally:
            _unlock(lock)
    return notes


def _tidy_one(folder: Path, out: Path) -> str | None:
    """Remove one leftover if a build made it (putting back the output it holds), else
    leave it alone: a folder of the user's that happens to have such a name is not ours."""
    kind = "old" if folder.name.startswith(f".{out.name}-old-") else "new"
    try:
        ours = _ours_old(folder, out.name) if kind == "old" else _ours(folder)
    except OSError:
        return None
    if not ours:
        return None
    held = folder / out.name
    if kind == "old" and not os.path.lexists(out) and os.path.lexists(held):
        with contextlib.suppress(OSError):
            held.rename(out)  # the newest first: the output of the last build
    return _remove(folder)


def _ours(folder: Path) -> bool:
    """Whether a folder is one a build writes or replaces: its staging folder (the marker is
    its first file) or a previous output swapped out of place (marked, empty, or earlier)."""
    if folder.is_symlink() or not folder.is_dir():
        return False
    names = sorted(entry.name for entry in os.scandir(folder))
    return not names or _marked(folder) or _earlier_build(folder, names)


def _ours_old(folder: Path, name: str) -> bool:
    """Whether an ``-old-`` folder is a build's: empty, or holding only the previous output
    (under the output's name) and that output is one a build may replace."""
    names = [entry.name for entry in os.scandir(folder)]
    return not names or (names == [name] and _ours(folder / name))


def _remove(folder: Path) -> str | None:
    """Remove a copy of an earlier build, or say why it stays (an immutable file...)."""
    try:
        shutil.rmtree(folder)
    except FileNotFoundError:
        return None
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        return f"cannot remove {_shown(folder)}, a copy of an earlier build: {_cause(exc)}"
    return None


def _age(folder: Path) -> float:
    try:
        return -folder.stat().st_mtime
    except OSError:
        return 0.0


IN_USE = -2


def _lock(folder: Path, wait: bool = True) -> int | None:
    """Lock a folder of this build against :func:`tidy` in another: its descriptor, None
    where there are no locks, or IN_USE when another build holds it."""
    if fcntl is None:
        return None
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError:
        os.close(fd)
        return IN_USE
    return fd


def _unlock(lock: int | None) -> None:
    if lock is not None and lock >= 0:
        os.close(lock)


def _new_folder(out: Path, kind: str) -> tuple[Path, int | None]:
    """A new folder beside ``out``, locked against :func:`tidy` while this build runs."""
    folder = Path(tempfile.mkdtemp(prefix=f".{out.name}-{kind}-", dir=out.parent))
    return folder, _lock(folder)


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
        self.out = out = _resolve(out)
        with _failing(f"cannot read {_shown(out)}", out):
            check_replaceable(out)
        with _failing(f"cannot make the folder {_shown(out.parent)}", out):
            out.parent.mkdir(parents=True, exist_ok=True)
        with _failing(f"cannot write in {_shown(out.parent)}", out):
            staging, self._lock = _new_folder(out, "new")
        self.folder = _resolve(staging)
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
            raise _write_error(f"cannot write {_shown(failed)}", exc, self.out) from None

    def commit(self, finish: Callable[[Path], None] | None = None) -> str | None:
        """Put the new folder in the output's place. ``finish`` runs on it first (the search
        index is written there); if it fails, the old folder stays. Returns a warning when
        the previous output could not be removed once replaced."""
        out = self.out
        try:
            with _failing(f"cannot write in {_shown(out.parent)}", out):
                os.chmod(self.folder, 0o755)
            if finish is not None:
                finish(self.folder)
            with _failing(f"cannot replace {_shown(out)}/ with the new build", out):
                previous = _swap(self.folder, out)
        except BaseException:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise
        finally:
            _unlock(self._lock)
        return _remove(previous) if previous is not None else None

    def discard(self) -> None:
        """Remove the new folder: the output stays as it was."""
        shutil.rmtree(self.folder, ignore_errors=True)
        _unlock(self._lock)


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
    kept = f"{_shown(out)}/ was left as it was" if out.is_dir() else "nothing was written"
    return OutputError(f"{action}: {_cause(exc)}; {kept}")


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
    old, lock = _new_folder(out, "old")
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
        _unlock(lock)
    return old
