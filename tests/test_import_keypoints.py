"""A box of key points, a label over a short list, is the page's summary, not its text."""

from __future__ import annotations

import pytest

from explainer.importer.html import parse_html
from explainer.importer.keypoints import is_key_points, without_key_points
from tests.test_import_html import page

POINTS = ("- The towns will share the cost of a new bridge.\n"
          "- Work starts next spring and takes two years.\n"
          "- Tolls on lorries pay for half of it.")
STORY = ["The two towns agreed on Tuesday to share the cost of a new bridge over the river.",
         "Work is to start next spring and should take about two years, the councils said."]


@pytest.mark.parametrize("label", [
    "**In Kürze:**", "### Darum gehts", "## Highlights", "Key takeaways", "### Summary",
    "**What to know about the 2024 Election**", "L’essentiel :", "1. In brief",
])
def test_a_key_points_label_over_a_list(label):
    assert is_key_points(label, POINTS) is (label != "1. In brief")


@pytest.mark.parametrize("block", [
    STORY[0],  # prose
    POINTS + "\nThe council met again on Friday.",  # a line that is no item
    "\n".join(f"- Point {n}." for n in range(12)),  # a long list: the story's own
    "- " + " ".join(["word"] * 70),  # an item as long as a paragraph
])
def test_a_label_over_anything_else_is_no_box(block):
    assert not is_key_points("**In Kürze:**", block)


def test_a_heading_of_the_story_over_a_list_stays():
    assert not is_key_points("## What the council decided", POINTS)


def test_the_box_leaves_the_text_whole():
    paragraphs = ["**In Kürze:**", POINTS, *STORY, "### Summary", POINTS]
    assert without_key_points(paragraphs) == STORY


def test_a_label_alone_at_the_end_stays():
    assert without_key_points([*STORY, "## Highlights"]) == [*STORY, "## Highlights"]


def test_an_imported_text_has_no_key_points_box():
    extra = ("<p><strong>In Kürze:</strong></p><ul><li>The towns share the bridge's cost.</li>"
             "<li>Work starts next spring.</li></ul>")
    paragraphs = parse_html(page(body_extra=extra)).paragraphs
    assert len(paragraphs) == 4 and not any("Kürze" in p or "share the" in p for p in paragraphs)


def test_a_box_in_the_middle_of_the_text_is_the_story_s():
    middle = [*STORY, *STORY, "## Highlights", POINTS, *STORY, *STORY]
    assert without_key_points(middle) == middle


OFFERS = ("- **Today’s news:** [Follow live updates](https://x.example/live) from the trail.\n"
          "- **We want to hear from you:** [Tell us why](https://x.example/tell) you vote.\n"
          "- **Ground Game:** [Sign up for our weekly newsletter](https://x.example/news).\n"
          "- **Our role:** The most trusted source on election night. [Learn more.](https://x.e"
          "xample/role)")


def test_the_site_s_box_of_offers_goes_with_its_label_wherever_it_stands():
    text = ["One.", "Two.", "Three.", "Four.", "**What to know about the 2024 Election**",
            OFFERS, "Five.", "Six.", "Seven.", "Eight."]
    assert without_key_points(text) == ["One.", "Two.", "Three.", "Four.", "Five.", "Six.",
                                        "Seven.", "Eight."]


def test_a_list_of_links_that_asks_nothing_of_the_reader_stays():
    sources = "- [The council's report](https://x.example/r)\n- [The budget](https://x.example/b)"
    text = ["One.", "Two.", "Three.", "Four.", "**Sources**", sources, "Five.", "Six.",
            "Seven.", "Eight."]
    assert without_key_points(text) == text


RELATED = ("- **Drones:** [Are they hidden here too? Experts warn](https://www.gazette.example/a1)\n"
           "- [Power cut: what a blackout would mean](/news/blackout)\n"
           "- **Ferries:** [The last crossing before the bridge](https://gazette.example/a3)")


def test_a_list_of_the_site_s_other_stories_goes_wherever_it_stands():
    text = ["One.", "Two.", "Three.", "Four.", "**More on this**", RELATED, "Five.", "Six."]
    assert without_key_points(text, "https://www.gazette.example/news/bridge") == [
        "One.", "Two.", "Three.", "Four.", "Five.", "Six."]


def test_a_list_linking_other_sites_or_holding_more_than_its_links_stays():
    elsewhere = RELATED.replace("gazette.example", "council.example").replace(
        "/news/blackout", "https://council.example/blackout")
    worded = RELATED.replace(
        "- [Power cut", "- The council wrote to every household on Monday to say that [power cut")
    for block in (elsewhere, worded, "\n".join(RELATED.split("\n")[:2])):
        text = ["One.", block, "Two."]
        assert without_key_points(text, "https://www.gazette.example/news/bridge") == text


def test_a_link_python_cannot_split_is_not_the_site_s_own():
    broken = RELATED.replace("/news/blackout", "http://[bad/blackout")
    text = ["One.", broken, "Two."]
    assert without_key_points(text, "https://www.gazette.example/news/bridge") == text
    assert without_key_points(text, "http://[bad/news") == text
