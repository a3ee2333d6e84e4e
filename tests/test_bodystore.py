"""The cache's bodies: one database, each row checked, never a reason for a build to fail."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from explainer.pipeline import bodystore
from explainer.pipeline.bodystore import BodyStore


def stored(folder: Path, rows: dict[str, bytes]) -> None:
    store = BodyStore(folder)
    for name, data in rows.items():
        store.put(name, "key-1", data)
    store.pause()


def test_a_body_is_read_back_under_its_key(tmp_path):
    stored(tmp_path, {"a.md": b"alpha", "b.md": b"beta"})
    store = BodyStore(tmp_path)
    assert store.get("b.md", "key-1", bytes.upper) == b"BETA"
    assert store.corrupt == 0


def test_a_body_under_another_key_is_not_read(tmp_path):
    stored(tmp_path, {"a.md": b"alpha"})
    assert BodyStore(tmp_path).get("a.md", "key-2", bytes) is None


def test_nothing_is_kept_until_the_transaction_ends(tmp_path):
    writer = BodyStore(tmp_path)
    writer.put("a.md", "key-1", b"alpha")
    assert BodyStore(tmp_path).get("a.md", "key-1", bytes) is None
    writer.pause()
    assert BodyStore(tmp_path).get("a.md", "key-1", bytes) == b"alpha"


def test_a_name_that_is_no_utf8_is_kept(tmp_path):
    name = "caf\udce9.md"  # a file name of Latin-1 bytes, as os.listdir gives it
    stored(tmp_path, {name: b"alpha"})
    assert BodyStore(tmp_path).get(name, "key-1", bytes) == b"alpha"


def test_keep_only_deletes_the_other_bodies(tmp_path):
    stored(tmp_path, {"a.md": b"alpha", "b.md": b"beta"})
    BodyStore(tmp_path).keep_only(["b.md"])
    store = BodyStore(tmp_path)
    assert store.get("a.md", "key-1", bytes) is None
    assert store.get("b.md", "key-1", bytes) == b"beta"


def test_a_body_that_fails_to_load_counts_as_corrupt(tmp_path):
    stored(tmp_path, {"a.md": b"alpha"})
    store = BodyStore(tmp_path)

    def broken(data: bytes) -> bytes:
        raise ValueError("truncated")

    assert store.get("a.md", "key-1", broken) is None
    assert store.corrupt == 1


def test_a_locked_database_costs_only_the_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(bodystore, "TIMEOUT", 0.05)
    stored(tmp_path, {"a.md": b"alpha"})
    other = sqlite3.connect(tmp_path / bodystore.FILE, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        store = BodyStore(tmp_path)
        store.put("b.md", "key-1", b"beta")
        store.pause()
        assert store.corrupt == 0
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert BodyStore(tmp_path).get("b.md", "key-1", bytes) is None
    assert BodyStore(tmp_path).get("a.md", "key-1", bytes) == b"alpha"


@pytest.mark.parametrize("damage", [b"", b"SQLite format 3\x00" + b"\xff" * 5000])
def test_a_damaged_file_is_made_again_empty(tmp_path, damage):
    stored(tmp_path, {"a.md": b"alpha"})
    (tmp_path / bodystore.FILE).write_bytes(damage + b"garbage" * 300)
    assert_made_again(tmp_path)


def assert_made_again(folder: Path) -> None:
    """The database in ``folder`` is found unusable (one corrupt file), then made anew."""
    store = BodyStore(folder)
    assert store.get("a.md", "key-1", bytes) is None
    assert store.corrupt == 1
    store.put("a.md", "key-1", b"again")
    store.pause()
    assert BodyStore(folder).get("a.md", "key-1", bytes) == b"again"


def test_no_file_is_made_to_read_nothing(tmp_path):
    assert BodyStore(tmp_path / "body").get("a.md", "key-1", bytes) is None
    assert not (tmp_path / "body").exists()


def test_another_programs_database_is_made_again_with_a_note(tmp_path):
    with contextlib.closing(sqlite3.connect(tmp_path / bodystore.FILE)) as other, other:
        other.execute("CREATE TABLE body (id INTEGER, text TEXT)")
        other.execute("INSERT INTO body VALUES (1, 'theirs')")
    assert_made_again(tmp_path)


def test_pause_leaves_no_connection_open(tmp_path):
    store = BodyStore(tmp_path)
    store.put("a.md", "key-1", b"alpha")
    store.pause()
    assert store._db is None
    store.keep_only(["a.md"])
    assert store._db is None


def test_rows_are_committed_a_batch_at_a_time(tmp_path, monkeypatch):
    monkeypatch.setattr(bodystore, "BATCH", 2)
    writer = BodyStore(tmp_path)
    for name in ("a.md", "b.md", "c.md"):
        writer.put(name, "key-1", name.encode())
    reader = BodyStore(tmp_path)
    assert [reader.get(n, "key-1", bytes) for n in ("a.md", "b.md", "c.md")] == [
        b"a.md", b"b.md", None]
    writer.pause()
    assert BodyStore(tmp_path).get("c.md", "key-1", bytes) == b"c.md"


def test_a_database_damaged_again_and_again_is_given_up(tmp_path, monkeypatch):
    def always_foreign(db):
        raise bodystore._Foreign("still not ours")
    monkeypatch.setattr(bodystore, "_prepare", always_foreign)
    store = BodyStore(tmp_path)
    store.put("a.md", "key-1", b"alpha")  # no endless remaking, no error
    store.pause()
    assert store.corrupt == bodystore.MAX_REMADE
    store.put("b.md", "key-1", b"beta")  # given up for this build: not tried again
    assert store.corrupt == bodystore.MAX_REMADE
