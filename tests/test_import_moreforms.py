"""Bylines and dates in more of the forms pages show them: labels in more languages, other
credits after the writer's, what follows the names, months as more languages write dates."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html as lxml_html

from explainer.importer.bylinejoins import as_shown, names_apart
from explainer.importer.bylinenames import clean_byline
from explainer.importer.clean import headline_over_site
from explainer.importer.headerdates import header_date, labelled_date
from explainer.importer.headlines import headline_text
from explainer.importer.metadata import read_meta
from explainer.importer.pagedates import page_date
from explainer.importer.showndates import shown_date
from explainer.importer.wirecredits import opening_credit
from tests.test_import_shownbylines import imported


@pytest.mark.parametrize(("statement", "names"), [
    ("Tekst: Piotr Nowak", ("Piotr Nowak",)),
    ("Texto de João Silva", ("João Silva",)),
    ("A cura di Giulia Bianchi", ("Giulia Bianchi",)),
    ("Автор: Иван Петров", ("Иван Петров",)),
    ("Story by Daniel Ortiz", ("Daniel Ortiz",)),
    ("AutorMax Müller", ("Max Müller",)),  # the label's element run into the name's
    ("Byron Smith", ("Byron Smith",)),  # no label: the name goes on in lower case
])
def test_a_byline_s_label_in_more_languages_is_no_name(statement, names):
    assert clean_byline([statement]) == names


@pytest.mark.parametrize("statement", [
    "Story by Daniel Ortiz • Photos by Lucia Ferraro",
    "Written by Daniel Ortiz | Medically reviewed by Dr Lucia Ferraro",
    "Words by Daniel Ortiz / Photography by Lucia Ferraro",
])
def test_another_credit_after_the_writer_s_is_left_out(statement):
    assert clean_byline([statement]) == ("Daniel Ortiz",)


def test_a_photographer_s_credit_in_russian_is_left_out():
    assert clean_byline(["Текст: Мария Соколова, фото: Алексей Орлов"]) == ("Мария Соколова",)


@pytest.mark.parametrize(("statement", "names"), [
    ("Claire Dubois avec AFP", ("Claire Dubois",)),
    ("Von Anna Schmidt mit Material von dpa und AFP", ("Anna Schmidt",)),
    ("By JAMES WHITFIELD and ROSA NAVARRO Associated Press", ("JAMES WHITFIELD", "ROSA NAVARRO")),
    ("By Elaine Foster, Special to Riverton Now", ("Elaine Foster",)),
    ("By Lena Morales / Dunmore Tribune", ("Lena Morales",)),
    ("By Lena Morales on Tue, 01/30/2024 - 10:15", ("Lena Morales",)),
    ("Jane Roe | Emily Post", ("Jane Roe", "Emily Post")),  # a surname, no paper's word
])
def test_what_follows_the_names_and_names_no_one_is_cut(statement, names):
    assert clean_byline([statement]) == names


@pytest.mark.parametrize(("statement", "names"), [
    ("The Associated Press", ("The Associated Press",)),
    ("By The Associated Press", ("The Associated Press",)),
    ("Jane Roe, The Associated Press", ("Jane Roe",)),
])
def test_the_agency_s_own_article_is_no_name_of_its_own(statement, names):
    assert clean_byline([statement]) == names


@pytest.mark.parametrize("statement", ["Story and photos by Ingrid Solheim",
                                       "Text and photos: Ingrid Solheim"])
def test_one_credit_for_the_words_and_the_pictures_names_the_writer(statement):
    assert clean_byline([statement]) == ("Ingrid Solheim",)


@pytest.mark.parametrize("statement", ["取材・文：藤原健一", "文：藤原健一", "文・写真：藤原健一"])
def test_the_japanese_labels_of_the_text_before_a_colon_are_no_name(statement):
    assert clean_byline([statement]) == ("藤原健一",)


def test_haber_is_a_label_only_before_its_colon():
    assert clean_byline(["Haber: Ahmet Yılmaz"]) == ("Ahmet Yılmaz",)
    assert imported("<p>Haber Merkezi</p>") == ()


def test_a_name_run_into_its_job_and_a_button_is_read_alone():
    box = lxml_html.fromstring('<div class="author"><a class="name">Marcus Lee</a>'
                               '<span class="job">Health Correspondent</span><a>Email</a></div>')
    assert names_apart(box, "Marcus LeeHealth CorrespondentEmail") == "Marcus Lee"


@pytest.mark.parametrize(("text", "date"), [
    ("3 kwietnia 2024", dt.date(2024, 4, 3)),
    ("3 апреля 2024 г.", dt.date(2024, 4, 3)),
    ("3 квітня 2024", dt.date(2024, 4, 3)),
    ("3. dubna 2024", dt.date(2024, 4, 3)),
    ("3 aprilie 2024", dt.date(2024, 4, 3)),
    ("3. huhtikuuta 2024", dt.date(2024, 4, 3)),
    ("3 Μαΐου 2024", dt.date(2024, 5, 3)),
    ("04 abr 2024, 10:15", dt.date(2024, 4, 4)),
    ("14 NİSAN 2024", dt.date(2024, 4, 14)),
])
def test_a_date_in_the_forms_more_languages_write(text, date):
    assert shown_date(text) == date


def test_a_korean_change_label_gives_way_to_the_publication():
    assert shown_date("수정 2024.04.04 09:00 입력 2024.04.03 10:15") == dt.date(2024, 4, 3)


def _header(body: str) -> dt.date | None:
    return header_date(lxml_html.fromstring(f"<html><body><h1>Bus fares capped</h1>{body}"
                                            "</body></html>"))


STANDFIRST = ("<p class='standfirst'>The county's buses will cost no more than £2 a ride from "
              "April, the council said on Thursday, after a year of rising fares.</p>")


def test_the_header_s_date_is_read_past_a_standfirst_set_as_a_paragraph():
    assert _header(f"{STANDFIRST}<p>Fri 2 Feb 2024 13.05 GMT</p>") == dt.date(2024, 2, 2)


def test_past_the_standfirst_a_picture_s_caption_is_no_date_line():
    caption = "<p>Buses queue at the depot in Halton, 24 January 2024</p>"
    assert _header(f"{STANDFIRST}{caption}") is None


def test_the_story_s_first_paragraph_ends_the_header():
    assert _header(STANDFIRST.replace(" class='standfirst'", "")
                   + "<p>2 Feb 2024</p>") is None


@pytest.mark.parametrize("item", ["입력 2024.04.03 10:15", "Opublikowano: 03.04.2024",
                                  "发布时间：2024-04-03 10:15"])
def test_a_date_labelled_in_more_languages_in_a_list_of_the_story_s_facts(item):
    tree = lxml_html.fromstring(f"<html><body><h1>Bridge</h1><ul><li>{item}</li></ul>"
                                "</body></html>")
    assert labelled_date(tree) == dt.date(2024, 4, 3)


def test_a_date_read_day_first_gives_way_to_the_header_s_in_the_page_s_order():
    paragraphs = "".join(f"<p>{'The council voted on the bee routes. ' * 4}</p>" for _ in range(4))
    page = ("<!doctype html><html lang='en-US'><head><title>Bee routes</title></head><body>"
            "<article><h1>Council backs bee routes</h1><div class='node__submitted'>Submitted by "
            "<a href='/user/33'>kholt</a> on <span class='field--name-created'>Fri, 03/08/2024 "
            f"- 14:02</span></div>{paragraphs}</article></body></html>")
    assert page_date(page, read_meta(page), [""]) == (dt.date(2024, 3, 8), "header")


def test_a_label_that_needs_its_colon_names_the_author_in_a_list():
    box = "<ul class='meta'><li>Reporter: Dimas Pratama</li><li>Editor: Budi Santoso</li></ul>"
    assert imported(box) == ("Dimas Pratama",)


@pytest.mark.parametrize(("statement", "names"), [
    ("Liam Doherty, Chief Sports Writer", ("Liam Doherty",)),
    ("Jane Roe, Senior Political Correspondent", ("Jane Roe",)),
    ("Jane Roe, Deputy Editor", ("Jane Roe",)),
])
def test_a_job_with_its_rank_after_the_name_is_no_name(statement, names):
    assert clean_byline([statement]) == names


def test_a_reading_parted_at_its_own_semicolon_gives_way_to_the_shown_byline():
    assert as_shown("Elaine Foster; Special", ["Elaine Foster, Special to Riverton Now"]) == \
        "Elaine Foster, Special to Riverton Now"


def test_a_reading_the_shown_byline_goes_on_from_is_kept():
    assert as_shown("Mike Isaac", ["Mike Isaac New York Times ,May 3, 2016"]) == "Mike Isaac"


def test_a_button_s_word_after_the_job_is_read_as_the_shown_name_s():
    assert as_shown("Marcus Lee Health Correspondent Email", ["Marcus Lee"]) == "Marcus Lee"


def test_a_title_naming_the_site_alone_gives_way_to_the_page_s_h2():
    headline = "Wild bee species up for third year in a row, survey finds"
    assert headline_over_site("The Valley Sentinel", [], "www.valleysentinel.com", [],
                              [headline]) == headline


def test_a_headline_that_the_page_also_names_its_application_stays():
    headline = "This Is Your Brain On Sad Movies"
    assert headline_over_site(headline, [headline], "www.msn.com", [headline],
                              ["More in Health & Fitness"]) == headline


def test_a_site_s_name_over_a_section_s_h2_stays():
    assert headline_over_site("The Valley Sentinel", [], "www.valleysentinel.com", [],
                              ["Latest news"]) == "The Valley Sentinel"


@pytest.mark.parametrize(("statement", "names"), [
    ("Imogen Pryce with Marcus Lee", ("Imogen Pryce", "Marcus Lee")),
    ("Jane Roe with additional reporting by John Doe", ("Jane Roe",)),
    ("By Jane Roe with AFP", ("Jane Roe",)),
])
def test_a_second_writer_after_with_is_one_more_name_and_a_helper_s_credit_none(statement,
                                                                                 names):
    assert clean_byline([statement]) == names


@pytest.mark.parametrize(("statement", "names"), [
    ("本报记者 张伟 李娜", ("张伟", "李娜")),
    ("記者陳小明／台中報導", ("陳小明",)),
    ("记者 欧阳明月、李娜", ("欧阳明月", "李娜")),
])
def test_a_chinese_reporter_s_word_and_where_it_was_reported_are_no_names(statement, names):
    assert clean_byline([statement]) == names


def test_a_korean_agency_s_dateline_names_its_reporter():
    opening = "(서울=한빛뉴스) 이서연 기자 = 서울 마포구의 한 전통시장이 다시 문을 열었다."
    assert opening_credit([opening], ["마포일보"]) == ("이서연",)


def _under_headline(line: str) -> list[str]:
    return read_meta(f"<html><body><article><h1>滨江湿地公园下月开放</h1>{line}"
                     "<p>市园林局日前宣布，位于城市东部的滨江湿地公园将于下月正式对外开放。</p>"
                     "</article></body></html>").labelled_authors


def test_a_chinese_author_label_inside_a_line_of_the_story_s_facts_names_the_author():
    line = '<div class="info">2024-04-03 10:15　来源：滨江日报　作者：王明</div>'
    assert _under_headline(line) == ["王明"]


def test_a_korean_reporter_s_line_in_a_list_under_the_headline_names_the_author():
    line = "<ul><li>김민수 기자</li><li>입력 2024.04.03 10:15</li></ul>"
    assert _under_headline(line) == ["김민수"]


def test_our_correspondent_after_the_label_is_no_name():
    assert _under_headline("<div>Par notre correspondant Marc Petit</div>") == ["Marc Petit"]


@pytest.mark.parametrize(("text", "date"), [
    ("04-04-24, 18:00", dt.date(2024, 4, 4)),
    ("veröffentlicht: 10.04.24, 12:10 Uhr", dt.date(2024, 4, 10)),
])
def test_a_year_of_two_figures_is_read_on_a_page_that_writes_the_day_first(text, date):
    assert shown_date(text, "dmy") == date


def test_a_year_of_two_figures_is_not_read_where_the_order_is_unknown():
    assert shown_date("04-05-24, 18:00") is None


def test_a_header_date_labelled_as_an_update_does_not_win_over_the_metadata_s_day():
    page = ("<html><head><meta property='article:published_time' "
            "content='2024-01-19T12:00:00Z'></head><body><article>"
            "<h1>Why emergency room waits keep growing</h1>"
            "<p class='date'>Updated on January 20, 2024</p>"
            f"<p>{'The waits grew again last month, the hospital said. ' * 4}</p>"
            "</article></body></html>")
    assert page_date(page, read_meta(page), [""])[0] == dt.date(2024, 1, 19)


def _h1(markup: str) -> str:
    return headline_text(lxml_html.fragment_fromstring(markup))


def test_a_kicker_in_its_own_element_is_joined_to_the_headline_by_a_colon():
    assert _h1('<h1><span class="topline">Bergheim</span> <span class="title">Geburtsstation '
               "schließt zum Jahresende</span></h1>") == \
        "Bergheim: Geburtsstation schließt zum Jahresende"


def test_a_kicker_that_ends_in_its_own_colon_is_not_given_another():
    assert _h1('<h1><span class="kicker">Akkutechnik:</span> <span>Hat Quantumscape genug '
               "Akkus gebaut?</span></h1>") == "Akkutechnik: Hat Quantumscape genug Akkus gebaut?"


def test_a_headline_in_spans_without_a_kicker_s_name_is_read_as_it_is():
    assert _h1("<h1><span>Towns agree</span> <span>on a new bridge</span></h1>") == \
        "Towns agree on a new bridge"


def test_a_kicker_set_apart_by_a_hidden_element_s_colon_is_given_no_other():
    assert _h1('<h1><span class="kicker">Entwurf des Gesetzes</span><span class="hide">: '
               "</span><span>Ein bisschen Fortschritt</span></h1>") == \
        "Entwurf des Gesetzes: Ein bisschen Fortschritt"
