"""Found on a battery of made-up pages in the templates of national and regional sites of
Asia, Africa and Latin America: the lines they set after their stories (:mod:`closings`),
a box asking for support, and a place after a writer linked to their page."""

from __future__ import annotations

import pytest

from explainer.importer.furniture import is_furniture
from explainer.importer.html import parse_html
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
TITLE = "Towns agree plan for new river bridge"


@pytest.mark.parametrize("line", [
    "(asp/dhn)",
    "ram/rmlgv",
    "*Published in Dawn, March 15th, 2024*",
    "A version of this article appears in print on March 5, 2024, Section A, Page 1.",
    "*Like [Business on Facebook](https://www.facebook.com/TribuneBusiness), follow "
    "[@TribuneBiz](https://twitter.com/TribuneBiz) on Twitter to stay informed.*",
    "**Únete a nuestro canal ¡El Universal ya está en Whatsapp!**, desde tu dispositivo "
    "entérate de las noticias más relevantes del día.",
    "**Leia outras notícias sobre a região no g1 DF.**",
    "## इंदौर की और खबरें",
    "VÍDEOS: mais assistidos do g1 DF",
    '**Simak Video "Momen Jaksa Bacakan Tuntutan Kasus Korupsi Jalan"**',
    "\\[Gambas:Video 20detik\\]",
    "Catch every big hit with Crick-it, a one stop destination for Live Scores. Explore now!",
    "Get [Current Updates on India News](https://example.in/india-news), Weather Today along "
    "with Latest News and Top Headlines from India and around the world.",
    "सबसे तेज और भरोसेमंद खबरों के लिए डाउनलोड करें दैनिक भास्कर ऐप",
    "Disclaimer: Comments do not represent the views of INQUIRER.net.",
], ids=["initials", "initials-bare", "printed", "print-version", "like-follow", "join-channel",
        "more-news", "more-news-hindi", "video-rail", "video-id", "video-marker", "now",
        "latest", "app-hindi", "comments-views"])
def test_a_line_a_site_sets_after_its_stories_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "More than two million people follow the account on Twitter, the company said.",
    "Follow-up talks on the bridge will be streamed on Facebook Live on Friday.",
    "Published in 1998, the report on the river crossing is still the council's guide.",
    "The residents read more news about the bridge in the council's monthly bulletin than "
    "anywhere else, a survey found last year.",
], ids=["follow-said", "follow-up", "published-year", "read-more-sentence"])
def test_a_sentence_of_the_story_is_no_closing_line(line):
    assert not is_furniture(line)


def _page(header: str = "", after: str = "") -> str:
    return (f'<html lang="en"><head><title>{TITLE}</title></head><body><article><h1>{TITLE}'
            f'</h1>{header}<div class="entry-content">{TEXT}{after}</div></article>'
            '</body></html>')


def test_a_box_asking_to_support_the_sites_journalism_is_no_text():
    appeal = ("At the River Post, we firmly believe in the importance of careful reporting. "
              "Knowing that not everyone can afford costly subscriptions, we keep our "
              "researched and checked news freely accessible to every reader in the valley.")
    box = (f'<div class="rp-support-box"><p><strong>Support the River Post</strong></p>'
           f'<p>{appeal}</p></div>')
    assert appeal not in "\n".join(parse_html(_page(after=box)).paragraphs)


def test_a_place_after_a_writer_linked_to_their_page_is_no_writer():
    header = ('<div class="storyBy">By <a href="https://example.in/author/jasjeev-gandhiok-1">'
              'Jasjeev Gandhiok</a>, New Delhi</div>')
    assert parse_html(_page(header)).byline == ("Jasjeev Gandhiok",)


def test_a_second_writer_linked_to_their_page_is_a_writer():
    header = ('<div class="storyBy">By <a href="https://example.in/author/jane-roe">Jane Roe'
              '</a>, <a href="https://example.in/author/john-doe">John Doe</a></div>')
    assert parse_html(_page(header)).byline == ("Jane Roe", "John Doe")


def test_a_job_after_a_writer_linked_to_their_page_is_no_dateline():
    header = ('<div class="byline">By <a href="https://example.com/author/jane-roe">Jane Roe'
              '</a>, Staff Writer</div>')
    assert parse_html(_page(header)).dateline is None
