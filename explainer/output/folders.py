"""The output folder and the folders beside it: which one a build may replace, and the
copies that killed builds left behind.

Every output folder holds a marker file, :data:`MARKER`; a build replaces only a folder with
the marker, an empty or missing one, or one that a version without the marker built. Copies
left beside the output by a build that was killed are removed by the next build (:func:`tidy`);
a folder that merely has such a name (anything but an empty one, a marked one or a previous
output) is left alone. A build's own new folders are locked against another build's tidying.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from pathlib import Path

from explainer.core.diagnostics import display_path

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


def shown_path(path: Path | str) -> str:
    return display_path(path)


def cause(exc: OSError) -> str:
    return exc.strerror or str(exc)


def resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a loop of symbolic links
        raise OutputError(f"cannot follow the path {shown_path(path)}: "
                          "it is a loop of symbolic links") from None


# --- which folder may be replaced ---------------------------------------------------------


def check_target(out: Path, content: Path) -> None:
    """Refuse an output folder that overlaps the content, cannot be a folder, or holds files
    a build did not write (the build replaces the folder whole)."""
    out, content = resolved(out), resolved(content)
    if out == content or content.is_relative_to(out) or out.is_relative_to(content):
        raise OutputError(f"the output folder {out} overlaps the content folder {content}",
                          "choose an output folder outside the content folder with --output")
    try:
        _check_place(out)
        check_replaceable(out)
    except OSError as exc:
        raise OutputError(f"cannot read {shown_path(exc.filename or out)}: {cause(exc)}") from None


def _check_place(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise OutputError(f"the output path {out} is a file, not a folder",
                          "choose a folder with --output")
    for parent in out.parents:
        if parent.exists():
            if not parent.is_dir():
                raise OutputError(f"cannot make the output folder {shown_path(out)}: "
                                  f"{shown_path(parent)} is a file, not a folder",
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
        f"{shown_path(out)}/ holds files that are not a built site, such as "
        f"{', '.join(foreign[:3])}; a build replaces its output folder whole, "
        "so it leaves this one alone",
        f"remove or empty {shown_path(out)}/ if nothing in it is needed, "
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
    out = resolved(out)
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
            unlock(lock)
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
    return remove_copy(folder)


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


def remove_copy(folder: Path) -> str | None:
    """Remove a copy of an earlier build, or say why it stays (an immutable file...)."""
    try:
        shutil.rmtree(folder)
    except FileNotFoundError:
        return None
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        return f"cannot remove {shown_path(folder)}, a copy of an earlier build: {cause(exc)}"
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


def unlock(lock: int | None) -> None:
    if lock is not None and lock >= 0:
        os.close(lock)


def new_folder(out: Path, kind: str) -> tuple[Path, int | None]:
    """A new folder beside ``out``, locked against :func:`tidy` while this build runs."""
    folder = Path(tempfile.mkdtemp(prefix=f".{out.name}-{kind}-", dir=out.parent))
    return folder, _lock(folder)
