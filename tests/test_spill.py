"""``build`` keeps rendered bodies in a temporary file, not in memory, and writes the same
files as a build that keeps them in memory."""

from __future__ import annotations

import os
from pathlib import Path

from explainer.core.spec import SiteSpec
from explainer.pipeline import spill
from explainer.pipeline.builder import build, build_files
from tests.outputs import files_in

ROOT = Path(__file__).resolve().parent.parent


def test_a_build_keeps_each_body_in_the_file_and_drops_the_source(tmp_path):
    result = build(SiteSpec(ROOT / "content"), tmp_path / "out", search=False, jobs=1)
    page = result.site.explainers[0]
    assert isinstance(page.body, spill.Stored) and page.explainer.body == ""
    assert page.body_html == build_files(SiteSpec(ROOT / "content")).site.explainers[0].body_html


def test_check_keeps_the_sources_it_reads_for_candidates():
    page = build_files(SiteSpec(ROOT / "content"), jobs=2).site.explainers[0]
    assert isinstance(page.body, str) and page.explainer.body.strip()


def test_a_file_that_cannot_be_written_keeps_the_body_in_memory(tmp_path, monkeypatch):
    build(SiteSpec(ROOT / "content"), tmp_path / "spilled", search=False, jobs=1)

    def full(fd: int, data: bytes, offset: int) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "pwrite", full)
    result = build(SiteSpec(ROOT / "content"), tmp_path / "kept", search=False, jobs=1,
                   cache=None)
    assert isinstance(result.site.explainers[0].body, str)
    assert files_in(tmp_path / "kept") == files_in(tmp_path / "spilled")


def test_a_stashed_source_comes_back_whole():
    explainer = build_files(SiteSpec(ROOT / "content")).site.explainers[0].explainer
    kept = spill.Spill()
    stashed = kept.stash(explainer)
    assert stashed.body == "" and kept.restored(stashed) == explainer
    assert kept.restored(stashed).body == explainer.body


def test_without_positioned_writes_the_text_stays_in_memory(monkeypatch):
    monkeypatch.delattr(os, "pwrite")
    page = build_files(SiteSpec(ROOT / "content")).site.explainers[0]
    assert spill.Spill().page(page).body == page.body_html


def test_a_body_from_the_cache_keeps_its_explainers_source(tmp_path):
    from explainer.pipeline.diskcache import DiskCache
    build(SiteSpec(ROOT / "content"), tmp_path / "out", search=False, jobs=1,
          cache=tmp_path / "cache")
    again = build_files(SiteSpec(ROOT / "content"), store=DiskCache(tmp_path / "cache"))
    assert again.site.explainers[0].explainer.body.strip()


def test_without_a_temporary_folder_the_text_stays_in_memory(monkeypatch):
    import tempfile

    def none(*args: object, **kwargs: object) -> None:
        raise FileNotFoundError("No usable temporary directory found")

    monkeypatch.setattr(tempfile, "TemporaryFile", none)
    page = build_files(SiteSpec(ROOT / "content")).site.explainers[0]
    assert spill.Spill().page(page).body == page.body_html
