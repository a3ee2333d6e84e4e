"""Write a file whole: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

_MADE: set[Path] = set()  # folders this process made or found


def write_atomic(path: Path, data: bytes) -> bool:
    """Write through a temporary file beside ``path`` and a rename. False when the file
    system refused (the temporary file is removed): for caches, which go on without it."""
    temp = None
    try:
        if path.parent not in _MADE:
            path.parent.mkdir(parents=True, exist_ok=True)
            _MADE.add(path.parent)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, path)
    except OSError:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
        return False
    return True
