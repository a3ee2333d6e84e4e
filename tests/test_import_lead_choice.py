"""The lead picture an import chooses, and the caption and credit it reads from the page's
figures: which named picture leads, which figure gives it its words, and which text of a
figure is its credit."""

from __future__ import annotations

import pytest

from explainer.importer.html import parse_html
from tests.test_import_picture import page


@pytest.mark.parametrize("credit", [
    "<footer>Jane Roe/AP</footer>",  # a figure's footer
    "<small>© Jane Roe/AP</small>",  # a copyright notice
    "<strong class='author'>Jane Roe/AP</strong>",
    "<span class='media-license-caption'> – Jane Roe/AP</span>",
    "<cite>Jane Roe/AP</cite>",
    "<div class='media-label'>Credit: Jane Roe/AP</div>",
    "<span>Image credit: Jane Roe/AP</span>",
])
def test_a_figure_s_credit_in_its_footer_a_notice_or_an_author_s_box_leaves_the_caption(credit):
    figure = ("<figure><img src='https://cdn.invalid/wall.png' alt='The sea wall'><figcaption>"
              f"Waves break over the sea wall in Hull.{credit}</figcaption></figure>")
    article = parse_html(page("", figure))
    assert (article.image_caption, article.image_credit) == (
        "Waves break over the sea wall in Hull.", "Jane Roe/AP")


@pytest.mark.parametrize(("inner", "words"), [
    ("<figcaption><span>© Jane Roe</span> Waves over the sea wall.</figcaption>",
     ("Waves over the sea wall.", "Jane Roe")),  # the notice's own element, not the caption
    ("<footer><p>Waves over the sea wall.</p><p>Jane Roe</p></footer>", (None, None)),
    ("<figcaption>The report's author, <span class='author-name'>Jane Roe</span>, at the "
     "wall.</figcaption>", ("The report's author, Jane Roe, at the wall.", None)),
])
def test_a_caption_is_not_taken_for_a_credit(inner, words):
    figure = f"<figure><img src='https://cdn.invalid/wall.png'>{inner}</figure>"
    article = parse_html(page("", figure))
    assert (article.image_caption, article.image_credit) == words


def test_a_gallery_picture_sharing_the_named_one_s_id_gives_no_words():
    head = "<meta property='og:image' content='https://cdn.invalid/social/4417023_1.jpg'>"
    figures = ("<figure><img src='https://cdn.invalid/gallery/4417023_1.jpg'><figcaption>"
               "Waves in Hull.</figcaption></figure><figure><img src='https://cdn.invalid/"
               "gallery/4417023_3.jpg'><figcaption>The mayor.<span class='credit'>Jane Roe"
               "</span></figcaption></figure>")
    article = parse_html(page(head, figures))
    assert (article.image_refs[-1], article.image_caption, article.image_credit) == (
        "https://cdn.invalid/gallery/4417023_1.jpg", "Waves in Hull.", None)


@pytest.mark.parametrize(("shown", "caption"), [
    (["65453399_303.jpg"], "Waves in Hull."),  # the one rendition of it, by its id
    (["65453399_303.jpg", "65453399_304.jpg"], None),  # a gallery's pictures share the id
])
def test_a_rendition_named_by_the_picture_s_id_lends_its_words_when_it_is_the_only_one(
        shown, caption):
    head = "<meta property='og:image' content='https://cdn.invalid/social/65453399_6.jpg'>"
    figures = "".join(f"<figure><img src='https://cdn.invalid/img/{name}'><figcaption>Waves in "
                      "Hull.</figcaption></figure>" for name in shown)
    article = parse_html(page(head, figures))
    assert (article.image_refs, article.image_caption) == (
        ("https://cdn.invalid/social/65453399_6.jpg",), caption)


def test_a_named_picture_shown_further_down_does_not_lead():
    head = ("<meta property='og:image' content='https://cdn.invalid/wall_fb.png'>"
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"image\": "
            "[\"https://cdn.invalid/wall_fb.png\", \"https://cdn.invalid/mayor.png\"]}"
            "</script>")
    figures = ("<figure><img src='https://cdn.invalid/wall_hero.png'></figure>"
               "<figure><img src='https://cdn.invalid/mayor.png'><figcaption>The mayor."
               "</figcaption></figure>")
    assert parse_html(page(head, figures)).image_refs == ("https://cdn.invalid/wall_fb.png",)


@pytest.mark.parametrize("name", ["dialogo-governo-sindacati.jpg", "blogosphere-reacts.jpg"])
def test_a_picture_whose_name_only_holds_the_letters_logo_is_no_logo(name):
    head = f"<meta property='og:image' content='https://cdn.invalid/2024/{name}'>"
    assert parse_html(page(head)).image_refs == (f"https://cdn.invalid/2024/{name}",)


def test_the_named_picture_the_page_shows_leads_over_one_it_does_not():
    head = ("<meta property='og:image' content='https://cdn.invalid/social-card.png'>"
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"image\": "
            "\"https://cdn.invalid/wall-16x9.png\"}</script>")
    figure = ("<figure><img src='https://cdn.invalid/wall-16x9.png' alt='The sea wall'>"
              "<figcaption>Waves break over the sea wall in Hull.</figcaption></figure>")
    article = parse_html(page(head, figure))
    assert (article.image_refs[0], article.image_caption) == (
        "https://cdn.invalid/wall-16x9.png", "Waves break over the sea wall in Hull.")


def test_named_entries_of_one_picture_pool_their_words():
    head = ("<meta property='og:image' content='https://cdn.invalid/wall.png?w=1200'>"
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"image\": "
            "{\"url\": \"https://cdn.invalid/wall.png\", \"caption\": \"Waves in Hull\"}}"
            "</script>")
    article = parse_html(page(head))
    assert (article.image_refs[0], article.image_caption) == (
        "https://cdn.invalid/wall.png?w=1200", "Waves in Hull")


@pytest.mark.parametrize("img", [
    "<img src='https://cdn.invalid/wall-400.png' srcset='https://cdn.invalid/w-400.png 400w, "
    "https://cdn.invalid/wall-big.png 960w'>",
    "<picture><source srcset='https://cdn.invalid/wall-big.png 960w'>"
    "<img src='https://cdn.invalid/wall-400.png'></picture>",
])
def test_a_named_picture_is_found_at_any_address_its_figure_offers(img):
    head = "<meta property='og:image' content='https://cdn.invalid/wall-big.png'>"
    figure = f"<figure>{img}<figcaption>Waves break over the sea wall.</figcaption></figure>"
    assert parse_html(page(head, figure)).image_caption == "Waves break over the sea wall."


def test_of_two_figures_showing_the_named_picture_the_captioned_one_gives_the_words():
    head = "<meta property='og:image' content='https://cdn.invalid/wall.png'>"
    figures = ("<figure><img src='https://cdn.invalid/wall.png'></figure>"
               "<figure><img src='https://cdn.invalid/wall.png'><figcaption>Waves in Hull."
               "<span class='credit'>Jane Roe/AP</span></figcaption></figure>")
    article = parse_html(page(head, figures))
    assert (article.image_caption, article.image_credit) == ("Waves in Hull.", "Jane Roe/AP")


@pytest.mark.parametrize("logo", ["https://cdn.invalid/img/CNBC_Logo_PS.gif",
                                  "https://cdn.invalid/news-release/logo/901814/0/901814.png"])
def test_the_site_s_logo_named_as_the_picture_is_no_lead_picture(logo):
    head = f"<meta property='og:image' content='{logo}'>"
    assert parse_html(page(head)).image_refs == ()


def test_a_logo_the_article_shows_may_lead():
    logo = "https://cdn.invalid/img/new-logo.png"
    figure = f"<figure><img src='{logo}'><figcaption>The new logo.</figcaption></figure>"
    head = f"<meta property='og:image' content='{logo}'>"
    assert parse_html(page(head, figure)).image_refs[0] == logo


def test_a_credit_the_caption_already_names_in_full_keeps_its_full_words():
    figure = ("<figure><img src='https://cdn.invalid/wall.png'><figcaption><span>Waves break over "
              "the wall. (AP Photo/Jane Roe)</span><span class='caption-credit'>AP Photo</span>"
              "</figcaption></figure>")
    article = parse_html(page("", figure))
    assert (article.image_caption, article.image_credit) == (
        "Waves break over the wall.", "AP Photo/Jane Roe")


def test_a_caption_that_is_only_a_bracketed_credit_is_the_credit():
    figure = ("<figure><img src='https://cdn.invalid/wall.png'><figcaption>[Photo: Flickr user "
              "<a href='/u'>Jane Roe</a>]</figcaption></figure>")
    article = parse_html(page("", figure))
    assert (article.image_caption, article.image_credit) == (None, "Flickr user Jane Roe")


def test_another_story_s_teaser_picture_is_no_lead_picture():
    teaser = ("<figure><a href='/news/2023/other-story'><img src='https://cdn.invalid/other.png' "
              "alt='Another story'></a></figure>")
    assert parse_html(page("", teaser)).image_refs == ()


def test_an_alt_text_ending_in_a_credit_loses_it_beside_a_caption():
    figure = ("<figure><img src='https://cdn.invalid/stage.png' alt='The singer on stage in "
              "Stuttgart. Foto: Lichtgut/Christoph Schmidt'><figcaption>The singer at the "
              "festival.</figcaption></figure>")
    article = parse_html(page("", figure))
    assert (article.image_alt, article.image_caption, article.image_credit) == (
        "The singer on stage in Stuttgart.", "The singer at the festival.",
        "Lichtgut/Christoph Schmidt")
