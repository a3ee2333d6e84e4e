"""What the lines under a headline show, in more forms: a name and a date parted by a dash, a
writer's profile addressed by "@", a line of dates longer than a line of text; and the dates
of other stories, listed beside the article, which are not its own."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html as lxml_html

from explainer.importer.bylinejoins import as_shown
from explainer.importer.bylinenames import clean_byline
from explainer.importer.clean import site_label
from explainer.importer.headerdates import dates_line, header_date
from explainer.importer.html import parse_html
from explainer.importer.metadata import read_meta
from explainer.importer.pagedates import page_date

STORY = ("<p>The county's buses will cost no more than £2 a ride from April, the council said "
         "on Thursday, after a year in which fares on the longest routes rose above £5.</p>")


def _page(header: str, after: str = "") -> str:
    return (f"<!doctype html><html lang='en-GB'><head><title>Bus fares</title></head><body>"
            f"<main><article><h1>Bus fares capped at £2</h1>{header}{STORY * 3}</article>"
            f"{after}</main></body></html>")


RELATED = ("<aside><h2>More from the Post</h2><ul>"
           "<li><a href='/a/1'>Hedgerows and the birds that need them</a> "
           "<span class='rel-date'>March 2, 2024</span></li>"
           "<li><a href='/a/2'>A year on an organic dairy farm</a> "
           "<span class='rel-date'>February 18, 2024</span></li></ul></aside>")


def test_a_related_story_s_date_is_not_the_page_s():
    page = _page("<p class='byline'>By Rachel Finch</p>", RELATED)
    assert page_date(page, read_meta(page), [""]) == (None, None)


def test_a_date_beside_one_linked_headline_is_still_read():
    line = ("<p class='meta'>March 2, 2024 in <a href='/c/transport'>Transport and roads "
            "across the county</a></p>")
    page = _page(f"<p class='byline'>By Rachel Finch</p>{line}")
    assert page_date(page, read_meta(page), [""])[0] == dt.date(2024, 3, 2)


def _header(line: str) -> dt.date | None:
    return header_date(lxml_html.fromstring(_page(line)))


DATES = ("Aktualisiert am 05.04.2024, 09:12 Uhr | Erstveröffentlichung: 03.04.2024, "
         "21:40 Uhr")


def test_a_line_of_dates_longer_than_a_line_of_text_is_read():
    assert _header(f"<p class='zeit'>{DATES}</p>") == dt.date(2024, 4, 3)


def test_a_long_sentence_with_a_date_is_no_line_of_dates():
    sentence = ("<p>The council first agreed on 03.04.2024 that the fares on all of the "
                "county's routes would be capped for a year</p>")
    assert dates_line(lxml_html.fromstring(sentence)) is None


def _authors(header: str) -> list[str]:
    return read_meta(_page(header)).labelled_authors


def test_a_name_parted_from_its_date_by_a_dash_is_the_byline():
    assert _authors("<p class='meta'>Derek Sloane &ndash; June 17th, 2024</p>") == [
        "Derek Sloane"]


def test_a_profile_addressed_by_at_names_the_writer():
    meta = ("<div class='post-meta'><div class='profile'><a href='https://substack.com/"
            "@amirsiddiqui'>Amir Siddiqui</a></div><div class='post-date'>Feb 05, 2024</div>"
            "</div>")
    assert _authors(meta) == ["Amir Siddiqui"]


@pytest.mark.parametrize("line", ["Door Jan de Vries", "Av Jan de Vries", "Af Jan de Vries",
                                  "Autora: Jan de Vries"])
def test_a_byline_s_label_listed_once_is_read_under_the_headline_in_every_language(line):
    assert _authors(f"<p>{line}</p>") == ["Jan de Vries"]


def test_a_logo_heading_linking_home_names_the_site_before_the_post_s_title():
    page = ("<html><head><title>Upper Valley Diary: A morning on the bee walk</title></head>"
            "<body><header><h1 class='title'><a href='/'>Upper Valley Diary</a></h1></header>"
            f"<h3 class='post-title'>A morning on the bee walk</h3>{STORY * 3}</body></html>")
    assert read_meta(page).site_names == ["Upper Valley Diary"]
    assert parse_html(page).title == "A morning on the bee walk"


def test_a_blog_s_own_name_comes_before_its_platform_s():
    assert site_label("lostinjit.blogspot.fr") == "lostinjit"


@pytest.mark.parametrize(("statement", "names"), [
    ("Elif Kaya ve Murat Şahin", ("Elif Kaya", "Murat Şahin")),
    ("Wahyu Hidayat dan Nur Aini", ("Wahyu Hidayat", "Nur Aini")),
    ("Katarzyna Wójcik i Tomasz Lis", ("Katarzyna Wójcik", "Tomasz Lis")),
    ("سارة الخطيب و يوسف النجار", ("سارة الخطيب", "يوسف النجار")),
    ("이민호 기자와 정수진 기자", ("이민호", "정수진")),
])
def test_two_writers_joined_by_and_in_more_languages_are_two_names(statement, names):
    assert clean_byline([statement]) == names


@pytest.mark.parametrize("statement", ["Autorzy: Jan Nowak", "Propos recueillis par Jan Nowak",
                                       "Authors: Jan Nowak"])
def test_a_byline_s_plural_and_interview_labels_are_no_name(statement):
    assert clean_byline([statement]) == ("Jan Nowak",)


def test_a_place_set_apart_by_commas_after_a_writer_is_no_name():
    statement = "Julien Roux, à Saint-Jallieu, et Inès Benali, à Lyon"
    assert clean_byline([statement]) == ("Julien Roux", "Inès Benali")


def test_a_line_longer_than_a_byline_after_von_is_no_byline():
    line = ("<p><strong>von Freitag, dem 3. März, bis einschließlich Sonntag, dem 12. März"
            "</strong></p>")
    assert _authors(line) == []


def test_italian_di_opens_a_byline_before_a_name():
    assert _authors("<p>Di Alessandra Conti e Paolo Greco</p>") == [
        "Alessandra Conti e Paolo Greco"]


def test_italian_di_opening_a_surname_is_no_label():
    assert _authors("<p>Di Maio lascia il governo</p>") == []


def test_a_spanish_job_after_a_bar_leaves_the_byline_its_length():
    line = ("<div class='autores'>Por Marta Sanz y Diego Lozano | Enviados especiales a San "
            "Bartolomé de la Sierra</div>")
    assert read_meta(_page(line)).visible_authors == [
        "Marta Sanz y Diego Lozano | Enviados especiales a San Bartolomé de la Sierra"]


@pytest.mark.parametrize("statement", ["By TOMAS RIVERA, AP Business Writer",
                                       "Tomas Rivera, Associated Press Medical Writer"])
def test_an_agency_s_writer_s_job_after_the_name_is_no_name(statement):
    assert [n.casefold() for n in clean_byline([statement])] == ["tomas rivera"]


@pytest.mark.parametrize("statement", ["（田中健太記者）", "（田中健太記者"])
def test_a_japanese_reporter_named_in_brackets_closing_the_story(statement):
    assert clean_byline([statement]) == ("田中健太",)


def _meta(head: str):
    return read_meta(f"<html><head>{head}</head><body><h1>Recount ordered</h1></body></html>")


def test_parsely_s_page_tag_gives_the_author_and_the_date():
    facts = ('{&quot;author&quot;: &quot;Lydia Marsh&quot;, '
             '&quot;pub_date&quot;: &quot;2024-05-03T03:58:00Z&quot;}')
    meta = _meta(f'<meta name="parsely-page" content="{facts}">')
    assert (meta.authors, meta.published) == (["Lydia Marsh"], ["2024-05-03T03:58:00Z"])


@pytest.mark.parametrize("key", ["parsely-author", "sailthru.author"])
def test_parsely_s_and_sailthru_s_author_tags_are_read(key):
    assert _meta(f'<meta name="{key}" content="Lydia Marsh">').authors == ["Lydia Marsh"]


@pytest.mark.parametrize(("written", "name"), [("Okonkwo, Adaeze", "Adaeze Okonkwo"),
                                               ("Jane Roe, John Doe", "Jane Roe, John Doe")])
def test_a_name_in_metadata_written_last_name_first_is_turned(written, name):
    assert _meta(f'<meta name="DC.creator" content="{written}">').authors == [name]


def _microdata(names: list[str], around: str = "div") -> str:
    people = "".join(f"<{around} itemprop='author' itemscope><a itemprop='url' href='/p/{i}'>"
                     f"<span itemprop='name'>{name}</span></a>, <span itemprop='jobTitle'>"
                     f"Reporter</span></{around}>" for i, name in enumerate(names))
    return _page(f"<div class='authors'>{people}</div>")


def test_every_author_microdata_names_is_read_in_order():
    assert read_meta(_microdata(["Ruth Ames", "Tomas Vick"])).authors == [
        "Ruth Ames", "Tomas Vick"]


def test_microdata_authors_in_a_list_of_other_stories_are_not_the_article_s():
    page = _microdata(["Ruth Ames", "Tomas Vick"], around="li")
    assert read_meta(page).authors == []


def test_the_shown_byline_keeps_the_full_stops_of_initials_trafilatura_drops():
    shown = ["By J. R. Holloway and Mary-Ann O'Neill-Byrne"]
    assert as_shown("J R Holloway; Mary-Ann O'Neill-Byrne", shown) == shown[0]


def test_a_parsely_page_tag_nested_past_reach_is_read_past():
    deep = "[" * 100_000 + "]" * 100_000
    assert _meta(f'<meta name="parsely-page" content="{deep}">').authors == []


def test_json_ld_nested_past_reach_is_read_past():
    deep = "[" * 100_000 + "]" * 100_000
    page = f'<script type="application/ld+json">{deep}</script>'
    assert _meta(page).authors == []
