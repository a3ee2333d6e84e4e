"""How imported text is written: names in capitals, separators set as headings."""

from __future__ import annotations

import pytest

from explainer.importer.clean import recased
from explainer.importer.html import parse_html
from explainer.importer.labels import without_emptied_heading, without_empty_labels
from tests.test_import_html import page

STORY = ["Peoples reported from New York and Thomson-DeVeaux from Washington."]


@pytest.mark.parametrize(("name", "written"), [
    ("STEVE PEOPLES", "Steve Peoples"),
    ("AMELIA THOMSON-DEVEAUX", "Amelia Thomson-DeVeaux"),  # as the story writes it
    ("JANE O'NEIL-ROE", "Jane O'Neil-Roe"),  # never written otherwise: a capital each part
    ("AFP", "AFP"),  # an agency
    ("Steve Peoples", "Steve Peoples"),
    ("danah boyd", "danah boyd"),
])
def test_a_name_in_capitals_is_written_as_the_story_writes_it(name, written):
    assert recased(name, STORY) == written


def test_a_common_word_or_a_link_address_is_not_how_a_name_is_written():
    texts = ["Indigenous peoples met. See [her page](https://example.org/author/jill-lawless)."]
    assert recased("STEVE PEOPLES", texts) == "Steve Peoples"
    assert recased("JILL LAWLESS", texts) == "Jill Lawless"


def test_a_separator_between_the_story_and_its_credits_is_left_out():
    credits = "<h2>___</h2><p>Peoples reported from New York.</p><p>* * *</p>"
    paragraphs = parse_html(page(body_extra=credits)).paragraphs
    assert paragraphs[-1] == "Peoples reported from New York."
    assert not any("\\_" in p or "* * *" in p for p in paragraphs)


def test_a_last_line_that_introduces_what_the_page_left_out_is_dropped():
    tail = "<p><strong>Read more from Jane Roe:</strong></p>"
    paragraphs = parse_html(page(body_extra=tail)).paragraphs
    assert paragraphs[-1].startswith("Work is due to start in the spring")


def test_a_heading_whose_cards_went_goes_with_the_short_lines_left_under_it():
    before = ["The council met.", "#### More from the Gazette",
              "The operator said fuel costs had doubled since the spring.", "on the web"]
    after = [before[0], before[1], before[3]]  # the card's opening went (a card, or a vote)
    assert without_emptied_heading(before, after) == ["The council met."]


@pytest.mark.parametrize("tail", [
    ["## What happens next", "Voting starts on Friday."],  # a sentence
    ["## Will tolls rise?", "Not yet"],  # a question's heading
    ["## Key facts", "Length: 420 metres", "Cost: 80 million"],  # nothing under it went
])
def test_a_last_section_that_the_rules_did_not_empty_stays(tail):
    text = ["The council met.", *tail]
    before = ["The council met.", tail[0], "A card's opening went.", *tail[1:]]
    assert without_emptied_heading(text, text) == text
    if tail[0] != "## Key facts":
        assert without_emptied_heading(before, text) == text


@pytest.mark.parametrize("last", ["## Comments", "#### Latest News and Headlines from Reuters"])
def test_a_heading_that_ends_the_text_with_nothing_under_it_goes(last):
    text = ["The council met.", "The vote is on Friday.", last]
    assert without_emptied_heading(text, text) == text[:2]


def test_a_list_written_as_headings_at_the_end_stays():
    text = ["The firm was large.", "## The figures that show how large the firm was",
            *(f"### {n}. The firm built more than {n}00 towers." for n in range(1, 5))]
    assert without_emptied_heading(text, text) == text


def test_a_heading_over_a_short_list_at_the_end_stays():
    tail = "<h2>What happens next</h2><ul><li>A vote</li><li>The works</li></ul>"
    assert parse_html(page(body_extra=tail)).paragraphs[-2] == "## What happens next"


def test_a_colon_inside_the_text_stays():
    tail = "<p>The mayor put it simply:</p><p>“We build it now.”</p>"
    paragraphs = parse_html(page(body_extra=tail)).paragraphs
    assert [p.strip() for p in paragraphs[-2:]] == ["The mayor put it simply:",
                                                    "“We build it now.”"]


@pytest.mark.parametrize("text", [
    ["The council met.", "**MORE ON EDUCATION**", "**UPDATES:**", "2:58 p.m.: Updated."],
    ["The council met.", "**ALSO**"],
    ["The council met.", "__Related__", "## What happens next", "Voting starts on Friday."],
])
def test_a_bold_label_followed_by_no_text_is_dropped(text):
    assert "MORE" not in " ".join(without_empty_labels(text))
    assert len(without_empty_labels(text)) == len(text) - 1


@pytest.mark.parametrize("text", [
    ["The council met.", "**UPDATES:**", "2:58 p.m.: Updated."],  # it labels a line
    ["The council met.", "**It is over.**"],  # a sentence
    ["The council met.", "**Tolls on lorries will pay for the rest of the bridge**"],  # long
    ["会议召开。", "**出国前后关注点大不同**", "**出国前：政治科目会出啥考题？**", "内容。"],
])
def test_a_bold_label_over_text_or_a_bold_sentence_stays(text):
    assert without_empty_labels(text) == text


def test_a_field_name_over_another_label_is_left_out():
    """A content system's field name before a colon ("Episode Teaser Image:"), its value gone,
    over another label, leaves the text; the label over the text stays, and so does a
    sentence's lead-in over a label."""
    text = ["Episode Teaser Image:", "Episode Description:", "Gun control advocates look on."]
    assert without_empty_labels(text) == text[1:]
    lead_in = ["Here is what we know:", "**UPDATES:**", "The bridge opens today."]
    assert without_empty_labels(lead_in) == lead_in
