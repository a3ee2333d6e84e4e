"""Bylines the page shows without metadata: a name set beside the date under the headline
with no mark (two to four capitalised words, a date after it in its element or in the
next), and a byline box's names read as the box parts them."""

from __future__ import annotations

import pytest

from explainer.importer.html import parse_html
from tests.test_import_html import PARAGRAPHS

STANDFIRST = ("<h4>The council agreed the plan after ten years of waiting, a long debate and a "
              "vote of the towns' residents.</h4>")


def imported(header: str) -> tuple[str, ...]:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (f"<!doctype html><html lang='en'><head><title>Bridge</title></head><body><article>"
            f"<h1>Towns agree plan for new river bridge</h1>{header}{paragraphs}"
            f"</article></body></html>")
    return parse_html(html, url="https://www.rivergazette.example/news/bridge").byline


@pytest.mark.parametrize(("header", "byline"), [
    ('<div><span>Sehernur Karsu &nbsp;|</span><span class="tarih">05.04.2025</span></div>',
     ("Sehernur Karsu",)),
    ("<div><span>Jane Roe</span> <span>March 3, 2024</span></div>", ("Jane Roe",)),
    ("<p>Jane Roe | 3 March 2024</p>", ("Jane Roe",)),
    (f"{STANDFIRST}<div><span>Jane Roe |</span><span>05.04.2025</span></div>", ("Jane Roe",)),
    ("<p><strong>Jane Roe</strong> &middot; 3 March 2024</p>", ("Jane Roe",)),
    ('<div><a href="/authors/jane-roe">Jane Roe</a> | 3 March 2024</div>', ("Jane Roe",)),
    ('<div><a href="/autoren/jane-roe">Jane Roe</a> und <a href="/autoren/ali-hashem">Ali '
     'Hashem</a></div>', ("Jane Roe", "Ali Hashem")),  # no date: their pages name them
])
def test_a_name_beside_the_date_under_the_headline_is_the_byline(header, byline):
    assert imported(header) == byline


@pytest.mark.parametrize("header", [
    "<div><span>Jane Roe</span><span>Read more</span></div>",  # no date beside it
    "<div><span>jane roe</span><span>05.04.2025</span></div>",  # not capitalised
    "<div><span>Roe</span><span>05.04.2025</span></div>",  # one word
    "<div><span>Jane Roe 2</span><span>05.04.2025</span></div>",  # not letters
    "<div><span>The River Towns Council Meeting Report</span><span>05.04.2025</span></div>",
    '<p><a href="/world">World News</a> &middot; 3 March 2024</p>',  # a section's link
    "<div><span>Recruitment Status</span> : Completed <div>First posted 3 March 2024</div>"
    "</div>",  # a label, followed by a colon
])
def test_no_byline_without_a_name_and_a_date_beside_it(header):
    assert imported(header) == ()


@pytest.mark.parametrize("header", [
    '<div class="byline">By <a href="/author/paul-wiseman">Paul Wiseman</a>'
    '<a href="/author/fatima-hussein">Fatima Hussein</a></div>',
    '<div class="author"><span>Paul Wiseman</span><span>Fatima Hussein</span></div>',
])
def test_names_set_side_by_side_in_a_byline_box_are_read_apart(header):
    assert imported(header) == ("Paul Wiseman", "Fatima Hussein")


def test_a_name_is_not_run_into_the_job_on_the_line_below_it():
    assert imported('<div class="byline">Paul Wiseman<br>Economics Correspondent</div>') == (
        "Paul Wiseman",)
