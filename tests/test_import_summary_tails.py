"""What a page sets after its description's words: a picture's credit is not the story's."""

from __future__ import annotations

import pytest

from explainer.importer.summary import choose_summary

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
