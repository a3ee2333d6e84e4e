"""The cache across builds: what each explainer's body and each job made last time.

A build keeps its results in a folder (by default ``.cache/explainer/`` in the project
folder, beside ``content/``) that anyone may delete. An explainer's rendered body is a row of
one database (compressed, its terms named: :mod:`explainer.pipeline.bodystore`); the output
files are not copied into the
cache: one slot records, for every output file, the key it was made under and the hash of its
bytes, and a later build with the same key takes the file from the output folder (a hard link
into the new site) while that file still has those bytes. A key is a hash of the tool's
version (the package version and the bytes of its own source files), of the content of the
inputs the job declares (content files, the term files of the entries it shows, its layout
chain) and of the settings. A result is used only while its key is the same; a corrupt slot,
or a folder written by another version, is ignored with one note and never trusted.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import pickle
import shutil
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from explainer.content.model import Config, Explainer
from explainer.core.atomic import write_atomic
from explainer.core.console import Progress
from explainer.core.diagnostics import Diagnostic
from explainer.core.spec import SiteSpec
from explainer.glossary.terms import Glossary
from explainer.output.theme import search_path
from explainer.output.writer import Placed
from explainer.pipeline import parallel, wire
from explainer.pipeline.bodystore import BodyStore
from explainer.pipeline.plan import Job
from explainer.pipeline.spill import Spill
from explainer.pipeline.unchanged import RECORDS, VERSION_FILE, tool_version
from explainer.site.gather import Bodies
from explainer.site.pages import Site

MAGIC = b"explainer-cache 1\n"
KINDS = ("body", "job", "output", "search", RECORDS)  # the cache's folders, all it ever deletes
JOBS = "jobs"  # the one slot of the "job" kind: every output file's record
JobRecord = tuple[str, bytes, tuple[Diagnostic, ...]]  # the job's key, its file's hash, problems
Result = tuple[str, bytes | Placed | None, tuple[Diagnostic, ...]]
Render = Callable[[dict[str, Job]], Iterator[Result]]


def _pickled(value: Any) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


class DiskCache:
    """Slots of pickled results under ``folder``, each checked by its key and a checksum."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.notes: list[str] = []
        self._corrupt = 0
        self._used: set[Path] = set()
        self._bodies_used: set[str] = set()
        self._digests: dict[Path, str] = {}
        self._groups: dict[int, tuple[tuple[Path, ...], str]] = {}
        self._layouts: dict[str, str] = {}
        self.bodies = BodyStore(folder / "body")
        self._open()

    def _open(self) -> None:
        marker = self.folder / VERSION_FILE
        try:
            found = marker.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            found = None
        self.usable = found is not None or not _holds_files(self.folder)
        if not self.usable:
            self.notes.append(f"note: {self.folder} holds files but no Explainer cache; "
                              "building without the cache (name an empty or new folder)")
            return
        if found != tool_version():
            if found is not None:
                self.notes.append(f"note: the cache in {self.folder} is from another version "
                                  "of Explainer; it is ignored and made again")
            for kind in KINDS:
                shutil.rmtree(self.folder / kind, ignore_errors=True)
            self.folder.mkdir(parents=True, exist_ok=True)
            marker.write_text(tool_version() + "\n", encoding="utf-8")

    def close(self) -> None:
        self.bodies.pause()
        self._corrupt += self.bodies.corrupt
        self.bodies.corrupt = 0
        if self._corrupt:
            self.notes.append(f"note: {self._corrupt} corrupt file{'s' * (self._corrupt != 1)} "
                              f"in the cache {self.folder} ignored (made again)")
            self._corrupt = 0

    def digest(self, path: Path) -> str:
        """The hash of a file's bytes ("missing" when it cannot be read), once per build."""
        if path not in self._digests:
            try:
                self._digests[path] = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                self._digests[path] = "missing"
        return self._digests[path]

    def files_digest(self, files: tuple[Path, ...]) -> str:
        """The hash of the files' paths and bytes (the same tuple is hashed once)."""
        known = self._groups.get(id(files))
        if known is None or known[0] is not files:
            known = self._groups[id(files)] = (files, hashed(
                f"{p}={self.digest(p)}" for p in files))
        return known[1]

    def layout_digest(self, layouts: Path, name: str) -> str:
        """The hash of the layout file ``name`` as the theme's search path finds it."""
        if name not in self._layouts:
            found = next((folder / name for folder in search_path(layouts)
                          if (folder / name).is_file()), None)
            self._layouts[name] = f"{found}:{self.digest(found)}" if found else "none"
        return self._layouts[name]

    def _slot(self, kind: str, name: str) -> Path:
        hashed = hashlib.sha256(name.encode()).hexdigest()
        slot = self.folder / kind / hashed[:2] / hashed[2:]
        self._used.add(slot)
        return slot

    def prune(self, kinds: Iterable[str] = ("job",)) -> None:
        """Delete the slots and bodies this build did not ask for (deleted or renamed files)."""
        self.bodies.keep_only(self._bodies_used)
        for kind in kinds:
            for slot in (self.folder / kind).glob("*/*"):
                if slot not in self._used:
                    with contextlib.suppress(OSError):
                        slot.unlink()

    def use_bodies(self, names: Iterable[str]) -> None:
        """Name the bodies this build asks for (:meth:`prune` keeps only those)."""
        self._bodies_used.update(names)

    def get(self, kind: str, name: str, key: str,
            load: Callable[[bytes], Any] = pickle.loads) -> Any | None:
        """The value stored for ``name`` under ``key`` (read by ``load``), or None."""
        try:
            data = self._slot(kind, name).read_bytes()
        except OSError:
            return None
        head, _, rest = data.partition(b"\n\n")
        fields = head.split(b"\n")
        if (not data.startswith(MAGIC) or len(fields) != 3
                or fields[2] != hashlib.sha256(rest).hexdigest().encode()):
            self._corrupt += 1
            return None
        if fields[1] != key.encode():
            return None
        try:
            return load(rest)
        except Exception:  # a damaged pickle can raise almost anything
            self._corrupt += 1
            return None

    def put(self, kind: str, name: str, key: str, value: Any,
            dump: Callable[[Any], bytes] = _pickled) -> None:
        """Store ``value`` (as ``dump`` writes it) for ``name`` under ``key`` (a failed write
        only loses the slot)."""
        body = dump(value)
        head = MAGIC + key.encode() + b"\n" + hashlib.sha256(body).hexdigest().encode()
        write_atomic(self._slot(kind, name), head + b"\n\n" + body)


def _holds_files(folder: Path) -> bool:
    """Whether ``folder`` exists with something in it (which a cache must not delete)."""
    try:
        return any(folder.iterdir())
    except OSError:
        return False


def hashed(parts: Iterable[str]) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def settings_key(store: DiskCache, spec: SiteSpec) -> str:
    """``site.yml``'s bytes and the build's options (drafts, base URL)."""
    return hashed([store.digest(spec.settings), repr(spec.drafts), repr(spec.base_url)])


def glossary_key(store: DiskCache, site_terms: Iterable[tuple[str, Path]]) -> str:
    """Every term's slug and file bytes: a body depends on the whole glossary."""
    return hashed(f"{slug}={store.digest(path)}" for slug, path in sorted(site_terms))


def mentions_key(site: Site) -> str:
    """Which explainers mention which terms (related explainers and backlinks read it)."""
    return hashed(f"{p.explainer.slug}:{','.join(t.slug for t in p.terms)}"
                  for p in site.explainers)


def job_key(store: DiskCache, job: Job, site: Site, layouts: Path, settings: str,
            mentions: str) -> str:
    """The hash of everything a job declares it reads."""
    inputs = job.inputs
    terms = site.glossary.terms
    parts = [job.output, job.kind, settings if inputs.settings else "",
             mentions if inputs.mentions else ""]
    parts.append(store.files_digest(inputs.files))
    parts += [f"{s}={store.digest(terms[s].path) if s in terms else 'none'}"
              for s in inputs.terms]
    parts += [f"{name}={store.layout_digest(layouts, name)}" for name in inputs.layouts]
    if job.source is not None:
        parts.append(f"{job.source}={store.digest(job.source)}")
    return hashed(parts)


def cached_bodies(store: DiskCache, count: int, settings: str,
                  spill: Spill | None = None) -> Bodies:
    """Bodies rendered by ``count`` processes (:func:`parallel.bodies`) for the explainers
    whose file, glossary or settings changed, each stored where it was made; the stored body
    (with its problems) for the others. A body is stored compressed, with the terms it
    mentions named (:mod:`explainer.pipeline.wire`). With ``spill``, the bodies are kept
    there, not in memory."""
    def render(explainers: list[Explainer], glossary: Glossary, config: Config,
               progress: Progress) -> list[parallel.Body]:
        words = glossary_key(store, ((s, t.path) for s, t in glossary.terms.items()))
        keys = {e.path: hashed([words, settings, store.digest(e.path)]) for e in explainers}
        load = functools.partial(wire.loads, glossary=glossary, compressed=True)
        store.use_bodies(str(e.path) for e in explainers)
        found = [store.bodies.get(str(e.path), keys[e.path], load) for e in explainers]
        found = [done if done is None else parallel.spilled(done, spill) for done in found]
        missing = [i for i, done in enumerate(found) if done is None]
        store.bodies.pause()  # no connection open while the workers are forked

        def keep(explainer: Explainer, data: bytes) -> None:
            store.bodies.put(str(explainer.path), keys[explainer.path], data)

        try:
            made = parallel.bodies(count, keep, spill)([explainers[i] for i in missing],
                                                       glossary, config, progress)
        finally:
            store.bodies.pause()  # what was kept stays kept, and no connection is left open
        for i, done in zip(missing, made, strict=True):
            found[i] = done
        return found  # type: ignore[return-value]
    return render


def cached_jobs(store: DiskCache, site: Site, jobs: dict[str, Job], layouts: Path,
                settings: str, render: Render, previous: Path | None) -> Iterator[Result]:
    """Every job's name, file and problems, one at a time: while a job's key is the one the
    last build recorded and ``previous`` (the output folder) still holds the file it made
    then, that file (:class:`Placed`); then the others through ``render``. The record of every
    job's key, file hash and problems is one slot, written when all are done."""
    mentions = mentions_key(site)
    keys = {name: job_key(store, job, site, layouts, settings, mentions)
            for name, job in jobs.items() if job.kind != "search"}
    known: dict[str, JobRecord] = store.get("job", JOBS, JOBS) or {}
    done: dict[str, JobRecord] = {}
    todo: dict[str, Job] = {}
    for name, key in keys.items():
        record = known.get(name)
        kept = _kept(previous, name, record[1]) if record and record[0] == key else None
        if record is None or kept is None:
            todo[name] = jobs[name]
        else:
            done[name] = record
            yield name, kept, record[2]
    for name, data, problems in render(todo):
        if data is not None:
            digest = data.digest if isinstance(data, Placed) else hashlib.sha256(data).digest()
            done[name] = (keys[name], digest, problems)
        yield name, data, problems
    store.put("job", JOBS, JOBS, done)


def _kept(previous: Path | None, name: str, digest: bytes) -> Placed | None:
    """The previous output's file ``name`` when it still holds the bytes of ``digest``."""
    if previous is None:
        return None
    path = previous / name
    try:
        same = hashlib.sha256(path.read_bytes()).digest() == digest
    except OSError:
        return None
    return Placed(digest, path) if same else None
