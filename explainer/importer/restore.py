"""Paragraphs of the story that the extractor dropped for their links, put back.

An extractor leaves out a paragraph made mostly of links, to keep out menus and lists of
other stories. A story's own paragraph can be so made: "[The document dump isn't over
yet](…)." on 9news.com.au, a list of towns each linked to its topic page on asahi.com. Such a
paragraph is put back when the page sets it in the same kind of box as the two kept
paragraphs around it (the same element and class, in the same kind of parent,
:mod:`setapart`), and it is running text that the text does not already hold. What is put
back goes through the same furniture rules as the rest of the text.
"""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin

from lxml import etree

from explainer.importer.corrections import correction_note
from explainer.importer.customtags import HIDDEN
from explainer.importer.inert import escape_line_start
from explainer.importer.picboxes import caption_after_picture
from explainer.importer.setapart import Page, kind, norm
from explainer.importer.stretch import words as text_words
from explainer.importer.xml_markdown import inline

MIN_WORDS = 3
MOST_RESTORED = 20  # paragraphs put back in one text
MOST_LOOKED = 400  # dropped boxes read in one text
MOST_APART = 12  # boxes between two kept paragraphs: further apart, they are not neighbours
ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff]")  # "**READ MORE:** \ufeff[…]": no label then
HEADING = re.compile(r"^\s*(?:#|[-*+] |\d+\. |>)")
SUBHEADING = re.compile(r"^#{1,6} ")
MOST_CLIMBED = 3  # ancestors climbed to find two paragraphs' boxes side by side
MARKS = {"b": "#b", "strong": "#b", "i": "#i", "em": "#i"}
SKIP = ("self::script or self::style or self::noscript or self::template or "
        ".//img or .//figure or .//video or .//iframe or ancestor::aside or ancestor::nav or "
        f"ancestor-or-self::*[{HIDDEN}] or .//*[{HIDDEN}]")
LISTED = re.compile(r"[:：,、;；]")  # between links: a list in a sentence
LINKS = re.compile(r"\[(?:[^\]\\]|\\.)*\]\([^)\s]*\)")  # a link's words and target


def restored(paragraphs: list[str], page: Page, url: str | None,
             plain: Any) -> list[str]:
    """The paragraphs with the dropped ones of the same kind put back between them, and
    between a subheading and the paragraph after it. ``plain`` turns a paragraph of Markdown
    into its plain text."""
    boxes = [None if HEADING.match(p) else page.box(plain(p)) for p in paragraphs]
    held = norm(" ".join(plain(p) for p in paragraphs))
    result: list[str] = []
    added = looked = 0
    for index, paragraph in enumerate(paragraphs):
        result.append(paragraph)
        after = boxes[index + 1] if index + 1 < len(boxes) else None
        before, heading, stop = boxes[index], None, None
        if before is None and index and SUBHEADING.match(paragraph):
            before, heading = boxes[index - 1], page.box(plain(paragraph))
        elif after is None and index + 2 < len(boxes) and SUBHEADING.match(paragraphs[index + 1]):
            after, stop = boxes[index + 2], page.box(plain(paragraphs[index + 1]))  # up to it
        if before is None or after is None or added >= MOST_RESTORED:
            continue
        for box in _between(before, after, heading, stop):
            looked += 1
            if looked > MOST_LOOKED:
                return result + paragraphs[index + 1:]
            text = list_markdown(box, url) if box.tag in LIST_TAGS else markdown_of(box, url)
            words = norm(plain(text))
            if (text_words(words) >= MIN_WORDS and words not in held and _running(text)
                    and added < MOST_RESTORED and not caption_after_picture(box)):
                if (title := _list_heading(box, held)) is not None:
                    result.append(f"## {title}")  # the list's own subheading, dropped with it
                    held += " " + norm(title)
                result.append(text)  # not a row of links alone: a menu, the sharing buttons
                held += " " + words  # (a box the page shows twice is put back once)
                added += 1
    return result


LEDE_WORDS = 8
SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)]*\s*$")


def lede_restored(paragraphs: list[str], page: Page, url: str | None, plain: Any) -> list[str]:
    """The paragraphs with the story's opening put back when the extractor dropped it: the
    box just before the first kept paragraph's (or the one box inside it, a lede wrapped
    with its picture's credit) that shares a class with it ("zn-body__paragraph" on both a
    ``<p>`` and the ``<div>``s after it), and holds one or more sentences the text does not.
    A standfirst, set in a box of its own kind, stays apart."""
    if not paragraphs or HEADING.match(paragraphs[0]):
        return paragraphs
    box = page.box(plain(paragraphs[0]))
    classes = set((box.get("class") or "").split()) if box is not None else set()
    before = next((s for s in box.itersiblings(preceding=True) if isinstance(s.tag, str)),
                  None) if classes else None
    if before is None:
        return paragraphs
    lede = next((e for e in before.iter() if isinstance(e.tag, str)
                 and classes & set((e.get("class") or "").split())), None)
    if lede is None or lede.xpath(SKIP):
        return paragraphs
    text = markdown_of(lede, url)
    words = norm(plain(text))
    held = norm(" ".join(plain(p) for p in paragraphs))
    if (text_words(words) < LEDE_WORDS or words in held or not _running(text)
            or not SENTENCE_END.search(text)):
        return paragraphs
    return [text, *paragraphs]


def tail_restored(paragraphs: list[str], page: Page, url: str | None, plain: Any) -> list[str]:
    """The paragraphs with the boxes of the last one's kind that follow it in its parent past
    a link's card put back, where the extractor stopped before them (at a card of one link:
    "<a class="… flex …"><span>Lees ook</span>…</a>"): running text that the text does not
    hold, up to the next subheading or box of another kind than a link's or a picture's (a
    box right after a picture is its caption)."""
    last = next((p for p in reversed(paragraphs) if not HEADING.match(p)), None)
    box = page.box(plain(last)) if last is not None else None
    if box is None or box.getparent() is None:
        return paragraphs
    held = norm(" ".join(plain(p) for p in paragraphs))
    added: list[str] = []
    pictured = carded = False  # the box before was a picture (this one is its caption); a
    for sibling in itertools.islice(box.itersiblings(), MOST_APART):  # link's card was passed
        if not isinstance(sibling.tag, str) or sibling.tag in PASSED:
            pictured = pictured or sibling.tag in PICTURES
            carded = carded or sibling.tag == "a"
            continue
        if not carded:
            break  # (the extractor stopped at no card: what follows was left out on purpose)
        if kind(sibling) != kind(box) or sibling.xpath(SKIP) or len(added) >= MOST_RESTORED:
            break
        text = markdown_of(sibling, url)
        words = norm(plain(text))
        if text_words(words) >= MIN_WORDS and words not in held and _running(text) and \
                not pictured:
            added.append(text)
            held += " " + words
        pictured = False
    return [*paragraphs, *added]


PASSED = ("a", "figure", "picture", "img", "script", "style", "noscript", "template", "br")
PICTURES = ("figure", "picture", "img")
HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
HEADING_WORDS = 15


def _list_heading(box: Any, held: str) -> str | None:
    """The subheading set right before a list put back, when the text lacks it too ("<h2>What
    the plan includes</h2><ul>…")."""
    before = box.getprevious() if box.tag in LIST_TAGS else None
    if before is None or before.tag not in HEADING_TAGS or before.xpath(SKIP):
        return None
    title = " ".join(before.text_content().split())
    words = norm(title)
    return title if words and words not in held and len(words.split()) <= HEADING_WORDS else None


NOTE_WORDS = 120  # words of a correction or an editor's note at most: more is an article
NOTE_BLOCKS = "div", "p", "aside", "section", "blockquote"


def notes_restored(paragraphs: list[str], page: Page, url: str | None,
                   plain: Any) -> list[str]:
    """The paragraphs with a correction or an editor's note put back that the page shows
    inside the story's box and the extractor dropped (Ghost's callout card "Correction: The
    vote was 41-17 …", a box of its own), after the kept paragraph before it."""
    boxes = [page.box(plain(p)) for p in paragraphs]
    found = [box for box in boxes if box is not None]
    if page.tree is None or len(found) < 2 or (box := _common(found[0], found[-1])) is None:
        return paragraphs
    held = norm(" ".join(plain(p) for p in paragraphs))
    order = {element: index for index, element in enumerate(page.tree.iter())}
    result = list(paragraphs)
    for element in _notes(box):
        text = markdown_of(element, url)
        words = norm(plain(text))
        if words in held or text_words(words) > NOTE_WORDS:
            continue
        at = order.get(element, 0)
        before = [i for i, b in enumerate(boxes) if b is not None and order.get(b, 0) < at]
        where = (before[-1] + 1) if before else 0
        result.insert(where + (len(result) - len(paragraphs)), text)
        held += " " + words
    return result


def _common(one: Any, two: Any) -> Any | None:
    """The nearest element holding both boxes, climbing at most :data:`MOST_CLIMBED`
    levels over the first's parent (the story's box, not the page's)."""
    ancestor = one.getparent()
    for _ in range(MOST_CLIMBED + 1):
        if ancestor is None:
            return None
        if ancestor is two or ancestor in two.iterancestors():
            return ancestor
        ancestor = ancestor.getparent()
    return None


def _notes(box: Any) -> list[Any]:
    """The innermost blocks in ``box`` whose text opens with a correction's label."""
    found = [e for e in box.iter(*NOTE_BLOCKS)
             if correction_note(" ".join(e.text_content().split())) and not e.xpath(SKIP)]
    return [e for e in found if not any(o is not e and e in o.iterancestors() for o in found)]


def _running(text: str) -> bool:
    """Whether a paragraph is running text: words outside its links, or links set out as
    a list in a sentence ("[Fukuoka](…): [Kurume](…), [Saga](…)"), or one link that is a
    sentence; not a row of links alone (a menu, the sharing buttons)."""
    outside = LINKS.sub(" ", text)
    return bool(norm(outside)) or bool(LISTED.search(outside)) or _sentence_link(text)


LINKED_SENTENCE = re.compile(r"^\[(?P<words>(?:[^\]\\]|\\.)*)\]\([^)\s]*\)$")
SENTENCE_WORDS = 6


def _sentence_link(text: str) -> bool:
    """Whether a paragraph is one link whose words are a sentence of the story ("[The full
    budget document is published on the council's website.](…)"): six words or more,
    ending in a full stop; not a menu's or a button's words."""
    match = LINKED_SENTENCE.match(text.strip())
    words = match["words"].strip() if match else ""
    return len(words.split()) >= SENTENCE_WORDS and bool(SENTENCE_END.search(words))


def _siblings(one: Any, two: Any) -> tuple[Any, Any] | None:
    """``one`` and ``two``, or the ancestors of theirs that stand side by side in one parent:
    their parents, or, each paragraph in a wrapper of its own ("<section><div><p>"), the
    wrappers of one kind that hold that paragraph alone, climbed in step."""
    first, last = one.getparent(), two.getparent()
    if one.getparent() is two.getparent():
        return one, two
    for _ in range(MOST_CLIMBED):
        if first is None or last is None:
            return None
        if first.getparent() is last.getparent():
            return first, last
        first, last = first.getparent(), last.getparent()
        if (first is None or last is None or kind(first) != kind(last)
                or not (_alone(first, one) and _alone(last, two))):
            return None
    return None


def _alone(wrapper: Any, box: Any) -> bool:
    """Whether ``box`` is the only box of its kind in ``wrapper``."""
    return not any(other is not box and kind(other) == kind(box)
                   for other in wrapper.iter(box.tag))


def _between(one: Any, two: Any, heading: Any | None = None,
             stop: Any | None = None) -> Iterator[Any]:
    """The boxes of ``one``'s kind that stand between ``one`` and ``two`` (of the same kind):
    siblings between them, or the boxes of that kind in the boxes between theirs; only those
    after ``heading``, when a subheading stands between, and only those before ``stop``, a
    subheading the text keeps between them."""
    if one is two or kind(one) != kind(two) or (sides := _siblings(one, two)) is None:
        return
    first, last = sides
    near = list(itertools.islice(first.itersiblings(), MOST_APART + 1))
    if not any(sibling is last for sibling in near):
        return  # not neighbours, or ``two`` stands before ``one``
    between = [s for s in itertools.takewhile(lambda sibling: sibling is not last, near)
               if isinstance(s.tag, str)]
    if heading is not None:
        under = [i for i, s in enumerate(between) if s is heading or heading in s.iterdescendants()]
        if not under:
            return  # the subheading stands elsewhere: what is between may be before it
        between = between[under[0] + 1:]
    if stop is not None:
        at = [i for i, s in enumerate(between) if s is stop or stop in s.iterdescendants()]
        if not at:
            return  # the subheading stands elsewhere
        between = between[:at[0]]
    for sibling in between:
        if sibling.tag in LIST_TAGS:  # a list of the story's, set between its paragraphs
            if first is one and _story_list(sibling):
                yield sibling
            continue
        found = [sibling] if first is one else sibling.iter(one.tag)
        yield from (box for box in found if kind(box) == kind(one) and not box.xpath(SKIP))


LIST_TAGS = ("ul", "ol")
LIST_ITEMS = (2, 20)  # a story's list, in items; more is a menu or an index
ITEM_WORDS = 60
LINKED_SHARE = 0.5  # of a list's words at most in links: more is a list of other pages


def _story_list(element: Any) -> bool:
    """Whether a list could be the story's: two to twenty items of text, each of at most
    :data:`ITEM_WORDS` words, none holding a list, at most half of its words in links (a
    shop's offers, other stories), and none of the furniture :data:`SKIP` leaves out."""
    items = element.xpath("./li")
    linked = sum(len(link.text_content().split()) for link in element.iter("a"))
    return (LIST_ITEMS[0] <= len(items) <= LIST_ITEMS[1] and not element.xpath(SKIP)
            and not element.xpath("./li//ul | ./li//ol")
            and linked <= LINKED_SHARE * len(element.text_content().split())
            and all(0 < len(item.text_content().split()) <= ITEM_WORDS for item in items))


def list_markdown(element: Any, url: str | None) -> str:
    """A list as Markdown, one item a line ("- …", or "3. …" from its start), or "" when an
    item is a link alone (a menu, a row of other stories)."""
    items = [markdown_of(item, url) for item in element.xpath("./li")]
    if not all(_running(item) and norm(item) for item in items):
        return ""
    start = (element.get("start") or "1").strip()
    first = int(start) if start.isdigit() and len(start) < 6 else 1
    return "\n".join(f"{first + n}. {item}" if element.tag == "ol" else f"- {item}"
                     for n, item in enumerate(items))


def markdown_of(box: Any, url: str | None) -> str:
    """A box's text as one line of Markdown, with its links and emphasis."""
    element = copy.deepcopy(box)
    element.tail = None
    etree.strip_elements(element, "script", "style", etree.Comment, etree.ProcessingInstruction,
                         with_tail=False)
    for node in element.iter():
        if node is element or not isinstance(node.tag, str):
            continue
        if node.tag == "a" and node.get("href"):
            target = _target(node.get("href", "").strip(), url)
            node.attrib.clear()
            node.tag = "ref" if target else "span"
            if target:
                node.set("target", target)
        elif node.tag in MARKS:
            node.attrib.clear()
            node.set("rend", MARKS[node.tag])
            node.tag = "hi"
    etree.strip_tags(element, *{n.tag for n in element.iter() if isinstance(n.tag, str)}
                     - {element.tag, "ref", "hi"})
    return escape_line_start(ZERO_WIDTH.sub("", inline(element)))  # no heading, list, quote


def _target(href: str, url: str | None) -> str:
    """A link's target made absolute, or "" when it cannot be read ("http://[bad")."""
    try:
        return urljoin(url, href) if url else href
    except ValueError:
        return ""
