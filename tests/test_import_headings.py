"""The story's subheadings: put back where the extractor dropped them or made them paragraphs."""

from __future__ import annotations

from lxml import html

from explainer.importer.headings import subheadings, with_subheadings
from explainer.importer.html import parse_html

FIRST = ("The council of the river towns met on Tuesday to agree a plan for the new bridge, "
         "which engineers say will carry twice the traffic of the old crossing.")
SECOND = ("Residents on both banks have waited more than a decade for the project, and several "
          "spoke at the meeting about the long detours they make every day.")
THIRD = ("The mayor said the money would come from a regional fund and from tolls on lorries, "
         "while cars and bicycles would cross for free in the first five years.")


def heads(body: str) -> list:
    return subheadings(html.fromstring(f"<html><body><article>{body}</article></body></html>"))


def test_a_missing_subheading_goes_back_between_the_paragraphs_around_it():
    found = heads(f"<p>{FIRST}</p><h2>Who pays</h2><p>{SECOND}</p>")
    assert with_subheadings([FIRST, SECOND], found) == [FIRST, "## Who pays", SECOND]


def test_a_paragraph_that_is_a_subheading_of_the_page_becomes_that_heading():
    found = heads(f"<p>{FIRST}</p><h3>Who pays</h3><p>{SECOND}</p>")
    assert with_subheadings([FIRST, "**Who pays**", SECOND], found) == \
        [FIRST, "### Who pays", SECOND]


def test_a_heading_whose_paragraph_before_is_not_in_the_text_is_not_put_back():
    found = heads(f"<p>{FIRST}</p><div><p>{THIRD}</p><h2>More stories</h2><p>{SECOND}</p></div>")
    assert with_subheadings([FIRST, SECOND], found) == [FIRST, SECOND]


def test_a_missing_subheading_after_a_video_s_box_goes_back_too():
    video = ("<div class='InlineVideo'><div>The finance chief of the coal company on coal "
             "against natural gas</div></div>")
    found = heads(f"<div><p>{FIRST}</p></div>{video}<div></div><h2>Who pays</h2>"
                  f"<div><p>{SECOND}</p></div>")
    assert with_subheadings([FIRST, SECOND], found) == [FIRST, "## Who pays", SECOND]


def test_headings_of_navigation_lists_and_links_are_no_subheadings():
    found = heads(f"<nav><h2>Sections</h2></nav><ul><li><h3>Most read today</h3></li></ul>"
                  f'<a href="/x"><h2>Another story entirely</h2></a><p>{FIRST}</p>')
    assert found == []


def test_a_long_heading_is_no_subheading():
    found = heads(f"<p>{FIRST}</p><h2>{THIRD}</h2><p>{SECOND}</p>")
    assert with_subheadings([FIRST, SECOND], found) == [FIRST, SECOND]


def test_a_question_may_be_a_longer_subheading():
    question = ("How did the two river towns end up sharing one bridge over the water in the "
                "1970s and 80s?")
    found = heads(f"<p>{FIRST}</p><h3>{question}</h3><p>{SECOND}</p>")
    assert with_subheadings([FIRST, question, SECOND], found) == [FIRST, f"### {question}", SECOND]


def test_a_subheading_is_put_back_once_and_escaped():
    found = heads(f"<p>{FIRST}</p><h2># 1 *priority*</h2><p>{SECOND}</p>")
    out = with_subheadings([FIRST, SECOND, SECOND], found)
    assert out == [FIRST, "## # 1 \\*priority\\*", SECOND, SECOND]


def test_an_imported_page_keeps_each_subheading_once():
    page = (f"<html><head><title>Bridge</title></head><body><article><h1>Towns agree bridge</h1>"
            f"<p>{FIRST}</p><h2>Who pays</h2><p>{SECOND}</p><p>{THIRD}</p></article></body></html>")
    assert list(parse_html(page).paragraphs) == [FIRST, "## Who pays", SECOND, THIRD]


def test_a_heading_with_nothing_before_it_on_the_page_is_not_put_back():
    found = heads(f"<h2>More stories</h2><p>{SECOND}</p>")
    assert with_subheadings(["![](https://example.org/lead.jpg)", FIRST, SECOND], found) == \
        ["![](https://example.org/lead.jpg)", FIRST, SECOND]


def test_a_quote_or_a_list_item_is_not_made_a_heading():
    found = heads(f"<p>{FIRST}</p><h3>Who pays</h3><p>{SECOND}</p>")
    assert with_subheadings([FIRST, "> Who pays", "- Who pays", SECOND], found) == \
        [FIRST, "> Who pays", "- Who pays", SECOND]
