"""Teaser cards: text of the page that belongs to other stories, left out of the article.

A card that links to another story ("You might also like", a list of the day's headlines)
is often written as one link around a headline and a paragraph of its opening:
``<a href="/other-story"><h2>…</h2><p>…</p></a>``. An article's own text never sits inside
a link that way, but an extractor can read the card's paragraph as the story's. A link that
holds a heading or a paragraph is a card when it is the size of one (at most two paragraphs
and 200 words, so that a page whose unclosed ``<a>`` swallows the article keeps it) and says
more than a label (8 words or more: a topic's link ``<a><h2>Uddevalla</h2></a>`` above the
headline is none).

The cards stay in the page the extractor reads (taking them out can move its choice of the
article's container); what is dropped is the extracted text that a card holds.
"""

from __future__ import annotations

import re
from typing import Any

from explainer.importer.clean import letters

CARD = "//a[@href][.//p or .//h1 or .//h2 or .//h3 or .//h4 or .//h5 or .//h6]"
CARD_PARAGRAPHS = 2
CARD_WORDS = 200
LABEL_WORDS = 8
SHORTEST = 20  # letters: a shorter line ("Photo", "Read more") may be in a card by chance
LINK_TARGET = re.compile(r"\]\([^)]*\)")


def is_card(link: Any) -> bool:
    """Whether a link that holds blocks is a teaser card's size."""
    words = len(link.text_content().split())
    return len(link.xpath(".//p")) <= CARD_PARAGRAPHS and LABEL_WORDS <= words <= CARD_WORDS


def card_texts(tree: Any) -> list[str]:
    """The text of each teaser card of the page, as its letters (:func:`clean.letters`)."""
    return [letters(link.text_content()) for link in tree.xpath(CARD) if is_card(link)]


def in_card(paragraph: str, cards: list[str]) -> bool:
    """Whether a Markdown paragraph is text that one of the cards holds."""
    if not cards:
        return False
    text = letters(LINK_TARGET.sub("", paragraph))
    return len(text) >= SHORTEST and any(text in card for card in cards)
