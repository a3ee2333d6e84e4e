"""Glossary boxes as margin notes (issue 13): measured in Chromium on the seed explainer and on
tests/fixtures/packed, a made-up site that packs many terms into short paragraphs.

- From 1100 px the boxes sit in the margin and never move the text: the gap between two
  consecutive body blocks is the same with boxes shown and hidden (±2 px); boxes overlap neither
  each other nor the text, never start above their mention, never make the page scroll sideways
  and never run into what follows the body. Without JavaScript the same holds at 1280 px.
- At 375 px a box is a closed one-line note under its block that opens in place (mouse or
  keyboard) and shows the whole summary and the link to the term page.
- The reader's switch states a state ("Glossary notes", ``aria-pressed``).
- The seed explainer prints on at most 3 A4 pages, the story starting on page 1.

"Body blocks" are the children of ``.explainer-body`` that are not a ``.gloss-row``, and, for
each ``.gloss-row``, its children that are not its ``.gloss-boxes``.
"""

from __future__ import annotations

import io
import itertools
import re
import unicodedata
import weakref
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.e2e.conftest import DEFAULT_TIMEOUT_MS, unavailable
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

# The page's layout, measured in document coordinates (px from the top left of the page).
MEASURE = """() => {
    const sx = window.scrollX, sy = window.scrollY;
    const doc = r => ({left: r.left + sx, top: r.top + sy, right: r.right + sx,
                       bottom: r.bottom + sy});
    const label = el => `${el.tagName.toLowerCase()} "${
        el.textContent.trim().replace(/\\s+/g, " ").slice(0, 30)}"`;
    const textRects = el => {
        const rects = [], range = document.createRange();
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.data.trim()) continue;
            range.selectNodeContents(node);
            for (const r of range.getClientRects()) {
                if (r.width > 0.5 && r.height > 0.5) rects.push(doc(r));
            }
        }
        return rects;
    };
    const body = document.querySelector(".explainer-body");
    const blocks = [];
    for (const child of body.children) {
        if (child.classList.contains("gloss-row")) {
            for (const c of child.children) {
                if (!c.classList.contains("gloss-boxes")) blocks.push(c);
            }
        } else {
            blocks.push(child);
        }
    }
    const boxes = [...body.querySelectorAll("aside.gloss-box")].map(box => {
        const slug = box.id.replace(/^gloss-/, "");
        const mention = body.querySelector(`a.gloss-term[data-term="${CSS.escape(slug)}"]`);
        const lines = mention ? mention.getClientRects() : [];
        const row = box.closest(".gloss-row");
        const block = row && [...row.children].find(c => !c.classList.contains("gloss-boxes"));
        return {slug, rect: doc(box.getBoundingClientRect()),
                shown: box.getClientRects().length > 0 && box.checkVisibility(),
                mentionTop: lines.length ? lines[0].top + sy : null,
                blockTop: block ? block.getBoundingClientRect().top + sy : null};
    });
    let after = null;
    for (let node = body; node && !after; node = node.parentElement) {
        for (let next = node.nextElementSibling; next && !after; next = next.nextElementSibling) {
            const r = next.getBoundingClientRect();
            if (r.height > 0 && next.checkVisibility()) {
                after = {name: label(next), top: r.top + sy};
            }
        }
    }
    const scroller = document.scrollingElement;
    return {
        blocks: blocks.map(el => ({name: label(el), rect: doc(el.getBoundingClientRect()),
                                   text: textRects(el)})),
        boxes, after, body: doc(body.getBoundingClientRect()),
        scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth,
    };
}"""

# Fonts loaded and two frames drawn, so that a script that refines positions has run (a page
# without JavaScript draws no animation frame for the test's script: there only the fonts).
SETTLE = """() => document.fonts.ready.then(() => new Promise(
    done => requestAnimationFrame(() => requestAnimationFrame(done))))"""
FONTS = "() => document.fonts.ready.then(() => true)"
WITHOUT_SCRIPT: weakref.WeakSet[Any] = weakref.WeakSet()


# --- fixtures -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def explainer_url(base_url: str, packed_url: str) -> dict[str, str]:
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


@pytest.fixture
def tab(browser: Any, explainer_url: dict[str, str]) -> Iterator[Callable[..., Any]]:
    """``tab("seed", width=375)``: the site's explainer in a fresh context."""
    contexts: list[Any] = []
    yield lambda site, **options: _open(browser, contexts, explainer_url[site], **options)
    for context in contexts:
        context.close()


@pytest.fixture(scope="module")
def layout(browser: Any, explainer_url: dict[str, str]) -> Iterator[Callable[..., dict]]:
    """``layout(site, width, javascript)``: the explainer's layout with boxes shown and hidden,
    measured once per module for each view (several tests read one measurement)."""
    contexts: list[Any] = []
    cache: dict[tuple[str, int, bool], dict] = {}

    def measure(site: str, width: int, javascript: bool) -> dict:
        key = (site, width, javascript)
        if key not in cache:
            page = _open(browser, contexts, explainer_url[site], width, javascript)
            set_boxes(page, shown=True)
            shown = page.evaluate(MEASURE)
            set_boxes(page, shown=False)
            cache[key] = {"shown": shown, "hidden": page.evaluate(MEASURE)}
            assert shown["boxes"], f"{site}: the explainer has no glossary boxes"
        return cache[key]

    yield measure
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


# --- geometry -----------------------------------------------------------------------------


def overlap(a: dict, b: dict) -> tuple[float, float] | None:
    """How far two rectangles overlap (width, height), or None when they do not."""
    width = min(a["right"], b["right"]) - max(a["left"], b["left"])
    height = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    return (round(width, 1), round(height, 1)) if width > TOUCH and height > TOUCH else None


def gaps(blocks: list[dict]) -> list[float]:
    """The vertical gap between each body block and the next (negative when they overlap)."""
    return [after["rect"]["top"] - before["rect"]["bottom"]
            for before, after in itertools.pairwise(blocks)]


def shown_boxes(measured: dict) -> list[dict]:
    boxes = [box for box in measured["boxes"] if box["shown"]]
    assert boxes, "no glossary box is shown"
    return boxes


def worst(problems: list[tuple[float, str]], limit: int = 5) -> str:
    ranked = sorted(problems, reverse=True)
    return f"{len(problems)} found, worst first: " + "; ".join(text for _, text in ranked[:limit])


# --- wide screens: margin notes never move the text ---------------------------------------


@pytest.mark.parametrize("site", SITES)
@pytest.mark.parametrize(("width", "javascript"), VIEWS, ids=VIEW_IDS)
def test_boxes_do_not_change_the_gaps_between_body_blocks(layout: Any, site: str, width: int,
                                                          javascript: bool) -> None:
    measured = layout(site, width, javascript)
    shown, hidden = measured["shown"]["blocks"], measured["hidden"]["blocks"]
    assert [b["name"] for b in shown] == [b["name"] for b in hidden]
    problems = []
    for index, (with_boxes, without) in enumerate(zip(gaps(shown), gaps(hidden), strict=True)):
        difference = abs(with_boxes - without)
        if difference > TOLERANCE:
            problems.append((difference, f"{difference:.1f} px between {shown[index]['name']} "
                             f"and {shown[index + 1]['name']} ({with_boxes:.1f} px shown, "
                             f"{without:.1f} px hidden)"))
    assert not problems, f"gaps that the boxes change by more than {TOLERANCE} px: " + worst(
        problems)


@pytest.mark.parametrize("site", SITES)
@pytest.mark.parametrize(("width", "javascript"), VIEWS, ids=VIEW_IDS)
def test_boxes_do_not_overlap_each_other(layout: Any, site: str, width: int,
                                         javascript: bool) -> None:
    boxes = shown_boxes(layout(site, width, javascript)["shown"])
    problems = []
    for index, first in enumerate(boxes):
        for second in boxes[index + 1:]:
            if shared := overlap(first["rect"], second["rect"]):
                problems.append((shared[1], f"{first['slug']} and {second['slug']} share "
                                 f"{shared[0]} x {shared[1]} px"))
    assert not problems, "overlapping boxes: " + worst(problems)


@pytest.mark.parametrize("site", SITES)
@pytest.mark.parametrize(("width", "javascript"), VIEWS, ids=VIEW_IDS)
def test_boxes_do_not_overlap_the_text(layout: Any, site: str, width: int,
                                       javascript: bool) -> None:
    measured = layout(site, width, javascript)["shown"]
    problems = []
    for box in shown_boxes(measured):
        for block in measured["blocks"]:
            hits = [shared for line in block["text"] if (shared := overlap(box["rect"], line))]
            if hits:
                area = sum(w * h for w, h in hits)
                problems.append((area, f"{box['slug']} covers {len(hits)} text line(s) of "
                                 f"{block['name']} ({area:.0f} px², first {hits[0][0]} x "
                                 f"{hits[0][1]} px)"))
    assert not problems, "boxes over the text: " + worst(problems)


@pytest.mark.parametrize("site", SITES)
@pytest.mark.parametrize(("width", "javascript"), VIEWS, ids=VIEW_IDS)
def test_no_box_starts_above_its_mention(layout: Any, site: str, width: int,
                                         javascript: bool) -> None:
    """With the script, a box starts no higher than the line of its first mention; without
    it (CSS alone), no higher than the top of the block that holds the mention."""
    problems = []
    for box in shown_boxes(layout(site, width, javascript)["shown"]):
        anchor = box["mentionTop"] if javascript else box["blockTop"]
        assert anchor is not None, f"{box['slug']}: no first mention found for the box"
        above = anchor - box["rect"]["top"]
        if above > TOLERANCE:
            what = "its mention's line" if javascript else "its block"
            problems.append((above, f"{box['slug']} starts {above:.1f} px above {what}"))
    assert not problems, "boxes above their mention: " + worst(problems)


@pytest.mark.parametrize("site", SITES)
@pytest.mark.parametrize(("width", "javascript"), VIEWS, ids=VIEW_IDS)
def test_boxes_stay_inside_the_page_width(layout: Any, site: str, width: int,
                                          javascript: bool) -> None:
    measured = layout(site, width, javascript)["shown"]
    client = measured["clientWidth"]
    outside = [(max(-box["rect"]["left"], box["rect"]["right"] - client),
                f"{box['slug']} spans {box['rect']['left']:.1f}..{box['rect']['right']:.1f} px")
               for box in shown_boxes(measured)
               if box["rect"]["left"] < -0.5 or box["rect"]["right"] > client + 0.5]
    assert not outside, f"boxes outside the {client} px wide page: " + worst(outside)
    assert measured["scrollWidth"] <= client, (
        f"the page scrolls sideways: {measured['scrollWidth']} px wide in a {client} px window")


@pytest.mark.parametrize("site", SITES)
@pytest.mark.parametrize(("width", "javascript"), VIEWS, ids=VIEW_IDS)
def test_nothing_after_the_body_runs_into_a_box(layout: Any, site: str, width: int,
                                                javascript: bool) -> None:
    measured = layout(site, width, javascript)["shown"]
    last = max(shown_boxes(measured), key=lambda box: box["rect"]["bottom"])
    after = measured["after"] or {"name": "the end of the body", "top": measured["body"]["bottom"]}
    short = last["rect"]["bottom"] - after["top"]
    assert short <= TOLERANCE, (
        f"{after['name']} starts at {after['top']:.1f} px, {short:.1f} px above the bottom of "
        f"the last box ({last['slug']}, {last['rect']['bottom']:.1f} px); the body ends at "
        f"{measured['body']['bottom']:.1f} px")


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
