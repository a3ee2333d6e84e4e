"""Found on session 69's batteries of made-up pages (press releases and their wires, French and
Southern European sites, newsrooms writing in cards, pages led by audio and video, stories
with tables and boxes): a wire's release without its closing sections and its issuer as no
writer, a company or a release's label as no name, ranks and roles before a name, labels of
sources and hosts, sponsors' labels and boxes, rights and tip lines in more languages, a
date labelled as a change in another language, a date line under a standfirst, Taiwan's
agency's reporters, a table in a box named for an embed, a photo story's captions; and, from
the batteries of local broadcasters, student and community papers and East Asian sites, wire
end marks in other languages, lines of credits, counts of readers, apps' promotions, hosts
given as authors and the headings of boxes of links."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html as lxml_html

from explainer.importer.bylinenames import clean_byline
from explainer.importer.fallbacks import labelled_authors
from explainer.importer.furniture import is_furniture
from explainer.importer.headerdates import header_date
from explainer.importer.html import parse_html
from explainer.importer.notes import is_note
from explainer.importer.pagedates import _labelled_as_change
from explainer.importer.prompts import is_prompt
from explainer.importer.releases import without_release_furniture
from explainer.importer.signups import drop_reaction_boxes
from explainer.importer.sitelines import is_site_line
from explainer.importer.spans import tables_unboxed
from explainer.importer.wirecredits import opening_credit
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
WIRE_OPENING = ("AUSTIN, Texas, March 4, 2025 /PRNewswire/ -- Meridian Gridworks, Inc. today "
                "opened a 400-megawatt-hour battery plant in Bastrop County.")
RELEASE = [WIRE_OPENING, "The plant charges at midday and discharges after sunset.",
           "It employs 22 people.", "Two more projects are under construction."]
CLOSING = ["**About Meridian Gridworks**", "Meridian Gridworks develops storage systems.",
           "Media Contact: Lauren Whitcomb, press@meridian.example",
           "SOURCE Meridian Gridworks, Inc."]


def _page(header: str, head: str = "", body: str = TEXT) -> str:
    return (f"<html><head>{head}</head><body><article><h1>Storage plant opens</h1>{header}"
            f"{body}</article></body></html>")


def test_a_wire_s_release_ends_before_the_section_about_the_company():
    assert without_release_furniture([*RELEASE, *CLOSING]) == RELEASE


@pytest.mark.parametrize("heading", ["**Forward-Looking Statements**", "### About the Company",
                                     "**À propos d'Aubrac Énergies**", "**关于华晟新材料**"])
def test_a_wire_s_release_ends_before_its_closing_headings(heading):
    assert without_release_furniture([*RELEASE, heading, "Boilerplate."]) == RELEASE


def test_a_wire_s_release_ends_before_its_source_line():
    assert without_release_furniture([*RELEASE, "SOURCE Meridian Gridworks"]) == RELEASE


def test_a_story_that_no_wire_marks_keeps_a_section_about_someone():
    story = ["The council approved the budget.", "It passed 7-2.", "Debate ran late.",
             "**About the new mayor**", "She took office in May."]
    assert without_release_furniture(story) == story


def test_a_heading_about_something_early_in_a_wire_s_release_stays():
    release = [WIRE_OPENING, "**About the plant**", "It sits on 30 acres.", "It opened today."]
    assert without_release_furniture(release) == release


def test_a_wire_s_release_s_issuer_alone_is_no_byline():
    head = '<meta name="author" content="Lakeshore Health Foundation">'
    body = f"<p>{WIRE_OPENING.replace('/PRNewswire/', '/CNW/')}</p>{TEXT}"
    assert parse_html(_page("", head, body), second_opinions=False).byline == ()


def test_a_foundation_as_the_only_author_of_a_story_stays_its_byline():
    head = '<meta name="author" content="Lakeshore Health Foundation">'
    assert parse_html(_page("", head), second_opinions=False).byline == (
        "Lakeshore Health Foundation",)


@pytest.mark.parametrize("company", ["Meridian Gridworks, Inc.", "Meridian Gridworks; Inc",
                                     "Northbrook Copper Corp.", "华晟新材料股份有限公司"])
def test_a_company_is_no_name(company):
    assert clean_byline([company]) == ()


@pytest.mark.parametrize("label", ["FOR IMMEDIATE RELEASE", "Press Release"])
def test_a_release_s_label_is_no_name(label):
    assert clean_byline([label]) == ()


def test_a_job_in_title_case_after_the_name_is_no_second_writer():
    assert clean_byline(["By Maria Santos, Chief Sustainability Officer"]) == ("Maria Santos",)


def test_an_agency_after_a_bar_is_no_second_writer():
    page = _page("<div class='byline'><span class='author'>Camila Duarte | Agência FAPMG</span>"
                 "</div>")
    assert parse_html(page, second_opinions=False).byline == ("Camila Duarte",)


@pytest.mark.parametrize("statement", ["podkom. Anna Kędzierska", "por. Mgr. Anna Kędzierska"])
def test_a_rank_or_a_degree_abbreviated_before_the_name_is_left_out(statement):
    assert clean_byline([statement]) == ("Anna Kędzierska",)


def test_a_photographer_s_role_run_into_their_name_is_no_writer():
    assert clean_byline(["Joana Reis Almeida, Fotografia Rui Vieira Matos"]) == (
        "Joana Reis Almeida",)


def test_a_month_run_into_an_agency_s_name_is_cut_off():
    assert clean_byline(["Associated PressOctober 3, 2024"]) == ("Associated Press",)


def test_a_greek_source_s_label_makes_no_byline():
    assert clean_byline(["Πηγή ΑΠΕ-ΜΠΕ"]) == ()


def test_an_opinion_column_s_label_is_no_writer():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": '
            '{"@type": "Person", "name": "CM: Our View"}}</script>')
    assert parse_html(_page("", head), second_opinions=False).byline == ()


def test_a_programme_s_host_before_a_guest_is_its_writer():
    tree = lxml_html.fromstring(_page(
        "<p class='hosts'>Moderuje: <a href='/lide/lk'>Lenka Kabrhelová</a>; host: Tomáš "
        "Novotný, redaktor ekonomické rubriky</p>"))
    assert labelled_authors(tree, lambda element, name: False)[:1] == ["Lenka Kabrhelová"]


def test_taiwan_s_agency_s_dateline_names_its_reporter():
    assert opening_credit(["（中央社記者曾智怡台北7日電）財政部今天公布10月出口金額。"], []) == (
        "曾智怡",)


@pytest.mark.parametrize("line", ["Presented by Amazon", "PRESENTED BY EURELECTRIC",
                                  "Together With Shopify"])
def test_a_sponsor_s_label_alone_is_the_site_s_line(line):
    assert is_site_line(line)


def test_together_with_in_a_sentence_is_the_story_s():
    assert not is_site_line("Together with his brother, he founded the firm in 1998.")


def test_a_sponsor_s_box_is_left_out():
    tree = lxml_html.fromstring(_page(
        "<div class='pb-sponsor'><p>Presented by Amazon</p><p>Amazon has invested in "
        "communities.</p></div>"))
    assert "Amazon" not in drop_reaction_boxes(tree).text_content()


@pytest.mark.parametrize("line", ["Reprodução proibida sem autorização do g1 RS.",
                                  "Riproduzione riservata © Copyright ANSA"])
def test_a_notice_of_rights_in_portuguese_and_italian_is_the_site_s_line(line):
    assert is_site_line(line)


@pytest.mark.parametrize("line", [
    "Har du tips om den här händelsen? Hör av dig till SVT Norrbotten.",
    "※ '당신의 제보가 뉴스가 됩니다' YBN은 여러분의 소중한 제보를 기다리고 있습니다.",
    "Hazte socio/a", "*For more news, go to www.Agri-Pulse.com.*"])
def test_the_desk_asking_for_tips_members_or_visits_is_a_prompt(line):
    assert is_prompt(line)


def test_a_date_in_spanish_after_an_update_s_label_and_two_times_is_a_change():
    text = "Por Ana Ruiz, CNN Actualizado 7:00 ET (12:00 GMT) 21 Febrero 2024 Lo que"
    assert _labelled_as_change(text, dt.date(2024, 2, 21))


def test_a_line_of_dates_under_a_standfirst_is_read():
    tree = lxml_html.fromstring(
        "<html><body><article><h1>Storm hits Brittany</h1><p class='article__desc'>Gusts of up "
        "to 150 km/h hit the western tip of France overnight, uprooting trees.</p><section>"
        "<span class='meta__date'>Published on November 19, 2023, at 12:40 am (Paris), updated "
        f"at 9:05 am</span></section>{TEXT}</article></body></html>")
    assert header_date(tree) == dt.date(2023, 11, 19)


def test_a_table_in_a_box_named_for_an_embed_loses_that_name():
    tree = tables_unboxed(lxml_html.fromstring(
        "<div><figure class='element element-embed'><table><tr><td>Labour</td><td>31</td></tr>"
        "</table></figure></div>"))
    assert tree.xpath("//figure/@class") == ["element"]


def test_a_player_s_box_named_for_an_embed_keeps_its_name():
    tree = tables_unboxed(lxml_html.fromstring(
        "<div><figure class='element-embed'><iframe src='/p'></iframe><table><tr><td>x</td>"
        "</tr></table></figure></div>"))
    assert tree.xpath("//figure/@class") == ["element-embed"]


def _gallery(count: int) -> str:
    return "".join(
        f"<figure><img src='/p{i}.jpg' alt=''><figcaption><span>{i} / {count}</span><p>Pilgrims "
        f"number {i} throw coloured powder outside the temple as the crowds grow.</p><p>"
        "Photograph: Rakesh Verma/AFP</p></figcaption></figure>" for i in range(1, count + 1))


def test_a_photo_story_s_captions_are_its_text_without_credits_or_counters():
    intro = "<p>Hindus marked Holi on Monday, the spring festival of colours.</p>"
    text = "\n".join(parse_html(_page("", body=intro + _gallery(6)),
                                 second_opinions=False).paragraphs)
    assert "Pilgrims number 5 throw coloured powder" in text
    assert "Rakesh Verma" not in text and "5 / 6" not in text


def test_a_story_s_captions_beside_its_long_text_stay_out():
    page = _page("", body=TEXT * 3 + _gallery(4))
    assert "Pilgrims number" not in "".join(parse_html(page, second_opinions=False).paragraphs)


def test_a_few_captions_make_no_photo_story():
    intro = "<p>Hindus marked Holi on Monday, the spring festival of colours.</p>"
    page = _page("", body=intro + _gallery(3))
    assert "Pilgrims number" not in "".join(parse_html(page, second_opinions=False).paragraphs)


def test_a_label_alone_before_its_colon_is_no_name():
    assert clean_byline(["लिहिले:"]) == ()


def test_a_date_in_spanish_after_an_update_s_label_and_a_weekday_is_a_change():
    text = "Madrid Actualizado Miércoles, 13 marzo 2024 - 09:55 La eléctrica"
    assert _labelled_as_change(text, dt.date(2024, 3, 13))


@pytest.mark.parametrize("line", ["(Ende)", "(انتهى)", "（完）", "Enditem/AW",
                                  "(By Sean Lin and Lee Hsin-Yin) Enditem/AW",
                                  "(Xinhua/Wang Peng)", "《 人民日报 》（ 01 版）",
                                  "(Редактор:Ли Сяо, Ван Нин)",
                                  "This story has been viewed 2,143 times.", "浏览次数：1268",
                                  "扫一扫在手机打开当前页", "非經授權，不得轉載", "Report a typo",
                                  "Tekst: Sanne de Vries | Foto: Pieter Bakker",
                                  "文：佐藤美咲（文学部3年） 写真：高橋健太（理工学部2年）"])
def test_wire_marks_credits_counts_and_promotions_alone_are_the_site_s_lines(line):
    assert is_site_line(line)


@pytest.mark.parametrize("line", ["Text: Jane Roe", "(The council met again.)",
                                  "The end came quickly for the club."])
def test_a_single_credit_a_sentence_in_brackets_and_the_word_end_in_prose_stay(line):
    assert not is_site_line(line)


@pytest.mark.parametrize("line", ["KBS 제보하기", "이 기사가 좋으셨다면"])
def test_a_korean_desk_s_call_for_tips_is_a_prompt(line):
    assert is_prompt(line)


@pytest.mark.parametrize("heading", ["## Weitere Informationen", "## Related News",
                                     "## 為你推薦", "## 今日熱門新聞", "## More information"])
def test_headings_of_link_boxes_are_furniture(heading):
    assert is_furniture(heading)


@pytest.mark.parametrize("host", ["French.news.cn", "russian.people.com.cn"])
def test_a_host_given_as_the_author_is_no_name(host):
    assert clean_byline([host]) == ()


def test_an_office_after_a_name_is_no_second_writer():
    assert clean_byline(["Submitted by Jenna Morales, PTA Vice President"]) == ("Jenna Morales",)


def test_a_reporter_s_address_in_brackets_alone_closes_the_text():
    assert is_note("(jmy@heraldcorp.com)")
