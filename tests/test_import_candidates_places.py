"""Candidate new terms: well-known places, what a country's people are called, the note on
who wrote the piece and a numbered instalment ("Part Two") are no candidates."""

from __future__ import annotations

from explainer.core.diagnostics import Diagnostics
from explainer.glossary.terms import build_glossary
from explainer.importer.candidates import suggest

EMPTY = build_glossary([], Diagnostics())


def test_a_world_region_a_us_state_and_a_big_city_are_no_candidates():
    paragraphs = ["The Jasper Park Lodge is the largest resort in North America.",
                  "Guests fly in from New Jersey and Las Vegas to the Jasper Park Lodge."]
    assert suggest("Resort", paragraphs, EMPTY) == ["Jasper Park Lodge"]


def test_a_countrys_people_are_no_candidate():
    paragraphs = ["South African officials backed the Green Hydrogen Pipeline.",
                  "The Green Hydrogen Pipeline would cross the border."]
    assert suggest("Pipeline", paragraphs, EMPTY) == ["Green Hydrogen Pipeline"]


def test_a_closing_note_on_who_wrote_the_piece_is_not_read_for_names():
    paragraphs = ["The Gauteng High Court ruled for the traders.",
                  "*Jane Roe is a senior researcher with the City Region Observatory.*"]
    assert suggest("Traders", paragraphs, EMPTY) == ["Gauteng High Court"]


def test_a_closing_paragraph_in_italics_that_tells_the_story_is_read():
    paragraphs = ["The Gauteng High Court ruled for the traders.",
                  "*The City Region Observatory had warned of the evictions.*"]
    assert suggest("Traders", paragraphs, EMPTY) == ["Gauteng High Court",
                                                     "City Region Observatory"]


def test_a_numbered_instalment_is_no_candidate():
    paragraphs = ["Zendaya wore Louis Vuitton to the premiere of Dune: Part Two.",
                  "Louis Vuitton dressed her again for Part Two."]
    assert suggest("Premiere", paragraphs, EMPTY) == ["Louis Vuitton"]


def test_a_part_of_a_well_known_place_is_no_candidate():
    paragraphs = ["The Crime Film Festival opened in Northern California.",
                  "Mountainous Nepal hosted the Crime Film Festival next."]
    assert suggest("Festival", paragraphs, EMPTY) == ["Crime Film Festival"]
