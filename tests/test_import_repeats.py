"""The headline after its kicker and the byline, repeated in the extracted text, are left out."""

from __future__ import annotations

import json

import pytest

from explainer.importer.html import parse_html
from explainer.importer.pullquotes import without_repeats
from explainer.importer.repeats import (
    drop_repeated_title,
    is_byline,
    is_kicker_and_title,
    reworded,
    without_header_lines,
    without_section_label,
)
from tests.test_import_html import page

TITLE = "Liverpool verliert bei Everton"


@pytest.mark.parametrize("line", [
    "Premier League Rückschlag im Titelkampf - Liverpool verliert bei Everton",
    "**Premier League:** Liverpool verliert bei Everton",
    "## Rückschlag im TitelkampfLiverpool verliert bei Everton",
    "## Premier League Liverpool verliert bei Everton",
])
def test_a_kicker_and_the_headline_is_found(line):
    assert is_kicker_and_title(line, TITLE)


@pytest.mark.parametrize("line", [
    TITLE,  # the headline alone is another rule's (the first line only)
    "Am Ende des Spiels Liverpool verliert bei Everton",  # no mark between
    "Everton won the derby on Sunday, and for the first time in years the fans who had "
    "waited for it saw their side beat the leaders: Liverpool verliert bei Everton",
])
def test_the_headline_alone_or_a_long_line_ending_in_it_is_no_kicker_line(line):
    assert not is_kicker_and_title(line, TITLE)


@pytest.mark.parametrize("line", ["von Katja Belousova", "By Jane Roe and Ali Hashem",
                                  "**Jane Roe, Ali Hashem**", "Text: Jane Roe & Ali Hashem",
                                  "By Jane Roe and Ali Hashem, Staff Writers",
                                  "Auteur : Jane Roe et Ali Hashem",
                                  "Written by Jane Roe and Ali Hashem"])
def test_a_line_that_is_the_byline_is_found(line):
    names = ("Katja Belousova",) if line.startswith("von") else ("Jane Roe", "Ali Hashem")
    assert is_byline(line, names)


@pytest.mark.parametrize("line", ["By Jane Roe, in Kyiv", "Jane Roe said the talks had ended.",
                                  "By Ali Hashem", "Jane Roe and Ali Hashem met the council",
                                  "Jane Roe and Ali Hashem, Staff Writers, Reuters Bureau"])
def test_a_line_that_says_more_or_less_than_the_byline_is_kept(line):
    assert not is_byline(line, ("Jane Roe", "Ali Hashem"))


def test_a_byline_with_its_role_in_a_script_without_capitals_is_found():
    assert is_byline("박준석 기자 외 1명", ("박준석",))


def test_a_byline_in_the_middle_of_the_text_is_kept():
    paragraphs = [f"Paragraph {n} of the story." for n in range(10)]
    paragraphs[5] = "Jane Roe"
    assert without_header_lines(paragraphs, "A title", ("Jane Roe",)) == paragraphs


def test_the_byline_at_the_start_and_end_is_dropped():
    paragraphs = ["By Jane Roe", "The story.", "More of it.", "And the end.", "Jane Roe"]
    assert without_header_lines(paragraphs, "A title", ("Jane Roe",)) == [
        "The story.", "More of it.", "And the end."]


@pytest.mark.parametrize("line", ["**Euronews**with", "**Agencies**", "AFP, Reuters",
                                  "dpa/AFP", "By Euronews with AFP", "Associated Press",
                                  "**The Euronews**"])
def test_a_line_over_the_text_crediting_only_the_publisher_or_agencies_is_dropped(line):
    paragraphs = [line, "The story.", "More of it."]
    assert without_header_lines(paragraphs, "A title", (), ("Euronews",)) == [
        "The story.", "More of it."]


@pytest.mark.parametrize("line", ["Euronews and its partners said the vote was fair.",
                                  "The Agencies Act", "Reuters", "Mit", "Con"])
def test_a_line_that_says_more_than_the_credit_or_stands_further_down_stays(line):
    paragraphs = ["One.", "Two.", "Three.", "Four.", line, "Five."]
    assert without_header_lines(paragraphs, "A title", (), ("Euronews",)) == paragraphs
    if line != "Reuters":
        assert without_header_lines([line, "One."], "A title", (), ("Euronews",)) == [
            line, "One."]


def test_an_imported_article_leaves_out_its_kicker_headline_and_byline_lines():
    extra = ('<p>Bridge plan: Towns agree plan for new river bridge</p>'
             '<p>By Jane Roe</p>')
    html = page('<meta name="author" content="Jane Roe">').replace(
        "<article><h1>Towns agree plan for new river bridge</h1>",
        f"<article><h1>Towns agree plan for new river bridge</h1>{extra}")
    article = parse_html(html)
    assert article.byline == ("Jane Roe",)
    assert not any("Jane Roe" in p or "Bridge plan" in p for p in article.paragraphs)


def test_a_sentence_that_ends_in_a_short_title_s_words_is_kept():
    assert not is_kicker_and_title("And yet life goes on.", "Life goes on")
    assert not is_kicker_and_title("It was nice", "Ice")


def test_a_first_line_that_is_another_headline_of_the_page_is_dropped():
    body = "## Towns agree plan for new river bridge, ending ten years of waiting\n\nThe story."
    assert drop_repeated_title(body, "Towns agree plan for new river bridge",
                               "Towns agree plan for new river bridge, ending ten years of "
                               "waiting") == "The story."


def test_a_first_line_that_is_a_headline_but_for_its_punctuation_is_dropped():
    body = "## Bridge row: Towns agree plan for new river bridge\n\nThe story."
    assert drop_repeated_title(body, "Towns agree plan", "Bridge row Towns agree plan for new "
                               "river bridge") == "The story."


def test_an_opening_heading_that_is_the_title_without_its_kicker_goes():
    text = ["## Nairobi von unten", "The story."]
    assert without_header_lines(text, "Kenia: Nairobi von unten", ()) == ["The story."]


def test_a_section_s_heading_that_is_the_title_without_its_kicker_stays():
    text = ["**The OBR checks the government's plans.**", "## What is the OBR?", "It is."]
    assert without_header_lines(text, "Budget office: What is the OBR?", ()) == text


def test_an_opening_heading_of_one_word_after_the_title_s_colon_stays():
    text = ["## Bridges", "The story."]
    assert without_header_lines(text, "Towns: Bridges", ()) == text


def test_a_first_line_that_is_no_headline_stays():
    body = "## A heading of the story\n\nThe story."
    assert drop_repeated_title(body, "Towns agree plan for new river bridge") == body


def test_the_section_link_above_the_headline_goes_with_it():
    body = ("[World](https://example.org/news/world)\n\n## Towns agree bridge\n\n"
            "The council met on Tuesday.")
    assert drop_repeated_title(body, "Towns agree bridge") == "The council met on Tuesday."


def test_a_label_above_the_headline_goes_with_it():
    body = "FAQ\n\n## Towns agree bridge\n\nThe council met on Tuesday."
    assert drop_repeated_title(body, "Towns agree bridge") == "The council met on Tuesday."


def test_the_headline_set_again_under_its_label_after_the_title_goes_too():
    body = ("Towns agree bridge\n\nFAQ\n\n## Towns agree a plan for the bridge\n\n"
            "The council met on Tuesday.")
    assert drop_repeated_title(body, "Towns agree bridge", "Towns agree a plan for the "
                               "bridge") == "The council met on Tuesday."


@pytest.mark.parametrize("first", ["The council met.", "- Bridge", "Six words that are no label"])
def test_a_line_above_the_headline_that_is_no_label_stays(first):
    body = f"{first}\n\n## Towns agree bridge\n\nThe story."
    assert drop_repeated_title(body, "Towns agree bridge") == body


@pytest.mark.parametrize(("headline", "expected"), [
    ("Deutscher Handel mit Teheran: Druck durch Wirtschaftssanktionen auf Iran?", True),
    ("Wo liegt Iran im Handelspartner-Vergleich?", False),
    ("Handel mit China", False),
    ("Heads up: Deutscher Handel mit Iran und Druck durch Wirtschaftssanktionen.", False),
])
def test_a_headline_shown_in_other_words_shares_most_of_its_words(headline, expected):
    assert reworded("Deutscher Handel mit Iran: Druck mit Wirtschaftssanktionen?",
                    headline) is expected


def test_a_first_paragraph_that_is_a_longer_link_stays():
    body = "[Read the council's full report on the bridge](https://example.org/r)\n\nMore."
    assert drop_repeated_title(body, "Towns agree bridge") == body


def test_a_paragraph_said_again_word_for_word_is_kept_once():
    standfirst = ("Forest fires broke out in three provinces on Wednesday, and firefighters "
                  "worked through the night to keep them from the villages.")
    paragraphs = [standfirst, "The army sent helicopters.", standfirst, "Rain is forecast."]
    assert without_repeats(paragraphs) == [standfirst, "The army sent helicopters.",
                                           "Rain is forecast."]


def test_a_pull_quote_of_the_text_s_own_words_goes_and_a_quotation_stays():
    text = "It is a fine film. Trouble is, Dune is still a story about a savior. Go see it."
    paragraphs = [text, "> Trouble is, Dune is still a story about a savior.",
                  "> Fear is the mind-killer."]
    assert without_repeats(paragraphs) == [text, "> Fear is the mind-killer."]


def test_short_lines_may_repeat():
    assert without_repeats(["Yes.", "More text here.", "Yes."]) == \
        ["Yes.", "More text here.", "Yes."]


def test_the_headline_again_as_a_heading_near_the_start_goes():
    paragraphs = ["The council met.", "## Towns agree bridge\\!", "Work starts soon."]
    assert without_header_lines(paragraphs, "Towns agree bridge!", ()) == \
        ["The council met.", "Work starts soon."]


def test_a_short_quote_is_a_quotation_whatever_the_text_around_it_says():
    paragraphs = ["The minister was asked whether she would resign over the affair.", "> No.",
                  "She left the room without another word, and nobody followed her."]
    assert without_repeats(paragraphs) == paragraphs


def test_a_pull_quote_set_before_its_paragraph_goes_and_the_paragraph_stays():
    text = "Trouble is, Dune is still a story about a colonizing savior."
    assert without_repeats(["Intro here.", f"> {text}", text]) == ["Intro here.", text]


def test_a_section_link_with_no_headline_after_it_stays():
    body = "[World](https://example.org/world)\n\nThe council met on Tuesday."
    assert drop_repeated_title(body, "Towns agree bridge") == body


@pytest.mark.parametrize("label", ["Leben", "#### MIDDLE EAST CRISIS", "**Threat Research**"])
def test_the_label_of_the_storys_section_over_the_text_is_left_out(label):
    sections = ["Leben", "Middle East Crisis", "Threat Research"]
    assert without_section_label([label, "The text."], sections) == ["The text."]


@pytest.mark.parametrize(("first", "sections"), [
    ("Leben", ["Kultur"]),  # not the story's section
    ("Leben.", ["Leben"]),  # a sentence
    ("Leben und Tod in der Stadt", ["Leben und Tod in der Stadt"]),  # more than three words
    ("LONDON", ["London"]),  # a dateline set apart
    ("**WASHINGTON** —", ["Washington"]),
])
def test_a_first_line_that_is_no_section_label_stays(first, sections):
    assert without_section_label([first, "The text."], sections) == [first, "The text."]


@pytest.mark.parametrize("link", [
    "[South Africa](https://example.org/news/south-africa/)",
    "[España](https://example.org/espana/)",
    "[Société](https://example.org/soci%C3%A9t%C3%A9/)",
])
def test_a_link_to_the_section_its_address_names_is_left_out(link):
    assert without_section_label([link, "The text."], []) == ["The text."]


@pytest.mark.parametrize("first", [
    "[cast their ballots](https://example.org/politics/electoral-college-vote-n698026).",
    "[South Africa](https://example.org/news/2024/floods-in-south-africa)",
    "[A long name of a section here](https://example.org/a-long-name-of-a-section-here)",
])
def test_a_first_link_that_names_no_section_stays(first):
    assert without_section_label([first, "The text."], []) == [first, "The text."]


def test_a_round_ups_first_heading_stays():
    text = ["## Ukraine", "Kyiv text.", "## Gaza", "Gaza text."]
    assert without_section_label(text, ["Ukraine", "Gaza"]) == text


def test_a_text_of_one_line_keeps_it():
    assert without_section_label(["Leben"], ["Leben"]) == ["Leben"]


def test_an_imported_page_loses_the_section_label_over_its_text():
    head = '<meta property="article:section" content="Local news">'
    html = page(head).replace("</h1>", "</h1><p>Local news</p>")
    assert parse_html(html).paragraphs[0].startswith("The council of the river towns")


def test_a_pull_quote_that_shortens_the_paragraph_near_it_goes():
    said = ("„Wir wissen aber, dass hohe Temperaturen an der Meeresoberfläche zusätzliche "
            "Feuchtigkeit in die Atmosphäre abgeben“, sagte sie.")
    pulled = ("> Wir wissen, dass hohe Temperaturen an der Meeresoberfläche zusätzliche "
              "Feuchtigkeit in die Atmosphäre abgeben.")
    text = [pulled, "Die Forscher warnen seit Jahren.", said]
    assert without_repeats(text) == text[1:]


@pytest.mark.parametrize("speaker", ["**Samantha Burgess**, Direktorin bei Copernicus",
                                     "— Mark Woodward, chief executive of Invoca",
                                     "Michael Brune, Sierra Club"])
def test_the_speaker_of_a_pull_quote_left_out_goes_too(speaker):
    said = ("„Wir wissen aber, dass hohe Temperaturen an der Meeresoberfläche zusätzliche "
            "Feuchtigkeit in die Atmosphäre abgeben“, sagte sie.")
    pulled = "> Wir wissen, dass hohe Temperaturen zusätzliche Feuchtigkeit abgeben."
    assert without_repeats([said, pulled, speaker, "Die Forscher warnen."]) == [
        said, "Die Forscher warnen."]


def test_a_short_line_after_a_quotation_that_stays_is_kept():
    text = ["The mayor wrote to the residents.", "> Nothing the text says again, at all here.",
            "Jane Doe, the mayor"]
    assert without_repeats(text) == text


def test_a_quotation_that_the_text_only_partly_retells_stays():
    quoted = ("> The council will not build the bridge this year, and the tolls will pay for "
              "the new ferry instead.")
    text = ["The mayor wrote to the residents on Monday.", quoted,
            "The council will not build the bridge this year, she said."]
    assert without_repeats(text) == text


def test_a_pull_quote_further_down_the_text_goes():
    said = "The river has never been this low in living memory, the harbour master said."
    text = [said, *[f"Paragraph {n} of the story about the river." for n in range(6)],
            "> The river has never been this low in living memory"]
    assert without_repeats(text) == text[:-1]


def test_a_label_heading_over_a_story_with_subheadings_of_its_level_goes():
    text = ["#### MIDDLE EAST CRISIS", "The text.", "#### What the court said", "More."]
    assert without_section_label(text, ["Middle East Crisis"]) == text[1:]


def test_the_json_ld_article_section_names_the_label_over_the_text():
    data = {"@context": "https://schema.org", "@type": "NewsArticle",
            "articleSection": ["Local news", 7, " "]}
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    html = page(head).replace("</h1>", "</h1><p>Local news</p>")
    assert parse_html(html).paragraphs[0].startswith("The council of the river towns")
