"""A build with nothing changed answers from its record, before the engine is loaded; anything
that changed, or anything it cannot judge, gets a full build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from explainer.commands.cli import main
from explainer.pipeline import outputstate, unchanged

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def site(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    return content


def build(content: Path, *options: str) -> int:
    return main(["build", "--content", str(content), "--output", str(content.parent / "output"),
                 "--jobs", "1", "--no-search", "-v", *options])


def replayed(capsys: pytest.CaptureFixture[str]) -> bool:
    return capsys.readouterr().out.startswith("Nothing changed: ")


def test_nothing_changed_reports_what_the_build_reported_and_writes_nothing(site, capsys):
    assert build(site) == 0
    first = capsys.readouterr()
    stamp = (site.parent / "output" / "index.html").stat().st_mtime_ns
    assert build(site) == 0
    again = capsys.readouterr()
    assert again.err == first.err and "warning: term 'Caesar Act'" in again.err
    assert first.out.startswith("Built 1 explainer and 13 glossary terms into ")
    assert again.out.startswith("Nothing changed: ")
    assert "holds the build of 1 explainer and 13 glossary terms (48 files)" in again.out
    assert "(48 files)" in first.out
    assert (site.parent / "output" / "index.html").stat().st_mtime_ns == stamp


def test_an_edited_explainer_is_built(site, capsys):
    build(site)
    capsys.readouterr()
    seed = next((site / "explainers").glob("*.md"))
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert build(site) == 0
    assert not replayed(capsys)
    assert "One more line." in next((site.parent / "output" / "explainers").rglob(
        "index.html")).read_text(encoding="utf-8")


def test_an_output_file_edited_by_hand_is_built_again(site, capsys):
    build(site)
    page = site.parent / "output" / "index.html"
    good = page.read_bytes()
    page.write_bytes(b"edited")
    capsys.readouterr()
    assert build(site) == 0
    assert not replayed(capsys) and page.read_bytes() == good


def test_other_options_are_another_build(site, capsys):
    build(site)
    capsys.readouterr()
    build(site, "--base-url", "https://example.org/news/")
    assert not replayed(capsys)
    build(site, "--base-url", "https://example.org/news/")
    assert replayed(capsys)


def test_a_layout_changed_is_built(site, tmp_path, capsys):
    layouts = tmp_path / "layouts"
    layouts.mkdir()
    build(site, "--layouts", str(layouts))
    (layouts / "notes.txt").write_text("a new file in the layouts folder", encoding="utf-8")
    capsys.readouterr()
    build(site, "--layouts", str(layouts))
    assert not replayed(capsys)


def test_a_failed_build_forgets_the_record(site, capsys):
    build(site)
    term = site / "glossary" / "arab-league.md"
    good = term.read_text(encoding="utf-8")
    term.write_text("---\nterm: [\n---\n", encoding="utf-8")
    assert build(site) == 1
    term.write_text(good, encoding="utf-8")
    capsys.readouterr()
    assert build(site) == 0
    assert not replayed(capsys)  # the full build runs (and finds the output as it was)


def test_a_damaged_record_is_never_trusted(site, capsys):
    build(site)
    for record in (site.parent / ".cache" / "explainer" / unchanged.RECORDS).iterdir():
        record.write_bytes(record.read_bytes()[:-5] + b"xxxxx")
    capsys.readouterr()
    assert build(site) == 0
    assert not replayed(capsys)


def test_without_the_cache_every_build_is_full(site, capsys):
    build(site, "--no-cache")
    build(site, "--no-cache")
    assert not replayed(capsys)


def test_the_key_changes_with_a_file_its_name_the_date_and_the_options(site):
    key = unchanged.site_key(site, (), ("a",), "2026-11-30")
    assert key == unchanged.site_key(site, (), ("a",), "2026-11-30")
    assert key != unchanged.site_key(site, (), ("a",), "2026-12-01")
    assert key != unchanged.site_key(site, (), ("b",), "2026-11-30")
    (site / "media").mkdir(exist_ok=True)
    (site / "media" / "a.txt").write_text("x", encoding="utf-8")
    with_file = unchanged.site_key(site, (), ("a",), "2026-11-30")
    (site / "media" / "a.txt").rename(site / "media" / "b.txt")
    assert len({key, with_file, unchanged.site_key(site, (), ("a",), "2026-11-30")}) == 3


def test_a_link_or_a_fifo_leaves_the_judgement_to_the_full_build(site):
    (site / "explainers" / "link.md").symlink_to(site / "site.yml")
    assert unchanged.site_key(site, (), (), "2026-11-30") is None
    (site / "explainers" / "link.md").unlink()
    os.mkfifo(site / "explainers" / "pipe.md")
    assert unchanged.site_key(site, (), (), "2026-11-30") is None


def test_a_linked_folder_leaves_the_judgement_to_the_full_build(site):
    (site / "explainers" / "more").symlink_to(site / "glossary", target_is_directory=True)
    assert unchanged.site_key(site, (), (), "2026-11-30") is None


def test_the_output_listing_names_files_in_subfolders_by_their_path(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "index.html").write_text("hi", encoding="utf-8")
    (tmp_path / "top.xml").write_text("x", encoding="utf-8")
    names = [(name, size) for name, size, _ in outputstate.listing(tmp_path)]
    assert names == [(os.path.join("a", "b", "index.html"), 2), ("top.xml", 1)]


def test_nothing_changed_answers_without_loading_the_engine(site):
    build(site)
    probe = ("import sys\nfrom explainer.commands.cli import main\n"
             f"code = main(['build', '--content', {str(site)!r}, '--output', "
             f"{str(site.parent / 'output')!r}, '--no-search', '-v'])\n"
             "heavy = sorted({'markdown', 'jinja2', 'yaml', 'nh3', 'lxml'} & set(sys.modules))\n"
             "print(code, heavy)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    assert done.stdout.startswith("Nothing changed: ")
    assert done.stdout.splitlines()[-1] == "0 []"
