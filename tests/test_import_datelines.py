"""Where a story was filed, as its first paragraph says it, is its dateline."""

from __future__ import annotations

import pytest

from explainer.importer.datelines import opening_dateline
from explainer.importer.html import parse_html
from tests.test_import_html import page


@pytest.mark.parametrize(("opening", "place"), [
    ("MEXICO CITY (AP) — Mexico’s economy grew by 1.1%.", "Mexico City"),
    ("KATHMANDU, April 25 (Reuters) - Nepal's aviation authority disputed it.", "Kathmandu"),
    ("LA CROSSE, Wis. (AP) — After a summer of tumult, the race narrowed.", "La Crosse, Wis."),
    ("BEIRUT/THE HAGUE, March 7 (Reuters) - A tank crew fired.", "Beirut/The Hague"),
    ("HONOLULU, Dec. 23 (UPI) — Researchers cut false alarms.", "Honolulu"),
    ("SEOUL, Aug. 20 (Yonhap) -- North Korea's newspaper blasted the drill.", "Seoul"),  # any
    ("NEW DELHI (IANS) - The ministry said so.", "New Delhi"),  # agency's name in brackets
    ("**LINDI:** It is around 8pm and the market is still busy.", "Lindi"),
    ("O’HARE — Flights were held for an hour.", "O’Hare"),
    ("ST. JOHN'S — The storm reached the coast.", "St. John's"),
    ("Gundremmingen - Die beiden Kühltürme wurden gesprengt.", "Gundremmingen"),
    ("**London/Teheran** - Iranische Sicherheitskräfte haben …", "London/Teheran"),
    ("Kiel (dpo) - Finnland ist in Gefahr!", "Kiel"),
    ("São Paulo – O governo anunciou.", "São Paulo"),
    ("SIOUX FALLS, S.D. – People across the state talk about it.", "Sioux Falls, S.D."),
    ("*Indianapolis* – Thousands of teachers rallied.", "Indianapolis"),  # in italics
    ("Riad. Die Boxwelt blickt nach Saudi-Arabien.", "Riad"),  # the German way
    ("Bad Homburg. Der Stadtrat tagte am Montag.", "Bad Homburg"),
])
def test_a_wire_s_dateline_opening_the_text_is_the_place(opening, place):
    assert opening_dateline(["## Heading", opening, "More text."]) == place


@pytest.mark.parametrize("opening", [
    "UPDATE — The police reopened the road.",  # a label, no place
    "NATO — The alliance met on Monday. NATO said it would act.",  # an acronym said again
    "**Name:** Ashley **Location:** Los Angeles",  # a label in bold
    "DALLA NOSTRA CORRISPONDENTE NEW YORK - Meloni arrived.",  # five words: no place
    "Mexico City — The economy grew.",  # not in capitals, before an em dash
    "Jane Roe – who leads the council – said no.",  # an aside
    "*Jane Roe* – who leads the council – said no.",
    "Yes. The council agreed on Monday.",  # not before a German sentence
    "Nein. Die Stadt sagt das Fest ab.",  # a sentence of one word
    "Frankfurt am Main - Die Bank",  # a word in lower case
])
def test_an_opening_that_names_no_place_is_no_dateline(opening):
    assert opening_dateline([opening]) is None


def test_an_imported_wire_story_keeps_its_dateline_in_the_text_and_the_field():
    html = page().replace("<p>The council of", "<p>RIVERTON (AP) — The council of", 1)
    imported = parse_html(html)
    assert imported.dateline == "Riverton"
    assert imported.paragraphs[0].startswith("RIVERTON (AP) — The council")


def test_a_credit_in_brackets_run_into_the_first_word_is_set_apart():
    html = page().replace("<p>The council of", "<p><cite>(CNN)</cite>The council of", 1)
    assert parse_html(html).paragraphs[0].startswith("(CNN) The council of")


def test_a_word_in_brackets_before_a_space_is_left_as_it_is():
    html = page().replace("<p>The council of", "<p>(Updated) The council of", 1)
    assert parse_html(html).paragraphs[0].startswith("(Updated) The council of")
