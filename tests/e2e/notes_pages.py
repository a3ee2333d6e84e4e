"""What the glossary-notes browser tests share: the two explainers (the seed and
tests/fixtures/packed), the widths, opening a page in a fresh context and letting it settle, and
the reader's switch."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from typing import Any

from tests.e2e.conftest import DEFAULT_TIMEOUT_MS
from tests.e2e.test_browser import EXPLAINER

PACKED = "explainers/veloria-signs-the-northern-compact/index.html"
SITES = ["seed", "packed"]
WIDE = [1100, 1280, 1440]
# (width, JavaScript): every wide width with the script, and 1280 px without it.
VIEWS = [(width, True) for width in WIDE] + [(1280, False)]
VIEW_IDS = [f"{width}px" + ("" if js else "-nojs") for width, js in VIEWS]
PHONE = 375
TOLERANCE = 2.0  # px, for gaps and for "not above"
TOUCH = 1.0  # px: rectangles that share an edge (or a rounding) do not overlap
MAX_PRINT_PAGES = 3

# Fonts loaded and two frames drawn, so that a script that refines positions has run (a page
# without JavaScript draws no animation frame for the test's script: there only the fonts).
SETTLE = """() => document.fonts.ready.then(() => new Promise(
    done => requestAnimationFrame(() => requestAnimationFrame(done))))"""
FONTS = "() => document.fonts.ready.then(() => true)"
WITHOUT_SCRIPT: weakref.WeakSet[Any] = weakref.WeakSet()


def explainer_urls(base_url: str, packed_url: str) -> dict[str, str]:
    """The address of each site's explainer (for a module's ``explainer_url`` fixture)."""
    return {"seed": base_url + EXPLAINER, "packed": packed_url + PACKED}


def _open(browser: Any, contexts: list[Any], url: str, width: int, javascript: bool = True,
          media: str | None = None) -> Any:
    context = browser.new_context(viewport={"width": width, "height": 900},
                                  java_script_enabled=javascript)
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    contexts.append(context)
    page = context.new_page()
    if not javascript:
        WITHOUT_SCRIPT.add(page)
    if media:
        page.emulate_media(media=media)
    response = page.goto(url, wait_until="load")
    assert response is not None and response.status == 200, f"{url}: not HTTP 200"
    settle(page)
    return page


def tabs(browser: Any, explainer_url: dict[str, str]) -> Iterator[Callable[..., Any]]:
    """For a ``tab`` fixture: ``tab("seed", width=375)`` opens the site's explainer in a fresh
    context, closed after the test."""
    contexts: list[Any] = []
    yield lambda site, **options: _open(browser, contexts, explainer_url[site], **options)
    for context in contexts:
        context.close()


def settle(page: Any) -> None:
    page.evaluate(FONTS if page in WITHOUT_SCRIPT else SETTLE)


def set_boxes(page: Any, *, shown: bool) -> None:
    """Show or hide the boxes: with the reader's switch when there is one, else the class."""
    switch = page.locator("button.gloss-toggle")
    if switch.count():
        if (switch.get_attribute("aria-pressed") == "true") != shown:
            switch.click()
    else:
        page.evaluate("shown => document.documentElement.classList.toggle('gloss-hidden', !shown)",
                      shown)
    settle(page)


def worst(problems: list[tuple[float, str]], limit: int = 5) -> str:
    ranked = sorted(problems, reverse=True)
    return f"{len(problems)} found, worst first: " + "; ".join(text for _, text in ranked[:limit])
