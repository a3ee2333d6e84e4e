"""The glossary extension for Python-Markdown: link mentions of terms, add glossary boxes.

Processors registered by :meth:`GlossaryExtension.extendMarkdown`:

=====================  =============  ========  ==============================================
processor              kind           priority  job
=====================  =============  ========  ==============================================
ReferencePreprocessor  preprocessor   35        notes where each ``term:`` link is written,
                                                before ``normalize_whitespace`` (30) changes
                                                the lines
GlossaryTreeprocessor  treeprocessor  -5        links mentions and explicit references to
                                                known terms, in document order: after
                                                ``inline`` (20), so that links, code and
                                                emphasis are elements, and after ``unescape``
                                                (0), so that escaped characters are plain
                                                text; the links it adds are not walked again
                                                by ``prettify``, ``attr_list``, ``toc`` and
                                                ``unescape`` (a build with the glossary on is
                                                faster for it)
ReferenceTreeprocessor treeprocessor  -6        the explicit references left (``!term``,
                                                unknown terms, those in headings) become
                                                plain text; unknown terms are reported
BoxTreeprocessor       treeprocessor  -7        the sentence of each first mention; the
                                                boxes of each block's first mentions
=====================  =============  ========  ==============================================

Each block that holds a first mention is wrapped with its boxes, which come first (so that on a
wide screen they can float into the margin beside the block without moving it)::

    <div class="gloss-row"><div class="gloss-boxes"><aside class="gloss-box">...</aside></div>
    <p>... <a class="gloss-term">...</a> ...</p></div>

(the wrapper and the boxes are raw HTML kept in ``md.htmlStash``, as Python-Markdown's own
extensions keep theirs: the ``raw_html`` postprocessor puts them in place).

Authors can tie words to a term, or keep words from being matched, with Markdown links:
``[the 2015 resolution](term:unscr-2254)`` and ``[Arab League](!term)``.

The extension holds the per-document state, its :class:`Result` (``used``: slugs in order of
first use, ``sentences``: the sentence of each first mention, ``problems``: explicit references
to unknown terms, each at its line and column in the body, read from the source by
:class:`~explainer.glossary.references.ReferencePreprocessor`), and clears it in :meth:`reset`, as
Python-Markdown's own ``abbr`` and ``footnotes`` do.
The glossary and its compiled matcher are shared by every document of a build.
"""

from __future__ import annotations

import bisect
import itertools
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from explainer.glossary.boxes import box_html
from explainer.glossary.matcher import Found
from explainer.glossary.rawhtml import ANY, has_placeholder, stashed
from explainer.glossary.references import (
    STOP_REF,
    TERM_REF,
    Places,
    Problem,
    ReferencePreprocessor,
    ReferenceTreeprocessor,
    plain,
)
from explainer.glossary.sentences import sentences_of
from explainer.glossary.terms import Glossary

SKIP_TAGS = frozenset({"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "script",
                       "style", "aside", "img", "kbd", "samp", "var", "math", "svg"})
RAW_TAG = re.compile(r"^<\s*(/)?\s*([a-zA-Z][\w-]*)[^>]*?(/)?>$", re.DOTALL)
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "source", "track", "wbr"})


@dataclass(frozen=True)
class Policy:
    """How a document is glossed: site settings with the explainer's own overrides."""

    link: str = "first"  # first | all | none
    boxes: bool = True
    exclude: frozenset[str] = frozenset()
    skip_quotes: bool = False


@dataclass
class Result:
    """What the glossary found in one document."""

    used: list[str] = field(default_factory=list)  # slugs, in order of first use
    # the sentence of each term's first mention, by slug
    sentences: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


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
        self.places = Places()
        self.reset()

    def extendMarkdown(self, md: Markdown) -> None:
        md.preprocessors.register(  # before normalize_whitespace (30) expands tabs
            ReferencePreprocessor(md, self.places), "glossary_places", 35)
        md.treeprocessors.register(GlossaryTreeprocessor(md, self), "glossary", -5)
        md.treeprocessors.register(ReferenceTreeprocessor(
            md, self.glossary.terms, self.places, lambda p: self.result.problems.append(p)),
            "glossary_references", -6)
        md.treeprocessors.register(BoxTreeprocessor(md, self), "glossary_boxes", -7)
        md.registerExtension(self)

    def box(self, slug: str) -> str:
        """The HTML of a term's box on this page (made once per build for each link)."""
        href = self.href(slug)
        key = (slug, href)
        if key not in self.glossary.boxes:
            self.glossary.boxes[key] = box_html(self.glossary.terms[slug], href)
        return self.glossary.boxes[key]

    def reset(self) -> None:
        self.result = Result()
        self.places.clear()
        self.first: dict[int, list[etree.Element]] = {}  # first mentions, by block index


class GlossaryTreeprocessor(Treeprocessor):
    """Finds mentions in one pass over the document's text, then links them and the explicit
    references to known terms in document order; each block's first mentions are left in
    ``ext.first`` for :class:`BoxTreeprocessor`.

    The text runs the glossary may touch (``element.text`` and ``child.tail``, outside
    skipped elements) are collected in document order, joined with a NUL character, which no
    name can span, and searched once; each run is then split at its wanted mentions.
    """

    def __init__(self, md: Markdown, ext: GlossaryExtension) -> None:
        super().__init__(md)
        self.ext = ext
        self.raw_depth = 0  # how many raw HTML elements (<span>...) the text is inside

    def run(self, root: etree.Element) -> None:
        self.ext.first = {}
        if self.ext.policy.link != "none" or self.ext.policy.boxes:
            self._gloss(root)

    def _gloss(self, root: etree.Element) -> None:
        items: list[Item] = []
        blocks = list(root)
        for index, block in enumerate(blocks):
            self._collect(block, index, items)
        found = self._mentions(items)
        if not found and not any(item.kind == "ref" for item in items):
            return
        first = self.ext.first
        for position, item in enumerate(items):
            if item.block != items[position - 1].block or position == 0:
                self.raw_depth = 0
            links = first.setdefault(item.block, [])
            if item.kind == "ref":
                self._explicit(item.element, links)
            elif position in found or has_placeholder(item.text) or self.raw_depth:
                self._split(item, found.get(position, []), links)

    def _collect(self, element: etree.Element, block: int, items: list[Item]) -> None:
        """The text runs (and explicit references) under an element, in document order."""
        if element.tag == "a" and element.get("href", "").startswith((TERM_REF, STOP_REF)):
            items.append(Item("ref", block, element, ""))
            return
        if self._skipped(element):
            return
        if element.text and not isinstance(element.text, AtomicString):
            items.append(Item("text", block, element, element.text))
        for child in element:
            self._collect(child, block, items)
            if child.tail and not isinstance(child.tail, AtomicString):
                items.append(Item("tail", block, element, child.tail, child))

    def _mentions(self, items: list[Item]) -> dict[int, list[Found]]:
        """Every mention, by the index of the run that holds it, positions within the run."""
        texts = [item.text for item in items]
        joined = "\0".join(texts)
        starts = list(itertools.accumulate((len(t) + 1 for t in texts), initial=0))
        found: dict[int, list[Found]] = {}
        for mention in self.ext.glossary.finditer(joined):
            run = bisect.bisect_right(starts, mention.start) - 1
            offset = starts[run]
            found.setdefault(run, []).append(
                Found(mention.start - offset, mention.end - offset, mention.slug))
        return found

    def _skipped(self, element: etree.Element) -> bool:
        return (element.tag in SKIP_TAGS or "gloss-" in element.get("class", "")
                or (self.ext.policy.skip_quotes and element.tag == "blockquote"))

    def _explicit(self, link: etree.Element, first: list[etree.Element]) -> None:
        """Handle ``[words](term:slug)`` and ``[words](!term)``."""
        href = link.get("href", "")
        slug = href.removeprefix(TERM_REF)
        if href == STOP_REF or slug not in self.ext.glossary.terms:
            return  # left to ReferenceTreeprocessor
        is_first = self._use(slug)
        if is_first or self.ext.policy.link == "all":
            self._mark(link, slug, is_first)
        else:
            plain(link)
        if is_first:
            first.append(link)

    def _use(self, slug: str) -> bool:
        """Record a mention; True when it is the term's first in the document."""
        if slug in self.ext.result.used:
            return False
        self.ext.result.used.append(slug)
        return True

    def _blocked(self, text: str) -> list[tuple[int, int]]:
        """Spans of a text run where nothing may be linked: placeholders for raw HTML, and the
        text inside a raw HTML element (``<a href=...>Arab League</a>`` written by hand)."""
        spans, start = [], 0
        for match in ANY.finditer(text):
            if self.raw_depth:
                spans.append((start, match.start()))
            spans.append((match.start(), match.end()))
            self.raw_depth = max(0, self.raw_depth + self._depth_change(match.group(1)))
            start = match.end()
        if self.raw_depth:
            spans.append((start, len(text)))
        return spans

    def _depth_change(self, index: str | None) -> int:
        raw = None if index is None else stashed(self.md, index)
        if raw is None:
            return 0
        tag = RAW_TAG.match(str(raw).strip())
        if not tag or tag.group(3) or tag.group(2).lower() in VOID:
            return 0
        return -1 if tag.group(1) else 1

    def _wanted(self, mention: Found, blocked: Sequence[tuple[int, int]]) -> bool:
        if mention.slug in self.ext.policy.exclude:
            return False
        if any(start < mention.end and mention.start < end for start, end in blocked):
            return False
        return mention.slug not in self.ext.result.used or self.ext.policy.link == "all"

    def _split(self, item: Item, mentions: list[Found], first: list[etree.Element]) -> None:
        """Split a text run at its wanted mentions, inserting a link for each."""
        text = item.text
        blocked = self._blocked(text) if has_placeholder(text) or self.raw_depth else []
        head, links, pos = text, [], 0
        for mention in mentions:
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
            item.replace(head, links)

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
            link.set("aria-describedby", f"gloss-{slug}-summary")  # read after the name


class BoxTreeprocessor(Treeprocessor):
    """Records the sentence of each first mention and places the boxes of each block's first
    mentions, from what :class:`GlossaryTreeprocessor` found."""

    def __init__(self, md: Markdown, ext: GlossaryExtension) -> None:
        super().__init__(md)
        self.ext = ext

    def run(self, root: etree.Element) -> None:
        blocks, first = list(root), self.ext.first
        for index in sorted((i for i, links in first.items() if links), reverse=True):
            links = first[index]
            for link, sentence in zip(links, sentences_of(blocks[index], links), strict=True):
                self.ext.result.sentences[link.get("data-term", "")] = sentence
            if self.ext.policy.boxes:
                self._with_boxes(root, index, [link.get("data-term", "") for link in links])

    def _with_boxes(self, root: etree.Element, index: int, slugs: list[str]) -> None:
        """Wrap a block with the boxes of its first mentions (for CSS)::

            <div class="gloss-row"><div class="gloss-boxes">boxes</div><p>...</p></div>

        No element is added here: the opening of the wrapper with the boxes (whose HTML is
        made once per build and link) and its end are raw HTML in ``md.htmlStash``; their
        placeholders go into the text just before the block (the tail of the block before
        it, or the document's own text) and into the block's tail. Blocks are handled last
        to first, so placeholders that meet in one tail come out in document order."""
        before = root[index - 1] if index else None
        own = root[index]
        own.tail = _marked(self.md.htmlStash.store("</div>"), own.tail)
        boxes = "\n".join(self.ext.box(slug) for slug in slugs)
        row = self.md.htmlStash.store(
            f'<div class="gloss-row">\n<div class="gloss-boxes">\n{boxes}\n</div>')
        if before is None:
            root.text = _marked(row, root.text)
        else:
            before.tail = _marked(row, before.tail)


def _marked(marker: str, text: str | None) -> str:
    """A placeholder put first on a line of its own in a block's tail (or the document's
    text)."""
    rest = text.lstrip("\n") if text and text.strip() else ""
    return f"\n{marker}\n{rest}"


class Item:
    """A text run (``element.text`` or ``child.tail``) or an explicit reference."""

    __slots__ = ("block", "child", "element", "kind", "text")

    def __init__(self, kind: str, block: int, element: etree.Element, text: str,
                 child: etree.Element | None = None) -> None:
        """``text`` is the run as collected: only the item itself changes it, by :meth:`replace`
        (the last thing done with it)."""
        self.kind, self.block, self.element, self.text, self.child = (
            kind, block, element, text, child)

    def replace(self, head: str, links: list[etree.Element]) -> None:
        """Put the text before the first link back, and the links (with tails) after it."""
        if self.kind == "text":
            self.element.text = head
            at = 0
        else:
            assert self.child is not None
            self.child.tail = head
            at = list(self.element).index(self.child) + 1
        for offset, link in enumerate(links):
            self.element.insert(at + offset, link)

