"""Where the explicit references of a body (``[words](term:slug)``) are written in its source.

Python-Markdown keeps no source positions. So the glossary extension reads the Markdown source
once, before any preprocessor changes it, and notes the line and column of each ``term:`` link
written there (outside fenced code and code spans), in order; the tree processor then takes
them in document order, the next place for each link with the same ``href``. A link whose
place was not found (written as a reference-style link, ``[words][ref]``) is placed at the
start of the body.
"""

from __future__ import annotations

import bisect
import re
from collections import deque

from markdown import Markdown
from markdown.preprocessors import Preprocessor

FENCE = re.compile(r"^(~{3,}|`{3,})")  # as Python-Markdown's fenced_code: at a line's start
CODE_SPAN = re.compile(r"(?<!\\)(`+)(.+?)(?<!`)\1(?!`)")
REFERENCE = re.compile(r"\]\(\s*<?(term:[^\s)>]*)")

Place = tuple[int, int]  # line and column in the body, both from 1
START: Place = (1, 1)


class Places:
    """The places of a document's ``term:`` links, by ``href``, in the order written."""

    def __init__(self) -> None:
        self._by_href: dict[str, deque[Place]] = {}

    def read(self, lines: list[str]) -> None:
        """Note every ``term:`` link of the source lines (forgetting an earlier document's)."""
        self.clear()
        for number, line in _prose(lines):
            masked = CODE_SPAN.sub(lambda m: " " * len(m.group()), line)
            for match in REFERENCE.finditer(masked):
                self._by_href.setdefault(match.group(1), deque()).append(
                    (number, match.start() + 2))  # the column of "("

    def clear(self) -> None:
        self._by_href = {}

    def take(self, href: str) -> Place:
        """The place of the next link with this ``href`` (the start of the body if none)."""
        places = self._by_href.get(href)
        return places.popleft() if places else START


def _prose(lines: list[str]) -> list[tuple[int, str]]:
    """The lines outside fenced code, with their numbers from 1 (a fence without its closing
    line is no fence, as for Python-Markdown)."""
    closers: dict[str, list[int]] = {}  # the lines that can close a fence, by fence
    for number, line in enumerate(lines):
        if FENCE.match(line) and not line.rstrip(" ").strip("`~"):
            closers.setdefault(line.rstrip(" "), []).append(number)
    kept, at = [], 0
    while at < len(lines):
        fence = FENCE.match(lines[at])
        after = closers.get(fence.group(1), []) if fence else []
        end = bisect.bisect_right(after, at)
        if end == len(after):
            kept.append((at + 1, lines[at]))
            at += 1
        else:
            at = after[end] + 1
    return kept


class ReferencePreprocessor(Preprocessor):
    """Reads the places of ``term:`` links; the lines are passed on unchanged."""

    def __init__(self, md: Markdown, places: Places) -> None:
        super().__init__(md)
        self.places = places

    def run(self, lines: list[str]) -> list[str]:
        self.places.read(lines)
        return lines
