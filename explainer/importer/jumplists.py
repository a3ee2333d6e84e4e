"""A list of jumps to places on the page itself, taken out before the article is extracted.

A long explainer opens with its table of contents ("In this article", "Contents"), and a live
blog with its key events, each a link to an entry further down ("16:45 Supply to return by
Sunday night"). Every item of such a list is one link to a fragment of the page ("#post-…",
"#section-2") and nothing else; the story's own text is further down, under the headings or
entries the links point to. An extractor keeps the list's heading, or the whole list, as a
paragraph of the story. The list goes, and with it the box that only held it and its heading.
A footnote, which holds its own words beside a link back ("↩"), is not a jump.
"""

from __future__ import annotations

from typing import Any

MIN_ITEMS = 2  # one link to a place on the page is a "skip to content", not a list of jumps
HEADING_WORDS = 6  # a heading over the list ("Key events", "In this article")
BOXES = frozenset({"div", "nav", "section", "aside", "details"})


def _jump(item: Any) -> bool:
    """An item that is one link to a fragment of the page and no more words."""
    links = item.findall(".//a")
    if len(links) != 1:
        return False
    href = (links[0].get("href") or "").strip()
    return len(href) > 1 and href.startswith("#") and \
        " ".join(item.text_content().split()) == " ".join(links[0].text_content().split())


def _jump_list(element: Any) -> bool:
    items = element.findall("li")
    return len(items) >= MIN_ITEMS and all(_jump(item) for item in items)


def _holds_only(box: Any, jumps: Any) -> bool:
    """A box that holds the list and a short heading over it, and no other words."""
    rest = " ".join(box.text_content().split()).replace(
        " ".join(jumps.text_content().split()), "", 1)
    return box.tag in BOXES and len(rest.split()) <= HEADING_WORDS


def drop_jump_lists(tree: Any) -> Any:
    """The tree without its lists of jumps to places on the page (and the boxes that hold
    only them and their headings: Rank Math's ``<div><h2>Table of Contents</h2><nav><ul>``)."""
    for jumps in tree.xpath("//ul | //ol"):
        if jumps.getparent() is None or not _jump_list(jumps):
            continue
        gone = jumps
        box = jumps.getparent()  # the boxes around it that hold only it and its heading
        while box is not None and box.getparent() is not None and _holds_only(box, jumps):
            gone, box = box, box.getparent()
        gone.drop_tree()
    return tree
