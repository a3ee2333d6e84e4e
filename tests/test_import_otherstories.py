"""What a page shows that is not its story's: a sponsor named where a byline would be, the
bylines and dates of other stories' cards (in Japanese too, where a headline has no spaces),
the site's date of today in its top bar; and the notes the import writes about them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from lxml import html as lxml_html

from explainer.importer.bylinenames import clean_byline
from explainer.importer.emit import front_matter
from explainer.importer.html import parse_html
from explainer.importer.labels import without_empty_labels
from explainer.importer.repeats import without_header_lines
from explainer.importer.summaryrepeats import REPEATS_TEXT
from explainer.importer.teasers import under_teaser
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
HEADLINE = "Towns agree plan for new river bridge"


def _page(meta: str = "", byline: str = "", after: str = "", before: str = "",
          lang: str = "en") -> str:
    return (f'<html lang="{lang}"><head><title>{HEADLINE}</title>{meta}</head><body>{before}'
            f"<article><h1>{HEADLINE}</h1>{byline}{TEXT}</article>{after}</body></html>")


def test_a_sponsor_named_where_the_byline_stands_is_no_author():
    page = _page('<meta name="author" content="Harbor Bank">',
                 '<div class="byline">Sponsored by <a href="/partners/harbor">Harbor Bank</a>'
                 "</div>")
    assert parse_html(page).byline == ()


def test_a_sponsor_known_by_its_whole_name_is_no_author_by_its_short_one():
    page = _page('<meta name="author" content="Zielony Zakątek">',
                 '<span class="byline">Partnerem materiału jest Centrum Ogrodnicze Zielony '
                 "Zakątek</span>", lang="pl")
    assert parse_html(page).byline == ()


def test_a_writer_beside_the_sponsor_stays():
    page = _page('<meta name="author" content="Jane Roe">',
                 '<div class="byline">By Jane Roe</div><p class="sponsor">Sponsored by '
                 "Harbor Bank</p>")
    assert parse_html(page).byline == ("Jane Roe",)


def test_the_arabic_label_by_the_pen_of_needs_no_colon():
    assert clean_byline(["بقلم سلمى الحداد"]) == ("سلمى الحداد",)


JAPANESE_CARDS = "".join(
    f'<li class="related__item"><a href="/news/{n}"><img src="/img/{n}.jpg" alt="">'
    f'<h3 class="related__title">{headline}</h3></a><p class="related__teaser">{teaser}</p>'
    f'<div class="related__meta"><span class="related__byline">筆者 <a href="/author/{n}">'
    f"{name}</a></span></div></li>"
    for n, headline, teaser, name in [
        (1, "商店街に子ども食堂が開所", "毎週土曜日に無料で食事を提供する。", "山根 真理子"),
        (2, "市営バス、四月から路線再編", "通勤便を増やし、夜の便も見直す。", "高橋 悠斗")])


def test_the_writers_of_other_stories_cards_in_japanese_sign_no_unsigned_story():
    text = "".join(f"<p>{p}</p>" for p in [
        "県は十二日、河川の堤防を補強する工事を来月から始めると発表した。総事業費は約十億円で、"
        "完成は再来年の春を見込んでいる。",
        "昨年の豪雨で一部の区間が崩れたことを受け、住民から早期の対策を求める声が上がっていた。",
        "工事期間中は河川敷の駐車場が使えなくなるため、県は近くの学校の校庭を臨時に開放する。"])
    page = ('<html lang="ja"><head><title>堤防の補強工事、来月から</title></head><body>'
            f"<article><h1>堤防の補強工事、来月から</h1>{text}</article>"
            f'<aside><h2>関連記事</h2><ul class="related">{JAPANESE_CARDS}</ul></aside>'
            "</body></html>")
    assert parse_html(page).byline == ()


RELATED = "".join(
    f'<li class="related__item"><a href="/news/{n}"><img src="/img/{n}.jpg" alt="">'
    f"<h3>{headline}</h3></a><p>{teaser}</p><div>By <a href='/author/{n}'>{name}</a> "
    f'<time datetime="2024-06-0{n}T10:00:00-04:00">June {n}, 2024</time></div></li>'
    for n, headline, teaser, name in [
        (2, "Farmers market returns to the square", "Forty stalls selling vegetables, bread "
         "and cheese will open on the square every Saturday morning.", "Nadia Fairweather"),
        (3, "New bus route links the two hospitals", "Buses will run every fifteen minutes "
         "between the two hospitals from the first week of next month.", "Omar Haddad")])


def test_an_undated_story_takes_no_date_from_other_stories_cards():
    page = _page(after=f'<aside><h2>Related</h2><ul class="related">{RELATED}</ul></aside>')
    assert parse_html(page).date is None


def test_a_story_dated_by_its_own_time_keeps_it_beside_the_cards():
    page = _page(byline='<time datetime="2024-06-01T09:00:00-04:00">June 1, 2024</time>',
                 after=f'<aside><ul class="related">{RELATED}</ul></aside>')
    assert parse_html(page).date == dt.date(2024, 6, 1)


def test_the_sites_date_of_today_dates_no_story():
    page = _page(before='<div class="top-bar"><span class="top-bar__date">Today is June 3, '
                        "2024</span></div>")
    assert parse_html(page).date is None


def test_the_date_of_today_by_its_class_dates_no_story():
    page = _page(before='<header><span class="today-date">June 3, 2024</span></header>')
    assert parse_html(page).date is None


def test_tags_in_thai_are_no_headlines_of_other_stories():
    tags = "".join(f'<div><a href="/category/{n}">{tag}</a></div>'
                   for n, tag in enumerate(["ผู้ลี้ภัย", "อุ้มหาย", "การทำให้สาบสูญ"]))
    box = lxml_html.fromstring(f'<div class="field-tags">{tags}</div>')
    tag = box.xpath("//a")[1]
    assert not under_teaser(tag, tag.text_content(), label=True)


def test_a_credit_line_from_a_list_is_noted_without_its_marker():
    article = replace(parse_html(_page()),
                      credits=("- – additional reporting by Donald Matthys",))
    assert "# credit line left out of the text: '– additional reporting by Donald Matthys' " \
           "(credit it if the explainer uses that copy)" in front_matter(article)


def test_a_summary_the_text_repeats_is_noted_whatever_it_came_from():
    article = replace(parse_html(_page()), summary=PARAGRAPHS[0])
    assert f"# summary: {REPEATS_TEXT}" in front_matter(article)
    assert "description" not in REPEATS_TEXT


LATEST = "".join(
    f'<li class="latest__item"><a class="latest__link" href="/news/{n}"><span>{headline}</span>'
    f'</a><div class="latest__meta"><span class="latest__byline">By {name}</span> '
    f'<time datetime="2024-03-13T23:40:00+05:30">23:40 IST</time></div></li>'
    for n, headline, name in [
        (1, "School district weighs a four-day week to fill teaching jobs", "Nadia Fairweather"),
        (2, "Metro line extension opens to passengers next month", "Gemma Stroud")])


def test_the_writers_of_a_list_of_latest_stories_sign_no_unsigned_story():
    page = _page(after=f'<aside><h2>Latest News</h2><ul class="latest">{LATEST}</ul></aside>')
    assert parse_html(page).byline == ()


def test_a_link_after_the_storys_own_byline_makes_it_no_teaser():
    page = _page(byline='<ul class="meta"><li><span class="byline">By Jane Roe</span> '
                        '<a href="/newsletters/morning">Sign up for our morning newsletter</a>'
                        "</li></ul>")
    assert parse_html(page).byline == ("Jane Roe",)


def test_an_editor_labelled_in_an_element_of_its_own_is_no_author():
    page = _page('<meta name="author" content="Dimas Prasetyo">',
                 '<div class="credit"><div><h6>Penulis</h6><a href="/authors/dp">Dimas Prasetyo'
                 '</a></div><div><h6>Editor</h6><a href="/authors/rk">Rina Kartika</a></div>'
                 "</div>", lang="id")
    assert parse_html(page).byline == ("Dimas Prasetyo",)


def test_the_day_shown_after_updated_is_no_local_day_of_the_published_time():
    page = _page('<meta property="article:published_time" content="2024-03-04T06:00:00-05:00">'
                 '<script type="application/ld+json">{"@type": "NewsArticle", '
                 '"datePublished": "2024-03-04T11:00:00Z"}</script>',
                 '<div class="timestamp">Updated 3:42 PM EST, Tue March 5, 2024</div>')
    assert parse_html(page).date == dt.date(2024, 3, 4)


@pytest.mark.parametrize("heading", ["Sobre la firma", "About the author", "**Über die Autorin**"])
def test_the_heading_of_the_writers_box_closing_the_text_leaves_it(heading):
    assert without_empty_labels([*PARAGRAPHS, heading]) == PARAGRAPHS


def test_a_sentence_about_the_author_closing_the_text_stays():
    text = [*PARAGRAPHS, "About the author of the plan, little is known."]
    assert without_empty_labels(text) == text


def test_the_pages_h1_opening_the_text_under_another_title_leaves_it():
    text = [HEADLINE, *PARAGRAPHS]
    assert without_header_lines(text, "Bridge plan agreed", (), also=(HEADLINE,)) == PARAGRAPHS


def test_a_first_paragraph_saying_more_than_the_h1_stays():
    text = [f"{HEADLINE}, the council said on Tuesday.", *PARAGRAPHS]
    assert without_header_lines(text, "Bridge plan agreed", (), also=(HEADLINE,)) == text
