"""The glossary as data: the matcher, shared names, related terms."""

import datetime as dt
from pathlib import Path

from explainer.content.model import Term, TermSource
from explainer.core.diagnostics import Diagnostics
from explainer.glossary.terms import build_glossary


def term(slug, name, aliases=(), related=(), where=None):
    return Term(slug=slug, path=Path(f"glossary/{slug}.md"), name=name, summary="S",
                kind="concept", as_of=dt.date(2026, 1, 1), sources=(TermSource("t", "https://x.org/"),),
                body="", body_line=1, aliases=tuple(aliases), related=tuple(related),
                where=where or {})


def test_matcher_finds_names_left_to_right():
    glossary = build_glossary([term("a", "Arab League"), term("b", "Assad")], Diagnostics())
    found = [(m.start, m.end, m.slug) for m in glossary.finditer("Assad and the Arab League")]
    assert found == [(0, 5, "b"), (14, 25, "a")]


def test_names_that_start_or_end_with_punctuation():
    glossary = build_glossary([term("us", "U.S."), term("r", "(UNSCR) 2254")], Diagnostics())
    found = [m.slug for m in glossary.finditer("The U.S. backs Resolution (UNSCR) 2254.")]
    assert found == ["us", "r"]


def test_a_name_shared_by_two_terms_is_an_error_naming_both_files():
    diags = Diagnostics()
    build_glossary([term("a", "Assad", ["President"], where={"aliases": (3, 10)}),
                    term("b", "Biden", ["president"], where={"aliases": (3, 10)})], diags)
    assert [d.format() for d in diags] == [
        "glossary/b.md:3:10: error: the name 'president' is used by two terms: "
        "this file and glossary/a.md\n"
        "  hint: a name may belong to one term only: remove it from one file"]


def test_unknown_related_term_is_an_error():
    diags = Diagnostics()
    build_glossary([term("a", "Assad", related=["arab-leage"], where={"related": (7, 10)}),
                    term("arab-league", "Arab League")], diags)
    assert [d.format().split("\n")[0] for d in diags] == [
        "glossary/a.md:7:10: error: related term 'arab-leage' does not exist"]


def test_empty_glossary_matches_nothing():
    assert list(build_glossary([], Diagnostics()).finditer("anything")) == []
