"""The date of an imported web page: what it marks up, shows under its headline or in a list
of its facts; never one its story mentions."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from explainer.importer.html import parse_html
from explainer.importer.pagedates import stated_outside_links
from tests.test_import_html import PARAGRAPHS, page


def test_date_from_structured_data_and_updated_when_later():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2024-03-05T10:00:00Z", "dateModified": "2024-03-06T08:00:00Z"}'
            "</script>")
    article = parse_html(page(head, body_extra="<p class='stamp'>Updated March 6, 2024</p>"))
    assert (article.date, article.updated) == (dt.date(2024, 3, 5), dt.date(2024, 3, 6))


def test_a_change_the_page_does_not_show_is_not_an_update():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2011-11-18T18:00:00Z", "dateModified": "2016-09-20T08:00:00Z"}'
            "</script>")
    article = parse_html(page(head))
    assert (article.date, article.updated) == (dt.date(2011, 11, 18), None)
    assert "the page's metadata says the story was changed on 2016-09-20, a date the page " \
        "does not show: 'updated' is left empty" in article.notes


def test_no_date_is_invented_from_the_text():
    extra = "<p>The last bridge was opened on May 5, 2003, by the then mayor of the town.</p>"
    assert parse_html(page(body_extra=extra)).date is None


@pytest.mark.parametrize("placeholder", ["0001-01-01T00:00:00Z", "1970-01-01", "1900-01-01"])
def test_a_content_systems_placeholder_for_no_date_is_no_date(placeholder):
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", '
            f'"datePublished": "{placeholder}", "dateModified": "{placeholder}"}}</script>')
    article = parse_html(page(head))
    assert (article.date, article.updated) == (None, None)


def test_a_date_in_a_picture_s_address_is_not_the_page_s():
    head = ('<meta property="og:image" content="https://cdn.example/pics/2019/11/18/x.jpg">'
            '<meta name="twitter:image" content="https://cdn.example/pics/2019/11/18/x.jpg">')
    article = parse_html(page(head), url="https://news.example/story/2019/11/19/bridge/")
    assert article.date == dt.date(2019, 11, 19)  # the page's own address


def test_editor_date_wins():
    assert parse_html(page(), date=dt.date(2024, 1, 2)).date == dt.date(2024, 1, 2)


def test_date_without_a_year_takes_the_year_of_the_same_day_in_the_page():
    html = page(body_extra='<p class="article-date">06月24日 11時30分</p>').replace(
        "<body>", '<body id="story20190624_1130">')
    assert parse_html(html).date == dt.date(2019, 6, 24)


def test_impossible_date_without_a_year_is_no_date():
    html = page(body_extra='<p class="date">31.02.</p>').replace(
        "<body>", '<body id="story20190231">')
    assert parse_html(html).date is None


def test_date_without_a_year_and_no_matching_stamp_stays_empty():
    html = page(body_extra='<p class="article-date">06月24日</p>').replace(
        "<body>", '<body id="story20190625_1130">')
    assert parse_html(html).date is None


def header(lines: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<!doctype html><html><head><title>Bridge plan</title></head><body><article>"
            f"<h1>Towns agree plan for new river bridge</h1>{lines}{story}</article></body></html>")


@pytest.mark.parametrize(("line", "date"), [
    ('<div class="meta"><span>2019年4月2日</span></div>', dt.date(2019, 4, 2)),
    ("<p>28.04.2023</p>", dt.date(2023, 4, 28)),
    ("<div><time>December 16, 2016</time></div>", dt.date(2016, 12, 16)),
    ("<span>5 May 2024, 10:02</span>", dt.date(2024, 5, 5)),
    ("<p>2019/3/5 更新</p>", dt.date(2019, 3, 5)),
    ("<p>最終更新日：2019年4月2日<br>独立行政法人情報処理推進機構</p>", dt.date(2019, 4, 2)),
    ("<p>Published <b>2 April 2019</b><br>River Gazette</p>", dt.date(2019, 4, 2)),
])
def test_a_date_shown_under_the_headline_is_the_date(line, date):
    assert parse_html(header(line)).date == date


def test_a_date_in_the_story_after_the_headline_is_not_taken():
    line = ("<p>The last bridge over the river was opened on May 5, 2003, by the then mayor, "
            "who had fought for it for a decade.</p>")
    assert parse_html(header(line)).date is None


def test_a_date_in_a_list_of_other_stories_is_not_taken():
    line = '<ul><li><a href="/old">Older story</a> <span>May 5, 2003</span></li></ul>'
    assert parse_html(header(line)).date is None


@pytest.mark.parametrize("facts", [
    "<ul><li><strong>Datum</strong> 28.04.2023</li><li><strong>Autorin/Autor</strong> Maria "
    "Soto</li></ul>",
    "<aside><ul><li>Published: April 28, 2023</li></ul></aside>",
])
def test_a_date_under_its_label_in_a_list_of_the_story_s_facts_is_the_date(facts):
    assert parse_html(page(body_extra=facts)).date == dt.date(2023, 4, 28)


def test_a_labelled_list_item_that_says_more_than_a_date_is_not_taken():
    facts = "<ul><li>Date: April 28, 2023, when the council first met to vote on it</li></ul>"
    assert parse_html(page(body_extra=facts)).date is None


def test_a_date_in_a_highlights_list_under_the_headline_is_not_taken():
    line = "<ul><li>The Social Security Act was signed into law on August 14, 1935</li></ul>"
    assert parse_html(header(line)).date is None


def stamped(published: str, shown: str) -> str:
    stamp = f'<meta property="article:published_time" content="{published}">'
    return header(f"<p>{shown}</p>").replace("</head>", f"{stamp}</head>")


@pytest.mark.parametrize("published", ["2024-02-10T00:32:11Z", "2024-02-10T00:32:11+00:00",
                                       "2024-02-10T00:32:11.000Z"])
def test_a_time_in_utc_a_day_from_the_date_shown_is_the_day_shown(published):
    assert parse_html(stamped(published, "February 9, 2024")).date == dt.date(2024, 2, 9)


@pytest.mark.parametrize("published", ["2024-02-10T00:32:11-05:00", "2024-02-10"])
def test_a_time_given_in_the_page_s_own_zone_wins_over_the_date_shown(published):
    assert parse_html(stamped(published, "February 9, 2024")).date == dt.date(2024, 2, 10)


def test_a_time_in_utc_days_from_the_date_shown_is_kept():
    assert parse_html(stamped("2024-02-12T00:32:11Z", "February 9, 2024")).date == \
        dt.date(2024, 2, 12)


def test_the_machine_readable_time_under_the_headline_wins_over_its_ambiguous_text():
    html = header('<p><time datetime="2016-10-04 05:07:09">10/04/2016 05:07 AM EDT</time></p>')
    assert parse_html(html).date == dt.date(2016, 10, 4)


def test_the_page_s_only_time_element_is_its_date_when_its_h1_is_a_logo():
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = ('<html><head><title>Bridge</title></head><body><h1>The Gazette</h1><div><p>By Jane '
            f'Roe <time datetime="2016-10-04">10/04/2016</time></p>{story}</div></body></html>')
    assert parse_html(html).date == dt.date(2016, 10, 4)


def test_one_time_element_among_several_outside_the_header_is_no_header_time():
    from lxml import html as lxml_html

    from explainer.importer.headerdates import header_time
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    times = ('<div><time datetime="2016-10-04">Oct 4</time> '
             '<time datetime="2016-10-05">Oct 5</time></div>')
    tree = lxml_html.fromstring(f"<html><body><h1>The Gazette</h1>{story}{times}</body></html>")
    assert header_time(tree) is None


def test_a_time_in_a_card_after_a_story_set_in_divs_is_not_the_date():
    line = "The council met on Monday to discuss the plan for the new bridge, officials said."
    story = "".join(f"<div>{line} {i}</div>" for i in range(6))
    html = ("<html><head><title>Bridge plan</title></head><body><main><h1>Bridge plan</h1>"
            '<div class="date">Published March 5, 2024</div>' + story + '<div class="card">'
            '<span>Old story</span><time datetime="2015-06-01T10:00:00Z">June 1, 2015</time>'
            "</div></main></body></html>")
    assert parse_html(html).date == dt.date(2024, 3, 5)


def test_a_date_read_with_day_and_month_swapped_is_the_time_element_s():
    from explainer.importer.pagedates import swapped
    assert swapped(dt.date(2016, 4, 10), dt.date(2016, 10, 4))
    assert not swapped(dt.date(2016, 4, 10), dt.date(2016, 4, 10))
    assert not swapped(dt.date(2016, 4, 11), dt.date(2016, 10, 4))


@pytest.mark.parametrize(("line", "date"), [
    ("<div class='attribution'>Updated on December 12, 2016 09:22 AM</div>", "2016-12-12"),
    ("<p>Zuletzt aktualisiert am 12.12.2016</p>", "2016-12-12"),
    ("<span>Last modified: 12 December 2016</span>", "2016-12-12"),
])
def test_a_date_shown_only_as_an_update_is_kept_unsure_with_a_note(line, date):
    article = parse_html(header(line))
    assert (article.date.isoformat(), article.confidence["date"]) == (date, "low")
    assert (f"the page shows the date {date} only as when the story was changed ('Updated …'): "
            "it may have been published earlier") in article.notes


def test_a_date_shown_as_published_and_updated_gets_no_note():
    line = "<p>Published 2 April 2019, updated 2 April 2019 at 10:05</p>"
    article = parse_html(header(line))
    assert article.date == dt.date(2019, 4, 2)
    assert not any("only as when" in note for note in article.notes)


def test_open_graph_s_article_keys_are_read_with_its_og_prefix():
    head = ('<meta name="sailthru.date" value="2016-12-15T13:50:38Z">'
            '<meta name="og:article:published_time" value="2016-12-14T06:02:15Z">')
    assert parse_html(page(head)).date == dt.date(2016, 12, 14)


def test_the_standard_publication_key_wins_over_a_vendor_s():
    head = ('<meta name="sailthru.date" content="2016-12-15T13:50:38Z">'
            '<meta property="article:published_time" content="2016-12-14T06:02:15Z">')
    assert parse_html(page(head)).date == dt.date(2016, 12, 14)


def test_a_date_updated_on_a_page_that_dates_its_publication_otherwise_gets_no_note():
    line = "<p>Published May 3rd, 2024 | Updated: May 3, 2024</p>"
    article = parse_html(header(line))
    assert not any("only as when" in note for note in article.notes)


def test_a_page_of_slashes_is_read_at_once():
    # the addresses of pictures are blanked in one pass: a search for an address that ends
    # in a picture's file name took time growing with the square of a run of slashes (40,000
    # slashes: 6 s). A subprocess, so that a return of it fails rather than hangs the suite.
    code = ("from explainer.importer.pagedates import stated_outside_links; import datetime; "
            "stated_outside_links('<p>' + '/' * 1_000_000 + '</p>', datetime.date(2024, 1, 2))")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=30,
                   cwd=Path(__file__).resolve().parent.parent)


@pytest.mark.parametrize("written", ["2026.01.29 18:40", "Thu, Jan 29 2026 15:37:00 EST"])
def test_a_date_written_year_first_with_dots_or_without_a_comma_is_stated(written):
    page_text = f'<html><body><p data-deploy="{written}">{written}</p></body></html>'
    assert stated_outside_links(page_text, dt.date(2026, 1, 29))
