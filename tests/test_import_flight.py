"""A Next.js page whose article is only in its streamed "flight" data is still imported."""

from __future__ import annotations

import json

from explainer.importer.flight import flight_markup
from explainer.importer.html import parse_html

STORY = ("<p>The two towns agreed on Tuesday to share the cost of a new bridge over the river, "
         "ending a dispute that began in 2019.</p><p>Work is to start next spring and should "
         "take about two years, the councils said in a joint statement.</p><p>Residents "
         "have waited for a second crossing since the old ferry stopped running.</p>")


def push(text: str) -> str:
    return f"<script>self.__next_f.push([1,{json.dumps(text)}])</script>"


def text_row(row: str, markup: str) -> str:
    return f"{row}:T{len(markup.encode('utf-8')):x},{markup}"


def next_page(*scripts: str) -> str:
    return ("<!doctype html><html lang='en'><head><title>Towns agree on a bridge</title>"
            "<meta property='og:title' content='Towns agree on a bridge'></head><body>"
            "<div id='root'></div>" + "".join(scripts) + "</body></html>")


def test_a_text_row_with_paragraphs_is_found():
    data = '0:{"P":null}\n' + text_row("24", STORY) + '26:I[1,[],"Icon"]\n'
    assert flight_markup(next_page(push(data))) == [STORY]


def test_a_text_row_split_over_several_scripts_is_joined():
    row = text_row("1a", STORY)
    assert flight_markup(next_page(push(row[:40]), push(row[40:]))) == [STORY]


def test_the_length_of_a_row_counts_bytes_of_utf_8():
    story = "<p>Über die Brücke: Die Städte einigten sich – endlich.</p>"
    data = text_row("5", story) + "6:T3,abc"
    assert flight_markup(next_page(push(data))) == [story]


def test_a_text_row_without_paragraphs_is_not_markup():
    assert flight_markup(next_page(push(text_row("7", "a plain caption, no markup")))) == []


def test_a_page_without_flight_data_has_none():
    assert flight_markup("<html><body><p>Text</p></body></html>") == []


def test_the_article_is_imported_from_the_flight_data():
    article = parse_html(next_page(push(text_row("24", STORY))))
    assert article.title == "Towns agree on a bridge"
    assert article.paragraphs[0].startswith("The two towns agreed on Tuesday")
    assert len(article.paragraphs) == 3


def test_the_page_s_own_text_wins_over_its_flight_data():
    own = "".join(f"<p>{s} The council met again.</p>" for s in
                  ["Printed in the page itself, this is the story.",
                   "A second paragraph of the printed story follows here.",
                   "And a third one closes the printed story."])
    page = next_page(push(text_row("24", STORY))).replace(
        "<div id='root'></div>", f"<article>{own}</article>")
    article = parse_html(page)
    assert article.paragraphs[0].startswith("Printed in the page itself")


def test_a_text_row_right_after_another_is_found():
    ld = '{"@context":"https://schema.org","@type":"NewsArticle"}'
    data = '0:{"P":null}\n' + text_row("26", ld) + text_row("28", STORY) + '29:I[1,[],"x"]\n'
    assert flight_markup(next_page(push(data))) == [STORY]


def test_a_row_written_inside_a_text_row_is_not_read_again():
    inner = "<p>The opening paragraph of the story.</p>\n1f:T20,<p>a quoted code sample</p>"
    assert flight_markup(next_page(push(text_row("5", inner)))) == [inner]


def test_markup_past_the_bound_of_a_page_is_not_read():
    huge = "<p>x</p>" * 40_000
    assert flight_markup(next_page(push(text_row("9", huge)))) == []


def test_the_flight_data_wins_over_a_page_that_shows_no_sentence_of_the_story():
    shown = "<article><a href='/local'>Local news</a><h1>Towns agree on a bridge</h1></article>"
    page = next_page(push(text_row("24", STORY))).replace("<div id='root'></div>", shown)
    assert parse_html(page).paragraphs[0].startswith("The two towns agreed on Tuesday")
