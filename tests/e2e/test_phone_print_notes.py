"""Glossary notes on phones, the reader's switch, and print (issue 13), in Chromium on the seed
explainer and on tests/fixtures/packed:

- At 375 px a box is a closed one-line note under its block that opens in place (mouse or
  keyboard) and shows the whole summary and the link to the term page.
- The reader's switch states a state ("Glossary notes", ``aria-pressed``).
- The seed explainer prints on at most 3 A4 pages, the story starting on page 1.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.e2e.conftest import unavailable
from tests.e2e.notes_pages import (
    MAX_PRINT_PAGES,
    PHONE,
    SITES,
    TOUCH,
    explainer_urls,
    settle,
    tabs,
    worst,
)


@pytest.fixture(scope="module")
def explainer_url(base_url: str, packed_url: str) -> dict[str, str]:
    return explainer_urls(base_url, packed_url)


@pytest.fixture
def tab(browser: Any, explainer_url: dict[str, str]) -> Iterator[Callable[..., Any]]:
    yield from tabs(browser, explainer_url)

# --- phones: one-line notes that open in place --------------------------------------------


NOTES = """() => [...document.querySelectorAll(".explainer-body aside.gloss-box")].map(box => {
    const summary = box.querySelector("summary"), details = box.querySelector("details");
    const px = (el, ...names) => names.reduce((sum, n) => sum + parseFloat(
        getComputedStyle(el)[n] || 0), 0);
    const lineHeight = el => {
        const s = getComputedStyle(el);
        return s.lineHeight === "normal" ? 1.2 * parseFloat(s.fontSize) : parseFloat(s.lineHeight);
    };
    const row = box.closest(".gloss-row");
    const block = row && [...row.children].find(c => !c.classList.contains("gloss-boxes"));
    const r = box.getBoundingClientRect();
    return {
        slug: box.id.replace(/^gloss-/, ""), open: details ? details.open : null,
        top: r.top + scrollY, bottom: r.bottom + scrollY, height: r.height,
        summaryHeight: summary ? summary.getBoundingClientRect().height : null,
        lineHeight: summary ? lineHeight(summary) : null,
        chrome: px(box, "paddingTop", "paddingBottom", "borderTopWidth", "borderBottomWidth")
            + (details ? px(details, "paddingTop", "paddingBottom", "borderTopWidth",
                            "borderBottomWidth") : 0),
        blockTop: block ? block.getBoundingClientRect().top + scrollY : null,
        blockBottom: block ? block.getBoundingClientRect().bottom + scrollY : null,
        nextTop: row && row.nextElementSibling
            ? row.nextElementSibling.getBoundingClientRect().top + scrollY : null,
    };
})"""

# Whether the whole summary text of a box is on screen: no ancestor up to the box clips it (an
# ellipsis or a line clamp leaves the text laid out past the clipping box) and it is visible.
SUMMARY_SHOWN = """box => {
    const span = box.querySelector(".gloss-box-summary");
    if (!span || !span.checkVisibility()) return "the summary is not visible";
    const range = document.createRange();
    range.selectNodeContents(span);
    const lines = [...range.getClientRects()].filter(r => r.width > 0.5);
    if (!lines.length) return "the summary has no text on screen";
    for (let el = span; el; el = el.parentElement) {
        const s = getComputedStyle(el);
        if (s.overflowX !== "visible" || s.overflowY !== "visible") {
            const clip = el.getBoundingClientRect();
            const cut = lines.find(r => r.right > clip.right + 1 || r.bottom > clip.bottom + 1
                                   || r.left < clip.left - 1 || r.top < clip.top - 1);
            if (cut) return `the summary is clipped by ${el.tagName.toLowerCase()}.${
                el.className} (${Math.round(cut.right - clip.right)} px beyond on the right, ${
                Math.round(cut.bottom - clip.bottom)} px below)`;
        }
        if (el === box) break;
    }
    const width = document.documentElement.clientWidth;
    const off = lines.find(r => r.right > width + 1 || r.left < -1);
    return off ? `the summary runs off the screen (${Math.round(off.right)} px)` : "";
}"""


@pytest.mark.parametrize("site", SITES)
def test_phone_notes_are_closed_and_one_line_tall(tab: Any, site: str) -> None:
    notes = tab(site, width=PHONE).evaluate(NOTES)
    assert notes, "no glossary notes"
    problems = []
    for note in notes:
        if note["open"] is not False:
            problems.append((1e6, f"{note['slug']} is not a closed <details> ({note['open']})"))
            continue
        line = note["lineHeight"]
        inner = note["height"] - note["chrome"]
        if note["summaryHeight"] >= 2 * line or inner >= 2 * line:
            problems.append((inner, f"{note['slug']}: summary {note['summaryHeight']:.1f} px, "
                             f"note {note['height']:.1f} px ({inner:.1f} px inside its padding "
                             f"and border) for a {line:.1f} px line"))
    assert not problems, "notes taller than one line: " + worst(problems)


@pytest.mark.parametrize("site", SITES)
def test_phone_notes_sit_under_their_block(tab: Any, site: str) -> None:
    notes = tab(site, width=PHONE).evaluate(NOTES)
    problems = [(note["blockBottom"] - note["top"],
                 f"{note['slug']} starts at {note['top']:.1f} px, its block ends at "
                 f"{note['blockBottom']:.1f} px")
                for note in notes if note["top"] < note["blockBottom"] - TOUCH]
    assert not problems, "notes that are not under their block: " + worst(problems)


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize("site", SITES)
def test_phone_note_opens_in_place_with_its_summary_and_term_link(tab: Any, site: str,
                                                                  javascript: bool) -> None:
    page = tab(site, width=PHONE, javascript=javascript)
    boxes = page.locator(".explainer-body aside.gloss-box")
    problems = []
    for index in range(boxes.count()):
        box = boxes.nth(index)
        slug = (box.get_attribute("id") or "").removeprefix("gloss-")
        link = box.locator(".gloss-box-meta a[href]")
        if link.is_visible():
            problems.append(f"{slug}: the term link is visible before the note is opened")
        before = {n["slug"]: n for n in page.evaluate(NOTES)}[slug]
        box.locator("summary").click()
        settle(page)
        after = {n["slug"]: n for n in page.evaluate(NOTES)}[slug]
        if after["open"] is not True:
            problems.append(f"{slug}: a click does not open the note")
        if abs(after["top"] - before["top"]) > TOUCH:
            problems.append(f"{slug}: the note moved from {before['top']:.1f} to "
                            f"{after['top']:.1f} px when opened")
        if after["nextTop"] is not None and after["nextTop"] < after["bottom"] - TOUCH:
            problems.append(f"{slug}: the open note ({after['bottom']:.1f} px) runs under the "
                            f"next block ({after['nextTop']:.1f} px)")
        if clipped := box.evaluate(SUMMARY_SHOWN):
            problems.append(f"{slug}: {clipped}")
        if not link.is_visible():
            problems.append(f"{slug}: the term link is not visible in the open note")
    assert not problems, f"{len(problems)} problems: " + "; ".join(problems[:6])


@pytest.mark.parametrize("site", SITES)
def test_phone_note_opens_and_its_link_is_reached_with_the_keyboard(tab: Any,
                                                                    site: str) -> None:
    page = tab(site, width=PHONE)
    first = page.locator(".explainer-body aside.gloss-box").first
    slug = (first.get_attribute("id") or "").removeprefix("gloss-")
    in_first_summary = f"() => document.activeElement?.matches('#gloss-{slug} summary')"
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate(in_first_summary):
            break
    else:
        pytest.fail(f"Tab never reached the summary of the first note ({slug})")
    page.keyboard.press("Enter")
    settle(page)
    assert first.locator("details").evaluate("d => d.open"), f"{slug}: Enter does not open it"
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.outerHTML.slice(0, 120)")
    assert page.evaluate(f"() => document.activeElement?.matches("
                         f"'#gloss-{slug} .gloss-box-meta a[href]')"), (
        f"Tab from the open note's summary goes to {focused}, not to its term link")
    assert first.locator(".gloss-box-meta a[href]").is_visible()


@pytest.mark.parametrize("state", ["closed", "open"])
@pytest.mark.parametrize("site", SITES)
def test_phone_page_never_scrolls_sideways(tab: Any, site: str, state: str) -> None:
    page = tab(site, width=PHONE)
    if state == "open":
        page.evaluate("() => document.querySelectorAll('.gloss-note')"
                      ".forEach(d => { d.open = true; })")
        settle(page)
    sizes = page.evaluate("""() => ({scroll: document.scrollingElement.scrollWidth,
                                     client: document.scrollingElement.clientWidth})""")
    assert sizes["scroll"] <= sizes["client"], (
        f"{state} notes: the page is {sizes['scroll']} px wide in a {sizes['client']} px window")


# --- the reader's switch ------------------------------------------------------------------


@pytest.mark.parametrize("width", [PHONE, 1280], ids=lambda w: f"{w}px")
def test_the_switch_states_glossary_notes_on_or_off(tab: Any, width: int) -> None:
    from playwright.sync_api import expect
    page = tab("seed", width=width)
    switch = page.locator("button.gloss-toggle")
    expect(switch).to_have_count(1)
    expect(switch).to_have_accessible_name(re.compile(r"glossary notes", re.IGNORECASE))
    for pressed in ("true", "false", "true"):
        expect(switch).to_have_attribute("aria-pressed", pressed)
        hidden = page.evaluate("() => document.documentElement.classList.contains('gloss-hidden')")
        assert hidden is (pressed == "false"), f"aria-pressed={pressed} but gloss-hidden={hidden}"
        assert page.locator("aside.gloss-box").first.is_visible() is (pressed == "true")
        name = switch.evaluate("b => b.textContent.trim() + ' ' + (b.getAttribute('aria-label')"
                               " || '')").strip()
        assert not re.match(r"(✓\s*)?(show|hide)\b", name, re.IGNORECASE), (
            f"the switch reads as an action: {name!r}")
        said = re.search(r"\b(on|off)\b", name, re.IGNORECASE)
        assert said is None or (said[1].lower() == "on") is (pressed == "true"), (
            f"the switch says {name!r} while aria-pressed={pressed}")
        switch.click()
        settle(page)


# --- print --------------------------------------------------------------------------------


def pdf_pages(pdf: bytes) -> list[str]:
    """The text of each page of a PDF (with pypdf, from the test extras)."""
    try:
        from pypdf import PdfReader
    except ImportError:
        unavailable("pypdf is not installed", "run `pip install -e '.[test]'`")
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def squeezed(text: str) -> str:
    """Text without spaces, line breaks or ligatures, for comparing a PDF's text with a page's."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).casefold()


def print_pdf(tab: Any, site: str) -> tuple[Any, list[str]]:
    page = tab(site, width=1280, media="print")
    return page, pdf_pages(page.pdf(format="A4"))


def test_the_seed_explainer_prints_on_at_most_3_a4_pages(tab: Any) -> None:
    _, pages = print_pdf(tab, "seed")
    assert len(pages) <= MAX_PRINT_PAGES, (
        f"the seed explainer prints on {len(pages)} A4 pages (at most {MAX_PRINT_PAGES})")


@pytest.mark.parametrize("site", SITES)
def test_print_starts_the_story_on_page_1(tab: Any, site: str) -> None:
    page, pages = print_pdf(tab, site)
    first_block = page.evaluate("""() => {
        const body = document.querySelector(".explainer-body");
        const row = body.firstElementChild;
        const block = row.classList.contains("gloss-row")
            ? [...row.children].find(c => !c.classList.contains("gloss-boxes")) : row;
        return block.textContent;
    }""")
    opening = " ".join(first_block.split()[:6])
    assert squeezed(opening) in squeezed(pages[0]), (
        f"page 1 of {len(pages)} does not hold the story's opening words {opening!r}; "
        f"it starts: {' '.join(pages[0].split()[:40])!r}")


@pytest.mark.parametrize("site", SITES)
def test_printed_notes_are_smaller_than_the_body_text(tab: Any, site: str) -> None:
    page = tab(site, width=1280, media="print")
    sizes = page.evaluate("""() => {
        const size = el => parseFloat(getComputedStyle(el).fontSize);
        const text = document.querySelector(".explainer-body > p, .gloss-row > p");
        return {body: size(text), notes: [...document.querySelectorAll(
            ".explainer-body .gloss-box-summary")].map(el => [el.id, size(el)])};
    }""")
    larger = [f"{name}: {size} px" for name, size in sizes["notes"] if size >= sizes["body"]]
    assert sizes["notes"] and not larger, (
        f"printed notes not smaller than the {sizes['body']} px body text: {larger}")
