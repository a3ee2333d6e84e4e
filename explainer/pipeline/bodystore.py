"""Explainers' rendered bodies in the cache across builds: one SQLite file, not a file each.

A body is kept for the next build only. Kept as a file of its own, a first build of a
thousand explainers would make a thousand small files and hundreds of folders beside the
site's own, and making files is among the dearest things a build asks of the file system
(a cold build of 1,000 explainers spent about a tenth of its time on them). Here they are
rows of one database, written by the build's own process as the bodies arrive from the
workers, a hundred rows per transaction (so another build sharing the cache waits for one
batch, not for a whole build): a build killed at any moment leaves whole rows only, each
valid for the key it was made under. Each row holds that key and the SHA-256 of its bytes.

A damaged row, or a file that is no database, is never trusted: it counts as corrupt (the
cache reports how many) and the body is made again. A database that cannot be opened or
written (locked by another build past the timeout, a read-only folder) only costs the
cache: the build goes on without it. No connection is open while the build forks its
workers (:meth:`BodyStore.pause`).
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

FILE = "bodies.sqlite"
_SCHEMA = ("CREATE TABLE IF NOT EXISTS body (name BLOB PRIMARY KEY, key TEXT NOT NULL, "
           "digest BLOB NOT NULL, data BLOB NOT NULL)")
_ERRORS = (sqlite3.Error, OSError)
TIMEOUT = 10.0  # seconds to wait for another build that is writing the same cache
APPLICATION_ID = 0x45585031  # "EXP1", in the database's header: the file is ours
BATCH = 100  # rows per transaction: another build waits for one batch, not a whole build
MAX_REMADE = 2  # a database found damaged again and again this build: left alone


class BodyStore:
    """Rows of ``(name, key, digest, data)`` in ``folder/bodies.sqlite``."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / FILE
        self.corrupt = 0
        self._db: sqlite3.Connection | None = None
        self._broken = False  # the database could not be used: no more tries this build
        self._writing = False  # a transaction is open
        self._pending = 0  # rows written in it
        self._remade = 0  # times the database was found damaged and removed this build

    def get(self, name: str, key: str, load: Callable[[bytes], Any]) -> Any | None:
        """The value stored for ``name`` under ``key`` (read by ``load``), or None."""
        db = self._connection(create=False)
        if db is None:
            return None
        try:
            row = db.execute("SELECT key, digest, data FROM body WHERE name = ?",
                             (_named(name),)).fetchone()
        except _ERRORS as exc:
            self._failed(exc)
            return None
        if row is None or row[0] != key.encode():
            return None
        if not isinstance(row[2], bytes) or hashlib.sha256(row[2]).digest() != row[1]:
            self.corrupt += 1
            return None
        try:
            return load(row[2])
        except Exception:  # a damaged pickle can raise almost anything
            self.corrupt += 1
            return None

    def put(self, name: str, key: str, data: bytes) -> None:
        """Store ``data`` for ``name`` under ``key``. Rows are committed a batch at a time
        (and by :meth:`pause`), so that another build sharing the cache waits briefly."""
        db = self._connection(create=True)
        if db is None:
            return
        try:
            if not self._writing:
                db.execute("BEGIN IMMEDIATE")
                self._writing, self._pending = True, 0
            db.execute("INSERT OR REPLACE INTO body VALUES (?, ?, ?, ?)",
                       (_named(name), key, hashlib.sha256(data).digest(), data))
            self._pending += 1
            if self._pending >= BATCH:
                db.execute("COMMIT")
                self._writing = False
        except _ERRORS as exc:
            self._failed(exc)

    def pause(self) -> None:
        """Commit what was stored and close the database (it opens again when needed)."""
        if self._db is None:
            return
        try:
            if self._writing:
                self._db.execute("COMMIT")
        except _ERRORS as exc:
            self._failed(exc)
            return
        finally:
            self._writing = False
        self._db.close()
        self._db = None

    def keep_only(self, names: Iterable[str]) -> None:
        """Delete the rows of every other name (explainers deleted or renamed)."""
        wanted = {_named(name) for name in names}
        db = self._connection(create=False)
        if db is None:
            return
        try:
            gone = [(n,) for (n,) in db.execute("SELECT name FROM body") if n not in wanted]
            if gone:
                db.execute("BEGIN IMMEDIATE")
                self._writing = True
                db.executemany("DELETE FROM body WHERE name = ?", gone)
        except _ERRORS as exc:
            self._failed(exc)
        self.pause()

    def _connection(self, create: bool) -> sqlite3.Connection | None:
        if self._db is not None or self._broken:
            return self._db
        if not create and not self.path.is_file():
            return None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=TIMEOUT, isolation_level=None)
        except _ERRORS:
            self._broken = True
            return None
        try:
            _prepare(db)
        except _ERRORS as exc:
            db.close()
            self._failed(exc)
            return self._connection(create) if not self._broken else None
        self._db = db
        return db

    def _failed(self, exc: BaseException) -> None:
        """Stop using the database after ``exc``, closed. A damaged one (or a file that is
        no database of ours) counts as corrupt and is removed: the next write makes it
        again, empty. A locked or unwritable one is left alone for the rest of this build."""
        if self._db is not None:
            with contextlib.suppress(*_ERRORS):
                self._db.close()
        self._db = None
        self._writing = False
        damaged = (isinstance(exc, sqlite3.DatabaseError)
                   and not isinstance(exc, sqlite3.OperationalError))
        if not damaged or self._remade >= MAX_REMADE:
            self._broken = True
            return
        self.corrupt += 1
        self._remade += 1
        for leftover in (self.path, self.path.with_name(FILE + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()


class _Foreign(sqlite3.DatabaseError):
    """A database, but not the cache's bodies."""


def _named(name: str) -> bytes:
    """A name as the database keeps it: bytes, so that any file name can be one."""
    return name.encode("utf-8", "surrogatepass")


def _prepare(db: sqlite3.Connection) -> None:
    """Set the connection up; a database that is not one of ours raises :class:`_Foreign`
    (a new, empty one is marked as ours)."""
    db.text_factory = bytes  # a damaged row holding text is read, found wrong, not decoded
    db.execute("PRAGMA synchronous = OFF")  # a cache: a write lost to a crash is made again
    if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        if db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise _Foreign(f"{FILE} is not Explainer's")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(_SCHEMA)
