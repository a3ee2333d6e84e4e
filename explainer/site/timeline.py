"""Timelines: a fenced ``timeline`` block in an explainer's body, and one assembled from the
dated events of the glossary terms an explainer mentions (``timeline: events``).

The block, one event a line, its date first (a day, a month or a year), then inline Markdown::

    ```timeline
    2011-03-15: Protests begin in Deraa.
    2011-03: The army moves into *Deraa*.
    2024: The year the government fell.
    ```

becomes ``<ol class="timeline">`` with one ``<li><time datetime="...">...</time><p>...</p></li>``
an event. :class:`TimelinePreprocessor` (priority 27: after ``normalize_whitespace`` (30),
before ``fenced_code_block`` (25)) reads the block and leaves a marker paragraph in its place;
:class:`TimelineBlockProcessor` turns the marker into the list, whose texts the inline
patterns (and the glossary) then process like any other text. Malformed lines are collected
in :attr:`TimelineExtension.problems` at their line and column in the body.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from markdown import Markdown
from markdown.blockparser import BlockParser
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from markdown.util import AtomicString

from explainer.core.diagnostics import Diagnostics
from explainer.glossary.boxes import MONTHS
from explainer.site.since import Happened, merged_events

if TYPE_CHECKING:
    from explainer.site.pages import ExplainerPage

OPEN = re.compile(r"^(?P<fence>`{3,}|~{3,})[ ]*timeline[ ]*$")
OTHER_FENCE = re.compile(r"^(?P<fence>`{3,}|~{3,})")
ENTRY = re.compile(r"^(?P<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)[ ]*:(?P<space>[ ]*)(?P<text>.*)$")
MARKER = "\x07timeline:{}\x07"
MARKER_RE = re.compile("^\x07timeline:(\\d+)\x07$")
FORMAT_HINT = "write one event a line, its date first: 2011-03-15: Protests begin in Deraa. " \
              "(or 2011-03: ..., or 2011: ...)"


@dataclass(frozen=True)
class Entry:
    """One event of a written timeline: its date as written (day, month or year) and text."""

    date: str
    text: str

    @property
    def label(self) -> str:
        """"15 March 2011", "March 2011" or "2011"."""
        parts = [int(p) for p in self.date.split("-")]
        if len(parts) == 1:
            return str(parts[0])
        month = MONTHS[parts[1] - 1]
        return f"{parts[2]} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


@dataclass(frozen=True)
class Problem:
    """A problem in a timeline block: its line (counting from 0 in the body) and column."""

    line: int
    col: int
    severity: str
    message: str
    hint: str


class TimelineExtension(Extension):
    """The ``timeline`` fenced block. ``problems`` holds what was wrong in the last document."""

    def __init__(self) -> None:
        super().__init__()
        self.reset()

    def reset(self) -> None:
        self.timelines: list[list[Entry]] = []
        self.problems: list[Problem] = []

    def extendMarkdown(self, md: Markdown) -> None:
        md.preprocessors.register(TimelinePreprocessor(md, self), "timeline", 27)
        md.parser.blockprocessors.register(TimelineBlockProcessor(md.parser, self),
                                           "timeline", 105)
        md.registerExtension(self)

    def report(self, path: Path, body_line: int, diags: Diagnostics) -> None:
        """The problems found, at their line and column in the file."""
        for p in self.problems:
            add = diags.error if p.severity == "error" else diags.warning
            add(path, body_line + p.line, p.col, p.message, hint=p.hint)


class TimelinePreprocessor(Preprocessor):
    """Replaces each ``timeline`` block with a marker paragraph (lines of other fenced blocks
    are left alone, so a block shown as an example inside ```` ```` ```` stays code)."""

    def __init__(self, md: Markdown, ext: TimelineExtension) -> None:
        super().__init__(md)
        self.ext = ext

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        n = 0
        while n < len(lines):
            line = lines[n]
            opened, other = OPEN.match(line), OTHER_FENCE.match(line)
            if opened:
                end = _closing(lines, n, opened.group("fence"))
                self._block(lines, n, end)
                out += ["", MARKER.format(len(self.ext.timelines) - 1), ""]
                n = end + 1
            elif other:
                end = _closing(lines, n, other.group("fence"))
                out += lines[n:end + 1]
                n = end + 1
            else:
                out.append(line)
                n += 1
        return out

    def _block(self, lines: list[str], start: int, end: int) -> None:
        """Read the lines between the fences (``end`` is the closing fence or the last line)."""
        closed = end < len(lines) and end > start and _is_close(lines[end], lines[start])
        if not closed:
            self._problem(start, 1, "timeline block is not closed",
                          "end it with ``` on a line of its own")
        entries = []
        for n in range(start + 1, end if closed else end + 1):
            entry = self._entry(lines[n], n)
            if entry is not None:
                entries.append(entry)
        if closed and not entries and not any(
                lines[n].strip() for n in range(start + 1, end)):
            self._problem(start, 1, "empty timeline block",
                          "add one event a line (2011-03-15: What happened), or remove the "
                          "block", "warning")
        self.ext.timelines.append(entries)

    def _entry(self, line: str, n: int) -> Entry | None:
        text = line.strip()
        if not text:
            return None
        col = len(line) - len(line.lstrip()) + 1
        match = ENTRY.match(text)
        if match is None:
            self._problem(n, col, "malformed timeline line: expected 'YYYY-MM-DD: text', "
                                  "'YYYY-MM: text' or 'YYYY: text'", FORMAT_HINT)
            return None
        date = match.group("date")
        if not _real(date):
            self._problem(n, col, f"timeline date '{date}' does not exist",
                          "write YYYY-MM-DD, YYYY-MM or YYYY with a real month and day")
            return None
        if not match.group("text").strip():
            self._problem(n, col + match.start("text"), f"timeline event {date} has no text",
                          f"say what happened after the colon: {date}: ...")
            return None
        return Entry(date, match.group("text").strip())

    def _problem(self, line: int, col: int, message: str, hint: str,
                 severity: str = "error") -> None:
        self.ext.problems.append(Problem(line, col, severity, message, hint))


def _closing(lines: list[str], start: int, fence: str) -> int:
    """The line of the fence that closes the block opened at ``start`` (else the last line)."""
    for n in range(start + 1, len(lines)):
        if _is_close(lines[n], fence):
            return n
    return len(lines) - 1


def _is_close(line: str, opening: str) -> bool:
    fence = OTHER_FENCE.match(opening)
    char, size = (fence.group("fence")[0], len(fence.group("fence"))) if fence else ("`", 3)
    stripped = line.strip()
    return len(stripped) >= size and stripped == char * len(stripped)


def _real(date: str) -> bool:
    parts = [int(p) for p in date.split("-")]
    try:
        dt.date(parts[0], *(parts[1:] + [1] * (3 - len(parts))))
    except ValueError:
        return False
    return parts[0] >= 1


class TimelineBlockProcessor(BlockProcessor):
    """Turns a marker paragraph into ``<ol class="timeline">``."""

    def __init__(self, parser: BlockParser, ext: TimelineExtension) -> None:
        super().__init__(parser)
        self.ext = ext

    def test(self, parent: etree.Element, block: str) -> bool:
        return MARKER_RE.match(block.strip()) is not None

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        match = MARKER_RE.match(blocks.pop(0).strip())
        assert match is not None
        entries = self.ext.timelines[int(match.group(1))]
        if not entries:
            return
        timeline = etree.SubElement(parent, "ol", {"class": "timeline"})
        for entry in entries:
            item = etree.SubElement(timeline, "li")
            when = etree.SubElement(item, "time", {"datetime": entry.date})
            when.text = AtomicString(entry.label)
            etree.SubElement(item, "p").text = entry.text


def events_timeline(page: ExplainerPage) -> list[Happened]:
    """The dated events of the terms an explainer mentions, oldest first, the same event once
    (``timeline: events``)."""
    return merged_events(page.terms)
