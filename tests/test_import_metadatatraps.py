"""A page whose metadata says otherwise than the page: a date of an edit or of a
republication beside the date the page shows under its headline, a template's
placeholder date, another story's card stamped with its own date, and the next story a page
appends below."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html as lxml_html

from explainer.importer.clean import first_date
from explainer.importer.headerdates import header_date
from explainer.importer.html import parse_html
from explainer.importer.showndates import shown_date
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
HEADLINE = "Towns agree plan for new river bridge"


def _page(published: str, shown: str = "", after: str = "", author: str = "") -> str:
    ld = (f'{{"@type": "NewsArticle", "headline": "{HEADLINE}", "datePublished": "{published}"'
          + (f', "author": {{"@type": "Person", "name": "{author}"}}' if author else "") + "}")
    return (f'<html lang="en"><head><title>{HEADLINE}</title><script type="application/ld+json">'
            f"{ld}</script></head><body><article><h1>{HEADLINE}</h1>{shown}{TEXT}</article>"
            f"{after}</body></html>")


@pytest.mark.parametrize(("metadata", "shown"), [
    ("2024-06-05T10:00:00-04:00", "Published May 28, 2024"),  # the last edit's
    ("2024-06-05T10:00:00+02:00", "Originally published March 3, 2023"),  # republished
])
def test_the_date_shown_under_the_headline_wins_over_stale_metadata(metadata, shown):
    page = _page(metadata, f'<p class="meta">{shown}</p>')
    assert parse_html(page).date == shown_date(shown)


@pytest.mark.parametrize("shown", ["March 9, 2024", "December 10, 2026"])
def test_a_date_shown_after_the_metadatas_may_be_an_update_and_loses(shown):
    page = _page("2024-03-04T06:00:00-05:00", f'<p class="meta">{shown}</p>')
    assert parse_html(page).date == dt.date(2024, 3, 4)


def test_a_shown_date_labelled_as_an_update_with_its_time_loses_to_the_metadata():
    page = _page("2024-03-01T06:00:00-05:00",
                 '<div class="timestamp">Updated 3:42 PM EST, Tue February 20, 2024</div>')
    assert parse_html(page).date == dt.date(2024, 3, 1)


def test_a_templates_first_day_of_2000_is_no_date():
    assert first_date(["2000-01-01T00:00:00Z"]) is None


def test_a_day_before_its_month_and_a_comma_is_read():
    assert shown_date("3 septiembre, 2024 · 20:35 hrs") == dt.date(2024, 9, 3)


CARDS = "".join(
    f'<li itemscope itemtype="https://schema.org/NewsArticle"><a href="/news/{n}"><img '
    f'src="/img/{n}.jpg" alt=""><h3>{headline}</h3></a><p>{teaser}</p><div>di Chiara '
    f'Benedetti <time itemprop="datePublished" datetime="2024-10-0{n}T05:00:00+02:00">{n} '
    "ottobre 2024</time></div></li>"
    for n, headline, teaser in [
        (8, "Nuovo orario per la linea del tram", "Le corse saranno ogni dieci minuti nelle ore "
         "di punta, dal lunedì al venerdì, a partire dal mese prossimo."),
        (5, "Riapre il mercato coperto del centro", "Quaranta banchi di frutta, verdura e "
         "formaggi tornano nella piazza dopo i lavori durati due anni.")])


def test_another_storys_card_stamped_with_its_date_dates_no_page():
    page = (f'<html lang="it"><head><title>{HEADLINE}</title></head><body><article>'
            f"<h1>{HEADLINE}</h1>{TEXT}</article><aside><ul>{CARDS}</ul></aside></body></html>")
    assert parse_html(page).date is None


def test_the_next_story_appended_below_dates_nothing_of_the_first():
    short = "".join(f"<p>{line}</p>" for line in [  # lines as short as a Chinese paragraph's
        "The pools now close at ten at night.", "Eleven halls have stayed open later.",
        "Lifeguards were added for the evenings.", "Children under 1.4 m need an adult."])
    first = (f"<article><header><h1>{HEADLINE}</h1><div class='meta'><span>Reporter Mei Lin"
             f"</span><span class='time'>3 hours ago</span></div></header>{short}</article>")
    appended = ("<article class='next'><header><h1>Storm warning for the coast</h1><span>"
                "Jane Roe 2024-07-08 21:30</span></header><p>Heavy rain is expected.</p></article>")
    tree = lxml_html.fromstring(f"<html><body>{first}{appended}</body></html>")
    assert header_date(tree) is None
