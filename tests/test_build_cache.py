"""The cache across builds: unchanged work is not redone, and a bad cache is never trusted."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from explainer.commands.cli import main
from explainer.output import search
from explainer.pipeline import parallel

ROOT = Path(__file__).resolve().parent.parent
NAMES = ["Arab League", "Antony Blinken", "Amman meeting"]


def story(n: int, extra: str = "") -> str:
    named = NAMES[n % len(NAMES)]
    return (f'---\ntitle: "Story {n}"\nsummary: "Story {n} in one line."\n'
            f"date: 2023-{1 + n % 12:02d}-{1 + n % 28:02d}\ntags: [syria]\n"
            f"---\nThe {named} met again, story {n} says.{extra}\n")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    for n in range(9):
        (content / "explainers" / f"story-{n}.md").write_text(story(n), encoding="utf-8")
    return content


def build(content: Path, *options: str) -> set[str]:
    """Build into output/ beside the content; what this build rendered."""
    parallel.RENDERED.clear()
    code = main(["build", "--content", str(content), "--output",
                 str(content.parent / "output"), "--jobs", "1", "--no-search", *options])
    assert code == 0
    return set(parallel.RENDERED)


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def pages(rendered: set[str], kind: str) -> set[str]:
    return {name.split("/")[1] for name in rendered
            if name.startswith(f"{kind}/") and name.count("/") == 2}


def test_a_second_build_renders_nothing(site):
    assert build(site)
    assert build(site) == set()


def test_a_second_build_writes_nothing(site):
    build(site)
    before = (site.parent / "output" / "index.html").stat()
    build(site)
    after = (site.parent / "output" / "index.html").stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_a_build_writes_again_when_the_output_was_touched(site):
    build(site)
    (site.parent / "output" / "robots.txt").write_text("changed", encoding="utf-8")
    build(site)
    assert (site.parent / "output" / "robots.txt").read_text(encoding="utf-8") != "changed"


def test_editing_one_explainer_redoes_its_body_and_the_pages_that_show_it(site):
    build(site)
    edited = site / "explainers" / "story-4.md"
    edited.write_text(story(4, " A new sentence."), encoding="utf-8")
    rendered = build(site)
    assert {n for n in rendered if n.startswith("body:")} == {f"body:{edited}"}
    assert "story-4" in pages(rendered, "explainers") and "index.html" in rendered
    assert len(pages(rendered, "explainers")) < 5  # and those that show it as related
    assert "antony-blinken" in pages(rendered, "glossary")  # it lists the story's mention
    assert len(pages(rendered, "glossary")) < 5


def test_editing_one_term_redoes_its_page_and_the_explainers_that_mention_it(site):
    build(site)
    term = site / "glossary" / "amman-meeting.md"
    term.write_text(term.read_text(encoding="utf-8").replace("Talks in", "Talks held in"),
                    encoding="utf-8")
    rendered = build(site)
    seed = "us-says-it-will-not-normalise-relations-with-syrias-assad"  # mentions it too
    assert pages(rendered, "explainers") == {"story-2", "story-5", "story-8", seed}
    assert "amman-meeting" in pages(rendered, "glossary")
    assert "caesar-act" not in pages(rendered, "glossary")  # nor relates to it


def test_output_is_the_same_with_and_without_the_cache(site, tmp_path):
    build(site)
    (site / "explainers" / "story-1.md").write_text(story(1, " Edited."), encoding="utf-8")
    build(site)
    main(["build", "--content", str(site), "--output", str(tmp_path / "plain"), "--jobs", "1",
          "--no-search", "--no-cache"])
    assert tree(site.parent / "output") == tree(tmp_path / "plain")


def test_no_cache_keeps_no_cache_folder(site):
    assert build(site, "--no-cache")
    assert not (site.parent / ".cache").exists()
    assert build(site, "--no-cache")


def test_cache_option_names_the_folder(site, tmp_path):
    build(site, "--cache", str(tmp_path / "elsewhere"))
    assert (tmp_path / "elsewhere" / "explainer-cache-version").is_file()
    assert not (site.parent / ".cache").exists()


def test_a_corrupt_cache_is_ignored_with_a_note(site, capsys):
    build(site)
    for path in (site.parent / ".cache" / "explainer").rglob("*"):  # jobs and the last record
        if path.is_file() and path.parent.name != "explainer":
            path.write_bytes(path.read_bytes()[:-7] + b"garbage")
    capsys.readouterr()
    rendered = build(site, "-v")
    assert "index.html" in rendered
    err = capsys.readouterr().err
    assert "corrupt" in err and "Traceback" not in err


def test_a_cache_from_another_version_is_ignored_with_a_note(site, capsys):
    build(site)
    (site.parent / ".cache" / "explainer" / "explainer-cache-version").write_text("0.0.1-other\n")
    capsys.readouterr()
    assert build(site, "-v")
    assert "another version" in capsys.readouterr().err


def test_the_search_index_is_made_only_when_the_pages_changed(site, monkeypatch):
    runs: list[Path] = []

    def fake_index(folder: Path) -> None:
        runs.append(folder)
        (folder / "pagefind").mkdir()
        (folder / "pagefind" / "pagefind.js").write_text(f"run {len(runs)}")

    monkeypatch.setattr(search, "index", fake_index)
    out = site.parent / "output"
    for _ in range(2):
        main(["build", "--content", str(site), "--output", str(out), "--jobs", "1"])
    shutil.rmtree(out)
    main(["build", "--content", str(site), "--output", str(out), "--jobs", "1"])
    assert len(runs) == 1 and (out / "pagefind" / "pagefind.js").read_text() == "run 1"
    (site / "explainers" / "story-1.md").write_text(story(1, " Edited."), encoding="utf-8")
    main(["build", "--content", str(site), "--output", str(out), "--jobs", "1"])
    assert len(runs) == 2


def test_a_folder_that_is_not_a_cache_is_left_alone(site, tmp_path, capsys):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    assert build(site, "--cache", str(tmp_path / "mine"), "-v")
    assert [p.name for p in (tmp_path / "mine").iterdir()] == ["notes.txt"]
    assert "no Explainer cache" in capsys.readouterr().err


def kept_bodies(site: Path) -> list[str]:
    """The names of the bodies the cache holds."""
    database = site.parent / ".cache" / "explainer" / "body" / "bodies.sqlite"
    with contextlib.closing(sqlite3.connect(database)) as db:
        return sorted(Path(name.decode()).name for (name,) in db.execute("SELECT name FROM body"))


def test_a_deleted_explainer_leaves_nothing_in_the_cache(site):
    build(site)
    assert "story-3.md" in kept_bodies(site)
    (site / "explainers" / "story-3.md").unlink()
    before = len(kept_bodies(site))
    build(site)
    assert "story-3.md" not in kept_bodies(site) and len(kept_bodies(site)) == before - 1


def test_a_cache_made_by_several_processes_serves_a_one_process_build(site, tmp_path):
    out = site.parent / "output"
    assert main(["build", "--content", str(site), "--output", str(out), "--jobs", "2",
                 "--no-search", "-q"]) == 0
    (site / "explainers" / "story-4.md").write_text(story(4, " New."), encoding="utf-8")
    rendered = build(site)  # one process, reading what two wrote
    assert {n for n in rendered if n.startswith("body:")} == {
        f"body:{site / 'explainers' / 'story-4.md'}"}
    fresh = tmp_path / "fresh"
    assert main(["build", "--content", str(site), "--output", str(fresh), "--jobs", "1",
                 "--no-search", "--no-cache", "-q"]) == 0
    assert tree(out) == tree(fresh)


def test_no_database_connection_is_open_when_the_workers_fork(site, monkeypatch):
    from explainer.core import pool
    from explainer.pipeline import bodystore
    opened: list[bodystore.BodyStore] = []
    made = bodystore.BodyStore.__init__

    def remember(self, folder):
        made(self, folder)
        opened.append(self)
    forks = []
    real = pool.mapped

    def mapped(work, items, count, progress):
        forks.append([store._db for store in opened])
        yield from real(work, items, count, progress)
    monkeypatch.setattr(bodystore.BodyStore, "__init__", remember)
    monkeypatch.setattr(parallel, "mapped", mapped)
    build(site)
    (site / "explainers" / "story-4.md").write_text(story(4, " New."), encoding="utf-8")
    build(site)
    assert len(forks) >= 4 and all(db is None for seen in forks for db in seen)


def test_the_bodies_are_one_file_not_a_file_each(site):
    build(site)
    folder = site.parent / ".cache" / "explainer" / "body"
    assert [p.name for p in folder.iterdir()] == ["bodies.sqlite"]
    assert "story-0.md" in kept_bodies(site)


def test_a_damaged_body_is_made_again_with_a_note(site, capsys):
    build(site)
    database = site.parent / ".cache" / "explainer" / "body" / "bodies.sqlite"
    with contextlib.closing(sqlite3.connect(database)) as db, db:
        db.execute("UPDATE body SET data = X'00' || substr(data, 2) "
                   "WHERE CAST(name AS TEXT) LIKE '%story-2.md'")
    (site / "explainers" / "story-4.md").write_text(story(4, " New."), encoding="utf-8")
    capsys.readouterr()
    rendered = build(site, "-v")
    assert {name for name in rendered if name.startswith("body:")} == {
        f"body:{site / 'explainers' / name}" for name in ("story-2.md", "story-4.md")}
    assert "1 corrupt file in the cache" in capsys.readouterr().err


def test_a_bodies_file_that_is_no_database_is_made_again_with_a_note(site, capsys):
    build(site)
    database = site.parent / ".cache" / "explainer" / "body" / "bodies.sqlite"
    database.write_bytes(b"not a database at all" * 100)
    (site / "explainers" / "story-4.md").write_text(story(4, " New."), encoding="utf-8")
    capsys.readouterr()
    rendered = build(site, "-v")
    assert f"body:{site / 'explainers' / 'story-2.md'}" in rendered
    assert "corrupt" in capsys.readouterr().err
    assert "story-2.md" in kept_bodies(site)
    assert build(site) == set()


def test_an_unchanged_page_is_taken_from_the_last_output_not_written_again(site):
    build(site)
    out = site.parent / "output" / "explainers"
    kept, edited = out / "story-0" / "index.html", out / "story-4" / "index.html"
    before = kept.stat().st_ino, edited.stat().st_ino
    (site / "explainers" / "story-4.md").write_text(story(4, " New."), encoding="utf-8")
    build(site)
    assert kept.stat().st_ino == before[0]  # a hard link to the last build's file
    assert edited.stat().st_ino != before[1] and "New." in edited.read_text(encoding="utf-8")


def test_a_page_changed_by_hand_in_the_output_is_made_again(site):
    build(site)
    page = site.parent / "output" / "explainers" / "story-0" / "index.html"
    made = page.read_bytes()
    page.write_bytes(made.replace(b"Story 0", b"Story zero"))
    (site / "explainers" / "story-4.md").write_text(story(4, " New."), encoding="utf-8")
    assert "explainers/story-0/index.html" in build(site)
    assert page.read_bytes() == made


def test_the_cache_keeps_no_copy_of_the_output(site):
    build(site)
    cache = site.parent / ".cache" / "explainer"
    kept = sum(p.stat().st_size for p in cache.rglob("*") if p.is_file())
    written = sum(p.stat().st_size for p in (site.parent / "output").rglob("*") if p.is_file())
    assert kept < written / 2


def test_a_retitled_explainer_is_retitled_in_the_feeds_of_its_terms(site):
    build(site)
    (site / "explainers" / "story-4.md").write_text(
        story(4).replace("Story 4", "Story four"), encoding="utf-8")
    build(site)
    feed = site.parent / "output" / "glossary" / "antony-blinken" / "feed.xml"
    assert "Story four" in feed.read_text(encoding="utf-8")


def test_after_a_term_is_edited_the_output_is_that_of_a_fresh_build(site, tmp_path):
    build(site)
    term = site / "glossary" / "amman-meeting.md"
    term.write_text(term.read_text(encoding="utf-8").replace("Talks in", "Talks held in"),
                    encoding="utf-8")
    build(site)
    main(["build", "--content", str(site), "--output", str(tmp_path / "plain"), "--jobs", "1",
          "--no-search", "--no-cache"])
    assert tree(site.parent / "output") == tree(tmp_path / "plain")
