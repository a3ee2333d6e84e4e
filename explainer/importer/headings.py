"""The story's subheadings, which the extractor can drop or flatten into paragraphs.

trafilatura's precise reading leaves some ``<h2>``–``<h4>`` out of the text, or writes them as
paragraphs ("IDENTIFIED AS PRESS", "Unapologetically outspoken"), so a reader of the draft
loses the article's sections. A subheading of the page is a short heading outside the page's
furniture (navigation, asides, header, footer, figures, lists, links, forms). A paragraph of
the text that is, whole, such a heading becomes that heading; a heading missing from the text
is put back between the paragraphs around it on the page, when both are in the text (a
heading that opens a box of other stories, after the article, is not).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from explainer.importer.clean import letters
from explainer.importer.inert import escape_inline, heading_text
from explainer.importer.teasers import paragraph_letters
from explainer.importer.xml_markdown import running_text

OUTSIDE = ("ancestor::nav or ancestor::aside or ancestor::footer or ancestor::header or "
           "ancestor::figure or ancestor::li or ancestor::a or ancestor::form")
# and an application's box marked as a heading of the second or third level ("<div
# role="heading" aria-level="2">"; not the fourth: a shop's "Specs:" over each product)
HEADINGS = " | ".join([*(f"//h{n}[not({OUTSIDE})]" for n in (2, 3, 4)),
                       "//*[@role='heading'][@aria-level='2' or @aria-level='3'][not(self::h1 "
                       "or self::h2 or self::h3 or self::h4 or self::h5 or self::h6)]"
                       f"[not({OUTSIDE})]"])
MOST_WORDS = 15  # a longer heading is a standfirst or a teaser set large
MOST_QUESTION_WORDS = 19  # but a question may be longer: an explainer's "How did … in the 1970s?"
SHORTEST = 4  # letters: a shorter heading ("FAQ"?) is not matched by its letters
OPENING = 40  # letters of the next paragraph that place a missing heading
SHORT_OPENING = 16  # letters, at least, of a paragraph that places one
BLOCK_MARK = re.compile(r"^\s*(?:#|>|\||[-*+]\s|\d+\.\s)")  # a heading, quote, table or list
SIBLINGS = 3  # how far after a heading its paragraph is looked for (past an empty ad slot)


@dataclass(frozen=True)
class Subheading:
    text: str
    level: int
    key: str  # its letters (:func:`clean.letters`)
    before: str  # the first OPENING letters of the paragraph that follows it on the page
    after: tuple[str, ...]  # and of the blocks that precede it (a video's box may be nearest)


def subheadings(tree: Any) -> list[Subheading]:
    """The page's subheadings, in its order."""
    found = []
    for element in tree.xpath(HEADINGS):
        text = " ".join(element.text_content().split())
        key = letters(text)
        if len(key) >= SHORTEST and _short(text) and not running_text(text) and \
                not _linked(element, text):
            box = _wrapper(element)
            level = int(element.tag[1] if re.fullmatch(r"h[2-4]", str(element.tag))
                        else element.get("aria-level"))
            found.append(Subheading(text, level, key,
                                    next(_openings(box.itersiblings()), ""),
                                    tuple(_openings((box if box is element else _first(box))
                                                    .itersiblings(preceding=True)))))
    return found


def _first(box: Any) -> Any:
    """A heading's own box, or the box that opens with it, climbing while it is the first of
    its parent's ("<div class="content--body"><div class="body-title">…" after another such
    box): the blocks before that are the heading's preceding ones."""
    for _ in range(WRAPPERS):
        parent = box.getparent()
        if parent is None or parent.tag not in ("div", "section") or \
                any(isinstance(s.tag, str) for s in box.itersiblings(preceding=True)):
            break
        box = parent
    return box


def _linked(heading: Any, text: str) -> bool:
    """Whether the heading is a label, then a link that holds half its words or more: a
    pointer to another story ("Read more: <a>Apple and Google are playing catch-up</a>"),
    no subheading (a heading that is a link alone, a newsletter's item, is one)."""
    links = [" ".join(a.text_content().split()) for a in heading.iter("a") if a.get("href")]
    linked = sum(len(link.split()) for link in links)
    label = text.split(links[0], 1)[0].strip() if links and links[0] else ""
    return 2 * linked >= len(text.split()) > 0 and label.endswith((":", "—", "–", "|"))


WRAPPERS = 2  # boxes that hold a heading alone, climbed to find its neighbours


def _wrapper(heading: Any) -> Any:
    """The heading, or the box that holds it alone ("<div class="body-title"><h2>…</h2>
    </div><div class="body-text">…"), whose siblings are its neighbours."""
    box = heading
    for _ in range(WRAPPERS):
        parent = box.getparent()
        if parent is None or parent.tag not in ("div", "section", "header") or len(parent) != 1 \
                or (parent.text or "").strip():
            break
        box = parent
    return box


def _short(text: str) -> bool:
    """Short enough for a subheading: ``MOST_WORDS``, or ``MOST_QUESTION_WORDS`` for a question."""
    question = text.rstrip("*_ ").endswith(("?", "？"))
    return len(text.split()) <= (MOST_QUESTION_WORDS if question else MOST_WORDS)


def _openings(siblings: Iterator[Any]) -> Iterator[str]:
    """The first OPENING letters of each of a heading's next :data:`SIBLINGS` siblings that
    holds :data:`SHORT_OPENING` or more, while they are paragraphs, lists (their first item's)
    or containers of one: a short lead-in ("Several factors have come together:") counts."""
    for count, sibling in enumerate(siblings):
        if count >= SIBLINGS:
            break
        opening = _opening(sibling) if isinstance(sibling.tag, str) else ""
        if len(opening) >= SHORT_OPENING:
            if sibling.tag not in ("p", "div", "ul", "ol"):
                return
            yield opening if sibling.tag in ("p", "div") else _first_item(sibling)


def _opening(box: Any) -> str:
    """A block's first :data:`OPENING` letters: a box's, those of its first paragraph (a
    "body-text" box of several)."""
    first = box.find(".//p") if box.tag == "div" else None
    return letters((first if first is not None else box).text_content())[:OPENING]


def _first_item(listing: Any) -> str:
    items = listing.findall("li")
    return letters(items[0].text_content())[:OPENING] if items else ""


def with_subheadings(paragraphs: list[str], heads: list[Subheading]) -> list[str]:
    """The paragraphs with the page's subheadings as headings (see the module)."""
    if not heads:
        return paragraphs
    named = {h.key: h for h in heads}
    present = {paragraph_letters(p) for p in paragraphs}
    missing = {h.before: h for h in heads if h.key not in present and h.before}
    marks = _marks(paragraphs, named)
    out: list[str] = []
    openings: set[str] = set()
    for paragraph in paragraphs:
        key = paragraph_letters(paragraph)
        if (head := named.get(key)) and not BLOCK_MARK.match(paragraph) and _short(paragraph):
            paragraph = f"{'#' * head.level} {heading_text(paragraph.strip('*_ '))}"
        elif (head := missing.get(key[:OPENING])) and not openings.isdisjoint(head.after):
            mark = marks.get(head.level, "#" * head.level)
            out.append(f"{mark} {heading_text(escape_inline(head.text, bang=True))}")
            del missing[key[:OPENING]]
        out.append(paragraph)
        openings.add(key[:OPENING])
    return out


def _marks(paragraphs: list[str], named: dict[str, Subheading]) -> dict[int, str]:
    """The marks the text gives the page's subheadings of each level (trafilatura's "###"
    for an ``<h2>``), so that one put back is written as its kind is."""
    found: dict[int, str] = {}
    for paragraph in paragraphs:
        mark = re.match(r"#{1,6}(?= )", paragraph)
        if mark and (head := named.get(paragraph_letters(paragraph))):
            found.setdefault(head.level, mark.group())
    return found
