"""Glossary checks: unused terms, out-of-date terms, candidate terms, and --strict."""

from __future__ import annotations

import datetime as dt

from explainer.commands.cli import main
from explainer.core.diagnostics import Diagnostics
from explainer.core.spec import SiteSpec
from explainer.glossary.terms import build_glossary
from explainer.site.checks import check_glossary, find_candidates
from explainer.site.gather import gather

UNUSED = """---
term: Caesar Act
summary: S
kind: document
as_of: 2020-01-01
sources: [{title: T, url: "https://example.org/"}]
---
B
"""


def messages(content, today=dt.date(2026, 11, 28)):
    diags = Diagnostics()
    site = gather(SiteSpec(content), diags)
    report = check_glossary(site, today, diags)
    return report, [d.format().removeprefix(f"{d.path}:") for d in diags]


def test_unused_term_is_a_warning(make_site):
    _, found = messages(make_site({"glossary/caesar-act.md": UNUSED}))
    assert "1:1: warning: term 'Caesar Act' is not mentioned in any explainer\n" \
           "  hint: add an alias that the explainers use, or remove the term" in found


def test_out_of_date_term_is_a_warning_at_its_as_of(make_site):
    content = make_site({"glossary/caesar-act.md": UNUSED,
                         "site.yml": "title: T\nglossary: {max_age_days: 365}\n"})
    report, found = messages(content)
    assert report.out_of_date == 1
    assert ("5:8: warning: the facts of 'Caesar Act' were checked 2523 days ago, more than the "
            "365 days site.yml allows\n  hint: check the facts and sources again, then update "
            "as_of") in found


def test_no_age_check_without_a_limit(make_site):
    report, _ = messages(make_site({"glossary/caesar-act.md": UNUSED}))
    assert report.out_of_date == 0


def test_candidate_terms_are_listed_with_where_they_occur(make_site):
    content = make_site({"explainers/test.md": "---\ntitle: T\nsummary: S\ndate: 2023-05-05\n"
                         "---\nThe State Department spoke.\n\nThe UNHCR and the State "
                         "Department.\n"})
    report, found = messages(content)
    assert report.candidates == 2
    assert found[-2:] == [
        "6:5: warning: candidate term 'State Department' has no glossary entry "
        "(2 mentions; also at 8:19)\n"
        "  hint: add it to content/glossary/ if readers need it explained",
        "8:5: warning: candidate term 'UNHCR' has no glossary entry (1 mention)\n"
        "  hint: add it to content/glossary/ if readers need it explained"]


def names(text: str) -> list[str]:
    glossary = build_glossary([], Diagnostics())
    return [c.name for c in find_candidates(text, glossary)]


def test_candidate_resolution_numbers():
    assert names("in line with Resolution 2118 and resolution 12") == ["Resolution 2118"]


def test_candidate_acronyms():
    assert names("the UNHCR, the U.S. and the IAEA; not A or I") == ["UNHCR", "U.S.", "IAEA"]


def test_candidate_multiword_names_drop_sentence_starters_and_possessives():
    assert names("The Security Council met. Prince Faisal bin Farhan’s trip.") == [
        "Security Council", "Prince Faisal bin Farhan"]


def test_single_capitalised_words_are_not_candidates():
    assert names("Washington said Syria must act.") == []


def test_known_terms_are_not_candidates(make_site):
    diags = Diagnostics()
    site = gather(SiteSpec(make_site()), diags)
    assert [c.name for c in find_candidates("The Arab League met.", site.glossary)] == []


def test_glossary_command_prints_a_summary(make_site, capsys):
    assert main(["glossary", "--content", str(make_site({"glossary/caesar-act.md": UNUSED}))]) == 0
    assert capsys.readouterr().out == (
        "Glossary: 2 terms; 1 unused, 0 out of date; 0 candidate terms without an entry.\n")


def test_glossary_command_strict_fails_on_warnings(make_site):
    content = make_site({"glossary/caesar-act.md": UNUSED})
    assert main(["glossary", "--strict", "--content", str(content)]) == 1


def test_build_strict_turns_glossary_warnings_into_errors(make_site, tmp_path, capsys):
    content = make_site({"glossary/caesar-act.md": UNUSED})
    assert main(["--content", str(content), "--output", str(tmp_path / "o")]) == 0
    assert main(["--strict", "--content", str(content), "--output", str(tmp_path / "p")]) == 1
    assert "error: term 'Caesar Act' is not mentioned in any explainer" in capsys.readouterr().err
    assert not (tmp_path / "p").exists()


def test_a_middle_initial_is_part_of_a_name_where_asked():
    glossary = build_glossary([], Diagnostics())
    found = find_candidates("Patrick W. Carlineo Jr. pleaded guilty.", glossary, initials=True)
    assert [c.name for c in found] == ["Patrick W. Carlineo Jr"]


def test_the_glossary_check_does_not_read_initials():  # it cannot tell "Plan B. Officials"
    assert names("He backed Plan B. Officials disagreed.") == []


def test_a_run_of_capitals_longer_than_a_name_is_no_candidate():
    assert names("Aaaa " * 20) == []


def test_a_capital_letter_that_ends_a_sentence_does_not_join_two_names():
    assert names("They chose Plan B. The Security Council met.") == ["Security Council"]
