"""Found on batteries of made-up pages of the older web (blogs of 2003 to 2016, newspapers
laid out in tables), of pages saved in other ways than a browser's "Save page" (an
archive's copy, a reader view) and of institutions' statements: a blog's name over its
post, the line under a post that says who posted it, a headline in large type, a dash kept
in a headline, a weekday that settles a date's order, a date over the headline, a CMS's
account or an institution as the author, a place in brackets, an archive's note, a reader
view's credits, a paragraph that leads into a statement and a release's closing notice."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html as lxml_html

from explainer.importer.bylinenames import clean_byline
from explainer.importer.clean import strip_site
from explainer.importer.closings import is_closing_line
from explainer.importer.decks import decks
from explainer.importer.headerdates import header_date, labelled_date
from explainer.importer.headlines import headline_element
from explainer.importer.html import parse_html
from explainer.importer.postlines import posted_by
from explainer.importer.showndates import shown_date
from explainer.importer.standfirst import standfirst_in_text
from explainer.importer.wirecredits import opening_credit
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
HEADLINE = "Stadium bond heads to the November ballot"
BLOG = "http://pressbox.example.org/notes/"
ARCHIVES = "".join(f'<li><a href="{BLOG}2004/0{m}/">Archive {m}</a></li>' for m in range(1, 5))


def _blog(title: str, footer: str = "", comments: str = "") -> str:
    return (f"<html><head><title>{title}</title></head><body>"
            f'<h1 id="blog-title"><a href="{BLOG}">Press Box Notes</a></h1>'
            f'<div class="post"><h3 class="post-title">{HEADLINE}</h3>{TEXT}'
            f'<p class="post-footer">{footer}</p></div>{comments}'
            f'<div id="sidebar"><ul>{ARCHIVES}</ul></div></body></html>')


def _tree(body: str) -> object:
    return lxml_html.fromstring(f"<html><body>{body}</body></html>")


def test_a_dash_in_the_headline_is_kept_when_the_sites_name_is_cut():
    title = "Öresundståget ställs in – tusentals pendlare drabbas | Sydsvenskan Nu"
    assert strip_site(title, ["Sydsvenskan Nu"]) == \
        "Öresundståget ställs in – tusentals pendlare drabbas"


def test_a_blogs_post_heading_is_the_headline_when_the_title_is_the_blogs_name():
    assert parse_html(_blog("Press Box Notes")).title == HEADLINE


def test_the_blogs_name_before_a_colon_is_cut_from_the_title():
    assert parse_html(_blog(f"Press Box Notes: {HEADLINE}")).title == HEADLINE


def test_a_story_linked_from_its_own_h1_is_no_blog_home():
    page = (f'<html><head><title>{HEADLINE}</title></head><body><h1><a href="{BLOG}post/">'
            f'{HEADLINE}</a></h1><p><a href="{BLOG}post/#comments">Comments</a></p>{TEXT}'
            "</body></html>")
    assert parse_html(page).title == HEADLINE


TABLE_PAGE = ("<html><head><title>The Tri-County Courier :: Features</title></head><body>"
              '<table><tr><td><a href="/"><img src="/masthead.gif" alt="The Tri-County Courier">'
              '</a></td></tr><tr><td><font size="5"><b>A one-room schoolhouse finds a second '
              f"life as a museum</b></font></td></tr><tr><td>{TEXT}</td></tr></table></body>"
              "</html>")


def test_a_sections_title_gives_way_to_a_headline_in_large_type():
    assert parse_html(TABLE_PAGE).title == "A one-room schoolhouse finds a second life as a museum"


def test_the_line_under_a_post_names_who_posted_it():
    footer = 'Posted by Ruth Calloway and Ben Ortiz on March 14, 2007 at <a href="#">10:12 AM</a>'
    assert parse_html(_blog("Press Box Notes", footer)).byline == ("Ruth Calloway", "Ben Ortiz")


def test_a_commenters_posted_by_line_is_no_byline():
    comments = ('<div id="comments"><p class="comment-footer">Posted by: Gail Ross | '
                "October 18, 2005</p></div>")
    assert posted_by(_tree(f"<div>{TEXT}</div>{comments}")) == []


def test_a_login_in_lower_case_posted_it_is_no_name():
    assert posted_by(_tree('<span class="submitted">Submitted by orchardhills on Thu, '
                           "03/06/2008 - 20:45</span>")) == []


def test_a_weekday_settles_which_figure_is_the_month():
    assert shown_date("Submitted by Kate Farrell on Tue, 03/04/2008 - 14:22", "dmy") == \
        dt.date(2008, 3, 4)


def test_a_date_line_just_over_the_headline_dates_the_story():
    tree = _tree('<div class="head"><div class="artDate">Δευτέρα, 18 Ιουνίου 2012</div>'
                 f"<h1>Ελλείψεις φαρμάκων στα νησιά του Αιγαίου</h1></div>{TEXT}")
    assert header_date(tree) == dt.date(2012, 6, 18)


def test_the_headline_is_found_before_the_sections_the_title_lists_after_it():
    tree = lxml_html.fromstring(
        "<html><head><title>장마 끝나자 폭염…서울 낮 최고 34도 : 사회일반 : 사회 : 뉴스 : 한겨레"
        '</title></head><body><h3 class="title">장마 끝나자 폭염…서울 낮 최고 34도</h3>'
        f"{TEXT}</body></html>")
    assert headline_element(tree).tag == "h3"


@pytest.mark.parametrize("account", ["Administrator", "Super User", "Webmaster"])
def test_a_cms_account_is_no_writer(account):
    assert clean_byline([account]) == ()


@pytest.mark.parametrize("statement", [
    "Prime Minister's Office", "Ministerie van Klimaat en Groene Groei",
    "Registrar of the Court"], ids=["office", "ministry", "registrar"])
def test_an_institution_is_no_writer(statement):
    assert clean_byline([statement]) == ()


def test_a_spokespersons_role_after_the_name_is_no_second_writer():
    assert clean_byline(["Matthew Miller, Department Spokesperson"]) == ("Matthew Miller",)


def test_a_place_alone_in_brackets_opens_no_credit():
    assert opening_credit(["(Bangkok) – Vietnamese authorities should release him."], []) == ()


def test_an_agency_alone_in_brackets_is_still_credited():
    assert opening_credit(["(Reuters) - Stocks drifted near their highs."], []) == ("Reuters",)


def test_an_archives_note_of_its_copy_is_no_summary():
    page = ('<html><head><title>Signals</title><meta name="description" content="archived 26 '
            f'Jan 2025 09:41:12 UTC"></head><body><article><h1>{HEADLINE}</h1>{TEXT}'
            "</article></body></html>")
    assert not (parse_html(page).summary or "").startswith("archived")


def test_a_reader_views_credits_name_the_writer():
    page = (f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>"
            f'<div class="credits reader-credits">Helen Park</div>{TEXT}</body></html>')
    assert parse_html(page).byline == ("Helen Park",)


def test_a_place_set_beside_the_name_in_the_byline_is_no_writer():
    byline = ('<div class="c-signature byline"><strong class="c-signature__author">Renata '
              'Albuquerque</strong> <span class="c-signature__location">São Paulo</span></div>')
    page = (f'<html><head><title>{HEADLINE}</title><meta name="author" content="Renata '
            f'Albuquerque"></head><body><h1>{HEADLINE}</h1>{byline}{TEXT}</body></html>')
    assert parse_html(page).byline == ("Renata Albuquerque",)


def test_the_logos_name_in_the_author_metadata_is_no_writer():
    page = (f'<html><head><title>{HEADLINE}</title><meta name="author" content="detikNews">'
            '</head><body><a href="/"><img src="/logo.png" alt="detikNews"></a>'
            f"<h1>{HEADLINE}</h1>{TEXT}</body></html>")
    assert parse_html(page).byline == ()


def test_a_paragraph_leading_into_a_quoted_statement_is_no_standfirst():
    lead = "Zur Festnahme erklärte eine Sprecherin des Auswärtigen Amts heute (05.03.2024):"
    paragraphs = [lead, *PARAGRAPHS]
    summary = "Zur Festnahme erklärte eine Sprecherin des Auswärtigen Amts heute."
    assert standfirst_in_text(summary, paragraphs, lambda shown, after: True)[1] == paragraphs


def test_the_un_notice_closing_a_press_release_is_no_text():
    assert is_closing_line("For information media. Not an official record.")


def test_a_degree_written_with_dots_after_the_name_is_no_second_writer():
    assert clean_byline(["Jana Dvořáková, Ph.D."]) == ("Jana Dvořáková",)


def test_a_tables_row_of_a_label_and_a_date_dates_the_release():
    tree = _tree('<table class="duyuru-bilgi"><tr><td>Sayı:</td><td>2024-14</td></tr>'
                 f"<tr><td>Tarih:</td><td>21 Mart 2024</td></tr></table>{TEXT}")
    assert labelled_date(tree) == dt.date(2024, 3, 21)


@pytest.mark.parametrize("name", ["article-preamble", "perex"])
def test_a_standfirst_named_in_swedish_or_czech_is_found(name):
    tree = _tree(f'<article><h1>{HEADLINE}</h1><p class="{name}">En signalstörning vid Hyllie '
                 f"stoppade tågtrafiken under morgonen.</p>{TEXT}</article>")
    assert decks(tree) == ["En signalstörning vid Hyllie stoppade tågtrafiken under morgonen."]


def test_a_headline_named_by_its_class_beside_a_logos_h1_is_the_title():
    page = ('<html><head><title>KRVN News - Article</title><link rel="canonical" href="https:'
            '//www.krvnnews.com/article.asp?id=1"></head><body><h1><a href="/">'
            '<img src="/logo.gif" alt="KRVN Radio News"></a></h1><table><tr><td><span '
            'class="ArticleTitle">Sandhills ranchers brace for grasshopper outbreak this summer'
            f"</span><br>{TEXT}</td></tr></table></body></html>")
    assert parse_html(page).title == "Sandhills ranchers brace for grasshopper outbreak this summer"


def test_a_place_in_capitals_after_the_name_and_a_dash_is_no_part_of_it():
    assert clean_byline(["Haber: Ayşe Yılmaz - ANKARA"]) == ("Ayşe Yılmaz",)


def test_a_name_in_capitals_keeps_its_second_part_after_a_dash():
    assert clean_byline(["SMITH - JONES"]) == ("SMITH - JONES",)
