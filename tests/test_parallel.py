"""A build in a pool of processes gives the very files and messages of a one-process build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from explainer.commands.cli import main
from explainer.core.pool import workers
from explainer.core.spec import SiteSpec
from explainer.output import writer
from explainer.pipeline.builder import build_files
from explainer.pipeline.plan import plan

ROOT = Path(__file__).resolve().parent.parent
NAMES = ["Arab League", "Arab Spring", "Antony Blinken", "Amman meeting"]
pytestmark = pytest.mark.skipif(workers(2) == 1, reason="this system cannot fork")


def story(n: int) -> str:
    """A generated explainer: topics, mentions of seed terms, now and then an updates slot."""
    named = ", ".join(NAMES[(n + k) % len(NAMES)] for k in range(1 + n % 3))
    slot = "[[updates]]\n\n" if n % 5 == 0 else ""
    return (f'---\ntitle: "Story {n}: what it means"\nsummary: "Story {n} in one line."\n'
            f"date: 2023-{1 + n % 12:02d}-{1 + n % 28:02d}\ntags: [syria, topic-{n % 4}]\n"
            f"---\n{slot}The {named} met again, story {n} says.\n\n"
            f"## Why it matters\n\nA [link](../story-{(n + 1) % 50}/) and **more** text.\n")


@pytest.fixture
def big_site(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    for n in range(50):
        (content / "explainers" / f"story-{n}.md").write_text(story(n), encoding="utf-8")
    return content


def test_seed_built_in_two_processes_is_byte_identical():
    seed = SiteSpec(ROOT / "content")
    one, two = build_files(seed, jobs=1), build_files(seed, jobs=2)
    assert one.ok and two.files == one.files


def test_fifty_explainers_built_in_two_processes_are_byte_identical(big_site):
    one, two = build_files(SiteSpec(big_site), jobs=1), build_files(SiteSpec(big_site), jobs=2)
    assert one.ok and len(one.site.explainers) > 50
    assert list(two.files) == list(one.files) and two.files == one.files


def test_problems_come_back_in_the_order_of_one_process(big_site):
    (big_site / "explainers" / "story-7.md").write_text(
        story(7) + "\nSee [the league](term:arab-leage).\n", encoding="utf-8")
    (big_site / "explainers" / "story-3.md").write_text(
        story(3) + "\nSee [the spring](term:arab-sprin).\n", encoding="utf-8")
    one, two = build_files(SiteSpec(big_site), jobs=1), build_files(SiteSpec(big_site), jobs=2)
    assert [d.format() for d in two.diagnostics] == [d.format() for d in one.diagnostics]
    assert len(one.diagnostics.errors) == 2


def test_the_plan_lists_every_file_a_build_writes(big_site):
    result = build_files(SiteSpec(big_site))
    jobs = plan(result.site, SiteSpec(big_site, layouts=ROOT / "layouts"), search=True)
    assert set(jobs) - {"pagefind/"} == set(result.files)
    assert jobs["pagefind/"].kind == "search"


def test_an_explainer_page_declares_its_file_terms_and_layouts(big_site):
    result = build_files(SiteSpec(big_site))
    spec = SiteSpec(big_site, layouts=ROOT / "layouts")
    job = plan(result.site, spec)["explainers/story-1/index.html"]
    assert job.inputs.files[0] == big_site / "explainers" / "story-1.md"
    assert set(job.inputs.terms) >= {"arab-spring", "antony-blinken"}
    assert job.inputs.layouts[0] == "explainer.html" and len(job.inputs.layouts) > 1
    assert job.inputs.mentions and job.inputs.settings


def test_build_jobs_option_gives_the_same_output(big_site, tmp_path):
    for jobs in ("1", "2"):
        assert main(["build", "--content", str(big_site), "--output", str(tmp_path / jobs),
                     "--no-search", "--jobs", jobs, "-q"]) == 0
    one = {p.relative_to(tmp_path / "1"): p.read_bytes() for p in (tmp_path / "1").rglob("*")
           if p.is_file()}
    two = {p.relative_to(tmp_path / "2"): p.read_bytes() for p in (tmp_path / "2").rglob("*")
           if p.is_file()}
    assert one == two


def test_build_refuses_zero_jobs(capsys):
    with pytest.raises(SystemExit):
        main(["build", "--jobs", "0"])
    assert "not a number of processes" in capsys.readouterr().err


def test_a_worker_that_cannot_write_a_file_fails_the_build_and_leaves_the_output(
        big_site, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    assert main(["build", "--content", str(big_site), "--output", str(out), "--no-search",
                 "--jobs", "2", "-q"]) == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (big_site / "explainers" / "story-7.md").write_text(story(7) + "\nMore.\n", encoding="utf-8")
    real = writer.Staging.add

    def add(self: writer.Staging, name: str, data: bytes) -> None:
        if name == "explainers/story-7/index.html":
            raise OSError(28, "No space left on device")  # in the worker that made it
        real(self, name, data)

    monkeypatch.setattr(writer.Staging, "add", add)
    assert main(["build", "--content", str(big_site), "--output", str(out), "--no-search",
                 "--jobs", "2", "-q"]) != 0
    assert "No space left on device" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".cache", "content", "out"]
