"""Teaser cards: text of the page that belongs to other stories, left out of the article.

A card that links to another story ("You might also like", a list of the day's headlines)
is often written as one link around a headline and a paragraph of its opening:
``<a href="/other-story"><h2>…</h2><p>…</p></a>``, or as a box whose heading is the link,
the paragraph beside it (``<div><h3><a href="/other-story">…</a></h3><p>…</p></div>``).
An article's own text never sits inside a link that way (except a card of the story itself),
nor in a box that small under a heading that is a link elsewhere, but an extractor can read
the card's paragraph as the story's. A link that holds a heading or a paragraph is a card when it is
the size of one (at most two paragraphs and 200 words, so that a page whose unclosed ``<a>``
swallows the article keeps it) and says more than a label (8 words or more: a topic's link
``<a><h2>Uddevalla</h2></a>`` above the headline is none).

The cards stay in the page the extractor reads (taking them out can move its choice of the
article's container); what is dropped is an extracted paragraph that is, whole, one of a
card's blocks, unless the card links to the page itself (a "Most read" list can show the
story's own opening).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlparse

from explainer.importer.clean import letters, word_count
from explainer.importer.fallbacks import AUTHOR_PAGE
from explainer.importer.textlines import short_text

CARD = "//a[@href][.//p or .//h1 or .//h2 or .//h3 or .//h4 or .//h5 or .//h6]"
BLOCKS = ".//p | .//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6"
HEADINGS = BLOCKS.removeprefix(".//p | ")
CARD_PARAGRAPHS = 2
CARD_WORDS = 200
LABEL_WORDS = 8
SHORTEST = 20  # letters: a shorter line ("Photo", "Read more") may be in a card by chance
GLUED = re.compile(r"[^\s\[\]()]['\"“‘«„]?[^\W_]")  # "soil healKhadzhynov", "…imperilling“I"
LINK_TARGET = re.compile(r"\]\([^)\s\[\]]*\)")  # a link's address after its text


def is_card(link: Any) -> bool:
    """Whether a link that holds blocks is a teaser card's size."""
    words = word_count(link.text_content())  # (in Japanese, one for every two letters)
    return len(link.xpath(".//p")) <= CARD_PARAGRAPHS and LABEL_WORDS <= words <= CARD_WORDS


# A card written as a box whose heading is a link, its opening beside it:
# ``<div><h3><a href="/other-story">…</a></h3><p>…</p></div>``
LINKED_HEADING = "//*[self::h2 or self::h3 or self::h4 or self::h5][a[@href]]"


def card_texts(tree: Any, own: str | None = None) -> set[str]:
    """The text of each block (paragraph, heading) of the page's teaser cards and of each card
    whole, as letters (:func:`clean.letters`); a card that links to the page itself is
    none."""
    here = _path(own) if own else None

    def elsewhere(link: Any) -> bool:
        return here is None or _path(link.get("href", "")) != here

    return {letters(block.text_content()) for card in _card_boxes(tree, elsewhere)
            for block in [card, *card.xpath(BLOCKS)]}  # (the card whole, read as one block)


def card_boxes(tree: Any) -> list[Any]:
    """The page's teaser cards of other stories, each the link or the box that holds the
    card whole (its headline, opening, byline and date); not a box around the page's
    ``<h1>``, nor one linking to the story itself (``rel="bookmark"``)."""
    return [card for card in _card_boxes(tree, lambda link: "bookmark" not in (
        link.get("rel") or "").split()) if not card.xpath(".//h1")]


def _card_boxes(tree: Any, elsewhere: Callable[[Any], bool]) -> list[Any]:
    """The links that are cards, then the boxes around a linked heading (``<h3><a …>``) or
    a link around a heading (``<a …><h2>``, its opening beside the link: ``<div><a
    href="/other"><h2>…</h2></a><p>…</p></div>``) that are a card's size."""
    cards = [link for link in tree.xpath(CARD) if is_card(link) and elsewhere(link)]
    linked = [(heading.xpath("a[@href]")[0], heading, heading.getparent())
              for heading in tree.xpath(LINKED_HEADING)]
    linked += [(link, link, link.getparent()) for link in tree.xpath(CARD)
               if not link.xpath(".//p") and (link in cards or _headed(link))]
    boxes: dict[Any, bool] = {}  # each box is weighed once, however many headings it holds
    for link, heading, box in linked:
        if box is not None and box not in boxes and _whole_link(heading, link) \
                and elsewhere(link):
            boxes[box] = is_card(box)
    return [*cards, *(box for box, card in boxes.items() if card)]


TEASER_BOX = 600  # characters: a box that small around a byline, holding a card, is the card's
TEASER_LEVELS = 3  # the byline's nearest containers looked at
STORY_ADDRESS = re.compile(r"(?:https?:)?/[^#]")  # a page's address, not "#" nor a script
HEADLINE_WORDS = 4  # a bare link this long beside a byline, not its name: a headline
HEADED_WORDS = 2  # a link set as a heading ("<h3><a>Uvukuzenzele uyaphila eNgcobo</a>"): a headline
RANK = re.compile(r"#?\d{1,2}\.?")  # a list of the most read numbers its items
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def under_teaser(element: Any, name: str, own: Iterable[str] = (), *,
                 label: bool = False) -> bool:
    """Whether a byline (``name``, found in ``element``) signs another story's teaser: one
    of the element's three nearest containers is small and holds a card-sized link whose
    heading is a headline, not the name ("Von Christoph Reisinger" under a card's link to
    his column; not an author's box linking to their page under their name), nor one of the
    page's own headlines (``own``: a link to the story's audio or gallery); a box that holds
    the page's own headline in an ``<h1>`` is the story's, however short. A ``label`` (a
    tag's link, "Business") is the element itself, not the author's link to their page."""
    wanted = letters(name)
    ours = [t for t in map(letters, own) if len(t) >= SHORTEST]
    headlines = {t for t in map(letters, own) if t}  # (a short one too, as h1's whole text)

    def elsewhere(heading: str) -> bool:
        return bool(heading) and wanted not in heading and not any(
            heading in t or t in heading for t in ours)

    for box in itertools.islice(element.iterancestors(), TEASER_LEVELS):
        if short_text(box, TEASER_BOX) is None or any(
                letters(h.text_content()) in headlines for h in box.iter("h1")):
            return False  # a long box, or the story's own, under its headline
        for link in box.xpath("." + CARD):
            if link in element.iterancestors() or not (is_card(link) or _headed(link)):
                continue
            if any(elsewhere(letters(h.text_content())) for h in link.xpath(HEADINGS)):
                return True
        if _bare_headline(box, element, wanted, elsewhere, label):
            return True
    return False


LISTED_LINES = 200  # of the short lines beside a link in a list's items, the first read
LISTED_LINE = ("//li[a[@href]]/*[not(self::a)][not(.//a or .//img)]"
               "[string-length(normalize-space()) > 1][string-length(normalize-space()) < 50]")


def listed_bylines(tree: Any, own: Iterable[str]) -> list[str]:
    """The short lines that sign other stories' teasers in lists of them, whatever their
    class ("<li><a href=…>[칼럼] …</a><span class="writer">김정훈 논설위원</span></li>"):
    names another extractor may read as the byline."""
    return [text for element in tree.xpath(LISTED_LINE)[:LISTED_LINES]
            if under_teaser(element, text := " ".join(element.text_content().split()), own)]


def _headed(link: Any) -> bool:
    """Whether a link holds a heading of :data:`HEADLINE_WORDS` words or more and no
    paragraph: a teaser's headline, however short ("Kragonderbrekings: Fase 3 vanaand van
    18:00" over a picture, in a list of the most read)."""
    return not link.xpath(".//p") and any(
        word_count(h.text_content()) >= HEADLINE_WORDS for h in link.xpath(HEADINGS))


def _bare_headline(box: Any, element: Any, wanted: str,
                   elsewhere: Callable[[str], bool], label: bool = False) -> bool:
    """Whether a box around a byline is a card whose headline is a bare link, no heading
    around it ("Don't miss": a headshot, the name, then ``<div><a href="/other-story">Why I
    …</a></div>``); not the author's own box, which links to their page ("View all posts by
    …", "/author/")."""
    bare = box.xpath(".//a[@href][not(.//p or .//h1 or .//h2 or .//h3 or .//h4 or .//h5 "
                     "or .//h6)][not(ancestor::nav or @rel='prev' or @rel='next')]")
    # (not the links to the previous and next posts that a blog sets under its own post)
    if not label and any(wanted in letters(link.text_content())  # (a tag's card may be signed)
                         or AUTHOR_PAGE.search(link.get("href")) for link in bare):
        return False
    for link in bare:
        if link in element.iterancestors() or element in link.iterancestors() \
                or not STORY_ADDRESS.match(link.get("href").strip()):
            continue
        words = link.text_content().split()
        parent = link.getparent()
        if parent is None or (parent.text_content().split() != words and not _card_line(
                parent, link, element)):
            continue  # a link in a sentence or a list of topics, not a card's headline
        shortest = HEADED_WORDS if parent.tag in HEADING_TAGS else HEADLINE_WORDS
        if shortest <= len(words) <= CARD_WORDS // 4 and elsewhere(
                letters(" ".join(words))):
            return True
    return False


def _card_line(parent: Any, link: Any, element: Any) -> bool:
    """Whether a link's parent is a list's item holding nothing but the link and, after it,
    the byline (``element``) or its box, perhaps after the item's rank: ``<li><a>…</a><div>
    <span class="byline">…</span><time>…</time></div></li>`` (not a link after the story's
    own byline: "Sign up …")."""
    if parent.tag != "li" or (element not in link.itersiblings() and not any(
            box in link.itersiblings() for box in element.iterancestors())):
        return False
    pieces = [parent.text or ""]
    for child in parent:
        if child is not link and child is not element and child not in element.iterancestors():
            pieces.append(child.text_content() if isinstance(child.tag, str) else "")
        pieces.append(child.tail or "")
    return all(RANK.fullmatch(piece) for piece in " ".join(pieces).split())  # "1": its rank


def _whole_link(heading: Any, link: Any) -> bool:
    """Whether a heading says nothing but its link's words."""
    return " ".join(heading.text_content().split()) == " ".join(link.text_content().split())


def _path(address: str) -> str:
    try:
        return urlparse(address.strip()).path.rstrip("/")
    except ValueError:
        return address


def in_card(paragraph: str, cards: set[str]) -> bool:
    """Whether a Markdown paragraph is, whole, a block of one of the cards."""
    if not cards:
        return False
    text = paragraph_letters(paragraph)
    return len(text) >= SHORTEST and text in cards


def without_card_opening(paragraph: str, cards: set[str]) -> str:
    """A Markdown paragraph without a card's block run into its opening: a box of related
    stories set inside the story's paragraph ("<p><article class=recommended><a><p>Other
    headline</p></a></article>The story goes on…</p>") is read as "Other headlineThe story
    goes on…" (nature.com); the block goes when nothing stands between it and the text."""
    text = paragraph_letters(paragraph)
    opening = next((card for card in cards if len(card) >= SHORTEST and len(card) < len(text)
                    and text.startswith(card)), None)
    if opening is None:
        return paragraph
    end = _after_letters(paragraph, len(opening))
    if letters(paragraph[:end]) != opening or not GLUED.match(paragraph, end - 1):
        return paragraph  # a link's address in between, or a space: the story's own words
    return paragraph[end:]


def _after_letters(text: str, count: int) -> int:
    """Where the text's first ``count`` letters (as :func:`clean.letters` counts) end, read
    once, character by character."""
    held = 0
    for at, char in enumerate(text):
        held += len(letters(char))
        if held >= count:
            return at + 1
    return len(text)


def paragraph_letters(paragraph: str) -> str:
    """A Markdown paragraph's letters without its links' addresses: how blocks are compared."""
    return letters(LINK_TARGET.sub("]", paragraph))
