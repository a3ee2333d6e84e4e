"""A build with nothing changed does nothing, and answers before the engine is loaded.

Before it reads the site, a build with a cache hashes everything a build depends on: the
tool's version, the options, today's date (the glossary's age warnings depend on it), and the
name and bytes of every file in the content folder and the layout folders. Nothing is parsed:
at 1,000 explainers this reads about 8 MB once. When the key is the one recorded by the last
successful build into the same output folder, and that folder still lists exactly the files,
sizes and modification times recorded then, the build is over: it reports what the recorded
build reported (its warnings and counts) and writes nothing. Anything else, such as a link or
a FIFO in a folder, a file that cannot be read, or a record that does not unpickle cleanly,
means a full build, which reports what it finds and records a new key.

This module imports nothing heavy (no Markdown, Jinja2 or YAML): the command line calls it
before it imports the builder.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import explainer
from explainer.core.atomic import write_atomic
from explainer.core.diagnostics import Diagnostic
from explainer.core.spec import DEFAULT_THEME, SiteSpec
from explainer.pipeline.outputstate import Listing, listing

RECORDS = "last-build"  # the cache's folder of records, one per output folder
VERSION_FILE = "explainer-cache-version"


@cache
def tool_version() -> str:
    """The package version and a hash of every source file of the package."""
    digest = hashlib.sha256(explainer.__version__.encode())
    package = Path(explainer.__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return f"{explainer.__version__}-{digest.hexdigest()[:16]}"


@dataclass(frozen=True)
class Record:
    """What the last successful build into one output folder made and reported."""

    key: str
    output: Listing
    diagnostics: tuple[Diagnostic, ...]
    explainers: int
    terms: int
    files: int


def site_key(content: Path, layouts: tuple[Path, ...], options: tuple[object, ...],
             today: str) -> str | None:
    """A hash of everything a build reads, or None when a folder holds anything but plain
    files and folders (a link, a FIFO) or a file cannot be read: the full build judges those."""
    digest = hashlib.sha256(f"{tool_version()}\0{today}\0{options!r}".encode())
    for folder in (content, *layouts):
        digest.update(b"\1" + os.fsencode(folder.resolve()))
        if not _tree(folder, digest):
            return None
    return digest.hexdigest()


def _tree(folder: Path, digest: hashlib._Hash) -> bool:
    try:
        return _hash_folder(os.fspath(folder), "", digest)
    except (OSError, ValueError):
        return False


def _hash_folder(top: str, prefix: str, digest: hashlib._Hash) -> bool:
    """Each file's path under the folder and its bytes' hash: the files first, then each
    subfolder's, by name (as ``os.walk`` goes); False at anything but a file or a folder."""
    with os.scandir(top) as scan:
        entries = sorted(scan, key=lambda entry: entry.name)
    folders = []
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            folders.append(entry)
            continue
        if not entry.is_file(follow_symlinks=False):
            return False  # a link, a FIFO, a socket
        with open(entry.path, "rb") as file:
            digest.update(os.fsencode(prefix + entry.name) + b"\0")
            digest.update(hashlib.sha256(file.read()).digest())
    return all(_hash_folder(entry.path, prefix + entry.name + os.sep, digest)
               for entry in folders)


def _slot(cache_folder: Path, output: Path) -> Path:
    name = hashlib.sha256(os.fsencode(output.resolve())).hexdigest()[:32]
    return cache_folder / RECORDS / name


def replay(cache_folder: Path, key: str, output: Path) -> Record | None:
    """The last build's record when it was made under ``key`` and ``output`` is as it left it."""
    try:
        if (cache_folder / VERSION_FILE).read_text(encoding="utf-8").strip() != tool_version():
            return None
        data = _slot(cache_folder, output).read_bytes()
    except (OSError, UnicodeDecodeError):
        return None
    checksum, _, body = data.partition(b"\n")
    if checksum != hashlib.sha256(body).hexdigest().encode():
        return None
    try:
        record = pickle.loads(body)
    except Exception:  # a damaged record is never trusted: the full build runs
        return None
    if not isinstance(record, Record) or record.key != key:
        return None
    return record if listing(output) == record.output else None


def remember(cache_folder: Path, key: str, output: Path, diagnostics: tuple[Diagnostic, ...],
             counts: tuple[int, int, int]) -> None:
    """Record a successful build for :func:`replay` (written whole, or not at all)."""
    now = listing(output)
    if now is None:
        return
    body = pickle.dumps(Record(key, now, diagnostics, *counts), pickle.HIGHEST_PROTOCOL)
    write_atomic(_slot(cache_folder, output),
                 hashlib.sha256(body).hexdigest().encode() + b"\n" + body)


def forget(cache_folder: Path, output: Path) -> None:
    """Drop the record of ``output`` (a build that failed, or that wrote other files)."""
    with contextlib.suppress(OSError):
        _slot(cache_folder, output).unlink(missing_ok=True)


def build_key(spec: SiteSpec, output: Path, search: bool, today: str) -> str | None:
    """:func:`site_key` for one build: its content, output and layouts (with the packaged
    theme under them) and its options."""
    chain = tuple(dict.fromkeys((spec.layouts, DEFAULT_THEME)))
    where = (str(spec.content.resolve()), str(output.resolve()))
    return site_key(spec.content, chain, (*where, *spec.options(), search), today)
