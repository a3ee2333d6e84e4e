"""An explainer's updates as a reader sees them, and the ``[[updates]]`` placeholder.

Updates are shown newest first, each with its text rendered from Markdown and cleaned like a
body (:func:`explainer.content.sanitize.safe_body`). The block sits above the body, unless the
editor writes a paragraph that is exactly ``[[updates]]`` in the body: the block then goes there.

The placeholder is found by a Markdown block processor, at the top level of the body only (not
in a list, a quote or code), and replaced with a marker the glossary does not read (an
``AtomicString``). Any other ``[[name]]`` left in the text, outside code, is an error at its
line: a mistyped placeholder is never published as it is, nor silently dropped.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass

import markdown
from markdown import Markdown
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.util import AtomicString

from explainer.content.history import newest_first
from explainer.content.model import Explainer, TermSource, Update
from explainer.content.sanitize import safe_body
from explainer.core.diagnostics import Diagnostics, closest

PLACEHOLDER = "[[updates]]"
MARKER = "\ue000explainer-updates\ue000"  # private-use characters: no editor types them
MARKER_HTML = f"<p>{MARKER}</p>"
LEFTOVER = re.compile(r"\[\[([A-Za-z][\w -]{0,30})\]\]")
CODE = re.compile(r"<(pre|code)\b.*?</\1>", re.DOTALL)
UPDATE_EXTENSIONS = ["extra", "sane_lists"]


@dataclass(frozen=True)
class ShownUpdate:
    """An update as the page shows it: its date, its text as safe HTML and its sources."""

    date: dt.date
    html: str
    sources: tuple[TermSource, ...] = ()


class _PlaceholderProcessor(BlockProcessor):
    """Turns the first top-level paragraph that is exactly ``[[updates]]`` into the marker."""

    def __init__(self, parser: markdown.blockparser.BlockParser) -> None:
        super().__init__(parser)
        self.placed = False

    def test(self, parent: etree.Element, block: str) -> bool:
        return (not self.placed and parent is self.parser.root
                and block.strip() == PLACEHOLDER)

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        blocks.pop(0)
        self.placed = True
        etree.SubElement(parent, "p").text = AtomicString(MARKER)


class UpdatesPlaceholder(Extension):
    """The Markdown extension that finds the ``[[updates]]`` paragraph; ``reset()`` (called by
    ``Markdown.reset()``) readies it for the next document."""

    def extendMarkdown(self, md: Markdown) -> None:
        self.processor = _PlaceholderProcessor(md.parser)
        md.parser.blockprocessors.register(self.processor, "updates", 16)
        md.registerExtension(self)

    def reset(self) -> None:
        if hasattr(self, "processor"):
            self.processor.placed = False


def place_updates(html: str, explainer: Explainer,
                  diags: Diagnostics) -> tuple[str, int | None]:
    """The body without the marker, and where the Updates block goes in it (None: above it).

    Every ``[[name]]`` left in the text outside code is reported at its line.
    """
    at = html.find(MARKER_HTML)
    if at >= 0:
        html = html[:at] + html[at + len(MARKER_HTML):].removeprefix("\n")
    _report_leftovers(html, explainer, at >= 0, diags)
    return html, (at if at >= 0 else None)


def _report_leftovers(html: str, explainer: Explainer, placed: bool, diags: Diagnostics) -> None:
    lines = explainer.body.split("\n")
    for name in dict.fromkeys(LEFTOVER.findall(CODE.sub("", html))):
        written = f"[[{name}]]"
        line, col = next(((n, text.find(written) + 1) for n, text in enumerate(lines)
                          if written in text), (0, 1))
        message, hint = _leftover_problem(name, placed)
        diags.error(explainer.path, explainer.body_line + line, col, message, hint=hint)


def _leftover_problem(name: str, placed: bool) -> tuple[str, str]:
    if name == "updates" and placed:
        return ("'[[updates]]' is written twice: the Updates block is shown once",
                "keep one [[updates]] line and delete the others")
    if name == "updates":
        return ("'[[updates]]' must be a paragraph of its own to place the Updates block",
                "write [[updates]] on a line by itself, with a blank line before and after, "
                "outside lists and quotes")
    close = " (did you mean '[[updates]]'?)" if closest(name, ["updates"]) else ""
    return (f"unknown placeholder '[[{name}]]'{close}",
            "the only placeholder is [[updates]], on a line of its own; to show the brackets "
            "as they are, write them in `code`")


def shown_updates(explainer: Explainer, embeds: tuple[str, ...],
                  diags: Diagnostics) -> tuple[ShownUpdate, ...]:
    """The explainer's updates newest first, their Markdown as safe HTML (each removal of
    unsafe HTML a warning at the line of the update's text)."""
    shown = [_shown(update, explainer, n, embeds, diags)
             for n, update in enumerate(explainer.updates, start=1)]
    return tuple(newest_first(tuple(shown)))


def _shown(update: Update, explainer: Explainer, n: int, embeds: tuple[str, ...],
           diags: Diagnostics) -> ShownUpdate:
    line = explainer.where.get(f"updates[{n}].text", (update.line, 1))[0]
    html = markdown.Markdown(extensions=UPDATE_EXTENSIONS, output_format="html").convert(
        update.text)
    return ShownUpdate(update.date, safe_body(html, update.text, explainer.path, line, embeds,
                                              diags), update.sources)
