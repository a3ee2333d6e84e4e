"""A picture set in a box of its own with its caption in plain paragraphs: a figure.

Many pages show a picture without ``<figure>``: a ``<div class="image-widget">`` (or
``picBox``, ``editor-img-box``, ``article--image``) holding one ``<img>`` and, below it, the
caption and the credit as ordinary paragraphs ("Image: Jane Roe", "Foto: REUTERS/…"). An
extractor reads those paragraphs as the story's, between its own. Such a box is recognised by
its name (its class or id names a picture), by holding one picture and no more than
:data:`MOST_PARAGRAPHS` paragraphs, no heading, list or table, and by its few words (at most
:data:`MOST_WORDS`: a caption, not a section of the story). The body is read with these boxes
as figures, which it leaves out; the lead picture takes its caption and credit from its box.
"""

from __future__ import annotations

import re
from typing import Any

from explainer.importer.captions import LABEL
from explainer.importer.clean import UNSPACED

# a class or id naming a picture: "image_image-widget", "picBox", "editor-img-box", "foto"
PICTURE_NAME = re.compile(r"(?:^|[\s_-])(?:image|img|photo|picture|pic|foto|bild|figure)",
                          re.IGNORECASE)
# a class that says a box holds a picture among other things, or a story's text: "has-image",
# "entry-content", "live-post"
NOT_PICTURE = re.compile(r"(?:^|\s)(?:has|no|with|is)-|content|entry|post|story|article-?body|"
                         r"text|live", re.IGNORECASE)
BOX_TAGS = frozenset({"div", "span", "section", "aside"})
MOST_PARAGRAPHS = 3
MOST_WORDS = 60  # a caption and a credit; more is a section of the story
MOST_IMAGES = 200  # pictures looked at on one page
LEVELS = 8  # how far up from the picture its box may be ("div > div > span > picture > img")
STORY_WORDS = 100  # the page's paragraphs outside the boxes: else the boxes are the story
NOT_CAPTION = ".//h1 | .//h2 | .//h3 | .//h4 | .//ul | .//ol | .//table | .//figure"


def picture_box(element: Any) -> bool:
    """Whether an element is a picture's own box: named for a picture, one picture in it,
    one to three paragraphs and at most :data:`MOST_WORDS` words, no heading, list or table."""
    if element.tag not in BOX_TAGS:
        return False
    name = f"{element.get('class') or ''} {element.get('id') or ''}"
    if not PICTURE_NAME.search(name) or NOT_PICTURE.search(name):
        return False
    paragraphs = element.xpath(".//p")
    return (0 < len(paragraphs) <= MOST_PARAGRAPHS and len(element.xpath(".//img")) == 1
            and len(element.text_content().split()) <= MOST_WORDS
            and not element.xpath(NOT_CAPTION))


def picture_boxes(tree: Any) -> list[Any]:
    """The picture boxes of the page (the outermost of nested ones, at most :data:`LEVELS`
    up from their picture) that are not in a figure, for the first :data:`MOST_IMAGES`
    pictures; none when the page's paragraphs outside them are fewer than
    :data:`STORY_WORDS` words (a picture and a caption alone are the story)."""
    boxes: list[Any] = []
    for img in tree.xpath("//img[not(ancestor::figure)]")[:MOST_IMAGES]:
        outermost = None
        for level, element in enumerate(img.iterancestors()):
            if level == LEVELS or element.tag in ("article", "main", "body"):
                break
            if picture_box(element):
                outermost = element
        if outermost is not None and outermost not in boxes:
            boxes.append(outermost)
    return boxes if boxes and words_outside(tree, boxes) >= STORY_WORDS else []


def words_outside(tree: Any, boxes: list[Any]) -> int:
    """The words of the page's paragraphs outside these boxes (in Chinese, Japanese, Korean
    or Thai, one for about every two characters): when they are few, the boxes hold the
    page's text and are not to be taken out of it."""
    inside = {p for box in boxes for p in box.iter("p")}
    return sum(_words(p.text_content()) for p in tree.iter("p") if p not in inside)


def _words(text: str) -> int:
    return max(len(text.split()), len(UNSPACED.findall(text)) // 2)


def as_figures(tree: Any) -> Any:
    """The tree with its picture boxes made figures and their paragraphs figcaptions."""
    for box in picture_boxes(tree):
        box.tag = "figure"
        for paragraph in box.iter("p"):
            paragraph.tag = "figcaption"
    return tree


def caption_lines(box: Any) -> tuple[list[Any], list[str]]:
    """A picture box's paragraphs that caption it, and the credits it writes with a label
    ("Image: Jane Roe" is the credit "Jane Roe")."""
    captions, credits = [], []
    for paragraph in box.xpath(".//p"):
        text = " ".join(paragraph.text_content().split())
        credit = LABEL.sub("", text, count=1)  # "Image: Jane Roe", "Foto: REUTERS/…"
        if credit and credit != text:
            credits.append(credit)
        elif text:
            captions.append(paragraph)
    return captions, credits
