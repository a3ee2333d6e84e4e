"""``serve`` under load and hostile requests: bounded threads, idle connections closed, long
addresses answered. The server runs in this process, on a free port, with small limits."""

from __future__ import annotations

import select
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from explainer.server import serve
from explainer.server.httpd import Pool
from explainer.server.serve import RETRY_MS, Hub, Server, inject, make_server
from tests.serving import Events, Served, request, serving

PAGE = b"<!doctype html><title>Home</title><body><p>Home</p></body>"
SENT = inject(PAGE, 0)  # as served: with the live-reload script


@contextmanager
def running(folder: Path, **limits: float) -> Iterator[tuple[Served, Server, Hub]]:
    """The preview server for ``folder`` (built already) until the block ends."""
    (folder / "index.html").write_bytes(PAGE)
    (folder / "404.html").write_bytes(b"<!doctype html><title>Page not found</title>")
    hub, built = Hub(), threading.Event()
    built.set()
    server = make_server(0, folder, hub, built, **limits)  # type: ignore[arg-type]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    port = server.server_address[1]
    try:
        yield Served(f"http://127.0.0.1:{port}/", port, None), server, hub  # type: ignore[arg-type]
    finally:
        hub.close()
        server.shutdown()
        server.server_close()
        thread.join()


@contextmanager
def idle_connections(served: Served, count: int) -> Iterator[list[socket.socket]]:
    """``count`` connections opened and left silent."""
    with ExitStack() as stack:
        yield [stack.enter_context(socket.create_connection(("127.0.0.1", served.port)))
               for _ in range(count)]


def closed_by_server(connection: socket.socket) -> bool:
    """Whether the server closes the connection (within 10 s) without an answer."""
    connection.settimeout(10)
    try:
        return connection.recv(1) == b""
    except ConnectionResetError:  # closed with bytes still unread
        return True
    except TimeoutError:
        return False


# --- a bounded number of threads ---------------------------------------------------------


def test_idle_connections_start_no_threads(tmp_path) -> None:
    with running(tmp_path, workers=4) as (served, _, _):
        before = threading.active_count()
        with idle_connections(served, 50):
            assert request(served, "GET", "/")[0] == 200
            assert threading.active_count() <= before + 4


def test_a_request_is_answered_while_more_idle_connections_than_workers_are_held(
        tmp_path) -> None:
    with (running(tmp_path, workers=2, idle_timeout=60) as (served, _, _),
          idle_connections(served, 20)):
        assert request(served, "GET", "/")[::2] == (200, SENT)


def test_many_simultaneous_requests_are_all_answered_by_a_few_threads(tmp_path) -> None:
    statuses: list[int] = []
    with running(tmp_path, workers=4) as (served, server, _):
        clients = [threading.Thread(target=lambda: statuses.append(
            request(served, "GET", "/")[0])) for _ in range(200)]
        for client in clients:
            client.start()
        for client in clients:
            client.join()
        assert server.pool.threads <= 4
    assert statuses == [200] * 200


def test_the_pool_never_runs_more_threads_than_its_size() -> None:
    pool, release, done = Pool(3), threading.Event(), []
    for n in range(10):
        pool.submit(lambda n=n: (release.wait(10), done.append(n)))
    assert pool.threads == 3
    release.set()
    deadline = time.monotonic() + 10
    while len(done) < 10 and time.monotonic() < deadline:
        time.sleep(0.01)
    pool.close()
    assert sorted(done) == list(range(10))


# --- idle connections time out -------------------------------------------------------------


def test_a_silent_connection_is_closed_after_the_idle_timeout(tmp_path) -> None:
    with (running(tmp_path, idle_timeout=0.2) as (served, _, _),
          idle_connections(served, 1) as [connection]):
        assert closed_by_server(connection)


def test_a_request_that_stops_arriving_is_closed_after_the_idle_timeout(tmp_path) -> None:
    with (running(tmp_path, idle_timeout=0.2) as (served, _, _),
          idle_connections(served, 1) as [connection]):
        connection.sendall(b"GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n")  # no blank line
        assert closed_by_server(connection)


def test_a_request_trickling_in_is_closed_after_its_deadline(tmp_path) -> None:
    with (running(tmp_path, idle_timeout=60, request_seconds=0.3) as (served, _, _),
          idle_connections(served, 1) as [connection]):
        connection.sendall(b"GET / HTTP/1.0\r\n")
        for _ in range(99):  # one header line each 0.1 s (over 100 would be refused: 431)
            if select.select([connection], [], [], 0.1)[0]:
                break  # the server answered or closed
            connection.sendall(b"X-Slow: yes\r\n")
        assert closed_by_server(connection)


def test_the_server_closes_idle_connections_when_it_stops(tmp_path) -> None:
    with ExitStack() as stack:
        served, server, _ = stack.enter_context(running(tmp_path, idle_timeout=60))
        connection = socket.create_connection(("127.0.0.1", served.port))
        deadline = time.monotonic() + 10
        while server.open_connections == 0 and time.monotonic() < deadline:
            time.sleep(0.01)  # until the server has accepted it
    with connection:
        assert closed_by_server(connection)


def test_an_event_stream_outlives_the_idle_timeout(tmp_path) -> None:
    with running(tmp_path, idle_timeout=0.2) as (served, _, hub):
        events = Events(served, "/")
        assert events.next()[0] == "ok"
        time.sleep(1.0)  # five idle timeouts without a byte either way
        hub.reload({"index.html"})
        assert events.next()[0] == "reload"
        events.close()


# --- event streams cannot take every worker --------------------------------------------------


def test_an_event_stream_beyond_the_limit_is_told_to_retry_later(tmp_path) -> None:
    with running(tmp_path, streams=1) as (served, _, _):
        first = Events(served, "/")
        assert first.next()[0] == "ok"
        status, headers, body = request(served, "GET", "/__explainer/events?page=/")
        first.close()
    assert (status, headers["Content-Type"]) == (200, "text/event-stream")
    assert body == f"retry: {RETRY_MS}\n\n".encode()


def test_pages_are_answered_while_streams_are_open_in_every_worker_but_one(tmp_path) -> None:
    with running(tmp_path, workers=2, streams=1) as (served, _, _):
        streams = [Events(served, "/") for _ in range(2)]  # the second is told to retry
        assert streams[0].next()[0] == "ok"
        assert request(served, "GET", "/")[2] == SENT
        for stream in streams:
            stream.close()


def open_stream(served: Served) -> socket.socket:
    """An event stream on a plain socket (closing it closes the connection), once followed."""
    connection = socket.create_connection(("127.0.0.1", served.port), timeout=10)
    connection.sendall(b"GET /__explainer/events?page=/ HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
    received = b""
    while b"event: " not in received and (more := connection.recv(4096)):
        received += more
    assert b"event: ok" in received, received
    return connection


def test_a_closed_page_frees_its_stream_before_the_next_ping(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(serve, "PING_SECONDS", 600.0)  # a ping would find it gone too late
    with running(tmp_path, streams=1) as (served, _, hub):
        open_stream(served).close()
        deadline = time.monotonic() + 10
        while hub.open_pages() and time.monotonic() < deadline:
            time.sleep(0.05)
        open_stream(served).close()  # followed, not told to retry: the place is free


# --- long addresses ------------------------------------------------------------------------


def test_an_address_over_2048_bytes_is_answered_414(tmp_path) -> None:
    with running(tmp_path) as (served, _, _):
        assert request(served, "GET", "/" + "a/" * 1024)[0] == 414


def test_a_name_too_long_for_the_file_system_is_not_found(tmp_path) -> None:
    with running(tmp_path) as (served, _, _):
        assert request(served, "GET", "/" + "a" * 300 + ".css")[::2] == (404, b"Not found")


def test_a_folder_name_too_long_for_the_file_system_is_not_found(tmp_path) -> None:
    with running(tmp_path) as (served, _, _):
        assert request(served, "GET", "/" + "%C3%A9" * 200 + "/")[0] == 404


def test_serve_prints_no_traceback_for_a_name_too_long(make_site) -> None:
    with serving(make_site()) as served:
        status = request(served, "GET", "/" + "b" * 1000)[0]
        assert request(served, "GET", "/")[0] == 200  # answered after the long one
    assert status == 404
    assert not any("Traceback" in line for line in served.output)
