"""Found on session 76's batteries of made-up pages (German-language sites, long reads,
explainers and listicles, sport and entertainment, misleading metadata, smaller English-
language outlets): the lines a box leaves in the story's text when it goes (the marks that
close it for screen readers, its player, its sources' list), the lines that close a story
(broadcasts' slots, agencies' share, desks' codes, series' next parts, contributors), notes
on the story itself, time stamps in "a.m." and summary boxes' labels."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html as lxml_html

from explainer.importer.bylinenames import clean_byline
from explainer.importer.customtags import opened_panels
from explainer.importer.furniture import is_furniture
from explainer.importer.html import parse_html
from explainer.importer.keypoints import is_key_points
from explainer.importer.labels import without_rail
from explainer.importer.repeats import without_header_lines
from explainer.importer.signups import drop_reaction_boxes
from explainer.importer.stamps import is_time_stamp
from explainer.importer.standfirst import standfirst_in_text
from tests.test_import_html import PARAGRAPHS
from tests.test_import_localfields import TEXT, _page


@pytest.mark.parametrize("line", [
    "Ende des Audiobeitrags",
    "Ende der weiteren Informationen",
    "End of Twitter post, 1",
    "**Sendung:** hr-iNFO, hessenschau regional, 12.06.2024, 19.30 Uhr",
    "Regionaljournal Bern Freiburg Wallis, 02.07.2024, 17:30 Uhr ; srf/lenz",
    "Mehr Nachrichten aus Essen lesen Sie hier.",
    "*Rubriklistenbild: © Hans Lippert*",
    "Mit Material der dpa",
    "Imagen \\| Tecnócrata",
    "(kurier.at, chof)",
    "UNB/AS",
    "NF",
    "Coming Tuesday in Part 3: How Bay County kept issuing permits after the ground moved.",
    "Contributing: Jenna Ortiz, The Lakeshore Gazette",
    "Click the link below to join the Kasa Newsroom channel: https://whatsapp.com/channel/k",
    "Follow the Long Read on X at @thelongread, listen to our podcasts here.",
    "Dieser Artikel erschien zuerst bei der Westfalen Abendpost. Wir veröffentlichen ihn im "
    "Rahmen einer Kooperation.",
    "This story was produced in partnership with the Gulf South Reporting Collaborative, a "
    "network of newsrooms.",
    "*Cet article a été publié en anglais le 1er août 2024 par The Lakeside Review.*",
    "Published 5:02 a.m. ET Feb. 25, 2024 | Updated 9:14 a.m. ET Feb. 26, 2024",
    "**Unsere Quellen:**",
    "### Noticias relacionadas",
])
def test_a_line_a_box_or_the_site_leaves_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Ende der Saison",
    "## FAQ",
    "The report, first published in 2019, found that most of the wells had run dry.",
    "This story was first published, the mayor said, in a paper that no longer exists.",
    "Coming from Leeds, she had never seen the sea before she was twenty.",
    "Contributing to the delay: a shortage of welders and a wet spring.",
    "Published at 3 a.m. the list named every school that would stay closed.",
])
def test_a_line_of_the_story_is_not(line):
    assert not is_furniture(line)


def test_a_list_of_sources_closing_the_text_goes_past_the_site_s_line_after_it():
    paragraphs = [*PARAGRAPHS, "**Unsere Quellen:**", "- Stadt Köln\n- Nachrichtenagentur dpa",
                  "Über dieses Thema berichten wir am 15.07.2024 auch im WDR Fernsehen, in der "
                  "Lokalzeit aus Köln um 19.30 Uhr."]
    assert without_rail(paragraphs) == PARAGRAPHS


def test_a_player_s_box_goes():
    player = ('<div class="c-audioplayer"><p class="audioplayer__title">Studio Freiburg</p>'
              '<p>Gemeinderat debattiert über Anwohnerparken</p></div>')
    text = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    tree = lxml_html.fromstring(f"<html><body><article>{player}{text}</article></body></html>")
    assert "Gemeinderat" not in drop_reaction_boxes(tree).text_content()


@pytest.mark.parametrize("label", ["In summary:", "### Auf einen Blick"])
def test_a_summary_box_s_label_over_its_list_is_key_points(label):
    assert is_key_points(label, "- Pensions rise by 4.6 percent\n- The minimum goes up too")


def test_a_time_stamp_in_a_m_is_one():
    assert is_time_stamp("Updated 9:14 a.m. ET Feb. 26, 2024")


STANDFIRST = ("Die Sanierung der Mülheimer Brücke in Köln verzögert sich erneut. Statt Ende 2024 "
              "soll sie nun erst 2026 fertig sein.")


def test_a_bold_standfirst_a_description_says_with_a_word_changed_leaves_the_text():
    description = STANDFIRST.replace("nun erst", "nun")
    summary, text = standfirst_in_text(description, [f"**{STANDFIRST}**", *PARAGRAPHS])
    assert (summary, text) == (STANDFIRST, PARAGRAPHS)


def test_a_bold_opening_a_description_says_otherwise_stays():
    description = "Köln streitet über eine Brücke, die seit Jahren eine Baustelle ist."
    assert standfirst_in_text(description, [f"**{STANDFIRST}**", *PARAGRAPHS])[1][0] == (
        f"**{STANDFIRST}**")


def test_a_bold_lede_a_dateline_opens_stays_though_the_description_says_the_rest():
    description = STANDFIRST
    assert standfirst_in_text(description, [f"**KÖLN {STANDFIRST}**", *PARAGRAPHS])[1][0] == (
        f"**KÖLN {STANDFIRST}**")


def test_the_paper_s_own_reporter_of_a_desk_is_no_writer():
    assert clean_byline(["By Our Sports Reporter"]) == ()


STORY = PARAGRAPHS[:3]


@pytest.mark.parametrize("line", [
    "dal nostro inviato Paolo Rigamonti",
    "De notre correspondante à Bruxelles, Paolo Rigamonti",
    "**By PAOLO RIGAMONTI**  \nTribune Staff Reporter  \nprigamonti@example.com",
])
def test_a_byline_line_with_the_paper_s_reporter_or_an_address_leaves_the_text(line):
    assert without_header_lines([line, *STORY], "Storage plant opens",
                                ("Paolo Rigamonti",)) == STORY


def test_a_date_line_under_four_header_lines_leaves_the_text():
    header = ["**Le Courrier du Léman**", "## Storage plant opens",
              "La commune a choisi la variante la moins chère.",
              "Paolo Rigamonti / Le Courrier du Léman", "28\\.11.2024"]
    assert "28\\.11.2024" not in without_header_lines(
        [*header, *STORY], "Storage plant opens", ("Paolo Rigamonti",), ("Le Courrier du Léman",))


def test_a_follow_line_set_in_italics_run_by_run_is_furniture():
    assert is_furniture("*Follow the Long Read on X at* *[@thelongread](https://x.com/l)* *, "
                        "listen to our podcasts* *here* *.*")


EDITED = ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
          '"2024-04-12T16:44:00-04:00", "dateModified": "2024-04-12T16:44:00-04:00"}</script>'
          '<meta property="article:published_time" content="2024-04-10T08:00:00-04:00">')
SHOWN = '<time class="entry-date published" datetime="2024-04-10T08:00:00-04:00">April 10, 2024'
def test_the_header_s_day_another_metadata_date_gives_wins_over_the_last_change():
    page = _page(f"<div class='entry-meta'>{SHOWN}</time></div>{TEXT}", EDITED)
    assert parse_html(page, second_opinions=False).date == dt.date(2024, 4, 10)


def test_a_header_day_no_metadata_gives_leaves_the_metadata_s_date():
    page = _page(f"<div class='entry-meta'>{SHOWN}</time></div>{TEXT}", EDITED.split("<meta")[0])
    assert parse_html(page, second_opinions=False).date == dt.date(2024, 4, 12)


@pytest.mark.parametrize("statement", ["Lea Senn Folgen", "Lea Senn Follow"])
def test_a_follow_button_s_word_run_into_the_name_is_left_out(statement):
    assert clean_byline([statement]) == ("Lea Senn",)


ANSWER = ("The superintendent of each district makes the call, usually after transportation "
          "staff drive the bus routes between three and half past four in the morning.")
ACCORDION = ('<div class="faq-accordion ui-accordion ui-widget"><h3 class="ui-accordion-header" '
             'aria-controls="ui-id-2">Who decides?</h3><div class="ui-accordion-content '
             'ui-widget-content" id="ui-id-2" aria-hidden="true" style="display: none;">'
             f"<p>{ANSWER}</p></div></div>")


def test_a_jquery_accordion_s_opened_panel_is_shown_and_no_widget():
    tree = opened_panels(lxml_html.fromstring(f"<div>{ACCORDION}</div>"))
    panel = tree.xpath("//*[@id='ui-id-2']")[0]
    assert (panel.get("aria-hidden"), panel.get("class")) == (None, "ui-accordion-content")
    assert tree.xpath("//div[contains(@class, 'faq-accordion')]")[0].get("class") == (
        "faq-accordion ui-accordion")


def test_a_jquery_accordion_s_answers_are_read():
    page = _page(f"{TEXT}{ACCORDION}<p>{PARAGRAPHS[1]}</p>")
    assert ANSWER in "\n".join(parse_html(page, second_opinions=False).paragraphs)


def test_the_paper_s_envoy_before_the_name_is_no_part_of_it():
    assert clean_byline(["nostro inviato Paolo Rigamonti"]) == ("Paolo Rigamonti",)
