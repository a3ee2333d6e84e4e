"""The article's markup from a Next.js page whose HTML body is empty until scripts run.

A Next.js app-router page streams its content as "flight" data in scripts of the form
``self.__next_f.push([1, "<JSON string>"])``. Joined, the strings are rows, each
``<id>:<payload>``: most payloads end at a newline, but a text row ``<id>:T<length in hex>,``
holds that many bytes of UTF-8 as they are, and the next row follows at once, with no
newline. A story's HTML body (set with ``dangerouslySetInnerHTML``) travels in such a row.
When the page's own markup holds no article, these rows are the only place the text is.
The markup found is held to the same bound as a page (:data:`bounds.MAX_ELEMENTS`).

A page-router Next.js page (or another app that renders in the browser) carries its state as
JSON in a ``<script type="application/json">`` (``__NEXT_DATA__``): the story's HTML body is
then one string in it, the longest of those that hold paragraphs of markup (a related story's
teaser is shorter).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from explainer.importer.bounds import page_problem

PUSH = re.compile(r'self\.__next_f\.push\(\[1,\s*("[^"\\]*(?:\\.[^"\\]*)*")\]\)')
ROW_ID = re.compile(rb"[0-9a-f]{1,8}:")
TEXT_LENGTH = re.compile(rb"T([0-9a-f]{1,8}),")
MARKUP = re.compile(r"<(?:p|h[1-6]|blockquote|li)[\s>]", re.IGNORECASE)
STATE = re.compile(r'<script\b[^>]*\btype=["\']?application/json\b[^>]*>(.*?)</script\s*>',
                   re.IGNORECASE | re.DOTALL)


def flight_data(page: str) -> str:
    """The page's flight strings joined, in order; empty when it has none."""
    strings = []
    for match in PUSH.finditer(page):
        try:
            strings.append(json.loads(match.group(1)))
        except ValueError:  # not a JSON string after all
            continue
    return "".join(strings)


def text_rows(data: bytes) -> list[bytes]:
    """The text rows of joined flight data, read row by row (a text row's bytes are skipped
    whole, so a row-like line inside one is not read as a row)."""
    found, position = [], 0
    while position < len(data):
        row = ROW_ID.match(data, position)
        text = TEXT_LENGTH.match(data, row.end()) if row else None
        if text is None:  # another kind of row, or no row: it ends at the newline
            newline = data.find(b"\n", position)
            position = len(data) if newline < 0 else newline + 1
            continue
        end = text.end() + int(text.group(1), 16)
        found.append(data[text.end():end])
        position = end
    return found


def flight_markup(page: str) -> list[str]:
    """The text rows of the page's flight data that hold paragraphs of HTML, in order; none
    when they would be past the bound of a page."""
    if "__next_f" not in page:
        return []
    rows = [row.decode("utf-8", "replace")
            for row in text_rows(flight_data(page).encode("utf-8", "surrogatepass"))]
    found = [row for row in rows if MARKUP.search(row)]
    return [] if page_problem("".join(found)) else found


def _strings(value: object) -> Iterator[str]:
    """Every string in a JSON value, keys left out, walked without recursion (a state nested
    past Python's reach is read all the same)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def state_markup(page: str) -> list[str]:
    """The story's HTML body from the JSON state in the page's scripts: the longest string that
    holds paragraphs of markup; none when there is none, or it would be past the bound of a
    page."""
    if "application/json" not in page:
        return []
    found: list[str] = []
    for match in STATE.finditer(page):
        try:
            state = json.loads(match.group(1))
        except (ValueError, RecursionError):  # not JSON, or nested past Python's reach
            continue
        found.extend(text for text in _strings(state) if MARKUP.search(text))
    longest = max(found, key=len, default="")
    return [longest] if longest and not page_problem(longest) else []
