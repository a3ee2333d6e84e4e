"""Found on session 66's batteries of made-up pages (regional and local news sites the world
over, and pages saved in other ways than a browser's "Save page"): a standfirst alone with
the headline in a box without names or in a span under it, trafilatura's reading of a
writer's note or job, the site's name run on after the writer's, a job's or an outlet's
element in a byline, a Persian label, a date under a standfirst named by its test name, a
desk's staff, boxes named by a framework's test attribute, walls to read on, calls to join
a channel, a place before the site's name, a Chinese lead's reporters without an <h1> and
Solar Hijri dates."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html as lxml_html

from explainer.importer.authorboxes import byline_roles
from explainer.importer.bylinejoins import as_shown
from explainer.importer.bylinenames import clean_byline
from explainer.importer.bylineplaces import place_before_site
from explainer.importer.bylinetails import without_site_name
from explainer.importer.customtags import data_names
from explainer.importer.decks import boxed_deck, decks
from explainer.importer.fallbacks import _lead_reporters
from explainer.importer.furniture import is_furniture
from explainer.importer.headerdates import header_date
from explainer.importer.html import parse_html
from explainer.importer.metadata import read_meta
from explainer.importer.showndates import shown_date
from explainer.importer.solardates import gregorian
from explainer.importer.standfirst import with_standfirst
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
HEADLINE = "Weekend closures ahead as the bridge's signals are replaced"
DECK = "Three years of weekend closures are ahead as the county installs new signals."


def _styled(header: str) -> str:
    """A page in inline styles only, as archive.today saves it: the headline's box, then
    the story's."""
    return (f"<html><head><title>{HEADLINE}</title></head><body>"
            f'<div style="max-width:600px"><h1 style="font-size:40px">{HEADLINE}</h1>'
            f'{header}</div><div style="max-width:600px">{TEXT}</div></body></html>')


def _tree(page: str):
    return lxml_html.fromstring(page)


def test_a_paragraph_alone_with_the_headline_in_its_box_is_the_standfirst():
    tree = _tree(_styled(f'<p style="font-size:20px">{DECK}</p>'))
    assert (decks(tree), boxed_deck(tree, decks(tree))) == ([DECK], True)


def test_the_story_s_first_paragraph_beside_the_headline_is_no_standfirst():
    page = (f"<html><body><div><h1>{HEADLINE}</h1>{TEXT}</div></body></html>")
    assert decks(_tree(page)) == []


def test_a_byline_alone_with_the_headline_is_no_standfirst():
    tree = _tree(_styled("<p>By Rachel Osei and Tom Brandt of the County Chronicle</p>"))
    assert decks(tree) == []


def test_a_paragraph_with_a_link_alone_with_the_headline_is_no_standfirst():
    tree = _tree(_styled(f'<p>{DECK} <a href="/more">Read the council report</a></p>'))
    assert decks(tree) == []


def test_a_named_standfirst_is_not_taken_as_alone_with_the_headline():
    tree = _tree(f"<html><body><h1>{HEADLINE}</h1><p class='dek'>{DECK}</p>{TEXT}</body></html>")
    assert (decks(tree), boxed_deck(tree, decks(tree))) == ([DECK], False)


def test_a_text_that_opens_with_a_standfirst_alone_with_the_headline_leaves_it_out():
    summary, text = with_standfirst(None, [DECK], [DECK, *PARAGRAPHS], boxed=True)
    assert (summary, text) == (DECK, PARAGRAPHS)


def test_a_standfirst_alone_with_the_headline_is_the_summary_of_the_import():
    article = parse_html(_styled(f'<p style="font-size:20px">{DECK}</p>'),
                         second_opinions=False)
    assert (article.summary, article.paragraphs) == (DECK, tuple(PARAGRAPHS))


def test_trafilatura_s_reading_of_the_writer_s_note_gives_way_to_the_shown_byline():
    assert as_shown("Dale Whitcomb covers courts; Public Safety",
                    ["Dale Whitcomb"]) == "Dale Whitcomb"


def test_trafilatura_s_reading_of_the_name_and_the_job_gives_way_to_the_shown_byline():
    assert as_shown("Belinda Tuhiwai Open Justice reporter NZ Herald",
                    ["Belinda Tuhiwai, NZ Herald"]) == "Belinda Tuhiwai, NZ Herald"


def test_trafilatura_s_reading_that_goes_on_with_a_capitalised_name_is_kept():
    assert as_shown("Dale Whitcomb; Ann Lee", ["Dale Whitcomb"]) == "Dale Whitcomb; Ann Lee"


def test_the_site_s_name_run_on_after_the_writer_s_name_is_cut():
    assert without_site_name("Hana Bergstrom Star Tribune", ["Star Tribune"]) == "Hana Bergstrom"


def test_a_site_s_name_that_would_leave_one_word_is_not_cut():
    assert without_site_name("Reuters Star Tribune", ["Star Tribune"]) == "Reuters Star Tribune"


def test_the_persian_label_written_by_before_a_colon_is_no_part_of_the_name():
    assert clean_byline(["نوشته: سارا کریمی"]) == ("سارا کریمی",)


@pytest.mark.parametrize(("solar", "gregorian_date"), [
    ((1403, 1, 1), dt.date(2024, 3, 20)),  # Nowruz
    ((1404, 1, 1), dt.date(2025, 3, 21)),
    ((1402, 12, 22), dt.date(2024, 3, 12)),
    ((1403, 12, 30), dt.date(2025, 3, 20)),  # the leap day of a leap year
    ((1402, 10, 11), dt.date(2024, 1, 1)),
    ((1357, 11, 22), dt.date(1979, 2, 11)),
])
def test_a_solar_hijri_date_is_read_in_the_gregorian_calendar(solar, gregorian_date):
    assert gregorian(*solar) == gregorian_date


def test_a_leap_day_in_a_common_solar_hijri_year_is_no_date():
    assert gregorian(1402, 12, 30) is None


def test_a_persian_page_s_solar_hijri_date_in_persian_figures_is_shown_date():
    assert shown_date("سه‌شنبه ۲۲ اسفند ۱۴۰۲ - ۱۴:۳۰") == dt.date(2024, 3, 12)


def test_a_byline_named_by_its_test_name_where_classes_are_hashes_is_read():
    page = (f"<html><body><header><h1 data-testid='headline'>{HEADLINE}</h1>"
            "<div class='_3Vb8m'><span data-testid='byline'>By "
            "<a data-testid='byline-author' href='/by/megan-ashdown'>Megan Ashdown</a> and "
            "<a data-testid='byline-author' href='/by/raj-venkatesh'>Raj Venkatesh</a></span>"
            "<time datetime='2024-03-02T18:00:00Z'>March 3, 2024 — 5.00am</time></div></header>"
            f"<div class='_9xQ'>{TEXT}</div></body></html>")
    assert read_meta(page).visible_authors[:1] == ["Megan Ashdown and Raj Venkatesh"]


def test_the_date_under_a_standfirst_named_by_its_test_name_is_the_header_s():
    page = (f"<html><body><header><h1>{HEADLINE}</h1><p class='_2-dQJ' data-testid='intro'>"
            "Mayors say residents will be left stranded if the airport opens before the rail line "
            "is running.</p>"
            "<div><span data-testid='byline'>By Megan Ashdown</span>"
            "<time datetime='2024-03-02T18:00:00Z'>March 3, 2024 — 5.00am</time></div>"
            f"</header><div>{TEXT}</div></body></html>")
    assert header_date(_tree(page)) == dt.date(2024, 3, 3)


def test_an_outlet_in_a_byline_s_role_element_is_no_writer():
    page = (f"<html><body><h1>{HEADLINE}</h1><span class='tnt-byline asset-byline'>By "
            "<a>Erin Douglas-Ngata</a>, <span class='tnt-byline-role'>The Texas Tribune</span>"
            f"</span>{TEXT}</body></html>")
    assert parse_html(page, second_opinions=False).byline == ("Erin Douglas-Ngata",)


def test_a_name_in_an_author_boxes_title_element_is_no_role():
    tree = _tree("<html><body><div class='author-box'><h4 class='author-title'>Jane Roe</h4>"
                 "</div></body></html>")
    assert byline_roles(tree) == []


@pytest.mark.parametrize("statement", ["From staff reports", "MEE staff"])
def test_a_desk_s_staff_reports_or_an_outlet_s_staff_is_no_writer(statement):
    assert clean_byline([statement]) == ()


def test_a_name_before_staff_stays_a_name():
    assert clean_byline(["Jane Doe Staff"]) == ("Jane Doe",)


def test_a_box_with_hashed_classes_is_given_its_test_name_as_a_class():
    tree = _tree("<html><body><section class='css-1ruslxj' data-qa='Comments'><p>Log in</p>"
                 "</section><div class='story-body' data-qa='Body'><p>Text</p></div></body></html>")
    data_names(tree)
    assert [e.get("class") for e in tree.iter("section", "div")] == [
        "css-1ruslxj Comments", "story-body"]


def test_readers_comments_named_only_by_their_test_name_leave_the_text():
    page = (f"<html><body><article><h1>{HEADLINE}</h1><div class='css-1ruslxj'>{TEXT}</div>"
            "<section data-qa='Comments'><h3>Comments</h3><p>Log in to comment</p></section>"
            "</article></body></html>")
    assert "Log in to comment" not in "\n".join(parse_html(page, second_opinions=False).paragraphs)


WALL = ("<div class='paywall-modal'><h3>Unlock this article</h3><p>Support local journalism "
        "and get unlimited access. Cancel anytime.</p><a>Subscribe for $1</a></div>")


def test_a_wall_set_among_the_story_s_paragraphs_leaves_the_text():
    page = (f"<html><body><article><h1>{HEADLINE}</h1>{WALL}{TEXT}</article></body></html>")
    text = "\n".join(parse_html(page, second_opinions=False).paragraphs)
    assert ("Unlock this article" in text, PARAGRAPHS[0] in text) == (False, True)


def test_a_paragraph_for_subscribers_named_paywall_stays_in_the_text():
    paid = "The mayor said the new bridge would open to traffic in the spring of next year."
    page = (f"<html><body><article><h1>{HEADLINE}</h1>{TEXT}<p class='paywall'>{paid}</p>"
            "</article></body></html>")
    assert paid in parse_html(page, second_opinions=False).paragraphs


def test_a_chinese_lead_s_reporters_are_read_on_a_page_without_an_h1():
    headline = "我国首条跨海高铁隧道主体结构贯通"
    lead = "新华社宁波3月12日电（记者张晓明、李文）记者从国铁集团获悉，" + "隧道" * 60
    page = (f"<html><head><title>{headline}-新华网</title></head><body>"
            f"<div class='head-line'><span class='title'>{headline}</span></div>"
            f"<div id='detail'><p>{lead}</p><p>{'工程' * 80}</p></div></body></html>")
    assert _lead_reporters(_tree(page)) == ["记者张晓明、李文"]


@pytest.mark.parametrize("name", ["title_sub", "sub_title"])
def test_a_standfirst_named_title_sub_or_sub_title_is_found(name):
    tree = _tree(f"<html><body><h1>{HEADLINE}</h1><span class='{name}'>{DECK}</span>"
                 f"<div>{TEXT}</div></body></html>")
    assert decks(tree) == [DECK]


def test_a_standfirst_in_a_span_under_the_headline_is_set_apart_from_the_story():
    tree = _tree(f"<html><body><h1>{HEADLINE}</h1><span class='title_sub'>{DECK}</span>"
                 f"<div>{TEXT}</div></body></html>")
    assert boxed_deck(tree, decks(tree))


def test_a_standfirst_run_into_the_story_s_first_paragraph_leaves_it():
    first, *others = PARAGRAPHS
    summary, text = with_standfirst(None, [DECK], [f"{DECK} {first}", *others], boxed=True)
    assert (summary, text) == (DECK, PARAGRAPHS)


@pytest.mark.parametrize("paragraph", [
    "Únase a nuestro canal de WhatsApp y reciba las noticias más importantes de Bogotá.",
    "Entre no nosso canal do WhatsApp e receba as notícias do dia.",
    "Síguenos en Instagram para más noticias de la ciudad.",
])
def test_a_call_to_join_the_site_s_channel_or_follow_it_is_furniture(paragraph):
    assert is_furniture(paragraph)


def test_a_reported_call_to_join_a_channel_is_the_story_s():
    assert not is_furniture("«Únase a nuestro canal de WhatsApp», dijo el alcalde a los vecinos.")


def test_a_role_element_that_names_the_writer_leaves_the_writer():
    page = (f"<html><body><h1>{HEADLINE}</h1><div class='c-article-author'>By <a>Ana Ruiz</a>"
            "<p class='author-role'>Ana Ruiz is a freelance reporter in London.</p></div>"
            f"{TEXT}</body></html>")
    assert parse_html(page, second_opinions=False).byline == ("Ana Ruiz",)


def test_a_place_a_dash_and_the_site_s_name_is_the_dateline_and_no_writer():
    page = ("<html><head><meta property='og:site_name' content='Asharq Al-Awsat'></head><body>"
            f"<h1>{HEADLINE}</h1><p class='author-credit'><strong>Baghdad - Asharq Al-Awsat"
            f"</strong></p>{TEXT}<p>Officials in Baghdad said the talks would go on.</p>"
            "</body></html>")
    article = parse_html(page, second_opinions=False)
    assert (article.byline, article.dateline) == ((), "Baghdad")


def test_a_name_a_dash_and_the_site_s_name_is_no_place():
    assert place_before_site("Nazeer Rida - Asharq Al-Awsat", ["Asharq Al-Awsat"],
                             "Nazeer Rida reported from Beirut.") is None
