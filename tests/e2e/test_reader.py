"""The reader's experience in Chromium: every width from phone to desktop, print, page weight,
and right-to-left and mixed-script pages (on a small site the tests write themselves)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build
from tests.conftest import EXPLAINER as TEST_EXPLAINER
from tests.e2e.conftest import DEFAULT_TIMEOUT_MS, serve
from tests.e2e.test_browser import EXPLAINER, open_site_page

WIDTHS = [320, 375, 768, 1024, 1099, 1100, 1280, 1440]
FONT_WEIGHT_LIMIT = 120 * 1024  # the page with the fonts it uses
WEIGHT_LIMIT = 60 * 1024
ARABIC = TEST_EXPLAINER.replace("tags: [syria]", "tags: [syria]\nlanguage: ar").replace(
    "title: \"A test explainer\"", "title: \"سوريا والجامعة العربية\"").replace(
    "Syria was suspended from the Arab League in 2011.",
    "علقت الجامعة العربية عضوية سوريا عام 2011، ثم عادت إليها (Arab League) عام 2023.")
MIXED = TEST_EXPLAINER.replace(
    "Syria was suspended from the Arab League in 2011.",
    "Syria was suspended from the Arab League (جامعة الدول العربية) in 2011; "
    'its envoy said <span lang="ar">نحن هنا</span>, "we are here".')
WIDE_IMAGE = ('<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="600">'
              '<rect width="2400" height="600" fill="#888"/></svg>')


@pytest.fixture(scope="module")
def written_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A site with an Arabic explainer, an English one quoting Arabic, and a wide picture."""
    from tests.conftest import SITE_YML, TERM_ARAB_LEAGUE, write_files
    root = tmp_path_factory.mktemp("reader")
    pictured = MIXED.replace("tags: [syria]", "tags: [syria]\n"
                             "image: {src: media/wide.svg, alt: A wide grey band}")
    write_files(root / "content", {
        "site.yml": SITE_YML, "glossary/arab-league.md": TERM_ARAB_LEAGUE,
        "explainers/arabic.md": ARABIC, "explainers/mixed.md": pictured,
        "media/wide.svg": WIDE_IMAGE})
    result = build(SiteSpec(root / "content"), root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics]
    yield from serve(root / "site")


@pytest.fixture
def tab(browser: Any) -> Iterator[Callable[..., Any]]:
    contexts: list[Any] = []

    def make(url: str, width: int = 1280, **options: Any) -> Any:
        context = browser.new_context(viewport={"width": width, "height": 900}, **options)
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        page.goto(url)
        return page

    yield make
    for context in contexts:
        context.close()


def overflow(page: Any) -> dict:
    return page.evaluate("""() => {
        const root = document.documentElement;
        const wide = [...document.querySelectorAll('body *')]
            .filter(el => el.getBoundingClientRect().right > root.clientWidth + 0.5
                          || el.getBoundingClientRect().left < -0.5)
            .slice(0, 5).map(el => `${el.tagName.toLowerCase()}.${el.className}`);
        return {scroll: root.scrollWidth, client: root.clientWidth, wide};
    }""")


# --- widths -----------------------------------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS, ids=lambda w: f"{w}px")
def test_the_explainer_never_scrolls_sideways(new_page: Any, width: int) -> None:
    sizes = overflow(open_site_page(new_page, EXPLAINER, width=width))
    assert sizes["scroll"] <= sizes["client"], sizes


@pytest.mark.parametrize("width", [320, 1440], ids=lambda w: f"{w}px")
def test_a_wide_picture_scales_to_the_page(tab: Any, written_site: str, width: int) -> None:
    page = tab(written_site + "explainers/mixed/", width=width)
    picture = page.locator(".lead-image img").bounding_box()
    assert picture is not None and picture["width"] <= width
    sizes = overflow(page)
    assert sizes["scroll"] <= sizes["client"], sizes


@pytest.mark.parametrize(("width", "beside"), [(1023, False), (1024, True)])
def test_boxes_move_into_the_margin_from_1024px(new_page: Any, width: int, beside: bool) -> None:
    page = open_site_page(new_page, EXPLAINER, width=width)
    box = page.locator("aside.gloss-box#gloss-arab-league").bounding_box()
    paragraph = page.locator(".gloss-row > p:has(a.gloss-term[aria-describedby="
                             "'gloss-arab-league-summary'])").bounding_box()
    assert box is not None and paragraph is not None
    assert (box["x"] >= paragraph["x"] + paragraph["width"] - 1) is beside


# --- print, weight ------------------------------------------------------------------------


def test_print_shows_the_boxes_as_notes_and_no_navigation(new_page: Any) -> None:
    page = open_site_page(new_page, EXPLAINER)
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".site-footer").is_visible()
    assert page.locator("aside.gloss-box#gloss-arab-league").is_visible()
    assert page.locator(".gloss-toggle").count() == 0 or not page.locator(
        ".gloss-toggle").is_visible()


def test_an_explainer_weighs_at_most_60_kb(new_page: Any) -> None:
    page = new_page()
    sizes: dict[str, int] = {}
    page.on("response", lambda r: sizes.__setitem__(r.url, len(r.body())))
    page.goto(EXPLAINER, wait_until="networkidle")
    counted = {url: size for url, size in sizes.items()
               if url.split("?")[0].endswith((".html", ".css", ".js", "/"))}
    total = sum(counted.values())
    assert total <= WEIGHT_LIMIT, f"{total:,} bytes: {counted}"
    assert any(url.endswith(".css") for url in counted), "the stylesheet was not counted"


def test_an_explainer_with_its_fonts_weighs_at_most_120_kb(new_page: Any) -> None:
    page = new_page()
    sizes: dict[str, int] = {}
    page.on("response", lambda r: sizes.__setitem__(r.url, len(r.body())))
    page.goto(EXPLAINER, wait_until="networkidle")
    page.evaluate("document.fonts.ready.then(() => document.fonts.size)")
    fonts = [url for url in sizes if url.endswith(".woff2")]
    total = sum(sizes.values())
    assert fonts, "no font was loaded"
    assert total <= FONT_WEIGHT_LIMIT, f"{total:,} bytes: {sizes}"


# --- right to left and mixed scripts ------------------------------------------------------


def test_an_arabic_explainer_reads_right_to_left(tab: Any, written_site: str) -> None:
    page = tab(written_site + "explainers/arabic/")
    article = page.locator("article.explainer")
    assert (article.get_attribute("lang"), article.get_attribute("dir")) == ("ar", "rtl")
    assert article.evaluate("el => getComputedStyle(el).direction") == "rtl"
    gaps = page.get_by_role("heading", level=1).evaluate("""h => {
        const range = document.createRange();
        range.selectNodeContents(h);
        const text = range.getBoundingClientRect(), box = h.getBoundingClientRect();
        return {start: box.right - text.right, end: text.left - box.left};
    }""")
    assert gaps["start"] < 2 < gaps["end"], f"the title is not set from the right: {gaps}"


def test_an_arabic_explainer_has_its_boxes_in_the_left_margin(tab: Any, written_site: str):
    page = tab(written_site + "explainers/arabic/", width=1280)
    box = page.locator("aside.gloss-box").first.bounding_box()
    paragraph = page.locator(".gloss-row > p").first.bounding_box()
    assert box is not None and paragraph is not None
    assert box["x"] + box["width"] <= paragraph["x"] + 1, (box, paragraph)


def test_an_arabic_name_in_english_keeps_its_language_and_direction(tab: Any,
                                                                     written_site: str) -> None:
    page = tab(written_site + "explainers/mixed/")
    name = page.locator("bdi", has_text="جامعة الدول العربية")
    assert (name.get_attribute("lang"), name.get_attribute("dir")) == ("ar", "rtl")
    assert name.evaluate("el => getComputedStyle(el).direction") == "rtl"
    quoted = page.locator('span[lang="ar"]')
    assert quoted.get_attribute("dir") == "rtl" and quoted.inner_text() == "نحن هنا"
    article = page.locator("article.explainer")
    assert article.evaluate("el => getComputedStyle(el).direction") == "ltr"


def test_the_site_chrome_stays_left_to_right_around_an_arabic_explainer(
        tab: Any, written_site: str) -> None:
    page = tab(written_site + "explainers/arabic/")
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.locator(".site-nav").evaluate("el => getComputedStyle(el).direction") == "ltr"




# --- screen readers -----------------------------------------------------------------------


def test_a_mention_is_described_by_its_definition_and_its_box_is_named(new_page: Any) -> None:
    from playwright.sync_api import expect
    page = open_site_page(new_page, EXPLAINER)
    mention = page.locator("a.gloss-term[data-term='arab-league']")
    expect(mention).to_have_accessible_description(re.compile(
        r"^A regional organisation of 22 Arab states"))
    expect(page.locator("aside#gloss-arab-league")).to_have_accessible_name("Arab League")
    expect(page.get_by_role("complementary", name="Arab League")).to_have_count(1)


# --- keyboard -----------------------------------------------------------------------------


def test_tab_reaches_every_mention_with_a_visible_focus(new_page: Any) -> None:
    page = open_site_page(new_page, EXPLAINER)
    selector = "article a.gloss-term, article a.gloss-later"
    mentions = page.locator(selector).count()
    assert mentions > 10
    seen: dict[int, dict] = {}
    for _ in range(mentions + 60):
        page.keyboard.press("Tab")
        focused = page.evaluate("""selector => {
            const el = document.activeElement, s = getComputedStyle(el);
            return {index: [...document.querySelectorAll(selector)].indexOf(el),
                    term: el.getAttribute('data-term'), outline: s.outlineStyle,
                    width: s.outlineWidth};
        }""", selector)
        if focused["index"] >= 0:
            seen[focused["index"]] = focused
        if len(seen) == mentions:
            break
    assert len(seen) == mentions, f"Tab reached {len(seen)} of {mentions} mentions"
    hidden = [f["term"] for f in seen.values() if f["outline"] == "none" or f["width"] == "0px"]
    assert not hidden, f"mentions focused without a visible outline: {hidden}"


def test_hidden_boxes_leave_one_text_width(new_page: Any) -> None:
    page = open_site_page(new_page, EXPLAINER, width=1280)
    page.get_by_role("button", name="Glossary notes").click()
    widths = page.eval_on_selector_all(
        ".explainer-body > p, .explainer-body > .gloss-row > p",
        "els => [...new Set(els.map(e => Math.round(e.getBoundingClientRect().width)))]")
    assert len(widths) == 1, f"paragraph widths with the boxes hidden: {widths}"
