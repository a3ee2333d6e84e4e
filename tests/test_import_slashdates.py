"""Dates written in figures with slashes, read in the order of the page's language; a date
labelled as a change giving way to the publication's; WordPress's permalinked dates; and
bylines as more languages write them (Dutch particles and "en", "Oleh", "記者", a desk
before the name, an e-mail address after it)."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html as lxml_html

from explainer.importer.bylinenames import clean_byline
from explainer.importer.html import parse_html
from explainer.importer.showndates import day_order, shown_date
from tests.test_import_html import PARAGRAPHS

D = dt.date


def imported(header: str, lang: str = "es", tail: str = "") -> tuple[D | None, tuple[str, ...]]:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (f"<!doctype html><html lang='{lang}'><head><title>Bridge</title></head><body>"
            f"<article><h1>Towns agree plan for new river bridge</h1>{header}{paragraphs}{tail}"
            f"</article></body></html>")
    article = parse_html(html, url="https://www.rivergazette.example/news/bridge")
    return article.date, article.byline


@pytest.mark.parametrize(("text", "order", "date"), [
    ("03/03/2024 14:05", "dmy", D(2024, 3, 3)),
    ("04/03/2024", "dmy", D(2024, 3, 4)),
    ("04/03/2024", "mdy", D(2024, 4, 3)),
    ("14-03-2024", "dmy", D(2024, 3, 14)),
    ("14/03/2024", None, D(2024, 3, 14)),  # only one order makes a date
    ("03/14/2024", None, D(2024, 3, 14)),
    ("04/03/2024", None, None),  # either order would: no date
    ("14/03/2024", "mdy", None),
    ("1/2/2024/5", "dmy", None),  # a path, not a date
])
def test_a_date_in_figures_is_read_in_the_order_given(text, order, date):
    assert shown_date(text, order) == date


@pytest.mark.parametrize(("lang", "order"), [
    ("es", "dmy"), ("pt-BR", "dmy"), ("en-GB", "dmy"), ("en-US", "mdy"), ("en_us", "mdy"),
    ("en", None), ("", None),
])
def test_the_page_s_language_says_which_comes_first(lang, order):
    tree = lxml_html.fromstring(f"<html lang='{lang}'><body><p>x</p></body></html>")
    assert day_order(tree) == order


def test_a_date_run_into_the_next_is_read_whole():
    assert shown_date("Posted on March 3, 2024March 5, 2024") == D(2024, 3, 3)


def test_a_slashed_date_under_the_headline_dates_a_spanish_page():
    assert imported("<p>Por Lucía Fernández y Javier Moreno</p><p>03/03/2024 14:05</p>") == (
        D(2024, 3, 3), ("Lucía Fernández", "Javier Moreno"))


def test_a_slashed_date_of_an_english_page_without_a_country_is_read_only_when_plain():
    assert imported("<p>04/03/2024</p>", lang="en")[0] is None
    assert imported("<p>14/03/2024</p>", lang="en")[0] == D(2024, 3, 14)


def test_a_line_dating_a_change_gives_way_to_the_next_line_dating_the_publication():
    header = "<p>Actualizado: 04/03/2024 09:00 h.</p><p>Publicado: 03/03/2024 14:05 h.</p>"
    assert imported(header)[0] == D(2024, 3, 3)
    assert imported("<p>Actualizado: 04/03/2024 09:00 h.</p>")[0] == D(2024, 3, 4)  # alone


def test_a_date_marked_up_and_shown_as_a_change_gives_way_to_the_publication_shown():
    header = ('<p class="dates">Updated March 5, 2024 · Published March 3, 2024</p>')
    assert imported(header, lang="en")[0] == D(2024, 3, 3)


def test_wordpress_s_date_in_the_permalink_and_its_author_link_are_read():
    header = ('<div class="entry-meta"><a href="/bridge/" rel="bookmark"><time class="entry-date '
              'published" datetime="2024-03-03T09:00:00+00:00">March 3, 2024</time></a> by '
              '<a href="/author/jroe/">Jane Roe</a></div>')
    assert imported(header, lang="en") == (D(2024, 3, 3), ("Jane Roe",))


@pytest.mark.parametrize(("statement", "names"), [
    ("Door Jan van den Berg en Els de Jong", ("Jan van den Berg", "Els de Jong")),
    ("Por Ana Souza en Madrid", ("Ana Souza",)),  # "in" before one word: the place
    ("Oleh Budi Santoso", ("Budi Santoso",)),
    ("Oleh Sentsov", ("Oleh Sentsov",)),  # a given name before one more word
    ("Reporter: Budi Santoso", ("Budi Santoso",)),
    ("山田太郎記者", ("山田太郎",)),
    ("政治部　山田太郎", ("山田太郎",)),
    ("経済部", ()),  # a desk alone (session 74: no one, as "国際取材部")
    ("Jane Roe jane.roe@example.com", ("Jane Roe",)),
    ("김철수 기자 kimcs@example.co.kr", ("김철수",)),
])
def test_bylines_as_more_languages_write_them(statement, names):
    assert clean_byline([statement]) == names


def test_an_e_mail_address_read_as_words_after_the_name_is_left_out():
    header = '<p class="byline">김철수 기자 kimcs@example.co.kr</p><p>2024-03-03 14:05</p>'
    assert imported(header, lang="ko")[1] == ("김철수",)


@pytest.mark.parametrize(("closer", "byline"), [
    ("Reporting by Jane Roe in London and John Doe in Paris; Editing by Ana Lopez",
     ("Jane Roe", "John Doe")),
    ("(Reporting by Jane Roe, additional reporting by John Doe, writing by Ali Hashem, "
     "Editing by Ana Lopez)", ("Jane Roe",)),
    ("Editing by Ana Lopez", ()),  # an editor is no author
])
def test_the_reporters_a_closing_credit_names_sign_a_page_that_names_no_one(closer, byline):
    assert imported("<p>3 March 2024</p>", lang="en", tail=f"<p>{closer}</p>")[1] == byline


def test_a_job_set_in_an_element_beside_the_name_is_read_apart_from_it():
    header = ('<div class="byline"><img src="/jroe.jpg" alt=""><div><a href="/staff/jroe">Jane '
              'Roe</a><span>Health Reporter</span></div><time datetime="2024-03-03T10:00:00Z">'
              'March 3, 2024</time></div>')
    assert imported(header, lang="en") == (D(2024, 3, 3), ("Jane Roe",))
