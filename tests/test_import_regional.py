"""Found on batteries of made-up pages of regional outlets, article genres and publishing
platforms: a byline's label in Hebrew, Thai, Greek, Persian, Hindi and Portuguese, the vowel
sign trafilatura cuts from a name's end, desks and jobs after the names, reporters' classes
in other languages, a pointer to another story in bold closing a paragraph, a Japanese era's
date, an update's label before a time of day, and the titles of a home page's ``og:url``."""

from __future__ import annotations

import datetime as dt

import pytest

from explainer.importer.bylinenames import clean_byline
from explainer.importer.html import parse_html
from explainer.importer.labels import without_pointer_tail
from explainer.importer.notbylines import marks_kept
from explainer.importer.showndates import shown_date
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
TITLE = "Towns agree plan for new river bridge"


def _page(header: str = "", head: str = "", lang: str = "en", title: str = TITLE) -> str:
    return (f'<html lang="{lang}"><head><title>{title}</title>{head}</head><body><article>'
            f'<h1>{TITLE}</h1>{header}{TEXT}</article></body></html>')


@pytest.mark.parametrize(("statement", "name"), [
    ("מאת דנה לוי", "דנה לוי"),
    ("โดย สมชาย ใจดี", "สมชาย ใจดี"),
    ("Του Γιώργου Παπαδόπουλου", "Γιώργου Παπαδόπουλου"),
    ("خبرنگار: مریم احمدی", "مریم احمدی"),
    ("रिपोर्ट: राजेश कुमार शर्मा", "राजेश कुमार शर्मा"),
    ("Texto e fotos: Carlos Eduardo Souza", "Carlos Eduardo Souza"),
    ("Penulis Budi Santoso", "Budi Santoso"),
], ids=["hebrew", "thai", "greek", "persian", "hindi", "portuguese", "indonesian"])
def test_a_bylines_label_in_other_languages_is_no_part_of_the_name(statement, name):
    assert clean_byline([statement]) == (name,)


def test_greek_writers_are_parted_by_and():
    assert clean_byline(["Του Γιώργου Παπαδόπουλου και Μαρίας Νικολάου"]) == (
        "Γιώργου Παπαδόπουλου", "Μαρίας Νικολάου")


def test_a_japanese_desk_in_brackets_after_the_name_is_no_part_of_it():
    assert clean_byline(["文・写真　佐藤健一（報道部）"]) == ("佐藤健一",)


def test_a_bureau_after_the_name_is_no_writer():
    assert clean_byline(["Priya Nair | Sacramento Bureau"]) == ("Priya Nair",)


def test_a_turkish_desk_after_the_names_is_no_writer():
    assert clean_byline(["Ayşe Yılmaz ve Mehmet Öztürk | Ekonomi Servisi"]) == (
        "Ayşe Yılmaz", "Mehmet Öztürk")


def test_a_ukrainian_job_after_the_name_is_no_writer():
    assert clean_byline(["Роман Гончаренко, журналіст УП"]) == ("Роман Гончаренко",)


def test_the_vowel_sign_cut_from_a_names_end_is_put_back():
    page = '<span class="author">रिपोर्ट: <a href="/a/rks">राजेश कुमार शर्मा</a>, गया</span>'
    assert marks_kept("राजेश कुमार शर्म", page) == "राजेश कुमार शर्मा"


def test_a_name_the_page_writes_without_a_mark_after_it_is_kept_as_read():
    assert marks_kept("Jane Roe", "<span>Jane Roe</span>") == "Jane Roe"


def test_a_thai_byline_keeps_its_last_vowel_sign():
    header = '<div class="art-info"><span class="post-author">โดย สมชาย ใจดี</span></div>'
    assert parse_html(_page(header, lang="th")).byline == ("สมชาย ใจดี",)


def test_a_turkish_reporters_class_marks_the_byline():
    header = ('<div class="muhabir"><img src="/m.jpg" alt=""> '
              '<span class="muhabir-ad">Mehmet YILMAZ</span></div>')
    assert parse_html(_page(header, lang="tr")).byline == ("Mehmet YILMAZ",)


POINTER = ("She said the bridge would open next year. **ALSO READ: [Floods hit Anambra]"
           "(https://example.ng/floods/)**")


def test_a_pointer_in_bold_closing_a_paragraph_is_left_out():
    assert without_pointer_tail(POINTER) == "She said the bridge would open next year."


def test_a_paragraph_closing_with_a_link_in_its_sentence_is_kept():
    paragraph = "She said the plan was [published on Monday](https://example.ng/plan/)."
    assert without_pointer_tail(paragraph) == paragraph


def test_a_japanese_eras_year_is_read():
    assert shown_date("令和6年4月3日(水)") == dt.date(2024, 4, 3)


def test_an_updates_label_before_a_time_and_its_zone_passes_to_the_next_date():
    shown = "Updated 3:45 p.m. PDT March 21, 2024 Posted 9:10 a.m. PDT March 20, 2024"
    assert shown_date(shown) == dt.date(2024, 3, 20)


def test_a_time_element_labelled_as_an_update_with_its_month_is_not_the_publication():
    header = ('<div class="entry-meta"><time class="updated" datetime="2024-01-10T10:22:41">'
              'Updated January 10, 2024</time> — <time class="entry-date published" '
              'datetime="2024-01-08T07:00:00">Originally published January 8, 2024</time></div>')
    assert parse_html(_page(header)).date == dt.date(2024, 1, 8)


def test_the_metadatas_date_wins_over_one_shown_as_an_update_after_a_time():
    head = '<meta property="article:published_time" content="2026-02-11T14:05:00Z">'
    header = '<div class="Page-dateModified">Updated 4:47 AM EST, February 12, 2026</div>'
    assert parse_html(_page(header, head)).date == dt.date(2026, 2, 11)


def test_the_titles_of_a_home_pages_og_url_are_not_the_headline():
    head = ('<meta property="og:title" content="Vyatka Region News - Kirov and its region">'
            '<meta property="og:url" content="https://www.vyatkakray.ru/">')
    page = _page(head=head, title="Vyatka Region News - Kirov and its region")
    assert parse_html(page).title == TITLE
