"""The built site works where it is hosted: at a domain root (``/``) and under a GitHub Pages
project path (``/repo/``).

The project's ``content/`` is built, served by a real HTTP server that answers as GitHub Pages
does (a folder redirects to its slash form and serves its ``index.html``; a missing file answers
404 with the site's ``404.html``; under ``/repo/`` nothing outside ``/repo/`` is the site), and
crawled from the home page. Every same-site ``href``, ``src`` and ``srcset`` of every page is
fetched and must answer 200; every ``#fragment`` must name an element of its target page; no
link may leave the mount point; and every built page must be reached. Links to other hosts are
not fetched. Small synthetic sites show that the crawler does catch each kind of problem.
"""

from __future__ import annotations

import inspect
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
from xml.etree import ElementTree

import pytest

from explainer.builder import build

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
MOUNTS = {"root": "/", "subpath": "/repo/"}

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


# -- the project's site, served at each mount point ----------------------------------------------


@dataclass(frozen=True)
class Hosted:
    origin: str
    mount: str
    output: Path
    crawl: Crawl


BUILD_TAKES_BASE_URL = "base_url" in inspect.signature(build).parameters


def build_content(output: Path, base_url: str) -> None:
    """Build content/ as the Pages workflow does, with the address it is served at (when this
    version of the build takes a base URL; the links are relative either way)."""
    options = {"base_url": base_url} if BUILD_TAKES_BASE_URL else {}
    result = build(CONTENT, output, **options)
    if not result.ok:
        errors = "\n".join(d.format() for d in result.diagnostics.errors)
        pytest.fail(f"content/ does not build:\n{errors}", pytrace=False)


@pytest.fixture(scope="module", params=list(MOUNTS.values()), ids=list(MOUNTS))
def hosted(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hosted]:
    mount: str = request.param
    output = tmp_path_factory.mktemp("hosting") / "output"
    with serve(output, mount) as origin:
        build_content(output, origin + mount)
        yield Hosted(origin, mount, output, crawl(origin, mount))


def test_the_home_page_answers(hosted):
    assert hosted.crawl.start is not None and hosted.crawl.start.status == 200
    assert hosted.crawl.pages, "the crawl read no page"


def test_every_link_and_asset_answers_200(hosted):
    broken = hosted.crawl.problems("status")
    assert not broken, report(broken, "broken links or assets", hosted.mount)


def test_every_fragment_names_an_element_of_its_page(hosted):
    broken = hosted.crawl.problems("fragment")
    assert not broken, report(broken, "broken #fragments", hosted.mount)


def test_no_link_leaves_the_mount_point(hosted):
    broken = hosted.crawl.problems("outside")
    assert not broken, report(broken, "links leaving the site", hosted.mount)


def test_every_built_page_is_reached_from_the_home_page(hosted):
    built = {p.relative_to(hosted.output).as_posix() for p in hosted.output.rglob("*.html")}
    orphans = built - {"404.html"} - hosted.crawl.files_reached()
    assert not orphans, (f"{len(orphans)} built pages no link leads to (served at "
                         f"{hosted.mount}):\n  " + "\n  ".join(sorted(orphans)))


def test_the_404_page_works_at_a_missing_nested_address(hosted):
    """GitHub Pages answers any missing address with 404.html, at that address: its links
    must work from any depth, so they cannot be relative."""
    if not BUILD_TAKES_BASE_URL:
        pytest.skip("this build takes no base URL, so 404.html can only link relatively")
    missing = hosted.mount + "explainers/no-such-explainer/"
    result = crawl(hosted.origin, hosted.mount, start=missing, follow=False)
    assert result.start is not None and result.start.status == 404
    assert result.start.ids, f"{missing} did not answer with the site's 404.html"
    assert not result.broken, report(result.broken, f"broken links on 404.html at {missing}",
                                     hosted.mount)


def absolute_addresses(xml_file: Path) -> list[str]:
    """The addresses a sitemap (``<loc>``) or an Atom feed (``<link href>``) gives."""
    tree = ElementTree.parse(xml_file)
    locs = [e.text.strip() for e in tree.iter() if e.tag.endswith("}loc") and e.text]
    hrefs = [e.get("href", "") for e in tree.iter() if e.tag.endswith("}link")]
    return locs + [h for h in hrefs if h]


@pytest.mark.parametrize("name", ["sitemap.xml", "feed.xml"])
def test_every_address_in_the_sitemap_and_feed_answers_200(hosted, name):
    if not BUILD_TAKES_BASE_URL or not (hosted.output / name).is_file():
        pytest.skip(f"this build writes no {name} with full addresses")
    site = hosted.origin + hosted.mount
    addresses = absolute_addresses(hosted.output / name)
    assert addresses, f"{name} gives no address"
    wrong = [f"  {a}: not under {site}" for a in addresses if not a.startswith(site)]
    wrong += [f"  {a}: HTTP {status}" for a in addresses if a.startswith(site)
              and (status := fetch(a)[0].status) != 200]
    assert not wrong, f"{len(wrong)} broken addresses in {name}:\n" + "\n".join(wrong)


# -- the crawler catches each kind of problem ----------------------------------------------------

PAGE = '<!doctype html><html><head><title>t</title>{head}</head><body>{body}</body></html>'


def page(body: str, head: str = "") -> str:
    return PAGE.format(head=head, body=body)


def crawl_folder(folder: Path, files: dict[str, str], mount: str) -> Crawl:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    with serve(folder, mount) as origin:
        return crawl(origin, mount)


def links_of(problems: list[Broken]) -> list[tuple[str, str]]:
    return sorted((p.page, p.link) for p in problems)


def test_a_link_that_escapes_the_sub_path_is_caught(tmp_path):
    files = {"index.html": page('<a href="glossary/index.html">ok</a> <a href="/glossary/">no</a>'),
             "glossary/index.html": page("<h1>Glossary</h1>")}
    at_root = crawl_folder(tmp_path, files, "/")
    under_repo = crawl_folder(tmp_path, files, "/repo/")
    assert at_root.broken == []
    assert links_of(under_repo.broken) == [("/repo/", "/glossary/")]
    assert under_repo.broken[0].kind == "outside"


def test_a_missing_asset_in_a_srcset_is_caught(tmp_path):
    files = {"index.html": page('<img alt="" src="a.svg" srcset="a.svg 1x, b.svg 2x">'),
             "a.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>"}
    result = crawl_folder(tmp_path, files, "/repo/")
    assert links_of(result.problems("status")) == [("/repo/", "b.svg")]


def test_a_missing_stylesheet_is_caught(tmp_path):
    files = {"index.html": page("", head='<link rel="stylesheet" href="assets/style.css">')}
    result = crawl_folder(tmp_path, files, "/")
    assert links_of(result.problems("status")) == [("/", "assets/style.css")]


def test_a_fragment_with_no_element_is_caught(tmp_path):
    files = {"index.html": page('<a href="b.html#there">b</a> <a href="#here">top</a>'
                                '<h2 id="here">Here</h2>'),
             "b.html": page('<h2 id="elsewhere">B</h2>')}
    result = crawl_folder(tmp_path, files, "/")
    assert links_of(result.problems("fragment")) == [("/", "b.html#there")]


def test_a_page_no_link_leads_to_is_not_reached(tmp_path):
    files = {"index.html": page('<a href="a/index.html">a</a>'),
             "a/index.html": page('<a href="../index.html">home</a>'),
             "orphan/index.html": page("<p>alone</p>")}
    result = crawl_folder(tmp_path, files, "/repo/")
    assert result.files_reached() == {"index.html", "a/index.html"}


def test_links_to_other_hosts_are_not_fetched(tmp_path):
    files = {"index.html": page('<a href="https://example.invalid/x">x</a>'
                                '<a href="mailto:a@example.org">mail</a>')}
    result = crawl_folder(tmp_path, files, "/")
    assert result.broken == []
