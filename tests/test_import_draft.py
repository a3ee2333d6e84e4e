"""``import`` writes a draft, says so, and reports a missing date itself."""

from __future__ import annotations

from pathlib import Path

from explainer.commands.cli import main
from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build_files

SEED = Path("tests/fixtures/seed/000_9bc3c6dfe5868321.txt")
PAGE = """<!doctype html><html><head><title>Flood barriers raised</title></head><body><article>
<h1>Flood barriers raised</h1>
<p>The council met again on Wednesday to agree what would be done about the flood barriers
before the next storm arrives in the area, and who would pay for the work.</p>
<p>Engineers said the barriers would be raised by a metre along the whole of the river front
before the winter, and the work would start as soon as the money had been agreed.</p>
</article></body></html>"""


def test_import_writes_draft_true_at_the_end_of_the_front_matter(tmp_path):
    target = tmp_path / "x.md"
    assert main(["import", "-q", str(SEED), "--output", str(target), "--date", "2023-05-05"]) == 0
    assert "\ntags: []\ndraft: true  # delete this line to publish the explainer\n---\n" in (
        target.read_text(encoding="utf-8"))


def test_import_says_the_file_is_a_draft(tmp_path, capsys):
    target = tmp_path / "x.md"
    assert main(["import", "-v", str(SEED), "--output", str(target), "--date", "2023-05-05"]) == 0
    assert capsys.readouterr().err.endswith(
        f"Wrote {target} (a draft: check it, then delete 'draft: true' to publish it)\n")


def test_an_article_with_a_date_gets_no_warning(tmp_path, capsys):
    assert main(["import", "-v", str(SEED), "--output", str(tmp_path / "x.md"),
                 "--date", "2023-05-05"]) == 0
    assert "warning" not in capsys.readouterr().err


def test_a_page_without_a_date_is_reported_at_its_date_line(tmp_path, capsys):
    page, target = tmp_path / "flood.html", tmp_path / "flood.md"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["import", "-v", str(page), "--output", str(target)]) == 0
    lines = target.read_text(encoding="utf-8").split("\n")
    number = lines.index("date: null") + 1
    assert (f"{target}:{number}:7: warning: the article gives no date, so none was set\n"
            "  hint: add the date it was first published: date: YYYY-MM-DD (or import again "
            "with --date YYYY-MM-DD); the build refuses the explainer until then\n"
            ) in capsys.readouterr().err


def test_a_dry_run_reports_the_missing_date_too(tmp_path, capsys):
    target = tmp_path / "x.md"
    assert main(["import", "-v", str(SEED), "--output", str(target), "--dry-run"]) == 0
    assert f"{target}:5:7: warning: the article gives no date" in capsys.readouterr().err


def test_a_folder_import_says_the_files_are_drafts_and_counts_those_without_a_date(
        tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "flood.html").write_text(PAGE, encoding="utf-8")
    assert main(["import", "-v", str(folder), "--output", str(tmp_path / "out")]) == 0
    assert capsys.readouterr().out.endswith(
        "The files written are drafts: check each, then delete 'draft: true' to publish it.\n"
        "2 of them have no date (the '-' above): add 'date: YYYY-MM-DD' to each; the build "
        "refuses them until then.\n")


def test_an_imported_draft_is_left_out_until_published(make_site):
    content = make_site()
    target = content / "explainers" / "storm.md"
    assert main(["import", "-q", str(SEED), "--output", str(target), "--date", "2023-05-05"]) == 0
    assert "explainers/storm/index.html" not in build_files(SiteSpec(content)).files
    assert "explainers/storm/index.html" in build_files(SiteSpec(content, drafts=True)).files
    target.write_text(target.read_text("utf-8").replace("draft: true", "draft: false"), "utf-8")
    assert "explainers/storm/index.html" in build_files(SiteSpec(content)).files


def test_a_text_that_may_go_on_elsewhere_is_flagged_in_the_file(tmp_path):
    source, target = tmp_path / "page.html", tmp_path / "x.md"
    source.write_text(PAGE.replace(
        "<title>", '<link rel="canonical" href="https://gazette.example/flood">'
        '<link rel="next" href="https://gazette.example/flood/2"><title>'), encoding="utf-8")
    assert main(["import", "-q", str(source), "--output", str(target), "--date", "2023-05-05"]) == 0
    assert ("\n# check the text: the page links to a next page of the article "
            "(https://gazette.example/flood/2): its text may go on there\ndraft: true") in (
        target.read_text(encoding="utf-8"))


def test_a_note_in_the_file_stays_on_its_line_whatever_the_link_holds(tmp_path):
    source, target = tmp_path / "page.html", tmp_path / "x.md"
    source.write_text(PAGE.replace(
        "<title>", '<link rel="canonical" href="https://gazette.example/flood">'
        '<link rel="next" href="https://gazette.example/flood/2/#x&#x2028;date: 1999-01-01">'
        "<title>"), encoding="utf-8")
    assert main(["import", "-q", str(source), "--output", str(target), "--date", "2023-05-05"]) == 0
    text = target.read_text(encoding="utf-8")
    assert "\u2028" not in text and "1999" not in text
    assert "(https://gazette.example/flood/2/): its text may go on there\ndraft: true" in text
