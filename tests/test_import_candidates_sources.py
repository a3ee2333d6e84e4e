"""Candidate new terms: the story's publisher, news agencies, the people a line credits, a
dateline, a link's address, a market's code and text that names nothing are no candidates."""

from __future__ import annotations

import pytest

from explainer.core.diagnostics import Diagnostics
from explainer.glossary.terms import build_glossary
from explainer.importer.candidates import suggest

EMPTY = build_glossary([], Diagnostics())


def test_the_articles_publisher_is_no_candidate():
    paragraphs = ["The BBC News team spoke to the Arab League.", "BBC News asked again."]
    assert suggest("Talks", paragraphs, EMPTY, publisher="BBC News") == ["Arab League"]


def test_news_agencies_and_the_publisher_s_desk_are_no_candidates():
    paragraphs = ["The Associated Press and Agence France-Presse reported the vote, as did "
                  "Fox News Digital.", "The Arab League met in Cairo."]
    assert suggest("Vote", paragraphs, EMPTY, "Fox News") == ["Arab League"]


def test_another_body_whose_name_opens_with_the_publisher_s_is_a_candidate():
    paragraphs = ["She spoke to the Namibian Broadcasting Corporation on Sunday."]
    assert suggest("Interview", paragraphs, EMPTY, "The Namibian") == [
        "Namibian Broadcasting Corporation"]


def test_names_in_a_line_crediting_the_story_s_makers_are_no_candidates():
    paragraphs = ["The Arab League met in Cairo.",
                  "Reporting by Jane Roe in Beirut; Editing by David Clarke and Daniel Flynn"]
    assert suggest("Vote", paragraphs, EMPTY) == ["Arab League"]


@pytest.mark.parametrize("opening", ["DUBLIN —", "LA CROSSE, Wis. (AP) —", "NEW YORK -- "])
def test_a_dateline_in_capitals_is_no_candidate(opening):
    paragraphs = [f"{opening} The Arab League met in Cairo on Monday.",
                  "Ministers flew in from Dublin and from New York."]
    assert suggest("Vote", paragraphs, EMPTY) == ["Arab League"]


def test_a_short_place_in_capitals_opening_the_story_is_a_dateline_where_it_is_written_so():
    paragraphs = ["KOBE – Masks were stolen from the Japanese Red Cross Hospital.",
                  "Police in Kobe are looking for them."]
    assert suggest("Masks", paragraphs, EMPTY) == ["Japanese Red Cross Hospital"]


def test_an_acronym_opening_the_story_before_an_aside_is_no_dateline():
    paragraphs = ["NATO — which sent troops to the Baltic — met in Brussels.",
                  "Nato ministers spoke."]
    assert "NATO" in suggest("Vote", paragraphs, EMPTY)


def test_an_acronym_opening_a_paragraph_before_a_dash_is_no_dateline():
    paragraphs = ["NATO — which sent troops to the Baltic States — met in Brussels.",
                  "The Baltic States asked for more."]
    assert suggest("Vote", paragraphs, EMPTY) == ["Baltic States", "NATO"]


def test_research_by_an_institution_is_no_credit_line():
    paragraphs = ["Research by the Brookings Institution found that the Federal Reserve erred."]
    assert suggest("Fed", paragraphs, EMPTY) == ["Brookings Institution", "Federal Reserve"]


def test_a_link_s_address_is_not_the_article_s_words():
    paragraphs = ["[Donna Kelce](https://example.org/donna-kelce) spoke.",
                  "Travis Kelce played.", "Later, Donna Kelce sang."]
    assert suggest("Kelce", paragraphs, EMPTY) == ["Donna Kelce", "Travis Kelce"]


def test_a_market_s_code_after_a_name_is_not_part_of_it():
    paragraphs = ["The Nasdaq Composite .IXIC rose and Brent Crude LCOc1 fell.",
                  "Flight MH17 and the G20 met.", "The ISS Module ATLAS1 docked."]
    assert suggest("Markets", paragraphs, EMPTY) == [
        "Brent Crude", "Nasdaq Composite", "Flight MH17", "ISS Module ATLAS1"]


@pytest.mark.parametrize("noise", [
    "Malappuram20 Pathanamthitta17 Thrissur13 Details Awaited",  # table cells run together
    "The index [rose](https://example.org/quote?symbol=NKY&Market=TOKYO) again.",  # an address
    "据报道，DeepMind的AlphaGo AI能够打败围棋冠军。",  # a Latin name ends where Chinese starts
])
def test_text_that_names_nothing_gives_no_candidate(noise):
    assert suggest("Cases", [noise, "The Arab League met."], EMPTY) == ["Arab League"]


def test_who_posted_an_embedded_post_is_no_candidate():
    post = "> Buses avoid the centre.\n>\n> — Ryan Matoush (@rmatoush) [May 5, 2024](https://x.com/1)"
    paragraphs = ["The Harbour Board met, and the Harbour Board agreed.", post, post]
    assert suggest("Buses", paragraphs, EMPTY) == ["Harbour Board"]
