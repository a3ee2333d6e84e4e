"""What a page sets after its description's words: a picture's credit is not the story's."""

from __future__ import annotations

import pytest

from explainer.importer.html import parse_html
from explainer.importer.summary import choose_summary
from tests.test_import_html import page

DECK = "Parallel to the summit in Nairobi, activists met for a summit of their own"


@pytest.mark.parametrize("tail", [" • Foto: Deja Gaston", " | Photo: AP", " - Credit: Reuters",
                                  " · Bild: dpa"])
def test_a_picture_s_credit_after_the_description_goes(tail):
    assert choose_summary([DECK + tail]) == DECK


def test_a_credit_in_the_description_s_words_stays():
    text = "Photo: a reader sent us this picture of the flood in the old town"
    assert choose_summary([text]) == text


def test_words_after_a_credit_s_label_that_run_on_into_a_sentence_stay():
    text = DECK + " - Source: officials say the talks went on. They will meet again."
    assert choose_summary([text]) == text


@pytest.mark.parametrize("quote", ["„Meet the Press“", "«Meet the Press»", "»Meet the Press«",
                                   "「Meet the Press」"])
def test_a_description_cut_before_a_quote_the_text_goes_on_with_is_cut(quote):
    cut = "Er sprach am Sonntag. In einem Interview mit Israels"
    opening = [f"{cut} {quote} sagte er, der Krieg sei nicht vorbei."]
    assert choose_summary([cut], opening=opening) == "Er sprach am Sonntag."


def test_a_description_that_lost_its_drop_cap_gets_it_back():
    text = "nvironmentalists have strongly cautioned against the drilling plan."
    opening = ["Environmentalists have strongly cautioned against the drilling plan."]
    assert choose_summary([text], opening=opening) == "E" + text


def test_a_description_in_lower_case_that_the_text_does_not_open_with_stays():
    text = "iPhone sales fell in the spring, the company said on Thursday."
    assert choose_summary([text], opening=["Apple said on Thursday that sales fell."]) == text


def test_keywords_run_on_after_a_description_are_no_part_of_the_summary():
    """A page's template that runs the keywords on after the description (a comma after a
    space, then short terms between commas) gives the description alone."""
    head = ('<meta name="description" content="Towns are all for a new river bridge\n'
            ',  Bridges,Local government,  Rivers,Transport">')
    assert parse_html(page(head)).summary == "Towns are all for a new river bridge"
    assert choose_summary(["Towns agreed a plan, a budget, a date and a name for the bridge."]) \
        == "Towns agreed a plan, a budget, a date and a name for the bridge."
