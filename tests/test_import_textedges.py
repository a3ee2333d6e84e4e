"""The text's words and edges found on a battery of made-up pages: the joiners Persian
spells with, a story split into boxes its site names by an attribute of its own, the rails'
headings and a button's words closing the text, a source's line, a wire's time of sending,
a Japanese paywall's note, and the headline under a logo set as the page's <h1>."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from explainer.importer.body import article_body
from explainer.importer.furniture import is_furniture
from explainer.importer.html import parse_html
from explainer.importer.labels import without_emptied_heading
from explainer.importer.notes import is_note
from explainer.importer.setapart import kind
from explainer.importer.splitbody import body_parts
from explainer.importer.stamps import is_time_stamp
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def test_the_zero_width_non_joiner_of_a_persian_word_is_kept():
    word = "اجاره\u200cبها"
    sentence = f"در مقابل، {word} همچنان در حال افزایش است و مستأجران نگران هستند."
    page = (f'<html lang="fa"><body><article><h1>خبر</h1>{"".join(f"<p>{sentence}</p>" * 6)}'
            f"</article></body></html>")
    assert word in article_body(page, None)[0]


def test_a_joiner_beside_a_space_joins_nothing_and_goes():
    page = (f"<html><body><article>{TEXT}<p>The fund covers supply \u200cand staff costs, the "
            f"mayor said on Tuesday after the vote.</p></article></body></html>")
    assert "supply and staff" in article_body(page, None)[0]


BOXES = ('<div data-area="text_block" class="RichText lg:w-8/12 md:mx-auto">'
         + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + "</div>"
         + '<div data-area="related_articles"><ul><li><a href="/a">Bridge tolls</a></li></ul>'
         + '</div><div data-area="text_block" class="RichText">'
         + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:]) + "</div>")


def test_boxes_an_attribute_names_for_the_text_are_one_kind_whatever_their_layout():
    tree = lxml_html.fromstring(f"<html><body><article>{BOXES}</article></body></html>")
    assert [len(group) for group in body_parts(tree)] == [2]


def test_their_paragraphs_are_of_one_kind_for_the_vote():
    tree = lxml_html.fromstring(f"<html><body><article>{BOXES}</article></body></html>")
    first, last = tree.xpath("//p")[0], tree.xpath("//p")[-1]
    assert kind(first) == kind(last)


def test_headings_of_emptied_rails_over_a_buttons_words_close_no_text():
    text = ["The council met.", "The vote is on Friday.", "### Sur le même sujet",
            "### Contribuer", "Réutiliser ce contenu"]
    assert without_emptied_heading(text, text) == text[:2]


def test_a_list_set_as_headings_of_sentences_stays():
    text = ["The figures:", "### 1. It owned 1,300 projects.", "### 2. It owed $300 billion.",
            "Newsletters"]
    assert without_emptied_heading(text, text) == text


@pytest.mark.parametrize("line", ["Normas ›", "Ver más →", "Newsletter", "**Newsletters**"])
def test_a_buttons_words_with_an_arrow_or_a_newsletters_name_alone_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Toll > fare", "The newsletter went out on Friday."])
def test_a_sentence_with_an_arrow_or_a_newsletter_is_not_furniture(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("line", ["المصدر : الجزيرة", "Fuente: EFE", "来源：新华社"])
def test_a_sources_line_is_furniture_in_scripts_without_capitals_too(line):
    assert is_furniture(line)


def test_a_wires_time_of_sending_is_a_time_stamp():
    assert is_time_stamp("2024/09/26 11:20 송고")


def test_a_japanese_paywalls_note_that_the_story_is_paid_for_is_a_note():
    assert is_note("この記事は有料記事です。残り1200文字有料会員になると続きをお読みいただけます。")


def test_the_headline_under_a_logo_set_as_the_h1_is_the_title():
    headline = "Library reopens after restoration, with a few surprises in the walls"
    page = ('<html lang="en"><head><title>Riverside Courier</title></head><body>'
            '<header><h1 class="site-title"><a href="https://riverside.example/" rel="home">'
            'The Riverside Courier</a></h1></header><article>'
            f'<h2 class="entry-title">{headline}</h2>{TEXT}</article></body></html>')
    assert parse_html(page, url="https://riverside.example/2024/library").title == headline


def test_a_live_blogs_entries_each_in_an_item_of_one_list_are_entries():
    entries = "".join(f'<li class="post"><article class="stream-post"><h3>Update {n}</h3>'
                      f"<p>{p}</p></article></li>" for n, p in enumerate(PARAGRAPHS))
    tree = lxml_html.fromstring(f"<html><body><ol>{entries}</ol></body></html>")
    assert [len(group) for group in body_parts(tree)] == [len(PARAGRAPHS)]
