"""Search ranking in Chromium, on the seed and on a fixture site of two explainers and six terms.

The rules (README, "Search"): an explainer comes first for words of its title or standfirst,
even when a term is named with them; a term comes first for its own name when no explainer has
that name in its title or standfirst; among pages that only mention the words, the explainers
come before the terms.

In the fixture, several terms share words with the explainers' titles and standfirsts ("Arab
League", "Caesar Act", "Qatar", "Damascus"), and the explainers mention two other terms
("Emergency summit", "League of Nations") in their bodies only, so that the rules compete.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build
from tests.e2e.conftest import DEFAULT_TIMEOUT_MS, serve

SITE_YML = "title: Ranking test\nlanguage: en\nglossary:\n  link: first\n  boxes: true\n"

EXPLAINERS = {
    "arab-league-vote": (
        "Why the Arab League let Syria back in",
        "Members voted in Cairo to end a twelve-year suspension, over objections from Qatar.",
        "Foreign ministers of the Arab League met in Cairo and agreed to restore Syria's seat. "
        "The decision followed an emergency summit in Amman and weeks of talks with Damascus.\n\n"
        "The Arab League had suspended Syria in 2011. Qatar said the vote came too early and "
        "that it would not restore ties itself. Diplomats compared the body's slow decisions "
        "with the League of Nations, whose members also found it hard to agree.\n\n"
        "Several governments said the return of Syria was a first step, and that refugees, "
        "drugs and the political process would be discussed at the next meeting.",
    ),
    "caesar-act-sanctions": (
        "How the Caesar Act sanctions squeeze Damascus",
        "A US law from 2019 punishes anyone who deals with the Syrian government; "
        "exemptions cover humanitarian aid.",
        "The Caesar Act lets Washington sanction companies and people in any country that "
        "do business with the government in Damascus. Its first designations came in 2020.\n\n"
        "Aid groups & charities say banks (9 < 10 of them) refuse transfers for fear of the "
        "sanctions, even when a humanitarian exemption applies. Officials in Damascus blame "
        "the law for shortages.\n\n"
        "Supporters of the law say it keeps pressure on a government accused of killing "
        "detainees, and that the exemptions are wide enough.",
    ),
}

TERMS = {
    "arab-league": ("Arab League", "organisation",
                    "A regional organisation of 22 Arab states, founded in 1945 and based in "
                    "Cairo.",
                    "The Arab League is a regional organisation of Arab states. Its council "
                    "of foreign ministers meets in Cairo, and its summits rotate between "
                    "member states. The Arab League suspended Syria in 2011."),
    "caesar-act": ("Caesar Act", "document",
                   "A 2019 US sanctions law on Syria, named after a defector.",
                   "The Caesar Act is a United States law that imposed sanctions on those "
                   "who support the Syrian government. Caesar was the code name of a "
                   "defector who smuggled out photographs of detainees."),
    "qatar": ("Qatar", "place",
              "A Gulf state that opposed Syria's return to the Arab League.",
              "Qatar is a small Gulf state with large gas reserves. Qatar backed the Syrian "
              "opposition from 2011 and opposed restoring ties with Damascus."),
    "damascus": ("Damascus", "place",
                 "The capital of Syria.",
                 "Damascus is the capital and one of the largest cities of Syria. Damascus "
                 "is among the oldest continuously inhabited cities in the world."),
    "emergency-summit": ("Emergency summit", "event",
                         "A meeting of Arab foreign ministers in Amman called at short "
                         "notice in May 2023.",
                         "The emergency summit in Amman brought together the foreign "
                         "ministers of five Arab states and Syria. The summit agreed a "
                         "statement on refugees and the drug trade."),
    "league-of-nations": ("League of Nations", "organisation",
                          "An international organisation founded in 1920, replaced by the "
                          "United Nations in 1946.",
                          "The League of Nations was founded after the First World War to "
                          "keep the peace. The League of Nations lacked an army and lost "
                          "members in the 1930s."),
}

# Queries made of words from an explainer's title or standfirst: that explainer comes first.
EXPLAINER_FIRST = {
    "Arab League": "Why the Arab League let Syria back in",
    "Syria back": "Why the Arab League let Syria back in",
    "twelve-year suspension": "Why the Arab League let Syria back in",
    "Qatar": "Why the Arab League let Syria back in",
    "Caesar Act": "How the Caesar Act sanctions squeeze Damascus",
    "Damascus": "How the Caesar Act sanctions squeeze Damascus",
    "sanctions": "How the Caesar Act sanctions squeeze Damascus",
    "humanitarian aid": "How the Caesar Act sanctions squeeze Damascus",
}
# A term's own name, in no explainer's title or standfirst: the term comes first.
TERM_FIRST = {"Emergency summit": "Emergency summit", "League of Nations": "League of Nations"}


def explainer_file(slug: str, title: str, summary: str, body: str) -> str:
    return (f'---\ntitle: "{title}"\nsummary: "{summary}"\ndate: 2024-05-0{len(slug) % 9 + 1}\n'
            f"tags: [syria]\n---\n{body}\n")


def term_file(name: str, kind: str, summary: str, body: str) -> str:
    return (f'---\nterm: {name}\nsummary: "{summary}"\nkind: {kind}\nas_of: 2024-05-01\n'
            "sources:\n  - title: Reference\n    publisher: Test\n"
            f"    url: https://example.org/{name.lower().replace(' ', '-')}\n---\n{body}\n")


def write_site(root: Path) -> Path:
    """The fixture's content folder under ``root``."""
    (root / "explainers").mkdir(parents=True)
    (root / "glossary").mkdir()
    (root / "site.yml").write_text(SITE_YML, encoding="utf-8")
    for slug, (title, summary, body) in EXPLAINERS.items():
        text = explainer_file(slug, title, summary, body)
        (root / "explainers" / f"{slug}.md").write_text(text, encoding="utf-8")
    for slug, (name, kind, summary, body) in TERMS.items():
        text = term_file(name, kind, summary, body)
        (root / "glossary" / f"{slug}.md").write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def fixture_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("ranking")
    result = build(SiteSpec(write_site(root / "content")), root / "site")
    assert result.ok, "\n".join(d.format() for d in result.diagnostics)
    yield from serve(root / "site")


def searcher(browser: Any, start: str) -> Iterator[Any]:
    """A search page kept open for the module's queries (one Pagefind load)."""
    context = browser.new_context()
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    page = context.new_page()
    page.goto(start + "search/")
    yield page
    context.close()


@pytest.fixture(scope="module")
def fixture_page(browser: Any, fixture_url: str) -> Iterator[Any]:
    yield from searcher(browser, fixture_url)


@pytest.fixture(scope="module")
def seed_page(browser: Any, base_url: str) -> Iterator[Any]:
    yield from searcher(browser, base_url)


def ranked(page: Any, query: str) -> list[str]:
    """The result titles for ``query``, best first."""
    page.get_by_label("Search the explainers and the glossary").fill(query)
    page.locator("#search-status").filter(has_text=f"for “{query}”").wait_for()
    return page.locator(".search-result-title").all_inner_texts()


@pytest.mark.parametrize(("query", "explainer"), EXPLAINER_FIRST.items())
def test_an_explainer_ranks_first_for_words_of_its_title_or_standfirst(
        fixture_page: Any, query: str, explainer: str) -> None:
    titles = ranked(fixture_page, query)
    assert titles[0] == explainer, titles


@pytest.mark.parametrize(("query", "term"), TERM_FIRST.items())
def test_a_term_ranks_first_for_its_own_name(fixture_page: Any, query: str, term: str) -> None:
    titles = ranked(fixture_page, query)
    assert titles[0] == term, titles


SEED_EXPLAINER = "US says it will not normalise relations with Syria’s Assad"
SEED_QUERIES = ["normalise relations", "State Department", "Bashar al-Assad", "does not support",
                "Washington"]


@pytest.mark.parametrize("query", SEED_QUERIES)
def test_the_seed_explainer_ranks_first_for_its_title_and_standfirst(seed_page: Any,
                                                                     query: str) -> None:
    titles = ranked(seed_page, query)
    assert titles[0] == SEED_EXPLAINER, titles


def test_for_resolution_2254_the_explainer_follows_only_the_term_named_so(seed_page: Any) -> None:
    titles = ranked(seed_page, "Resolution 2254")
    assert titles[:2] == ["UNSCR 2254", SEED_EXPLAINER], titles


def test_an_excerpt_shows_the_page_text_as_text(fixture_page: Any) -> None:
    ranked(fixture_page, "charities")
    excerpt = fixture_page.locator(".search-excerpt").first
    assert "Aid groups & charities say banks (9 < 10 of them)" in excerpt.inner_text()
    assert excerpt.locator("mark").all_inner_texts() == ["charities"]
