"""A server that answers as GitHub Pages does, and a crawler that follows every link of a
built site through it (used by ``tests/test_hosting.py`` and ``tests/test_crawler.py``).

The server: a folder redirects to its slash form and serves its ``index.html``; a missing file
answers 404 with the site's ``404.html``; under a mount such as ``/repo/`` nothing outside it is
the site. The crawler fetches every same-site ``href``, ``src`` and ``srcset`` from the home
page, checks each ``#fragment`` names an element, and never fetches other hosts.
"""

from __future__ import annotations

import mimetypes
import threading
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, unquote, urldefrag, urljoin, urlsplit

# The attributes that load or link to another address, by element.
LINK_ATTRIBUTES = {
    "a": ("href",), "area": ("href",), "link": ("href",), "script": ("src",),
    "img": ("src", "srcset"), "source": ("src", "srcset"), "iframe": ("src",),
    "video": ("src", "poster"), "audio": ("src",), "track": ("src",), "embed": ("src",),
}
SRCSET = "srcset"

# -- a server that answers as GitHub Pages does ---------------------------------------------------


def pages_handler(root: Path, mount: str) -> type[BaseHTTPRequestHandler]:
    """Serve ``root`` at ``mount``: folders redirect to their slash form and serve index.html,
    a missing file answers 404 with the site's 404.html, and outside ``mount`` is not the site."""
    root = root.resolve()

    class PagesLike(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = unquote(urlsplit(self.path).path)
            if not path.startswith(mount):
                self.answer(404, b"not this site", "text/plain")
                return
            target = (root / path[len(mount):]).resolve()
            if not target.is_relative_to(root):
                self.answer(404, b"not this site", "text/plain")
                return
            if target.is_dir():
                if not path.endswith("/"):
                    self.send_response(301)
                    self.send_header("Location", quote(path) + "/")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                target = target / "index.html"
            if target.is_file():
                kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
                self.answer(200, target.read_bytes(), kind)
            elif (root / "404.html").is_file():
                self.answer(404, (root / "404.html").read_bytes(), "text/html")
            else:
                self.answer(404, b"not found", "text/plain")

        def answer(self, status: int, body: bytes, kind: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

    return PagesLike


@contextmanager
def serve(root: Path, mount: str) -> Iterator[str]:
    """Serve ``root`` at ``mount`` on 127.0.0.1 until the block ends; yields the origin."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), pages_handler(root, mount))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


# -- the crawler ----------------------------------------------------------------------------------


class PageScanner(HTMLParser):
    """A page's ids (and ``<a name>``s), its ``<base href>`` and every link it has."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.base: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        if values.get("id"):
            self.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"])
        if tag == "base" and self.base is None and values.get("href"):
            self.base = values["href"]
        for attribute in LINK_ATTRIBUTES.get(tag, ()):
            value = values.get(attribute, "").strip()
            if attribute == SRCSET:
                self.links += [c.split()[0] for c in value.split(",") if c.strip()]
            elif value:
                self.links.append(value)


@dataclass(frozen=True)
class Response:
    status: int
    url: str  # after redirects
    html: bool
    ids: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Broken:
    kind: str  # "status", "fragment" or "outside"
    page: str  # the address path of the page the link is on
    link: str  # the link as written in the page
    reason: str

    def __str__(self) -> str:
        return f"  on {self.page}: {self.link!r} {self.reason}"


@dataclass(frozen=True)
class Link:
    page_url: str  # the address the page was fetched at
    page: str  # its path
    written: str  # the link as written in the page
    absolute: str  # the address it leads to

    def broken(self, kind: str, reason: str) -> Broken:
        return Broken(kind, self.page, self.written, reason)


@dataclass
class Crawl:
    mount: str
    start: Response | None = None
    pages: set[str] = field(default_factory=set)  # address paths of the HTML pages read
    broken: list[Broken] = field(default_factory=list)

    def problems(self, kind: str) -> list[Broken]:
        return [b for b in self.broken if b.kind == kind]

    def files_reached(self) -> set[str]:
        """The built files of the pages read: ``/repo/glossary/`` is ``glossary/index.html``."""
        return {unquote(path[len(self.mount):]) + ("index.html" if path.endswith("/") else "")
                for path in self.pages}


OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy


def fetch(url: str) -> tuple[Response, bytes]:
    try:
        with OPENER.open(url, timeout=10) as answer:
            status, final, kind, body = 200, answer.geturl(), answer.headers, answer.read()
    except urllib.error.HTTPError as error:
        status, final, kind, body = error.code, error.geturl(), error.headers, error.read()
    html = (kind.get_content_type() or "") == "text/html"
    return Response(status, final, html), body


def scan(body: bytes) -> PageScanner:
    scanner = PageScanner()
    scanner.feed(body.decode("utf-8", errors="replace"))
    scanner.close()
    return scanner


def crawl(origin: str, mount: str, start: str | None = None, follow: bool = True) -> Crawl:
    """Read the site from ``start`` (default: the home page), fetching every same-site link.

    With ``follow=False`` only the start page's links are checked (their targets are fetched,
    but not read for more links). The start page is read whatever its status (a 404 page).
    """
    host = urlsplit(origin).netloc
    result = Crawl(mount)
    start_url = origin + (start or mount)
    responses: dict[str, Response] = {}
    links: list[Link] = []
    queue = deque([start_url])
    while queue:
        url = queue.popleft()
        if url in responses:
            continue
        response, body = fetch(url)
        page_path = urlsplit(response.url).path
        readable = response.html and (response.status == 200 or url == start_url)
        scanner = scan(body) if readable else None
        if scanner is not None:
            response = Response(response.status, response.url, True, frozenset(scanner.ids))
        responses[url] = response
        if url == start_url:
            result.start = response
        if scanner is None or (not follow and url != start_url):
            continue
        if response.status == 200:
            result.pages.add(page_path)
        base = urljoin(response.url, scanner.base or "")
        for written in scanner.links:
            absolute = urljoin(base, written)
            parts = urlsplit(absolute)
            if parts.scheme not in ("http", "https") or parts.netloc != host:
                continue  # another host, or mailto:, tel:, data: ...: not fetched
            links.append(Link(url, page_path, written, absolute))
            if parts.path.startswith(mount):
                queue.append(urldefrag(absolute).url)
    result.broken = [b for link in links if (b := judge(link, mount, responses)) is not None]
    return result


def judge(link: Link, mount: str, responses: dict[str, Response]) -> Broken | None:
    """What is wrong with one link, given every response; None when nothing is."""
    target, fragment = urldefrag(link.absolute)
    path = urlsplit(target).path
    if not path.startswith(mount):
        return link.broken("outside", f"leads to {path}, outside the site's address {mount}")
    response = responses[target]
    # A link within the page itself (href="#main") is fine whatever the page's own status
    # (the 404 page is read at an address that answers 404).
    if response.status != 200 and target != link.page_url:
        return link.broken("status", f"-> {path} answers HTTP {response.status}")
    anchor = unquote(fragment)
    if anchor and anchor not in response.ids:
        where = "the page" if response.html else "the file (not an HTML page)"
        return link.broken("fragment", f"-> {where} {path} has no id {anchor!r}")
    return None


def report(problems: list[Broken], what: str, mount: str) -> str:
    lines = sorted(str(p) for p in problems)
    return f"{len(lines)} {what} with the site served at {mount}:\n" + "\n".join(lines)
