"""Links given back to paragraphs whose reading lost them.

trafilatura falls back on a second reading of its own when its first finds too little, and that
reading keeps no links: a Reuters story, its paragraphs set in ``<div>``s, came out with "click
here." and no link in 32 paragraphs. The page's blocks of running text are read for their links
before extraction (:func:`page_links`); a paragraph that came out with no link and holds the
same words as one of those blocks gets that block's links back, each where its words stand with
as many words before them as in the block, after the link before (:func:`relinked`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urljoin

from explainer.importer.clean import UNSPACED
from explainer.importer.opinions import visible_words, words
from explainer.importer.xml_markdown import markdown_link

BLOCKS = ("p", "div", "li", "td", "dd", "blockquote")
INNER_BLOCKS = ("p", "div", "li", "ul", "ol", "table", "blockquote", "section", "article",
                "h1", "h2", "h3", "h4", "h5", "h6", "figure", "aside", "nav")
LONGEST = 2_000  # words: a block this long is a container, not a paragraph
# Markdown that is no paragraph of running text: a heading, a quote, a table, code, a list
NOT_RUNNING = re.compile(r"^(?:#|>|\||    |```|~~~|[-*+] |\d+\. )")

# a word as :func:`opinions.words` counts them: a run of letters and digits, or one character
# of a script written without spaces
WORD = re.compile(rf"{UNSPACED.pattern}|(?:(?!{UNSPACED.pattern})[^\W_])+")

Link = tuple[str, str, int]  # the words shown, the address, the block's words before it
Links = Mapping[tuple[str, ...], list[Link]]


def page_links(tree: Any, url: str | None) -> dict[tuple[str, ...], list[Link]]:
    """The page's blocks of running text that hold links, by their words: each block's links
    in order, as (the words shown, the address made whole against ``url``, the count of the
    block's words before it)."""
    found: dict[tuple[str, ...], list[Link]] = {}
    for block in tree.iter(*BLOCKS):
        anchors = block.xpath(".//a[@href]")
        if not anchors or block.xpath(" | ".join(f".//{t}" for t in INNER_BLOCKS)):
            continue
        key = tuple(words(block.text_content()))
        if not key or len(key) > LONGEST or key in found:
            continue
        before = _words_before(block, anchors)
        links = [_link(a, url, before.get(a, len(key))) for a in anchors]
        found[key] = [link for link in links if link]
    return {key: links for key, links in found.items() if links}


def _link(anchor: Any, url: str | None, before: int) -> Link | None:
    shown = " ".join(anchor.text_content().split())
    href = (anchor.get("href") or "").strip()
    if not shown or not href or href.startswith("#"):  # a place on the page itself
        return None
    return shown, urljoin(url, href) if url else href, before


def _words_before(block: Any, anchors: list[Any]) -> dict[Any, int]:
    """For each link, the count of the block's words before its own, in one pass over the
    block's texts (a block of 2,000 links read link by link took seconds)."""
    wanted, counts, count = set(anchors), {}, 0
    for text in block.xpath(".//text()"):
        holder = text.getparent()
        inside = holder.getparent() if text.is_tail else holder
        while inside is not None and inside is not block and inside not in wanted:
            inside = inside.getparent()
        if inside is not None and inside is not block:
            counts.setdefault(inside, count)
        count += len(words(text))
    return counts


def relinked(paragraphs: list[str], links: Links) -> list[str]:
    """The paragraphs, each with no link of its own given the links of the page's block of the
    same words (a link to no safe address stays its words)."""
    if not links:
        return paragraphs
    return [_relinked(p, links) for p in paragraphs]


def _relinked(paragraph: str, links: Links) -> str:
    if "](" in paragraph or NOT_RUNNING.match(paragraph):
        return paragraph
    wanted = links.get(tuple(visible_words(paragraph)))
    if not wanted:
        return paragraph
    parts, done = [], 0
    starts = [word.start() for word in WORD.finditer(paragraph)]
    for shown, address, before in wanted:
        spots = list(_words_at(paragraph, shown, done))
        if not spots:
            continue
        # where as many of the paragraph's words stand before it as in the page's block
        spot = min(spots, key=lambda m: abs(bisect_left(starts, m.start()) - before))
        parts += [paragraph[done:spot.start()], markdown_link(spot.group(), address)]
        done = spot.end()
    return "".join(parts) + paragraph[done:]


def _words_at(text: str, shown: str, start: int) -> Iterator[re.Match[str]]:
    """Where a link's words stand in a paragraph of Markdown from ``start`` on, whole words
    (escapes allowed before its marks: "AT\\&T")."""
    pattern = r"\\?".join(re.escape(c) if not c.isspace() else r"\s+" for c in shown)
    before = r"(?<![\w\\])" if _joins(shown[0]) else ""
    after = r"(?!\w)" if _joins(shown[-1]) else ""
    return re.compile(before + pattern + after).finditer(text, start)


def _joins(character: str) -> bool:
    """Whether a character at a link's edge must not go on from a letter of the text (in
    Chinese or Japanese words run on with no space)."""
    return character.isalnum() and not UNSPACED.match(character)
