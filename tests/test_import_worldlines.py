"""Found on session 77's batteries of made-up pages (Latin American sites, US local news,
South and South-East Asian sites in English, Middle Eastern sites, business and science
news, opinion and analysis): closing credits in Spanish, Portuguese and Italian, notes of
syndication, science sites and affiliates, calls set off by pictographs or in italics run
by run, headings' own anchors, summary boxes' labels, cards lifted over the story, desks'
lines, bylines with a place or a reviewer, and dates run into their clocks."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html as lxml_html

from explainer.importer.body import without_cards
from explainer.importer.bylinenames import clean_byline
from explainer.importer.continues import is_continuation_note
from explainer.importer.credits import is_credit_line
from explainer.importer.decks import decks
from explainer.importer.furniture import is_furniture
from explainer.importer.html import parse_html
from explainer.importer.keypoints import is_key_points, without_key_points, without_label_left
from explainer.importer.metadata import read_meta
from explainer.importer.notbylines import without_logins
from explainer.importer.repeats import is_byline, without_header_lines
from explainer.importer.showndates import shown_date
from explainer.importer.summary import choose_summary
from tests.test_import_html import PARAGRAPHS
from tests.test_import_localfields import TEXT, _page


@pytest.mark.parametrize("line", [
    "📺 **VÍDEOS: Os mais vistos do g1 Rio**",
    "**📲 Únete a nuestro canal de WhatsApp** y recibe las noticias más importantes de La "
    "República.",
    "*The Metro Times is committed to publishing* *[a diversity of letters](https://example.com"
    "/letters)* *to the editor. We’d like to hear what you think about this or any of our "
    "articles.*",
    "*Puedes seguir a EL PAÍS DIARIO Opinión en* *Facebook* *,* *X* *o suscribirte aquí a la* "
    "*Newsletter* *.*",
    "Sumate a la comunidad de lectores de Perfil. Suscribite desde $1.500 por mes.",
    "**Ojo Público** es un medio independiente y sin fines de lucro. [Únete a nuestra "
    "comunidad de lectores que apoyan el periodismo de investigación.](/apoya)",
    "**Download the WKBR First Alert Weather app for the latest alerts and live radar.**",
    "(Catch all the Business News, Market News on The Economic Times.)",
    "- *Do you have an opinion on the issues raised in this article? If you would like to "
    "submit a response of up to 300 words by email to be considered for publication in our "
    "letters section, please click here.*",
    "انتهای پیام",
    "انتهای پیام/",
    "پایان مطالب پیشنهادی",
    "ivr",
    "(jbe)",
    "/ajx/he",
    "*Copyright Business Recorder, 2024*",
    "*(Only the headline and picture of this report may have been reworked by the Business "
    "Standard staff; the rest of the content is auto-generated from a syndicated feed.)*",
    "*If you purchase a product or register for an account through a link on our site, we may "
    "receive compensation.*",
    "If you buy something from a VergePoint link, Vox Media may earn a commission. See our "
    "ethics statement.",
    "This article has been reviewed according to PhysMesh's [editorial process and policies]"
    "(/editorial-guidelines/). Editors have highlighted the following attributes:",
    "**Citation**: Telescope detects water vapor on a sub-Neptune (2024, March 5) retrieved 7 "
    "March 2024 from https://physmesh.org/news/2024-03-telescope.html",
    "This document is subject to copyright. Apart from any fair dealing for the purpose of "
    "private study or research, no part may be reproduced without the written permission.",
    "Story Source: Materials provided by Coral Institute. Note: Content may be edited for "
    "style and length.",
    "This is a Premium article",
    "Your premium period will expire in 0 day(s). Renew now for uninterrupted access.",
    "Get exclusive research, stock recommendations and ad-free reading. Subscribe for Rs 1 for "
    "the first month.",
    "[Retraites : ce que change concrètement la réforme, selon votre âge](https://www.example.fr"
    "/article/2023/02/10/retraites_6161223.html)Article réservé aux abonnés",
    "The Pinecrest District Library on Main Street. (Clarion-Observer photo)",
    "[Materials](https://news.example.edu/coral) provided by [**Southern Coast University**]"
    "(https://www.example.edu). *Note: Content may be edited for style and length.*",
    "**Get closings on your phone:** Download the WNRB 18 News app and turn on closings alerts "
    "for your school.",
    "## watch now",
    "**Read more MarketPulse coverage on Asia's markets**",
    "Kövesse az Indexet a Facebookon is!",
    "Urmărește cele mai noi producții video DIGI24.ro",
    "(Borítókép: A Balaton Siófoknál. Fotó: Papp Péter / Index)",
    "LIRE AUSSI. [Dunkerque: la gigafactory prend forme](https://example.fr/a/b.html)",
    "À lire sur le sujet",
    "Guarda anche",
    "(c) Agencia EFE",
    "© 2024 Europa Press. Está expresamente prohibida la redistribución y la redifusión de todo "
    "o parte de los contenidos de los servicios de Europa Press sin su previo y expreso "
    "consentimiento.",
    "Diventa anche tu Sostenitore",
    "cb-ale/jj",
    "PTI AKV RT",
    "*This report is auto-generated from Press Trust of India news service. ThePrint holds no "
    "responsibility for its content.*",
    "Follow AP’s full coverage of the 2020 election at: https://apnews.com/hub/election-2020",
    "Loading comments...",
    "Post a comment",
])
def test_a_line_of_the_site_or_a_note_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "🔥 The fire spread quickly through the hills above the town on Sunday.",
    "He said *this* *was* fine, and the council agreed to carry on with the plan.",
    "Copyright law changed in 2024",
    "The copyright holder sued the publisher in 2024.",
    "Hello",
    "The club said fans could subscribe for $5 a month to watch the games.",
    "The mayor said residents should renew now before the deadline.",
    "He showed the old photo (a family photo) to the court.",
    "well-known",
    # a note on where the story was first published, set in italics run by run, stays
    "*This article was originally published on The Huffington Post and can be read* "
    "*[here.](https://example.com/first)*",
])
def test_a_line_of_the_story_is_not(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("line", [
    "*Con información de Bloomberg.*",
    "*Con información de EFE",
    "Con información de agencias.",
    "Com informações da Reuters e da AFP",
    "*Colaborou Guilherme Pacheco Lemos*",
    "*\\*Estagiário sob a supervisão de Márcia Albuquerque Neves*",
    "(Traduzione di Federica Lanzoni)",
    "Traduit de l’anglais par Sophie Gavard",
    "*Avec les informations de Félix Bouchard*",
])
def test_a_closing_credit_in_spanish_portuguese_or_italian_is_a_credit_line(line):
    assert is_credit_line(line)


@pytest.mark.parametrize("line", [
    "Con información de la policía, el gobernador dijo que no habría cortes.",
    "Colaboró en la investigación el equipo de la universidad.",
])
def test_a_sentence_that_opens_so_is_not(line):
    assert not is_credit_line(line)


@pytest.mark.parametrize(("statement", "names"), [
    ("بيروت: نذير رضا", ("نذير رضا",)),
    ("Deniz Ayhan / ANKARA", ("Deniz Ayhan",)),
    ("Jane Roe / NEW YORK", ("Jane Roe",)),
    ("Medically reviewed by Jonathan Pike, MD", ()),
    ("Снимка: Mediapool", ()),
    ("Moussa Ndiaye (Correspondant à Kaolack)", ("Moussa Ndiaye",)),
])
def test_a_place_or_a_reviewer_in_the_statement_is_no_writer(statement, names):
    assert clean_byline([statement]) == names


def test_a_photo_agency_after_a_slash_is_not_cut_as_a_place():
    assert clean_byline(["Fredrik Persson/EPA"]) == ("Fredrik Persson/EPA",)


def test_the_editor_s_persian_label_cuts_the_editor_out():
    page = _page(f"<div class='byline'><span>خبرنگار: مریم احمدی</span> <span>دبیر: حسین نوری"
                 f"</span></div>{TEXT}", lang="fa")
    assert parse_html(page, second_opinions=False).byline == ("مریم احمدی",)


def test_a_place_beside_the_date_is_no_byline():
    page = _page(f"<div class='meta'><span>New Delhi | </span><span>November 4, 2023</span>"
                 f"</div>{TEXT}")
    assert parse_html(page, second_opinions=False).byline == ()


def test_a_drupal_user_name_shown_as_the_submitter_is_no_writer():
    page = ("<p>Submitted by <span class='username'>eaglewebdesk</span> on Wed, 05/26/2021</p>")
    assert without_logins("Eaglewebdesk", page, "submitted by eaglewebdesk on wed") is None


def test_a_health_page_s_json_ld_author_is_read():
    head = ('<script type="application/ld+json">{"@type": "MedicalWebPage", "headline": '
            '"Storage plant opens", "author": {"@type": "Person", "name": "Rebecca Thorne"}}'
            '</script>')
    page = _page(TEXT, head)
    assert parse_html(page, second_opinions=False).byline == ("Rebecca Thorne",)


def test_the_names_then_the_job_with_the_paper_s_name_are_a_byline_line():
    assert is_byline("**By Lynette Harkins** *Sentinel Staff Writer*", ("Lynette Harkins",))


def test_the_names_then_a_sentence_are_not():
    assert not is_byline("Lynette Harkins Sentinel Staff Writer said the fair was fine",
                         ("Lynette Harkins",))


def test_a_desk_and_its_place_opening_the_text_leave_it():
    paragraphs = ["REDACCIÓN BOGOTÁ", *PARAGRAPHS]
    assert without_header_lines(paragraphs, "Storage plant opens", ()) == PARAGRAPHS


def test_a_kicker_of_several_words_over_the_headline_leaves_the_text():
    paragraphs = ["#### پس از اعلام عرضه‌های جدید", "## Storage plant opens", *PARAGRAPHS]
    assert without_header_lines(paragraphs, "Storage plant opens", ()) == PARAGRAPHS


def test_a_heading_s_anchor_to_itself_does_not_lose_the_heading():
    body = (f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><h2 id='the-fix'>The fix<a hidden "
            f"class='anchor' aria-hidden='true' href='#the-fix'>#</a></h2><p>{PARAGRAPHS[2]}</p>"
            f"<p>{PARAGRAPHS[3]}</p>")
    assert "## The fix" in parse_html(_page(body), second_opinions=False).paragraphs


def test_key_points_under_the_headline_and_standfirst_are_at_the_text_s_edge():
    paragraphs = ["[Another story](https://example.com/other)", "## Storage plant opens",
                  "### A standfirst", "#### Highlights", "- One\n- Two\n- Three", *PARAGRAPHS]
    assert without_key_points(paragraphs)[3:] == PARAGRAPHS


@pytest.mark.parametrize("label", ["If your time is short", "## Synopsis"])
def test_more_labels_of_a_summary_box(label):
    assert is_key_points(label, "- One point\n- Another point")


def test_a_summary_box_s_label_goes_with_its_paragraph_taken_as_the_summary():
    before = ["## Synopsis", "The summary the box holds.", *PARAGRAPHS]
    assert without_label_left(before, ["## Synopsis", *PARAGRAPHS]) == PARAGRAPHS


def test_a_label_over_a_paragraph_that_stays_stays():
    before = ["## Synopsis", *PARAGRAPHS]
    assert without_label_left(before, before) == before


def test_a_card_s_short_line_opening_the_text_or_after_its_headline_goes():
    cards = {"otherheadlineofanotherstory", "valentinaparadalugo",
             "otherheadlineofanotherstoryvalentinaparadalugo"}
    assert without_cards(["Valentina Parada Lugo", *PARAGRAPHS], cards) == PARAGRAPHS
    assert without_cards([PARAGRAPHS[0], "Other headline of another story",
                          "Valentina Parada Lugo", *PARAGRAPHS[1:]], cards) == PARAGRAPHS


def test_a_line_without_letters_opening_the_text_is_no_card_s():
    paragraphs = ["— · —", *PARAGRAPHS]
    assert without_cards(paragraphs, {"", "otherheadlineofanotherstory"}) == paragraphs


def test_a_card_s_short_line_inside_the_story_stays():
    cards = {"valentinaparadalugo"}
    paragraphs = [PARAGRAPHS[0], "Valentina Parada Lugo", *PARAGRAPHS[1:]]
    assert without_cards(paragraphs, cards) == paragraphs


@pytest.mark.parametrize(("text", "day"), [
    ("22.mar.2024 (sexta-feira) - 23h50", dt.date(2024, 3, 22)),
    ("5.mar.2024 às 17h32", dt.date(2024, 3, 5)),
    ("Published Thu, Nov 7 202411:48 PM EST", dt.date(2024, 11, 7)),
])
def test_a_date_run_into_its_dots_or_its_clock_is_read(text, day):
    assert shown_date(text, "dmy") == day


def test_a_year_run_into_other_figures_is_not():
    assert shown_date("Nov 7 202415", "dmy") is None


def test_a_description_cut_and_given_a_full_stop_gives_way_to_the_whole_one():
    cut = "The free ride program will continue until Dec. 31."
    whole = ("The free ride program will continue until Dec. 31 after the budget department "
             "released the money for operators.")
    assert choose_summary([cut, whole]) == whole


def test_a_description_another_does_not_go_on_from_stays():
    first = "The free ride program will continue until Dec. 31."
    assert choose_summary([first, "Another text of the page about something else."]) == first


@pytest.mark.parametrize("note", ["Článok pokračuje pod reklamou",
                                  "A cikk a hirdetés után folytatódik",
                                  "Articolul continuă după reclamă"])
def test_a_note_that_the_story_goes_on_past_an_ad_in_more_languages(note):
    assert is_continuation_note(note)


def test_a_standfirst_named_only_by_its_data_dot_is_found():
    perex = "The storage plant on the river opened on Monday after two years of building work."
    page = _page(f"<p class='e_ou d_m' data-dot='perex'>{perex}</p>{TEXT}")
    assert decks(lxml_html.fromstring(page)) == [perex]


def test_a_place_named_by_its_box_beside_the_date_is_no_byline():
    page = _page(f"<div class='fecha-noticia'><span class='lugar'>Donostia-San Sebastián</span> "
                 f"<span class='fecha'>23/10/2024 14:21</span></div>{TEXT}", lang="es")
    assert parse_html(page, second_opinions=False).byline == ()


def test_a_picture_s_credit_named_for_its_author_is_no_byline():
    page = _page(f"<figure><img src='a.jpg'><figcaption>Un tren de la R3 <span class='photo-"
                 f"author'>Àlex Puig / Archivo</span></figcaption></figure><div class='author-"
                 f"name'>Redacción</div>{TEXT}", lang="es")
    assert parse_html(page, second_opinions=False).byline == ()


@pytest.mark.parametrize("box", [
    "<button class='followAuthorBtn' type='button'>Folgen</button>",
    "<a href='/profil/themen/' class='followAuthorBtn'>Themen bearbeiten</a>",
    "<div class='pull-quote'><blockquote>We agree.</blockquote><div class='pull-quote__author'>"
    "<span class='author'>Boris Kingma</span></div></div>",
])
def test_a_button_or_a_pull_quote_s_speaker_named_for_the_author_is_no_byline(box):
    page = _page(f"<p>{PARAGRAPHS[0]}</p>{box}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>")
    assert read_meta(page).visible_authors == []
