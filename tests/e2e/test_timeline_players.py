"""Browser tests for the timeline block, the timeline from term events, key players and
related explainers, on a small fixture site of their own: axe (WCAG 2.1 A/AA) in light and
dark at 360 and 1280 px, nothing scrolls sideways at 375 px, and all of it without JavaScript.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from typing import Any

import pytest

from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build
from tests.e2e.conftest import DEFAULT_TIMEOUT_MS, serve

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
PAGE = "explainers/league-vote/index.html"


def _term(name: str, kind: str, summary: str, events: str = "", related: str = "") -> str:
    return textwrap.dedent(f"""\
        ---
        term: {name}
        summary: {summary}
        kind: {kind}
        as_of: 2026-11-28
        sources:
          - {{title: Source, url: "https://example.org/source"}}
        """) + events + related + f"---\n{name} is in the news.\n"


FILES = {
    "site.yml": "title: Timeline test\n",
    "glossary/arab-league.md": _term(
        "Arab League", "organisation", "A regional organisation of 22 Arab states, founded in "
        "Cairo in March 1945 and based there, with a name long enough to wrap on a phone.",
        "events:\n  - {date: 2011-11-12, text: The League suspends Syria., source: "
        "{title: A report, url: 'https://example.org/report'}}\n"
        "  - {date: 2023-05-07, text: The League readmits Syria.}\n",
        "related: [qatar]\n"),
    "glossary/bashar-al-assad.md": _term(
        "Bashar al-Assad", "person", "President of Syria from July 2000 until 8 December 2024.",
        "events:\n  - {date: 2024-12-08, text: Assad flees to Moscow.}\n"),
    "glossary/qatar.md": _term("Qatar", "place", "A Gulf state."),
    "glossary/caesar-act.md": _term("Caesar Act", "document", "A 2019 US sanctions law."),
    "explainers/league-vote.md": textwrap.dedent("""\
        ---
        title: "Why the Arab League let Syria back in"
        summary: "Members voted to end a twelve-year suspension."
        date: 2023-05-07
        key_players: true
        timeline: events
        seen: {bashar-al-assad: 2024-12-08}
        ---
        The Arab League voted in Cairo. Bashar al-Assad was invited to the summit.

        ```timeline
        2011-03-15: Protests begin in *Deraa*.
        2011-11: The League suspends Syria, a step without precedent for a founding member.
        2023: Syria returns.
        ```

        The Caesar Act still applies.
        """),
    "explainers/sanctions.md": textwrap.dedent("""\
        ---
        title: "How the Caesar Act squeezes a government that has already lost so much"
        summary: "A US law punishes those who deal with the government."
        date: 2023-06-01
        ---
        The Caesar Act lets Washington sanction companies. Qatar said so too.
        """),
    "explainers/qatar-view.md": textwrap.dedent("""\
        ---
        title: "Qatar and the League"
        summary: "Qatar opposed the vote."
        date: 2023-05-20
        ---
        Qatar objected.
        """),
}


@pytest.fixture(scope="module")
def fixture_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("timeline-players")
    for name, text in FILES.items():
        (root / "content" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "content" / name).write_text(text, encoding="utf-8")
    result = build(SiteSpec(root / "content"), root / "site")
    assert result.ok, "\n".join(d.format() for d in result.diagnostics)
    yield from serve(root / "site")


def _open(browser: Any, url: str, path: str, width: int, scheme: str = "light",
          javascript: bool = True) -> Any:
    context = browser.new_context(viewport={"width": width, "height": 900},
                                  color_scheme=scheme, java_script_enabled=javascript)
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    page = context.new_page()
    page.goto(url + path)
    return page


@pytest.mark.parametrize("width", [360, 1280], ids=lambda w: f"{w}px")
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", [PAGE, "glossary/qatar/index.html"], ids=["explainer", "term"])
def test_axe_finds_no_violations(browser: Any, axe: Any, fixture_url: str, path: str,
                                 scheme: str, width: int) -> None:
    page = _open(browser, fixture_url, path, width, scheme)
    violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
    page.context.close()
    assert not violations, [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]


def test_nothing_scrolls_sideways_at_375px(browser: Any, fixture_url: str) -> None:
    page = _open(browser, fixture_url, PAGE, 375)
    sizes = page.evaluate("""() => {
        const root = document.documentElement;
        const wide = [...document.querySelectorAll(
            '.key-players li, .timeline li, .related-list li')]
            .filter(el => el.getBoundingClientRect().right > root.clientWidth + 0.5)
            .map(el => el.textContent.slice(0, 40));
        return {scroll: root.scrollWidth, client: root.clientWidth, wide};
    }""")
    page.context.close()
    assert sizes["scroll"] <= sizes["client"] and not sizes["wide"], sizes


def test_the_blocks_show_without_javascript(browser: Any, fixture_url: str) -> None:
    page = _open(browser, fixture_url, PAGE, 1280, javascript=False)
    shown = {name: page.locator(selector).first.is_visible() for name, selector in {
        "players": ".key-players li", "timeline block": ".explainer-body .timeline li",
        "events": ".events-timeline li", "related": ".related-list li"}.items()}
    page.context.close()
    assert shown == {"players": True, "timeline block": True, "events": True, "related": True}


def test_key_players_wrap_into_cards_at_375px(browser: Any, fixture_url: str) -> None:
    page = _open(browser, fixture_url, PAGE, 375)
    boxes = page.eval_on_selector_all(".key-players li", "els => els.map(e => "
                                      "e.getBoundingClientRect().top)")
    page.context.close()
    assert len(boxes) == 2 and boxes[1] > boxes[0]  # one card a row on a phone
