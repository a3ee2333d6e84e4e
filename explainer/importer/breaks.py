"""Paragraphs written as line breaks: text set straight in a container and parted by two or
more ``<br>`` (older content systems, forums, blogs), as readability does ("replace brs"),
and text set loose among a story's paragraphs.

trafilatura's precise reading keeps such text only in part: the run before the first break,
set after a floated picture, was lost ("With the start of a new month, Valve has
published …" on a page whose later runs were kept). Each run becomes a ``<p>`` of its own
before the page is read; a single ``<br>`` stays a line break inside its paragraph, and the
container's blocks (a ``<div>``, a table, a list) stay where they were.
"""

from __future__ import annotations

import collections
import itertools
import re
from typing import Any

from lxml import etree

from explainer.importer.picboxes import PICTURE_NAME

# what stands between paragraphs; anything else (text marks, a picture, a comment) is inline
BLOCKS = frozenset({"address", "article", "aside", "blockquote", "center", "details", "dialog",
                    "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
                    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "iframe", "li",
                    "main", "menu", "nav", "ol", "p", "pre", "section", "table", "ul", "video",
                    "audio", "script", "style", "noscript", "template", "object", "embed"})
CONTAINERS = frozenset({"div", "td", "section", "article", "main", "body", "blockquote", "font",
                        "center"})  # (a hand-made page sets its text in a <font>)
RUNNING_WORDS = 10  # the container's own text, between its elements: less is a menu's
CAPTION_LEVELS = 3  # elements around a div that may name it a picture's caption
CAPTIONING = re.compile(r"caption|legend|credit|copyright|promo|sign-?up|newsletter|subscri|"
                        r"advert|sponsor|(?:^|[\s_-])(?:ad|ads|cta|teaser|related)(?:$|[\s_-])",
                        re.IGNORECASE)
PICTURE_BOX_WORDS = 80  # a box named for a picture and holding one, with its caption


def paragraphs_from_breaks(tree: Any) -> Any:
    """The tree with each container's text runs parted by two ``<br>`` or more made
    paragraphs (see the module)."""
    for container in reversed(list(tree.iter(*CONTAINERS))):  # the innermost first
        if _parted(container):
            _rebuild(container)
    return tree


def paragraphs_from_divs(tree: Any) -> Any:
    """The tree with each ``<div>`` that holds running text of its own among text marks and
    links, and no block or line break, made a paragraph: trafilatura reads such a ``<div>``
    as a paragraph but keeps only what follows its first mark ("The virus has spread to
    <b>185</b> countries" became "**185**countries"). A picture's caption in a ``<div>`` (it,
    or one of the :data:`CAPTION_LEVELS` elements around it, named for a picture or a
    caption) is left as it is. So is a ``<div>`` of text alone set beside the story's
    paragraphs (Blogger's opening ``<div>`` over a ``<div>`` of paragraphs parted by line
    breaks), which trafilatura then leaves out."""
    shown = _Paragraphs(tree)
    for div in tree.iter("div"):
        if (len(div) or shown.among(div)) and _running(div) and not any(
                isinstance(e.tag, str) and (e.tag in BLOCKS or e.tag == "br")
                for e in div.iterdescendants()) and not _captioning(div):
            div.tag = "p"
            shown.made(div)
    return tree


class _Paragraphs:
    """Which elements are paragraphs or hold one as their child, and how many such children
    each element has, kept up to date as ``<div>`` elements are made paragraphs (counted
    once, not read again for every ``<div>``: a page of 5,000 sibling ``<div>`` elements)."""

    def __init__(self, tree: Any) -> None:
        self.like = {e for e in tree.iter() if isinstance(e.tag, str) and (
            e.tag == "p" or e.find("p") is not None)}
        self.counts = collections.Counter(e.getparent() for e in self.like)

    def among(self, div: Any) -> bool:
        """Whether a ``<div>`` named for nothing (no class or id: a standfirst's box is
        named, "intro", "summary") holding text alone stands beside paragraphs: a sibling
        that is a paragraph or holds one as its child."""
        parent = div.getparent()
        return parent is not None and not div.get("class") and not div.get("id") and (
            self.counts[parent] - (div in self.like) > 0)

    def made(self, div: Any) -> None:
        """Count a ``<div>`` made a paragraph, and its parent, which now holds one."""
        for element in (div, div.getparent()):
            if element is not None and element not in self.like:
                self.like.add(element)
                self.counts[element.getparent()] += 1


def _captioning(div: Any) -> bool:
    """Whether the div is a picture's caption or a box that is not the story's: named for a
    caption or credit, or for a promotion, sign-up or advertisement (itself or one of the
    elements around it), or inside a small box named for a picture that holds one."""
    for element in itertools.chain([div], itertools.islice(div.iterancestors(), CAPTION_LEVELS)):
        name = f"{element.get('class') or ''} {element.get('id') or ''}"
        if CAPTIONING.search(name) or (
                PICTURE_NAME.search(name) and element.xpath(".//img")
                and len(element.text_content().split()) <= PICTURE_BOX_WORDS):
            return True
    return False


def _running(container: Any) -> bool:
    """Whether the container holds running text of its own, between its elements."""
    own = " ".join([container.text or "", *(child.tail or "" for child in container)])
    return len(own.split()) >= RUNNING_WORDS


LOOSE_WORDS = 15  # a run of text this long set loose among a story's paragraphs is one
STORY_PARAGRAPHS = 3  # paragraphs in a container, at least, for its loose text to be read so


def _parted(container: Any) -> bool:
    """Whether the container holds running text of its own and two ``<br>`` in a row, or a
    run of text set loose among three paragraphs or more (a story's opening after a stray
    ``</p>``: "<p><img></p>\nIf you needed another reason …</p><p>…"), which trafilatura
    leaves out."""
    if not _running(container):
        return False
    children = list(container)
    if any(a.tag == "br" and b.tag == "br" and not (a.tail or "").strip()
           for a, b in itertools.pairwise(children)):
        return True
    runs = [container.text or "", *(child.tail or "" for child in children)]
    return sum(child.tag == "p" for child in children) >= STORY_PARAGRAPHS and any(
        len(run.split()) >= LOOSE_WORDS for run in runs)


def _rebuild(container: Any) -> None:
    """Set the container's text and inline elements into paragraphs, parted where two
    ``<br>`` or more stand together."""
    items: list[Any] = [container.text or ""]
    for child in list(container):
        tail, child.tail = child.tail or "", None
        items += [child, tail]
    container.text = None
    out: list[Any] = []  # the container's new children, in order
    paragraph = etree.Element("p")
    index = 0
    while index < len(items):
        item = items[index]
        if isinstance(item, str):
            _add_text(paragraph, item)
        elif item.tag == "br" and _empty(paragraph):
            pass  # a break that opens a paragraph parts nothing
        elif item.tag == "br" and (_breaks_from(items, index) >= 2 or _line_apart(paragraph)):
            index = _after_breaks(items, index)
            paragraph = _closed(out, paragraph)
            continue
        elif isinstance(item.tag, str) and (item.tag in BLOCKS or item.find("p") is not None):
            paragraph = _closed(out, paragraph)
            out.append(item)
        else:  # text marks, a picture, a comment
            paragraph.append(item)
        index += 1
    _closed(out, paragraph)
    container[:] = out


LINE_APART_WORDS = 12  # a line of one marked element, no longer, is a heading's or a label's
MARKS = frozenset({"b", "strong", "font", "i", "em", "span", "u"})


def _line_apart(paragraph: Any) -> bool:
    """Whether the paragraph so far is one line set as one text mark ("<b>Comenzi din toată
    țara</b><br>", a kicker, a headline, a byline in a ``<font>``) and no sentence: it ends
    at the line break, which parts it from the text that follows (a heading in bold)."""
    if len(paragraph) != 1 or (paragraph.text or "").strip() or (paragraph[0].tail or "").strip():
        return False
    mark = paragraph[0]
    words = " ".join(mark.text_content().split())
    return isinstance(mark.tag, str) and mark.tag in MARKS and not mark.xpath(".//a|.//img") \
        and 0 < len(words.split()) <= LINE_APART_WORDS and not words.endswith((".", "!", "?"))


def _breaks_from(items: list[Any], index: int) -> int:
    """How many ``<br>`` stand together from ``index`` (only spaces between them)."""
    count = 0
    while index < len(items):
        item = items[index]
        if isinstance(item, str):
            if item.strip():
                break
        elif item.tag == "br":
            count += 1
        else:
            break
        index += 1
    return count


def _after_breaks(items: list[Any], index: int) -> int:
    while index < len(items) and (
            (isinstance(items[index], str) and not items[index].strip())
            or (not isinstance(items[index], str) and items[index].tag == "br")):
        index += 1
    return index


def _closed(out: list[Any], paragraph: Any) -> Any:
    """Keep the paragraph unless it holds nothing, and start the next."""
    if not _empty(paragraph):
        out.append(paragraph)
    return etree.Element("p")


def _add_text(paragraph: Any, text: str) -> None:
    if len(paragraph):
        last = paragraph[-1]
        last.tail = (last.tail or "") + text
    else:
        paragraph.text = (paragraph.text or "") + text


def _empty(paragraph: Any) -> bool:
    return not len(paragraph) and not (paragraph.text or "").strip()


def quoted_tails(tree: Any) -> Any:
    """The tree with the text set loose after a block in a block quote made a paragraph of its
    own, with the marks and links that follow it up to the next block: an embedded post's
    "— Plymouth Citybus (@plymouthbus) August 5, 2024", which trafilatura's precise reading
    drops (it keeps no tail there), leaving the post without who wrote it."""
    for quote in tree.iter("blockquote"):
        for child in list(quote):
            if not (_block(child) and (child.tail or "").strip()):
                continue
            paragraph = child.makeelement("p", {})
            paragraph.text, child.tail = child.tail, None
            following = child.getnext()
            while following is not None and not _block(following):
                after = following.getnext()
                paragraph.append(following)  # with its own tail
                following = after
            child.addnext(paragraph)
    return tree


def _block(element: Any) -> bool:
    return isinstance(element.tag, str) and element.tag in BLOCKS
