"""What a page states about its own text (JSON-LD articleBody, paywall, next page) checks the
body that was read, and says so in the body's confidence and the import's notes."""

from __future__ import annotations

import json

import pytest

from explainer.importer import body as body_module
from explainer.importer import confidence
from explainer.importer.html import parse_html
from explainer.importer.stated import Evidence, closer, missed, next_page, words
from tests.test_import_html import PARAGRAPHS, page

STORY = " ".join(f"Sentence {n} of the council's account of the bridge vote." for n in range(40))
OTHER = " ".join(f"Line {n} about the ferry timetable and the harbour fees." for n in range(40))


def ld(**fields: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_words_leave_out_link_addresses_and_tags():
    assert words("[The vote](https://example.com/vote-2023) <b>passed</b>") == [
        "the", "vote", "passed"]


def test_a_reading_that_holds_a_third_of_the_stated_text_missed_part_of_it():
    assert missed(STORY[: len(STORY) // 3], STORY)


def test_a_reading_that_holds_the_stated_text_missed_nothing():
    assert not missed(STORY + " Photo: the river.", STORY)


def test_a_stated_teaser_is_no_evidence_of_a_gap():
    teaser = "The council voted for the bridge."
    assert not missed("The council voted.", teaser)


def test_of_two_readings_the_one_closer_to_the_stated_text_wins():
    assert closer(STORY[:200], STORY, STORY) == STORY
    assert closer(STORY, OTHER, STORY) == STORY


def test_of_two_readings_as_close_the_first_stays():
    assert closer(STORY, STORY, STORY) is STORY


@pytest.mark.parametrize(("here", "there", "paged"), [
    ("https://news.example/2023/bridge-vote", "https://news.example/2023/bridge-vote/2", True),
    ("https://news.example/bridge-vote", "https://www.news.example/bridge-vote?page=2", True),
    ("https://news.example/bridge-vote.html", "/bridge-vote.html?p=2", True),
    ("https://news.example/2023/bridge-vote", "https://news.example/2023/ferry-fees", False),
    ("https://news.example/bridge-vote", "https://other.example/bridge-vote/2", False),
    ("https://news.example/bridge-vote", "https://news.example/bridge-vote-results", False),
    ("https://news.example/news/123", "https://news.example/news/1234", False),
    ("https://news.example/2020/03/covid", "https://news.example/2020/03/covid-19", False),
    ("https://news.example/apollo", "https://news.example/apollo-11", False),
    ("https://news.example/bridge", "https://news.example/bridge-seite-2", True),
    ("https://news.example/news/1010/43352.html", "43352_Page2.html", True),
    ("https://news.example/bridge-vote/", "2/", True),
    ("https://news.example/news/43352.html", "43353.html", False),
    ("https://news.example/news/43352.html", "https://news.example/news/43352.html#page=2", False),
    ("https://news.example/news.php?id=123", "news.php?page=2", False),  # the site's listing
    ("https://news.example/news.php?id=123", "news.php?id=123&page=2", True),
    ("https://news.example/blog/?p=123", "/blog/?p=45", False),  # another post
    ("https://news.example/blog/?p=123", "/blog/?p=123", False),  # its own address
    (None, "https://news.example/bridge-vote/2", False),
])
def test_a_next_page_is_the_same_address_with_a_page_number(here, there, paged):
    assert next_page(here, there) is paged


def test_a_held_stated_text_makes_the_body_sure():
    assert Evidence(STORY).confidence([STORY], "medium") == "high"


def test_a_stated_text_mostly_missing_makes_the_body_unsure_with_a_note():
    evidence = Evidence(STORY + " " + OTHER)
    assert evidence.confidence([STORY[:400]], "high") == "low"
    assert evidence.problems([STORY[:400]]) == [
        "the page's own copy of the article (its JSON-LD) has 840 words and the text found "
        "holds 9% of them: look for missing parts"]


def test_an_article_for_subscribers_is_at_best_medium_with_a_note():
    evidence = Evidence(free=False)
    assert evidence.confidence([STORY], "high") == "medium"
    assert evidence.problems([STORY]) == [
        "the page marks the article as for subscribers: the text found may stop early"]


def test_an_article_for_subscribers_is_at_best_medium_even_when_its_stated_text_is_held():
    teaser = " ".join(STORY.split()[:60])  # the page states and shows only its opening
    evidence = Evidence(teaser, free=False)
    assert evidence.confidence([teaser], "low") == "low"
    assert evidence.confidence([STORY], "high") == "medium"
    assert evidence.problems([teaser]) == [
        "the page marks the article as for subscribers: the text found may stop early"]


def test_a_long_article_for_subscribers_is_at_best_medium_without_a_note():
    text = [STORY, STORY]  # 800 words: more than a wall leaves a reader who does not subscribe
    evidence = Evidence(free=False)
    assert evidence.confidence(text, "high") == "medium" and evidence.problems(text) == []


def test_an_article_on_several_pages_is_unsure_with_a_note():
    evidence = Evidence(paged="https://news.example/bridge/2")
    assert evidence.confidence([STORY], "high") == "low"
    assert evidence.problems([STORY]) == [
        "the page links to a next page of the article (https://news.example/bridge/2): its text "
        "may go on there"]


def test_a_page_that_states_nothing_keeps_the_confidence_by_length():
    assert Evidence().confidence([STORY], "high") == "high"
    assert Evidence().problems([STORY]) == []


def test_japanese_text_counts_its_characters_for_its_length():
    paragraph = "橋の建設計画について市議会が採決した。" * 8
    assert confidence.body([paragraph] * 5) == "high"


def test_an_imported_page_whose_json_ld_holds_its_text_has_a_sure_body():
    article = parse_html(page(ld(articleBody="\n".join(PARAGRAPHS))))
    assert article.confidence["body"] == "high"


def test_an_imported_page_whose_json_ld_holds_much_more_is_flagged():
    stated = "\n".join([*PARAGRAPHS, OTHER, STORY])
    article = parse_html(page(ld(articleBody=stated)))
    assert article.confidence["body"] == "low"
    assert any("its JSON-LD" in note for note in article.notes)


def test_an_imported_page_for_subscribers_says_so():
    article = parse_html(page(ld(isAccessibleForFree="False")))
    assert "the page marks the article as for subscribers: the text found may stop early" in (
        article.notes)


def test_an_imported_page_linking_its_next_page_says_so():
    head = ('<link rel="canonical" href="https://gazette.example/bridge">'
            '<link rel="next" href="https://gazette.example/bridge/2">')
    article = parse_html(page(head))
    assert article.confidence["body"] == "low"
    assert ("the page links to a next page of the article (https://gazette.example/bridge/2): "
            "its text may go on there") in article.notes


def test_a_wordpress_link_to_the_next_post_is_not_a_next_page():
    head = ('<link rel="canonical" href="https://gazette.example/bridge">'
            '<link rel="next" href="https://gazette.example/ferry">')
    assert not any("next page" in note for note in parse_html(page(head)).notes)


@pytest.fixture
def readings(monkeypatch):
    """trafilatura's two readings of a page, chosen by the test."""
    found: dict[bool, str] = {}
    monkeypatch.setattr(body_module, "_extracted",
                        lambda page, url, precise=True: found[precise])
    return found


def test_the_balanced_reading_is_taken_when_it_holds_the_stated_text(readings):
    readings[True], readings[False] = STORY[:300], STORY
    assert body_module.article_body("<html><body></body></html>", None, STORY)[0] == STORY


def test_the_precise_reading_stays_when_the_balanced_one_is_no_closer(readings):
    readings[True], readings[False] = STORY[:300], OTHER
    text = body_module.article_body("<html><body></body></html>", None, STORY)[0]
    assert text == STORY[:300]


def test_without_a_stated_text_the_precise_reading_stays(readings):
    readings[True], readings[False] = STORY[:300], STORY
    assert body_module.article_body("<html><body></body></html>", None)[0] == STORY[:300]


def test_a_related_storys_text_is_no_evidence():
    related = {"@type": "ItemList", "itemListElement": [
        {"@type": "NewsArticle", "articleBody": OTHER + " " + STORY}]}
    own = {"@context": "https://schema.org", "@type": "NewsArticle",
           "articleBody": "\n".join(PARAGRAPHS)}
    head = "".join(f'<script type="application/ld+json">{json.dumps(d)}</script>'
                   for d in (own, related))
    article = parse_html(page(head))
    assert article.confidence["body"] == "high"
    assert not any("JSON-LD" in note for note in article.notes)


def test_a_link_to_the_next_page_under_the_text_is_a_next_page():
    head = '<link rel="canonical" href="https://gazette.example/bridge/">'
    pages = ('<nav class="page-numbers">Page: 1 <a href="https://gazette.example/bridge/2/">2</a>'
             ' <a href="https://gazette.example/bridge/2/">Next →</a></nav>')
    article = parse_html(page(head, body_extra=pages))
    assert article.confidence["body"] == "low"
    assert article.gaps == ("the page links to a next page of the article "
                            "(https://gazette.example/bridge/2/): its text may go on there",)


def test_a_link_to_a_page_of_the_readers_comments_is_no_next_page():
    head = '<link rel="canonical" href="https://gazette.example/bridge">'
    for box in ('<div id="comments">', '<section class="leserkommentare">'):
        comments = (f'{box}<a href="https://gazette.example/bridge?page=2">Older comments</a>'
                    f"</{box[1:box.index(' ')]}>")
        assert parse_html(page(head, body_extra=comments)).gaps == ()


WALL = ("<div class='app-access-wall'><h2>Enjoying our latest content?</h2><p>Log in or create "
        "an account to continue</p><a href='/login'>Log in</a></div>")


def test_a_wall_the_page_shows_makes_the_body_unsure_with_a_note():
    article = parse_html(page(ld(isAccessibleForFree="True"), body_extra=WALL))
    assert article.confidence["body"] == "medium"
    note = ("the page shows a wall to read on ('Enjoying our latest content? Log in or create "
            "an account to continue …'): the text found may stop there")
    assert note in article.notes and note in article.gaps


@pytest.mark.parametrize("box", [
    WALL.replace("app-access-wall", "app-access-wall hidden"),  # hidden until a visit counts
    WALL.replace("<div", "<div hidden", 1),
    WALL.replace("app-access-wall", "app-login-box"),  # not classed as a wall
    "<div class='paywall-note'>Subscribe for our newsletter and get the best stories.</div>",
    "<a class='paywall-link' href='/subscribe'>Subscribe to continue</a>",  # a link, no box
])
def test_no_wall_is_read_where_the_page_hides_it_or_it_asks_nothing(box):
    article = parse_html(page(body_extra=box))
    assert not any("wall to read on" in note for note in article.notes)
