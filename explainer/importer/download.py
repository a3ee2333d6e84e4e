"""Fetch a page for ``import URL`` with limits no server can get round: the whole download
(name lookup, connection, every byte) must end within ``FETCH_DEADLINE`` seconds and hold at
most ``MAX_BYTES``. The download runs in a daemon thread, so even a name lookup that hangs
cannot hold the command past the deadline."""

from __future__ import annotations

import http.client
import threading
import urllib.error
import urllib.request

FETCH_TIMEOUT = 20.0  # seconds one read may wait for the server
FETCH_DEADLINE = 60.0  # seconds for the whole download
MAX_BYTES = 10 * 1024 * 1024
CHUNK = 64 * 1024
OFFLINE_HINT = "are you offline? save the page and import the file instead"


class FetchFailed(Exception):
    """Why a page could not be fetched, in one line for the user."""


class TooLarge(Exception):
    pass


def size(limit: int) -> str:
    return f"{limit / 2**20:g} MB" if limit >= 2**20 else f"{limit:,} bytes"


def fetch(url: str, what: str = "page") -> bytes:
    """The body of ``url`` (a ``what``: page or picture, for the messages);
    :class:`FetchFailed` when it cannot be had within the limits."""
    result: dict[str, bytes | str] = {}
    cancel = threading.Event()
    worker = threading.Thread(target=_download, args=(url, cancel, result, what), daemon=True,
                              name="explainer-import-fetch")
    worker.start()
    worker.join(FETCH_DEADLINE)
    if worker.is_alive():
        cancel.set()  # the thread stops at its next read
        instead = ("save the page and import the file instead" if what == "page" else
                   "save the picture yourself")
        raise FetchFailed(f"cannot fetch {url}: the download did not finish within "
                          f"{FETCH_DEADLINE:g} s; {instead}")
    if isinstance(result.get("error"), str):
        raise FetchFailed(str(result["error"]))
    return bytes(result.get("data", b""))


def _download(url: str, cancel: threading.Event, result: dict[str, bytes | str],
              what: str) -> None:
    try:
        result["data"] = _read(url, cancel)
    except TooLarge:
        result["error"] = (f"cannot fetch {url}: the {what} is larger than "
                           f"{size(MAX_BYTES)}, the most the importer downloads")
    except urllib.error.HTTPError as exc:
        result["error"] = f"cannot fetch {url}: the server answered {exc.code} {exc.reason}"
    except (OSError, ValueError, http.client.HTTPException) as exc:
        reason = getattr(exc, "reason", None) or exc
        hint = OFFLINE_HINT if what == "page" else "are you offline?"
        result["error"] = f"cannot fetch {url}: {reason} ({hint})"


def _read(url: str, cancel: threading.Event) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "Explainer-importer/0.1",
                                                   "Accept-Encoding": "identity"})
    with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > MAX_BYTES:
            raise TooLarge
        chunks: list[bytes] = []
        total = 0
        while not cancel.is_set() and (chunk := response.read1(CHUNK)):
            total += len(chunk)
            if total > MAX_BYTES:
                raise TooLarge
            chunks.append(chunk)
        return b"".join(chunks)
