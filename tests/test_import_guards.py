"""What import refuses before writing: targets that are not files, names the build refuses,
options that are not text or not web addresses, pages too large to read in seconds; and the
addresses it leaves out of the front matter."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from explainer.commands import arguments
from explainer.commands.cli import main
from explainer.importer import bounds
from explainer.importer.command import run_import

STORY = ("Storm hits the coast\n\nThe storm reached the coast on Tuesday night, officials "
         "said.\n\nThe water rose faster than any of the forecasts had warned.\n")
PAGE = """<!doctype html><html><head><title>Storm hits the coast</title>
<meta name="description" content="A storm reached the coast.">
<link rel="canonical" href="{url}"><meta property="og:image" content="{image}"></head>
<body><article><h1>Storm hits the coast</h1>
<p>The storm reached the coast on Tuesday night, officials said, and the water rose.</p>
<p>The water rose faster than any of the forecasts had warned, the officials added.</p>
</article></body></html>"""


@pytest.fixture
def story(tmp_path: Path) -> Path:
    source = tmp_path / "story.txt"
    source.write_text(STORY, encoding="utf-8")
    return source


def page(tmp_path: Path, url: str, image: str) -> Path:
    source = tmp_path / "page.html"
    source.write_text(PAGE.format(url=url, image=image), encoding="utf-8")
    return source


def run_directly(*argv: str) -> int:
    """run_import without cli.main (whose own check refuses undecodable arguments first)."""
    return run_import(arguments.parser().parse_args(["import", *argv]))


# --- targets that are not regular files --------------------------------------------------------


def test_a_fifo_as_output_is_refused_even_with_force(tmp_path, story, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert main(["import", "-q", str(story), "--output", str(fifo), "--force"]) == 1
    assert capsys.readouterr().err == (
        f"{fifo}: error: cannot write {fifo}: it is not a regular file (a FIFO); nothing was "
        "written\n")
    assert Path(fifo).is_fifo()


def test_a_link_to_a_fifo_as_output_is_refused(tmp_path, story, capsys):
    fifo, link = tmp_path / "pipe", tmp_path / "draft.md"
    os.mkfifo(fifo)
    link.symlink_to(fifo)
    assert main(["import", "-q", str(story), "--output", str(link), "--force"]) == 1
    assert capsys.readouterr().err == (
        f"{link}: error: cannot write {link}: it is not a regular file (a symbolic link to a "
        "FIFO); nothing was written\n")
    assert link.is_symlink() and fifo.is_fifo()


def test_a_fifo_is_refused_without_force_too(tmp_path, story, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert main(["import", "-q", str(story), "--output", str(fifo)]) == 1
    assert "it is not a regular file (a FIFO)" in capsys.readouterr().err


# --- names the build refuses ---------------------------------------------------------------


def test_an_output_file_named_as_windows_reserves_is_refused(make_site, story, capsys):
    content = make_site()
    target = content / "explainers" / "con.md"
    assert main(["import", "-q", str(story), "--output", str(target)]) == 1
    assert capsys.readouterr().err == (
        f"{target}: error: the file name 'con.md' is reserved on Windows: a page named 'con' "
        "cannot be saved there; nothing was written\n")
    assert not target.exists()


def test_a_title_making_a_reserved_slug_gets_a_number(make_site, tmp_path):
    content = make_site()
    source = tmp_path / "con.txt"
    source.write_text(STORY.replace("Storm hits the coast", "Con"), encoding="utf-8")
    assert main(["import", "-q", str(source), "--content", str(content)]) == 0
    assert (content / "explainers" / "con-2.md").is_file()
    assert not (content / "explainers" / "con.md").exists()


def test_new_terms_naming_a_reserved_slug_are_refused_before_writing(make_site, story,
                                                                       capsys):
    content = make_site()
    assert main(["import", "-q", str(story), "--content", str(content),
                 "--new-terms", "Con, Storm"]) == 2
    assert capsys.readouterr().err == (
        "build.py import: error: argument --new-terms: the file name 'con.md' is reserved on "
        "Windows: a page named 'con' cannot be saved there\n")
    assert not (content / "explainers" / "storm-hits-the-coast.md").exists()


def test_new_terms_of_one_character_are_refused_before_writing(make_site, story, capsys):
    content = make_site()
    assert main(["import", "-q", str(story), "--content", str(content),
                 "--new-terms", "Storm, a"]) == 2
    assert capsys.readouterr().err == (
        "build.py import: error: argument --new-terms: the term name 'a' is one character "
        "long\n")
    assert not (content / "glossary" / "storm.md").exists()


# --- options that are not web addresses ------------------------------------


def test_a_url_option_that_is_not_a_web_address_is_refused(make_site, story, capsys):
    content = make_site()
    assert main(["import", "-q", str(story), "--content", str(content),
                 "--url", "javascript:alert(1)"]) == 2
    assert capsys.readouterr().err == (
        "build.py import: error: argument --url: 'javascript:alert(1)' is not a web address "
        "starting with http:// or https://\n")
    assert sorted(p.name for p in (content / "explainers").iterdir()) == ["test.md"]


# --- addresses a page states -----------------------------------------------------------------


def test_a_script_address_of_the_page_is_left_out_and_reported(tmp_path, capsys):
    source, out = page(tmp_path, "javascript:alert(1)", "a.jpg"), tmp_path / "o.md"
    assert main(["import", "-v", str(source), "--output", str(out)]) == 0
    assert "javascript" not in out.read_text(encoding="utf-8")
    assert "  note: the page's address 'javascript:alert(1)' was left out: only http(s) " \
           "addresses are kept\n" in capsys.readouterr().err


def test_a_script_address_of_the_picture_is_left_out_and_reported(tmp_path, capsys):
    source = page(tmp_path, "https://x.org/storm", "javascript:alert(1)")
    out = tmp_path / "o.md"
    assert main(["import", "-v", str(source), "--output", str(out)]) == 0
    assert "javascript" not in out.read_text(encoding="utf-8")
    assert "  note: the picture's address 'javascript:alert(1)' was left out: only http(s) " \
           "addresses are kept\n" in capsys.readouterr().err


def test_a_relative_picture_address_is_read_against_the_page(tmp_path, capsys):
    source = page(tmp_path, "http://127.0.0.1:9/news/storm", "/img/a.jpg")  # nothing listens
    out = tmp_path / "o.md"
    assert main(["import", "-v", str(source), "--output", str(out)]) == 0
    assert "cannot fetch http://127.0.0.1:9/img/a.jpg: " in capsys.readouterr().err
    assert "  src: null\n" in out.read_text(encoding="utf-8")


def test_an_imported_page_with_script_addresses_builds(make_site, tmp_path, capsys):
    content = make_site()
    source = page(tmp_path, "javascript:alert(1)", "javascript:alert(2)")
    assert main(["import", "-q", str(source), "--content", str(content),
                 "--date", "2024-03-09"]) == 0
    assert main(["build", "-q", "--no-search", "--drafts", "--content", str(content),
                 "--output", str(tmp_path / "out")]) == 0, capsys.readouterr().err


# --- pages too large to read in seconds --------------------------------------------------


def test_a_page_of_too_many_elements_is_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(bounds, "MAX_ELEMENTS", 11)
    source = page(tmp_path, "https://x.org/storm", "https://x.org/a.jpg")
    assert main(["import", "-q", str(source), "--output", str(tmp_path / "o.md")]) == 1
    assert capsys.readouterr().err == (
        f"{source}: error: cannot import: the page has 12 elements; the importer reads pages "
        "of up to 11\n")
    assert not (tmp_path / "o.md").exists()


def test_a_page_of_too_much_text_is_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(bounds, "MAX_TEXT", 100)
    source = page(tmp_path, "https://x.org/storm", "https://x.org/a.jpg")
    assert main(["import", "-q", str(source), "--output", str(tmp_path / "o.md")]) == 1
    assert capsys.readouterr().err == (
        f"{source}: error: cannot import: the page has 207 characters of text; the importer "
        "reads pages of up to 100\n")


def test_a_text_file_is_not_counted_as_a_page(story, tmp_path, monkeypatch):
    monkeypatch.setattr(bounds, "MAX_TEXT", 10)
    assert main(["import", "-q", str(story), "--output", str(tmp_path / "o.md")]) == 0
