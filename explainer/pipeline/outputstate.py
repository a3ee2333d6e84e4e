"""Whether the output folder already holds a build's files, so a build can leave it alone.

After writing the output, a build with a cache records a hash of the files it wrote and the
size and modification time of every file in the output folder. A later build whose files hash
the same, and whose output folder still lists exactly those files with those stamps (nobody
edited, added or removed one), writes nothing at all.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explainer.pipeline.diskcache import DiskCache

Listing = tuple[tuple[str, int, int], ...]


def files_key(digests: dict[str, bytes], search: bool) -> str:
    """A hash of the files' names and bytes, given each file's SHA-256 (and whether the search
    index goes with them)."""
    digest = hashlib.sha256(b"search" if search else b"plain")
    for name in sorted(digests):
        digest.update(name.encode("utf-8", "surrogatepass") + b"\0")
        digest.update(digests[name])
    return digest.hexdigest()


def listing(out: Path) -> Listing | None:
    """Every file under ``out`` with its size and modification time; None when unreadable."""
    found: list[tuple[str, int, int]] = []
    try:
        _list(os.fspath(out), "", found)
    except OSError:
        return None
    return tuple(sorted(found))


def _list(top: str, prefix: str, found: list[tuple[str, int, int]]) -> None:
    with os.scandir(top) as scan:
        entries = list(scan)
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            _list(entry.path, prefix + entry.name + os.sep, found)
        else:
            st = entry.stat(follow_symlinks=False)
            found.append((prefix + entry.name, st.st_size, st.st_mtime_ns))


def record_output(store: DiskCache, key: str, out: Path) -> None:
    """Remember what the output folder holds now, written from the files of ``key``
    (:func:`files_key`)."""
    now = listing(out)
    if now is not None:
        store.put("output", str(out.resolve()), key, now)


def unchanged_output(store: DiskCache, key: str, out: Path) -> bool:
    """True when ``out`` still holds exactly what the last build wrote from the files of
    ``key``."""
    try:
        where = str(out.resolve())
    except (OSError, RuntimeError):
        return False
    recorded = store.get("output", where, key)
    return recorded is not None and recorded == listing(out)
