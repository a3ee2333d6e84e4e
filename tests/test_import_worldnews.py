"""Found on session 66's batteries of made-up pages (regional and local news sites the world
over, and pages saved in other ways than a browser's "Save page"): a standfirst alone with
the headline in a box without names, trafilatura's reading of a writer's note or job, the
site's name run on after the writer's, a Persian label and Solar Hijri dates."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html as lxml_html

from explainer.importer.bylinejoins import as_shown
from explainer.importer.bylinenames import clean_byline
from explainer.importer.bylinetails import without_site_name
from explainer.importer.decks import boxed_deck, decks
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
