"""Teaser cards, taken out before the article is extracted.

A card that links to another story ("You might also like", a list of the day's headlines)
is often written as one link around a headline and a paragraph of its opening:
``<a href="/other-story"><h2>…</h2><p>…</p></a>``. An article's own text never sits inside
a link that way, but an extractor can read the card's paragraph as the story's. A link that
holds a heading or a paragraph is therefore removed, when it is the size of a card (at most
two paragraphs and 200 words), so that a page whose unclosed ``<a>`` swallows the article
keeps it, and says more than a label (8 words or more: a topic's link ``<a><h2>Uddevalla</h2>
</a>`` above the headline stays).
"""

from __future__ import annotations

from typing import Any

CARD = "//a[@href][.//p or .//h1 or .//h2 or .//h3 or .//h4 or .//h5 or .//h6]"
CARD_PARAGRAPHS = 2
CARD_WORDS = 200
LABEL_WORDS = 8


def is_card(link: Any) -> bool:
    """Whether a link that holds blocks is a teaser card's size."""
    words = len(link.text_content().split())
    return len(link.xpath(".//p")) <= CARD_PARAGRAPHS and LABEL_WORDS <= words <= CARD_WORDS


def drop_teasers(tree: Any) -> Any:
    """The page's tree without its teaser cards (the text after each kept)."""
    for link in [a for a in tree.xpath(CARD) if is_card(a)]:
        if link.getparent() is not None:
            link.drop_tree()
    return tree
