"""The glossary's reader-facing behaviour in Chromium: previews, the box switch, the kind filter.

These tests build their own copy of the seed site with ``glossary: {link: all}`` so that later
mentions are links with previews.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build
from tests.e2e.conftest import CONTENT, DEFAULT_TIMEOUT_MS, serve

EXPLAINER = "explainers/us-says-it-will-not-normalise-relations-with-syrias-assad/index.html"
LATER_BLINKEN = "a.gloss-later[data-term='antony-blinken']"


@pytest.fixture(scope="module")
def link_all_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("link-all")
    shutil.copytree(CONTENT, root / "content")
    site_yml = root / "content" / "site.yml"
    site_yml.write_text(site_yml.read_text().replace("link: first", "link: all"))
    result = build(SiteSpec(root / "content"), root / "site")
    assert result.ok, [d.format() for d in result.diagnostics]
    yield from serve(root / "site")


@pytest.fixture
def open_page(browser: Any, link_all_url: str) -> Iterator[Any]:
    contexts: list[Any] = []

    def make(path: str = EXPLAINER, **options: Any) -> Any:
        context = browser.new_context(base_url=link_all_url, **options)
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        page.goto(path)
        return page

    yield make
    for context in contexts:
        context.close()


def preview_text(page: Any) -> str | None:
    return page.evaluate("() => { const p = document.getElementById('gloss-preview');"
                         " return p && !p.hidden ? p.textContent : null; }")


def test_later_mentions_are_links_to_the_term_page(open_page: Any) -> None:
    page = open_page()
    assert page.locator(LATER_BLINKEN).first.get_attribute("href") == (
        "../../glossary/antony-blinken/index.html")


def test_hover_opens_a_preview_with_the_term_and_summary(open_page: Any) -> None:
    page = open_page()
    page.locator(LATER_BLINKEN).first.hover()
    text = preview_text(page)
    assert text is not None and text.startswith("Antony Blinken")
    assert "Secretary of State" in text


def test_keyboard_focus_opens_the_preview_and_escape_closes_it(open_page: Any) -> None:
    page = open_page()
    link = page.locator(LATER_BLINKEN).first
    link.focus()
    assert preview_text(page) is not None
    assert link.get_attribute("aria-describedby") == "gloss-preview"
    page.keyboard.press("Escape")
    assert preview_text(page) is None
    assert link.get_attribute("aria-describedby") is None


def test_tap_opens_the_preview_and_a_second_tap_follows_the_link(open_page: Any) -> None:
    page = open_page(has_touch=True, is_mobile=True, viewport={"width": 375, "height": 800})
    link = page.locator(LATER_BLINKEN).first
    link.tap()
    assert preview_text(page) is not None
    assert page.url.endswith(EXPLAINER)
    link.tap()
    page.wait_for_url("**/glossary/antony-blinken/index.html")


def test_a_tap_preview_near_the_bottom_of_the_screen_opens_above_the_mention(
        open_page: Any) -> None:
    page = open_page(has_touch=True, is_mobile=True, viewport={"width": 375, "height": 700})
    link = page.locator(LATER_BLINKEN).first
    link.evaluate("l => window.scrollBy(0, l.getBoundingClientRect().bottom - innerHeight + 12)")
    link.tap()
    box = page.locator("#gloss-preview").bounding_box()
    mention = link.bounding_box()
    assert box is not None and mention is not None
    assert box["y"] + box["height"] <= mention["y"], f"preview {box} is not above {mention}"
    assert box["y"] >= 0, f"preview {box} is off the top of the screen"


def test_a_tap_preview_closes_when_the_page_scrolls(open_page: Any) -> None:
    page = open_page(has_touch=True, is_mobile=True, viewport={"width": 375, "height": 700})
    link = page.locator(LATER_BLINKEN).first
    link.tap()
    assert preview_text(page) is not None
    page.evaluate("window.scrollBy(0, 200)")
    page.wait_for_function("document.getElementById('gloss-preview').hidden")


def test_hovering_a_first_mention_beside_its_note_highlights_the_note(open_page: Any) -> None:
    page = open_page(viewport={"width": 1280, "height": 900})
    page.locator("a.gloss-term:not(.gloss-later)[data-term='arab-league']").hover()
    assert preview_text(page) is None
    assert "gloss-active" in (page.locator("#gloss-arab-league").get_attribute("class") or "")


def test_a_first_mention_previews_on_a_phone_where_its_note_is_one_line(
        open_page: Any) -> None:
    page = open_page(viewport={"width": 375, "height": 800})
    page.locator("a.gloss-term:not(.gloss-later)[data-term='arab-league']").hover()
    assert (preview_text(page) or "").startswith("Arab League")


def test_preview_never_uses_a_title_attribute(open_page: Any) -> None:
    page = open_page()
    assert page.locator(".explainer-body [title]").count() == 0


def test_without_javascript_later_mentions_are_plain_links(open_page: Any) -> None:
    page = open_page(java_script_enabled=False)
    page.locator(LATER_BLINKEN).first.click()
    page.wait_for_url("**/glossary/antony-blinken/index.html")


def test_switch_hides_the_boxes_and_is_remembered(open_page: Any) -> None:
    page = open_page()
    switch = page.get_by_role("button", name="Glossary notes")
    assert switch.get_attribute("aria-pressed") == "true"
    switch.click()
    assert switch.get_attribute("aria-pressed") == "false"
    assert not page.locator("#gloss-arab-league").is_visible()
    page.reload()
    assert not page.locator("#gloss-arab-league").is_visible()
    page.get_by_role("button", name="Glossary notes").click()
    assert page.locator("#gloss-arab-league").is_visible()


def test_with_boxes_hidden_first_mentions_preview_too(open_page: Any) -> None:
    page = open_page()
    page.get_by_role("button", name="Glossary notes").click()
    page.locator("a.gloss-term[data-term='arab-league']").first.hover()
    assert (preview_text(page) or "").startswith("Arab League")


def test_kind_filter_shows_only_that_kind(open_page: Any) -> None:
    page = open_page("glossary/index.html")
    page.get_by_label("Person").check()
    visible = page.locator(".term-entry:visible")
    kinds = {visible.nth(i).get_attribute("data-kind") for i in range(visible.count())}
    assert kinds == {"person"}
    page.get_by_label("All kinds").check()
    assert page.locator(".term-entry:visible").count() == page.locator(".term-entry").count()


def test_kind_filter_works_without_javascript(open_page: Any) -> None:
    page = open_page("glossary/index.html", java_script_enabled=False)
    page.get_by_label("Document").check()
    assert page.locator(".term-entry:visible").count() == page.locator(
        ".term-entry[data-kind='document']").count()


def test_open_preview_and_switch_pass_axe(open_page: Any, axe: Any) -> None:
    page = open_page()
    page.locator(LATER_BLINKEN).first.focus()
    result = axe.run(page, options={"runOnly": {"type": "tag", "values": [
        "wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
    assert result.violations_count == 0, result.generate_report()


def test_kind_labels_stay_beside_their_buttons_on_a_phone(open_page: Any) -> None:
    page = open_page("glossary/index.html", viewport={"width": 375, "height": 800})
    gaps = page.eval_on_selector_all(".kind-option", """els => els.map(e => {
        const i = e.querySelector('input').getBoundingClientRect();
        const l = e.querySelector('label').getBoundingClientRect();
        return [e.textContent.trim(), Math.abs(i.top + i.bottom - l.top - l.bottom) / 2,
                l.left - i.right];
    })""")
    assert gaps, "no kind filter on the glossary index"
    apart = [g for g in gaps if g[1] > 4 or not 0 <= g[2] < 12]
    assert not apart, f"labels away from their buttons (name, dy, dx): {apart}"
