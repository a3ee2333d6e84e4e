"""Where an import goes and how it gets there: a whole file or nothing, one line on failure."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
from pathlib import Path

from explainer.core.diagnostics import display_path


class WriteFailed(Exception):
    """A file could not be written; the message names the path and the cause."""


def cause(exc: OSError) -> str:
    """The reason an OS call failed, as a user reads it."""
    if exc.errno == errno.ENOTDIR:
        return "a part of the path is a file, not a folder"
    if exc.errno == errno.EEXIST:
        return "a file of that name is in the way"
    return exc.strerror or str(exc)


KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
         (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
         (stat.S_ISDIR, "a folder"))


def not_regular(target: Path) -> str | None:
    """The error for a target that exists and is not a regular file (a FIFO, a device, a
    socket, or a link to one), which an import never replaces; None otherwise."""
    try:
        mode = os.stat(target).st_mode
    except (OSError, ValueError):
        return None  # nothing there (or a link to nothing): the file is new
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in KINDS if test(mode)), "not a file")
    if os.path.islink(target):
        kind = f"a symbolic link to {kind.removeprefix('not ')}"
    shown = display_path(target)
    return (f"{shown}: error: cannot write {shown}: it is not a regular file ({kind}); "
            "nothing was written")


def write_whole(target: Path, text: str | bytes) -> None:
    """Write ``text`` (or bytes) to a temporary file beside ``target``, then rename it into
    place: the target is either the old file or the new one, never half of one. A target
    that is not a regular file is refused (:func:`not_regular`)."""
    if (problem := not_regular(target)) is not None:
        raise WriteFailed(problem)
    try:
        data = text if isinstance(text, bytes) else text.encode("utf-8")
    except UnicodeEncodeError:
        raise WriteFailed(f"{display_path(target)}: error: cannot write the file: its text "
                          "is not valid UTF-8; nothing was written") from None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        where = Path(exc.filename) if exc.filename else target.parent
        raise WriteFailed(f"{display_path(where)}: error: cannot create the folder: "
                          f"{cause(exc)}; nothing was written") from None
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        temp.unlink(missing_ok=True)
        with temp.open("xb") as file:
            file.write(data)
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
