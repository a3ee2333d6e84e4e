"""The preview server's connections: a bounded number of threads, idle connections closed.

``http.server.ThreadingHTTPServer`` starts a thread for every connection and keeps it for as
long as the connection stays open, so connections that are opened and left idle pile up
threads without end. :class:`BoundedHTTPServer` instead accepts connections into a selector and
hands one to a worker thread only once its request starts to arrive:

- a connection that sends nothing for ``idle_timeout`` seconds is closed without ever taking a
  thread; a request that pauses as long midway, or takes over ``request_seconds`` to arrive
  whole (handlers deriving from :class:`ArrivalDeadline`), is dropped;
- at most ``workers`` threads answer requests; further requests wait for a free one;
- at most ``max_connections`` connections are open at once; more wait in the listen queue.
"""

from __future__ import annotations

import http.server
import io
import queue
import selectors
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

WORKERS = 48  # threads answering requests (an open page's event stream holds one)
IDLE_TIMEOUT = 15.0  # seconds a connection may stay silent: before or within its request
REQUEST_SECONDS = 30.0  # for a request line and headers to arrive whole
MAX_CONNECTIONS = 512  # open at once; more wait in the listen queue
LISTEN_QUEUE = 1024  # the kernel caps it too (net.core.somaxconn)


class Pool:
    """At most ``size`` daemon threads, started as they are needed, running jobs in order.

    A job must not raise: it handles its own errors.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._threads = 0
        self._pending = 0  # jobs submitted and not finished

    @property
    def threads(self) -> int:
        with self._lock:
            return self._threads

    def submit(self, job: Callable[[], None]) -> None:
        with self._lock:
            self._pending += 1
            start = self._pending > self._threads and self._threads < self.size
            if start:
                self._threads += 1
        if start:
            threading.Thread(target=self._work, name="explainer-serve", daemon=True).start()
        self._jobs.put(job)

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            job()
            with self._lock:
                self._pending -= 1

    def close(self) -> None:
        """Let every thread end once the jobs before this are done."""
        for _ in range(self.threads):
            self._jobs.put(None)


class BoundedHTTPServer(http.server.HTTPServer):
    """An HTTP server with a bounded thread pool and timeouts for idle connections."""

    request_queue_size = LISTEN_QUEUE

    def __init__(self, address: tuple[str, int], handler: Callable[..., Any], *,
                 workers: int = WORKERS, idle_timeout: float = IDLE_TIMEOUT,
                 request_seconds: float = REQUEST_SECONDS,
                 max_connections: int = MAX_CONNECTIONS) -> None:
        self.idle_timeout = idle_timeout
        self.request_seconds = request_seconds
        self.max_connections = max_connections
        self.pool = Pool(workers)
        self._silent: dict[socket.socket, tuple[float, Any]] = {}  # -> deadline, address
        self._lock = threading.Lock()
        self._open = 0  # connections accepted and not yet closed
        self._stop = threading.Event()
        self._stopped = threading.Event()
        self._stopped.set()
        super().__init__(address, handler)

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        self._stop.clear()
        self._stopped.clear()
        try:
            with selectors.DefaultSelector() as selector:
                while not self._stop.is_set():
                    self._listen(selector)
                    for key, _ in _select(selector, self._wait(poll_interval)):
                        if key.fileobj is self.socket:
                            self._accept(selector)
                        else:
                            self._start(selector, key.fileobj)  # type: ignore[arg-type]
                    self._expire(selector)
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        """Stop :meth:`serve_forever` (running in another thread) and wait for it."""
        self._stop.set()
        self._stopped.wait()

    def server_close(self) -> None:
        super().server_close()
        for connection in list(self._silent):
            self._drop(connection)
        self._silent.clear()
        self.pool.close()

    @property
    def open_connections(self) -> int:
        with self._lock:
            return self._open

    def _listen(self, selector: selectors.BaseSelector) -> None:
        """Watch the listening socket only while another connection may be opened."""
        listening = self.socket in selector.get_map()
        room = self.open_connections < self.max_connections
        if room and not listening:
            selector.register(self.socket, selectors.EVENT_READ)
        elif listening and not room:
            selector.unregister(self.socket)

    def _wait(self, poll_interval: float) -> float:
        """How long to wait for the next event: no later than the next idle deadline."""
        if not self._silent:
            return poll_interval
        first = min(deadline for deadline, _ in self._silent.values())
        return max(0.0, min(poll_interval, first - time.monotonic()))

    def _accept(self, selector: selectors.BaseSelector) -> None:
        while self.open_connections < self.max_connections:
            try:
                connection, address = self.socket.accept()
            except BlockingIOError:
                return  # every waiting connection is accepted
            except OSError:
                time.sleep(0.05)  # out of file descriptors, say: try again shortly
                return
            connection.setblocking(False)
            with self._lock:
                self._open += 1
            self._silent[connection] = (time.monotonic() + self.idle_timeout, address)
            selector.register(connection, selectors.EVENT_READ)

    def _start(self, selector: selectors.BaseSelector, connection: socket.socket) -> None:
        """A request is arriving: a worker answers it."""
        selector.unregister(connection)
        _, address = self._silent.pop(connection)
        self.pool.submit(lambda: self._answer(connection, address))

    def _expire(self, selector: selectors.BaseSelector) -> None:
        now = time.monotonic()
        for connection, (deadline, _) in list(self._silent.items()):
            if deadline <= now:
                selector.unregister(connection)
                del self._silent[connection]
                self._drop(connection)

    def _answer(self, connection: socket.socket, address: Any) -> None:
        try:
            connection.settimeout(self.idle_timeout)  # for each read and each write
            self.finish_request(connection, address)
        except Exception:
            self.handle_error(connection, address)
        finally:
            self._drop(connection)

    def _drop(self, connection: socket.socket) -> None:
        self.shutdown_request(connection)
        with self._lock:
            self._open -= 1

    def server_bind(self) -> None:
        super().server_bind()
        self.socket.setblocking(False)  # accept() never waits: the selector said it can


def _select(selector: selectors.BaseSelector, timeout: float) -> list[Any]:
    """The selector's events; with nothing to watch (every connection taken), a pause."""
    if selector.get_map():
        return selector.select(timeout)
    time.sleep(timeout)  # Windows' select() refuses to watch nothing
    return []


class _Deadline(io.RawIOBase):
    """A connection's incoming bytes, all of which must arrive before a deadline."""

    def __init__(self, connection: socket.socket, seconds: float) -> None:
        self._connection, self._deadline = connection, time.monotonic() + seconds

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the request took too long to arrive")
        timeout = self._connection.gettimeout()  # for writes too: put back after
        self._connection.settimeout(left if timeout is None else min(left, timeout))
        try:
            return self._connection.recv_into(buffer)
        finally:
            self._connection.settimeout(timeout)


class ArrivalDeadline(http.server.BaseHTTPRequestHandler):
    """A request handler whose request must arrive whole within ``server.request_seconds``.

    (http.server answers a timeout while reading a request by closing the connection.)
    """

    def setup(self) -> None:
        super().setup()
        seconds = getattr(self.server, "request_seconds", REQUEST_SECONDS)
        self.rfile = io.BufferedReader(_Deadline(self.connection, seconds))
