"""Related explainers (by shared glossary terms, rare ones weighing more) and key players."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from explainer.content.model import Explainer, Term, TermSource
from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build_files
from explainer.site.pages import ExplainerPage, TermPage
from explainer.site.players import key_players, role_of
from explainer.site.related import related_explainers, term_related_explainers


def term(slug: str, kind: str = "concept", summary: str = "About it.",
         related: tuple[str, ...] = ()) -> Term:
    return Term(slug=slug, path=Path(f"{slug}.md"), name=slug.title(), summary=summary,
                kind=kind, as_of=dt.date(2026, 1, 1),
                sources=(TermSource("Source", "https://example.org/"),), body="", body_line=1,
                related=related)


def page(slug: str, *terms: Term, day: int = 1) -> ExplainerPage:
    explainer = Explainer(slug=slug, path=Path(f"{slug}.md"), title=slug.title(),
                          summary="Summary.", date=dt.date(2023, 5, day), body="", body_line=1)
    return ExplainerPage(explainer, f"explainers/{slug}/", "", terms, (), {})


RARE, COMMON = term("rare"), term("common")


def newest_first(*pages: ExplainerPage) -> list[ExplainerPage]:
    """The site's order of explainers."""
    return sorted(pages, key=lambda p: (-p.explainer.date.toordinal(), p.explainer.title))


def slugs(found) -> list[str]:
    return [r.page.explainer.slug for r in found]


def test_a_rare_shared_term_beats_a_common_one() -> None:
    pages = newest_first(
        page("a", RARE, COMMON), page("b", RARE), page("c", COMMON, day=9),
        page("d", COMMON), page("e", COMMON))
    assert slugs(related_explainers(pages)["explainers/a/"])[:2] == ["b", "c"]


def test_more_shared_terms_beat_fewer() -> None:
    other = term("other")
    pages = newest_first(page("a", RARE, other), page("b", RARE, other), page("c", RARE, day=9))
    assert slugs(related_explainers(pages)["explainers/a/"]) == ["b", "c"]


def test_ties_go_to_the_newest() -> None:
    pages = newest_first(page("a", RARE), page("b", RARE, day=2), page("c", RARE, day=9))
    assert slugs(related_explainers(pages)["explainers/a/"]) == ["c", "b"]


def test_an_explainer_is_not_related_to_itself() -> None:
    pages = newest_first(page("a", RARE), page("b", COMMON))
    assert related_explainers(pages)["explainers/a/"] == ()


def test_at_most_the_limit() -> None:
    pages = newest_first(*(page(f"p{n}", COMMON, day=n) for n in range(1, 9)))
    assert len(related_explainers(pages, limit=4)["explainers/p1/"]) == 4


def test_shared_terms_are_listed_rarest_first() -> None:
    pages = newest_first(page("a", COMMON, RARE), page("b", COMMON, RARE), page("c", COMMON))
    (best, _) = related_explainers(pages)["explainers/a/"]
    assert [t.slug for t in best.shared] == ["rare", "common"]


def test_the_best_are_exact_when_common_terms_are_skipped() -> None:
    """An explainer sharing several common terms can beat one sharing one rarer term."""
    commons = [term(f"c{n}") for n in range(4)]
    c0, c1, c2, c3 = commons
    fillers = [page("f0", c0, c1, day=10), page("f1", c2, c3, day=11),
               page("f2", c0, c2, day=12)]
    mid = term("mid")
    pages = newest_first(page("a", mid, *commons), page("b", mid), page("c", mid),
                         page("d", *commons, day=2), *fillers)
    assert slugs(related_explainers(pages, limit=1)["explainers/a/"]) == ["d"]


def test_term_page_lists_explainers_of_related_terms_that_do_not_mention_it() -> None:
    assad = term("assad", related=("league",))
    league = term("league")
    pages = newest_first(page("a", assad, league), page("b", league), page("c", RARE))
    term_pages = [TermPage(assad, "glossary/assad/", "", (league,), ())]
    assert slugs(term_related_explainers(pages, term_pages)["glossary/assad/"]) == ["b"]


def test_key_players_are_people_and_organisations_in_order_of_mention() -> None:
    found = key_players(page("a", term("deraa", "place"), term("league", "organisation"),
                             term("assad", "person"), term("act", "document")))
    assert [p.term.slug for p in found] == ["league", "assad"]


def test_role_is_the_first_sentence() -> None:
    assert role_of("A regional organisation of Arab states. Founded in 1945.") == (
        "A regional organisation of Arab states")


def test_a_long_role_is_cut_at_its_first_clause() -> None:
    assert role_of("President of Syria from July 2000, when he succeeded his father, until "
                   "8 December 2024.") == "President of Syria from July 2000"


def test_role_keeps_abbreviations() -> None:
    assert role_of("The U.S. Congress. It passed.") == "The U.S. Congress"


PLAYERS = {
    "glossary/assad.md": """\
        ---
        term: Bashar al-Assad
        summary: President of Syria from 2000 to 2024.
        kind: person
        as_of: 2026-11-28
        sources:
          - {title: Assad, url: "https://example.org/assad"}
        ---
        Bashar al-Assad led Syria.
        """,
    "explainers/test.md": """\
        ---
        title: "A test explainer"
        summary: "What happened, in one line."
        date: 2023-05-05
        key_players: true
        ---
        Bashar al-Assad was suspended from the Arab League in 2011.
        """,
}


def test_key_players_strip_on_the_page(make_site) -> None:
    result = build_files(SiteSpec(make_site(PLAYERS)))
    html = result.files["explainers/test/index.html"].decode()
    assert (
        '<ul class="key-players-list">\n'
        '<li><a href="../../glossary/assad/index.html">Bashar al-Assad</a> '
        '<span class="player-role">President of Syria from 2000 to 2024</span></li>\n'
        '<li><a href="../../glossary/arab-league/index.html">Arab League</a> '
        '<span class="player-role">A regional organisation of Arab states</span></li>\n'
        "</ul>") in html
    assert html.index('class="key-players"') < html.index('class="explainer-body"')


def test_no_key_players_strip_unless_asked(make_site) -> None:
    files = {**PLAYERS, "explainers/test.md": PLAYERS["explainers/test.md"].replace(
        "key_players: true", "key_players: false")}
    result = build_files(SiteSpec(make_site(files)))
    assert 'class="key-players"' not in result.files["explainers/test/index.html"].decode()


def test_a_ranking_reused_after_an_edit_shows_this_builds_pages_and_terms() -> None:
    first = newest_first(page("a", RARE), page("b", RARE))
    related_explainers(first)
    renamed = dataclasses.replace(first[1].explainer, title="B, retitled")
    newer_rare = dataclasses.replace(RARE, summary="Rewritten.")
    second = [dataclasses.replace(first[0], terms=(newer_rare,)),
              dataclasses.replace(first[1], explainer=renamed, terms=(newer_rare,))]
    found = related_explainers(second)["explainers/a/"]
    assert [r.page.explainer.title for r in found] == ["B, retitled"]
    assert found[0].page is second[1] and found[0].shared[0] is newer_rare


def test_a_changed_term_set_ranks_again() -> None:
    other = term("other")
    related_explainers(newest_first(page("a", RARE), page("b", RARE), page("c", other)))
    again = related_explainers(newest_first(page("a", RARE, other), page("b", RARE),
                                            page("c", other)))
    assert slugs(again["explainers/c/"]) == ["a"]
