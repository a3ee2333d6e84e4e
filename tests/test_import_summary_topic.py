"""A description that does not speak of the story (the site's tagline) is no summary."""

from __future__ import annotations

import pytest

from explainer.importer.html import parse_html
from explainer.importer.ontopic import on_story, without_signature
from tests.test_import_html import page

TAGLINE = ("A home cooking weblog from a tiny kitchen in New York City. The place to find all "
           "of your new favorite things to cook.")
TITLE = "Towns agree plan for new river bridge"
TEXT = ["The council of the river towns met on Tuesday to agree a plan for the new bridge."]


@pytest.mark.parametrize(("description", "expected"), [
    (TAGLINE, False),
    ("Online portal that provides breaking news and updates in Nigeria", False),
    ("The councils agreed a plan for the bridge across the river on Tuesday.", True),
    ("Bridge plan agreed", True),  # too few words to judge
    ("A miracle of one season? The towns give their doubters ever sharper answers.", True),
    ("川沿いの町が新しい橋の計画に合意した。観光客の増加が見込まれている。", True),  # not judged
])
def test_a_description_speaks_of_the_story_when_it_uses_its_words(description, expected):
    assert on_story(description, TITLE, TEXT) is expected


def test_a_sites_tagline_as_the_description_leaves_the_summary_empty():
    html = page(f'<meta name="description" content="{TAGLINE}">')
    assert parse_html(html, second_opinions=False).summary is None


def test_a_tagline_the_page_shows_as_its_standfirst_stays():
    html = page(f'<meta name="description" content="{TAGLINE}">').replace(
        "</h1>", f"</h1><p class='standfirst'>{TAGLINE}</p>", 1)
    assert parse_html(html, second_opinions=False).summary == TAGLINE


def test_a_description_of_the_story_is_the_summary():
    said = "The river towns agreed on Tuesday a plan for a new bridge to carry more traffic."
    html = page(f'<meta name="description" content="{said}">')
    assert parse_html(html, second_opinions=False).summary == said


@pytest.mark.parametrize(("description", "people", "expected"), [
    ("Bei der Premiere wurde das Hotel lebendig. Von Eva Kirchner-Rätsch", ["Eva Kirchner-Rätsch"],
     "Bei der Premiere wurde das Hotel lebendig."),
    ("The towns agreed. By Jane Roe and John Doe", ["John Doe"], "The towns agreed."),
    ("The towns agreed. By Jane Roe", ["Anna Smith"], "The towns agreed. By Jane Roe"),  # not hers
    ("The towns agreed by Jane Roe's plan", ["Jane Roe"], "The towns agreed by Jane Roe's plan"),
])
def test_a_description_loses_the_byline_it_ends_with(description, people, expected):
    assert without_signature(description, people) == expected
