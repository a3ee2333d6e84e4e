"""Glossary boxes as margin notes (issue 13): measured in Chromium on the seed explainer and on
tests/fixtures/packed, a made-up site that packs many terms into short paragraphs.

- From 1100 px the boxes sit in the margin and never move the text: the gap between two
  consecutive body blocks is the same with boxes shown and hidden (±2 px); boxes overlap neither
  each other nor the text, never start above their mention, never make the page scroll sideways
  and never run into what follows the body. Without JavaScript the same holds at 1280 px.

Phones, the switch and print are in test_phone_print_notes.py.

"Body blocks" are the children of ``.explainer-body`` that are not a ``.gloss-row``, and, for
each ``.gloss-row``, its children that are not its ``.gloss-boxes``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.e2e.notes_pages import (
    SITES,
    TOLERANCE,
    TOUCH,
    VIEW_IDS,
    VIEWS,
    _open,
    explainer_urls,
    set_boxes,
    worst,
)


@pytest.fixture(scope="module")
def explainer_url(base_url: str, packed_url: str) -> dict[str, str]:
    return explainer_urls(base_url, packed_url)

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
