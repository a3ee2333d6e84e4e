"""An element's text as a reader sees it: lines parted where the page breaks them (a ``<br>``,
a block such as a ``<div>`` or a ``<p>``), not glued as lxml's ``text_content()`` glues them
("By <span>Joe Davidson</span></div><div>Washington Post" read as "Joe DavidsonWashington
Post").

A reading stops once it holds more than ``limit`` characters or has entered fifty times as
many elements: a caller that only asks whether an element holds a short line does not read a
wrapper around the whole page, once for each of its nested wrappers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu",
    "nav", "ol", "option", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul"})
UNSHOWN = frozenset({"script", "style", "template", "noscript"})
LIMIT = 20_000  # a title, a caption or a byline is shorter by far
ELEMENTS = 50  # elements entered per character of the limit (icons hold no text)
MOST_ELEMENTS = 100_000  # and never more
STOP = object()  # the owner of the piece that says the reading stopped early


def lines_of(element: Any, limit: int = LIMIT) -> list[str]:
    """The element's lines, white space collapsed, empty ones left out. Comments, scripts and
    styles add no words; the text after them does."""
    return [line for line in located_lines(element, limit)[0] if line]


def text_of(element: Any, limit: int = LIMIT) -> str:
    """An element's text on one line: its lines joined by a space."""
    return " ".join(lines_of(element, limit))


def short_lines(element: Any, limit: int) -> list[str] | None:
    """The element's lines when its text, on one line, holds ``limit`` characters or fewer;
    else None (also when the reading stopped early, so a box of icons and a long text is long)."""
    lines, _, whole = located_lines(element, limit)
    lines = [line for line in lines if line]
    return lines if whole and len(" ".join(lines)) <= limit else None


def short_text(element: Any, limit: int) -> str | None:
    """:func:`short_lines` on one line."""
    lines = short_lines(element, limit)
    return None if lines is None else " ".join(lines)


def located_lines(element: Any, limit: int = LIMIT) -> tuple[list[str], dict[Any, int], bool]:
    """The element's lines (empty ones kept), the line each piece of its text is on
    (``{(owner, is_tail): index}``, where ``owner`` is the element whose ``text``, or with
    ``is_tail`` whose ``tail``, the piece is), and whether the whole element was read: the
    reading stops past ``limit`` characters or :data:`ELEMENTS` times ``limit`` elements."""
    lines: list[str] = []
    where: dict[Any, int] = {}
    current: list[str] = []
    read, whole = 0, True
    for piece, owner, tail in _pieces(element, min(limit * ELEMENTS, MOST_ELEMENTS)):
        if owner is None:  # a line ends
            lines.append(" ".join("".join(current).split()))
            current = []
            continue
        if owner is STOP:
            whole = False
            break
        current.append(piece)
        where[(owner, tail)] = len(lines)
        read += len("".join(piece.split()))
        if read > limit:
            whole = False
            break
    if not whole:  # the last line was cut: none of its pieces is located
        where = {key: index for key, index in where.items() if index < len(lines)}
    lines.append(" ".join("".join(current).split()))
    return lines, where, whole


def _pieces(element: Any, limit: int) -> Iterator[tuple[str, Any, bool]]:
    """The element's text pieces in order, as ``(text, owner, is_tail)``; ``("", None,
    False)`` where a line ends, ``("", STOP, False)`` when more than ``limit`` elements would
    be entered."""
    if _tag(element) in UNSHOWN:
        return
    yield from _opened(element)
    stack = [(element, iter(element))]
    entered = 0
    while stack:
        node, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if _tag(node) in BLOCKS:
                yield "", None, False
            if node is not element and node.tail:
                yield node.tail, node, True
        elif _tag(child) and _tag(child) not in UNSHOWN:
            entered += 1
            if entered > limit:
                yield "", STOP, False
                return
            yield from _opened(child)
            stack.append((child, iter(child)))
        elif child.tail:  # a comment, a script: only what follows it
            yield child.tail, child, True


def _opened(node: Any) -> Iterator[tuple[str, Any, bool]]:
    if _tag(node) in BLOCKS:
        yield "", None, False
    if node.text:
        yield node.text, node, False


def _tag(node: Any) -> str:
    """An element's tag; a comment's or a processing instruction's is empty."""
    return node.tag if isinstance(node.tag, str) else ""


def class_word(word: str) -> str:
    """An XPath test that an element's class holds ``word`` (in small letters) as a word of
    its own, alone or joined by "-" or "_" ("reporter", "article-reporter", "reporter_name";
    not "reporterrbox", a box to report errors)."""
    folded = "concat(' ', translate(@class, '-_ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
    folded += "'  abcdefghijklmnopqrstuvwxyz'), ' ')"
    return f"contains({folded}, ' {word} ')"
