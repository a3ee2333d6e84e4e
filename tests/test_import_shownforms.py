"""Bylines and dates as pages in other languages show them: month names, joining words,
desks, labels that need a colon."""

from __future__ import annotations

import datetime as dt

import pytest

from explainer.importer.bylinenames import clean_byline
from explainer.importer.showndates import shown_date as _shown
from tests.test_import_shownbylines import imported


@pytest.mark.parametrize(("text", "date"), [
    ("3. März 2024, 14:05 Uhr", dt.date(2024, 3, 3)),
    ("3 de marzo de 2024", dt.date(2024, 3, 3)),
    ("3 de março de 2024", dt.date(2024, 3, 3)),
    ("Sunday 3rd March 2024, 2:05pm", dt.date(2024, 3, 3)),
    ("zo 3 mrt 2024, 14:05", dt.date(2024, 3, 3)),
    ("14. marts 2024", dt.date(2024, 3, 14)),
    ("3 Mai 2024", dt.date(2024, 5, 3)),
    ("Minggu, 3 Maret 2024 14:05 WIB", dt.date(2024, 3, 3)),
    ("2024년 3월 3일", dt.date(2024, 3, 3)),
    ("3 مارس 2024", dt.date(2024, 3, 3)),
    ("1er mars 2024", dt.date(2024, 3, 1)),
    ("Sept. 9, 2024", dt.date(2024, 9, 9)),
    ("junge 3 2024", None),  # a word that opens like a month is none
])
def test_a_date_shown_in_words_in_the_languages_read(text, date):
    assert _shown(text) == date


def test_a_date_labelled_as_an_update_gives_way_to_the_one_after_it():
    assert _shown("Updated March 5, 2024 · Published March 3, 2024") == dt.date(2024, 3, 3)
    assert _shown("Updated March 5, 2024") == dt.date(2024, 3, 5)  # the only one


@pytest.mark.parametrize(("statement", "names"), [
    ("Ola Nordmann og Kari Lie", ("Ola Nordmann", "Kari Lie")),
    ("Erik Nilsson och Anna Berg", ("Erik Nilsson", "Anna Berg")),
    ("김철수·이영희", ("김철수", "이영희")),
    ("Yazan: Mehmet Demir", ("Mehmet Demir",)),
    ("Penulis: Budi Santoso", ("Budi Santoso",)),
    ("Yazan Al-Saadi", ("Yazan Al-Saadi",)),  # a given name, without a colon
])
def test_bylines_in_other_languages_are_parted_and_unlabelled(statement, names):
    assert clean_byline([statement]) == names


@pytest.mark.parametrize("desk", ["Redazione", "Redacción", "Da Redação", "Haber Merkezi"])
def test_a_newsroom_desk_is_no_one_s_byline(desk):
    assert imported(f'<p class="byline">{desk}</p><p>3 marzo 2024</p>') == ()


@pytest.mark.parametrize("label", ["Breaking News", "Live Updates"])
def test_a_label_beside_the_date_is_no_byline(label):
    assert imported(f"<div><span>{label}</span><span>3 March 2024</span></div>") == ()


def test_trafilatura_s_capitalised_joining_word_gives_way_to_the_names_shown():
    assert imported('<p class="byline">di Marco Conti e Luca Bianchi</p><p>3 marzo 2024</p>') \
        == ("Marco Conti", "Luca Bianchi")


@pytest.mark.parametrize(("statement", "names"), [
    ("By Jane Roe, Berlin correspondent", ("Jane Roe",)),
    ("Jana Müller, Redakteurin Politik", ("Jana Müller",)),
    ("par Marie Dubois, correspondante à Bruxelles", ("Marie Dubois",)),
    ("LILIAN ALEMAGNA, LAURE BRETTON Envoyés spéciaux à Toulouse",
     ("LILIAN ALEMAGNA", "LAURE BRETTON")),  # a name before the job stays
])
def test_a_job_set_apart_after_the_names_is_no_name(statement, names):
    assert clean_byline([statement]) == names
