"""Errors written for editors: each mistake an editor makes, reported by a whole build as
``path:line:col: error: message`` with a hint that says how to fix it, and every problem of
every file in one run. Each message is asserted exactly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from explainer.core.spec import DEFAULT_THEME, SiteSpec
from explainer.pipeline.builder import build_files

BODY = "Syria was suspended from the Arab League in 2011.\n"


def explainer(front: str = "title: T\nsummary: S\ndate: 2023-05-05\n", body: str = BODY) -> str:
    return f"---\n{front}---\n{body}"


def errors(content: Path, layouts: Path = DEFAULT_THEME) -> list[str]:
    result = build_files(SiteSpec(content, layouts=layouts))
    assert not result.ok
    return [d.format() for d in result.diagnostics.errors]


def test_unquoted_colon_in_a_title(make_site):
    content = make_site({"explainers/test.md": explainer(
        "title: Syria: the talks\nsummary: S\ndate: 2023-05-05\n")})
    assert errors(content) == [
        f"{content / 'explainers/test.md'}:2:13: error: invalid YAML: the value of 'title' "
        "contains ': ', so it must be in quotes\n"
        "  hint: put the whole value in double quotes: title: \"Syria: the talks\""]


def test_tab_in_yaml(make_site):
    content = make_site({"explainers/test.md": explainer(
        "title: T\nsummary: S\ndate: 2023-05-05\nsource:\n\tname: Al Jazeera\n")})
    assert errors(content) == [
        f"{content / 'explainers/test.md'}:6:1: error: invalid YAML: a tab character, where "
        "YAML allows only spaces\n"
        "  hint: replace the tab with spaces; indent nested keys with two spaces"]


def test_missing_closing_fence_is_reported_where_the_body_starts(make_site):
    content = make_site({"explainers/test.md": "---\ntitle: T\nsummary: S\n"
                                               "date: 2023-05-05\n" + BODY})
    assert errors(content) == [
        f"{content / 'explainers/test.md'}:5:1: error: the front matter has no closing '---' "
        "before this line\n"
        "  hint: add a line '---' above this line, after the last front-matter key"]


@pytest.mark.parametrize("written", ["05/05/2023", "2023-5-5", "5 May 2023", "May 5th, 2023",
                                     "2023/05/05"])
def test_wrong_date_format_shows_the_date_written_right(make_site, written):
    content = make_site({"explainers/test.md": explainer(
        f"title: T\nsummary: S\ndate: {written}\n")})
    assert errors(content) == [
        f"{content / 'explainers/test.md'}:4:7: error: 'date' must be a date written "
        f"YYYY-MM-DD, not '{written}'\n  hint: write it YYYY-MM-DD: date: 2023-05-05"]


def test_date_with_day_and_month_unclear_offers_both(make_site):
    content = make_site({"explainers/test.md": explainer(
        "title: T\nsummary: S\ndate: 05/06/2023\n")})
    assert errors(content) == [
        f"{content / 'explainers/test.md'}:4:7: error: 'date' must be a date written "
        "YYYY-MM-DD, not '05/06/2023'\n  hint: write it YYYY-MM-DD: date: 2023-06-05 "
        "(5 June 2023) or date: 2023-05-06 (6 May 2023)"]


def test_date_that_does_not_exist(make_site):
    content = make_site({"explainers/test.md": explainer(
        "title: T\nsummary: S\ndate: 2023-02-30\n")})
    assert errors(content) == [
        f"{content / 'explainers/test.md'}:4:7: error: 'date' is not a real date: "
        "'2023-02-30' (day is out of range for month)\n"
        "  hint: check the month and the day; dates are written YYYY-MM-DD"]


def test_unknown_key_with_did_you_mean_and_no_second_error(make_site):
    content = make_site({"explainers/test.md": explainer(
        "title: T\nsumary: S\ndate: 2023-05-05\n")})
    assert errors(content) == [
        f"{content / 'explainers/test.md'}:3:1: error: unknown key 'sumary'\n"
        "  hint: did you mean 'summary'?"]


def test_list_where_text_belongs(make_site):
    content = make_site({"explainers/test.md": explainer(
        "title: [Syria, the talks]\nsummary: S\ndate: 2023-05-05\n")})
    assert errors(content) == [
        f"{content / 'explainers/test.md'}:2:8: error: 'title' must be text, not a list\n"
        "  hint: write it as text, in double quotes: title: \"Syria, the talks\""]


def test_unknown_term_reference_with_did_you_mean(make_site):
    content = make_site({"explainers/test.md": explainer(
        body="First line.\n\nSee [the league](term:arab-leage) here.\n")})
    assert errors(content) == [
        f"{content / 'explainers/test.md'}:8:17: error: unknown term 'arab-leage' in "
        "[...](term:arab-leage) (did you mean 'arab-league'?)\n"
        "  hint: write [words](term:<slug>) with the slug of a glossary file"]


def test_unknown_term_reference_with_nothing_close(make_site):
    content = make_site({"explainers/test.md": explainer(body="See [x](term:nope).\n")})
    assert errors(content) == [
        f"{content / 'explainers/test.md'}:6:8: error: unknown term 'nope' in [...](term:nope)\n"
        "  hint: write [words](term:<slug>) with the slug of a glossary file"]


def test_duplicate_slug_names_both_files(make_site):
    content = make_site({"explainers/2023/syria.md": explainer(),
                         "explainers/2024/syria.md": explainer()})
    assert errors(content) == [
        f"{content / 'explainers/2024/syria.md'}:1:1: error: duplicate slug 'syria': "
        f"{content / 'explainers/2023/syria.md'} has it too\n"
        "  hint: two files would write the same page: rename one of them"]


def test_missing_required_key(make_site):
    content = make_site({"explainers/test.md": explainer("title: T\ndate: 2023-05-05\n")})
    assert errors(content) == [
        f"{content / 'explainers/test.md'}:2:1: error: missing required key 'summary'\n"
        "  hint: add a line: summary: \"One or two sentences: the standfirst\""]


def test_file_that_is_not_utf8_points_at_the_first_bad_byte(make_site):
    content = make_site({"explainers/test.md": b"---\ntitle: Caf\xe9 talks\nsummary: S\n"
                                               b"date: 2023-05-05\n---\nBody\n"})
    assert errors(content) == [
        f"{content / 'explainers/test.md'}:2:11: error: the file is not UTF-8: byte 0xe9 "
        "cannot be read\n  hint: save the file as UTF-8 in your editor (0xe9 is 'é' in "
        "Windows-1252 or Latin-1, which it was probably saved in)"]


@pytest.fixture
def layouts(tmp_path: Path) -> Path:
    """A copy of the project's layouts to break."""
    folder = (tmp_path / "layouts").resolve()
    shutil.copytree(DEFAULT_THEME, folder)
    return folder


def test_template_syntax_error_names_the_layout_and_line(make_site, layouts):
    (layouts / "explainer.html").write_text(
        '{% extends "base.html" %}\n{% block main %}\n<h1>{{ item.explainer.title }</h1>\n'
        "{% endblock %}\n", encoding="utf-8")
    assert errors(make_site(), layouts) == [
        f"{layouts / 'explainer.html'}:3:1: error: template error: unexpected '}}'"]


def test_template_runtime_error_names_the_layout_and_line(make_site, layouts):
    (layouts / "explainer.html").write_text(
        '{% extends "base.html" %}\n{% block main %}\n\n<p>{{ item.explainer.sumary }}</p>\n'
        "{% endblock %}\n", encoding="utf-8")
    assert errors(make_site(), layouts) == [
        f"{layouts / 'explainer.html'}:4:1: error: template error: UndefinedError: "
        "'explainer.content.model.Explainer object' has no attribute 'sumary'"]


def test_every_problem_of_every_file_in_one_run(make_site):
    """Content files are read and checked one by one, each to its end, and one build reports
    what all of them hold, in the order of the files (and of the lines in each)."""
    content = make_site({
        "site.yml": "title: Site\nbase_ulr: https://example.org/\n",
        "glossary/arab-league.md": "---\nterm: Arab League\nsummary: S\nkind: organization\n"
                                   "as_of: 2026-11-28\nsources: []\n---\nBody\n",
        "explainers/a-colon.md": explainer("title: Syria: the talks\nsummary: S\n"
                                           "date: 2023-05-05\n"),
        "explainers/b-keys.md": explainer("title: [A, B]\ndate: 5/5/2023\ntagz: [syria]\n"),
        "explainers/c-latin1.md": b"---\ntitle: Caf\xe9\n---\n",
        "explainers/d-open.md": "---\ntitle: T\n" + BODY,
        "explainers/e-tab.md": explainer("title: T\nsummary: S\ndate: 2023-05-05\n"
                                         "source:\n\tname: Al Jazeera\n"),
        "explainers/2023/test.md": explainer(),
    })
    c = content
    assert errors(content) == [
        f"{c / 'site.yml'}:2:1: error: unknown key 'base_ulr'\n"
        "  hint: did you mean 'base_url'?",
        f"{c / 'glossary/arab-league.md'}:4:7: error: 'kind' must be one of organisation, "
        "person, event, document, place, concept, not 'organization'\n"
        "  hint: did you mean 'organisation'?",
        f"{c / 'glossary/arab-league.md'}:6:10: error: 'sources' is empty\n"
        "  hint: cite at least one source: sources: [{title: ..., url: https://...}]",
        f"{c / 'explainers/a-colon.md'}:2:13: error: invalid YAML: the value of 'title' "
        "contains ': ', so it must be in quotes\n"
        "  hint: put the whole value in double quotes: title: \"Syria: the talks\"",
        f"{c / 'explainers/b-keys.md'}:2:1: error: missing required key 'summary'\n"
        "  hint: add a line: summary: \"One or two sentences: the standfirst\"",
        f"{c / 'explainers/b-keys.md'}:2:8: error: 'title' must be text, not a list\n"
        "  hint: write it as text, in double quotes: title: \"A, B\"",
        f"{c / 'explainers/b-keys.md'}:3:7: error: 'date' must be a date written "
        "YYYY-MM-DD, not '5/5/2023'\n  hint: write it YYYY-MM-DD: date: 2023-05-05",
        f"{c / 'explainers/b-keys.md'}:4:1: error: unknown key 'tagz'\n"
        "  hint: did you mean 'tags'?",
        f"{c / 'explainers/c-latin1.md'}:2:11: error: the file is not UTF-8: byte 0xe9 "
        "cannot be read\n  hint: save the file as UTF-8 in your editor (0xe9 is 'é' in "
        "Windows-1252 or Latin-1, which it was probably saved in)",
        f"{c / 'explainers/d-open.md'}:3:1: error: the front matter has no closing '---' "
        "before this line\n"
        "  hint: add a line '---' above this line, after the last front-matter key",
        f"{c / 'explainers/e-tab.md'}:6:1: error: invalid YAML: a tab character, where YAML "
        "allows only spaces\n"
        "  hint: replace the tab with spaces; indent nested keys with two spaces",
        f"{c / 'explainers/test.md'}:1:1: error: duplicate slug 'test': "
        f"{c / 'explainers/2023/test.md'} has it too\n"
        "  hint: two files would write the same page: rename one of them",
    ]


def test_references_in_every_explainer_are_reported_in_one_run(make_site):
    """The bodies of every explainer are checked in one run: their problems come together."""
    content = make_site({
        "explainers/one.md": explainer(body="See [it](term:arab-leage).\n"),
        "explainers/two.md": explainer(body="Line.\n\nAnd [this](term:nope) too.\n"),
    })
    assert errors(content) == [
        f"{content / 'explainers/one.md'}:6:9: error: unknown term 'arab-leage' in "
        "[...](term:arab-leage) (did you mean 'arab-league'?)\n"
        "  hint: write [words](term:<slug>) with the slug of a glossary file",
        f"{content / 'explainers/two.md'}:8:11: error: unknown term 'nope' in "
        "[...](term:nope)\n"
        "  hint: write [words](term:<slug>) with the slug of a glossary file",
    ]


def test_references_are_checked_in_the_same_run_as_front_matter(make_site):
    """Bodies are checked as soon as the site settings and the glossary have loaded, even
    when another explainer's front matter is broken."""
    content = make_site({
        "explainers/one.md": explainer("title: T\ndate: 2023-05-05\n"),
        "explainers/two.md": explainer(body="See [x](term:nope).\n"),
    })
    assert errors(content) == [
        f"{content / 'explainers/one.md'}:2:1: error: missing required key 'summary'\n"
        "  hint: add a line: summary: \"One or two sentences: the standfirst\"",
        f"{content / 'explainers/two.md'}:6:8: error: unknown term 'nope' in [...](term:nope)\n"
        "  hint: write [words](term:<slug>) with the slug of a glossary file"]


def test_a_layout_error_is_reported_once_not_once_per_page(make_site, layouts):
    (layouts / "explainer.html").write_text(
        '{% extends "base.html" %}\n{% block main %}\n{{ item.explainer.sumary }}\n'
        "{% endblock %}\n", encoding="utf-8")
    content = make_site({"explainers/second.md": explainer()})
    assert len(errors(content, layouts)) == 1


def test_a_term_with_errors_is_not_also_reported_as_a_missing_related_term(make_site):
    related = ("---\nterm: Syria\nsummary: S\nkind: place\nas_of: 2026-11-28\n"
               "sources: [{title: T, url: 'https://x.org/'}]\nrelated: [arab-league]\n---\nB\n")
    content = make_site({
        "glossary/arab-league.md": "---\nterm: Arab League\nsummary: S\nkind: organization\n"
                                   "as_of: 2026-11-28\nsources: [{title: T, url: 'https://x.org/'}]"
                                   "\n---\nBody\n",
        "glossary/syria.md": related})
    assert errors(content) == [
        f"{content / 'glossary/arab-league.md'}:4:7: error: 'kind' must be one of organisation, "
        "person, event, document, place, concept, not 'organization'\n"
        "  hint: did you mean 'organisation'?"]
