"""Found on session 75's batteries of made-up pages, the fields around the text: editors,
sources, desks, interviewers and photographers beside the writers in more languages, an
agency's whole name, names run into a date or a button; dates shown beside a view counter,
under a named standfirst, over the headline past an empty box, or as the update of a day
the page says it first published on; and standfirsts set as headings, in camelCase boxes,
under a headline that is no ``<h1>``, or in Korean."""

from __future__ import annotations

import datetime as dt

import pytest

from explainer.importer.bylinenames import clean_byline
from explainer.importer.bylinetails import credit_alone
from explainer.importer.html import parse_html
from explainer.importer.showndates import shown_date
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _page(body: str, head: str = "", lang: str = "en", header: str = "") -> str:
    return (f"<html lang='{lang}'><head><title>Storage plant opens</title>{head}</head><body>"
            f"<article>{header}<h1>Storage plant opens</h1>{body}</article></body></html>")


def _byline(box: str, lang: str = "en") -> tuple[str, ...]:
    return parse_html(_page(f"{box}{TEXT}", lang=lang), second_opinions=False).byline


@pytest.mark.parametrize(("box", "lang", "names"), [
    ("<div class='byline'><p><span>Автор:</span> Наталья Воронова</p><p><span>Редактор:</span> "
     "Ирина Киселева</p></div>", "ru", ("Наталья Воронова",)),
    ("<div class='byline'><p>Toimetaja: Marko Tooming</p><p>Allikas: ERR</p></div>", "et", ()),
])
def test_an_editor_s_line_in_the_byline_s_box_is_no_writer(box, lang, names):
    assert _byline(box, lang) == names


@pytest.mark.parametrize(("statement", "names"), [
    ("Беседовала Зарина Юсупова", ("Зарина Юсупова",)),
    ("Muallif: Jasur Karimov", ("Jasur Karimov",)),
    ("Рэдакцыя", ()),
    ("Redacção", ()),
    ("Fréttastofa RÚV", ()),
    ("Allikas: ERR", ()),
    ("Australian Associated Press", ("Australian Associated Press",)),
    ("Amel Zaibi et Hichem Ben Amor26-06-2024", ("Amel Zaibi", "Hichem Ben Amor")),
])
def test_a_statement_s_names(statement, names):
    assert clean_byline([statement]) == names


def test_an_agency_s_whole_name_keeps_its_words():
    assert credit_alone("Australian Associated Press") == "Australian Associated Press"
    assert credit_alone("Jane Roe, Associated Press") == "Jane Roe"


def test_a_photographer_by_the_role_beside_the_name_is_no_writer():
    box = ("<ul class='byline-list'>" + "".join(
        f"<li><span class='byline-name'>{name}</span><span class='byline-title'>{role}</span>"
        "</li>" for name, role in (("Ingrid Solberg", "Journalist"), ("Jan Espedal", "Fotograf")))
        + "</ul>")
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
            '{"@type": "Person", "name": "Ingrid Solberg"}, {"@type": "Person", "name": '
            '"Jan Espedal"}]}</script>')
    page = _page(f"{box}{TEXT}", head, lang="no")
    assert parse_html(page, second_opinions=False).byline == ("Ingrid Solberg",)


def test_a_button_s_word_run_into_the_name_is_left_out():
    box = ("<div class='media_end_head_journalist'><em class='journalist_name'>정유진 기자</em>"
           "<button>구독</button></div>")
    assert _byline(box, "ko") == ("정유진",)


def _date(page: str) -> dt.date | None:
    return parse_html(page, second_opinions=False).date


def test_a_date_beside_a_view_counter_is_read():
    header = ("<div class='meta'><a>O'zbekiston</a><span class='date'>14:32 / 07.12.2026</span>"
              "<span class='views'>4 521</span></div>")
    assert _date(_page(TEXT, lang="uz", header=header)) == dt.date(2026, 12, 7)


def test_a_date_over_the_headline_past_an_empty_box_is_read():
    header = ("<p class='floatLeft'><a href='/politics/'>Politics</a> of Tuesday, 9 July 2024</p>"
              "<p class='floatRight'>Source: www.example.com</p><div class='clear'></div>")
    assert _date(_page(TEXT, header=header)) == dt.date(2024, 7, 9)


UTC_EVENING = '<meta property="article:published_time" content="2024-06-03T20:00:00Z">'


def test_the_local_day_under_a_standfirst_named_by_its_box_wins_over_utc():
    body = ("<div data-gu-name='standfirst'><div><p>Western suburbs are ten degrees hotter than "
            "the coast on summer afternoons, and planning rules must put trees first.</p></div>"
            "</div><div><address>Niamh Okonjo</address><details><summary><span>Tue 4 Jun 2024 "
            f"06.00 AEST</span></summary></details></div><div>{TEXT}</div>")
    assert _date(_page(body, UTC_EVENING)) == dt.date(2024, 6, 4)


def test_the_day_the_page_says_it_first_published_on_is_kept():
    body = ("<div><details><summary><span>Tue 4 Jun 2024 09.15 BST</span></summary><span>First "
            f"published on Mon 3 Jun 2024 21.00 BST</span></details></div><div>{TEXT}</div>")
    assert _date(_page(body, UTC_EVENING)) == dt.date(2024, 6, 3)


@pytest.mark.parametrize(("text", "date"), [
    ("Jul - 22 - 2024 , 08:15", dt.date(2024, 7, 22)),
    ("Posted on : Dec.7,2026 17:50 KST", dt.date(2026, 12, 7)),
])
def test_a_month_before_its_day_in_more_forms(text, date):
    assert shown_date(text) == date


def _summary(page: str) -> str | None:
    return parse_html(page, second_opinions=False).summary


STANDFIRST = "From January, lorries will not be allowed into the city centre during the day."


@pytest.mark.parametrize("deck", [
    f"<h4 class='excerpt'>{STANDFIRST}</h4>",
    f"<div class='article__like-h2'>{STANDFIRST}</div>",
    f"<div class='articleSubTitle'><p>{STANDFIRST}</p></div>",
])
def test_a_standfirst_under_the_headline_is_the_summary(deck):
    page = _page(f"{deck}<div class='articleContent'>{TEXT}</div>")
    assert _summary(page) == STANDFIRST


def test_a_standfirst_under_a_headline_that_is_no_h1_is_the_summary():
    page = ("<html lang='en'><head><title>Storage plant opens</title></head><body><h1 "
            "class='logo'><a href='/'>The Daily</a></h1><div class='news_title_author'><h2>"
            f"Storage plant opens</h2><div class='sub_title'>{STANDFIRST}</div></div><div>"
            f"{TEXT}</div></body></html>")
    assert _summary(page) == STANDFIRST


def test_a_short_korean_standfirst_is_the_summary():
    deck = "HUG 전세보증 가입 요건 140%→126%"
    page = _page(f"<h2 class='sub_subject'>{deck}</h2><div>{TEXT}</div>", lang="ko")
    assert _summary(page) == deck


def test_a_standfirst_in_its_own_box_before_the_story_s_box_is_out_of_the_text():
    deck = "<div class='articleSubTitle'><p>DNA 재분석으로 60대 용의자 특정</p></div>"
    story = "<br><br>".join(PARAGRAPHS)
    article = parse_html(_page(f"{deck}<div class='articleContent'>{story}</div>", lang="ko"),
                         second_opinions=False)
    assert article.summary == "DNA 재분석으로 60대 용의자 특정"
    assert "DNA 재분석으로 60대 용의자 특정" not in article.paragraphs


def test_a_standfirst_under_a_headline_in_a_box_named_title_is_the_summary():
    page = ("<html lang='en'><head><title>Storage plant opens</title></head><body><h1 "
            "class='logo'><a href='/'>The Daily</a></h1><p class='title'>Storage plant opens</p>"
            f"<p class='sub_title'>{STANDFIRST}</p><div>{TEXT}</div></body></html>")
    assert _summary(page) == STANDFIRST


def test_an_intro_in_its_own_box_before_the_story_s_box_stays_in_the_text():
    intro = ("I spent the last three weekends knocking on doors for our candidate. Here is "
             "what I heard.")
    page = _page(f"<div class='story-intro'><p>{intro}</p></div><div class='story-body'>"
                 f"{TEXT}</div>")
    assert intro in parse_html(page, second_opinions=False).paragraphs
