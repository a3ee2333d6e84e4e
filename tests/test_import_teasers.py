"""A teaser card (a link around a headline and its opening) is not the article's text."""

from __future__ import annotations

from lxml import html as lxml_html

from explainer.importer.html import parse_html
from explainer.importer.metadata import read_meta
from explainer.importer.teasers import card_texts, in_card, is_card, without_card_opening
from tests.test_import_html import page

CARD = ('<a href="/news/other-story"><h3>Ferry fares to rise next year</h3><p>The operator '
        'said fuel costs had doubled since the spring and that the rise could not wait.</p></a>')


def card(markup: str):
    return lxml_html.fragment_fromstring(markup)


def test_a_link_around_a_headline_and_a_paragraph_is_a_card():
    assert is_card(card(CARD))


def test_a_link_around_many_paragraphs_is_no_card():
    swallowed = "".join(f"<p>Paragraph {n} of a story an unclosed link took in.</p>"
                        for n in range(3))
    assert not is_card(card(f'<a href="/x">{swallowed}</a>'))


def test_a_link_around_more_than_two_hundred_words_is_no_card():
    assert not is_card(card(f'<a href="/x"><p>{"word " * 201}</p></a>'))


def test_a_plain_link_in_a_paragraph_is_no_card():
    assert card_texts(card('<div><p>See <a href="/r">the report on the new bridge and its '
                           'cost to the towns</a> for more.</p></div>')) == set()


def test_a_paragraph_a_card_holds_is_found_with_its_links_and_emphasis():
    cards = card_texts(card(f"<div>{CARD}</div>"))
    assert in_card("The operator said [fuel costs](https://example.org/f) had *doubled* "
                   "since the spring and that the rise could not wait.", cards)


def test_a_sentence_that_is_only_part_of_a_card_s_paragraph_is_kept():
    assert not in_card("The operator said fuel costs had doubled since the spring.",
                       card_texts(card(f"<div>{CARD}</div>")))


def test_a_card_that_links_to_the_page_itself_is_none():
    own = card(f'<div>{CARD.replace("/news/other-story", "/news/bridge/")}</div>')
    assert card_texts(own, "https://www.rivergazette.co.uk/news/bridge") == set()


def test_a_short_line_that_a_card_also_holds_is_kept():
    assert not in_card("Ferry fares", card_texts(card(f"<div>{CARD}</div>")))


def test_an_imported_article_leaves_a_card_out():
    article = parse_html(page(body_extra=f"<div class='related'>{CARD}</div>"))
    assert not any("fuel costs" in p for p in article.paragraphs)


def test_a_page_whose_only_text_is_in_cards_still_imports():
    html = ("<html><head><title>Notice</title></head><body><main><a href='/premium/1'>"
            "<h2>Notice</h2><p>The full story is for members only. Members can read every "
            "story on the site and the weekly letter that sums up the news of the week, "
            "with notes from the editors.</p></a></main></body></html>")
    assert parse_html(html).paragraphs


def test_a_topic_link_around_a_heading_is_no_card():
    assert not is_card(card('<a href="/tag/uddevalla"><h2>Uddevalla</h2></a>'))


BOX = ('<div class="story-card"><h3><a href="/news/other-story">Ferry fares to rise next year'
       '</a></h3><p>The operator said fuel costs had doubled since the spring and that the rise '
       "could not wait.</p></div>")


def test_a_box_whose_heading_links_to_another_story_is_a_card():
    assert in_card("The operator said fuel costs had doubled since the spring and that the "
                   "rise could not wait.", card_texts(card(f"<div>{BOX}</div>")))


def test_a_box_whose_link_holds_the_heading_and_its_picture_is_a_card():
    box = ('<div class="item"><a href="/news/other-story"><h2>Ferry fares to rise next year '
           'for all</h2><img src="f.jpg"></a><p class="subtitle">The operator said fuel costs '
           "had doubled since the spring.</p></div>")
    assert in_card("The operator said fuel costs had doubled since the spring.",
                   card_texts(card(f"<div>{box}</div>")))


def test_a_heading_that_only_holds_a_link_among_its_words_makes_no_card():
    box = BOX.replace('<h3><a href="/news/other-story">Ferry fares', '<h3>Why <a href="/x">fares')
    assert card_texts(card(f"<div>{box}</div>")) == set()



SIGNED_CARD = ('<div class="teaser"><a href="/news/column"><h3>Why the ferry lost money</h3>'
               '<span>The operator kept fares low for years, writes our editor Jane Roe.</span>'
               '</a><div class="teaser-author">Von Jane Roe</div></div>')


def test_a_byline_under_another_storys_teaser_signs_that_story():
    assert parse_html(page(body_extra=SIGNED_CARD)).byline == ()


def test_an_authors_box_linking_to_their_page_is_a_byline():
    box = ('<div class="author-box"><a href="/authors/jane-roe"><h4>Jane Roe</h4>'
           "<p>Reporter for transport and the towns of the river valley.</p></a></div>")
    html = page().replace("</h1>", "</h1>" + box)
    assert parse_html(html).byline[:1] == ("Jane Roe",)


def test_a_byline_in_a_box_larger_than_a_card_is_read():
    story = "<p>" + "The ferry ran late again on Monday morning. " * 20 + "</p>"
    html = page().replace("</h1>", f'</h1><div><div class="author">Von Jane Roe</div>'
                          f"{story}{SIGNED_CARD.replace('Von Jane Roe', '')}</div>")
    assert parse_html(html).byline == ("Jane Roe",)


def test_a_byline_beside_a_link_to_the_storys_own_audio_is_read():
    own = SIGNED_CARD.replace("Why the ferry lost money", "Towns agree plan for new river bridge")
    html = page().replace("</h1>", "</h1>" + own)
    assert parse_html(html).byline == ("Jane Roe",)


DONT_MISS = ('<div class="dont-miss"><img src="/head.jpg" alt=""><div class="dont-miss-author">'
             'John Doe</div><div><a href="/john-doe/why-i-moved">Why I Moved My Family to the '
             "Coast</a></div></div>")


def test_a_name_beside_a_bare_link_to_another_story_signs_that_story():
    html = page().replace("</h1>", '</h1><p class="dateline">By JANE ROE 10/5/11</p>')
    assert parse_html(html.replace("</article>", f"</article>{DONT_MISS}")).byline == (
        "Jane Roe",)


def test_an_authors_box_linking_to_their_page_beside_their_name_is_a_byline():
    box = DONT_MISS.replace("/john-doe/why-i-moved", "/author/john-doe").replace(
        "Why I Moved My Family to the Coast", "See all stories by this writer")
    assert parse_html(page().replace("</h1>", "</h1>" + box)).byline[:1] == ("John Doe",)


def test_a_tag_on_another_story_s_card_is_no_tag_of_the_page():
    card = ('<div class="related-post"><div><a rel="tag" href="/category/crime">Crime</a>'
            '</div><h3><a href="/news/ferry-fares">Ferry fares rise</a></h3></div>')
    own = '<a rel="tag" href="/category/bridges">Bridges</a>'
    html = page().replace("</h1>", f"</h1>{own}").replace("</article>", f"</article>{card}")
    assert read_meta(html).tag_links == ["Bridges"]


def test_a_tag_beside_the_links_to_the_previous_and_next_posts_stays():
    meta = ('<footer class="entry-meta"><span><a rel="category tag" href="/category/reviews">'
            'Reviews</a></span><nav class="post-navigation"><a rel="prev" href="/old-post">'
            "The old bridge closes for repairs</a></nav></footer>")
    assert read_meta(page().replace("</article>", f"{meta}</article>")).tag_links == [
        "Reviews"]


def test_a_card_s_headline_run_into_a_paragraph_s_opening_goes():
    cards = card_texts(card(f"<div>{CARD}</div>"))
    assert without_card_opening("Ferry fares to rise next yearThe council met on Monday.",
                                cards) == "The council met on Monday."


def test_a_paragraph_that_opens_with_a_card_s_headline_and_a_space_is_kept():
    cards = card_texts(card(f"<div>{CARD}</div>"))
    paragraph = "Ferry fares to rise next year, the operator said on Monday."
    assert without_card_opening(paragraph, cards) == paragraph


def test_an_imported_article_loses_a_related_box_set_inside_its_paragraph():
    box = ('<p>The towns will share the cost.</p><p><article class="recommended"><a href="/f">'
           '<p>Ferry fares to rise next year as fuel costs double</p></a></article>The bridge '
           'will open in the spring of next year, the engineers said.</p>')
    article = parse_html(page(body_extra=box))
    assert "The bridge will open in the spring of next year, the engineers said." in \
        article.paragraphs
    assert not any("Ferry fares" in p for p in article.paragraphs)
