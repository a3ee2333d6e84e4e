"""Candidate new terms of one word: a story's subject named by one word ("Nvidia", "Hamas")
is suggested when it stands in the headline and in three paragraphs or more, and is no
sentence's opener, place, people, part of a longer name or word of a German text."""

from __future__ import annotations

from explainer.core.diagnostics import Diagnostics
from explainer.glossary.terms import build_glossary
from explainer.importer.candidates import suggest

EMPTY = build_glossary([], Diagnostics())
# enough running English for the text to read as English
FILLER = ("It was the third time this year that the figures had been revised, and the people "
          "who follow the market said that they had expected it for some weeks.")


def _story(*sentences: str) -> list[str]:
    return [f"{sentence} {FILLER}" for sentence in sentences]


def test_a_one_word_subject_in_the_headline_and_three_paragraphs_is_suggested_first():
    paragraphs = _story("Shares in the chipmaker rose after Nvidia reported its results.",
                        "Analysts at Morgan Stanley said that Nvidia would gain.",
                        "The results showed that Nvidia sold more chips than ever.")
    assert suggest("Nvidia shares soar", paragraphs, EMPTY) == ["Nvidia", "Morgan Stanley"]


def test_a_one_word_name_in_fewer_than_three_paragraphs_is_not_suggested():
    paragraphs = _story("Shares in the chipmaker rose after Nvidia reported its results.",
                        "Analysts at Morgan Stanley said that Nvidia would gain.",
                        "The results showed that the firm sold more chips than ever.")
    assert suggest("Nvidia shares soar", paragraphs, EMPTY) == ["Morgan Stanley"]


def test_a_one_word_name_not_in_the_headline_is_not_suggested():
    paragraphs = _story("Shares in the chipmaker rose after Nvidia reported its results.",
                        "Analysts at Morgan Stanley said that Nvidia would gain.",
                        "The results showed that Nvidia sold more chips than ever.")
    assert suggest("Chip shares soar", paragraphs, EMPTY) == ["Morgan Stanley"]


def test_a_word_that_only_opens_sentences_is_not_suggested():
    paragraphs = _story("Meanwhile the chipmaker reported its results.",
                        "Meanwhile analysts at Morgan Stanley said the firm would gain.",
                        "Meanwhile the results showed more chips sold than ever.")
    assert suggest("Meanwhile shares soar", paragraphs, EMPTY) == ["Morgan Stanley"]


def test_a_capital_and_a_countrys_people_are_not_suggested():
    paragraphs = _story("The talks in the city were led by Israeli and Kyiv officials.",
                        "Analysts at Morgan Stanley said that Israeli and Kyiv aims differ.",
                        "The results showed that Israeli and Kyiv envoys would meet again.")
    assert suggest("Israeli and Kyiv envoys meet", paragraphs, EMPTY) == ["Morgan Stanley"]


def test_a_town_written_after_in_is_not_suggested():
    paragraphs = _story("The fire broke out in Valencia on a quiet night.",
                        "Analysts at Morgan Stanley said that Valencia would rebuild.",
                        "The firefighters of Valencia worked through the night.")
    assert suggest("Fire in Valencia", paragraphs, EMPTY) == ["Morgan Stanley"]


def test_a_word_the_article_also_writes_in_lower_case_is_not_suggested():
    paragraphs = _story("The Shares of the chipmaker rose after the results.",
                        "Analysts at Morgan Stanley said that the Shares would gain.",
                        "The results showed that shares rose as the Shares index did.")
    assert suggest("Shares soar", paragraphs, EMPTY) == ["Morgan Stanley"]


def test_a_word_of_a_longer_name_is_not_suggested_alone():
    paragraphs = _story("The Pebble Core went on sale as Pebble said it would.",
                        "Analysts at Morgan Stanley said that Pebble would gain.",
                        "The results showed that Pebble sold more watches than ever.")
    assert suggest("Pebble launches a watch", paragraphs, EMPTY)[0] == "Pebble Core"
    assert "Pebble" not in suggest("Pebble launches a watch", paragraphs, EMPTY)


def test_a_german_text_gets_no_one_word_suggestions():
    paragraphs = ["Die Aktie von Nvidia ist am Montag stark gestiegen, und die Anleger "
                  "freuen sich über die Zahlen, die der Konzern vorgelegt hat.",
                  "Nach Angaben der Deutschen Bank wird Nvidia auch im nächsten Jahr "
                  "wachsen, weil die Nachfrage nach den Chips groß ist.",
                  "Die Zahlen zeigen, dass Nvidia mehr Chips verkauft hat als je zuvor, "
                  "und das ist für die Branche ein gutes Zeichen."]
    assert "Nvidia" not in suggest("Nvidia-Aktie steigt", paragraphs, EMPTY)
