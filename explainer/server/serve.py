"""The preview server of ``serve``: the built folder over HTTP, with live reload.

Each HTML page gets a small script (``live.js``) as it is sent; the built files never contain
it. The script opens a server-sent event stream, telling the server which page it shows. The
:class:`Hub` then sends that browser ``reload`` when its page changed, ``failed`` with the
errors of a build that failed (shown over the page), and ``ok`` when the site builds again.

Limits (see :mod:`explainer.server.httpd`): a bounded pool of threads answers requests, at most
``STREAMS`` of them following open pages (a page beyond is told to ask again later); idle
connections are closed; addresses over ``MAX_ADDRESS`` bytes are answered 414, and a name the
file system cannot hold (over 255 bytes, say) 404.
"""

from __future__ import annotations

import http.server
import json
import queue
import selectors
import socket
import sys
import threading
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from explainer.server import httpd

EVENTS = "/__explainer/events"
SCRIPT = "/__explainer/live.js"
PING_SECONDS = 15.0
CHECK_SECONDS = 1.0  # how often an event stream looks whether its browser went
STREAMS = 32  # open pages followed at once (each holds a worker); fewer than httpd.WORKERS
RETRY_MS = 5000  # when a page beyond those asks again
MAX_ADDRESS = 2048  # bytes in a request's address; longer ones are answered 414
TEXT, HTML = "text/plain; charset=utf-8", "text/html; charset=utf-8"
NOT_FOUND = 404, TEXT, b"Not found"
NO_SITE = b"""<!doctype html>
<html lang="en" data-explainer-no-site>
<head><meta charset="utf-8"><title>The site has errors</title></head>
<body><main><h1>The site could not be built yet</h1>
<p>The errors are listed above. Fix them and save: this page reloads by itself.</p>
</main></body></html>
"""


def page_file(url_path: str) -> str:
    """The output file an address shows: ``/explainers/x/`` is ``explainers/x/index.html``."""
    path = unquote(urlsplit(url_path).path).lstrip("/")
    return path + "index.html" if path == "" or path.endswith("/") else path


class Client:
    """One open page: its file and the events waiting to be sent to it."""

    def __init__(self, page: str) -> None:
        self.page = page
        self.events: queue.Queue[tuple[str, str] | None] = queue.Queue()


class Hub:
    """The open pages, and what to tell each after a build."""

    def __init__(self) -> None:
        self._clients: set[Client] = set()
        self._lock = threading.Lock()
        self.failure: dict[str, Any] | None = None  # the last build's errors, until it passes
        self.generation = 0  # how many times files were rewritten
        self._changed: dict[str, int] = {}  # file -> the generation that last rewrote it

    def connect(self, page: str, since: int | None = None) -> Client:
        """A browser showing ``page`` as it was at generation ``since`` starts listening.

        If the page has changed since it was sent, the browser is told to reload at once.
        """
        client = Client(page)
        with self._lock:  # the state and the client together: no event can come between
            self._clients.add(client)
            state = ("failed", json.dumps(self.failure)) if self.failure else ("ok", "{}")
            client.events.put(state)
            if since is not None and self._changed.get(page, 0) > since:
                client.events.put(("reload", ""))
        return client

    def disconnect(self, client: Client) -> None:
        with self._lock:
            self._clients.discard(client)

    def open_pages(self) -> list[str]:
        with self._lock:
            return sorted({c.page for c in self._clients})

    def _send(self, event: tuple[str, str] | None, pages: set[str] | None = None) -> int:
        with self._lock:
            if pages is not None:
                self.generation += 1
                self._changed.update(dict.fromkeys(pages, self.generation))
            chosen = [c for c in self._clients if pages is None or c.page in pages]
            for client in chosen:
                client.events.put(event)
        return len(chosen)

    def reload(self, pages: set[str]) -> int:
        """These files were rewritten: reload the browsers showing one; how many pages."""
        self._send(("reload", ""), pages)
        with self._lock:
            return len({c.page for c in self._clients if c.page in pages})

    def failed(self, problems: list[str]) -> None:
        count = len(problems)
        failure = {
            "title": f"The site did not build: {count} error{'s' * (count != 1)}",
            "problems": problems,
            "note": "The page shows the last good build. Fix the file and save: "
                    "the page comes back by itself."}
        with self._lock:
            self.failure = failure
        self._send(("failed", json.dumps(failure)))

    def passed(self) -> None:
        with self._lock:
            was, self.failure = self.failure, None
        if was is not None:
            self._send(("ok", "{}"))

    def close(self) -> None:
        self._send(None)


def inject(html: bytes, generation: int) -> bytes:
    """The page with the live-reload script before ``</body>`` (or at the end).

    The script knows the generation the page was read at, to catch a change made meanwhile.
    """
    tag = f'<script src="{SCRIPT}" data-since="{generation}" defer></script>'.encode()
    at = html.rfind(b"</body>")
    return html + tag if at < 0 else html[:at] + tag + html[at:]


class Handler(httpd.ArrivalDeadline, http.server.SimpleHTTPRequestHandler):
    """Static files from the build folder; HTML with the script; the event stream."""

    hub: Hub
    folder: Path
    built: threading.Event  # set once a build has succeeded
    streams: threading.BoundedSemaphore  # the event streams that may still open
    _head_only = False

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the terminal shows builds and errors, not every request

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_HEAD(self) -> None:
        self._head_only = True
        self.do_GET()

    def do_GET(self) -> None:
        if not _local(self.headers.get("Host", "")):
            # another site's page in the reader's browser must not read the preview
            # through a name that points at this machine (DNS rebinding)
            return self._send(403, TEXT, b"Forbidden: not a local address")
        if len(self.path) > MAX_ADDRESS:  # the address as sent, one character a byte
            return self._send(414, TEXT, b"URI too long")
        path = urlsplit(self.path).path
        if path == EVENTS and not self._head_only:
            return self._events()
        if path == SCRIPT:
            return self._send(200, "text/javascript; charset=utf-8", _script())
        if not self.built.is_set():
            return self._send(503, HTML, inject(NO_SITE, 0))
        try:
            file = page_file(self.path)
            target = (self.folder / file).resolve()
            if target.is_relative_to(self.folder.resolve()) and target.is_dir():
                query = urlsplit(self.path).query
                return self._redirect(path + "/" + (f"?{query}" if query else ""))
            answer = self._answer(file, target)
        except ValueError:  # a NUL byte in the address
            answer = 400, TEXT, b"Bad request"
        except OSError:  # a name too long for the file system, a file that cannot be read
            answer = NOT_FOUND
        self._send(*answer)

    def _answer(self, file: str, target: Path) -> tuple[int, str, bytes]:
        if not target.is_relative_to(self.folder.resolve()):
            return NOT_FOUND
        if file.endswith(".html") or not (target.is_file() or Path(file).suffix):
            return self._html(target)  # a page, or a missing page: the site's 404 page
        if not target.is_file():
            return NOT_FOUND
        return 200, self.guess_type(str(target)), target.read_bytes()

    def _html(self, target: Path) -> tuple[int, str, bytes]:
        status, generation = 200, self.hub.generation  # read before the file: never too new
        if not target.is_file():
            status, target = 404, self.folder / "404.html"
        data = target.read_bytes() if target.is_file() else b"<!doctype html><title>Not found"
        return status, HTML, inject(data, generation)

    def _send(self, status: int, kind: str, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if not self._head_only:
            self.wfile.write(data)

    def _redirect(self, location: str) -> None:
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _events(self) -> None:
        if not self.streams.acquire(blocking=False):
            # as many pages as the server follows are open: this one asks again later
            # (an error status would stop the browser from ever asking again)
            return self._send(200, "text/event-stream", f"retry: {RETRY_MS}\n\n".encode())
        client = None
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            client = self._connect()
            self._stream(client)
        except OSError:  # the browser went away
            pass
        finally:
            self.streams.release()  # first: once the page is gone, its place is free
            if client is not None:
                self.hub.disconnect(client)

    def _connect(self) -> Client:
        query = parse_qs(urlsplit(self.path).query)
        page = page_file(query.get("page", ["/"])[0])
        since = query.get("since", [""])[0]
        return self.hub.connect(page, int(since) if since.isdigit() else None)

    def _stream(self, client: Client) -> None:
        """Send the page its events, and a ping when there were none for PING_SECONDS, until
        the server stops or the browser goes (looked at every CHECK_SECONDS, to free the
        place at once rather than at the next ping)."""
        quiet = 0.0
        with selectors.DefaultSelector() as watch:
            watch.register(self.connection, selectors.EVENT_READ)
            while not (watch.select(0) and self._gone()):
                try:
                    event = client.events.get(timeout=CHECK_SECONDS)
                except queue.Empty:
                    quiet += CHECK_SECONDS
                    if quiet < PING_SECONDS:
                        continue
                    self.wfile.write(b": ping\n\n")
                else:
                    if event is None:
                        return
                    self.wfile.write("event: {}\ndata: {}\n\n".format(*event).encode())
                quiet = 0.0
                self.wfile.flush()

    def _gone(self) -> bool:
        """Whether the browser closed its event stream (it sends nothing after asking)."""
        try:
            return self.connection.recv(1, socket.MSG_PEEK) == b""
        except OSError:
            return True


LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]", ""})


def _local(host: str) -> bool:
    """Whether a request's Host header names this machine."""
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    return name.lower() in LOCAL_HOSTS


def _script() -> bytes:
    return resources.files("explainer.server").joinpath("live.js").read_bytes()


class Server(httpd.BoundedHTTPServer):
    allow_reuse_address = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A browser that leaves or stalls mid-answer (a reload, a closed tab) is no error."""
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


def make_server(port: int, folder: Path, hub: Hub, built: threading.Event, *,
                workers: int = httpd.WORKERS, streams: int = STREAMS,
                idle_timeout: float = httpd.IDLE_TIMEOUT,
                request_seconds: float = httpd.REQUEST_SECONDS) -> Server:
    """A server on 127.0.0.1 (port 0: any free port) for the build folder.

    ``workers`` threads answer requests; at most ``streams`` of them follow open pages;
    a connection silent for ``idle_timeout`` seconds, or whose request takes over
    ``request_seconds`` to arrive, is closed.
    """
    handler = type("BoundHandler", (Handler,), {
        "hub": hub, "folder": folder, "built": built,
        "streams": threading.BoundedSemaphore(streams)})
    return Server(("127.0.0.1", port), lambda *a: handler(*a, directory=str(folder)),
                  workers=workers, idle_timeout=idle_timeout, request_seconds=request_seconds)
