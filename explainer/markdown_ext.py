"""The glossary extension for Python-Markdown: link first mentions, add glossary boxes.

Processors registered by :meth:`GlossaryExtension.extendMarkdown`:

=====================  =============  ========  ==============================================
processor              kind           priority  job
=====================  =============  ========  ==============================================
GlossaryTreeprocessor  treeprocessor  15        after ``inline`` (20), so that links, code and
                                                emphasis are elements by now; before
                                                ``prettify`` (10)
=====================  =============  ========  ==============================================

Each block that holds a first mention is wrapped with its boxes, in reading order::

    <div class="gloss-row"><p>... <a class="gloss-term">...</a> ...</p>
    <div class="gloss-boxes"><aside class="gloss-box">...</aside></div></div>

The extension holds the per-document state (``used``: slugs in order of first use) and clears
it in :meth:`reset`, as Python-Markdown's own ``abbr`` and ``footnotes`` do. The glossary and
its compiled matcher are shared by every document of a build.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from explainer.glossary import Glossary, Mention
from explainer.model import Term

SKIP_TAGS = frozenset({"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "script",
                       "style", "aside", "img", "kbd", "samp", "var", "math", "svg"})
PLACEHOLDER = re.compile("\x02(?:wzxhzdk:(\\d+))?[^\x03]*\x03")
RAW_TAG = re.compile(r"^<\s*(/)?\s*([a-zA-Z][\w-]*)[^>]*?(/)?>$", re.DOTALL)
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "source", "track", "wbr"})
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def human_date(date) -> str:
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


class GlossaryExtension(Extension):
    """Link mentions of glossary terms and place a box after the block of each first mention.

    ``href(slug)`` gives the link to a term's page relative to the page being rendered;
    ``link`` is ``first`` (only the first mention), ``all`` or ``none``; ``boxes`` turns the
    glossary boxes on or off.
    """

    def __init__(self, glossary: Glossary, href: Callable[[str], str], link: str = "first",
                 boxes: bool = True) -> None:
        super().__init__()
        self.glossary = glossary
        self.href = href
        self.link = link
        self.boxes = boxes
        self.used: list[str] = []

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(GlossaryTreeprocessor(md, self), "glossary", 15)
        md.registerExtension(self)

    def reset(self) -> None:
        self.used = []


class GlossaryTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, ext: GlossaryExtension) -> None:
        super().__init__(md)
        self.ext = ext
        self.raw_depth = 0  # how many raw HTML elements (<span>...) the text is inside

    def _blocked(self, text: str) -> list[tuple[int, int]]:
        """Spans of a text run where nothing may be linked: placeholders for raw HTML, and the
        text inside a raw HTML element (``<a href=...>Arab League</a>`` written by hand)."""
        spans, start = [], 0
        for match in PLACEHOLDER.finditer(text):
            if self.raw_depth:
                spans.append((start, match.start()))
            spans.append((match.start(), match.end()))
            self.raw_depth = max(0, self.raw_depth + self._depth_change(match.group(1)))
            start = match.end()
        if self.raw_depth:
            spans.append((start, len(text)))
        return spans

    def _depth_change(self, index: str | None) -> int:
        if index is None or int(index) >= len(self.md.htmlStash.rawHtmlBlocks):
            return 0
        tag = RAW_TAG.match(str(self.md.htmlStash.rawHtmlBlocks[int(index)]).strip())
        if not tag or tag.group(3) or tag.group(2).lower() in VOID:
            return 0
        return -1 if tag.group(1) else 1

    def run(self, root: etree.Element) -> None:
        if self.ext.link == "none" and not self.ext.boxes:
            return
        for index, block in enumerate(list(root)):
            self.raw_depth = 0
            first = self._walk(block)
            if self.ext.boxes and first:
                root[index] = self._with_boxes(block, first)

    def _with_boxes(self, block: etree.Element, slugs: list[str]) -> etree.Element:
        """Wrap a block and the boxes of its first mentions, so CSS can set them side by side."""
        row = etree.Element("div", {"class": "gloss-row"})
        row.text, row.tail, block.tail = "\n", block.tail, "\n"
        row.append(block)
        boxes = etree.SubElement(row, "div", {"class": "gloss-boxes"})
        boxes.text = boxes.tail = "\n"
        for slug in slugs:
            boxes.append(glossary_box(self.ext.glossary.terms[slug], self.ext.href(slug)))
        return row

    def _walk(self, element: etree.Element) -> list[str]:
        """Link mentions inside an element; return the slugs first mentioned in it."""
        if element.tag in SKIP_TAGS or "gloss-" in element.get("class", ""):
            return []
        first: list[str] = []
        children = list(element)
        if element.text and not isinstance(element.text, AtomicString):
            element.text, links = self._link_text(element.text, first)
            for index, link in enumerate(links):
                element.insert(index, link)
        for child in children:
            first += self._walk(child)
            if child.tail and not isinstance(child.tail, AtomicString):
                child.tail, links = self._link_text(child.tail, first)
                at = list(element).index(child) + 1
                for index, link in enumerate(links):
                    element.insert(at + index, link)
        return first

    def _wanted(self, mention: Mention, blocked: list[tuple[int, int]]) -> bool:
        if any(start < mention.end and mention.start < end for start, end in blocked):
            return False
        return mention.slug not in self.ext.used or self.ext.link == "all"

    def _link_text(self, text: str, first: list[str]) -> tuple[str, list[etree.Element]]:
        """Split a text run at its mentions: the text before the first, and the new links."""
        head, links, pos = text, [], 0
        blocked = self._blocked(text) if "\x02" in text or self.raw_depth else []
        for mention in self.ext.glossary.finditer(text):
            if not self._wanted(mention, blocked):
                continue
            is_first = mention.slug not in self.ext.used
            if is_first:
                self.ext.used.append(mention.slug)
                first.append(mention.slug)
            if self.ext.link == "none":
                continue
            link = self._mention_link(mention, text, describe=is_first)
            if links:
                links[-1].tail = text[pos:mention.start]
            else:
                head = text[:mention.start]
            links.append(link)
            pos = mention.end
        if links:
            links[-1].tail = text[pos:]
        return head, links

    def _mention_link(self, mention: Mention, text: str, describe: bool) -> etree.Element:
        link = etree.Element("a", {"href": self.ext.href(mention.slug), "class": "gloss-term"})
        if describe and self.ext.boxes:
            link.set("aria-describedby", f"gloss-{mention.slug}")
        link.text = AtomicString(text[mention.start:mention.end])
        return link


def glossary_box(term: Term, href: str) -> etree.Element:
    """The box shown beside a first mention: plain HTML, usable without JavaScript."""
    box = etree.Element("aside", {"class": "gloss-box", "id": f"gloss-{term.slug}",
                                  "aria-labelledby": f"gloss-{term.slug}-name"})
    box.text = box.tail = "\n"
    name = etree.SubElement(box, "p", {"class": "gloss-box-name", "id": f"gloss-{term.slug}-name"})
    link = etree.SubElement(name, "a", {"href": href})
    link.text = AtomicString(term.name)
    summary = etree.SubElement(box, "p", {"class": "gloss-box-summary"})
    summary.text = AtomicString(term.summary)
    meta = etree.SubElement(box, "p", {"class": "gloss-box-meta"})
    meta.text = AtomicString("Facts as of ")
    when = etree.SubElement(meta, "time", {"datetime": term.as_of.isoformat()})
    when.text = AtomicString(human_date(term.as_of))
    for child in box:
        child.tail = "\n"
    return box
