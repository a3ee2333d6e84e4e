"""Candidate new terms of one word: a story's subject named by one word ("Nvidia", "Hamas")
is suggested when it stands in the headline and in three paragraphs or more, and is no
sentence's opener, place, people, part of a longer name or word of a German text."""

from __future__ import annotations

import pytest

from explainer.core.diagnostics import Diagnostics
from explainer.glossary.terms import build_glossary
from explainer.importer.candidates import suggest

EMPTY = build_glossary([], Diagnostics())
# enough running English for the text to read as English
FILLER = ("It was the third time this year that the figures had been revised, and the people "
          "who follow the market said that they had expected it for some weeks.")
NVIDIA = ("Shares in the chipmaker rose after Nvidia reported its results.",
          "Analysts at Morgan Stanley said that Nvidia would gain.",
          "The results showed that Nvidia sold more chips than ever.")


def _story(*sentences: str) -> list[str]:
    return [f"{sentence} {FILLER}" for sentence in sentences]


def test_a_one_word_subject_in_the_headline_and_three_paragraphs_is_suggested_first():
    assert suggest("Nvidia shares soar", _story(*NVIDIA), EMPTY) == ["Nvidia", "Morgan Stanley"]


@pytest.mark.parametrize("headline, sentences", [
    pytest.param("Nvidia shares soar", (*NVIDIA[:2], "The results showed more chips sold."),
                 id="in-fewer-than-three-paragraphs"),
    pytest.param("Chip shares soar", NVIDIA, id="not-in-the-headline"),
    pytest.param("Meanwhile shares soar", (
        "Meanwhile the chipmaker reported its results.",
        "Meanwhile analysts at Morgan Stanley said the firm would gain.",
        "Meanwhile the results showed more chips sold than ever."), id="only-opening-sentences"),
    pytest.param("Israeli and Kyiv envoys meet", (
        "The talks in the city were led by Israeli and Kyiv officials.",
        "Analysts at Morgan Stanley said that Israeli and Kyiv aims differ.",
        "The results showed that Israeli and Kyiv envoys would meet again."),
        id="a-capital-and-a-country-s-people"),
    pytest.param("Fire in Valencia", (
        "The fire broke out in Valencia on a quiet night.",
        "Analysts at Morgan Stanley said that Valencia would rebuild.",
        "The firefighters of Valencia worked through the night."), id="a-town-after-in"),
    pytest.param("Shares soar", (
        "The Shares of the chipmaker rose after the results.",
        "Analysts at Morgan Stanley said that the Shares would gain.",
        "The results showed that shares rose as the Shares index did."),
        id="also-written-in-lower-case"),
])
def test_a_one_word_name_is_not_suggested(headline, sentences):
    assert suggest(headline, _story(*sentences), EMPTY) == ["Morgan Stanley"]


def test_a_word_of_a_longer_name_is_not_suggested_alone():
    paragraphs = _story("The Pebble Core went on sale as Pebble said it would.",
                        "Analysts at Morgan Stanley said that Pebble would gain.",
                        "The results showed that Pebble sold more watches than ever.")
    suggested = suggest("Pebble launches a watch", paragraphs, EMPTY)
    assert suggested[0] == "Pebble Core" and "Pebble" not in suggested


def test_a_german_text_gets_no_one_word_suggestions():
    paragraphs = ["Die Aktie von Nvidia ist am Montag stark gestiegen, und die Anleger "
                  "freuen sich über die Zahlen, die der Konzern vorgelegt hat.",
                  "Nach Angaben der Deutschen Bank wird Nvidia auch im nächsten Jahr "
                  "wachsen, weil die Nachfrage nach den Chips groß ist.",
                  "Die Zahlen zeigen, dass Nvidia mehr Chips verkauft hat als je zuvor, "
                  "und das ist für die Branche ein gutes Zeichen."]
    assert "Nvidia" not in suggest("Nvidia-Aktie steigt", paragraphs, EMPTY)


def test_a_common_word_and_of_before_a_one_word_name_is_no_name():
    paragraphs = ["Shares of Nvidia rose, and other shares fell.", "Nvidia said it would hire."]
    assert suggest("Jobs", paragraphs, EMPTY) == []
