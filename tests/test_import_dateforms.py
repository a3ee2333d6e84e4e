"""Dates in more of the forms pages write them: a ``<time>`` that shows an update, a date as
e-mail writes it, a date in an address's path written with dashes or in one run of figures,
and a relative time ("5 hours ago") dated in its ``title``."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html as lxml_html

from explainer.importer.clean import first_date
from explainer.importer.headerdates import header_date, header_time
from explainer.importer.metadata import read_meta
from explainer.importer.pagedates import address_date, page_date, stated_outside_links
from explainer.importer.showndates import shown_date

STORY = ("<p>The first trams in almost seventy years will run through the centre of the city "
         "next spring, after the transport authority confirmed that the line had passed.</p>")


def _page(header: str) -> str:
    return (f"<!doctype html><html lang='en-GB'><head><title>Trams</title></head><body>"
            f"<article><h1>Trams pass final safety test</h1>{header}{STORY * 3}</article>"
            "</body></html>")


UPDATED = ("<div class='b-date'><time datetime='2024-10-09T13:02:11Z'>Updated 9 October 2024"
           "</time> | <span>Published 7 October 2024</span></div>")


def test_a_time_element_showing_an_update_is_not_the_header_s_time():
    assert header_time(lxml_html.fromstring(_page(UPDATED))) is None


def test_the_publication_shown_beside_an_updated_time_element_is_the_date():
    page = _page(UPDATED)
    assert page_date(page, read_meta(page), [""]) == (dt.date(2024, 10, 7), "header")


def test_a_time_element_after_an_update_label_is_not_the_header_s_time():
    header = "<p><span>Aktualisiert:</span> <time datetime='2024-10-09'>09.10.2024</time></p>"
    assert header_time(lxml_html.fromstring(_page(header))) is None


def test_a_published_time_element_is_the_header_s_time():
    header = "<p><time datetime='2024-10-07T21:40:00Z'>7 October 2024</time></p>"
    assert header_time(lxml_html.fromstring(_page(header))) == "2024-10-07T21:40:00Z"


@pytest.mark.parametrize(("written", "date"), [
    ("Wed, 20 Mar 2024 21:15:00 +0000", dt.date(2024, 3, 20)),
    ("20 Mar 2024 23:15:00 -0500", dt.date(2024, 3, 20)),  # as written, not moved to UTC
    ("Wed, 31 Feb 2024 21:15:00 +0000", None),
])
def test_a_date_written_as_e_mail_writes_it_is_read(written, date):
    assert first_date([written]) == date


@pytest.mark.parametrize(("address", "date"), [
    ("https://news.example/2019/04/25/bridge/", dt.date(2019, 4, 25)),
    ("https://news.example/local/2024-05-03/bridge", dt.date(2024, 5, 3)),
    ("https://news.example/local/bridge-20240311.html", dt.date(2024, 3, 11)),
    ("https://news.example/local/bridge-2024031112", None),  # an id, not a date
    ("https://news.example/local/bridge?day=2024-05-03", None),  # not the path
    ("https://news.example/local/bridge-20241311.html", None),  # no thirteenth month
])
def test_a_date_in_the_address_s_path(address, date):
    assert address_date([address]) == date


def test_a_relative_time_is_dated_by_its_title_under_the_headline():
    header = "<p><span class='zeit' title='19.09.2024, 10:15 Uhr'>vor 3 Stunden</span></p>"
    assert header_date(lxml_html.fromstring(_page(header))) == dt.date(2024, 9, 19)


def test_a_date_written_only_in_a_title_is_stated_on_the_page():
    page = _page("<div><span class='timeago' title='2024-03-22 09:15:00'>5 hours ago</span></div>")
    assert stated_outside_links(page, dt.date(2024, 3, 22))


def test_a_comment_before_a_time_element_is_read_past():
    header = "<p><!-- date --><time datetime='2024-10-07T21:40:00Z'>7 October 2024</time></p>"
    assert header_time(lxml_html.fromstring(_page(header))) == "2024-10-07T21:40:00Z"


COMMENTS = ("<section class='comments' id='comments'><ol class='comment-list'><li class='comment'>"
            "<span class='comment-author'>reader42</span> <time datetime='2024-10-08T09:12'>"
            "8 October 2024</time><p>Good news for the city at last.</p></li></ol></section>")


def test_a_reader_s_comment_does_not_state_the_page_s_date():
    page = _page("").replace("</body>", f"{COMMENTS}</body>")
    assert not stated_outside_links(page, dt.date(2024, 10, 8))


def test_a_date_the_story_states_beside_the_comments_is_still_stated():
    page = _page("<p class='date'>8 October 2024</p>").replace("</body>", f"{COMMENTS}</body>")
    assert stated_outside_links(page, dt.date(2024, 10, 8))


@pytest.mark.parametrize("shown", ["Posted on Wednesday 3rd April 2024", "April 3rd, 2024",
                                   "the 3rd of April 2024"])
def test_a_day_written_as_an_ordinal_states_the_date(shown):
    assert stated_outside_links(_page(f"<p class='date'>{shown}</p>"), dt.date(2024, 4, 3))


@pytest.mark.parametrize(("shown", "date"), [
    ("Birt: 14. febrúar 2024 kl. 10:12", dt.date(2024, 2, 14)),
    ("٢٠ سبتمبر ٢٠٢٤", dt.date(2024, 9, 20)),
    ("٢ تشرين الثاني ٢٠٢٤ ٠٠:٣٠", dt.date(2024, 11, 2)),
    ("วันอังคารที่ 8 ตุลาคม พ.ศ. 2567", dt.date(2024, 10, 8)),
    ("8 ต.ค. 2567", dt.date(2024, 10, 8)),
    ("5 בנובמבר 2024", dt.date(2024, 11, 5)),
    ("12 Ogos 2024", dt.date(2024, 8, 12)),
])
def test_a_date_in_more_languages_and_figures_is_read(shown, date):
    assert shown_date(shown, "dmy") == date
