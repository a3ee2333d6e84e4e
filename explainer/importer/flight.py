"""The article's markup from a Next.js page whose HTML body is empty until scripts run.

A Next.js app-router page streams its content as "flight" data in scripts of the form
``self.__next_f.push([1, "<JSON string>"])``. Joined, the strings are rows ``id:payload``;
a text row ``id:T<length in hex>,<text>`` holds a long string as is, which is how a
story's HTML body (set with ``dangerouslySetInnerHTML``) travels. When the page's own
markup holds no article, these rows are the only place the text is.
"""

from __future__ import annotations

import json
import re

PUSH = re.compile(r'self\.__next_f\.push\(\[1,\s*("(?:[^"\\]|\\.)*")\]\)')
TEXT_ROW = re.compile(rb"(?:^|\n)[0-9a-f]+:T([0-9a-f]{1,8}),")
MARKUP = re.compile(r"<(?:p|h[1-6]|blockquote|li)[\s>]", re.IGNORECASE)


def flight_data(page: str) -> str:
    """The page's flight strings joined, in order; empty when it has none."""
    strings = []
    for match in PUSH.finditer(page):
        try:
            strings.append(json.loads(match.group(1)))
        except ValueError:  # not a JSON string after all
            continue
    return "".join(strings)


def flight_markup(page: str) -> list[str]:
    """The text rows of the page's flight data that hold paragraphs of HTML, in order."""
    if "__next_f" not in page:
        return []
    raw = flight_data(page).encode("utf-8", "surrogatepass")
    found = []
    for match in TEXT_ROW.finditer(raw):
        length = int(match.group(1), 16)  # in bytes of UTF-8
        text = raw[match.end():match.end() + length].decode("utf-8", "replace")
        if MARKUP.search(text):
            found.append(text)
    return found
