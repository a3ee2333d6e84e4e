"""Where an import goes and how it gets there: a whole file or nothing, one line on failure."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path

from explainer.diagnostics import display_path


class WriteFailed(Exception):
    """A file could not be written; the message names the path and the cause."""


def cause(exc: OSError) -> str:
    """The reason an OS call failed, as a user reads it."""
    if exc.errno == errno.ENOTDIR:
        return "a part of the path is a file, not a folder"
    if exc.errno == errno.EEXIST:
        return "a file of that name is in the way"
    return exc.strerror or str(exc)


def write_whole(target: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``target``, then rename it into place: the
    target is either the old file or the new one, never half of one."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        where = Path(exc.filename) if exc.filename else target.parent
        raise WriteFailed(f"{display_path(where)}: error: cannot create the folder: "
                          f"{cause(exc)}; nothing was written") from None
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        temp.unlink(missing_ok=True)
        with temp.open("x", encoding="utf-8", newline="\n") as file:
            file.write(text)
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise WriteFailed(f"{display_path(target)}: error: cannot write the file: "
                          f"{cause(exc)}; nothing was written") from None


def print_file(text: str) -> None:
    """The file on stdout as UTF-8, whatever the locale's encoding (``LC_ALL=C``, a pipe)."""
    out = sys.stdout
    buffer = getattr(out, "buffer", None)
    try:
        if buffer is None:
            out.write(text)
            out.flush()
        else:
            out.flush()
            buffer.write(text.encode("utf-8"))
            buffer.flush()
    except BrokenPipeError:  # `import --dry-run ... | head`: the reader has what it wanted
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())
