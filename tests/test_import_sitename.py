"""The imported source: the name the site goes by with readers (``source.name``)."""

from __future__ import annotations

import pytest

from explainer.importer.clean import site_label
from explainer.importer.html import parse_html
from tests.test_import_byline import without_site_name

TITLE = "<title>Towns agree plan for new river bridge | The River Gazette"


def site(*metas: str) -> str:
    return without_site_name("".join(metas))


@pytest.mark.parametrize("metas, name", [
    (['<meta name="publisher" content="Ediciones EL PAÍS S.L.">',
      '<meta property="og:site_name" content="El País">'], "El País"),
    (['<meta name="publisher" content="Deutsche Welle (www.dw.com)">',
      '<meta property="og:site_name" content="DW.COM">'], "Deutsche Welle"),
    (['<meta property="og:site_name" content="DW.COM">'], "DW.COM"),
    (['<meta name="publisher" content="National Post">',
      '<meta property="og:site_name" content="nationalpost">'], "National Post"),
    (['<meta name="publisher" content="Freie Presse - Chemnitzer Verlag und Druck GmbH '
      '&amp;amp; Co. KG">'], "Freie Presse"),
    (['<meta name="publisher" content="Nature Publishing Group UK">',
      '<meta name="dc.publisher" content="Nature">'], "Nature"),
    (['<meta name="publisher" content="SA Breaking News">',
      '<meta name="application-name" content="sabreakingnews">'], "SA Breaking News"),
])
def test_the_source_is_the_name_the_site_goes_by_with_readers(metas, name):
    assert parse_html(site(*metas), url="https://example.org/a").source_name == name


def test_a_site_name_run_together_in_lower_case_is_spelled_as_the_page_spells_it():
    settings = '<script>var site = {"publicationName": "The River Post"};</script>'
    stated = site('<meta property="og:site_name" content="riverpost">', settings)
    assert parse_html(stated, url="https://www.riverpost.example/a").source_name == \
        "The River Post"


@pytest.mark.parametrize("address, written, name", [
    ("https://www.riverpost.example", "The River Post", "The River Post"),
    ("Radio-River.example", "Radio-River", "Radio-River"),
])
def test_a_site_named_only_by_its_address_is_named_as_the_page_writes_it(
        address, written, name):
    settings = f'<script>var site = {{"publicationName": "{written}"}};</script>'
    stated = site(f'<meta name="application-name" content="{address}">', settings).replace(
        "<title>Towns agree plan for new river bridge | The River Gazette", "<title>Bridge plan")
    assert parse_html(stated, url="https://www.riverpost.example/a").source_name == name


def test_the_publisher_named_in_microdata_is_the_source():
    body = ('<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization">'
            '<meta itemprop="name" content="River Weekly"></div>')
    html = site().replace("</article>", body + "</article>").replace(
        "<title>Towns agree plan for new river bridge | The River Gazette", "<title>Bridge plan")
    assert parse_html(html, url="https://example.org/a").source_name == "River Weekly"


def test_with_no_site_name_the_title_s_last_part_naming_the_address_is_the_source():
    html = site().replace("<title>Towns agree plan for new river bridge | The River Gazette",
                          "<title>Towns agree plan for new river bridge - River Gazette")
    assert parse_html(html, url="https://www.rivergazette.co.uk/a").source_name == "River Gazette"
    assert parse_html(html, url="https://www.news.co.uk/a").source_name is None


def test_a_site_name_that_is_only_its_address_gives_way_to_the_title_s_last_part():
    html = site('<meta property="og:site_name" content="www.liberation.fr">').replace(
        "<title>Towns agree plan for new river bridge | The River Gazette",
        "<title>Towns agree plan for new river bridge - Libération")
    assert parse_html(html, url="https://www.liberation.fr/a").source_name == "Libération"


@pytest.mark.parametrize("title", ["Ukraine - la libération de Kherson",
                                   "Guerre en Ukraine – Kherson fête sa libération"])
def test_a_headline_s_last_part_naming_the_site_in_passing_is_no_site_name(title):
    html = site('<meta property="og:site_name" content="www.liberation.fr">').replace(
        "<title>Towns agree plan for new river bridge | The River Gazette", f"<title>{title}")
    assert parse_html(html, url="https://www.liberation.fr/a").source_name == (
        "www.liberation.fr")


def test_a_site_name_loses_its_slogan_after_a_dash():
    html = site('<meta property="og:site_name" content="River Gazette - Serving the Valley '
                'Since 1881">')
    assert parse_html(html, url="https://rivergazette.com/a").source_name == "River Gazette"
    assert parse_html(html, url="https://example.org/a").source_name == (
        "River Gazette - Serving the Valley Since 1881")  # not the site's own name: kept


def test_a_site_name_written_with_its_domain_loses_its_slogan_after_a_dash():
    html = site('<meta property="og:site_name" content="Řeka.cz - Víte, co se právě děje">')
    assert parse_html(html, url="https://reka.cz/a").source_name == "Řeka.cz"


@pytest.mark.parametrize("stated, title, url, name", [
    ("U.S.", "Oil falls - Reuters", "https://www.reuters.com/article/x", "Reuters"),
    ("Security", "Patch now | heise online", "https://www.heise.de/news/x", "heise online"),
])
def test_a_site_name_that_does_not_go_with_the_address_gives_way_to_the_title_s(
        stated, title, url, name):  # an edition's or a section's name
    html = site(f'<meta property="og:site_name" content="{stated}">').replace(
        TITLE, f"<title>{title}")
    assert parse_html(html, url=url).source_name == name


@pytest.mark.parametrize("stated, url", [
    ("FAZ", "https://www.frankfurterallgemeinezeitung.de/x"),  # its initials
    ("Frankfurter Allgemeine Zeitung", "https://www.faz.net/x"),
    ("STZ", "https://www.stuttgarter-zeitung.de/x"),  # its letters in order
    ("River Gazette", "https://www.rivergazette.com/x"),
    ("The New York Times", "https://www.nytimes.com/x"),  # opens with its initials
    ("The Wall Street Journal", "https://www.wsj.com/x"),
    ("Los Angeles Times", "https://www.latimes.com/x"),
])
def test_a_site_name_that_goes_with_the_address_stays(stated, url):
    html = site(f'<meta property="og:site_name" content="{stated}">').replace(
        TITLE, "<title>Towns agree plan - " + url.split(".")[1].title())
    assert parse_html(html, url=url).source_name == stated


def test_a_title_s_last_part_that_is_only_an_address_does_not_name_the_source():
    html = site('<meta property="og:site_name" content="STZ">').replace(
        TITLE, "<title>Towns agree plan - stuttgarter-zeitung.de")
    assert parse_html(html, url="https://www.stuttgarter-zeitung.de/x").source_name == "STZ"


def test_a_site_name_given_as_a_web_address_gives_way_to_a_name():
    html = site('<meta name="publisher" content="River Gazette">',
                '<meta property="og:site_name" content="https://www.rivergazette.com/">')
    assert parse_html(html, url="https://www.rivergazette.com/a").source_name == "River Gazette"


def test_of_the_site_s_addresses_the_one_written_as_its_name_is_the_source():
    html = site('<meta property="og:site_name" content="http://www.bridgenews.com">',
                '<meta name="application-name" content="BRIDGENEWS.COM">').replace(
        TITLE, "<title>Towns agree plan")  # (a page that nowhere writes "Bridge News")
    assert parse_html(html, url="https://www.bridgenews.com/a").source_name == (
        "BRIDGENEWS.COM")


@pytest.mark.parametrize("stated, url, name", [
    ("Hosted", "https://hosted.ap.org/article/x", "AP"),  # a short name: initials
    ("Faktencheck", "https://faktencheck.afp.com/x", "AFP"),
    ("Weather", "https://weather.rivergazette.com/x", "Rivergazette"),
])
def test_a_site_name_that_is_a_part_of_the_address_before_its_name_gives_way_to_that_name(
        stated, url, name):
    html = site(f'<meta property="og:site_name" content="{stated}">').replace(
        TITLE, f"<title>Towns agree plan | {stated}")
    assert parse_html(html, url=url).source_name == name


@pytest.mark.parametrize("host, label", [
    ("www.bbc.co.uk", "bbc"), ("hosted.ap.org", "ap"), ("news.sky.com", "sky"),
    ("www.abc.net.au", "abc"), ("mk.co.kr", "mk"), ("edition.cnn.com", "cnn"), ("dw.com", "dw"),
])
def test_an_address_s_name_is_the_part_before_its_country_s_or_top_level_domain(host, label):
    assert site_label(host) == label
