"""A standfirst the page sets apart over its text leaves the text when it is the summary."""

from __future__ import annotations

from explainer.importer.html import parse_html
from explainer.importer.setapart import Page
from explainer.importer.standfirst import standfirst_in_text

DECK = ("The river towns settle a dispute that began in 2019, and the work on the new bridge "
        "starts next spring.")
STORY = [
    "The two towns agreed on Tuesday to share the cost of a new bridge over the river.",
    "Work is to start next spring and should take about two years, the councils said.",
    "Residents have waited for a second crossing since the old ferry stopped running.",
    "The regional fund will pay half, and tolls on lorries will pay for the rest of it.",
]


def article(deck: str) -> str:
    paragraphs = "".join(f'<p class="text">{s}</p>' for s in STORY)
    return (f"<html><head><title>Towns agree on a bridge</title>"
            f'<meta name="description" content="{DECK}"></head><body><article>'
            f"<h1>Towns agree on a bridge</h1>{deck}"
            f'<div class="body">{paragraphs}</div></article></body></html>')


def test_a_box_of_its_own_sets_a_paragraph_apart():
    page = Page(article(f'<div class="intro"><p>{DECK}</p></div>'))
    assert page.set_apart(DECK, STORY[0])


def test_a_paragraph_like_the_next_is_not_set_apart():
    page = Page(article(""))
    assert not page.set_apart(STORY[0], STORY[1])


def test_a_paragraph_the_page_does_not_show_is_not_set_apart():
    assert not Page(article("")).set_apart("Words the page never shows at all.", STORY[0])


def test_a_name_in_a_tag_list_is_not_the_paragraph_s_box():
    tags = '<ul class="tags"><li><a href="/t/two-towns">The two towns agreed</a></li></ul>'
    page = Page(article(tags))
    assert page.box(STORY[0]).get("class") == "text"


def test_the_text_is_found_as_written_in_markdown():
    page = Page(article('<p class="deck">Ferry fares rise at CD&amp;V\'s request, and the '
                        "towns agree.</p>"))
    assert page.box("Ferry fares rise at CD&amp;V's request, and the towns agree.") is not None


def test_the_standfirst_set_apart_leaves_the_text():
    summary, text = standfirst_in_text(DECK, [DECK, *STORY], lambda one, two: one == DECK)
    assert summary == DECK and text == STORY


def test_a_lede_the_description_repeats_stays_in_the_text():
    summary, text = standfirst_in_text(STORY[0], STORY, lambda one, two: False)
    assert summary == STORY[0] and text == STORY


def test_an_imported_standfirst_in_a_box_of_its_own_shows_once():
    imported = parse_html(article(f'<div class="intro"><p>{DECK}</p></div>'))
    assert imported.summary == DECK and imported.paragraphs[0] == STORY[0]


def test_an_imported_lede_the_description_repeats_stays():
    page = article("").replace(DECK, STORY[0])
    imported = parse_html(page)
    assert imported.paragraphs[0] == STORY[0]


def test_a_lede_with_a_class_of_its_own_beside_the_story_s_paragraphs_is_not_set_apart():
    page = Page(article("").replace('<p class="text">', '<p class="text dropcap">', 1))
    assert not page.set_apart(STORY[0], STORY[1])


def test_a_box_s_opening_is_read_without_reading_all_of_it():
    lines = "<br>".join(f"Line {n} of a very long box of lines about the harbour." for n in
                        range(3000))
    page = Page(f"<html><body><div>{lines}</div></body></html>")
    assert page.box("Line 2999 of a very long box of lines about the harbour.") is None
    assert page.box("Line 0 of a very long box of lines about the harbour.") is not None


def test_a_standfirst_set_in_bold_by_its_class_beside_the_story_s_paragraphs_is_set_apart():
    page = Page(article("").replace('<p class="text">', '<p class="text bold">', 1))
    assert page.set_apart(STORY[0], STORY[1])


def test_a_short_paragraph_is_found_whole():
    page = Page(article('<p class="note">各地の震度は次のとおり。</p>'))
    assert page.box("各地の震度は次のとおり。").get("class") == "note"


def test_a_standfirst_whose_first_sentence_the_lede_repeats_is_set_apart():
    lede = "The two towns agreed on Tuesday to share the cost of a new bridge."
    page = Page(article(f'<h2 class="spot">{lede} Work starts in spring.</h2>').replace(
        STORY[0], lede))
    assert page.set_apart(f"{lede} Work starts in spring.", lede)


def test_a_standfirst_in_the_headline_s_box_is_set_apart():
    page = Page(article("").replace("<h1>Towns agree on a bridge</h1>",
                                    f'<div><h1>Towns agree on a bridge</h1><span class="d">'
                                    f"{DECK}</span></div>"))
    assert page.set_apart(DECK, STORY[0])


LONG_DECK = " ".join(STORY)  # four sentences, more than fifty words


def test_a_long_standfirst_set_apart_leaves_the_text_and_its_opening_is_the_summary():
    summary = " ".join(STORY[:2])
    text = [LONG_DECK, *STORY]
    assert standfirst_in_text(summary, text, lambda one, two: one == LONG_DECK) == (
        summary, STORY)
    assert standfirst_in_text(summary, text, None) == (summary, text)  # not set apart


def test_a_standfirst_is_told_apart_from_the_paragraph_after_a_place_set_apart():
    seen = []
    standfirst_in_text(DECK, [DECK, "Ankara", *STORY],
                       lambda one, two: seen.append(two) or True)
    assert seen == [STORY[0]]


def test_a_paragraph_s_box_is_not_a_subheading_that_opens_with_its_words():
    html = ("<html><body><h3>Work is to start next spring and should take: the councils</h3>"
            f"<p>{STORY[1]}</p></body></html>")
    assert Page(html).box(STORY[1]).tag == "p"


def test_a_paragraph_opening_with_a_short_linked_word_is_found_by_it():
    page = Page('<html><body><p><a href="/a">宮崎県</a>：<a href="/b">延岡市</a>、'
                '<a href="/c">日向市</a></p></body></html>')
    assert page.box("宮崎県：延岡市、日向市").tag == "p"

