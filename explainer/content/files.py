"""Listing the content folder safely: which files a build reads, and which it refuses.

The rules, the same for ``explainers/``, ``glossary/``, ``media/`` and ``site.yml``:

- a link is followed only to a file inside the content folder; a link that leads outside it,
  to a folder, or nowhere is an error naming the link and its target;
- anything that is neither a folder nor a regular file (a FIFO, a socket, a device) is an
  error, and is never opened;
- names starting with '.' are left alone (``.DS_Store``, editors' lock and swap files);
- in ``explainers/`` and ``glossary/``, only ``*.md`` files are read: ``X.MD`` or
  ``x.markdown`` is an error rather than a file silently left out;
- a folder that cannot be listed (permission denied, deleted during the build) is an error;
- in ``media/``, only kinds of files that cannot run a script on the site's address, SVGs
  without scripts, and files within a size limit are published (:mod:`explainer.content.media`).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from explainer.content.media import Vetted, publishable, vet
from explainer.core.diagnostics import Diagnostics
from explainer.core.spec import MEDIA, SETTINGS

MARKDOWN = frozenset({".markdown", ".mdown", ".mkd", ".mkdn", ".mdwn", ".mdtxt", ".mdtext"})
KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
         (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"))


class _Walk:
    """One listing of a folder under the content folder ``root``, reporting what it refuses."""

    def __init__(self, content: Path, diags: Diagnostics) -> None:
        self.root = Path(os.path.realpath(content))
        self.diags = diags

    def error(self, path: Path, message: str, hint: str) -> None:
        self.diags.error(path, 1, 1, message, hint=hint)

    def followed(self, path: Path) -> os.stat_result | None:
        """What a link leads to, when it may be followed (a file inside the content folder);
        None after reporting why not."""
        target = os.readlink(path)
        real = os.path.realpath(path)
        if not os.path.exists(real):
            loop = " (it leads back to itself)" if os.path.lexists(real) else ""
            self.error(path, f"'{path.name}' is a broken link: '{target}' does not "
                             f"exist{loop}", "delete the link, or put the file itself here")
            return None
        if not Path(real).is_relative_to(self.root):
            self.error(path, f"'{path.name}' is a link to '{target}', outside the content "
                             "folder", "copy the file into the content folder instead of "
                                       "linking to it")
            return None
        info = os.stat(real)
        if stat.S_ISDIR(info.st_mode):
            self.error(path, f"'{path.name}' is a link to the folder '{target}'",
                       "links to folders are not followed: move the folder here instead")
            return None
        return info

    def kind(self, path: Path) -> os.stat_result | None:
        """The file or folder at path (a link followed when allowed), or None (reported)."""
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            return self.followed(path)
        return info

    def files(self, folder: Path) -> list[Path]:
        """Every regular file under folder (an absent folder has none), sorted."""
        try:
            info = self.kind(folder)
        except FileNotFoundError:
            return []
        except OSError as exc:
            self.error(folder, f"cannot read the folder: {exc.strerror or exc}", _AGAIN)
            return []
        if info is None:
            return []
        if not stat.S_ISDIR(info.st_mode):
            self.error(folder, f"'{folder.name}' must be a folder, not {_describe(info)}",
                       f"replace it with a folder named '{folder.name}'")
            return []
        found: list[Path] = []
        pending = [folder]
        while pending:
            pending.extend(self._list(pending.pop(), found))
        return sorted(found)

    def _list(self, folder: Path, found: list[Path]) -> list[Path]:
        """Add the regular files of one folder to ``found``; its subfolders."""
        subfolders = []
        try:
            names = sorted(os.listdir(folder))
        except OSError as exc:
            self.error(folder, f"cannot read the folder: {exc.strerror or exc}", _AGAIN)
            return []
        for name in names:
            if name.startswith("."):
                continue
            path = folder / name
            try:
                info = self.kind(path)
            except OSError as exc:
                self.error(path, f"cannot read the file: {exc.strerror or exc}", _AGAIN)
                continue
            if info is None:
                continue
            if stat.S_ISDIR(info.st_mode):
                subfolders.append(path)
            elif stat.S_ISREG(info.st_mode):
                found.append(path)
            else:
                self.error(path, f"'{name}' is {_describe(info)}, not a file",
                           "remove it: the content folder holds files and folders only")
        return subfolders


_AGAIN = "check its permissions; if it was just moved or deleted, save again to rebuild"


def _describe(info: os.stat_result) -> str:
    if stat.S_ISREG(info.st_mode):
        return "a file"
    return next((name for test, name in KINDS if test(info.st_mode)), "a special file")


def content_files(folder: Path, content: Path, diags: Diagnostics) -> list[Path]:
    """The ``*.md`` files of a folder of explainers or terms and its subfolders, sorted."""
    found = []
    for path in _Walk(content, diags).files(folder):
        if path.suffix == ".md":
            found.append(path)
        elif path.suffix.lower() == ".md" or path.suffix.lower() in MARKDOWN:
            diags.error(path, 1, 1, f"'{path.name}' is not read: Explainer reads only files "
                                    "whose names end in '.md'",
                        hint=f"rename it to '{path.stem.lower()}.md'")
    return found


def media_files(content: Path, diags: Diagnostics) -> list[Path]:
    """The files of ``content/media/`` that the build copies, sorted; the refused ones
    (links out of the content folder, FIFOs, kinds of files or SVGs that could run a script,
    files over the size limit: see :mod:`explainer.content.media`) reported and left out."""
    return [item.path for item in _media(content, diags)]


def read_media_file(path: Path, diags: Diagnostics) -> bytes | None:
    """A media file's bytes as the build copies them, or None: a file that cannot be read now,
    or that changed into one the site may not publish since it was listed, is reported."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        diags.error(path, 1, 1, f"cannot read the file: {exc.strerror or exc}", _AGAIN)
        return None
    return data if publishable(path, data, diags) else None


def _media(content: Path, diags: Diagnostics) -> list[Vetted]:
    """The media files the site may publish; the others reported (the listing's problems, and
    the files' own: kind, size, script in an SVG)."""
    vetted = (vet(path, diags) for path in _Walk(content, diags).files(content / MEDIA))
    return [item for item in vetted if item is not None]


def settings_file(content: Path, diags: Diagnostics) -> bool:
    """Whether ``site.yml`` may be read (an absent one is reported by the loader)."""
    path = content / SETTINGS
    walk = _Walk(content, diags)
    try:
        info = walk.kind(path)
    except FileNotFoundError:
        return True
    except OSError as exc:
        walk.error(path, f"cannot read the file: {exc.strerror or exc}", _AGAIN)
        return False
    if info is not None and not stat.S_ISREG(info.st_mode):
        walk.error(path, f"'site.yml' is {_describe(info)}, not a file",
                   "replace it with a text file of settings")
        return False
    return info is not None
