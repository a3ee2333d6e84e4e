"""Site URLs and the relative links between pages.

Every page has a site URL such as ``explainers/<slug>/`` (a folder, written as
``.../index.html``) or ``404.html``. Links are always relative and always name the file, so the
same ``output/`` works at a domain root, under ``/<repo>/`` on GitHub Pages and opened from disk.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from urllib.parse import urlsplit

# A web address, as front matter and the command line take it.
URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)

NON_SLUG = re.compile(r"[^a-z0-9]+")
APOSTROPHES = re.compile(r"['’‘`]")


def slugify(text: str, limit: int = 80) -> str:
    """A URL-safe slug: ASCII letters and digits joined by single hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = NON_SLUG.sub("-", APOSTROPHES.sub("", ascii_text).lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug


def file_of(url: str) -> str:
    """The file a site URL is written to: a folder URL gets ``index.html``."""
    return url + "index.html" if url == "" or url.endswith("/") else url


@functools.lru_cache(maxsize=1024)  # a page's links (its own, and the pages before it)
def relative(from_url: str, to_url: str) -> str:
    """The link from one page to another (or to an asset), relative and naming the file."""
    target, _, fragment = to_url.partition("#")
    start = file_of(from_url).split("/")[:-1]
    parts = file_of(target).split("/")
    common = 0
    while common < min(len(start), len(parts) - 1) and start[common] == parts[common]:
        common += 1
    link = "../" * (len(start) - common) + "/".join(parts[common:])
    return link + ("#" + fragment if fragment else "")


def explainer_url(slug: str) -> str:
    return f"explainers/{slug}/"


def term_url(slug: str) -> str:
    return f"glossary/{slug}/"


def tag_url(slug: str) -> str:
    return f"tags/{slug}/"


UNSAFE_IN_ADDRESS = re.compile(r"[\s\"'<>\\`{}|^\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f"
                               r"\u202a-\u202e\u2060-\u2069\ufeff]")  # and invisible ones
NUMBERS_ONLY = re.compile(r"[0-9.]+")
IPV4 = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)")


def _shown(char: str) -> str:
    if char in " \t":
        return "a space" if char == " " else "a tab"
    return f"'{char}'" if char.isprintable() else f"the character U+{ord(char):04X}"


def site_address_problem(text: str) -> str | None:
    """Why ``text`` is not usable as the address a site is published at (an http(s) URL with
    a host, and nothing a page or robots.txt could not hold as it is), or None."""
    unsafe = UNSAFE_IN_ADDRESS.search(text)
    if unsafe is not None:
        return f"it contains {_shown(unsafe.group())}, which a web address cannot"
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 (raises ValueError for a port that is not a number)
    except ValueError:
        return "it cannot be read as a web address"
    if parts.scheme.lower() not in ("http", "https"):
        return "it does not start with http:// or https://"
    if not parts.hostname:
        return "it has no host name"
    if parts.username is not None or parts.password is not None:
        return "it has a user name or password ('@' before the host)"
    if NUMBERS_ONLY.fullmatch(parts.hostname) and not IPV4.fullmatch(parts.hostname):
        return f"its host '{parts.hostname}' is not a valid IP address"
    if parts.query or parts.fragment or text.endswith(("?", "#")):
        return "it has a query or a fragment ('?' or '#')"
    return None
