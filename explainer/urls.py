"""Site URLs and the relative links between pages.

Every page has a site URL such as ``explainers/<slug>/`` (a folder, written as
``.../index.html``) or ``404.html``. Links are always relative and always name the file, so the
same ``output/`` works at a domain root, under ``/<repo>/`` on GitHub Pages and opened from disk.
"""

from __future__ import annotations

import functools
import re
import unicodedata

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


@functools.lru_cache(maxsize=65536)
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
