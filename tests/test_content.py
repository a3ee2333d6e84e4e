"""Validation of explainers, glossary terms and site.yml: each message asserted exactly."""

import datetime as dt
from pathlib import Path

from explainer.content.loader import load_config, load_explainer, load_term
from explainer.core.diagnostics import Diagnostics


def load(loader, tmp_path: Path, text: str, name: str = "x.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    diags = Diagnostics()
    value = loader(path, diags)
    prefix = f"{path}:"
    return value, [d.format().removeprefix(prefix) for d in diags]


GOOD = "---\ntitle: T\nsummary: S\ndate: 2023-05-05\n---\nBody\n"


def test_valid_explainer_loads_with_its_values(tmp_path):
    explainer, errors = load(load_explainer, tmp_path, GOOD)
    assert errors == []
    assert (explainer.slug, explainer.title, explainer.date) == ("x", "T", dt.date(2023, 5, 5))
    assert explainer.body_line == 6


def test_unknown_key_suggests_the_closest(tmp_path):
    _, errors = load(load_explainer, tmp_path, GOOD.replace("summary: S", "sumary: S"))
    assert errors == ["3:1: error: unknown key 'sumary'\n  hint: did you mean 'summary'?"]


def test_unknown_key_with_nothing_close_lists_the_keys(tmp_path):
    _, errors = load(load_config, tmp_path, "title: S\ncolour: red\n", "site.yml")
    assert errors == ["2:1: error: unknown key 'colour'\n  hint: the keys allowed here are "
                      "title, description, base_url, domain, language, author, embeds, glossary, "
                      "topics, per_page, since"]


def test_missing_key_is_reported_when_no_unknown_key_stands_for_it(tmp_path):
    _, errors = load(load_explainer, tmp_path, GOOD.replace("summary: S\n", ""))
    assert errors == ["2:1: error: missing required key 'summary'\n"
                      "  hint: add a line: summary: \"One or two sentences: the standfirst\""]


def test_wrong_date_format(tmp_path):
    _, errors = load(load_explainer, tmp_path, GOOD.replace("2023-05-05", "5 May 2023"))
    assert errors == ["4:7: error: 'date' must be a date written YYYY-MM-DD, not '5 May 2023'\n"
                      "  hint: write it YYYY-MM-DD: date: 2023-05-05"]


def test_date_with_day_and_month_either_way_round_offers_both(tmp_path):
    _, errors = load(load_explainer, tmp_path, GOOD.replace("2023-05-05", "05/06/2023"))
    assert errors == ["4:7: error: 'date' must be a date written YYYY-MM-DD, not '05/06/2023'\n"
                      "  hint: write it YYYY-MM-DD: date: 2023-06-05 (5 June 2023) "
                      "or date: 2023-05-06 (6 May 2023)"]


def test_date_that_cannot_be_read_shows_the_format(tmp_path):
    _, errors = load(load_explainer, tmp_path, GOOD.replace("2023-05-05", "last week"))
    assert errors == ["4:7: error: 'date' must be a date written YYYY-MM-DD, not 'last week'\n"
                      "  hint: write it YYYY-MM-DD (year, month, day), e.g. date: 2023-05-05"]


def test_date_in_quotes_is_a_date(tmp_path):
    explainer, errors = load(load_explainer, tmp_path, GOOD.replace("2023-05-05",
                                                                    '"2023-05-05"'))
    assert errors == [] and explainer.date == dt.date(2023, 5, 5)


def test_impossible_date(tmp_path):
    _, errors = load(load_explainer, tmp_path, GOOD.replace("2023-05-05", "2023-02-30"))
    assert errors == ["4:7: error: 'date' is not a real date: '2023-02-30' "
                      "(day is out of range for month)\n"
                      "  hint: check the month and the day; dates are written YYYY-MM-DD"]


def test_empty_date_says_how_to_fix_it(tmp_path):
    _, errors = load(load_explainer, tmp_path, GOOD.replace("2023-05-05", ""))
    assert errors == ["4:6: error: 'date' is empty\n"
                      "  hint: add the date the article was first published: date: 2023-05-05"]


def test_list_where_text_belongs(tmp_path):
    _, errors = load(load_explainer, tmp_path, GOOD.replace("title: T", "title: [A, B]"))
    assert errors == ["2:8: error: 'title' must be text, not a list\n"
                      "  hint: write it as text, in double quotes: title: \"A, B\""]


def test_yes_where_text_belongs_is_not_taken_for_true(tmp_path):
    _, errors = load(load_explainer, tmp_path, GOOD.replace("date:", "dateline: No\ndate:"))
    assert errors == ["4:11: error: 'dateline' must be text, not true/false\n"
                      "  hint: write it as text, in double quotes: dateline: \"No\""]


def test_text_where_a_list_belongs(tmp_path):
    _, errors = load(load_explainer, tmp_path, GOOD.replace("date:", "tags: syria\ndate:"))
    assert errors == ["4:7: error: 'tags' must be a list, not text\n"
                      "  hint: write a list in square brackets: tags: [syria]"]


def test_key_written_twice(tmp_path):
    _, errors = load(load_explainer, tmp_path, GOOD.replace("title: T", "title: T\ntitle: U"))
    assert errors[0] == "3:1: error: key 'title' appears twice\n  hint: keep only one of them"


def test_nested_key_errors_name_the_path(tmp_path):
    text = GOOD.replace("date:", "source: {nme: Al Jazeera, url: ftp://x}\ndate:")
    _, errors = load(load_explainer, tmp_path, text)
    assert errors == [
        "4:10: error: unknown key 'source.nme'\n  hint: did you mean 'source.name'?",
        "4:32: error: 'source.url' must be a web address starting with http:// or https://, "
        "not 'ftp://x'",
    ]


def test_all_problems_of_a_file_are_reported_together(tmp_path):
    _, errors = load(load_explainer, tmp_path, "---\ntitel: T\ndraft: maybe\n---\n")
    assert [e.split("\n")[0] for e in errors] == [
        "2:1: error: unknown key 'titel'", "2:1: error: missing required key 'summary'",
        "2:1: error: missing required key 'date'",
        "3:8: error: 'draft' must be true or false, not 'maybe'"]


def test_file_name_must_be_a_slug(tmp_path):
    _, errors = load(load_explainer, tmp_path, GOOD, name="Bad Name.md")
    assert errors == ["1:1: error: the file name 'Bad Name.md' is not a valid slug\n"
                      "  hint: use lowercase letters, digits and single hyphens, "
                      "e.g. arab-league.md"]


TERM = """---
term: Arab League
summary: S
kind: organisation
as_of: 2026-11-28
sources:
  - {title: T, url: "https://example.org/"}
---
Body
"""


def test_valid_term(tmp_path):
    term, errors = load(load_term, tmp_path, TERM, "arab-league.md")
    assert errors == []
    assert term.names == ("Arab League",) and term.sources[0].url == "https://example.org/"


def test_term_kind_outside_the_list(tmp_path):
    _, errors = load(load_term, tmp_path, TERM.replace("organisation", "organization"))
    assert errors == [
        "4:7: error: 'kind' must be one of organisation, person, event, document, place, "
        "concept, not 'organization'\n  hint: did you mean 'organisation'?"]


def test_term_needs_a_source(tmp_path):
    _, errors = load(load_term, tmp_path, TERM.replace(
        "sources:\n  - {title: T, url: \"https://example.org/\"}\n", "sources: []\n"))
    assert errors == ["6:10: error: 'sources' is empty\n  hint: cite at least one source: "
                      "sources: [{title: ..., url: https://...}]"]


def test_site_config_unknown_key(tmp_path):
    _, errors = load(load_config, tmp_path, "title: S\nbase_ulr: https://x.org/\n", "site.yml")
    assert errors == ["2:1: error: unknown key 'base_ulr'\n  hint: did you mean 'base_url'?"]


def test_site_config_glossary_options(tmp_path):
    config, errors = load(load_config, tmp_path, "title: S\nglossary: {link: all, boxes: false}\n",
                          "site.yml")
    assert errors == [] and (config.glossary.link, config.glossary.boxes) == ("all", False)
