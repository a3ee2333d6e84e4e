"""The search page in Chromium: Pagefind's index, at the domain root and under a sub-path."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import DEFAULT_TIMEOUT_MS, serve

SEED_EXPLAINER = "US says it will not normalise relations with Syria’s Assad"
SEED_TERM = "UNSCR 2254"


@pytest.fixture(scope="module")
def project_site(site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The built site served under /repo/, as GitHub Pages serves a project site."""
    root = tmp_path_factory.mktemp("pages")
    shutil.copytree(site_dir, root / "repo")
    for url in serve(root):
        yield url + "repo/"


def search(browser: Any, start: str, query: str) -> Any:
    context = browser.new_context()
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    page = context.new_page()
    page.goto(start + "search/")
    page.get_by_label("Search the explainers and the glossary").fill(query)
    page.locator("#search-status").filter(has_text="for “").wait_for()
    return page


def titles(page: Any) -> list[str]:
    return page.locator(".search-result-title").all_inner_texts()


def test_the_input_is_labelled(new_page: Any) -> None:
    page = new_page()
    page.goto("search/")
    assert page.get_by_role("searchbox", name="Search the explainers and the glossary").count()


def test_resolution_2254_finds_the_explainer_and_the_term(browser: Any, base_url: str) -> None:
    page = search(browser, base_url, "Resolution 2254")
    assert SEED_EXPLAINER in titles(page) and SEED_TERM in titles(page)


def test_search_works_under_a_project_sub_path(browser: Any, project_site: str) -> None:
    page = search(browser, project_site, "Resolution 2254")
    assert SEED_TERM in titles(page)
    page.get_by_role("link", name=SEED_TERM).click()
    page.get_by_role("heading", level=1, name=SEED_TERM).wait_for()
    assert page.url.startswith(project_site + "glossary/unscr-2254/")


def test_a_search_with_no_match_says_so(browser: Any, base_url: str) -> None:
    page = search(browser, base_url, "xylophonequartz")
    assert page.locator("#search-status").inner_text() == "No results for “xylophonequartz”."


def test_words_typed_before_the_index_has_loaded_are_searched(browser: Any, base_url: str) -> None:
    context = browser.new_context()
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    page = context.new_page()
    held: list[Any] = []
    page.route("**/pagefind/pagefind.js", lambda route: held.append(route))  # held back
    page.goto(base_url + "search/")
    page.get_by_label("Search the explainers and the glossary").fill("Resolution 2254")
    for _ in range(100):
        if held:
            break
        page.wait_for_timeout(50)
    assert held, "the page never asked for Pagefind's bundle"
    held[0].continue_()
    page.locator("#search-status").filter(has_text="for “").wait_for()
    assert titles(page), "no results for the words typed before the index loaded"
    context.close()


def test_the_query_is_kept_in_the_address(browser: Any, base_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + "search/?q=Arab%20League")
    page.locator("#search-status").filter(has_text="for “Arab League”").wait_for()
    assert "Arab League" in titles(page)
    context.close()


LABELS = ["Related terms", "Sources", "Facts as of", "Also written", "Key terms", "Topics",
          "Explainers that mention", "Based on reporting", "Glossary ·"]
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}


def excerpts(page: Any) -> list[str]:
    return page.locator(".search-excerpt").all_inner_texts()


@pytest.mark.parametrize("query", ["Resolution 2254", "Ayman Safadi", "Arab League"])
def test_excerpts_hold_no_labels_or_lists(browser: Any, base_url: str, query: str) -> None:
    found = excerpts(search(browser, base_url, query))
    assert found and not [e for e in found if any(label in e for label in LABELS)], found


def test_an_excerpt_ends_a_sentence_or_with_an_ellipsis(browser: Any, base_url: str) -> None:
    found = excerpts(search(browser, base_url, "Assad"))
    assert all(e.endswith(("…", ".", "”", "’", "?", "!")) for e in found), found
    assert any(e.endswith("…") for e in found), found


def test_an_excerpt_cut_at_its_start_begins_with_an_ellipsis(browser: Any, base_url: str) -> None:
    page = search(browser, base_url, "Resolution 2254")
    explainer = page.locator(".search-result").filter(has_text=SEED_EXPLAINER)
    assert explainer.locator(".search-excerpt").inner_text().startswith("…UN Security Council")


def test_an_excerpt_does_not_repeat_the_title(browser: Any, base_url: str) -> None:
    page = search(browser, base_url, "normalise relations")
    assert titles(page)[0] == SEED_EXPLAINER
    assert excerpts(page)[0].startswith("Washington ‘does not support’")


def test_an_excerpt_marks_the_query_words(browser: Any, base_url: str) -> None:
    page = search(browser, base_url, "Caesar")
    marks = page.locator(".search-excerpt mark").all_inner_texts()
    assert marks and all(m.startswith("Caesar") for m in marks), marks


def test_a_result_says_what_kind_of_page_it_is(browser: Any, base_url: str) -> None:
    page = search(browser, base_url, "Resolution 2254")
    kinds = page.locator(".search-result .search-kind").all_inner_texts()
    assert {k.casefold() for k in kinds} == {"explainer", "glossary term"}, kinds


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_results_pass_axe(new_page: Any, axe: Any, scheme: str) -> None:
    page = new_page(color_scheme=scheme)
    page.goto("search/?q=Assad")
    page.locator(".search-excerpt mark").first.wait_for()
    violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]
