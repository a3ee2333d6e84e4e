"""Whether a page sets a paragraph apart from the one after it: a standfirst over the text.

A standfirst that the page prints over its story in a box of its own (``<p class="intro">`` in
a column of its own, an ``<h2 class="c-article-summary">``, a ``<div class="shorttext">``) is
read by extractors as the story's first paragraph. When the page's description is that
paragraph, the explainer would show it twice: as its summary and again as its text's
opening. It is told from a lede, which the description often repeats too, by its markup: a
lede is a paragraph of the story like the next one, the same element with the same class in
the same kind of box; a standfirst is not.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Sequence
from typing import Any

from lxml import html as lxml_html

from explainer.importer.splitbody import part_name

BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
                    "section", "header", "article", "td", "dd", "figcaption"})
TEXTS = ("//body/descendant::text()[normalize-space()][not(ancestor::script or ancestor::style or "
         "ancestor::noscript or ancestor::template)]")
KEY = 40  # characters of a paragraph's opening looked for in the page
STANDOUT = re.compile(r"bold|strong|intro|lead|lede|teaser|standfirst|summary|deck|\bdek|"
                      r"abstract|excerpt|subtitle|subline", re.IGNORECASE)
MOST_TRIES = 20  # texts that open like the paragraph, looked at
SHORTEST = 12  # characters of a paragraph's opening, and of a text node that can open it
LIST_MARK = re.compile(r"^(?:[-*+]|\d{1,3}\.)\s+")
LIST = re.compile(r"(?:(?:[-*+]|\d{1,3}\.)\s+\S[^\n]*(?:\n|$))+")  # a Markdown list, whole
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def norm(text: str) -> str:
    """A text's words, in lower case, one space apart: how texts are compared here."""
    return " ".join(re.findall(r"\w+", text.casefold()))


class Page:
    """A page's text nodes, read once when first asked for, for finding the boxes its
    paragraphs stand in."""

    def __init__(self, page: str) -> None:
        self.page = page

    @functools.cached_property
    def tree(self) -> Any | None:
        """The page parsed, or None when it cannot be."""
        try:
            return lxml_html.fromstring(XML_DECLARATION.sub("", self.page, count=1))
        except (ValueError, TypeError, lxml_html.etree.ParserError):
            return None

    @functools.cached_property
    def texts(self) -> list[str]:
        """The page's shown text nodes, as written."""
        return [] if self.tree is None else [str(node) for node in self.tree.xpath(TEXTS)]

    @functools.cached_property
    def nodes(self) -> list[tuple[str, Any]]:
        if self.tree is None:
            return []
        return [(norm(str(node)), node) for node in self.tree.xpath(TEXTS)]

    @functools.cached_property
    def openings(self) -> dict[str, list[int]]:
        """The texts by their first :data:`SHORTEST` characters, and shorter ones whole."""
        found: dict[str, list[int]] = {}
        for index, (shown, _) in enumerate(self.nodes):
            found.setdefault(shown[:SHORTEST], []).append(index)
        return found

    def box(self, text: str, besides: Any | None = None) -> Any | None:
        """The block element in which the page's text ``text`` (plain) starts, or None: a
        text opening with the paragraph's first :data:`SHORTEST` characters, or a short
        paragraph's whole text ("各地の震度は次のとおり。"); not ``besides`` (a standfirst
        whose first sentence the lede repeats). Of several, one whose words go on as the
        paragraph's do (not a subheading that opens with the same words)."""
        opening = norm(html.unescape(text))
        wanted = opening[:KEY]  # the text as written: "CD&amp;V"
        if not wanted:
            return None
        found = []
        # a page that says it over and over: only the first few places are looked at; a
        # paragraph that opens with a short text of its own (a linked word: "[福岡県](…)：…")
        # by that text, when its block goes on as the paragraph does
        tries = self.openings.get(wanted[:SHORTEST], [])[:MOST_TRIES] or [
            index for size in range(SHORTEST - 1, 0, -1)
            for index in self.openings.get(wanted[:size], [])[:MOST_TRIES]
            if size == len(wanted) or wanted[size] == " "]
        for index in tries:
            shown, node = self.nodes[index]
            if wanted.startswith(shown[:KEY]):
                # its block, or the element it stands in when the block opens with other
                # words (a standfirst's <span> under the headline, in the headline's <div>)
                block = next((b for b in (_block(node.getparent()), node.getparent())
                              if b is not None and isinstance(b.tag, str) and b is not besides
                              and _opens(b, wanted)),
                             None)  # not a tag's link that says the same name, nor the
                # comment whose tail the text is ("<!---->Arab League")
                if block is not None and (shown.startswith(opening) or opening.startswith(shown)):
                    return block
                found.append(block)
        return next((block for block in found if block is not None), None)

    def set_apart(self, first: str, second: str) -> bool:
        """Whether the paragraph ``first`` stands in another kind of box than ``second``
        (plain texts): another element, class or kind of parent."""
        one = self.box(first)
        two = self.box(second, besides=one)
        if one is None or two is None or one is two:
            return False
        if one.getparent() is two.getparent() and one.tag == two.tag:
            # beside the story's paragraphs: a standfirst only by its class ("bold", "intro"),
            return bool(STANDOUT.search(one.get("class") or ""))  # not a lede's ("dropcap")
        return kind(one) != kind(two)


def _opens(block: Any, wanted: str) -> bool:
    """Whether the block's text opens with ``wanted`` (normalised): only as much of its text
    is read as that takes."""
    read = ""
    for piece in block.itertext():
        read += " " + piece
        if len(read) > 4 * len(wanted) + 200:
            break
    return norm(read).startswith(wanted)


def _block(element: Any) -> Any | None:
    while element is not None and element.tag not in BLOCKS:
        element = element.getparent()
    return element


def kind(element: Any) -> tuple[str, ...]:
    """An element's kind of box: its tag and classes, and its parent's (or the body's name
    an attribute of the site's own gives it, :func:`splitbody.part_name`: the classes of
    its layout may differ box by box)."""
    parent = element.getparent()
    classes = ((part_name(e) or " ".join(sorted((e.get("class") or "").split())))
               if e is not None else "" for e in (element, parent))
    return (element.tag, parent.tag if parent is not None else "", *classes)


def box_kinds(page: Page, paragraphs: Sequence[str],
              plain: Callable[[str], str]) -> list[tuple[tuple[str, ...], Any] | None]:
    """For each paragraph of the text (Markdown; ``plain`` gives its plain text), the kind
    of box (:func:`kind`) the page sets it in and that box's parent, or None when it is not
    found."""
    return [(kind(box), box.getparent()) if (box := _box(page, p, plain)) is not None else None
            for p in paragraphs]


def _box(page: Page, paragraph: str, plain: Callable[[str], str]) -> Any | None:
    """The box a paragraph stands in; a list's is the list element its first item stands in
    (its items' text is not one block's)."""
    if not LIST.fullmatch(paragraph):
        return page.box(plain(paragraph))
    item = page.box(plain(LIST_MARK.sub("", paragraph.split("\n", 1)[0])))
    return item.getparent() if item is not None and item.tag == "li" else None
