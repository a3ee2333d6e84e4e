"""What ``content/media/`` may publish: files served on the site's own address.

A page or a script in ``media/`` would run on the site's own origin, beside the explainers, so
only kinds of files that browsers never run are published (an allow-list by extension, any
case), each at most :data:`MAX_MEDIA_BYTES` (checked before it is read). An SVG is a document
that can hold scripts: it is parsed (no entities, no network, no huge trees, at most
:data:`MAX_SVG_BYTES`) and published only when it holds no script, no embedded page and loads
nothing from another host (:func:`explainer.content.svg.svg_problems`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from explainer.content.svg import svg_problems
from explainer.core.diagnostics import Diagnostics

KINDS = {
    "pictures": ("png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "ico"),
    "audio and video": ("mp3", "m4a", "ogg", "oga", "wav", "mp4", "m4v", "webm", "ogv"),
    "documents and data": ("pdf", "csv", "txt", "json"),
    "fonts": ("woff", "woff2"),
}
ACCEPTED = frozenset(ext for exts in KINDS.values() for ext in exts)
MAX_MEDIA_BYTES = 50_000_000  # GitHub Pages warns at 50 MB and refuses files over 100 MB
MAX_SVG_BYTES = 5_000_000  # checking the worst 5 MB SVG takes about 2 s


class Vetted(NamedTuple):
    """A media file the site may publish, with its bytes when checking it read them."""

    path: Path
    data: bytes | None


def vet(path: Path, diags: Diagnostics) -> Vetted | None:
    """The file, when the site may publish it; None after reporting why not."""
    if not _accepted(path, diags):
        return None
    try:
        size = os.stat(path).st_size
        if not _small_enough(path, size, diags):
            return None
        if path.suffix.lower() != ".svg":
            return Vetted(path, None)
        data = path.read_bytes()
    except OSError as exc:
        diags.error(path, 1, 1, f"cannot read the file: {exc.strerror or exc}", _AGAIN)
        return None
    return Vetted(path, data) if publishable(path, data, diags) else None


def publishable(path: Path, data: bytes, diags: Diagnostics) -> bool:
    """Whether these bytes, read from a vetted file, may be published (problems reported)."""
    if not _small_enough(path, len(data), diags):
        return False
    if path.suffix.lower() != ".svg":
        return True
    problems = svg_problems(data)
    for problem in problems:
        diags.error(path, problem.line, problem.col, problem.message, hint=problem.hint)
    return not problems


_AGAIN = "check its permissions; if it was just moved or deleted, save again to rebuild"


def _accepted(path: Path, diags: Diagnostics) -> bool:
    if path.suffix[1:].lower() in ACCEPTED:
        return True
    kinds = "; ".join(f"{kind} ({' '.join('.' + ext for ext in exts)})"
                      for kind, exts in KINDS.items())
    diags.error(path, 1, 1, f"'{path.name}' is not a kind of file the site publishes from "
                            f"media/ ({path.suffix or 'no extension'})",
                hint=f"media/ publishes only {kinds}: a page or script there would run on the "
                     "site's own address")
    return False


def _small_enough(path: Path, size: int, diags: Diagnostics) -> bool:
    svg = path.suffix.lower() == ".svg"
    limit = MAX_SVG_BYTES if svg else MAX_MEDIA_BYTES
    if size <= limit:
        return True
    diags.error(path, 1, 1, f"'{path.name}' is {size:,} bytes; the limit for "
                            f"{'an SVG' if svg else 'a media file'} is {limit:,}",
                hint="simplify the drawing, or export it as PNG or WebP" if svg else
                "make it smaller, or publish it elsewhere and link to it (GitHub Pages warns "
                "about files over 50 MB and refuses those over 100 MB)")
    return False
