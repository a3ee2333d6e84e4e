"""The place a byline was filed from ("Anna Martel und Lea Wagner, Nairobi") is the
article's dateline, not one of its authors."""

from __future__ import annotations

import pytest

from explainer.importer.bylineplaces import dateline
from explainer.importer.html import parse_html
from tests.test_import_byline import author
from tests.test_import_html import page


@pytest.mark.parametrize(("statement", "text", "place"), [
    ("Anna Martel und Lea Wagner, Nairobi", "Kenia: Nairobi von unten", "Nairobi"),
    ("By Seb Dumitru, Lille", "The game in Lille was won.", "Lille"),
    ("Ahmad Fauzi, Sukarjo", "Harga beras naik lagi.", None),  # a co-author's single name
    ("Ahmad Fauzi, Sukarjo", "Sukarjo, a farmer, said so.", "Sukarjo"),  # (can't tell)
    ("Roe, Jane", "Jane Roe said", None),  # surname first: one word before the comma
    ("박준석, 신현주", "신현주", None),  # names without capitals
    ("Eric Bradner, CNN", "CNN reported", None),  # an organisation's letters
    ("Seb Dumitru, Lille", "Seb Dumitru, Lille", None),  # the byline itself names no place
    ("Jason Burke in Johannesburg", "", "Johannesburg"),  # as British papers sign
    ("Olivia Solon in San Francisco and agencies", "", "San Francisco"),
    ("By Jane Roe and John Doe in Washington", "", "Washington"),
    ("Jane Roe in The Times", "", None),  # where it was published
    ("Jane Roe in Daily Mail Australia", "", None),
])
def test_the_place_a_shown_byline_was_filed_from(statement, text, place):
    assert dateline(statement, text) == place


@pytest.mark.parametrize(("statement", "place"), [
    ("Anna Martel und Lea Wagner, Nairobi", "Nairobi"),
    ("García Márquez, Gabriel", None),  # metadata writes the surname first
])
def test_the_place_a_metadata_byline_was_filed_from_follows_two_names(statement, place):
    assert dateline(statement, "Gabriel in Nairobi", shown=False) == place


def test_the_place_a_byline_was_filed_from_is_no_author_however_it_is_read():
    body = ('<p class="byline">Anna Martel und Lea Wagner, Nairobi</p>'
            "<p>In Nairobi, the river bridge plan was agreed by both towns on Monday.</p>")
    html = page(author("Anna Martel", "Lea Wagner", "Nairobi"), body_extra=body)
    assert parse_html(html).byline == ("Anna Martel", "Lea Wagner")


def test_the_place_a_metadata_byline_was_filed_from_is_no_author():
    body = "<p>In Nairobi, the river bridge plan was agreed by both towns on Monday.</p>"
    html = page(author("Anna Martel und Lea Wagner, Nairobi"), body_extra=body)
    assert parse_html(html).byline == ("Anna Martel", "Lea Wagner")


def test_the_place_a_byline_was_filed_from_is_the_dateline():
    body = ('<p class="byline">Markus Haefliger, London</p>'
            "<p>In London, the river bridge plan was agreed by both towns on Monday.</p>")
    article = parse_html(page(body_extra=body))
    assert (article.byline, article.dateline) == (("Markus Haefliger",), "London")


def test_a_byline_s_place_after_in_is_the_dateline_and_no_author():
    body = ('<p class="byline">Olivia Solon in San Francisco and agencies</p>'
            "<p>The river bridge plan was agreed by both towns on Monday, officials said.</p>")
    article = parse_html(page(body_extra=body))
    assert (article.byline, article.dateline) == (("Olivia Solon",), "San Francisco")


@pytest.mark.parametrize(("statement", "place"), [
    ("Johannes Ritter, Zürich", "Zürich"),  # not named in the text: German papers sign so
    ("Ahmad Fauzi, Sukarjo", "Sukarjo"),
])
def test_where_the_custom_is_to_sign_with_the_place_the_text_need_not_name_it(statement, place):
    assert dateline(statement, "Die Schweiz ist ein Tummelplatz.", custom=True) == place
    assert dateline(statement, "Die Schweiz ist ein Tummelplatz.") is None


GERMAN = ("Der Stadtrat hat am Dienstag den Plan für die neue Brücke über den Fluss beschlossen, "
          "die nach Angaben der Ingenieure doppelt so viel Verkehr tragen soll wie die alte. ")


@pytest.mark.parametrize(("byline", "people", "place"), [
    ("Von Johannes Ritter, Zürich", ("Johannes Ritter",), "Zürich"),
    ("Von Johannes Ritter, Reuters", ("Johannes Ritter",), None),  # an agency is no place
])
def test_a_german_byline_signs_with_the_place_it_was_filed_from(byline, people, place):
    html = (f"<html lang='de'><head><title>Brücke</title></head><body><article><h1>Brücke</h1>"
            f"<p class='byline'>{byline}</p>" + f"<p>{GERMAN * 2}</p>" * 4 +
            "</article></body></html>")
    imported = parse_html(html, url="https://www.flussblatt.example/news/bruecke")
    assert (imported.byline, imported.dateline) == (people, place)


def test_the_line_of_a_german_byline_with_its_place_leaves_the_text():
    html = ("<html lang='de'><head><title>Brücke</title></head><body><article><h1>Brücke</h1>"
            "<h2>Von Johannes Ritter, Zürich</h2>" + f"<p>{GERMAN * 2}</p>" * 4 +
            "</article></body></html>")
    imported = parse_html(html, url="https://www.flussblatt.example/news/bruecke")
    assert imported.paragraphs and not any("Ritter" in p for p in imported.paragraphs)
