"""Bounded work: the limits a Markdown body must keep so that rendering it takes a moment.

Python-Markdown's inline patterns go back over the text after each unclosed ``[`` or ``<``,
so their cost grows with the square of how many a paragraph holds (20,000 ``[`` on one line
took 52 s), and nested lists and definition lists recurse once per level. No real article comes
near these limits; a file that does gets an error at the place it crosses one, instead of
minutes of work or a crash.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from explainer.core.diagnostics import Diagnostics

MAX_BODY_BYTES = 256 * 1024  # 256 KiB of Markdown: about 40,000 words
MAX_PARAGRAPH = 50_000  # characters in one block (the text between two blank lines)
MAX_HEADINGS = 1000  # Python-Markdown's ids for headings cost the square of their number
MAX_MARKS_PER_PARAGRAPH = 500  # '[' or '<' in one paragraph
MAX_MARKS = 5000  # '[' or '<' in one body
MAX_NESTING = 32  # levels of indentation (lists, code in lists) or of '>' quotes
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# a line that could be deep: a long run of indentation and '>' (one character class, so the
# search is linear); its levels are then counted one by one
DEEP_CANDIDATE = re.compile(rf"^[ \t>*+\-0-9.)]{{{MAX_NESTING + 1},}}", re.MULTILINE)
LEVEL = re.compile(r"    |\t| {0,3}>[ \t]?| {0,3}(?:[*+\-]|[0-9]{1,9}[.)])[ \t]+")
MARKS = ("[", "<")
HEADING = re.compile(r"^(?:#{1,6}(?:[ \t]|$)|[=-]+[ \t]*$)", re.MULTILINE)


def within_limits(body: str, path: Path, first_line: int, diags: Diagnostics) -> bool:
    """True when the body keeps every limit; otherwise each broken limit is an error at its
    place (``first_line`` is the file line of the body's first line)."""
    before = len(diags.errors)
    size = len(body.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        diags.error(path, first_line, 1, f"the text is {size:,} bytes; the limit is "
                    f"{MAX_BODY_BYTES:,}",
                    hint="split it into several explainers")
        return False
    _blocks_and_headings(body, lambda index, message, hint: diags.error(
        path, first_line + body.count("\n", 0, index), 1, message, hint=hint))
    nested = _too_deep(body)
    if nested is not None:
        diags.error(path, first_line + body.count("\n", 0, nested), 1,
                    f"this line is nested more than {MAX_NESTING} levels deep (lists, quotes "
                    "or indentation)", hint="flatten the list or quote; Markdown reads every "
                    "4 spaces or tab of indentation as a level")
    for mark in MARKS:
        _count_marks(body, mark, lambda index, message, hint: diags.error(
            path, first_line + body.count("\n", 0, index),
            index - (body.rfind("\n", 0, index) + 1) + 1, message, hint=hint))
    return len(diags.errors) == before


def _blocks_and_headings(body: str, report: Callable[[int, str, str], None]) -> None:
    """A block longer than MAX_PARAGRAPH (reported at its first line), and more headings
    than MAX_HEADINGS (at the first one past the limit)."""
    start = 0
    for match in [*PARAGRAPH_BREAK.finditer(body), None]:
        end = match.start() if match else len(body)
        if end - start > MAX_PARAGRAPH:
            report(start, f"this paragraph is {end - start:,} characters long; the limit is "
                   f"{MAX_PARAGRAPH:,}", "split it with blank lines (a table or list can be "
                   "split into several)")
        start = match.end() if match else end
    if body.count("\n") >= MAX_HEADINGS:
        headings = HEADING.finditer(body)
        for number, heading in enumerate(headings, start=1):
            if number > MAX_HEADINGS:
                report(heading.start(), f"the text has more than {MAX_HEADINGS:,} headings",
                       "split it into several explainers")
                break


def _too_deep(body: str) -> int | None:
    """The index of the first line nested more than MAX_NESTING levels, or None. Each level
    is read once, left to right (4 spaces, a tab, a '>', or a list marker such as '- ' or
    '1. ', each with up to 3 spaces before it), so the work is linear in the line's length."""
    for candidate in DEEP_CANDIDATE.finditer(body):
        start = position = candidate.start()
        levels = 0
        while (level := LEVEL.match(body, position)) and level.end() > position:
            levels += 1
            position = level.end()
            if levels > MAX_NESTING:
                return start
    return None


def _count_marks(body: str, mark: str, report: Callable[[int, str, str], None]) -> None:
    """Too many of one mark in a paragraph, or in the whole body: reported at the first
    mark past the limit."""
    name = "'['" if mark == "[" else "'<'"
    if body.count(mark) <= MAX_MARKS_PER_PARAGRAPH:
        return
    if body.count(mark) > MAX_MARKS:
        report(_nth(body, mark, MAX_MARKS, 0), f"the text has {body.count(mark):,} {name}; "
               f"the limit is {MAX_MARKS:,}", "split it into several explainers, or write "
               f"{'&#91;' if mark == '[' else '&lt;'} for a {name} that is only text")
        return
    start = 0
    for match in [*PARAGRAPH_BREAK.finditer(body), None]:
        end = match.start() if match else len(body)
        count = body.count(mark, start, end)
        if count > MAX_MARKS_PER_PARAGRAPH:
            report(_nth(body, mark, MAX_MARKS_PER_PARAGRAPH, start),
                   f"this paragraph has {count:,} {name}; the limit is "
                   f"{MAX_MARKS_PER_PARAGRAPH:,} in a paragraph",
                   "split the paragraph, or write "
                   f"{'&#91;' if mark == '[' else '&lt;'} for a {name} that is only text")
        start = match.end() if match else end


def _nth(text: str, mark: str, n: int, start: int) -> int:
    """The index of the mark after the first ``n`` from ``start``."""
    index = start - 1
    for _ in range(n + 1):
        index = text.find(mark, index + 1)
    return index
