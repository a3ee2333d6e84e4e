"""The glossary extension for Python-Markdown: link mentions of terms, add glossary boxes.

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

Authors can tie words to a term, or keep words from being matched, with Markdown links:
``[the 2015 resolution](term:unscr-2254)`` and ``[Arab League](!term)``.

The extension holds the per-document state (``used``: slugs in order of first use,
``sentences``: the sentence of each first mention, ``problems``: explicit references to unknown
terms) and clears it in :meth:`reset`, as Python-Markdown's own ``abbr`` and ``footnotes`` do.
The glossary and its compiled matcher are shared by every document of a build.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from explainer.boxes import glossary_box
from explainer.glossary import Glossary, Mention
from explainer.sentences import sentence_of

SKIP_TAGS = frozenset({"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "script",
                       "style", "aside", "img", "kbd", "samp", "var", "math", "svg"})
PLACEHOLDER = re.compile("\x02(?:wzxhzdk:(\\d+))?[^\x03]*\x03")
RAW_TAG = re.compile(r"^<\s*(/)?\s*([a-zA-Z][\w-]*)[^>]*?(/)?>$", re.DOTALL)
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "source", "track", "wbr"})
TERM_REF = "term:"
STOP_REF = "!term"


@dataclass(frozen=True)
class Policy:
    """How a document is glossed: site settings with the explainer's own overrides."""

    link: str = "first"  # first | all | none
    boxes: bool = True
    exclude: frozenset[str] = frozenset()
    skip_quotes: bool = False


class GlossaryExtension(Extension):
    """Link mentions of glossary terms and place a box after the block of each first mention.

    ``href(slug)`` gives the link to a term's page relative to the page being rendered.
    """

    def __init__(self, glossary: Glossary, href: Callable[[str], str],
                 policy: Policy | None = None) -> None:
        super().__init__()
        self.glossary = glossary
        self.href = href
        self.policy = policy or Policy()
        self.reset()

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(GlossaryTreeprocessor(md, self), "glossary", 15)
        md.registerExtension(self)

    def reset(self) -> None:
        self.used: list[str] = []
        self.sentences: dict[str, str] = {}
        self.problems: list[tuple[str, str]] = []  # (message, the source text to point at)


class GlossaryTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, ext: GlossaryExtension) -> None:
        super().__init__(md)
        self.ext = ext
        self.raw_depth = 0  # how many raw HTML elements (<span>...) the text is inside

    def run(self, root: etree.Element) -> None:
        if self.ext.policy.link == "none" and not self.ext.policy.boxes:
            return  # the glossary is off for this document
        for index, block in enumerate(list(root)):
            self.raw_depth = 0
            first: list[etree.Element] = []
            self._walk(block, first)
            for link in first:
                self.ext.sentences[link.get("data-term", "")] = sentence_of(block, link)
            if self.ext.policy.boxes and first:
                root[index] = self._with_boxes(block, [link.get("data-term", "") for link in first])

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

    def _skipped(self, element: etree.Element) -> bool:
        return (element.tag in SKIP_TAGS or "gloss-" in element.get("class", "")
                or (self.ext.policy.skip_quotes and element.tag == "blockquote"))

    def _walk(self, element: etree.Element, first: list[etree.Element]) -> None:
        """Link mentions inside an element; collect the links of first mentions."""
        if element.tag == "a" and self._explicit(element, first):
            return
        if self._skipped(element):
            return
        children = list(element)
        if element.text and not isinstance(element.text, AtomicString):
            element.text, links = self._link_text(element.text, first)
            for index, link in enumerate(links):
                element.insert(index, link)
        for child in children:
            self._walk(child, first)
            if child.tail and not isinstance(child.tail, AtomicString):
                child.tail, links = self._link_text(child.tail, first)
                at = list(element).index(child) + 1
                for index, link in enumerate(links):
                    element.insert(at + index, link)

    def _explicit(self, link: etree.Element, first: list[etree.Element]) -> bool:
        """Handle ``[words](term:slug)`` and ``[words](!term)``; False for an ordinary link."""
        href = link.get("href", "")
        if href != STOP_REF and not href.startswith(TERM_REF):
            return False
        slug = href.removeprefix(TERM_REF)
        if href == STOP_REF or slug not in self.ext.glossary.terms:
            if href != STOP_REF:
                self.ext.problems.append((f"unknown term '{slug}' in [...]({href})", f"({href})"))
            link.attrib.clear()
            link.tag, link.attrib["class"] = "span", "gloss-stop"
            return True
        is_first = self._use(slug)
        if is_first or self.ext.policy.link == "all":
            self._mark(link, slug, is_first)
        else:
            link.attrib.clear()
            link.tag, link.attrib["class"] = "span", "gloss-stop"
        if is_first:
            first.append(link)
        return True

    def _use(self, slug: str) -> bool:
        """Record a mention; True when it is the term's first in the document."""
        if slug in self.ext.used:
            return False
        self.ext.used.append(slug)
        return True

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

    def _wanted(self, mention: Mention, blocked: list[tuple[int, int]]) -> bool:
        if mention.slug in self.ext.policy.exclude:
            return False
        if any(start < mention.end and mention.start < end for start, end in blocked):
            return False
        return mention.slug not in self.ext.used or self.ext.policy.link == "all"

    def _link_text(self, text: str, first: list[etree.Element]) -> tuple[str, list]:
        """Split a text run at its mentions: the text before the first, and the new links."""
        head, links, pos = text, [], 0
        blocked = self._blocked(text) if "\x02" in text or self.raw_depth else []
        for mention in self.ext.glossary.finditer(text):
            if not self._wanted(mention, blocked):
                continue
            is_first = self._use(mention.slug)
            link = etree.Element("a")
            link.text = AtomicString(text[mention.start:mention.end])
            self._mark(link, mention.slug, is_first)
            if is_first:
                first.append(link)
            if links:
                links[-1].tail = text[pos:mention.start]
            else:
                head = text[:mention.start]
            links.append(link)
            pos = mention.end
        if links:
            links[-1].tail = text[pos:]
        return head, links

    def _mark(self, link: etree.Element, slug: str, is_first: bool) -> None:
        """Make an element a mention: a link, or with ``link: none`` a span tied to its box."""
        link.attrib.clear()
        if self.ext.policy.link == "none":
            link.tag = "span"
            link.set("class", "gloss-mention")
        else:
            link.tag = "a"
            link.set("href", self.ext.href(slug))
            link.set("class", "gloss-term" if is_first else "gloss-term gloss-later")
        link.set("data-term", slug)
        if is_first and self.ext.policy.boxes:
            link.set("aria-describedby", f"gloss-{slug}")
