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

from explainer.importer.inert import escape_line_start
from explainer.importer.setapart import Page, kind, norm
from explainer.importer.xml_markdown import inline

MIN_WORDS = 3
MOST_RESTORED = 20  # paragraphs put back in one text
MOST_LOOKED = 400  # dropped boxes read in one text
MOST_APART = 12  # boxes between two kept paragraphs: further apart, they are not neighbours
ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff]")  # "**READ MORE:** \ufeff[…]": no label then
HEADING = re.compile(r"^\s*(?:#|[-*+] |\d+\. |>)")
MARKS = {"b": "#b", "strong": "#b", "i": "#i", "em": "#i"}
HIDDEN = ("@hidden or contains(translate(@style, 'DISPLAYNOE ', 'displaynoe'), 'display:none')"
          " or contains(translate(@style, 'VISIBLTYHD ', 'visibltyhd'), 'visibility:hidden')")
SKIP = ("self::script or self::style or self::noscript or self::template or "
        ".//img or .//figure or .//video or .//iframe or ancestor::aside or ancestor::nav or "
        f"ancestor-or-self::*[{HIDDEN}] or .//*[{HIDDEN}]")
LINKS = re.compile(r"\[(?:[^\]\\]|\\.)*\]\([^)\s]*\)")  # a link's words and target


def restored(paragraphs: list[str], page: Page, url: str | None,
             plain: Any) -> list[str]:
    """The paragraphs with the dropped ones of the same kind put back between them.
    ``plain`` turns a paragraph of Markdown into its plain text."""
    boxes = [None if HEADING.match(p) else page.box(plain(p)) for p in paragraphs]
    held = norm(" ".join(plain(p) for p in paragraphs))
    result: list[str] = []
    added = looked = 0
    for index, paragraph in enumerate(paragraphs):
        result.append(paragraph)
        after = boxes[index + 1] if index + 1 < len(boxes) else None
        if boxes[index] is None or after is None or added >= MOST_RESTORED:
            continue
        for box in _between(boxes[index], after):
            looked += 1
            if looked > MOST_LOOKED:
                return result + paragraphs[index + 1:]
            text = _markdown(box, url)
            words = norm(plain(text))
            if (len(words.split()) >= MIN_WORDS and words not in held
                    and norm(LINKS.sub(" ", text)) and added < MOST_RESTORED):
                result.append(text)  # not a row of links alone: a menu, the sharing buttons
                added += 1
    return result


def _between(one: Any, two: Any) -> Iterator[Any]:
    """The boxes of ``one``'s kind that stand between ``one`` and ``two`` (of the same kind):
    siblings between them, or the children of that kind of the parents between theirs."""
    if one is two or kind(one) != kind(two):
        return
    first, last = one, two
    if first.getparent() is not last.getparent():
        first, last = first.getparent(), last.getparent()
        if first is None or last is None or first.getparent() is not last.getparent():
            return
    near = list(itertools.islice(first.itersiblings(), MOST_APART + 1))
    if not any(sibling is last for sibling in near):
        return  # not neighbours, or ``two`` stands before ``one``
    between = itertools.takewhile(lambda sibling: sibling is not last, near)
    for sibling in (s for s in between if isinstance(s.tag, str)):
        found = [sibling] if first is one else [c for c in sibling if isinstance(c.tag, str)]
        yield from (box for box in found if kind(box) == kind(one) and not box.xpath(SKIP))


def _markdown(box: Any, url: str | None) -> str:
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
