"""Markdown that carries nothing from the page but text: no raw HTML, no script links."""

from __future__ import annotations

import re

TAG = re.compile(r"</?[A-Za-z][^>]*>|<!--.*?-->", re.DOTALL)
BAD_LINK = re.compile(r"\]\(\s*(?:javascript|vbscript|data):[^)]*\)", re.IGNORECASE)
ANGLE = re.compile(r"<(?=[A-Za-z/!])")


def safe_markdown(markdown: str) -> str:
    """Drop raw HTML tags and dangerous link targets; normalise blank lines."""
    text = TAG.sub("", markdown)
    text = BAD_LINK.sub("](#)", text)
    text = ANGLE.sub(r"\\<", text)
    text = re.sub(r"\n{3,}", "\n\n", text.replace("\r\n", "\n"))
    return text.strip() + "\n" if text.strip() else ""
