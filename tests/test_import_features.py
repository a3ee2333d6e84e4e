"""Found on session 68's batteries of made-up pages (magazines and long reads, fact-checks and
explainers, newsletter platforms and one-person sites, sport, science and culture pages):
byline labels and what the reading runs into a name (a place before the label, the byline
box's role, a desk, a photographer credited in brackets), a short headline that the page's
own headings agree on, a person's own site, and boxes and lines that are no part of the
story (a match's score and line-ups, a newsletter's box, a form asking for an e-mail address,
readers' "talkbacks", a call to action, the time a story takes to read, a Chinese page's
tools, an appeal to support journalism)."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from explainer.importer.authorboxes import byline_roles, hidden_labels
from explainer.importer.bylinejoins import as_shown
from explainer.importer.bylinenames import clean_byline
from explainer.importer.clean import choose_title
from explainer.importer.closings import is_closing_line
from explainer.importer.furniture import is_furniture
from explainer.importer.html import parse_html
from explainer.importer.notes import is_note
from explainer.importer.prompts import is_prompt
from explainer.importer.repeats import without_header_lines
from explainer.importer.scoreboxes import drop_match_boxes
from explainer.importer.signups import (
    drop_comment_boxes,
    drop_reaction_boxes,
    drop_signup_boxes,
)
from explainer.importer.sitelines import is_site_line
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
HEADLINE = "The district's wells run lower every summer"


def _page(header: str, head: str = "", after: str = "") -> str:
    return (f"<html><head>{head}</head><body><article><h1>{HEADLINE}</h1>{header}{TEXT}{after}"
            "</article></body></html>")


def _ld(authors: list[tuple[str, str]], extra: str = "") -> str:
    people = ", ".join(f'{{"@type": "{kind}", "name": "{name}"}}' for kind, name in authors)
    return (f'<script type="application/ld+json">{{"@type": "NewsArticle", "author": [{people}]'
            f"{extra}}}</script>")


def _text(tree) -> str:
    return " ".join(tree.text_content().split())


@pytest.mark.parametrize("label", ["Автори:", "Yazar:", "執筆：", "撰文："])
def test_labels_of_the_writers_before_a_colon_are_no_part_of_the_name(label):
    assert clean_byline([f"{label} Olena Kovalenko"]) == ("Olena Kovalenko",)


def test_a_label_trafilatura_keeps_before_names_it_parts_otherwise_is_left_out():
    assert as_shown("Автори Олена Коваленко; Дмитро Савчук",
                    ["Олена Коваленко, Дмитро Савчук"]) == "Олена Коваленко, Дмитро Савчук"


def test_what_comes_before_the_label_opening_the_byline_is_no_writer():
    assert clean_byline(["Rio de Janeiro (RJ) | Por Gabriela Soares"]) == ("Gabriela Soares",)


def test_a_surname_opening_with_a_preposition_s_word_is_no_label():
    assert clean_byline(["Ana Souza, Di Lorenzo"])[0] == "Ana Souza"


def test_a_desk_after_the_names_is_no_writer():
    assert clean_byline(["Von Hans-Jörg Becker und Mira Schröder, ARD-Rechtsredaktion"]) == (
        "Hans-Jörg Becker", "Mira Schröder")


def test_the_role_trafilatura_runs_into_the_name_is_cut_from_it():
    box = ("<section class='bbc-byline'><ul><li><span class='bbc-name'>Maryam Afshar</span></li>"
           "<li><span class='bbc-role'>BBC Persian</span></li></ul></section>")
    assert parse_html(_page(box), second_opinions=False).byline == ("Maryam Afshar",)


def test_a_role_s_class_in_camel_case_is_read():
    box = lxml_html.fromstring("<div class='BylinesWrapper'><span class='BylineName'>Jayson "
                               "Greene</span><p class='BylineRole'>Genre: Rock</p></div>")
    assert byline_roles(box) == ["Genre: Rock"]


@pytest.mark.parametrize("team", ["فريق تحرير", "Wire Services"])
def test_an_editorial_team_or_the_wire_services_is_no_writer(team):
    head = _ld([("Person", team)])
    box = f"<div class='byline'>By <a href='/author/team/'>{team}</a></div>"
    assert parse_html(_page(box, head), second_opinions=False).byline == ()


def test_a_photographer_credited_in_brackets_is_no_writer_although_the_metadata_lists_them():
    head = _ld([("Person", "Sarah Gut"), ("Person", "Marco Ris")])
    box = ("<p class='credits'>Von <a href='/~sgut'>Sarah Gut</a> (Text) und <a href='/~mris'>"
           "Marco Ris</a> (Bilder), 04.03.2025</p>")
    assert parse_html(_page(box, head), second_opinions=False).byline == ("Sarah Gut",)


def test_the_person_a_site_is_named_for_is_its_writer():
    head = (_ld([("Person", "Luciana Vega")]) + "<meta property='og:site_name' content='Luciana "
            "Vega — Reporting'><meta name='author' content='Luciana Vega'>")
    box = "<p class='post-meta'><span class='p-author h-card'>Luciana Vega</span></p>"
    page = _page(box, head).replace("<body>", "<body><header><a class='site-title' rel='author' "
                                              "href='/'>Luciana Vega — Reporting</a></header>")
    assert parse_html(page, second_opinions=False).byline == ("Luciana Vega",)


def test_a_site_that_json_ld_calls_a_person_by_its_whole_name_is_no_writer():
    head = (_ld([("Person", "Der Postillon")]) + "<meta property='og:site_name' content='Der "
            "Postillon'>")
    box = "<div class='byline'>Von <span class='author'>Der Postillon</span></div>"
    assert parse_html(_page(box, head), second_opinions=False).byline == ()


def test_a_short_headline_that_the_h1_and_json_ld_agree_on_is_kept():
    assert choose_title(["The Last Catch"], ["The Last Catch"], ["The Last Catch"],
                        "The Last Catch, by Colm Ferriter", ["Harper's Magazine"],
                        "harpers.org") == "The Last Catch"


def test_a_short_title_no_heading_shows_still_gives_way_to_a_longer_one():
    assert choose_title([], ["Allergies Health Center"], [],
                        "Pollen counts peak early as spring warms | Allergies Health Center",
                        [], "example.com") == "Pollen counts peak early as spring warms"


def test_a_match_s_score_box_and_line_ups_are_taken_out():
    score = ("<div class='kick-scoreboard'><div>SC Freiburg 1:2 VfB Stuttgart</div><ul class="
             "'kick-scoreboard__events'><li>1:0 Ginter (12')</li></ul></div>")
    lineups = "<section class='kick-lineups'><h3>Aufstellung</h3><p>Freiburg: Atubolu</p></section>"
    tree = drop_match_boxes(lxml_html.fromstring(_page(score, after=lineups)))
    assert "Ginter" not in _text(tree) and "Atubolu" not in _text(tree)
    assert PARAGRAPHS[0].split()[0] in _text(tree)


def test_a_live_ticker_that_is_the_page_s_text_stays():
    page = ("<html><body><h1>Live</h1><section class='Article-ticker'><p>90' It is over.</p>"
            "<p>88' A late chance.</p></section></body></html>")
    assert "It is over" in _text(drop_match_boxes(lxml_html.fromstring(page)))


def test_a_box_under_a_newsletter_s_title_is_taken_out():
    box = ("<div class='css-nl'><h2>The Morning Newsletter</h2><p>Make sense of the day's news "
           "and ideas.</p></div>")
    assert "Make sense" not in _text(drop_signup_boxes(lxml_html.fromstring(_page("", after=box))))


def test_a_form_asking_for_an_e_mail_address_goes_with_its_box():
    box = ("<div data-block='subscribe'><h3>The Cascade Brief</h3><p>Join 12,400+ readers</p>"
           "<form><input type='email' placeholder='Enter your email'><button>Subscribe</button>"
           "</form></div>")
    assert "Join 12,400" not in _text(drop_signup_boxes(lxml_html.fromstring(_page(box))))


def test_readers_talkbacks_are_taken_out():
    box = "<div class='talkbacks'><h3>תגובות לכתבה</h3><p>הוספת תגובה</p></div>"
    assert "תגובה" not in _text(drop_comment_boxes(lxml_html.fromstring(_page("", after=box))))


def test_a_call_to_action_s_box_is_taken_out():
    box = "<div class='report-cta'><p>Send us the messages you doubt on LINE.</p></div>"
    tree = drop_reaction_boxes(lxml_html.fromstring(_page("", after=box)))
    assert "Send us" not in _text(tree)


@pytest.mark.parametrize("line", ["6 minute read", "5 MIN READ", "Lesezeit: 4 Minuten",
                                  "Temps de lecture : 3 min", "Время чтения: 5 минут",
                                  "約3分で読めます", "【纠错】", "【打印】 【关闭窗口】",
                                  "Share this article", "この記事を共有", "Partager cet article"])
def test_the_reading_time_a_chinese_page_s_tools_and_a_share_button_are_the_site_s_lines(line):
    assert is_site_line(line)


@pytest.mark.parametrize("line", ["The 6 min read is long", "4 minutes", "【新华社】",
                                  "Share this article with your friends, she said."])
def test_a_sentence_a_duration_or_an_agency_s_name_is_no_site_line(line):
    assert not is_site_line(line)


@pytest.mark.parametrize("line", [
    "**Apoie o jornalismo independente.** O Jornal do Agreste é mantido por leitores.",
    "Support independent journalism. Donate today.",
    "Unterstützen Sie unabhängigen Journalismus!"])
def test_an_appeal_opening_with_support_for_journalism_is_a_prompt(line):
    assert is_prompt(line)


def test_a_sentence_about_supporting_journalism_is_no_prompt():
    assert not is_prompt("Foundations that support independent journalism have grown.")


@pytest.mark.parametrize("line", [
    "Este artigo tem carácter informativo e não dispensa a consulta de um profissional de saúde.",
    "This article is for information only and is not a substitute for professional medical advice.",
    "*Dieser Beitrag ersetzt keine ärztliche Beratung.*"])
def test_a_health_story_s_disclaimer_is_a_note(line):
    assert is_note(line)


def test_an_article_of_a_law_that_replaces_nothing_is_no_note():
    assert not is_note("The article does not replace the law, the minister said.")


@pytest.mark.parametrize("line", ["Popular on Variety", "Trending on Billboard"])
def test_a_rail_s_heading_naming_the_site_s_popular_stories_is_furniture(line):
    assert is_furniture(line)


def test_a_sentence_opening_with_popular_on_is_no_furniture():
    assert not is_furniture("Popular on the island, the festival drew crowds.")


def test_the_h1_is_the_title_where_the_social_title_and_json_ld_s_each_say_otherwise():
    assert choose_title(["Lunar lander launch: private mission heads for the moon | Live"],
                        ["Watch: private lander launches to the moon"],
                        ["Private lunar lander lifts off on a six-day trip to the moon"],
                        "Lunar lander launch live updates - Orbital Times", ["Orbital Times"],
                        "orbital.example") == (
        "Private lunar lander lifts off on a six-day trip to the moon")


def test_the_social_title_stays_where_json_ld_and_the_title_agree_on_another():
    agreed = "Laos methanol poisonings: Australian teenager becomes sixth to die"
    social = "Australian teenager becomes sixth to die in Laos"
    assert choose_title([agreed], [social],
                        ["Australian teenager is sixth to die in Laos as bosses are held"],
                        f"{agreed} | The Independent", ["The Independent"],
                        "independent.co.uk") == social


def test_a_broadcaster_that_json_ld_calls_a_person_stays_the_publisher():
    head = (_ld([("Person", "Engin Haupt"), ("Person", "MDR SACHSEN-ANHALT")]) +
            "<meta property='og:site_name' content='MDR.DE'><link rel='canonical' "
            "href='https://www.mdr.de/nachrichten/sachsen-anhalt/hitze-100.html'>")
    box = "<p class='author'>Engin Haupt, MDR SACHSEN-ANHALT</p>"
    assert parse_html(_page(box, head), "https://www.mdr.de/nachrichten/sachsen-anhalt/hitze-"
                      "100.html", second_opinions=False).byline == ("Engin Haupt",)


def test_the_social_title_stays_where_json_ld_s_headline_says_the_same():
    assert choose_title(["Private mission heads for the moon's south pole"],
                        ["Private mission heads for the moon's south pole"],
                        ["Lunar lander lifts off on a six-day trip"], "", [],
                        "orbital.example") == "Private mission heads for the moon's south pole"


def test_the_site_s_name_without_its_word_for_news_and_the_place_after_it_are_no_writers():
    head = "<meta property='og:site_name' content='Portal Sul Notícias'>"
    box = "<div class='byline'>Por Rafael Nogueira, Portal Sul, Porto Alegre</div>"
    assert parse_html(_page(box, head), second_opinions=False).byline == ("Rafael Nogueira",)


def test_the_place_after_another_outlet_s_name_is_no_writer():
    box = "<div class='item_author'>Olivia Marsh, <em>The Guardian</em>, Regno Unito</div>"
    assert parse_html(_page(box), second_opinions=False).byline == ("Olivia Marsh",)


def test_a_writer_the_byline_names_stays_one_though_a_caption_credits_their_photo():
    box = ("<div class='byline'>By <a href='/authors/grace-liu'>Grace Liu</a> and <a href='/"
           "authors/omar-haddad'>Omar Haddad</a></div><figure><img src='a.jpg'><figcaption>Voters "
           "queue. <span>Photo by Omar Haddad / The Civic Wire</span></figcaption></figure>")
    head = _ld([("Person", "Grace Liu"), ("Person", "Omar Haddad")])
    assert parse_html(_page(box, head), second_opinions=False).byline == ("Grace Liu",
                                                                          "Omar Haddad")


def test_visible_labels_with_a_colon_of_one_class_are_no_hidden_labels():
    box = lxml_html.fromstring(
        "<div class='byline'><span class='byline__role'>Text:</span> <a href='/av/el'>Erik Lund"
        "</a> <span class='byline__role'>Foto:</span> <a href='/av/ab'>Anna Berg</a></div>")
    assert hidden_labels(box) == []


def test_a_translator_run_into_the_writer_s_name_in_the_byline_stays_no_writer():
    box = ("<div class='byline'><span class='author'>Yusuf Demir</span><span class='tr'>"
           "Translated from the Turkish by Clara Benson</span></div>")
    head = _ld([("Person", "Yusuf Demir"), ("Person", "Clara Benson")])
    assert parse_html(_page(box, head), second_opinions=False).byline == ("Yusuf Demir",)


@pytest.mark.parametrize("line", [
    "*The editorial board is a group of opinion journalists whose views are informed by "
    "expertise, research, debate and certain longstanding values.*",
    "*The Times is committed to publishing a diversity of letters to the editor. We’d like to "
    "hear what you think about this or any of our articles.*"])
def test_an_opinion_section_s_own_notes_are_notes(line):
    assert is_note(line)


def test_a_note_on_the_writer_opening_the_text_is_left_out():
    note = "*Hélène Marchand est économiste, directrice de recherche au CNRS.*"
    story = ["La réforme des retraites revient au Parlement cette semaine.", "Elle divise."]
    assert without_header_lines([note, *story], "Une réforme", ("Hélène Marchand",)) == story


def test_a_link_to_the_writer_s_other_columns_is_no_writer():
    assert clean_byline(["Mehmet Yalçın, Tüm Yazıları"]) == ("Mehmet Yalçın",)


@pytest.mark.parametrize("statement", ["By GIANLUCA FERRANTE AP Sports Writer",
                                       "By Gianluca Ferrante AP Sports Writer",
                                       "By GIANLUCA FERRANTE Sports Writer"])
def test_a_job_after_a_name_is_cut_at_the_agency_or_past_the_capitals(statement):
    assert [n.casefold() for n in clean_byline([statement])] == ["gianluca ferrante"]


def test_a_job_before_the_names_is_their_label():
    assert clean_byline(["by Xinhua writers Wang Xiaoming, Liu Jian"]) == ("Wang Xiaoming",
                                                                          "Liu Jian")


def test_a_newsletter_s_pitch_closed_by_sign_up_here_is_a_prompt():
    assert is_prompt("The Reuters Power Up newsletter provides everything you need to know "
                     "about the global energy industry. Sign up here.")


def test_a_label_and_a_bare_address_alone_close_the_story():
    assert is_closing_line("AP soccer: https://apnews.com/hub/soccer")


def test_a_sentence_before_an_address_is_no_closing_line():
    assert not is_closing_line("Read the ruling here: https://court.example/ruling.pdf")
