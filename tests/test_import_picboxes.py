"""A picture in a box of its own, captioned in plain paragraphs: a figure, not the story."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from explainer.importer.body import article_body
from explainer.importer.html import parse_html
from explainer.importer.picboxes import (
    as_figures,
    caption_lines,
    credited_box,
    picture_box,
    picture_boxes,
)
from tests.test_import_mediacards import STORY as MEDIA_STORY

STORY = [
    *MEDIA_STORY,
    "A public meeting on the design is planned for the town hall in the first week of May.",
    "The councils will put three designs to the vote, and the winner will be built by 2028.",
]
CAPTION = "The old ferry at its landing stage in the spring"
BOX = ('<div class="image_image-widget"><span class="image_target"><picture>'
       '<img src="https://cdn.invalid/ferry.jpg"></picture></span>'
       f'<p><span>{CAPTION}</span></p><p>Image: Jane Roe</p></div>')


def element(markup: str):
    return lxml_html.fragment_fromstring(markup)


def page(box: str = BOX, head: str = "") -> str:
    """A page that sets its story in boxes of paragraphs between picture boxes, with no
    <article> (as isolezwe.co.za does): an extractor reads the second box's caption."""
    def text(part: list[str]) -> str:
        return '<div class="text">' + "".join(f"<p>{s}</p>" for s in part) + "</div>"
    return (f"<html><head><title>Towns agree on a bridge</title>{head}</head><body>"
            f"<div class='content'><h1>Towns agree on a bridge</h1><div class='widgets'>"
            f"{box.replace('ferry.jpg', 'bridge.jpg')}{text(STORY[:3])}{box}{text(STORY[3:])}"
            "</div></div></body></html>")


def test_a_box_named_for_its_picture_with_a_caption_is_a_picture_box():
    assert picture_box(element(BOX))


@pytest.mark.parametrize("markup", [
    BOX.replace("image_image-widget", "widget"),  # not named for a picture
    BOX.replace("image_image-widget", "entry-content has-image"),  # a story with a picture
    BOX.replace("image_image-widget", "live-post has-image"),
    BOX.replace("<p>Image: Jane Roe</p>", '<img src="https://cdn.invalid/b.jpg">'),  # two
    BOX.replace(CAPTION, " ".join(["word"] * 61)),  # a section of the story, not a caption
    BOX.replace(f"<p><span>{CAPTION}</span></p>", f"<h2>{CAPTION}</h2>"),  # a heading
    BOX.replace(f"<p><span>{CAPTION}</span></p>", f"<ul><li>{CAPTION}</li></ul>"),  # a list
    BOX.replace(f"<p><span>{CAPTION}</span></p><p>Image: Jane Roe</p>", ""),  # no words
])
def test_what_is_not_a_picture_box(markup):
    assert not picture_box(element(markup))


def test_the_outermost_of_nested_picture_boxes_is_taken():
    tree = lxml_html.fromstring(page(f'<div class="photo-wrap">{BOX}</div>'))
    assert [box.get("class") for box in picture_boxes(tree)] == ["photo-wrap", "photo-wrap"]


def test_a_picture_and_its_caption_alone_are_no_box_but_the_story():
    tree = lxml_html.fromstring(f"<html><body>{BOX}<p>{STORY[0]}</p></body></html>")
    assert picture_boxes(tree) == []


def test_a_picture_box_becomes_a_figure_with_figcaptions():
    tree = as_figures(lxml_html.fromstring(page()))
    figure = tree.find(".//figure")
    assert [e.tag for e in figure.iter("figcaption", "p")] == ["figcaption", "figcaption"]


def test_a_labelled_credit_is_the_credit_and_the_rest_the_caption():
    captions, credits = caption_lines(element(BOX))
    assert ([" ".join(c.text_content().split()) for c in captions], credits) == (
        [CAPTION], ["Jane Roe"])


def test_the_caption_of_a_picture_box_leaves_the_text():
    markdown, _ = article_body(page(), "https://news.example/bridge")
    assert STORY[1] in markdown and "ferry at its landing" not in markdown
    assert "Jane Roe" not in markdown


def test_a_short_paragraph_beside_a_picture_in_an_unnamed_box_stays():
    box = BOX.replace("image_image-widget", "aside-note")
    markdown, _ = article_body(page(box), "https://news.example/bridge")
    assert CAPTION in markdown


def test_the_lead_picture_takes_the_caption_and_credit_of_its_box():
    head = '<meta property="og:image" content="https://cdn.invalid/ferry.jpg">'
    article = parse_html(page(head=head))
    assert (article.image_caption, article.image_credit) == (CAPTION, "Jane Roe")


def test_a_caption_of_two_paragraphs_is_kept_whole():
    head = '<meta property="og:image" content="https://cdn.invalid/ferry.jpg">'
    box = BOX.replace("<p>Image:", "<p>It was built in 1952.</p><p>Image:")
    article = parse_html(page(box, head))
    assert article.image_caption == f"{CAPTION} It was built in 1952."


# zdf.de: a box named for nothing, its picture in a <div>, its caption and credit in others
UNNAMED = ('<div class="c10o8fzf"><div class="bhzzbz9"><picture>'
           '<img src="https://cdn.invalid/ferry.jpg"></picture></div>'
           f'<div class="c11ms48i">{CAPTION}</div><div class="mc94tk4">Quelle: AFP</div></div>')


def test_an_unnamed_box_with_a_picture_a_caption_and_a_labelled_credit_is_a_picture_box():
    assert credited_box(element(UNNAMED))


def test_an_unnamed_box_with_its_caption_and_credit_in_paragraphs_is_a_picture_box():
    assert credited_box(element(UNNAMED.replace(f'<div class="c11ms48i">{CAPTION}</div>',
                                                f"<p>{CAPTION}</p>")))


@pytest.mark.parametrize("markup", [
    UNNAMED.replace("Quelle: AFP", "Quelle: the council's own figures for the year"),
    UNNAMED.replace('<div class="mc94tk4">Quelle: AFP</div>', ""),  # no credit
    UNNAMED.replace(CAPTION, " ".join(["word"] * 41)),  # a paragraph of the story
    UNNAMED.replace('class="c10o8fzf"', 'class="article-text"'),
])
def test_what_is_no_unnamed_picture_box(markup):
    assert not credited_box(element(markup))


def test_the_caption_of_an_unnamed_picture_box_leaves_the_text_for_the_lead_picture():
    head = '<meta property="og:image" content="https://cdn.invalid/ferry.jpg">'
    article = parse_html(page(UNNAMED, head))
    assert (article.image_caption, article.image_credit) == (CAPTION, "AFP")
    assert not any("ferry at its landing" in p for p in article.paragraphs)


def test_an_unnamed_picture_box_is_found_where_the_story_is_set_in_divs():  # zdf.de
    head = '<meta property="og:image" content="https://cdn.invalid/ferry.jpg">'
    html = page(UNNAMED, head).replace("<p>", '<div class="r1nj4qn5">').replace("</p>", "</div>")
    assert parse_html(html).image_caption == CAPTION


def _story_with(inserted: str) -> str:
    paragraphs = [f"<p>{sentence}</p>" for sentence in STORY]
    paragraphs.insert(2, inserted)
    return ("<html><head><title>Towns agree on a bridge</title></head><body><article>"
            f"<h1>Towns agree on a bridge</h1><div class='article-body'>{''.join(paragraphs)}"
            "</div></article></body></html>")


@pytest.mark.parametrize("caption", [
    "Councillors on the landing stage on Tuesday. Photograph: Jane Roe/Example News",
    "予算案を可決した市議会の本会議（3日、市役所で）＝山田太郎撮影",
    "3일 시의회 본회의에서 수정 예산안이 통과되고 있다. 사진=예시일보",
    "图为市议会会议现场。记者 李华 摄",
])
def test_a_credited_caption_after_a_picture_alone_is_left_out(caption):
    markup = _story_with(f'<p><img src="https://cdn.invalid/ferry.jpg"></p><p>{caption}</p>')
    article = parse_html(markup)
    assert caption not in "\n".join(article.paragraphs)
    assert STORY[2] in article.paragraphs


def test_a_paragraph_after_a_picture_that_credits_no_one_stays():
    sentence = "The ferry will keep running until the bridge opens, the council said."
    article = parse_html(_story_with(f'<figure><img src="https://cdn.invalid/f.jpg"></figure>'
                                     f"<p>{sentence}</p>"))
    assert sentence in article.paragraphs


def test_a_credited_caption_after_a_picture_is_set_in_a_figure_with_it():
    tree = as_figures(lxml_html.fromstring(_story_with(
        '<p><img src="https://cdn.invalid/f.jpg"></p><p>The landing stage. Photo: Jane Roe</p>')))
    figure = tree.xpath("//figure")[0]
    assert [child.tag for child in figure] == ["p", "figcaption"]
