"""Explicit references (``[words](term:slug)``, ``[words](!term)``): where they are written, and
the ones to unknown terms reported there.

Python-Markdown keeps no source positions. So the glossary extension reads the Markdown source
once, before any preprocessor changes it, and notes the line and column of each ``term:`` link
written there (outside fenced code and code spans), in order; the tree processor then takes
them in document order, the next place for each link with the same ``href``. A link whose
place was not found (written as a reference-style link, ``[words][ref]``) is placed at the
start of the body.

:class:`ReferenceTreeprocessor` runs after the glossary has linked the references to known
terms: every other reference becomes plain text, and each to an unknown term is a
:class:`Problem` at its place.
"""

from __future__ import annotations

import bisect
import re
import xml.etree.ElementTree as etree
from collections import deque
from collections.abc import Callable, Collection
from dataclasses import dataclass

from markdown import Markdown
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from explainer.core.diagnostics import did_you_mean

FENCE = re.compile(r"^(~{3,}|`{3,})")  # as Python-Markdown's fenced_code: at a line's start
CODE_SPAN = re.compile(r"(?<!\\)(`+)(.+?)(?<!`)\1(?!`)")
REFERENCE = re.compile(r"\]\(\s*<?(term:[^\s)>]*)")

TERM_REF = "term:"
STOP_REF = "!term"
Place = tuple[int, int]  # line and column in the body, both from 1
START: Place = (1, 1)


@dataclass(frozen=True)
class Problem:
    """An explicit reference to a term that does not exist, at its place in the body."""

    line: int  # in the body, from 1
    column: int  # of the reference's "(", from 1
    message: str


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


class ReferenceTreeprocessor(Treeprocessor):
    """Explicit references the glossary did not link (``!term``, unknown terms, references in
    headings, with the glossary off, on term pages) become plain text; each to an unknown term
    is reported, in document order, at its place."""

    def __init__(self, md: Markdown, terms: Collection[str], places: Places,
                 report: Callable[[Problem], None]) -> None:
        super().__init__(md)
        self.terms, self.places, self.report = terms, places, report

    def run(self, root: etree.Element) -> None:
        for link in root.iter("a"):
            href = link.get("href", "")
            if href.startswith(TERM_REF) and href.removeprefix(TERM_REF) not in self.terms:
                self.report(Problem(*self.places.take(href), self._message(href)))
            if href.startswith((TERM_REF, STOP_REF)):
                plain(link)

    def _message(self, href: str) -> str:
        slug = href.removeprefix(TERM_REF)
        close = did_you_mean(slug, self.terms)
        return f"unknown term '{slug}' in [...]({href})" + (f" ({close})" if close else "")


def plain(link: etree.Element) -> None:
    """Turn an explicit reference into plain text that nothing will match."""
    link.attrib.clear()
    link.tag, link.attrib["class"] = "span", "gloss-stop"
