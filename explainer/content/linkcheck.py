"""What ``check`` reads in a built page, and what a link is wrong with.

:func:`scan` collects a page's ids (the anchors links can point at) and every ``href`` and
``src`` with its offset in the page. :func:`link_problem` says what is wrong with one link on
one page, given every built file: a missing page or image, a missing ``#anchor``, a link that
leaves the site or starts with ``/``, or a malformed web address. The wording of each problem
is here; where it is reported (the Markdown, the front matter or a layout) is ``check.py``'s
business.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from explainer.core.diagnostics import ERROR, closest, did_you_mean
from explainer.core.urls import relative

SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
WEB_SCHEMES = ("http", "https")
OTHER_SCHEMES = ("mailto", "tel")
UNSAFE_SCHEMES = ("javascript", "vbscript", "data", "file")
PAGE_SCHEMES = frozenset({*WEB_SCHEMES, *OTHER_SCHEMES})  # what a page may link to
DATA_PICTURE = re.compile(r"data:image/(?:png|gif|jpe?g|webp|avif)[;,]", re.IGNORECASE)  # inline
NOT_FOUND = "404.html"
HOST = re.compile(r"^(?:[\w-]+\.)+[\w-]+$|^[0-9a-f.]*:[0-9a-f:.]*$")  # or IPv6


@dataclass(frozen=True)
class Link:
    """One ``href`` or ``src`` in a page; ``alt`` is an image's alt text (None when absent)."""

    tag: str
    value: str
    offset: int
    alt: str | None = None

    @property
    def is_image(self) -> bool:
        return self.tag == "img"


@dataclass(frozen=True)
class Scan:
    ids: frozenset[str]
    links: tuple[Link, ...]


@dataclass(frozen=True)
class Problem:
    """What is wrong with a link. ``target`` (the site file, or the address) groups repeats."""

    severity: str
    message: str
    target: str
    hint: str | None = None
    closest: str | None = None  # the built file closest to a missing target
    page_hint: bool = False  # the hint is written relative to the page (no use in a layout)


class _Scanner(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.starts = [0]
        self.starts += [m.end() for m in re.finditer("\n", text)]
        self.ids: set[str] = set()
        self.links: list[Link] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        if values.get("id"):
            self.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"])
        line, col = self.getpos()
        for attr in ("href", "src"):
            if attr in values:
                alt = values.get("alt") if tag == "img" else None
                self.links.append(Link(tag, values[attr].strip(), self.starts[line - 1] + col,
                                       alt))

    handle_startendtag = handle_starttag


def scan(html: str) -> Scan:
    """The ids and the links of one HTML page."""
    scanner = _Scanner(html)
    scanner.feed(html)
    scanner.close()
    return Scan(frozenset(scanner.ids), tuple(scanner.links))


@dataclass
class Built:
    """The built files, the scans of their pages, and a cache of "did you mean" answers."""

    files: Mapping[str, bytes]
    scans: Mapping[str, Scan]
    root: str = ""  # the site's path ("/repo/") when 404.html links from it, as it must
    _close: dict[tuple[str, bool], str | None] = field(default_factory=dict)

    def closest(self, target: str, image: bool) -> str | None:
        """The built file in the same folder whose name is closest to a missing one's.

        Pages are compared by their folder's name (``explainers/<slug>/index.html``), and
        images by any file; only names are compared, so a shared folder counts for nothing.
        """
        key = (target, image)
        if key not in self._close:
            parent, name = _split_name(target)
            pool = {}
            for file in self.files if image else self.scans:
                folder, other = _split_name(file)
                if folder == parent:
                    pool[other] = file
            match = closest(name, pool, cutoff=0.75)  # higher: a shared ".png" is no clue
            self._close[key] = pool[match] if match else None
        return self._close[key]


def _split_name(file: str) -> tuple[str, str]:
    parent, _, name = file.removesuffix("/index.html").rpartition("/")
    return parent, name


def link_problem(site: Built, page: str, link: Link) -> Problem | None:
    """What is wrong with a link on a page (a file path inside the site), or None."""
    value = link.value
    if link.is_image and value.lower().startswith("data:image/"):
        return None  # an image written into the page: no other file, no other host
    if value.startswith("//") or SCHEME.match(value):
        return web_problem(value)
    if page == NOT_FOUND and site.root and value.startswith(site.root):
        # The host shows 404.html at any address, so its links start from the site's path.
        inside = value.removeprefix(site.root)
        problem = _internal(site, "index.html", replace(link, value=inside))
        return problem and replace(problem, message=problem.message.replace(
            f"'{inside}'", f"'{value}'", 1))
    if value.startswith("/"):
        return _absolute(site, page, link)
    return _internal(site, page, link)


def resolve(page: str, value: str) -> tuple[str | None, str]:
    """The site file a relative link leads to (None outside the site) and its fragment."""
    path, _, fragment = value.partition("#")
    path = unquote(path.partition("?")[0])
    if not path:
        return page, unquote(fragment)
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
    if joined == ".." or joined.startswith("../"):
        return None, unquote(fragment)
    folder = path.endswith("/") or posixpath.basename(path) in (".", "..")
    if folder:
        joined = "index.html" if joined == "." else joined + "/index.html"
    return joined, unquote(fragment)


def _internal(site: Built, page: str, link: Link) -> Problem | None:
    target, fragment = resolve(page, link.value)
    if target is None:
        return Problem(ERROR, f"broken link '{link.value}': it leads outside the site",
                       link.value, "links between pages are relative to the page they are on")
    if target not in site.files and f"{target}/index.html" in site.files:
        target = f"{target}/index.html"
    if target not in site.files:
        return _missing(site, page, link, target)
    if fragment and fragment != "top" and target in site.scans:
        return _anchor(site, page, link, target, fragment)
    return None


def _missing(site: Built, page: str, link: Link, target: str) -> Problem:
    close = site.closest(target, link.is_image)
    close = None if close == page else close
    hint = f"did you mean '{relative(page, close)}'?" if close else None
    if not link.is_image:
        hint = hint or (f"from this page, an explainer is "
                        f"'{relative(page, 'explainers/<slug>/')}' and a glossary term "
                        f"'{relative(page, 'glossary/<slug>/')}'")
        return Problem(ERROR, f"broken link '{link.value}': {target} is not in the site",
                       target, hint, close, page_hint=True)
    media = "media/" + posixpath.basename(target)
    if media in site.files:
        hint = f"write it relative to this page: '{relative(page, media)}'"
    return Problem(ERROR, f"image '{link.value}' not found: {target} is not in the site", target,
                   hint or f"put the image in content/media/ and write '{relative(page, media)}'",
                   close, page_hint=True)


def _anchor(site: Built, page: str, link: Link, target: str, fragment: str) -> Problem | None:
    ids = site.scans[target].ids
    if fragment in ids:
        return None
    before = link.value.partition("#")[0]
    same = target == page
    return Problem(ERROR, f"broken anchor '{link.value}': "
                          f"{'this page' if same else target} has no element with id "
                          f"'{fragment}'", f"{'' if same else target}#{fragment}",
                   did_you_mean(fragment, ids, prefix=before + "#"))


def _absolute(site: Built, page: str, link: Link) -> Problem:
    target, _ = resolve("index.html", link.value.lstrip("/"))
    better = relative(page, target) if target in site.files else None
    hint = (f"write it relative to this page: '{better}'" if better
            else "write links relative to the page they are on")
    return Problem(ERROR, f"link '{link.value}' starts with '/': it breaks when the site is "
                          "opened from disk or served under a sub-path",
                   target or link.value, hint, page_hint=better is not None)


def web_problem(url: str) -> Problem | None:
    """What is wrong with an address that names a scheme (or starts with //), or None."""
    reason, hint = _web_reason(url)
    if reason is None:
        return None
    return Problem(ERROR, f"malformed web address '{url}': {reason}", url, hint)


def _web_reason(url: str) -> tuple[str | None, str | None]:
    match = SCHEME.match(url)
    if match is None:
        return "it has no scheme", f"write it in full: 'https:{url}'"
    scheme = match.group(1).lower()
    if any(ch.isspace() for ch in url):
        return "it contains a space", "remove the space, or write it as %20"
    if scheme in UNSAFE_SCHEMES:
        return f"'{scheme}:' links are not allowed", "link to a web page: https://..."
    if scheme in OTHER_SCHEMES:
        return (None, None) if url[match.end():] else ("it is empty", None)
    if scheme not in WEB_SCHEMES:
        close = closest(scheme, WEB_SCHEMES)
        hint = (f"did you mean '{close}{url[match.end() - 1:]}'?" if close
                else "web addresses start with https:// or http://")
        return f"unknown scheme '{scheme}:'", hint
    return _host_reason(url)


def _host_reason(url: str) -> tuple[str | None, str | None]:
    example = "write the full address, e.g. https://www.example.org/page"
    try:
        parts = urlsplit(url)
    except ValueError:  # an unclosed or invalid [IPv6] host
        return "its host name is not valid", example
    if not url.split(":", 1)[1].startswith("//") or not parts.hostname:
        return "it has no host name", example
    try:
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        return "its port is not a number from 0 to 65535", example
    if not HOST.match(parts.hostname):
        return f"'{parts.hostname}' is not a full host name", example
    return None, None
