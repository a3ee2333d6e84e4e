"""The import command under a bad environment: odd --output paths, full disks, an ASCII-only
terminal, and servers that are slow, endless or too big. One line each, exit 1, no traceback."""

from __future__ import annotations

import contextlib
import errno
import io
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from explainer.commands.cli import main
from explainer.core.diagnostics import display_path
from explainer.importer import command, download, writing

STORY = ("Storm hits the coast\n\nThe storm reached the coast on Tuesday night, officials "
         "said.\n\nThe water rose faster than any of the forecasts had warned.\n")


@pytest.fixture
def story(tmp_path: Path) -> Path:
    source = tmp_path / "story.txt"
    source.write_text(STORY, encoding="utf-8")
    return source


def test_output_naming_a_folder_writes_the_slug_inside_it(tmp_path, story):
    folder = tmp_path / "drafts"
    folder.mkdir()
    assert main(["import", "-q", str(story), "--output", str(folder), "--force"]) == 0
    assert (folder / "storm-hits-the-coast.md").read_text("utf-8").startswith(
        '---\ntitle: "Storm hits the coast"\n')


def test_output_in_a_missing_folder_creates_the_folders(tmp_path, story):
    target = tmp_path / "new" / "deeper" / "storm.md"
    assert main(["import", "-q", str(story), "--output", str(target)]) == 0
    assert target.is_file()


def test_output_below_a_file_is_one_line(tmp_path, story, capsys):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("x", encoding="utf-8")
    assert main(["import", "-q", str(story), "--output", str(blocker / "storm.md")]) == 1
    assert capsys.readouterr().err == (
        f"{display_path(blocker)}: error: cannot create the folder: a file of that name is "
        "in the way; nothing was written\n")


def test_a_full_disk_leaves_the_old_file_whole(tmp_path, story, capsys, monkeypatch):
    target = tmp_path / "storm.md"
    target.write_text("the editor's version\n", encoding="utf-8")

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writing.os, "replace", full)
    assert main(["import", "-q", str(story), "--output", str(target), "--force"]) == 1
    assert capsys.readouterr().err == (f"{display_path(target)}: error: cannot write the file: "
                                       "No space left on device; nothing was written\n")
    assert target.read_text("utf-8") == "the editor's version\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["storm.md", "story.txt"]


def test_dry_run_prints_utf8_on_an_ascii_terminal(tmp_path, monkeypatch):
    source = tmp_path / "story.txt"
    source.write_text(STORY.replace("Storm", "Sturm über Köln"), encoding="utf-8")
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    monkeypatch.setattr(sys, "stdout", stdout)
    assert main(["import", "-q", str(source), "--dry-run"]) == 0
    stdout.flush()
    assert stdout.buffer.getvalue().decode("utf-8").startswith(
        '---\ntitle: "Sturm über Köln hits the coast"\n')


def test_a_folder_import_never_replaces_its_own_article(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(STORY.replace("night", f"night ({name})"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["import", "-q", str(folder), "--output", str(out), "--force"]) == 0
    assert "(b.txt)" in (out / "storm-hits-the-coast-2.md").read_text("utf-8")
    assert "(a.txt)" in (out / "storm-hits-the-coast.md").read_text("utf-8")


def test_a_folder_import_into_a_file_is_refused(tmp_path, story, capsys):
    assert main(["import", "-q", str(tmp_path), "--output", str(story)]) == 1
    assert capsys.readouterr().err == (f"{display_path(story)}: error: --output must be a "
                                       "folder when importing a folder; nothing was written\n")


class Handler(BaseHTTPRequestHandler):
    stop = threading.Event()

    def log_message(self, *_: object) -> None:
        pass

    def do_GET(self) -> None:
        pages = {"/page": self.page, "/slow": self.slow, "/endless": self.endless,
                 "/big": self.big}
        if self.path not in pages:
            self.send_error(404, "Not Found")
            return
        with contextlib.suppress(OSError):  # the importer hung up, as it should
            pages[self.path]()

    def start(self, length: int | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if length is not None:
            self.send_header("Content-Length", str(length))
        self.end_headers()

    def page(self) -> None:
        body = ("<html><head><title>Storm hits the coast</title></head><body><article>"
                "<h1>Storm hits the coast</h1>"
                + "<p>The storm reached the coast on Tuesday night, and officials said the "
                  "water rose faster than any of the forecasts had warned.</p>" * 3
                + "</article></body></html>").encode()
        self.start(len(body))
        self.wfile.write(body)

    def slow(self) -> None:
        self.start(10_000)
        while not self.stop.wait(0.2):
            self.wfile.write(b" ")
            self.wfile.flush()

    def endless(self) -> None:
        self.start()
        while not self.stop.is_set():
            self.wfile.write(b"<p>more</p>" * 1000)

    def big(self) -> None:
        self.start(10**12)


@contextmanager
def server() -> Iterator[str]:
    Handler.stop.clear()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        Handler.stop.set()
        httpd.shutdown()
        httpd.server_close()


def test_a_url_is_imported(capsys):
    with server() as base:
        assert main(["import", f"{base}/page", "--dry-run", "-q"]) == 0
    assert capsys.readouterr().out.startswith('---\ntitle: "Storm hits the coast"\n')


def test_a_download_that_never_ends_stops_at_the_deadline(capsys, monkeypatch):
    monkeypatch.setattr(download, "FETCH_DEADLINE", 1.0)
    with server() as base:
        started = time.monotonic()
        assert main(["import", f"{base}/slow", "--dry-run"]) == 1
        assert time.monotonic() - started < 3
    assert capsys.readouterr().err == (
        f"{base}/slow: error: cannot import: cannot fetch {base}/slow: the download did not "
        "finish within 1 s; save the page and import the file instead\n")


@pytest.mark.parametrize("path", ["/endless", "/big"])
def test_a_page_larger_than_the_cap_is_refused(path, capsys, monkeypatch):
    monkeypatch.setattr(download, "MAX_BYTES", 100_000)
    with server() as base:
        assert main(["import", f"{base}{path}", "--dry-run"]) == 1
    assert capsys.readouterr().err == (
        f"{base}{path}: error: cannot import: cannot fetch {base}{path}: the page is larger "
        "than 100,000 bytes, the most the importer downloads\n")


def test_a_missing_page_names_the_servers_answer(capsys):
    with server() as base:
        assert main(["import", f"{base}/gone", "--dry-run"]) == 1
    assert capsys.readouterr().err == (f"{base}/gone: error: cannot import: cannot fetch "
                                       f"{base}/gone: the server answered 404 Not Found\n")


def test_the_folder_table_prints_on_an_ascii_terminal(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY.replace("Storm", "Sturm über Köln"), encoding="utf-8")
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    monkeypatch.setattr(sys, "stdout", stdout)
    assert main(["import", "-v", str(folder), "--output", str(tmp_path / "out")]) == 0
    stdout.flush()
    assert "Sturm \\xfcber K\\xf6ln hits the coast" in stdout.buffer.getvalue().decode("ascii")


def test_a_file_larger_than_the_cap_is_refused(story, capsys, monkeypatch):
    monkeypatch.setattr(command, "MAX_FILE_BYTES", 100)
    assert main(["import", str(story), "--dry-run"]) == 1
    assert capsys.readouterr().err == (f"{story}: error: cannot import: it is larger than 100 "
                                       "bytes, the most the importer reads\n")
