"""The command line through ``main(argv)``: build, import, help, exit codes and messages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from explainer.commands.cli import main
from tests.conftest import TERM_ARAB_LEAGUE

ROOT = Path(__file__).resolve().parent.parent
BROKEN = Path("tests/fixtures/broken")
SEED = Path("tests/fixtures/seed/000_9bc3c6dfe5868321.txt")
TERM_UNUSED = TERM_ARAB_LEAGUE.replace("Arab League", "Unused thing").replace(
    "League of Arab States", "Nothing at all")


@pytest.fixture(autouse=True)
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    out = capsys.readouterr().out
    assert exit_info.value.code == 0
    assert "build" in out and "import" in out


def test_build_is_the_default_command(make_site, tmp_path, capsys):
    content = make_site()
    assert main(["-v", "--content", str(content), "--output", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "index.html").is_file()
    assert capsys.readouterr().out.startswith("Built 1 explainer and 1 glossary term into ")


def test_build_into_a_pipe_prints_only_errors(make_site, tmp_path, capsys):
    content = make_site({"glossary/unused.md": TERM_UNUSED})
    assert main(["build", "--content", str(content), "--output", str(tmp_path / "o")]) == 0
    assert capsys.readouterr() == ("", "")


def test_build_verbose_prints_warnings_and_the_summary_into_a_pipe(make_site, tmp_path,
                                                                     capsys):
    content = make_site({"glossary/unused.md": TERM_UNUSED})
    assert main(["build", "-v", "--content", str(content), "--output", str(tmp_path / "o")]) == 0
    out, err = capsys.readouterr()
    assert err == (f"{content}/glossary/unused.md:1:1: warning: term 'Unused thing' is not "
                   "mentioned in any explainer\n"
                   "  hint: add an alias that the explainers use, or remove the term\n")
    assert out.startswith("Built 1 explainer and 2 glossary terms into ")


def test_build_quiet_prints_nothing(make_site, tmp_path, capsys):
    content = make_site({"glossary/unused.md": TERM_UNUSED})
    assert main(["build", "-q", "--content", str(content), "--output", str(tmp_path / "o")]) == 0
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize("case", ["front-matter", "duplicate-slug", "shared-name",
                                  "placeholders"])
def test_broken_site_reports_every_error_and_exits_1(case, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", "--content", str(BROKEN / case / "content"), "--output", str(out)]) == 1
    expected = (BROKEN / case / "expected.txt").read_text(encoding="utf-8")
    assert capsys.readouterr().err == expected.replace("{output}", str(out))
    assert not out.exists()


def test_broken_layout_is_reported_at_its_file_and_line(tmp_path, capsys):
    layouts, out = tmp_path / "layouts", tmp_path / "out"
    shutil.copytree(ROOT / "layouts", layouts)
    page = layouts / "explainer.html"
    page.write_text(page.read_text().replace("{{ e.summary }}", "{{ e.sumary }}"))
    line = next(n for n, text in enumerate(page.read_text().split("\n"), 1)
                if "{{ e.sumary }}" in text)
    content = BROKEN / "template" / "content"
    assert main(["--content", str(content), "--layouts", str(layouts), "--output", str(out)]) == 1
    expected = (BROKEN / "template" / "expected.txt").read_text(encoding="utf-8")
    assert capsys.readouterr().err == expected.format(layout=page, line=line, output=out)


def test_failed_build_leaves_the_previous_output_untouched(make_site, tmp_path):
    content, out = make_site(), tmp_path / "out"
    assert main(["--content", str(content), "--output", str(out)]) == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (content / "explainers" / "test.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
    assert main(["--content", str(content), "--output", str(out)]) == 1
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_refuses_to_replace_a_folder_that_is_not_a_site(make_site, tmp_path, capsys):
    content, out = make_site(), tmp_path / "notes"
    out.mkdir()
    (out / "precious.txt").write_text("keep me")
    assert main(["--content", str(content), "--output", str(out)]) == 1
    assert "holds files that are not a built site" in capsys.readouterr().err
    assert (out / "precious.txt").read_text() == "keep me"


def test_drafts_are_left_out_unless_asked_for(make_site, tmp_path):
    content = make_site({"explainers/draft.md": "---\ntitle: D\nsummary: S\ndate: 2024-01-01\n"
                                                "draft: true\n---\nBody\n"})
    assert main(["--content", str(content), "--output", str(tmp_path / "a")]) == 0
    assert not (tmp_path / "a" / "explainers" / "draft").exists()
    assert main(["--content", str(content), "--output", str(tmp_path / "b"), "--drafts"]) == 0
    assert "Draft: not published" in (tmp_path / "b/explainers/draft/index.html").read_text()


def test_import_writes_the_explainer_under_its_slug(tmp_path, capsys):
    content = tmp_path / "content"
    assert main(["import", "-v", str(SEED), "--content", str(content), "--date", "2023-05-05"]) == 0
    slug = "us-says-it-will-not-normalise-relations-with-syrias-assad"
    written = content / "explainers" / f"{slug}.md"
    assert "\ndate: 2023-05-05\n" in written.read_text(encoding="utf-8")
    assert f"Wrote {written}" in capsys.readouterr().err


def test_import_without_a_date_says_so(tmp_path, capsys):
    target = tmp_path / "x.md"
    assert main(["import", "-v", str(SEED), "--output", str(target)]) == 0
    assert (f"{target}:5:7: warning: the article gives no date, so none was set\n"
            "  hint: add the date it was first published: date: YYYY-MM-DD (or import again "
            "with --date YYYY-MM-DD); the build refuses the explainer until then\n"
            ) in capsys.readouterr().err
    assert "\ndate: null\n" in target.read_text(encoding="utf-8")


def test_import_never_overwrites_without_force(tmp_path, capsys):
    target = tmp_path / "x.md"
    target.write_text("mine")
    assert main(["import", str(SEED), "--output", str(target)]) == 1
    assert target.read_text() == "mine"
    assert f"{target}: error: the file exists; nothing was written" in capsys.readouterr().err
    assert main(["import", str(SEED), "--output", str(target), "--force"]) == 0
    assert target.read_text().startswith("---\ntitle: ")


def test_import_dry_run_prints_and_writes_nothing(tmp_path, capsys):
    target = tmp_path / "x.md"
    assert main(["import", str(SEED), "--output", str(target), "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith('---\ntitle: "US says it will not normalise')
    assert not target.exists()


def test_import_rejects_a_bad_date(capsys):
    with pytest.raises(SystemExit):
        main(["import", str(SEED), "--date", "5/5/2023"])
    assert "'5/5/2023' is not a date written YYYY-MM-DD" in capsys.readouterr().err


def test_import_of_a_missing_file(capsys):
    assert main(["import", "nope.txt"]) == 1
    assert capsys.readouterr().err == "nope.txt: error: cannot import: no such file\n"


def test_import_of_a_page_without_an_article(tmp_path, capsys):
    page = tmp_path / "a.html"
    page.write_text("<html></html>")
    assert main(["import", str(page)]) == 1
    assert "error: cannot import: no article text was found in it" in capsys.readouterr().err


def test_quiet_build_hides_warnings(make_site, tmp_path, capsys):
    content = make_site({"glossary/unused.md": "---\nterm: Nobody Uses This\nsummary: S\n"
                         "kind: concept\nas_of: 2026-11-28\n"
                         "sources: [{title: T, url: 'https://x.org/'}]\n---\nB\n"})
    assert main(["-q", "--content", str(content), "--output", str(tmp_path / "o")]) == 0
    assert capsys.readouterr() == ("", "")
    assert main(["-v", "--content", str(content), "--output", str(tmp_path / "o")]) == 0
    assert "warning: term 'Nobody Uses This' is not mentioned" in capsys.readouterr().err


def test_import_of_an_empty_text_file(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["import", str(empty)]) == 1
    assert "error: cannot import: the file holds no text" in capsys.readouterr().err


def test_import_of_a_binary_file(tmp_path, capsys):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    assert main(["import", str(binary)]) == 1
    assert "error: cannot import: it is not a web page or a text file" in capsys.readouterr().err


def test_a_folder_named_like_a_content_file_is_ignored(make_site, tmp_path):
    content = make_site()
    (content / "explainers" / "folder.md").mkdir()
    assert main(["--content", str(content), "--output", str(tmp_path / "o")]) == 0


def test_import_into_a_pipe_prints_only_errors(tmp_path, capsys):
    assert main(["import", str(SEED), "--output", str(tmp_path / "x.md")]) == 0
    assert capsys.readouterr() == ("", "")


def test_build_writes_the_search_index(make_site, tmp_path):
    assert main(["build", "--content", str(make_site()), "--output", str(tmp_path / "o")]) == 0
    assert (tmp_path / "o" / "pagefind" / "pagefind.js").is_file()


def test_build_without_search_writes_no_index(make_site, tmp_path):
    out = tmp_path / "o"
    assert main(["build", "--no-search", "--content", str(make_site()), "--output", str(out)]) == 0
    assert (out / "search" / "index.html").is_file() and not (out / "pagefind").exists()


def test_a_missing_pagefind_fails_the_build_and_keeps_the_output(make_site, tmp_path, capsys,
                                                                  monkeypatch):
    from explainer.output import search
    content, out = make_site(), tmp_path / "o"
    assert main(["build", "--no-search", "--content", str(content), "--output", str(out)]) == 0
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    monkeypatch.setattr(search, "command", lambda folder: ["/nonexistent/pagefind"])
    assert main(["build", "--content", str(content), "--output", str(out)]) == 1
    assert capsys.readouterr().err == (
        f"{out}: error: the search index could not be built: [Errno 2] No such file or "
        "directory: '/nonexistent/pagefind'\n"
        "  hint: install it with: pip install 'pagefind[bin]' (or build with --no-search)\n"
        f"Build failed; {out}/ was left as it was.\n")
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == before


def test_a_base_url_with_a_query_is_refused(make_site, tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["build", "--base-url", "https://example.github.io/repo/?x=1",
              "--content", str(make_site()), "--output", str(tmp_path / "o")])
    assert "has a query or a fragment" in capsys.readouterr().err


def test_a_yaml_error_in_site_yml_is_reported_alone(make_site, tmp_path, capsys):
    content = make_site({"site.yml": "title: Explainer\ndescription: News: explained\n"})
    assert main(["build", "--content", str(content), "--output", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert "the value of 'description' contains ': '" in err
    assert "missing required key 'title'" not in err and "Build failed with 1 error;" in err
