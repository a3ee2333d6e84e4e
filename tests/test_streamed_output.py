"""``build`` writes each file into the new output folder as it is made and keeps none: the
folder it fills takes the output's place only when the build succeeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.core.spec import SiteSpec
from explainer.output import writer
from explainer.pipeline import builder
from explainer.pipeline.builder import build, build_files
from tests.outputs import files_in

ROOT = Path(__file__).resolve().parent.parent


def beside(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name != out.name)


def test_the_files_written_are_those_made_in_memory_and_none_is_kept(tmp_path):
    seed = SiteSpec(ROOT / "content")
    result = build(seed, tmp_path / "out", search=False, jobs=1)
    made = build_files(seed).files
    assert result.ok and result.files == {} and result.count == len(made)
    assert files_in(tmp_path / "out") == {**made, writer.MARKER: writer.MARKER_TEXT}


def test_a_build_stopped_midway_leaves_the_output_and_nothing_beside_it(tmp_path, monkeypatch):
    seed, out = SiteSpec(ROOT / "content"), tmp_path / "out"
    build(seed, out, search=False, jobs=1)
    before = files_in(out)
    written: list[str] = []
    real = writer.Staging.add

    def add(self: writer.Staging, name: str, data: bytes) -> None:
        if len(written) == 5:
            raise KeyboardInterrupt
        written.append(name)
        real(self, name, data)

    monkeypatch.setattr(writer.Staging, "add", add)
    with pytest.raises(KeyboardInterrupt):
        build(seed, out, search=False, jobs=1)
    assert len(written) == 5 and files_in(out) == before and beside(out) == []


def test_a_page_that_fails_after_others_were_written_leaves_the_output(make_site, tmp_path,
                                                                      monkeypatch):
    content, out = make_site(), tmp_path / "built" / "out"
    build(SiteSpec(content), out, search=False, jobs=1)
    before = files_in(out)
    (content / "explainers" / "test.md").write_text(
        (content / "explainers" / "test.md").read_text(encoding="utf-8") + "\nMore.\n",
        encoding="utf-8")
    real = builder._take

    def take(results, order, sink, diags):  # the last job fails, as a template error would
        *done, (name, _, _) = list(results)
        diags.error(Path("layouts/feed.xml"), 1, 1, "template error: broken")
        return real([*done, (name, None, ())], order, sink, diags)

    monkeypatch.setattr(builder, "_take", take)
    result = build(SiteSpec(content), out, search=False, jobs=1)
    assert not result.ok and files_in(out) == before and beside(out) == []
