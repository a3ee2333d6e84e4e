"""Start ``python build.py serve`` in a new process for a test, and listen to its events."""

from __future__ import annotations

import http.client
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import EXPLAINER

ROOT = Path(__file__).resolve().parent.parent
PAGE = "explainers/test/index.html"
BROKEN = EXPLAINER.replace('title: "A test explainer"', "title: Syria: the talks")


def edit(path: Path, text: str) -> None:
    """Write new text and make sure the file's stamp changes (as a later save would)."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    if path.stat().st_mtime_ns == before:
        os.utime(path, ns=(before + 1_000_000, before + 1_000_000))


@dataclass
class Served:
    url: str
    port: int
    process: subprocess.Popen[str]
    output: list[str] = field(default_factory=list)  # stdout and stderr lines so far

    def wait_for_output(self, text: str, timeout: float = 10.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in list(self.output):
                if text in line:
                    return line
            time.sleep(0.02)
        raise AssertionError(f"serve never printed {text!r}; it printed:\n"
                             + "\n".join(self.output))


@contextmanager
def serving(content: Path, *args: str, temp: Path | None = None) -> Iterator[Served]:
    """``serve --port 0`` on ``content`` until the block ends; stopped as Ctrl+C would.
    ``temp``: the temporary folder serve builds in (its own, so a test can look inside)."""
    env = {**os.environ, "TMPDIR": str(temp)} if temp else None
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "build.py"), "serve", "--content", str(content),
         "--port", "0", *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        bufsize=1, cwd=content.parent, env=env)
    served = Served("", 0, process)
    assert process.stdout is not None
    threading.Thread(target=lambda: served.output.extend(
        line.rstrip("\n") for line in process.stdout), daemon=True).start()
    try:
        line = served.wait_for_output("Serving http://", timeout=60)
        served.url = line.split()[1]
        served.port = int(served.url.rsplit(":", 1)[1].strip("/"))
        yield served
    finally:
        process.terminate()
        process.wait(timeout=10)


def request(served: Served, method: str, path: str,
            headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """One request as sent (no normalising of the path): status, headers and body."""
    conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=10)
    conn.request(method, path, headers=headers or {})
    response = conn.getresponse()
    return response.status, dict(response.getheaders()), response.read()


def fetch(served: Served, path: str) -> tuple[int, str]:
    status, _, body = request(served, "GET", path)
    return status, body.decode()


class Events:
    """A page's live-reload event stream, read in the background as a browser would."""

    def __init__(self, served: Served, page: str, since: int | None = None) -> None:
        self.queue: queue.Queue[tuple[str, str]] = queue.Queue()
        query = f"page={page}" + (f"&since={since}" if since is not None else "")
        self._conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=30)
        self._conn.request("GET", f"/__explainer/events?{query}")
        self._response = self._conn.getresponse()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        name, data = "", ""
        try:
            while line := self._response.fp.readline():
                text = line.decode().rstrip("\n")
                if text.startswith("event: "):
                    name = text[7:]
                elif text.startswith("data: "):
                    data = text[6:]
                elif text == "" and name:
                    self.queue.put((name, data))
                    name, data = "", ""
        except OSError:
            pass

    def next(self, timeout: float = 15.0) -> tuple[str, str]:
        return self.queue.get(timeout=timeout)

    def close(self) -> None:
        self._conn.close()
