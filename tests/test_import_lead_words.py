"""The named picture's words found wherever the page shows it: a header's figure above the
article, a caption after the box that holds the figure, a picture as it stands."""

from __future__ import annotations

import pytest

from explainer.importer.html import parse_html
from tests.test_import_picture import page

OG = "<meta property='og:image' content='https://cdn.invalid/img/sea-wall-hull-1200x630.jpg'>"
SHOWN = "https://cdn.invalid/img/sea-wall-hull-900x600.jpg"


def above(html: str, header: str) -> str:
    return html.replace("<body>", f"<body><header class='hero'>{header}</header>", 1)


def words(html: str) -> tuple[str | None, str | None, str | None]:
    article = parse_html(html)
    return article.image_alt, article.image_caption, article.image_credit


def test_a_figure_above_the_article_gives_its_words_to_the_named_picture():
    header = (f"<figure><img src='{SHOWN}' alt='The sea wall'><figcaption>Waves break over the "
              "sea wall.<span class='credit'>Jane Roe/AP</span></figcaption></figure>")
    assert words(above(page(OG), header)) == ("The sea wall", "Waves break over the sea wall.",
                                              "Jane Roe/AP")


def test_a_caption_after_the_box_that_holds_only_the_figure_is_its_caption():
    header = (f"<div class='media'><figure><img src='{SHOWN}' alt='The sea wall'></figure></div>"
              "<div class='caption'>Waves break over the sea wall. <span class='credit'>Jane "
              "Roe/AP</span></div>")
    assert words(above(page(OG), header)) == ("The sea wall", "Waves break over the sea wall.",
                                              "Jane Roe/AP")


def test_a_picture_as_it_stands_gives_its_alt_and_a_title_with_a_credit():
    header = f"<img src='{SHOWN}' alt='The sea wall' title='The sea wall at dawn | AFP/Jane Roe'>"
    assert words(above(page(OG), header)) == ("The sea wall", "The sea wall at dawn",
                                              "AFP/Jane Roe")


def test_a_json_ld_caption_that_is_the_alt_text_is_no_caption_beside_the_figure_s_credit():
    og = "<meta property='og:image' content='https://cdn.invalid/img/share-card.jpg'>"
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "image": {"@type": '
          f'"ImageObject", "url": "{SHOWN}", "caption": "The sea wall"}}}}</script>')
    header = (f"<figure><img src='{SHOWN}' alt='The sea wall'><figcaption><strong>Image "
              "Credits:</strong> Jane Roe</figcaption></figure>")  # as techcrunch.com
    assert words(above(page(og + ld), header)) == ("The sea wall", None, "Jane Roe")


def test_a_title_without_a_credit_is_no_caption():
    header = f"<img src='{SHOWN}' alt='The sea wall' title='Storm hits the coast'>"
    assert words(above(page(OG), header)) == ("The sea wall", None, None)


def test_a_picture_outside_the_article_never_leads():
    header = f"<figure><img src='{SHOWN}'><figcaption>Waves.</figcaption></figure>"
    assert parse_html(above(page(), header)).image_refs == ()


def test_the_sites_logo_in_the_header_still_does_not_lead():
    logo = "https://cdn.invalid/site/logo-1200x630.png"
    head = f"<meta property='og:image' content='{logo}'>"
    figure = f"<figure><img src='{SHOWN}'><figcaption>Waves.</figcaption></figure>"
    html = above(page(head, figure), f"<img src='{logo}' alt='The Gazette'>")
    assert parse_html(html).image_refs[0] == SHOWN


def test_an_alt_of_one_word_or_the_headline_again_describes_nothing():
    for alt in ("amazonecho2", "Storm hits the coast"):
        figure = f"<figure><img src='{SHOWN}' alt='{alt}'><figcaption>Waves.</figcaption></figure>"
        assert words(page(OG, figure))[0] is None


def test_a_figure_with_words_gives_them_before_the_same_picture_bare():
    header = "<img src='https://cdn.invalid/img/sea-wall-hull-1200x630.jpg' alt='Content media'>"
    figure = (f"<figure><img src='{SHOWN}' alt='The sea wall'><figcaption>Waves break over the "
              "sea wall.</figcaption></figure>")
    assert words(above(page(OG, figure), header)) == ("The sea wall",
                                                      "Waves break over the sea wall.", None)


@pytest.mark.parametrize(("inner", "words"), [
    ("<span>Waves break over the sea wall.</span><span>Getty Images</span>",
     ("Waves break over the sea wall.", "Getty Images")),  # its own element, glued on
    ("Waves break over the sea wall<span> Foto: Editpress/Jane Roe</span>",
     ("Waves break over the sea wall", "Editpress/Jane Roe")),  # a label, no full stop
    ("Waves over the sea wall <span class='pre'> | Bild: </span><span>Jane Roe/rbb</span>",
     ("Waves over the sea wall", "Jane Roe/rbb")),  # the label in an element before it
    ("Waves break over the sea wall in <span>Hull</span>", (None, None)),  # a word, not a credit
    ("Waves break over <span>the sea wall in Hull.</span>", (None, None)),
])
def test_a_credit_in_the_caption_s_last_element_is_its_credit(inner, words):
    figure = (f"<figure><img src='https://cdn.invalid/wall.png'><figcaption>{inner}"
              "</figcaption></figure>")
    article = parse_html(page("", figure))
    caption, credit = words
    assert article.image_credit == credit
    if caption:
        assert article.image_caption == caption


STORY = ("The rocket exploded minutes after liftoff from Cape Canaveral, following what was "
         "meant to be a routine cargo mission to the station. ") * 4


def test_a_long_figcaption_after_the_figure_gives_its_first_sentences():
    header = (f"<div class='media'><figure><img src='{SHOWN}' alt='The rocket'></figure></div>"
              f"<figcaption>A rocket lifts off from Cape Canaveral on June 28. {STORY}"
              "<span class='credit'>Jane Roe / AFP</span></figcaption>")
    first = "The rocket exploded minutes after liftoff from Cape Canaveral, following what was "
    assert words(above(page(OG), header)) == (
        "The rocket", f"A rocket lifts off from Cape Canaveral on June 28. {first}meant to be "
        "a routine cargo mission to the station. " + first + "meant to be a routine cargo "
        "mission to the station.", "Jane Roe / AFP")


def test_a_long_box_classed_as_a_caption_after_the_figure_is_none():
    header = (f"<div class='media'><figure><img src='{SHOWN}' alt='The rocket'></figure></div>"
              f"<div class='caption'>{STORY * 3}</div>")
    assert words(above(page(OG), header)) == ("The rocket", None, None)


@pytest.mark.parametrize(("alt", "kept"), [
    ("Image: US-SPACE-AEROSPACE-NASA", None),
    ("US-SPACE-AEROSPACE-NASA", None),
    ("A SpaceX Falcon 9 rocket on the pad", "A SpaceX Falcon 9 rocket on the pad"),
    ("F-16 jets over Kyiv", "F-16 jets over Kyiv"),
])
def test_an_agency_s_keywords_for_its_file_are_no_alt_text(alt, kept):
    header = f"<figure><img src='{SHOWN}' alt='{alt}'><figcaption>The pad.</figcaption></figure>"
    assert words(above(page(OG), header))[0] == kept


def test_an_agency_s_dateline_leaves_the_alt_text():
    header = (f"<figure><img src='{SHOWN}' alt='LAS VEGAS, NV - FEBRUARY 11: Fans at the "
              "stadium.'><figcaption>Fans.</figcaption></figure>")
    assert words(above(page(OG), header))[0] == "Fans at the stadium."


def test_a_credit_that_goes_on_after_a_slash_is_one_credit_and_no_caption():
    header = (f"<figure><img src='{SHOWN}' alt='The sea wall'><figcaption><span class=credit>"
              "Photo by Jane Roe</span> /<span class=distributor>Getty Images/iStockphoto"
              "</span></figcaption></figure>")  # as theprovince.com
    assert words(above(page(OG), header)) == ("The sea wall", None,
                                              "Jane Roe / Getty Images/iStockphoto")
