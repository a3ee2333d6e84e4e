"""An explainer's lead image: what kind of picture a file holds, its size in pixels, how the
page shows it, and the build's warnings about it.

The pixel size is read from the file's first bytes (PNG, JPEG, WebP and GIF headers; no
image library), so the page can reserve the picture's place and does not move when it loads.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from explainer.content.model import Explainer
from explainer.core.diagnostics import Diagnostics

if TYPE_CHECKING:  # the site module checks pictures while it gathers
    from explainer.site.pages import Site

# the kinds of picture import saves and the build measures, by the extension they are saved as
PICTURE_KINDS = ("jpg", "png", "webp", "gif", "avif")
HEAD_BYTES = 512 * 1024  # a JPEG's size comes after its EXIF and colour profile: read this much
REMOTE = ("http://", "https://", "//")
ALT_HINT = 'describe the picture in image.alt (or write alt: "" only if it is decorative)'
REMOTE_HINT = ("run import again to save it, or download it into content/media/ and write "
               "src: media/<file name>, so that the page asks no other host for anything")


def picture_kind(data: bytes) -> str | None:
    """The kind of picture the bytes hold, by their magic number (``jpg``, ``png``, ``webp``,
    ``gif`` or ``avif``), or None when they hold none of these."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data[4:8] == b"ftyp" and _avif_brand(data):
        return "avif"
    return None


def _avif_brand(data: bytes) -> bool:
    """Whether an ISO media file's ``ftyp`` box names an AVIF brand (major or compatible)."""
    box = int.from_bytes(data[:4], "big")
    brands = data[8:min(box, 64)] if box >= 16 else data[8:12]
    return any(brands[i:i + 4] in (b"avif", b"avis") for i in range(0, len(brands), 4))


def picture_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) in pixels from a PNG, JPEG, WebP or GIF header; None when the bytes
    are none of these, or are cut short before the size."""
    kind = picture_kind(data)
    try:
        if kind == "png" and data[12:16] == b"IHDR":
            size = struct.unpack(">II", data[16:24])
        elif kind == "gif":
            size = struct.unpack("<HH", data[6:10])
        elif kind == "webp":
            size = _webp_size(data)
        elif kind == "jpg":
            size = _jpeg_size(data)
        else:
            return None
    except struct.error:  # the file ends inside its header
        return None
    return (size[0], size[1]) if size and size[0] > 0 and size[1] > 0 else None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8 " and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and data[20:21] == b"\x2f":
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X" and len(data) >= 30:
        return (int.from_bytes(data[24:27], "little") + 1,
                int.from_bytes(data[27:30], "little") + 1)
    return None


# start-of-frame markers hold the size; C4 (Huffman tables), C8 and CC (arithmetic coding) do not
SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Walk a JPEG's segments from the start of the file to its first frame header."""
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None  # not a segment: the file is damaged
        marker = data[at + 1]
        if marker == 0xFF:  # a fill byte before the marker
            at += 1
            continue
        if marker in (0x01, *range(0xD0, 0xDA)):  # markers without a length
            at += 2
            continue
        if marker in SOF_MARKERS:
            height, width = struct.unpack(">HH", data[at + 5:at + 9])
            return width, height
        at += 2 + int.from_bytes(data[at + 2:at + 4], "big")
    return None


def file_size(path: Path) -> tuple[int, int] | None:
    """The pixel size of a picture file, or None when it cannot be read or measured."""
    try:
        with path.open("rb") as file:
            return picture_size(file.read(HEAD_BYTES))
    except OSError:
        return None


def is_remote(src: str) -> bool:
    return src.lower().startswith(REMOTE)


@dataclass(frozen=True)
class LeadImage:
    """The lead picture as a page shows it."""

    src: str  # a site URL (media/...) or, for a picture on another host, its address
    remote: bool
    alt: str
    caption: str
    credit: str
    width: int | None = None
    height: int | None = None


def lead_image(site: Site, explainer: Explainer) -> LeadImage | None:
    """The explainer's picture, or None when it has none (then the page shows no figure, and
    no caption or credit either, even when the front matter gives them)."""
    image = explainer.image
    if image is None or not image.src:
        return None
    remote = is_remote(image.src)
    size = None if remote else file_size(site.config.path.parent / image.src)
    return LeadImage(image.src, remote, image.alt or "", image.caption or "",
                     image.credit or "", *(size or (None, None)))


def preview_image(site: Site, explainer: Explainer) -> tuple[str, str]:
    """The picture's full address for link previews and JSON-LD (a preview needs a full
    address: a local picture gets one only when the site has a base URL), and its alt text."""
    image = explainer.image
    if image is None or not image.src:
        return "", ""
    base = site.config.base_url
    if is_remote(image.src):
        full = image.src
    elif base:
        full = base.rstrip("/") + "/" + image.src
    else:
        return "", ""
    return full, image.alt or ""


def check_lead_image(explainer: Explainer, content: Path, diags: Diagnostics) -> None:
    """A local picture must be in content/media/ (an error); a picture on another host, and
    a picture without alt text, are warnings at the ``image`` key."""
    image = explainer.image
    if image is None or not image.src:
        return
    src, where = image.src, explainer.where
    line, col = where.get("image", (1, 1))
    if is_remote(src):
        diags.warning(explainer.path, line, col, f"the lead image is on another host: "
                      f"'{src}': readers' browsers will ask that host for it", REMOTE_HINT)
    elif not src.startswith("media/") or not (content / src).is_file():
        diags.error(explainer.path, line, col, f"image '{src}' not found in {content / 'media'}",
                    hint="put the image in content/media/ and write src: media/<file name>")
        return
    if image.alt is None:  # alt: "" is the editor saying the picture is decorative
        line, col = where.get("image.alt", (line, col))
        diags.warning(explainer.path, line, col, f"the lead image '{src}' has no alt text",
                      ALT_HINT)
