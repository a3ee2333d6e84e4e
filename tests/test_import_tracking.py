"""Links lose the parameters that only track where a reader came from."""

from __future__ import annotations

import pytest

from explainer.importer.tracking import untracked
from explainer.importer.xml_markdown import xml_to_markdown


@pytest.mark.parametrize(("target", "expected"), [
    ("https://a.example/x?utm_source=tw&utm_medium=social", "https://a.example/x"),
    ("https://a.example/x?id=5&fbclid=IwZXh0bgNh_aem_x#top", "https://a.example/x?id=5#top"),
    ("https://a.example/x?UTM_Campaign=z&page=2&mc_cid=9", "https://a.example/x?page=2"),
    ("/story?gclid=abc&q=bridge", "/story?q=bridge"),
    ("https://a.example/w.pdf?amp;utm_medium=email&amp;utm_campaign=x", "https://a.example/w.pdf"),
    ("https://a.example/x#:~:text=The%20Teamsters", "https://a.example/x"),  # a highlight
    ("https://a.example/x#part:~:text=vote", "https://a.example/x#part"),
    ("https://youtu.be/A5nvzWB6E?si=j1S4ecJK", "https://youtu.be/A5nvzWB6E"),
    ("https://www.youtube.com/watch?v=A5nvz&si=j1S4", "https://www.youtube.com/watch?v=A5nvz"),
    ("https://a.example/x?_ga=1.122541640.8.1481&p=2", "https://a.example/x?p=2"),  # pagesix
    ("https://a.example/x?_gl=1*1x2y*_ga*MTA", "https://a.example/x"),  # a linker's
])
def test_tracking_parameters_go(target, expected):
    assert untracked(target) == expected


@pytest.mark.parametrize("target", [
    "https://a.example/x?id=5&utm=kept",  # a parameter that only starts like one
    "https://a.example/x?",
    "https://a.example/search?q=utm_source",
    "mailto:desk@a.example?subject=Tip",
    "http://[bad?utm_source=x",
    "https://a.example/x?si=5",  # "si" tracks only on a video or music service
])
def test_other_links_stay_as_written(target):
    assert untracked(target) == target


def test_an_imported_link_is_written_without_them():
    xml = ('<doc><main><p>Read <ref target="https://a.example/r?utm_source=newsletter&amp;'
           'fbclid=Iw1">the report</ref>.</p></main></doc>')
    assert xml_to_markdown(xml) == "Read [the report](https://a.example/r)."


def test_the_pages_own_address_is_written_without_them():
    from explainer.importer.html import parse_html
    from tests.test_import_html import page
    head = "<link rel='canonical' href='https://a.example/news/bridge?utm_source=rss&id=7'>"
    assert parse_html(page(head), second_opinions=False).source_url == (
        "https://a.example/news/bridge?id=7")


def test_the_pages_own_address_is_https_when_the_page_also_gives_it_so():
    from explainer.importer.html import parse_html
    from tests.test_import_html import page
    head = ("<meta property='og:url' content='http://a.example/news/bridge'>"
            "<link rel='canonical' href='https://a.example/news/bridge'>")
    assert parse_html(page(head), second_opinions=False).source_url == (
        "https://a.example/news/bridge")


def test_a_site_s_home_page_given_as_the_page_s_address_gives_way_to_the_story_s():
    from explainer.importer.html import parse_html
    from tests.test_import_html import page
    head = ("<meta property='og:url' content='https://a.example'>"  # gothamist.com's og:url
            "<link rel='canonical' href='https://a.example/news/bridge'>")
    assert parse_html(page(head), second_opinions=False).source_url == (
        "https://a.example/news/bridge")


def test_an_address_that_cannot_be_read_gives_way_to_the_story_s():
    from explainer.importer.addresses import page_address
    assert page_address(["http://[bad", "https://a.example/news/bridge"]) == (
        "https://a.example/news/bridge", [])
