"""The title an import gives a page: the headline it shows, over a meta title worded for
search or social media when the page's own statements agree on it."""

from __future__ import annotations

import pytest

from explainer.importer.html import parse_html
from tests.test_import_html import page


def test_a_visible_microdata_headline_wins_over_a_differently_worded_meta_title():
    head = '<meta property="og:title" content="Bridge deal: what it means for you">'
    html = page(head).replace("<h1>", '<h1 itemprop="headline">')
    assert parse_html(html).title == "Towns agree plan for new river bridge"


SOCIAL_TITLE = '<meta property="og:title" content="Bridge deal: what it means for you">'
LD_HEADLINE = ('<script type="application/ld+json">{"@type": "NewsArticle", '
               '"headline": "Towns agree plan for new river bridge"}</script>')


def test_an_h1_that_the_json_ld_headline_repeats_wins_over_a_differently_worded_meta_title():
    assert parse_html(page(SOCIAL_TITLE + LD_HEADLINE)).title == (
        "Towns agree plan for new river bridge")


def test_an_h1_that_only_a_related_story_s_json_ld_headline_repeats_is_not_the_title():
    related = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
               '"Bridge deal: what it means for you"}</script><script type="application/ld+json">'
               '{"@type": "NewsArticle", "headline": "Ferry service to end in May"}</script>')
    html = page(SOCIAL_TITLE + related).replace(
        "</article>", "</article><section><h1>Ferry service to end in May</h1></section>")
    assert parse_html(html).title == "Bridge deal: what it means for you"


def test_without_the_json_ld_headline_the_meta_title_is_kept():
    assert parse_html(page(SOCIAL_TITLE)).title == "Bridge deal: what it means for you"


ARTICLE_H1 = "<article><h1>Towns agree plan for new river bridge</h1>"


def title_with(shown: str, instead_of: str = ARTICLE_H1) -> str:
    """The title of the page with the meta title and the JSON-LD headline, where ``shown``
    stands instead of its article's opening <h1>."""
    return parse_html(page(SOCIAL_TITLE + LD_HEADLINE).replace(instead_of, shown)).title


@pytest.mark.parametrize("trail", [
    '<nav class="breadcrumb"><a href="/">Home</a> <h1>{}</h1></nav>',
    '<ul class="crumbs"><li><h1>{}</h1></li></ul>',
    '<div class="breadcrumbs"><h1>{}</h1></div>',
])
def test_an_h1_in_a_breadcrumb_trail_is_not_the_headline_shown(trail):
    shown = (trail.format("Towns agree plan for new river bridge")
             + "<article><h2>Bridge deal: what it means for you</h2>")
    assert title_with(shown) == "Bridge deal: what it means for you"


def test_an_h2_that_the_json_ld_headline_repeats_wins_on_a_page_whose_only_h1_is_a_crumb():
    shown = ('<div class="breadcrumbs"><h1>Bridge deal: what it means for you</h1></div>'
             "<article><hgroup><h2>Towns agree plan for new river bridge</h2></hgroup>")
    assert title_with(shown) == "Towns agree plan for new river bridge"


def test_an_h2_is_not_looked_at_on_a_page_that_shows_an_h1():
    shown = ("<article><h1>Bridge deal: what it means for you</h1>"
             "<h2>Towns agree plan for new river bridge</h2>")
    assert title_with(shown) == "Bridge deal: what it means for you"


@pytest.mark.parametrize(("signature", "name"), [
    ("編集委員\u3000中沢克二", "中沢克二"),  # a job, then the name
    ("中沢克二 記者", "中沢克二"),
    ("By Jane Roe", "Jane Roe"),
])
def test_a_headline_s_last_line_that_signs_it_is_its_byline_not_its_words(signature, name):
    html = page().replace("Towns agree plan for new river bridge</h1>",
                          f"Towns agree plan for new river bridge<br><span>{signature}</span></h1>")
    imported = parse_html(html)
    assert (imported.title, imported.byline) == ("Towns agree plan for new river bridge", (name,))


def test_a_headline_on_two_lines_keeps_both():
    html = page().replace("Towns agree plan for new river bridge</h1>",
                          "Towns agree plan<br>for new river bridge</h1>")
    assert parse_html(html).title == "Towns agree plan for new river bridge"
