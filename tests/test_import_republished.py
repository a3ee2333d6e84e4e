"""Found on session 67's batteries of made-up pages (copies of stories republished elsewhere,
broadcasters', business and Central and Northern European sites): the date a republished
story's note gives, labels of change and publication, notes and boxes that are no part of the
story (disclaimers, promotions, readers' comments, a transcript's notice, a picture's credit,
a pointer in Japanese), and the headline a kicker opens."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html as lxml_html

from explainer.importer.clean import choose_title
from explainer.importer.continues import drop_continuation_notes
from explainer.importer.firstpublished import first_published
from explainer.importer.furniture import is_furniture
from explainer.importer.headerdates import header_date
from explainer.importer.html import parse_html
from explainer.importer.notes import is_note
from explainer.importer.signups import drop_comment_boxes, drop_reaction_boxes
from explainer.importer.stamps import is_time_stamp
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
HEADLINE = "California's community colleges cut summer classes"


def _page(body: str, head: str = "") -> str:
    return (f"<html><head>{head}</head><body><article><h1>{HEADLINE}</h1>{body}</article>"
            "</body></html>")


def _first_published(page: str) -> dt.date | None:
    return first_published(lxml_html.fromstring(page), page)[0]


def test_a_republished_story_s_note_gives_its_first_publication_s_date():
    note = ("<p><em>This story was originally published by CalMatters on May 2, 2024. It is "
            "republished here under a Creative Commons license.</em></p>")
    assert _first_published(_page(TEXT + note)) == dt.date(2024, 5, 2)


def test_a_russian_note_of_first_publication_gives_its_date():
    note = "<p>Материал впервые опубликован на сайте «Север.Реалии» 3 апреля 2024 года.</p>"
    assert _first_published(_page(TEXT + note)) == dt.date(2024, 4, 3)


def test_a_date_in_the_sentence_after_the_note_is_not_its_date():
    note = ("<p>This story was originally published by CalMatters. On May 2, 2024, the board "
            "met again.</p>")
    assert _first_published(_page(TEXT + note)) is None


def test_the_note_s_date_is_the_import_s_over_the_page_s_own():
    note = "<p><em>This story was originally published by CalMatters on May 2, 2024.</em></p>"
    head = "<meta property='article:published_time' content='2024-05-06T08:00:00-07:00'>"
    assert parse_html(_page(TEXT + note, head), second_opinions=False).date == dt.date(2024, 5, 2)


def test_a_note_s_date_after_the_page_s_own_is_not_taken():
    note = "<p><em>This story was originally published by CalMatters on May 9, 2024.</em></p>"
    head = "<meta property='article:published_time' content='2024-05-06T08:00:00-07:00'>"
    assert parse_html(_page(TEXT + note, head), second_opinions=False).date == dt.date(2024, 5, 6)


def test_a_date_labelled_updated_before_a_slash_is_a_change_s():
    meta = ("<div class='meta-info'><span class='modified-date'>Updated / <time itemprop='"
            "dateModified' datetime='2024-03-07T18:05:00+00:00'>Thursday, 7 Mar 2024 18:05</time>"
            "</span></div>")
    head = "<meta property='article:published_time' content='2024-03-06T11:48:00+00:00'>"
    assert parse_html(_page(meta + TEXT, head), second_opinions=False).date == dt.date(2024, 3, 6)


@pytest.mark.parametrize("stamp", ["Publikacja: 05.02.2025 16:47",
                                   "Aktualizacja: 06.02.2025 08:31"])
def test_polish_labels_of_publication_and_change_make_a_time_stamp(stamp):
    assert is_time_stamp(stamp)


def test_a_labelled_date_past_a_paragraph_alone_in_its_box_under_the_headline_is_the_header_s():
    page = (f"<html lang='en'><body><h1>{HEADLINE}</h1><div class='article--lead'><p>The "
            "colleges will cut a third of their summer classes as the state's enrollment money "
            "runs dry this year.</p></div><div class='dates'>"
            f"Published: 5 February 2025</div>{TEXT}</body></html>")
    assert header_date(lxml_html.fromstring(page)) == dt.date(2025, 2, 5)


@pytest.mark.parametrize("note", [
    "(The author is a Reuters Breakingviews columnist. The opinions expressed are their own.)",
    "This column reflects the personal views of the author and does not necessarily reflect "
    "the opinion of the editorial board or Bloomberg LP and its owners.",
    "(Disclaimer: Recommendations, suggestions, views and opinions given by the experts are "
    "their own. These do not represent the views of The Economic Times)",
    "*The opinions expressed in the op-ed section are those of the authors and do not purport "
    "to reflect the views of the Kyiv Independent.*",
    "*The views expressed are their own.*",
    "*Editor’s Note: The opinions expressed in the op-ed section are those of the authors and do "
    "not purport to reflect the views of the Kyiv Independent.*",
])
def test_a_site_s_disclaimer_is_a_note(note):
    assert is_note(note)


def test_a_reported_statement_of_someone_s_own_views_is_no_note():
    assert not is_note("The views expressed are his own, he told reporters before the vote.")


def test_a_transcript_s_notice_that_it_may_hold_errors_is_a_note():
    assert is_note("*Notice: Transcripts are machine and human generated and lightly edited "
                   "for accuracy. They may contain errors.*")


@pytest.mark.parametrize("paragraph", [
    "*Get the news, free and independent. [Sign up for The Conversation’s newsletter.]"
    "(https://theconversation.com/newsletter)*",
    "**Support UP or become our patron!**",
    "**Підтримайте УП або станьте нашим патроном!**",
    "この記事へのご意見・情報提供はこちら",
    "*Main image credit: Jakub Porzycki/Agencja Wyborcza.pl*",
    "*Featured photo via MTI/Szilárd Koszticsák*",
])
def test_a_call_to_the_reader_or_a_picture_s_credit_is_furniture(paragraph):
    assert is_furniture(paragraph)


def test_a_reported_call_to_sign_up_for_a_newsletter_is_the_story_s():
    assert not is_furniture("Officials urged residents to sign up for the county newsletter to "
                            "receive updates about road closures through the end of the year.")


def _tree(body: str):
    return lxml_html.fromstring(f"<html><body><article>{body}{TEXT}</article></body></html>")


def _text(tree) -> str:
    return " ".join(tree.text_content().split())


def test_a_note_that_the_article_goes_on_below_recommended_links_goes_with_them():
    box = ("<div class='e_c0'><h3>Článek pokračuje pod doporučeným obsahem</h3><section><h4>"
           "Doporučujeme</h4><ul><li><a href='/a/1'>Inflace v březnu zpomalila</a></li></ul>"
           "</section></div>")
    text = _text(drop_continuation_notes(_tree(box)))
    assert ("pokračuje" in text, "Inflace v březnu" in text) == (False, False)


def test_a_box_of_promotions_named_by_its_class_leaves_the_page():
    box = ("<div class='article-pitch-container'><h3>Should you invest $1,000 in Union Pacific "
           "right now?</h3><a href='/sa'>See the 10 stocks »</a></div>")
    assert "Should you invest" not in _text(drop_reaction_boxes(_tree(box)))


def test_a_link_named_promo_inside_a_paragraph_stays():
    link = "<p>The council <a class='promo' href='/x'>approved the plan</a> on Monday.</p>"
    assert "approved the plan" in _text(drop_reaction_boxes(_tree(link)))


def test_readers_comments_opening_with_their_heading_and_count_leave_the_page():
    box = ("<div class='tie-area'><h3>跟贴 36</h3><p class='tie-tip'>文明上网理性发言，请遵守新闻"
           "评论服务协议</p></div>")
    assert "文明上网" not in _text(drop_comment_boxes(_tree(box)))


def test_a_box_named_for_comments_leaves_the_page():
    box = ("<div class='sc-comments'><h2>みんなの意見</h2><p class='notice'>コメントは個人の見解"
           "であり、記事提供社と関係はありません。</p></div>")
    assert "個人の見解" not in _text(drop_comment_boxes(_tree(box)))


def test_a_title_cut_before_the_site_s_name_only_where_the_headline_shows_it_whole():
    title = "Tåg stod stilla i timmar – passagerare evakuerades | Aftonbladet"
    h1 = ["Sex timmar i kylan: Tåg stod stilla i timmar – passagerare evakuerades"]
    assert choose_title([], [title], h1, title, ["Aftonbladet"], "aftonbladet.se") == (
        "Tåg stod stilla i timmar – passagerare evakuerades")


def test_the_outlet_a_note_names_as_the_first_publisher_is_found():
    note = "<p><em>This story was originally published by Stateline on March 1, 2024.</em></p>"
    page = _page(TEXT + note)
    assert first_published(lxml_html.fromstring(page), page)[1] == ["Stateline"]


def test_the_first_publisher_named_after_the_writer_is_no_writer():
    byline = "<p class='byline'>By <span class='author'>Marcus Ellery-Boone</span>, Stateline</p>"
    note = "<p><em>This story was originally published by Stateline on March 1, 2024.</em></p>"
    assert parse_html(_page(byline + TEXT + note), second_opinions=False).byline == (
        "Marcus Ellery-Boone",)


def test_a_story_s_sentence_on_another_text_s_first_publication_gives_no_date():
    paragraph = ("<p>The report, first published on May 2, 2024, found that a third of the "
                 "colleges had cut their summer classes.</p>")
    assert _first_published(_page(TEXT + paragraph)) is None
