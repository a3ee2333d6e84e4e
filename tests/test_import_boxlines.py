"""Found on session 76's batteries of made-up pages (German-language sites, long reads,
explainers and listicles, sport and entertainment, misleading metadata, smaller English-
language outlets): the lines a box leaves in the story's text when it goes (the marks that
close it for screen readers, its player, its sources' list), the lines that close a story
(broadcasts' slots, agencies' share, desks' codes, series' next parts, contributors), notes
on the story itself, time stamps in "a.m." and summary boxes' labels."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from explainer.importer.bylinenames import clean_byline
from explainer.importer.bylinetails import TAIL
from explainer.importer.furniture import is_furniture
from explainer.importer.keypoints import is_key_points
from explainer.importer.labels import without_rail
from explainer.importer.repeats import without_header_lines
from explainer.importer.signups import drop_reaction_boxes
from explainer.importer.stamps import is_time_stamp
from explainer.importer.standfirst import standfirst_in_text
from tests.test_import_html import PARAGRAPHS


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


def test_an_agency_after_a_slash_leaves_the_writer_s_name():
    assert TAIL.search("Andrea Furlan / ANSA").group().strip() == "/ ANSA"


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
