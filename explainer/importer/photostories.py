"""A photo story's captions, read as its text.

The extractor leaves pictures out, and their captions with them: a story's text is its
paragraphs, a caption only says what a picture shows. A photo story ("In pictures", "En
imágenes", "بالصور") is told in its captions: a short introduction, then picture after
picture, each captioned in sentences. When a page's captions that are sentences are several
and hold at least half as many words as its paragraphs outside them, each such figure is read as a
paragraph of its caption, without its credit ("Photograph: …") and its counter ("3 / 10"),
where the page shows it.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from explainer.importer.captions import caption_and_credit
from explainer.importer.clean import SENTENCE_ENDS
from explainer.importer.picboxes import words_outside
from explainer.importer.stretch import words

PHOTOS = 4  # captioned pictures that make a photo story
CAPTION_WORDS = 8  # a caption that tells part of the story: a sentence of as many words
MOST_FIGURES = 200  # figures read on one page
SHARE = 0.5  # of the words of the page's paragraphs outside them, the captions' least
FIGURES = ("//figure[.//figcaption][.//img or .//picture or .//video]"
           "[not(ancestor::aside or ancestor::nav or ancestor::footer or ancestor::figure)]")
COUNTER = re.compile(r"^\s*\d{1,3}\s*(?:/|of|de|von|из|من)\s*\d{1,3}\s*$", re.IGNORECASE)


def captions_told(tree: Any) -> Any:
    """The tree with a photo story's figures made paragraphs of their captions (see the
    module); any other page's tree as it was."""
    told = [(figure, caption) for figure in tree.xpath(FIGURES)[:MOST_FIGURES]
            if (caption := _told(figure))]
    if len(told) < PHOTOS or sum(words(c) for _, c in told) < SHARE * words_outside(
            tree, [figure for figure, _ in told]):
        return tree
    for figure, caption in told:
        paragraph = etree.Element("p")
        paragraph.text, paragraph.tail = caption, figure.tail
        figure.getparent().replace(figure, paragraph)
    return tree


def _told(figure: Any) -> str | None:
    """A figure's caption when it tells in sentences: its lines (the caption's blocks, or its
    text whole) without the credit and the counter."""
    caption = figure.xpath(".//figcaption")[0]
    blocks = caption.xpath("./p | ./div | ./span") or [caption]
    lines = []
    for block in blocks:
        text = " ".join(block.text_content().split())
        if not text or COUNTER.match(text):
            continue
        told, _ = caption_and_credit(text, None)
        if told and words(told) >= CAPTION_WORDS and told.rstrip(
                "\"'”’»)").endswith(SENTENCE_ENDS):
            lines.append(told)
    return " ".join(lines) or None
