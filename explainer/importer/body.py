"""The article's text from a web page, as Markdown: trafilatura's reading of the page.

trafilatura is asked for precision first (``favor_precision``). Some pages need more:

- one whose only ``<article>`` holds at least twice the words that reading found, its story
  split over several containers with advertisements between them: the balanced reading is
  taken when it finds more;
- one whose precise reading is a line or two while the balanced reading finds a story;
- one whose JSON-LD ``articleBody`` has a good part of its text that reading left out
  (:mod:`stated`): the balanced reading is taken when its words agree more with it;
- one whose story is set in several boxes of the body's kind: they are read one by one and
  joined (:mod:`splitbody`);
- a Next.js page whose markup holds no article, or scant words of one (:mod:`flight`).

Paragraphs written as line breaks are made paragraphs first (:mod:`breaks`). Subheadings that
reading dropped or flattened are put back (:mod:`headings`).

A picture's caption in plain paragraphs in the picture's own box leaves the text with its box
(:mod:`picboxes`); one set apart from its picture, which the page also gives as its alt text,
leaves it too (:func:`captions.without_captions`). The text of the page's teaser cards is
returned beside it (:mod:`teasers`).
"""

from __future__ import annotations

import re
from typing import Any

import trafilatura
from trafilatura.utils import load_html

from explainer.importer.breaks import paragraphs_from_breaks, paragraphs_from_divs, quoted_tails
from explainer.importer.captions import alt_texts, without_captions
from explainer.importer.clean import SENTENCE_ENDS
from explainer.importer.continues import drop_continuation_notes
from explainer.importer.customtags import (
    aria_headings,
    data_names,
    named_elements,
    opened_panels,
)
from explainer.importer.flight import flight_markup, state_markup
from explainer.importer.headings import subheadings, with_subheadings
from explainer.importer.jumplists import drop_jump_lists
from explainer.importer.layouttables import unwrap_layout_tables
from explainer.importer.mediacards import drop_media_cards, drop_video_titles
from explainer.importer.pagelists import page_lists, with_lists
from explainer.importer.photostories import captions_told
from explainer.importer.picboxes import as_figures
from explainer.importer.relink import page_links, relinked
from explainer.importer.scoreboxes import drop_match_boxes
from explainer.importer.sections import lacks_heads, sections_put_back
from explainer.importer.signups import (
    drop_comment_boxes,
    drop_overlays,
    drop_polls,
    drop_reaction_boxes,
    drop_signup_boxes,
    drop_skipped_boxes,
    drop_subscribe_appeals,
    drop_walls,
)
from explainer.importer.spans import rows_spelled_out, tables_unboxed
from explainer.importer.splitbody import body_parts, joined_boxes
from explainer.importer.stated import closer, missed
from explainer.importer.teasers import card_texts, in_card, paragraph_letters, without_card_opening
from explainer.importer.unseen import (
    drop_empty_marks,
    drop_unseen,
    drop_unwritable_attributes,
    spaces_after_marks,
    spaces_between_marks,
)
from explainer.importer.xml_markdown import xml_to_markdown

ARTICLE_PARAGRAPHS = ".//p[not(ancestor::aside or ancestor::nav or ancestor::figure)]"
SPLIT = 2  # the <article> holds this many times the words found: its story was split
# A precise reading of fewer words than SCANT ("Today's Most Read", a date: the story sat in a
# box named for related content) gives way to the balanced reading when that finds a story of
# FOUND words or more, of which the precise one is under SHARE
SCANT, FOUND, SHARE = 50, 150, 0.3


# trafilatura drops the characters Python does not print, the zero-width non-joiner and
# joiner among them, which Persian, Kurdish and Indic words and emoji sequences spell with
# ("اجاره‌بها"): they stand in its reading as combining marks it keeps, put back after
JOINERS_KEPT = str.maketrans({"\u200c": "\u034f", "\u200d": "\u180b"})
JOINERS_BACK = str.maketrans({"\u034f": "\u200c", "\u180b": "\u200d"})


def article_body(page: str, url: str | None, stated: str = "") -> tuple[str, set[str]]:
    """The article's text as Markdown, and the text of the page's teaser cards. ``stated`` is
    the text the page gives in its JSON-LD, if any."""
    text, cards = _article_body(page.translate(JOINERS_KEPT), url, stated.translate(JOINERS_KEPT))
    return joined(text), {joined(card) for card in cards}


STRAY_JOINER = re.compile(r"(?<=\s)[\u200c\u200d]+|[\u200c\u200d]+(?=\s|$)|^[\u200c\u200d]+")


def joined(text: str) -> str:
    """The text with its joiners back, but those beside a space, which join nothing."""
    return STRAY_JOINER.sub("", text.translate(JOINERS_BACK))


def _article_body(page: str, url: str | None, stated: str) -> tuple[str, set[str]]:
    tree = load_html(page)
    if tree is None:
        return _extracted(page, url), set()
    _prepared(tree)
    cards, alts = card_texts(tree, url), alt_texts(tree)
    shown = spaces_after_marks(drop_unseen(tree))
    heads, lists = subheadings(shown), page_lists(shown)  # before trafilatura, which
    links = page_links(shown, url)  # changes the tree
    parts = body_parts(tree)
    markdown = _extracted(tree, url)
    if markdown and _article_words(tree) >= SPLIT * len(markdown.split()):
        balanced = _extracted(_unseen_dropped(page), url, precise=False)
        markdown = balanced if len(balanced.split()) > len(markdown.split()) else markdown
    elif markdown and stated and missed(markdown, stated):
        markdown = closer(markdown, _extracted(_unseen_dropped(page), url, precise=False), stated)
    if len(markdown.split()) < SCANT:  # a line of furniture or a date: the story was missed
        balanced = _extracted(_unseen_dropped(page), url, precise=False)
        if len(balanced.split()) >= FOUND and len(markdown.split()) < SHARE * len(
                balanced.split()):
            markdown = balanced
    if markdown and lacks_heads(markdown, heads):
        markdown = sections_put_back(
            markdown, _extracted(_unseen_dropped(page), url, precise=False), heads)
    if markdown and parts:
        markdown = joined_boxes(markdown, parts, lambda box: _extracted(box, url))
    # a section's link and the headline are no story: the script's state may hold it
    if not _sentences(markdown) and (markup := flight_markup(page) or state_markup(page)):
        flown = _extracted(f"<html><body><article>{''.join(markup)}</article></body></html>",
                           url)
        markdown = flown if _sentences(flown) else markdown or flown
    paragraphs = without_captions(markdown.split("\n\n"), alts) if markdown else []
    paragraphs = relinked(with_subheadings(with_lists(paragraphs, lists), heads), links)
    return "\n\n".join(paragraphs), cards


SENTENCE_WORDS = 8  # the least words of a sentence of the story


def _sentences(markdown: str) -> bool:
    """Whether the text holds a sentence of a story: a paragraph of some words that ends as
    a sentence does."""
    return any(len(p.split()) >= SENTENCE_WORDS and p.rstrip("*_ ").endswith(SENTENCE_ENDS)
               for p in markdown.split("\n\n"))


HEADING = re.compile(r"^(#{2,6}) ")
FENCE = re.compile(r"^(`{3,}|~{3,})", re.MULTILINE)


def leveled(markdown: str) -> str:
    """The text's headings moved up together so that the first level is ``##`` (a page that
    sets its subheadings in ``<h3>`` or ``<h6>``); their order of rank stays. Call it once
    the headline is out of the text; a code block's lines are no headings."""
    blocks = markdown.split("\n\n")
    heading = [bool(HEADING.match(b)) for b in blocks]
    fenced = False
    for index, block in enumerate(blocks):
        if fenced:
            heading[index] = False
        fenced ^= len(FENCE.findall(block)) % 2 == 1
    levels = [len(HEADING.match(b).group(1)) for b, h in zip(blocks, heading, strict=True) if h]
    shift = min(levels, default=2) - 2
    if shift <= 0:
        return markdown
    return "\n\n".join(b[shift:] if h else b for b, h in zip(blocks, heading, strict=True))


def releveled(paragraphs: list[str]) -> list[str]:
    """The paragraphs with their headings moved up again (:func:`leveled`) once the rules
    have left out what they leave out: a sign-up box's ``##`` heading above the story's
    ``###`` ones."""
    joined = "\n\n".join(paragraphs)
    moved = leveled(joined)
    return paragraphs if moved == joined else moved.split("\n\n")


def _unseen_dropped(page: str) -> Any:
    """The page's tree as it is read: paragraphs made of line breaks, the screen-reader-only
    elements dropped, and a space that ends a link's words kept after it."""
    return spaces_after_marks(drop_unseen(_prepared(load_html(page))))


# "www.washingtonpost.com/...": a host written without its scheme, which a browser (and
# trafilatura) reads as a path on the page's own site; a saved page may hold it read so
# ("/US/story/www.washingtonpost.com/...")
BARE_HOST = re.compile(r"^(?:(www\.[\w-]+(?:\.[\w-]+)+(?:[/?#].*)?)|"
                       r"/[^:?#]*?/(www\.[\w-]+(?:\.[\w-]+)+[/?#].*))$", re.IGNORECASE)
FILE_END = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|pdf|html?|php|aspx?|css|js)$", re.IGNORECASE)


def _prepared(tree: Any) -> Any:
    """The tree as it is read: names XML refuses, empty formatting, an accordion's collapsed panels
    opened (:mod:`customtags`), lists of jumps to places on the page (:mod:`jumplists`), notes that
    the text goes on past a picture (:mod:`continues`) and the boxes of video players, sign-up forms
    and polls dropped (:mod:`mediacards`, :mod:`signups`: also the readers' reactions and comments
    and the site's promotions and the regions a reader may skip; :mod:`scoreboxes`: a match's score,
    line-ups and ticker), paragraphs made of line breaks and of ``<div>``s of running text (and of
    the text after a block in a block quote: an embedded post's "— Name (@handle)"), a space alone
    between two marks kept, a photo story's captions made its paragraphs (:mod:`photostories`), a
    picture's own box made a figure (:mod:`picboxes`), a table's cells that span rows copied into
    each and a table's box named for an embed renamed (:mod:`spans`), and a link to a host written
    without "https://" given it (also where a saved page made it a path of its own site)."""
    quoted_tails(paragraphs_from_breaks(drop_empty_marks(unwrap_layout_tables(
        opened_panels(aria_headings(named_elements(data_names(
            drop_unwritable_attributes(tree)))))))))
    spaces_between_marks(paragraphs_from_divs(tree))
    for drop in (drop_jump_lists, drop_continuation_notes, drop_skipped_boxes, drop_match_boxes,
                 drop_comment_boxes, drop_reaction_boxes, drop_signup_boxes, drop_polls,
                 drop_overlays, drop_subscribe_appeals, drop_walls, drop_media_cards,
                 drop_video_titles):
        drop(tree)  # (each takes its boxes out of the tree it is given)
    as_figures(rows_spelled_out(tables_unboxed(captions_told(tree))))
    for link in tree.iter("a"):
        if bare := BARE_HOST.match((link.get("href") or "").strip()):
            target = bare.group(1) or bare.group(2)
            if not FILE_END.search(re.split(r"[/?#]", target, maxsplit=1)[0]):
                link.set("href", "https://" + target)  # not "/images/www.logo.png"
    return tree


def _article_words(tree: Any) -> int:
    """The words of the paragraphs of the page's one outermost <article>; 0 when it has
    none or several."""
    articles = tree.xpath("//article[not(ancestor::article)]")
    if len(articles) != 1:
        return 0
    return sum(len(p.text_content().split()) for p in articles[0].xpath(ARTICLE_PARAGRAPHS))


def _extracted(page: Any, url: str | None, precise: bool = True) -> str:
    xml = trafilatura.extract(
        page, url=url, output_format="xml",
        include_formatting=True, include_links=True, include_tables=True,
        include_comments=False, include_images=False, favor_precision=precise,
        with_metadata=False, deduplicate=False)
    return xml_to_markdown(xml) if xml else ""


def without_cards(paragraphs: list[str], cards: set[str]) -> list[str]:
    """The paragraphs that no teaser card holds, unless the cards hold them all, without a
    card's block run into their opening; a card's short line right after another of its
    blocks, or opening the text, goes with it (its writer, "Valentina Parada Lugo", under
    its headline, or lifted over the story with the card)."""
    kept: list[str] = []
    after_card = True
    for paragraph in paragraphs:
        if in_card(paragraph, cards) or (after_card and (
                text := paragraph_letters(paragraph)) and text in cards):
            after_card = True
            continue
        after_card = False
        kept.append(without_card_opening(paragraph, cards))
    return kept or paragraphs
