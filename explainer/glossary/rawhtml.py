"""Python-Markdown's placeholders for raw HTML, as the tree processors see them.

Raw HTML in a body (``<span lang="ar">``, a ``<div>`` block) is kept aside in ``md.htmlStash``
while the tree is processed, and the text holds a placeholder in its place
(``\\x02wzxhzdk:N\\x03``, :data:`markdown.util.HTML_PLACEHOLDER`) until the ``raw_html``
postprocessor puts the HTML back. The glossary, the sentences of mentions and bidi all read
past these placeholders; this module is where their pattern is defined.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.util import ETX, HTML_PLACEHOLDER, STX

RAW = re.compile(re.escape(HTML_PLACEHOLDER).replace("%s", r"(\d+)"))
ANY = re.compile(f"{STX}(?:wzxhzdk:(\\d+))?[^{ETX}]*{ETX}")  # group 1: a raw HTML's index


def has_placeholder(text: str) -> bool:
    """Whether a text may hold a placeholder (cheap: one character looked for)."""
    return STX in text


def without_placeholders(text: str) -> str:
    """The text with every placeholder removed."""
    return ANY.sub("", text)


def stashed(md: Markdown, index: str | int) -> str | etree.Element | None:
    """What the placeholder numbered ``index`` stands for, or None when there is no such."""
    blocks = md.htmlStash.rawHtmlBlocks
    return blocks[int(index)] if int(index) < len(blocks) else None


def last_raw(md: Markdown, text: str) -> str | etree.Element | None:
    """What the last raw HTML placeholder in ``text`` stands for, or None without one."""
    found = RAW.findall(text)
    return md.htmlStash.rawHtmlBlocks[int(found[-1])] if found else None
