"""End-to-end tests of the built seed site in a real (headless) Chromium.

Each test checks one behaviour a reader relies on: the glossary boxes beside the explainer,
keyboard access, accessibility (axe-core, WCAG 2.0/2.1 A and AA), the narrow and wide layouts,
the page without JavaScript, and that nothing is loaded from another host.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest

try:
    from playwright.sync_api import expect
except ImportError:  # the `browser` fixture then skips (or, in CI, fails) every test
    expect = None

EXPLAINER = "explainers/us-says-it-will-not-normalise-relations-with-syrias-assad/index.html"

# One page of every kind the site has.
PAGES = {
    "home": "index.html",
    "explainer": EXPLAINER,
    "glossary-index": "glossary/index.html",
    "term": "glossary/arab-league/index.html",
    "tags-index": "tags/index.html",
    "tag": "tags/syria/index.html",
    "404": "404.html",
    "search": "search/index.html",
    "search-results": "search/index.html?q=Resolution%202254",
}

# Glossary terms the seed explainer mentions, by slug, with the name their box and page show.
TERMS = {
    "arab-league": "Arab League",
    "unscr-2254": "UNSCR 2254",
    "austin-tice-case": "Austin Tice case",
}

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
NARROW, WIDE = 360, 1280
MAX_TABS = 80


def open_site_page(new_page: Any, path: str, **options: Any) -> Any:
    """A new page (in its own context) showing ``path`` of the site, checked to be HTTP 200."""
    page = new_page(**options)
    response = page.goto(path)
    status = response.status if response is not None else None
    assert status == 200, f"{path}: HTTP {status}"
    return page


def active_element_summary(page: Any) -> str:
    return page.evaluate("""() => {
        const el = document.activeElement;
        if (!el) return "(none)";
        const tag = el.tagName.toLowerCase();
        if (el === document.body || el === document.documentElement) return `<${tag}>`;
        const text = (el.textContent || "").trim().replace(/\\s+/g, " ").slice(0, 60);
        return `<${tag} class="${el.className}"> ${text}`;
    }""")


# ------------------------------------------------------------------ glossary boxes


def test_explainer_has_exactly_one_box_per_first_mention(new_page: Any) -> None:
    page = open_site_page(new_page, EXPLAINER)
    box_ids = page.eval_on_selector_all("aside.gloss-box", "els => els.map(e => e.id)")
    described = page.eval_on_selector_all(
        "a.gloss-term", "els => els.map(e => e.getAttribute('aria-describedby')"
                        ".replace(/-summary$/, ''))")

    assert len(box_ids) == len(set(box_ids)), f"duplicate glossary boxes: {sorted(box_ids)}"
    assert len(described) == len(set(described)), \
        f"a term is linked as a first mention more than once: {sorted(described)}"
    assert set(box_ids) == set(described), (
        f"boxes without a mention: {sorted(set(box_ids) - set(described))}; "
        f"mentions without a box: {sorted(set(described) - set(box_ids))}")
    expected = {f"gloss-{slug}" for slug in TERMS}
    assert expected <= set(box_ids), f"missing boxes: {sorted(expected - set(box_ids))}"


@pytest.mark.parametrize(("slug", "name"), TERMS.items(), ids=TERMS.keys())
def test_glossary_box_is_visible_named_and_links_to_its_term(new_page: Any, slug: str,
                                                             name: str) -> None:
    page = open_site_page(new_page, EXPLAINER)
    box = page.get_by_role("complementary", name=name, exact=True)
    expect(box).to_have_count(1)
    expect(box).to_have_attribute("id", f"gloss-{slug}")
    expect(box).to_be_visible()
    expect(box).to_have_attribute("aria-labelledby", f"gloss-{slug}-name")
    expect(page.locator(f"#gloss-{slug}-name")).to_have_text(name)

    link = box.get_by_role("link", name=f"{name} in the glossary", exact=True)
    expect(link).to_have_count(1)
    href = link.get_attribute("href")
    assert href == f"../../glossary/{slug}/index.html"

    term_page = page.context.new_page()
    response = term_page.goto(urljoin(page.url, href))
    assert response is not None and response.status == 200
    expect(term_page.locator("h1")).to_have_text(name)


# ------------------------------------------------------------------ keyboard


def test_keyboard_reaches_first_mention_with_visible_focus_and_follows_it(new_page: Any) -> None:
    page = open_site_page(new_page, EXPLAINER)
    mention = page.locator("a.gloss-term", has_text=re.compile(r"^Arab League$")).first
    expect(mention).to_have_attribute("aria-describedby", "gloss-arab-league-summary")

    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if mention.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail(f"{MAX_TABS} Tab presses never reached the 'Arab League' mention; "
                    f"focus ended on {active_element_summary(page)}")

    outline = mention.evaluate("""el => {
        const s = getComputedStyle(el);
        return {style: s.outlineStyle, width: s.outlineWidth,
                focusVisible: el.matches(':focus-visible')};
    }""")
    assert outline["focusVisible"], outline
    assert outline["style"] != "none", f"no visible focus outline on the mention: {outline}"
    assert outline["width"] != "0px", f"zero-width focus outline on the mention: {outline}"

    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/glossary/arab-league/index\.html$"))
    expect(page.locator("h1")).to_have_text("Arab League")


def _activate_skip_link(new_page: Any, path: str) -> Any:
    """Open ``path``, press Tab once (checking that it lands on the skip link), then Enter."""
    page = open_site_page(new_page, path)
    page.keyboard.press("Tab")
    skip = page.locator("a.skip-link")
    assert skip.evaluate("el => el === document.activeElement"), \
        f"first Tab stop is {active_element_summary(page)}, not the skip link"
    expect(skip).to_have_text("Skip to content")
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#main'")
    # Chromium applies a fragment's focus (or focus starting point) after the next layout, not
    # at once: let two frames pass, as any real key press after this one would.
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    return page


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_skip_link_is_first_tab_stop_and_moves_focus_to_main(new_page: Any, path: str) -> None:
    page = _activate_skip_link(new_page, path)
    assert page.evaluate("document.activeElement === document.querySelector('main')"), (
        f"after the skip link, focus is on {active_element_summary(page)}, not on <main> "
        "(a non-focusable target only moves the sequential focus starting point; "
        'give it tabindex="-1")')


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_tab_after_skip_link_goes_into_main(new_page: Any, path: str) -> None:
    page = _activate_skip_link(new_page, path)
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)"), (
        f"after the skip link, Tab went to {active_element_summary(page)}, outside <main>")


# ------------------------------------------------------------------ accessibility


@pytest.mark.parametrize("width", [NARROW, WIDE], ids=lambda w: f"{w}px")
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_axe_finds_no_wcag_violations(new_page: Any, axe: Any, path: str, scheme: str,
                                      width: int) -> None:
    page = open_site_page(new_page, path, width=width, color_scheme=scheme)
    results = axe.run(page, options=AXE_OPTIONS)
    violations = results.response["violations"]
    details = "\n".join(
        f"  {v['id']} ({v['impact']}): {v['help']}\n" + "\n".join(
            f"    {', '.join(map(str, node['target']))}: "
            + "; ".join(c["message"] for c in node["any"] + node["all"] + node["none"])
            for node in v["nodes"])
        for v in violations)
    assert not violations, f"axe: {len(violations)} violation(s) on {path} ({scheme}, " \
                           f"{width}px):\n{details}"


# ------------------------------------------------------------------ layout


def test_explainer_has_no_horizontal_scroll_at_360px(new_page: Any) -> None:
    page = open_site_page(new_page, EXPLAINER, width=NARROW)
    sizes = page.evaluate("""() => {
        const root = document.documentElement;
        const wide = [...document.querySelectorAll('body *')]
            .filter(el => el.getBoundingClientRect().right > root.clientWidth + 0.5)
            .slice(0, 10)
            .map(el => `${el.tagName.toLowerCase()}.${el.className} `
                       + `right=${el.getBoundingClientRect().right}`);
        return {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide};
    }""")
    assert sizes["scrollWidth"] <= sizes["clientWidth"], sizes


def _box_and_paragraph(page: Any, slug: str) -> tuple[dict, dict]:
    box = page.locator(f"aside.gloss-box#gloss-{slug}")
    paragraph = page.locator(
        f".gloss-row > p:has(a.gloss-term[aria-describedby='gloss-{slug}-summary'])")
    expect(box).to_be_visible()
    expect(paragraph).to_have_count(1)
    box_rect, para_rect = box.bounding_box(), paragraph.bounding_box()
    assert box_rect is not None and para_rect is not None
    return box_rect, para_rect


def test_box_sits_right_of_its_paragraph_at_1280px(new_page: Any) -> None:
    page = open_site_page(new_page, EXPLAINER, width=WIDE)
    box, para = _box_and_paragraph(page, "arab-league")
    assert box["x"] > para["x"] + para["width"] - 1, f"box {box} is not right of paragraph {para}"


def test_box_sits_below_its_paragraph_at_360px(new_page: Any) -> None:
    page = open_site_page(new_page, EXPLAINER, width=NARROW)
    box, para = _box_and_paragraph(page, "arab-league")
    assert box["y"] >= para["y"] + para["height"], f"box {box} is not below paragraph {para}"


# ------------------------------------------------------------------ robustness


def test_boxes_are_visible_without_javascript(new_page: Any) -> None:
    page = open_site_page(new_page, EXPLAINER, javascript=False)
    for slug, name in TERMS.items():
        box = page.locator(f"aside.gloss-box#gloss-{slug}")
        expect(box).to_be_visible()
        expect(box.locator(".gloss-box-name")).to_have_text(name)
    hidden = page.eval_on_selector_all(
        "aside.gloss-box", "els => els.filter(e => !e.checkVisibility()).map(e => e.id)")
    assert not hidden, f"glossary boxes hidden without JavaScript: {hidden}"


def test_explainer_loads_nothing_from_another_host(new_page: Any) -> None:
    page = new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    response = page.goto(EXPLAINER, wait_until="networkidle")
    assert response is not None and response.status == 200
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_load_state("networkidle")

    assert requests, "no request was seen at all"
    foreign = [url for url in requests
               if urlsplit(url).scheme not in ("data", "blob", "about")
               and urlsplit(url).hostname != "127.0.0.1"]
    assert not foreign, f"requests to other hosts: {foreign}"
