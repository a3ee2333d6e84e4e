"""An element's text as a reader sees it: lines parted where the page breaks them (a ``<br>``,
a block such as a ``<div>`` or a ``<p>``), not glued as lxml's ``text_content()`` glues them
("By <span>Joe Davidson</span></div><div>Washington Post" read as "Joe DavidsonWashington
Post")."""

from __future__ import annotations

from typing import Any

BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "td", "th", "tr", "ul"})
UNSHOWN = frozenset({"script", "style", "template", "noscript"})
BREAK = "\x00"  # where a line ends: the page's own line feeds are white space


def lines_of(element: Any) -> list[str]:
    """The element's lines, white space collapsed, empty ones left out. Comments, scripts and
    styles add no words; the text after them does."""
    if _tag(element) in UNSHOWN:
        return []
    parts = [BREAK if _tag(element) in BLOCKS else "", element.text or ""]
    stack = [(element, iter(element))]
    while stack:
        node, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            parts.append(BREAK if _tag(node) in BLOCKS else "")
            if node is not element:
                parts.append(node.tail or "")
        elif _tag(child) and _tag(child) not in UNSHOWN:
            parts += [BREAK if _tag(child) in BLOCKS else "", child.text or ""]
            stack.append((child, iter(child)))
        else:  # a comment, a script: only what follows it
            parts.append(child.tail or "")
    lines = (" ".join(line.split()) for line in "".join(parts).split(BREAK))
    return [line for line in lines if line]


def _tag(node: Any) -> str:
    """An element's tag; a comment's or a processing instruction's is empty."""
    return node.tag if isinstance(node.tag, str) else ""


def text_of(element: Any) -> str:
    """An element's text on one line: its lines joined by a space."""
    return " ".join(lines_of(element))
