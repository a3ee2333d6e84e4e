"""Markdown that carries nothing from the page but text: no script links, tidy blank lines.

The converter (:mod:`xml_markdown`) escapes every character the page wrote; this is the last
check on what it produced: no link or reference definition may point at ``javascript:``,
``vbscript:`` or ``data:``.
"""

from __future__ import annotations

import re

BAD_LINK = re.compile(r"\]\(\s*<?\s*(?:javascript|vbscript|data):[^)]*\)", re.IGNORECASE)
BAD_REFERENCE = re.compile(r"^(\s{0,3}\[[^\]]+\]:\s*)<?\s*(?:javascript|vbscript|data):.*$",
                           re.IGNORECASE | re.MULTILINE)


def safe_markdown(markdown: str) -> str:
    """Neutralise dangerous link targets; normalise blank lines."""
    text = BAD_LINK.sub("](#)", markdown.replace("\r\n", "\n"))
    text = BAD_REFERENCE.sub(r"\1#", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n" if text.strip() else ""
