"""Give freed memory back to the operating system.

CPython frees a large string (a rendered body, a file's text) back to the C library's heap,
which keeps the pages for later use: the process stays as large as its peak. After the
build drops what it no longer needs, :func:`give_back` asks glibc to return the free pages
(``malloc_trim``); elsewhere it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys


@functools.cache
def _trim() -> object | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None


def give_back() -> None:
    """Return the heap's free pages to the system, where the C library can."""
    trim = _trim()
    if trim is not None:
        trim(0)  # type: ignore[operator]
