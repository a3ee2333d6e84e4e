"""Found on session 66's batteries of made-up pages (regional and local news sites the world
over, and pages saved in other ways than a browser's "Save page"): a standfirst alone with
the headline in a box without names."""

from __future__ import annotations

from lxml import html as lxml_html

from explainer.importer.decks import boxed_deck, decks
from explainer.importer.html import parse_html
from explainer.importer.standfirst import with_standfirst
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
HEADLINE = "Weekend closures ahead as the bridge's signals are replaced"
DECK = "Three years of weekend closures are ahead as the county installs new signals."


def _styled(header: str) -> str:
    """A page in inline styles only, as archive.today saves it: the headline's box, then
    the story's."""
    return (f"<html><head><title>{HEADLINE}</title></head><body>"
            f'<div style="max-width:600px"><h1 style="font-size:40px">{HEADLINE}</h1>'
            f'{header}</div><div style="max-width:600px">{TEXT}</div></body></html>')


def _tree(page: str):
    return lxml_html.fromstring(page)


def test_a_paragraph_alone_with_the_headline_in_its_box_is_the_standfirst():
    tree = _tree(_styled(f'<p style="font-size:20px">{DECK}</p>'))
    assert (decks(tree), boxed_deck(tree, decks(tree))) == ([DECK], True)


def test_the_story_s_first_paragraph_beside_the_headline_is_no_standfirst():
    page = (f"<html><body><div><h1>{HEADLINE}</h1>{TEXT}</div></body></html>")
    assert decks(_tree(page)) == []


def test_a_byline_alone_with_the_headline_is_no_standfirst():
    tree = _tree(_styled("<p>By Rachel Osei and Tom Brandt of the County Chronicle</p>"))
    assert decks(tree) == []


def test_a_paragraph_with_a_link_alone_with_the_headline_is_no_standfirst():
    tree = _tree(_styled(f'<p>{DECK} <a href="/more">Read the council report</a></p>'))
    assert decks(tree) == []


def test_a_named_standfirst_is_not_taken_as_alone_with_the_headline():
    tree = _tree(f"<html><body><h1>{HEADLINE}</h1><p class='dek'>{DECK}</p>{TEXT}</body></html>")
    assert (decks(tree), boxed_deck(tree, decks(tree))) == ([DECK], False)


def test_a_text_that_opens_with_a_standfirst_alone_with_the_headline_leaves_it_out():
    summary, text = with_standfirst(None, [DECK], [DECK, *PARAGRAPHS], boxed=True)
    assert (summary, text) == (DECK, PARAGRAPHS)


def test_a_standfirst_alone_with_the_headline_is_the_summary_of_the_import():
    article = parse_html(_styled(f'<p style="font-size:20px">{DECK}</p>'),
                         second_opinions=False)
    assert (article.summary, article.paragraphs) == (DECK, tuple(PARAGRAPHS))
