"""A section of the story that the precise reading left out (a buying guide's product box)
is put back from the balanced reading, and nothing else that reading adds."""

from __future__ import annotations

from lxml import html

from explainer.importer.headings import subheadings
from explainer.importer.sections import lacks_heads, sections_put_back

ONE = ("The first airer dries a full load of washing in about four hours and folds flat "
       "against the wall.")
TWO = ("The second airer costs more to run but holds twice as much, which suits a family "
       "of five.")
THREE = ("The third airer is the cheapest here, and its wings fold down one by one as the "
         "washing dries.")
GUIDE = (f"<h2>1. Lakeland Dry</h2><p>{ONE}</p><div><h2>2. John Lewis Airer</h2>"
         f"<p><a href='/shop'>£100, John Lewis</a></p></div><p>{TWO}</p>"
         f"<h2>3. Dunelm Rack</h2><p>{THREE}</p><aside><h2>Most read</h2></aside>")


def heads(body: str = GUIDE) -> list:
    return subheadings(html.fromstring(f"<html><body><article>{body}</article></body></html>"))


PRECISE = "\n\n".join(["## 1. Lakeland Dry", ONE, TWO, "## 3. Dunelm Rack", THREE])


def test_a_subheading_left_out_between_two_kept_is_a_lack():
    assert lacks_heads(PRECISE, heads())


def test_a_rail_s_heading_after_the_story_is_no_lack():
    assert not lacks_heads(PRECISE, [h for h in heads() if not h.text.startswith("2.")])


def test_a_subheading_left_out_next_to_a_kept_paragraph_is_a_lack():
    found = heads(f"<p>{ONE}</p><h2>Who pays for it</h2><p>{TWO}</p>")
    assert lacks_heads("\n\n".join([ONE, TWO]), found)


def test_a_section_that_opens_with_a_missing_subheading_is_put_back():
    balanced = "\n\n".join(["## 1. Lakeland Dry", ONE, "## [2. John Lewis Airer](/x)",
                            "**We like:** it is quiet", TWO, "## 3. Dunelm Rack", THREE])
    assert sections_put_back(PRECISE, balanced, heads()) == "\n\n".join([
        "## 1. Lakeland Dry", ONE, "## 2. John Lewis Airer", "**We like:** it is quiet", TWO,
        "## 3. Dunelm Rack", THREE])


def test_what_the_balanced_reading_adds_without_a_missing_subheading_stays_out():
    balanced = "\n\n".join(["## 1. Lakeland Dry", ONE, "> A pull quote from the review",
                            TWO, "ADD TO CART", "## 3. Dunelm Rack", THREE])
    assert sections_put_back(PRECISE, balanced, heads()) == PRECISE


def test_a_section_before_the_first_kept_paragraph_is_not_put_back():
    balanced = "\n\n".join(["## 2. John Lewis Airer", "A line", "## 1. Lakeland Dry", ONE,
                            TWO, "## 3. Dunelm Rack", THREE])
    assert sections_put_back(PRECISE, balanced, heads()) == PRECISE
