"""``new explainer|term "Title"``: a file with every key that loads, never an overwrite."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import pytest

from explainer.commands.arguments import add_new as add_parser
from explainer.commands.cli import main
from explainer.content.loader import load_explainer, load_term
from explainer.content.scaffold import run_new, term_file
from explainer.core.diagnostics import Diagnostics
from explainer.core.spec import SiteSpec
from explainer.importer.article import ImportedArticle
from explainer.importer.suggest import scaffold_terms
from explainer.pipeline.builder import build_files

TODAY = dt.date(2024, 3, 9)


def new(*argv: str, content: Path) -> int:
    top = argparse.ArgumentParser(prog="build.py")
    add_parser(top.add_subparsers(dest="command"))
    return run_new(top.parse_args(["new", *argv, "--content", str(content)]), today=TODAY)


def loaded(loader, path: Path):
    diags = Diagnostics()
    return loader(path, diags), [d.format().removeprefix(f"{path}:") for d in diags]


EXPLAINER_FILE = """---
# A new explainer: fill in the values, write the text in Markdown below the closing '---',
# then delete the line 'draft: true' to publish it.
title: "Syria: the talks"  # the headline
summary: "TODO: the standfirst, one or two sentences"  # required: shown under the headline
date: 2024-03-09  # required: the date it was first published, YYYY-MM-DD
updated: null  # the date it was last updated, YYYY-MM-DD
dateline: null  # where the story was filed, e.g. Washington, DC
byline: []  # the authors' names, e.g. [Jane Doe, John Roe]; leave [] when not known
source: null  # the original article, e.g. {name: Al Jazeera, url: https://...}
image: null  # e.g. {src: media/photo.jpg, alt: ..., caption: ..., credit: ...}
tags: []  # topics, e.g. [syria, diplomacy]
draft: true  # delete this line to publish the explainer
---
"""


def test_new_explainer_writes_every_key_with_a_comment(make_site):
    content = make_site()
    assert new("explainer", "Syria: the talks", content=content) == 0
    written = content / "explainers" / "syria-the-talks.md"
    assert written.read_text(encoding="utf-8") == EXPLAINER_FILE


def test_new_explainer_prints_the_path_and_what_to_do(make_site, capsys):
    content = make_site()
    new("explainer", "Syria: the talks", content=content)
    assert capsys.readouterr() == (
        f"Wrote {content / 'explainers' / 'syria-the-talks.md'} (a draft: write its summary "
        "and text, then delete 'draft: true' to publish it)\n", "")


def test_new_explainer_loads_without_errors_as_a_draft(make_site):
    content = make_site()
    new("explainer", "Syria: the talks", content=content)
    explainer, errors = loaded(load_explainer, content / "explainers" / "syria-the-talks.md")
    assert errors == []
    assert (explainer.title, explainer.date, explainer.draft) == (
        "Syria: the talks", TODAY, True)
    assert (explainer.source, explainer.byline, explainer.tags) == (None, (), ())


def test_site_still_builds_with_a_new_explainer_left_out_as_a_draft(make_site):
    content = make_site()
    new("explainer", "Syria: the talks", content=content)
    result = build_files(SiteSpec(content))
    assert result.ok and "explainers/syria-the-talks/index.html" not in result.files


def test_new_explainer_is_shown_with_drafts(make_site):
    content = make_site()
    new("explainer", "Syria: the talks", content=content)
    result = build_files(SiteSpec(content, drafts=True))
    assert result.ok and "explainers/syria-the-talks/index.html" in result.files


def test_new_explainer_publishes_once_written_and_draft_is_deleted(make_site):
    content = make_site()
    new("explainer", "Syria: the talks", content=content)
    path = content / "explainers" / "syria-the-talks.md"
    text = path.read_text(encoding="utf-8").replace(
        "draft: true  # delete this line to publish the explainer\n", "").replace(
        "TODO: the standfirst, one or two sentences", "The talks, in one line.")
    path.write_text(text + "The talks went on.\n", encoding="utf-8")
    result = build_files(SiteSpec(content))
    assert result.ok and "explainers/syria-the-talks/index.html" in result.files


def test_new_explainer_with_only_draft_deleted_is_refused_at_its_placeholders(make_site):
    content = make_site()
    new("explainer", "Syria: the talks", content=content)
    path = content / "explainers" / "syria-the-talks.md"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "draft: true  # delete this line to publish the explainer\n", ""), encoding="utf-8")
    assert [d.format() for d in build_files(SiteSpec(content)).diagnostics.errors] == [
        f"{path}:5:10: error: the summary is still a placeholder: "
        '"TODO: the standfirst, one or two sentences"\n'
        "  hint: write it, or keep 'draft: true' in the front matter until it is ready "
        "(drafts are not published)",
        f"{path}:13:1: error: the explainer has no text: nothing follows its front matter\n"
        "  hint: write the explainer in Markdown below the closing '---', or keep "
        "'draft: true' until it is ready (drafts are not published)",
    ]


def test_new_term_leaves_only_the_definition_and_source_to_write(make_site):
    content = make_site()
    assert new("term", "River Council", content=content) == 0
    _, errors = loaded(load_term, content / "glossary" / "river-council.md")
    assert errors == [
        "4:9: error: 'summary' is empty\n  hint: add one or two sentences for the glossary box",
        "8:11: error: 'sources[1].title' is empty\n"
        "  hint: name the page or book you cite: title: Arab League",
        "9:9: error: 'sources[1].url' is empty\n  hint: give its web address: url: https://..."]


def test_new_term_prints_the_path_and_what_to_do(make_site, capsys):
    content = make_site()
    new("term", "River Council", content=content)
    assert capsys.readouterr().out == (
        f"Wrote {content / 'glossary' / 'river-council.md'} (write its summary and a source: "
        "the build refuses the term until then)\n")


def test_new_term_once_filled_in_loads_and_builds(make_site):
    content = make_site()
    new("term", "River Council", content=content)
    path = content / "glossary" / "river-council.md"
    text = path.read_text(encoding="utf-8")
    for blank, value in (("summary:", "summary: A council."), ("- title:", "- title: T"),
                         ("  url:", "  url: https://example.org/")):
        text = text.replace(blank, value, 1)
    path.write_text(text, encoding="utf-8")
    term, errors = loaded(load_term, path)
    assert errors == [] and (term.name, term.as_of, term.kind) == ("River Council", TODAY,
                                                                   "concept")
    assert build_files(SiteSpec(content)).ok


def test_import_new_terms_writes_the_same_term_file(make_site):
    content = make_site()
    article = ImportedArticle(title="T", paragraphs=("The River Council met.",))
    [path] = scaffold_terms(article, content, "River Council")
    assert path.read_text(encoding="utf-8") == term_file("River Council", dt.date.today())


def test_refuses_to_overwrite_an_explainer(make_site, capsys):
    content = make_site()
    path = content / "explainers" / "test.md"
    before = path.read_text(encoding="utf-8")
    assert new("explainer", "Test", content=content) == 1
    assert capsys.readouterr() == ("", (
        f"{path}: error: the explainer 'test' exists; nothing was written\n"
        "  hint: edit that file, or give another title or --slug ('new' never overwrites "
        "a file)\n"))
    assert path.read_text(encoding="utf-8") == before


def test_refuses_to_overwrite_a_term(make_site, capsys):
    content = make_site()
    assert new("term", "Arab League", content=content) == 1
    assert capsys.readouterr().err == (
        f"{content / 'glossary' / 'arab-league.md'}: error: the term 'arab-league' exists; "
        "nothing was written\n  hint: edit that file, or give another name or --slug ('new' "
        "never overwrites a file)\n")


def test_refuses_a_slug_another_file_has_in_a_subfolder(make_site, capsys):
    content = make_site({"explainers/2023/syria.md": "---\ntitle: A\n---\n"})
    assert new("explainer", "Syria", content=content) == 1
    assert capsys.readouterr().err.startswith(
        f"{content / 'explainers' / '2023' / 'syria.md'}: error: the explainer 'syria' exists")
    assert not (content / "explainers" / "syria.md").exists()


@pytest.mark.parametrize(("title", "slug"), [
    ("Syria: the talks", "syria-the-talks"),
    ("Café Society’s Ball", "cafe-societys-ball"),
    ("Syrie : les négociations à Genève", "syrie-les-negociations-a-geneve"),
    ("Ümit Özdağ", "umit-ozdag"),
    ("UN Security Council Resolution 2254", "un-security-council-resolution-2254"),
])
def test_slug_comes_from_the_title_and_the_title_is_kept(make_site, title, slug):
    content = make_site()
    assert new("explainer", title, content=content) == 0
    explainer, errors = loaded(load_explainer, content / "explainers" / f"{slug}.md")
    assert errors == [] and explainer.title == title


def test_date_is_today(make_site):
    content = make_site()
    new("term", "River Council", content=content)
    text = (content / "glossary" / "river-council.md").read_text(encoding="utf-8")
    assert "\nas_of: 2024-03-09  # the date you checked the facts\n" in text


def test_spaces_in_the_title_are_tidied(make_site):
    content = make_site()
    new("term", "  River \n Council ", content=content)
    text = (content / "glossary" / "river-council.md").read_text(encoding="utf-8")
    assert text.startswith('---\nterm: "River Council"\n')


def test_title_without_latin_letters_needs_a_slug(make_site, capsys):
    content = make_site()
    assert new("term", "Сирия", content=content) == 1
    assert capsys.readouterr().err == (
        'error: cannot make a file name from "Сирия": it has no Latin letters or digits; '
        "nothing was written\n  hint: give the file name with --slug, e.g. --slug "
        "syria-talks\n")
    assert not (content / "glossary" / ".md").exists()


def test_slug_option_names_the_file(make_site):
    content = make_site()
    assert new("term", "Сирия", "--slug", "syria", content=content) == 0
    term, _ = loaded(load_term, content / "glossary" / "syria.md")
    assert term is None  # no definition yet; the name is kept as written
    assert "term: \"Сирия\"\n" in (content / "glossary" / "syria.md").read_text("utf-8")


def test_invalid_slug_option_is_refused(make_site, capsys):
    content = make_site()
    assert new("explainer", "Syria", "--slug", "Syria Talks", content=content) == 1
    assert capsys.readouterr().err == (
        "error: 'Syria Talks' is not a valid slug; nothing was written\n"
        "  hint: use lowercase letters, digits and single hyphens, e.g. --slug syria-talks\n")


def test_empty_title_is_refused(make_site, capsys):
    content = make_site()
    assert new("explainer", "   ", content=content) == 1
    assert capsys.readouterr().err == (
        "error: the explainer's title is empty; nothing was written\n")


def test_refuses_a_folder_that_is_not_a_site(tmp_path, capsys):
    assert new("explainer", "Syria", content=tmp_path / "nowhere") == 1
    assert capsys.readouterr().err == (
        f"{tmp_path / 'nowhere'}: error: not a site folder (it has no site.yml); nothing was "
        "written\n  hint: run this in the project folder, or pass --content DIR\n")
    assert not (tmp_path / "nowhere").exists()


def test_kind_must_be_explainer_or_term(make_site, capsys):
    with pytest.raises(SystemExit):
        new("article", "Syria", content=make_site())
    assert "invalid choice: 'article' (choose from 'explainer', 'term')" in (
        capsys.readouterr().err)


# --- arguments the system could not decode, names the build refuses ------------------------


def files_of(content: Path) -> list[str]:
    return sorted(p.relative_to(content).as_posix() for p in content.rglob("*.md"))


def test_a_file_that_cannot_be_encoded_is_never_left_behind(make_site):
    content = make_site()
    with pytest.raises(UnicodeEncodeError):  # (the command line refuses such a title first)
        new("explainer", "\udcffabc", content=content)
    assert not (content / "explainers" / "abc.md").exists()


def test_a_file_that_appears_meanwhile_is_not_replaced(make_site, capsys, monkeypatch):
    content = make_site()
    target = content / "explainers" / "syria.md"
    monkeypatch.setattr("explainer.content.scaffold._refusal", lambda args, title: None)
    target.write_text("the editor's", encoding="utf-8")
    assert new("explainer", "Syria", content=content) == 1
    assert capsys.readouterr().err == (
        f"{target}: error: cannot write {target}: the file exists; nothing was written\n")
    assert target.read_text(encoding="utf-8") == "the editor's"


@pytest.mark.parametrize("slug", ["con", "com1", "lpt9", "aux", "nul", "prn"])
def test_a_slug_windows_reserves_is_refused_with_the_builds_words(make_site, capsys, slug):
    content = make_site()
    assert new("explainer", slug.upper(), content=content) == 1
    path = content / "explainers" / f"{slug}.md"
    assert capsys.readouterr().err == (
        f"{path}: error: the file name '{slug}.md' is reserved on Windows: a page named "
        f"'{slug}' cannot be saved there; nothing was written\n"
        f"  hint: give another file name with --slug, e.g. --slug {slug}-explainer\n")
    assert not path.exists()


def test_a_reserved_slug_option_is_refused(make_site, capsys):
    content = make_site()
    assert new("term", "Console", "--slug", "con", content=content) == 1
    assert capsys.readouterr().err.startswith(
        f"{content / 'glossary' / 'con.md'}: error: the file name 'con.md' is reserved on ")


def test_a_term_name_of_one_character_is_refused_with_the_builds_words(make_site, capsys):
    content = make_site()
    assert new("term", "A", content=content) == 1
    assert capsys.readouterr().err == (
        f"{content / 'glossary' / 'a.md'}: error: the term name 'A' is one character long; "
        "nothing was written\n  hint: a name needs two characters or more, one of them a "
        "letter or digit: a shorter one would match almost anywhere in the text\n")
    assert not (content / "glossary" / "a.md").exists()


def test_through_the_command_line_an_undecodable_title_leaves_no_file(make_site, capsys):
    content = make_site()
    before = files_of(content)
    assert main(["new", "explainer", "\udcffabc", "--content", str(content)]) == 2
    assert "'\\xffabc' is not valid UTF-8 text" in capsys.readouterr().err
    assert files_of(content) == before
