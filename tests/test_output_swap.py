"""The output folder is swapped in one step, and builds killed midway leave no stray copy
(and the next build never removes a folder it did not make)."""

from __future__ import annotations

import ctypes
import errno
from pathlib import Path

import pytest

from explainer.output import exchange as swap_exchange
from explainer.output import folders
from explainer.output import writer as output
from explainer.output.folders import MARKER, MARKER_TEXT, tidy
from explainer.output.writer import write_site
from tests.outputs import PAGE, files_in, run

# --- the swap ----------------------------------------------------------------------------------


needs_exchange = pytest.mark.skipif(swap_exchange._renameat2() is None,
                                    reason="renameat2 is glibc's (Linux)")


@needs_exchange
def test_exchange_swaps_two_folders(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "from-a").touch()
    assert swap_exchange.exchange(tmp_path / "a", tmp_path / "b")
    assert [p.name for p in (tmp_path / "b").iterdir()] == ["from-a"]
    assert list((tmp_path / "a").iterdir()) == []


@needs_exchange
def test_the_output_is_in_place_at_every_step_of_a_rebuild(built, monkeypatch):
    content, out = built
    present: list[bool] = []
    real_exchange, real_rename = output.exchange, Path.rename

    def exchange(first: Path, second: Path) -> bool:
        done = real_exchange(first, second)
        present.append((out / "index.html").is_file())
        return done

    def rename(self: Path, target: Path) -> Path:
        moved = real_rename(self, target)
        present.append((out / "index.html").is_file())
        return moved

    monkeypatch.setattr(output, "exchange", exchange)
    monkeypatch.setattr(Path, "rename", rename)
    assert run(content, out) == 0
    assert present == [True]


def test_a_file_system_that_refuses_the_exchange_gets_two_renames(built, monkeypatch):
    content, out = built
    (out / "stale.html").write_text("old")

    def refusing(*args: object) -> int:
        ctypes.set_errno(errno.EINVAL)
        return -1

    monkeypatch.setattr(swap_exchange, "_renameat2", lambda: refusing)
    assert run(content, out) == 0
    assert not (out / "stale.html").exists() and (out / PAGE).is_file()
    assert sorted(p.name for p in out.parent.iterdir()) == ["content", "out"]


def test_without_renameat2_the_output_is_replaced_by_two_renames(built, monkeypatch):
    content, out = built
    (out / "stale.html").write_text("old")
    monkeypatch.setattr(swap_exchange, "_renameat2", lambda: None)
    assert run(content, out) == 0
    assert not (out / "stale.html").exists() and (out / PAGE).is_file()
    assert sorted(p.name for p in out.parent.iterdir()) == ["content", "out"]


# --- builds killed midway ---------------------------------------------------------------------


def test_a_build_killed_while_writing_leaves_nothing_after_the_next(built):
    content, out = built
    staging, lock = folders.new_folder(out, "new")
    (staging / MARKER).write_bytes(MARKER_TEXT)  # a build writes the marker first
    (staging / "index.html").write_text("half")
    folders.unlock(lock)  # the kill: the process and its lock are gone
    assert run(content, out) == 0
    assert sorted(p.name for p in out.parent.iterdir()) == ["content", "out"]


def test_a_build_killed_between_the_renames_gets_its_output_back(built, capsys):
    content, out = built
    before = files_in(out)
    staging, lock = folders.new_folder(out, "new")
    (staging / MARKER).write_bytes(MARKER_TEXT)
    (staging / "index.html").write_text("new")
    old, old_lock = folders.new_folder(out, "old")
    out.rename(old / out.name)  # the first rename, then the kill
    folders.unlock(lock)
    folders.unlock(old_lock)
    (content / "explainers" / "test.md").write_text("---\ntitle: [\n---\n")
    assert run(content, out) == 1  # a content error: the restored output stays as it was
    assert files_in(out) == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["content", "out"]


def test_tidy_removes_only_the_leftovers_of_this_output(tmp_path):
    out = tmp_path / "site"
    keep = [".site-new-short", ".site-new-abcdefgh.bak", ".other-new-abcdefgh", "site-new-abcdefgh",
            ".site-older-abcdefgh"]
    for name in [*keep, ".site-new-abcdefgh", ".site-old-12345678"]:
        (tmp_path / name).mkdir()
    (tmp_path / ".site-new-filefile").write_text("a file, not a folder")
    (tmp_path / ".site-old-linklink").symlink_to(tmp_path / ".other-new-abcdefgh")
    tidy(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [*keep, ".site-new-filefile", ".site-old-linklink"])


def test_a_killed_build_leftover_without_its_marker_is_kept(built):
    content, out = built
    staging, lock = folders.new_folder(out, "new")
    (staging / "index.html").write_text("half, or someone's file")
    folders.unlock(lock)
    assert run(content, out) == 0
    assert (staging / "index.html").read_text() == "half, or someone's file"


def test_a_folder_of_the_user_named_like_a_leftover_is_kept(built):
    content, out = built
    backup = out.parent / ".out-old-20240101"
    (backup / "stuff").mkdir(parents=True)
    (backup / "stuff" / "notes.txt").write_text("precious")
    (out.parent / ".out-new-backup_1").mkdir()
    (out.parent / ".out-new-backup_1" / "notes.txt").write_text("mine")
    assert run(content, out) == 0
    assert files_in(out.parent / ".out-new-backup_1") == {"notes.txt": b"mine"}
    assert files_in(backup) == {"stuff/notes.txt": b"precious"}


def test_a_backup_named_like_a_leftover_is_not_restored_nor_removed(make_site, tmp_path):
    content, out = make_site(), tmp_path / "out"
    backup = tmp_path / ".out-old-mybackup"
    (backup / "out").mkdir(parents=True)
    (backup / "out" / "x").write_text("x")
    (backup / "other").mkdir()
    (backup / "other" / "y").write_text("y")
    assert run(content, out) == 0
    assert files_in(backup) == {"out/x": b"x", "other/y": b"y"}
    assert (out / PAGE).is_file()


def test_an_old_leftover_holding_a_folder_not_built_is_kept(make_site, tmp_path):
    content, out = make_site(), tmp_path / "out"
    backup = tmp_path / ".out-old-mybackup"
    (backup / "out").mkdir(parents=True)
    (backup / "out" / "x").write_text("x")
    assert run(content, out) == 0
    assert files_in(backup) == {"out/x": b"x"}
    assert not (out / "x").exists()


def test_tidy_leaves_the_folder_of_a_build_still_running(tmp_path):
    out = tmp_path / "site"
    staging, lock = folders.new_folder(out, "new")
    try:
        tidy(out)
        assert staging.is_dir()
    finally:
        folders.unlock(lock)


def test_write_site_writes_the_files_and_the_marker(tmp_path):
    write_site({"index.html": b"home"}, tmp_path / "out")
    assert files_in(tmp_path / "out") == {MARKER: MARKER_TEXT, "index.html": b"home"}


