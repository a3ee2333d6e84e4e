"""The blocks that keep an explainer current, in Chromium: Updates, "What has happened since",
Corrections and a term's Timeline, on a small site the tests write themselves. Each page passes
axe (WCAG 2.0/2.1 A and AA) in light and dark at 360 and 1280 px and the Nu HTML checker, and
shows every block without JavaScript."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build
from tests.conftest import write_files
from tests.e2e.conftest import DEFAULT_TIMEOUT_MS, serve
from tests.e2e.test_browser import AXE_OPTIONS, NARROW, WIDE
from tests.e2e.test_valid_html import describe, vnu

TERM = """\
---
term: Bashar al-Assad
summary: President of Syria from 2000 until his government fell in December 2024.
kind: person
as_of: 2025-12-18
sources:
  - {title: Profile, url: "https://example.org/assad"}
events:
  - date: 2000-07-17
    text: Assad becomes president.
  - date: 2024-12-08
    text: Opposition forces take Damascus and Assad flees to Moscow.
    source: {title: Assad flees, url: "https://example.org/fall", publisher: Example News}
  - date: 2025-11-10
    text: Syria's interim president visits the White House.
  - date: 2025-12-18
    text: The Caesar Act is repealed.
---
Bashar al-Assad led Syria for 24 years.
"""
STORY = """\
---
title: "The US will not normalise relations with Assad"
summary: "Washington says it will not normalise ties after the Arab League readmits Syria."
date: 2023-05-05
since: {{limit: 1}}
updates:
  - date: 2024-12-10
    text: "Assad's government **fell** on 8 December. See [the report](https://example.org/fall)."
    sources: [{{title: Assad flees, url: "https://example.org/fall", publisher: Example News}}]
corrections:
  - date: 2024-01-02
    wrong: "The League was founded in 1946."
    right: "It was founded in 1945."
---
The United States will not normalise relations with Bashar al-Assad, it said.
{placed}
The Arab League voted to readmit Syria on Sunday.
"""
PAGES = {
    "explainer": "explainers/story/index.html",
    "placed": "explainers/placed/index.html",
    "term": "glossary/bashar-al-assad/index.html",
}
BLOCKS = {  # the blocks each page shows, by CSS selector, with text each must hold
    "explainer": {".updates": "Assad's government fell", ".since": "The Caesar Act is repealed.",
                  ".corrections": "It was founded in 1945."},
    "placed": {".explainer-body .updates": "Assad's government fell"},
    "term": {".term-timeline": "Assad becomes president."},
}


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("updates")
    write_files(root / "content", {
        "site.yml": "title: Updates test\n", "glossary/bashar-al-assad.md": TERM,
        "explainers/story.md": STORY.format(placed=""),
        "explainers/placed.md": STORY.format(placed="\n[[updates]]\n")})
    result = build(SiteSpec(root / "content"), root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics if d.severity == "error"]
    return root / "site"


@pytest.fixture(scope="module")
def site_url(site_dir: Path) -> Iterator[str]:
    yield from serve(site_dir)


@pytest.fixture
def tab(browser: Any, site_url: str) -> Iterator[Callable[..., Any]]:
    contexts: list[Any] = []

    def make(path: str, width: int = WIDE, **options: Any) -> Any:
        context = browser.new_context(viewport={"width": width, "height": 900}, **options)
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        response = page.goto(site_url + path)
        assert response is not None and response.status == 200
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.mark.parametrize("width", [NARROW, WIDE], ids=lambda w: f"{w}px")
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_no_wcag_violations(tab: Callable[..., Any], axe: Any, name: str,
                                      scheme: str, width: int) -> None:
    page = tab(PAGES[name], width=width, color_scheme=scheme)
    violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
    details = [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]
    assert not violations, f"{name} ({scheme}, {width}px): {details}"


@pytest.mark.parametrize("name", PAGES)
def test_the_blocks_show_without_javascript(tab: Callable[..., Any], name: str) -> None:
    page = tab(PAGES[name], java_script_enabled=False)
    for selector, text in BLOCKS[name].items():
        block = page.locator(selector)
        assert block.is_visible(), f"{selector} is hidden on {name}"
        assert text in block.inner_text()


@pytest.mark.parametrize("width", [NARROW, WIDE], ids=lambda w: f"{w}px")
def test_the_blocks_fit_the_width(tab: Callable[..., Any], width: int) -> None:
    page = tab(PAGES["explainer"], width=width)
    overflow = page.evaluate("() => document.documentElement.scrollWidth - innerWidth")
    assert overflow <= 0


def test_an_event_links_to_its_place_on_the_timeline(tab: Callable[..., Any]) -> None:
    page = tab(PAGES["explainer"], java_script_enabled=False)
    page.locator(".since-terms a").first.click()
    page.wait_for_url("**/glossary/bashar-al-assad/index.html#event-2025-12-18")
    target = page.locator("#event-2025-12-18")
    assert target.is_visible() and "The Caesar Act is repealed." in target.inner_text()


def test_the_pages_are_valid_html(site_dir: Path) -> None:
    errors = vnu([site_dir / path for path in PAGES.values()])
    assert not errors, describe(errors, {site_dir: "site"})
