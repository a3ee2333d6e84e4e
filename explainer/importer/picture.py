"""Save an imported article's lead picture into the site, so that its page never asks another
host for it: downloaded (within the page download's limits) or copied from beside a saved
page, checked to be a picture by its first bytes, and written as ``media/<slug>.<ext>``.

A picture that cannot be had leaves the explainer without one (its caption and credit stay in
the front matter as notes for the editor; a page shows them only with a picture).
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from explainer.core.diagnostics import display_path
from explainer.core.spec import MEDIA
from explainer.core.urls import URL
from explainer.importer.article import ImportedArticle
from explainer.importer.download import MAX_BYTES, FetchFailed, fetch, size
from explainer.importer.writing import WriteFailed, write_whole
from explainer.site.pictures import picture_kind

KINDS_SHOWN = "JPEG, PNG, WebP, GIF or AVIF"


class NoPicture(Exception):
    """Why one address gave no picture, in words for the editor."""


@dataclass(frozen=True)
class Saved:
    """What saving did: the article (with ``image_src`` when a picture was saved) and the
    lines to print (``warning`` lines when it was not)."""

    article: ImportedArticle
    lines: tuple[str, ...] = ()


def media_folder(target: Path, content: Path) -> Path:
    """Where the picture of the explainer written to ``target`` goes, so that its
    ``src: media/<file>`` names it: ``<content>/media`` for a file inside the content folder;
    beside the nearest ``explainers`` folder above the file (a site's content folder); else a
    ``media`` folder beside the file, to move into the site's ``content/`` with it."""
    where = target.resolve().parent
    if where.is_relative_to(content.resolve()):
        return content / MEDIA
    for folder in (where, *where.parents):
        if folder.name == "explainers":
            return folder.parent / "media"
    return target.parent / "media"


def locations(article: ImportedArticle, source: str, from_web: bool) -> list[str | Path]:
    """Where the picture can be had, in order: for a saved page, files beside it first (no
    download needed); then web addresses (a relative one read against the page's address)."""
    files: list[str | Path] = []
    web: list[str | Path] = []
    base = article.source_url
    for ref in article.image_refs:
        ref = ref.strip()
        if ref.startswith("//"):
            ref = "https:" + ref
        if URL.match(ref):
            web.append(ref)
            continue
        try:
            if not from_web and not ref.startswith("/"):
                files.extend(_beside(Path(source).parent, unquote(urlsplit(ref).path)))
            if base:
                web.append(urljoin(base, ref))
        except ValueError:  # an address Python cannot split
            continue
    return list(dict.fromkeys([*files, *web]))


def _beside(folder: Path, ref: str) -> list[Path]:
    """The file a saved page's relative address names, when it is in the page's folder or
    below it: a page cannot make the importer copy a picture from elsewhere on the disk."""
    path = folder / ref
    try:
        inside = path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # a loop of links, a name the system refuses
        return []
    return [path] if inside else []


def read_picture(where: str | Path) -> bytes:
    """The bytes at a web address or in a file, when they are a picture of a kind the site
    publishes; :class:`NoPicture` otherwise."""
    if isinstance(where, Path):
        data = _read_file(where)
    else:
        if not URL.match(where):
            raise NoPicture(f"'{where}' is not a web address")
        try:
            data = fetch(where, what="picture")
        except FetchFailed as exc:
            raise NoPicture(str(exc)) from None
    if picture_kind(data) is None:
        raise NoPicture(f"{_shown(where)} is not a picture ({KINDS_SHOWN})")
    return data


def _read_file(path: Path) -> bytes:
    try:
        if not path.is_file():
            raise NoPicture(f"{display_path(path)} is not a file")
        if path.stat().st_size > MAX_BYTES:
            raise NoPicture(f"{display_path(path)} is larger than {size(MAX_BYTES)}, the most "
                            "the importer copies")
        return path.read_bytes()
    except OSError as exc:
        raise NoPicture(f"cannot read {display_path(path)}: {exc.strerror or exc}") from None


def _shown(where: str | Path) -> str:
    return display_path(where) if isinstance(where, Path) else where


def file_name(folder: Path, slug: str, data: bytes) -> Path:
    """``<slug>.<ext>`` in the folder; a file of that name holding other bytes is never
    replaced: the picture gets ``<slug>-2.<ext>``, ``-3``..."""
    ext = picture_kind(data) or "jpg"
    target, number = folder / f"{slug}.{ext}", 2
    while os.path.lexists(target) and not _holds(target, data):
        target, number = folder / f"{slug}-{number}.{ext}", number + 1
    return target


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def save_picture(article: ImportedArticle, source: str, from_web: bool, target: Path,
                 content: Path) -> Saved:
    """Save the article's lead picture for the explainer written to ``target``."""
    if not article.image_refs:
        return Saved(article)
    folder = media_folder(target, content)
    reasons = []
    for where in locations(article, source, from_web):
        try:
            data = read_picture(where)
        except NoPicture as exc:
            reasons.append(str(exc))
            continue
        return _write(article, data, folder, target.stem)
    reason = reasons[0] if reasons else "the page gives no address it can be had from"
    return Saved(article, (f"{source}: warning: the lead picture was not saved: {reason}\n"
                           "  hint: the explainer has no picture; save one into "
                           f"{display_path(folder)}/ and write image: {{src: media/<file "
                           "name>}",))


def _write(article: ImportedArticle, data: bytes, folder: Path, slug: str) -> Saved:
    path = file_name(folder, slug, data)
    if not path.exists():
        try:
            write_whole(path, data)
        except WriteFailed as exc:
            return Saved(article, (str(exc).replace(": error: ", ": warning: ", 1)
                                   + " (the explainer has no picture)",))
    saved = dataclasses.replace(article, image_src=f"media/{path.name}")
    return Saved(saved, (f"Saved the lead picture as {display_path(path)}",))

