"""Whole-page text dumps: what the page's layout leaves in its text is taken back out."""

from __future__ import annotations

from explainer.importer.text import parse_text
from tests.test_import_html import MENU, PARAGRAPHS


def dump(*before: str, after: str = "") -> str:
    body = "\n\n".join([*before, *PARAGRAPHS])
    return (f"Bridge plan agreed - The River Gazette\n\n{MENU}\n\n{body}\n\n{after}"
            f"Most read\n{MENU}\n")


def test_the_pictures_caption_and_credit_above_the_text_are_the_lead_picture():
    caption = ("The old crossing at dusk, seen from the north bank of the river. "
               "Photograph: Jane Roe")
    article = parse_text(dump(caption))
    assert (article.image_caption, article.image_credit) == (
        "The old crossing at dusk, seen from the north bank of the river.", "Jane Roe")
    assert article.paragraphs == tuple(PARAGRAPHS)


def test_a_drop_cap_set_apart_is_joined_to_its_word():
    text = dump().replace(PARAGRAPHS[0], "T he" + PARAGRAPHS[0][3:])
    assert parse_text(text).paragraphs[0] == PARAGRAPHS[0]


def test_a_capital_that_is_no_drop_cap_stays_apart():
    first = "B is the name the engineers gave the second design for the crossing, the cheaper one."
    assert parse_text(dump(first)).paragraphs[0] == first


def test_a_read_more_button_is_no_paragraph():
    text = dump().replace(PARAGRAPHS[1], PARAGRAPHS[1] + "\n\nRead More")
    assert parse_text(text).paragraphs == tuple(PARAGRAPHS)


def test_a_letter_and_a_common_word_stay_apart():
    first = "B and Q said the shop would stay open while a band played outside on Saturday."
    assert parse_text(dump(first)).paragraphs[0] == first
