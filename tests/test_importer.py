"""The plain-text importer: each rule on small texts the tests write, and the seed as a golden."""

import datetime as dt
from pathlib import Path

from explainer.importer import parse_text, to_markdown

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden"
SEED = FIXTURES / "seed" / "000_9bc3c6dfe5868321.txt"

ARTICLE = """Headline: with a colon

A man walks past a poster in the capital [File: Jane Doe/Reuters]

The standfirst says what happened.

Beirut, Lebanon – The first paragraph, with its dateline.

The second “paragraph” keeps its ‘typographic’ quotes and apostrophes’ marks.

Please enter your comment!
Please enter your name here
"""


def test_title_is_the_first_line():
    assert parse_text(ARTICLE).title == "Headline: with a colon"


def test_caption_and_credit_are_split_at_the_bracket():
    article = parse_text(ARTICLE)
    assert (article.image_caption, article.image_credit) == (
        "A man walks past a poster in the capital", "Jane Doe/Reuters")


def test_standfirst_becomes_the_summary():
    assert parse_text(ARTICLE).summary == "The standfirst says what happened."


def test_dateline_is_split_off_the_first_paragraph():
    article = parse_text(ARTICLE)
    assert article.dateline == "Beirut, Lebanon"
    assert article.paragraphs[0] == "The first paragraph, with its dateline."


def test_agency_dateline():
    assert parse_text("T\n\nWASHINGTON (AP) — Text.\n").dateline == "WASHINGTON (AP)"


def test_body_paragraphs_are_kept_verbatim():
    assert parse_text(ARTICLE).paragraphs[1] == (
        "The second “paragraph” keeps its ‘typographic’ quotes and apostrophes’ marks.")


def test_comment_form_boilerplate_is_removed():
    assert parse_text(ARTICLE).paragraphs[-1].startswith("The second")


def test_no_date_is_invented():
    assert parse_text(ARTICLE).date is None


def test_date_from_the_editor():
    assert parse_text(ARTICLE, date=dt.date(2023, 5, 5)).date == dt.date(2023, 5, 5)


def test_date_from_an_explicit_published_line():
    article = parse_text("T\n\nPublished On 5 May 2023\n\nBody one.\n\nBody two.\n")
    assert article.date == dt.date(2023, 5, 5) and article.paragraphs == ("Body one.", "Body two.")


def test_missing_date_is_left_empty_with_a_comment():
    markdown = to_markdown(parse_text(ARTICLE))
    assert "\n# date: not in the article; add the date it was first published, e.g. " \
           "2023-05-05\ndate: null\n" in markdown


def test_front_matter_quotes_every_string():
    assert 'title: "Headline: with a colon"' in to_markdown(parse_text(ARTICLE))


def test_markdown_characters_in_the_text_are_escaped():
    md = to_markdown(parse_text("T\n\n1. Not a list, *not emphasis* <b>\n"))
    assert md.endswith("1\\. Not a list, \\*not emphasis\\* &lt;b>\n")


def test_same_input_gives_the_same_file():
    assert to_markdown(parse_text(ARTICLE)) == to_markdown(parse_text(ARTICLE))


def test_seed_import_matches_the_golden_file():
    """Regenerate with: python -m tests.golden"""
    text = SEED.read_text(encoding="utf-8")
    expected = (GOLDEN / "import" / "seed.md").read_text(encoding="utf-8")
    assert to_markdown(parse_text(text, source="Al Jazeera")) == expected


def test_the_language_of_a_text_is_read_from_its_commonest_words():
    from explainer.importer.textlanguage import language_of
    english = ("The council said that the plan for the bridge was not ready and that it would "
               "be put to a vote in the spring, after the towns have had their say on it. ") * 3
    german = ("Der Rat sagte, dass der Plan für die Brücke noch nicht fertig ist und dass er im "
              "Frühjahr zur Abstimmung gestellt wird, wenn die Städte sich geäußert haben. ") * 3
    assert language_of([english]) == "en"
    assert language_of([german]) == "de"
    assert language_of(["The council met."]) is None  # too short to tell
    assert language_of(["Lorem ipsum dolor sit amet consectetur adipiscing elit " * 10]) is None


def test_a_page_that_declares_no_language_gets_its_text_s_with_a_note():
    from explainer.importer.html import parse_html
    from tests.test_import_html import PARAGRAPHS, page
    article = parse_html(page().replace('<html lang="en">', "<html>"))
    assert article.language == "en" and len(" ".join(PARAGRAPHS).split()) >= 60
    assert "the page declares no language; its text reads as 'en'" in article.notes
