"""A story as an editor's saved page brings it: a snapshot of archive.today, a feed item's
text saved alone, a reader's or a read-later service's view, an exported post, an
application's page, a mobile site; each with the lines its wrapper adds."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html as lxml_html

from explainer.commands.cli import main
from explainer.importer.archives import unwrapped
from explainer.importer.bylinejoins import as_shown
from explainer.importer.bylinenames import clean_byline
from explainer.importer.customtags import aria_headings
from explainer.importer.fallbacks import cjk_writer
from explainer.importer.headerdates import header_date, labelled_date
from explainer.importer.html import parse_html
from explainer.importer.metadata import read_meta
from explainer.importer.metatags import microformat_published
from explainer.importer.showndates import day_order
from explainer.importer.sitelines import is_site_line, trailer_title
from explainer.importer.stamps import is_time_stamp
from explainer.importer.stretch import is_consent
from tests.test_import_html import PARAGRAPHS

TRAILER = ("The post [Library adds seed lending shelf](https://sentinel.example/news/seeds) "
           "appeared first on [Mesa Verde Sentinel](https://sentinel.example).")


@pytest.mark.parametrize("line", [
    TRAILER,
    "L’article La traverse reprend plus tôt est apparu en premier sur Le Courrier du Fleuve.",
    "Der Beitrag Neue Radwege für die Altstadt erschien zuerst auf Stadtanzeiger.",
])
def test_the_line_a_feed_adds_under_its_item_is_the_sites(line):
    assert is_site_line(line)


def test_a_sentence_about_a_post_is_no_feed_line():
    assert not is_site_line("The post office appeared first on the list of closures, the "
                            "council said.")


def test_the_feed_line_gives_the_title_of_an_item_saved_alone():
    assert trailer_title([*PARAGRAPHS, TRAILER]) == "Library adds seed lending shelf"


def test_a_feed_items_text_saved_alone_is_imported_under_its_trailers_title():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    article = parse_html(f'{body}<p>The post <a href="https://s.example/a">Towns agree a '
                         'bridge</a> appeared first on <a href="https://s.example">Sentinel</a>.'
                         "</p>")
    assert (article.title, article.paragraphs) == ("Towns agree a bridge", tuple(PARAGRAPHS))


@pytest.mark.parametrize("line", ["La Gazzetta di Valdora · gazzettavaldora.example",
                                  "Partager sur Facebook Partager sur X Envoyer par e-mail",
                                  "毎朝、主要ニュースをメールでお届けします。",
                                  "Receba as principais notícias do dia no seu e-mail.",
                                  "**Get the latest headlines straight to your inbox.**"])
def test_a_wrappers_line_is_the_sites(line):
    assert is_site_line(line)


@pytest.mark.parametrize("sentence", [
    "The council said the plan is on its website, gazzetta.example.",
    "Scammers try to get a link in your inbox that looks like the bank's."])
def test_a_sentence_naming_a_site_or_an_inbox_stays(sentence):
    assert not is_site_line(sentence)


@pytest.mark.parametrize("banner", [
    "当サイトでは、利便性の向上や広告配信のためにCookieを使用しています。",
    "Usamos cookies para melhorar sua experiência e analisar nosso tráfego.",
])
def test_a_cookie_banner_in_japanese_or_portuguese_is_consent(banner):
    assert is_consent(banner)


def test_a_photographers_credit_after_the_writer_is_no_byline():
    assert clean_byline(["Tekst: Tomasz Kubiak, zdjęcia: Ewa Sroka"]) == ("Tomasz Kubiak",)


def test_a_label_trafilatura_keeps_without_its_colon_is_read_as_shown():
    shown = "Dewi Lestari | Editor: Bambang Hartono"
    assert as_shown("Penulis Dewi Lestari; Editor Bambang Hartono", [shown]) == shown


@pytest.mark.parametrize("stamp", ["प्रकाशित: 13 अप्रैल 2024, 20:45 IST",
                                   "Publicado em 05/10/2023 às 14h30"])
def test_time_stamps_in_more_languages(stamp):
    assert is_time_stamp(stamp)


def test_a_writer_credited_in_a_ranking_beside_another_storys_link_is_no_byline():
    tree = lxml_html.fromstring(
        "<div><h1>雪まつり、氷の彫刻を中止</h1><p>" + "本文" * 20 + "</p><ol><li><a href="
        '"https://m.example/1">市営バス、深夜便を試験運行へ</a><span>文： 佐藤美咲</span></li></ol>'
        "</div>")
    assert cjk_writer(tree) == []


def test_a_writer_credited_under_the_headline_is_read():
    tree = lxml_html.fromstring("<div><h1>雪まつり、氷の彫刻を中止</h1><p>文： 佐藤美咲</p></div>")
    assert cjk_writer(tree) == ["佐藤美咲"]


def test_a_list_of_terms_gives_the_published_date_not_the_saved_one():
    tree = lxml_html.fromstring("<dl><dt>Saved</dt><dd>Mar 11, 2024</dd><dt>Published</dt>"
                                "<dd>Mar 9, 2024</dd></dl>")
    assert labelled_date(tree) == dt.date(2024, 3, 9)


def test_an_h_entrys_one_publication_time_is_read():
    tree = lxml_html.fromstring('<div><p>By Kavya Raman on <time class="dt-published" '
                                'datetime="2023-05-03T06:12:33Z">May 3, 2023</time></p></div>')
    assert microformat_published(tree) == ["2023-05-03T06:12:33Z"]


def test_a_list_of_h_entries_gives_no_publication_time():
    tree = lxml_html.fromstring(
        '<div><p><time class="dt-published" datetime="2023-05-03">May 3</time></p>'
        '<p><time class="dt-published" datetime="2023-04-01">April 1</time></p></div>')
    assert microformat_published(tree) == []


def test_a_box_marked_as_the_first_heading_is_an_h1():
    tree = aria_headings(lxml_html.fromstring(
        '<div><div role="heading" aria-level="1">Solar farm builders move tortoises</div></div>'))
    assert [h.text for h in tree.iter("h1")] == ["Solar farm builders move tortoises"]


def _app_page() -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return ("<html><head><title>Bridge plan</title></head><body><div role='heading' "
            "aria-level='1'>Towns agree plan for new river bridge</div><div>Sept. 9, 2024, "
            f"7:45 p.m. PDT</div><div class='body'>{body}</div><script>window.__DATA__ = "
            '{"publishedAt": "2024-09-10T02:45:00.000Z"}</script></body></html>')


def test_an_applications_headline_box_is_read_as_its_h1():
    assert read_meta(_app_page()).h1 == ["Towns agree plan for new river bridge"]


def test_a_utc_time_past_midnight_gives_way_to_the_day_the_page_shows():
    assert parse_html(_app_page()).date == dt.date(2024, 9, 9)


SNAPSHOT = ('<!DOCTYPE html><html><head><meta property="og:site_name" content="archive.ph">'
            '<meta property="article:published_time" content="2024-02-03T08:11:52Z">'
            '<meta property="og:url" content="https://archive.ph/Kp2vW">'
            "<title>Cockle beds closed until April | The Estuary Journal</title></head><body>"
            '<div id="HEADER"><a href="https://archive.ph/">archive.today</a> Saved from '
            '<input name="q" value="https://journal.example/news/cockles"> <time '
            'datetime="2024-02-03T08:11:52Z">3 Feb 2024 08:11:52 UTC</time></div>'
            "<div><h1>Cockle beds closed until April</h1><p>A pollution found in January has "
            "closed three beds of the estuary.</p><div>By Mathilde Caron</div><div>Published "
            "30 January 2024, 07:00</div>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) +
            "</div></body></html>")


def test_an_archive_todays_bar_and_metadata_leave_the_page():
    page = unwrapped(SNAPSHOT)
    assert "Saved from" not in page and "2024-02-03" not in page
    assert 'rel="canonical" href="https://journal.example/news/cockles"' in page


def test_a_page_that_is_no_snapshot_is_left_as_it_is():
    page = SNAPSHOT.replace("archive.ph", "example.org").replace("archive.today", "")
    assert unwrapped(page) == page


def test_an_archived_story_is_dated_as_it_shows_not_as_it_was_captured():
    article = parse_html(SNAPSHOT)
    assert (article.date, article.source_url) == (
        dt.date(2024, 1, 30), "https://journal.example/news/cockles")


def test_past_an_unnamed_standfirst_only_a_time_stamp_dates_the_story():
    tree = lxml_html.fromstring("<div><h1>Cockle beds closed until April</h1><p>A pollution "
                                "found early in January has closed three of the estuary's "
                                "beds to fishing.</p><p>On 3 March 2021 the court ruled.</p>"
                                "</div>")
    assert header_date(tree) is None


def test_a_page_without_a_headline_is_refused_with_a_hint(tmp_path, capsys):
    page = tmp_path / "a.html"
    page.write_text("".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    assert main(["import", str(page), "--dry-run"]) == 1
    assert capsys.readouterr().err.endswith(
        "error: cannot import: no headline was found in it; give it with --title\n")


def test_the_editors_title_heads_a_page_without_one(tmp_path, capsys):
    page = tmp_path / "a.html"
    page.write_text("".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    assert main(["import", str(page), "--dry-run", "--title", "Towns agree  a bridge"]) == 0
    assert 'title: "Towns agree a bridge"' in capsys.readouterr().out


def test_a_page_declaring_no_language_writes_dates_as_its_text_reads():
    text = ("<p>El antiguo lavadero público de la ribera, cerrado desde hace más de cuarenta "
            "años, reabrirá en mayo convertido en un aula de naturaleza para los colegios de la "
            "comarca.</p><p>La rehabilitación ha respetado las pilas de piedra originales y la "
            "cubierta de madera, que estaba a punto de hundirse.</p><p>La concejala explicó que "
            "el espacio acogerá talleres semanales y que ya hay catorce centros inscritos.</p>"
            "<p>Varias vecinas que lavaron allí la ropa en su juventud participaron en la "
            "grabación de un documental que se proyectará durante la inauguración.</p><p>El "
            "alcalde dijo que los vecinos y los colegios del pueblo podrán visitar el lugar por "
            "las tardes con sus familias.</p>")
    assert day_order(lxml_html.fromstring(f"<div>{text}</div>")) == "dmy"


def test_an_english_page_declaring_no_country_leaves_the_order_open():
    text = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    assert day_order(lxml_html.fromstring(f"<div>{text}</div>")) is None


def test_a_list_of_terms_dating_a_change_gives_no_publication_date():
    tree = lxml_html.fromstring("<dl><dt>Date de modification :</dt><dd>2024-03-19</dd></dl>")
    assert labelled_date(tree) is None
