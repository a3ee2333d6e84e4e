"""What the adapters share: front matter, HTML blocks to Markdown, the command line."""

from __future__ import annotations

import html
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import lxml.html

_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th",
           "dd", "dt", "figcaption", "div", "section", "article", "ul", "ol", "table", "tr"}
_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_LINE_START = re.compile(r"^(\s*)([#>+\-]|\d+[.)])(?=\s|$)")


def escape(text: str) -> str:
    """Plain text as Markdown that renders (and strips) back to the same text."""
    text = _SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text).strip())
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def html_to_markdown(fragment: str) -> str:
    """Paragraphs and headings of an HTML fragment, one Markdown block each."""
    if not fragment.strip():
        return ""
    root = lxml.html.fromstring(fragment)
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    blocks: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag not in _BLOCKS:
            continue
        if any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in el.iterdescendants()):
            continue  # a container: its inner blocks are written instead
        text = escape(el.text_content())
        if text:
            level = int(el.tag[1]) if re.fullmatch(r"h[1-6]", el.tag) else 0
            blocks.append("#" * level + " " + text if level else text)
    return "\n\n".join(blocks)


def text_page(text: str) -> str:
    """Plain text as a web page: each block of lines between blank lines a paragraph (the
    extractors read HTML only)."""
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", text) if b.strip()]
    return "<html><body>" + "".join(f"<p>{html.escape(b)}</p>" for b in blocks) + \
        "</body></html>"


def document(meta: dict[str, object], body: str) -> str:
    """Markdown with YAML front matter (JSON strings are valid YAML double-quoted scalars)."""
    lines = ["---"]
    for key, value in meta.items():
        if value:
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    lines += ["---", "", body.strip(), ""]
    return "\n".join(lines)


def run(convert: Callable[[bytes], str], argv: list[str] | None = None) -> int:
    """Command line shared by the adapters: PAGE.html OUT.md (or DUMP.txt OUT.md)."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: ADAPTER PAGE.html OUT.md", file=sys.stderr)
        return 2
    raw = Path(args[0]).read_bytes()
    if args[0].endswith(".txt"):  # a plain-text dump: its blocks as the paragraphs of a page
        raw = text_page(raw.decode("utf-8", errors="replace")).encode("utf-8")
    Path(args[1]).write_text(convert(raw), encoding="utf-8")
    return 0
