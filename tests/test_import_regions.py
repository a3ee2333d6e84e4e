"""Titles, bylines and dates as pages from more places write them: months and labels in more
languages, a double surname joined by "i" or "y", a place after a bar, a headline marked
inside its ``<h1>``, and the local day of a time the metadata gives in UTC."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html as lxml_html

from explainer.importer.bylinenames import clean_byline
from explainer.importer.bylineplaces import dateline
from explainer.importer.bylines import byline
from explainer.importer.clean import strip_site
from explainer.importer.html import parse_html
from explainer.importer.metadata import PageMeta
from explainer.importer.pagedates import page_date, stated_outside_links
from explainer.importer.repeats import without_header_lines
from explainer.importer.showndates import shown_date
from explainer.importer.teasers import under_teaser
from tests.test_import_html import PARAGRAPHS, page


@pytest.mark.parametrize(("text", "date"), [
    ("14 Julie 2024", "2024-07-14"),  # Afrikaans
    ("15 Machi 2024", "2024-03-15"),  # Swahili
    ("петак, 15. март 2024. у 09:20", "2024-03-15"),  # Serbian
    ("15. mart 2024.", "2024-03-15"),
    ("15 февруари 2024", "2024-02-15"),  # Bulgarian
    ("2024. március 15.", "2024-03-15"),  # Hungarian
    ("15 de març de 2024", "2024-03-15"),  # Catalan
    ("15 مارچ 2024ء", "2024-03-15"),  # Urdu
    ("15 मार्च 2024", "2024-03-15"),  # Hindi
    ("15 মার্চ 2024", "2024-03-15"),  # Bengali
    ("15 მარტი 2024", "2024-03-15"),  # Georgian
    ("15 Marso 2024", "2024-03-15"),  # Tagalog
])
def test_months_are_read_in_more_languages(text, date):
    assert str(shown_date(text)) == date


def test_a_thai_year_is_still_converted_with_more_months_listed():
    assert str(shown_date("วันอังคารที่ 8 ตุลาคม พ.ศ. 2567")) == "2024-10-08"


def test_the_local_day_of_a_utc_time_is_the_one_a_time_element_shows_for_that_instant():
    meta = PageMeta(published=["2024-03-15T23:40:00Z"],
                    times=["2024-03-16T00:40:00+01:00", "2024-03-16T07:55:00+01:00"])
    assert page_date("<html></html>", meta, [""]) == (dt.date(2024, 3, 16), "markup")


def test_a_utc_time_no_element_shows_stays_the_metadatas_day():
    meta = PageMeta(published=["2024-03-15T23:40:00Z"], times=["2024-03-16T07:55:00+01:00"])
    assert page_date("<html></html>", meta, [""]) == (dt.date(2024, 3, 15), "metadata")


def test_the_last_change_is_no_publication_date_where_an_earlier_day_is_shown():
    body = ("<h1>Water outage enters third day</h1><p>Published: 15 March 2024 | 07:00</p>"
            f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>")
    head = ('<script type="application/ld+json">{"@type": "LiveBlogPosting", '
            '"dateModified": "2024-03-16T08:30:00+02:00"}</script>')
    article = parse_html(f"<html><head>{head}</head><body>{body}<p>16 March 2024, "
                         "08:30: tankers arrive.</p></body></html>")
    assert str(article.date) == "2024-03-15"


def test_a_permalink_holding_the_dates_is_no_other_storys_card():
    date = ('<span class="posted-on"><a href="/news/the-story" rel="bookmark"><time '
            'datetime="2024-07-14T15:20:00+02:00">14 Julie 2024</time><time '
            'datetime="2024-07-16T09:00:00+02:00">16 Julie 2024</time></a></span>')
    assert stated_outside_links(f"<html><body>{date}{date}</body></html>", dt.date(2024, 7, 14))


def test_a_line_that_only_dates_the_story_leaves_its_opening():
    lines = ["петак, 15. март 2024. у 09:20", *PARAGRAPHS]
    assert without_header_lines(lines, "Нови мост", ()) == PARAGRAPHS


def test_a_sentence_opening_with_a_date_stays():
    lines = ["On March 15, 2024 the council voted to close the bridge.", *PARAGRAPHS]
    assert without_header_lines(lines, "Bridge", ()) == lines


def test_a_site_named_with_an_accent_its_host_leaves_out_leaves_the_title():
    title = "Jornal da Huíla - Estrada da Serra da Leba volta a estar transitável"
    assert strip_site(title, [], "jornaldahuila.example") == \
        "Estrada da Serra da Leba volta a estar transitável"


def test_a_quotations_closing_mark_before_the_sites_name_stays_in_the_title():
    title = "Koffi Yao : « Notre cacao doit être transformé ici » - Abidjan Matin"
    assert strip_site(title, ["Abidjan Matin"]) == \
        "Koffi Yao : « Notre cacao doit être transformé ici »"


def test_a_headline_marked_inside_its_h1_wins_over_stale_meta_titles():
    head = '<meta property="og:title" content="Council weighs reopening of Station 2">'
    html = page(head).replace(
        "<h1>Towns agree plan for new river bridge</h1>",
        '<h1 class="headline"><span itemprop="headline">Council approves $2.3 million to '
        "reopen shuttered fire station</span></h1>")
    assert parse_html(html).title == \
        "Council approves $2.3 million to reopen shuttered fire station"


def test_the_headline_a_page_shows_after_its_sites_name_in_a_title_without_a_mark():
    html = ("<html><head><title>ТИМОЧКИ ГЛАСНИК Нови мост преко Тимока биће готов до лета"
            "</title></head><body><font size=5><b>Нови мост преко Тимока биће готов до лета"
            f"</b></font><br><br>{'<br><br>'.join(PARAGRAPHS)}</body></html>")
    assert parse_html(html).title == "Нови мост преко Тимока биће готов до лета"


@pytest.mark.parametrize(("statement", "names"), [
    ("Jordi Puig i Ferrer", ("Jordi Puig i Ferrer",)),
    ("José Ortega y Gasset", ("José Ortega y Gasset",)),
    ("Ana Souza e Silva", ("Ana Souza e Silva",)),
    ("Anna Vidal i Marc Soler", ("Anna Vidal", "Marc Soler")),
    ("Laura Gil y Pedro Ruiz", ("Laura Gil", "Pedro Ruiz")),
])
def test_and_parts_two_people_only_before_a_name_of_two_words(statement, names):
    assert clean_byline([statement]) == names


def test_a_place_after_a_bar_in_a_byline_is_where_it_was_filed_from():
    assert dateline("Laura Gil Ortega | Zaragoza", "Vecinos de Zaragoza protestan.") == "Zaragoza"


@pytest.mark.parametrize(("statement", "names"), [
    ("ავტორი: ნინო ბერიძე", ("ნინო ბერიძე",)),  # Georgian, written in small letters
    ("Deur Johan Steyn", ("Johan Steyn",)),  # Afrikaans
    ("Outeur Annemarie Visser", ("Annemarie Visser",)),
])
def test_bylines_labels_read_in_more_languages(statement, names):
    assert clean_byline([statement]) == names


@pytest.mark.parametrize("statement", ["Bron: BELGA", "Bron ANP", "Source: Reuters"])
def test_a_sources_credit_is_no_byline(statement):
    assert clean_byline([statement]) == ()


def test_a_name_like_a_sources_label_is_a_name():
    assert clean_byline(["Bron Davies"]) == ("Bron Davies",)


@pytest.mark.parametrize("statement", ["प्रतिनिधी, पुणे", "Correspondent, Lagos"])
def test_a_correspondents_credit_and_place_names_no_one(statement):
    assert clean_byline([statement]) == ()


def test_trafilaturas_labelled_reading_of_another_storys_teaser_gives_way():
    meta = PageMeta(teaser_authors=["Aminata Diallo"], labelled_authors=["Awa Coulibaly"])
    assert byline(meta, "Par Aminata Diallo", "")[0] == ("Awa Coulibaly",)


def test_a_byline_under_a_short_headline_in_a_picture_card_signs_that_card():
    card = lxml_html.fromstring(
        '<ul><li><a href="/news/fase-3"><img src="a.jpg"><h3>Kragonderbrekings: Fase 3 '
        'vanaand</h3></a><div><span class="byline">Deur Johan Steyn</span></div></li></ul>')
    assert under_teaser(card.xpath("//span")[0], "Johan Steyn")
