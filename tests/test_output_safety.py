"""The output folder under faults: foreign folders and a failing file system (the swap and
builds killed midway are in test_output_swap.py).

Faults are simulated by making os and pathlib functions raise the OSError the system would
(tests may run as root, where permissions do not stop writes).
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from explainer.commands.cli import main
from explainer.content.files import media_files, read_media_file
from explainer.core.diagnostics import Diagnostics
from explainer.output import writer as output
from explainer.output.folders import MARKER, MARKER_TEXT
from explainer.pipeline import builder
from tests.outputs import PAGE, fail, files_in, run

HINT = "  hint: remove or empty {out}/ if nothing in it is needed, or choose another folder " \
       "with --output\n"


# --- the marker and the folders a build may replace ------------------------------------------


def test_every_output_folder_holds_the_marker(built):
    _, out = built
    assert (out / MARKER).read_bytes() == b"Built by Explainer. Each build replaces this " \
                                           b"folder whole.\n"


def test_a_marked_folder_is_replaced_whole(built):
    content, out = built
    (out / "stale.html").write_text("old")
    assert run(content, out) == 0
    assert not (out / "stale.html").exists() and (out / PAGE).is_file()
    assert sorted(p.name for p in out.parent.iterdir()) == ["content", "out"]


def test_a_folder_of_other_files_is_refused_and_kept(make_site, tmp_path, capsys):
    content, out = make_site(), tmp_path / "notes"
    out.mkdir()
    (out / "precious.txt").write_text("keep me")
    (out / "index.html").write_text("my page")
    assert run(content, out) == 1
    assert capsys.readouterr().err == (
        f"{out}: error: {out}/ holds files that are not a built site, such as precious.txt; "
        "a build replaces its output folder whole, so it leaves this one alone\n"
        + HINT.format(out=out))
    assert files_in(out) == {"index.html": b"my page", "precious.txt": b"keep me"}


def test_a_folder_with_only_an_index_page_is_refused(make_site, tmp_path, capsys):
    content, out = make_site(), tmp_path / "www"
    out.mkdir()
    (out / "index.html").write_text("my page")
    assert run(content, out) == 1
    assert capsys.readouterr().err == (
        f"{out}: error: {out}/ holds files that are not a built site, such as index.html; "
        "a build replaces its output folder whole, so it leaves this one alone\n"
        + HINT.format(out=out))
    assert files_in(out) == {"index.html": b"my page"}


def test_an_earlier_build_without_the_marker_is_replaced(built):
    content, out = built
    (out / MARKER).unlink()
    assert run(content, out) == 0
    assert (out / MARKER).read_bytes() == MARKER_TEXT


def test_an_earlier_build_with_a_file_of_the_user_is_refused(built, capsys):
    content, out = built
    (out / MARKER).unlink()
    (out / "notes.txt").write_text("mine")
    assert run(content, out) == 1
    assert capsys.readouterr().err.startswith(
        f"{out}: error: {out}/ holds files that are not a built site, such as notes.txt;")
    assert (out / "notes.txt").read_text() == "mine"


def test_an_empty_folder_is_used(make_site, tmp_path):
    content, out = make_site(), tmp_path / "empty"
    out.mkdir()
    assert run(content, out) == 0
    assert (out / PAGE).is_file()


def test_an_output_path_under_a_file_is_refused(make_site, tmp_path, capsys):
    content = make_site()
    (tmp_path / "report.txt").write_text("not a folder")
    out = tmp_path / "report.txt" / "site"
    assert run(content, out) == 1
    assert capsys.readouterr().err == (
        f"{out}: error: cannot make the output folder {out}: {tmp_path / 'report.txt'} is a "
        "file, not a folder\n  hint: choose a folder with --output\n")
    assert (tmp_path / "report.txt").read_text() == "not a folder"


def test_an_output_folder_that_cannot_be_listed_is_an_error(make_site, tmp_path, capsys,
                                                            monkeypatch):
    content, out = make_site(), tmp_path / "out"
    out.mkdir()
    real = os.scandir
    monkeypatch.setattr(os, "scandir", lambda path=".": (
        (_ for _ in ()).throw(fail(errno.EACCES, str(out))) if Path(path) == out
        else real(path)))
    assert run(content, out) == 1
    assert capsys.readouterr().err == f"{out}: error: cannot read {out}: Permission denied\n"


# --- a failing file system -------------------------------------------------------------------


def fail_writing(monkeypatch, code: int, suffix: str) -> None:
    real = Path.write_bytes

    def write_bytes(self: Path, data: bytes) -> int:
        if self.as_posix().endswith(suffix):
            raise fail(code, str(self))
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", write_bytes)


@pytest.mark.parametrize(("code", "cause"), [
    (errno.ENOSPC, "No space left on device"),
    (errno.EROFS, "Read-only file system"),
    (errno.EACCES, "Permission denied"),
    (errno.EPERM, "Operation not permitted"),
])
def test_a_page_that_cannot_be_written_keeps_the_previous_output(built, capsys, monkeypatch,
                                                                 code, cause):
    content, out = built
    before = files_in(out)
    fail_writing(monkeypatch, code, PAGE)
    assert run(content, out) == 1
    assert capsys.readouterr().err == (
        f"{out}: error: cannot write {out / PAGE}: {cause}; {out}/ was left as it was\n")
    assert files_in(out) == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["content", "out"]


def test_a_first_build_that_cannot_be_written_leaves_nothing(make_site, tmp_path, capsys,
                                                            monkeypatch):
    content, out = make_site(), tmp_path / "out"
    fail_writing(monkeypatch, errno.ENOSPC, "feed.xml")
    assert run(content, out) == 1
    assert capsys.readouterr().err == (
        f"{out}: error: cannot write {out / 'feed.xml'}: No space left on device; "
        "nothing was written\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content"]


def test_a_folder_of_the_site_that_cannot_be_made_is_named(built, capsys, monkeypatch):
    content, out = built
    real = Path.mkdir

    def mkdir(self: Path, *args, **kwargs) -> None:
        if self.name == "explainers":
            raise fail(errno.ENOSPC, str(self))
        real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", mkdir)
    assert run(content, out) == 1
    assert capsys.readouterr().err == (
        f"{out}: error: cannot write {out / 'explainers'}: No space left on device; "
        f"{out}/ was left as it was\n")


def test_a_read_only_parent_folder_is_reported(built, capsys, monkeypatch):
    content, out = built

    def mkdtemp(prefix: str, dir: Path) -> str:
        raise fail(errno.EROFS, str(Path(dir) / f"{prefix}abcdefgh"))

    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp)
    assert run(content, out) == 1
    assert capsys.readouterr().err == (
        f"{out}: error: cannot write in {out.parent}: Read-only file system; "
        f"{out}/ was left as it was\n")


def test_an_output_folder_that_cannot_be_replaced_is_kept(built, capsys, monkeypatch):
    content, out = built
    before = files_in(out)

    def exchange(first: Path, second: Path) -> bool:  # chattr +i on the output folder
        raise fail(errno.EPERM, str(second))

    monkeypatch.setattr(output, "exchange", exchange)
    assert run(content, out) == 1
    assert capsys.readouterr().err == (
        f"{out}: error: cannot replace {out}/ with the new build: Operation not permitted; "
        f"{out}/ was left as it was\n")
    assert files_in(out) == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["content", "out"]


def test_a_failed_second_rename_puts_the_output_back(built, capsys, monkeypatch):
    content, out = built
    before = files_in(out)
    monkeypatch.setattr(output, "exchange", lambda first, second: False)
    real = Path.rename

    def rename(self: Path, target: Path) -> Path:
        if Path(target) == out and ".out-new-" in self.name:
            raise fail(errno.EIO, str(self))
        return real(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    assert run(content, out) == 1
    assert capsys.readouterr().err == (
        f"{out}: error: cannot replace {out}/ with the new build: Input/output error; "
        f"{out}/ was left as it was\n")
    assert files_in(out) == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["content", "out"]


def test_a_previous_output_that_cannot_be_removed_is_a_warning(built, capsys, monkeypatch):
    content, out = built
    real = shutil.rmtree

    def rmtree(path: Path, ignore_errors: bool = False) -> None:
        if not Path(path).name.startswith(".out-new-"):
            real(path, ignore_errors=ignore_errors)
        elif not ignore_errors:  # chattr +i on a file of the previous output
            raise fail(errno.EPERM, str(Path(path) / "index.html"))

    monkeypatch.setattr(shutil, "rmtree", rmtree)
    assert main(["build", "-v", "--no-search", "--no-cache", "--content", str(content),
                 "--output", str(out)]) == 0
    left = [p for p in out.parent.iterdir() if p.name not in ("content", "out")]
    assert [p.name[:9] for p in left] == [".out-new-"]
    assert capsys.readouterr().err == (
        f"{out}: warning: cannot remove {left[0]}, a copy of an earlier build: "
        "Operation not permitted\n")


# --- reading the content --------------------------------------------------------------------


def test_a_media_file_that_cannot_be_read_is_a_located_error(make_site, monkeypatch):
    content = make_site({"media/photo.jpg": b"\xff\xd8"})
    listed = media_files(content, Diagnostics())
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "photo.jpg":
            raise fail(errno.EACCES, str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    diags = _copied(listed)
    assert [d.format() for d in diags] == [
        f"{content / 'media' / 'photo.jpg'}:1:1: error: cannot read the file: "
        "Permission denied\n  hint: check its permissions; if it was just moved or deleted, "
        "save again to rebuild"]


def test_content_that_vanishes_during_the_build_is_one_line(built, capsys, monkeypatch):
    content, out = built
    gone = content / "explainers"

    def build_files(*args: object, **kwargs: object) -> None:
        raise fail(errno.ENOENT, str(gone))

    monkeypatch.setattr(builder, "build_files", build_files)
    assert run(content, out) == 1
    assert capsys.readouterr().err == (
        f"{content}: error: cannot read {gone}: No such file or directory; "
        f"{out}/ was left as it was\n")


def test_an_interrupted_build_says_so_without_a_traceback(built, capsys, monkeypatch):
    content, out = built

    def build_files(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(builder, "build_files", build_files)
    assert run(content, out) == 130
    assert capsys.readouterr().err == "Build interrupted.\n"


def _copied(listed: list[Path]) -> Diagnostics:
    """What copying media files reports when each changed after it was listed."""
    diags = Diagnostics()
    assert [read_media_file(path, diags) for path in listed] == [None] * len(listed)
    return diags
