"""A cache file is written whole, or not at all, and a failed write leaves nothing behind."""

from __future__ import annotations

import os

from explainer.core import atomic


def test_a_file_is_replaced_whole(tmp_path):
    target = tmp_path / "slot" / "a"
    assert atomic.write_atomic(target, b"one") and atomic.write_atomic(target, b"two")
    assert target.read_bytes() == b"two" and os.listdir(target.parent) == ["a"]


def test_a_refused_write_keeps_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "a"
    target.write_bytes(b"old")

    def refuse(src: str, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    assert not atomic.write_atomic(target, b"new")
    assert target.read_bytes() == b"old" and os.listdir(tmp_path) == ["a"]
