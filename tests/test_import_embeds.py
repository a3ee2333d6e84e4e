"""A post that the story embeds (a tweet it quotes) and the extractor dropped is put back
where the page shows it, as a quotation with its author's line."""

from __future__ import annotations

from explainer.importer.embeds import with_posts
from explainer.importer.html import parse_html
from explainer.importer.setapart import Page
from explainer.importer.summary import plain_text
from tests.test_import_html import PARAGRAPHS
from tests.test_import_html import page as article_page

STORY = [
    "The launch failed in September, and the company has not said why.",
    "On Twitter, the founder asked the public for photos of the failure.",
    "Engineers said on Monday that a valve had cracked under pressure.",
]
TWEET = ('<blockquote class="twitter-tweet"><p lang="en">Still working on the fireball '
         'investigation. <a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; Jane Roe '
         '(@janeroe) <a href="https://twitter.com/janeroe/status/1">September 9, 2016</a>'
         "</blockquote>")
QUOTED = ("> Still working on the fireball investigation. [pic.twitter.com/x](https://t.co/x)\n"
          ">\n> — Jane Roe (@janeroe) [September 9, 2016](https://twitter.com/janeroe/status/1)")


def page(middle: str, end: str = "", aside: str = "") -> Page:
    paragraphs = [f"<p>{s}</p>" for s in STORY]
    return Page("<html><body><article><div class='body'>" + "".join(paragraphs[:2])
                + f"<section class='embed'><div>{middle}</div></section>" + paragraphs[2]
                + end + f"</div></article><aside>{aside}</aside></body></html>")


def test_a_dropped_post_goes_back_after_the_paragraph_it_follows():
    assert with_posts(STORY, page(TWEET), None, plain_text) == [*STORY[:2], QUOTED, STORY[2]]


def test_a_post_that_closes_the_story_goes_back_at_its_end():
    assert with_posts(STORY, page("", end=TWEET), None, plain_text) == [*STORY, QUOTED]


def test_a_post_the_text_holds_is_not_put_back_again():
    text = [*STORY[:2], QUOTED, STORY[2]]
    assert with_posts(text, page(TWEET), None, plain_text) == text


def test_a_post_in_a_rail_beside_the_story_is_not_put_back():
    assert with_posts(STORY, page("", aside=TWEET), None, plain_text) == STORY


def test_a_post_between_paragraphs_the_text_sets_in_another_order_is_not_put_back():
    text = [STORY[2], STORY[1]]
    assert with_posts(text, page(TWEET), None, plain_text) == text


def test_a_post_after_a_paragraph_the_text_lacks_follows_the_one_before_it():
    text = [STORY[0], STORY[2]]
    assert with_posts(text, page(TWEET), None, plain_text) == [STORY[0], QUOTED, STORY[2]]


def test_an_author_s_line_set_as_a_paragraph_follows_the_post_s_words():
    tweet = TWEET.replace("&mdash;", "<p>&mdash;").replace("</blockquote>", "</p></blockquote>")
    assert with_posts(STORY, page(tweet), None, plain_text)[2] == QUOTED


def test_a_post_s_words_are_inert_markdown():
    tweet = TWEET.replace("Still working", "# <b>Still</b> *working*")
    assert with_posts(STORY, page(tweet), None, plain_text)[2].splitlines()[0] == (
        "> \\# **Still** \\*working\\* on the fireball investigation. "
        "[pic.twitter.com/x](https://t.co/x)")


def test_an_imported_story_keeps_the_post_it_embeds():
    html = article_page().replace(
        f"<p>{PARAGRAPHS[1]}</p>",
        f"<p>{PARAGRAPHS[1]}</p><section class='embed-widget'><div>{TWEET}</div></section>")
    assert parse_html(html).paragraphs[2] == QUOTED
