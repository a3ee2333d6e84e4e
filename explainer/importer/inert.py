"""Text as Markdown that renders as that text and nothing else.

The build renders with Python-Markdown and ``extra`` (attribute lists, definition lists,
abbreviations, footnotes, tables, fenced code, Markdown in HTML), ``sane_lists`` and ``toc``.
A backslash escapes only the characters in ``markdown.Markdown.ESCAPED_CHARS``, so:

- ``<`` is always written ``&lt;`` (no raw HTML, no autolink, no comment), and ``&`` as
  ``&amp;`` where it could start a character reference, alone or with the text that follows
  (a source ``&amp;`` shows as ``&amp;``; ``&#1`` and a name that ends the text are written
  so too); ``AT&T``, ``Q&A`` and a lone ``&`` before a space stay as they are;
- ``\\ ` * _ [ ] { } |`` are backslash-escaped anywhere: no emphasis, code span, link, image,
  footnote, abbreviation, attribute list (``{: onclick=...}``) or table;
- at the start of a line, ``# > - +`` and ``1.`` are backslash-escaped, and ``=``, ``:`` and
  ``~`` (which a backslash does not escape) are written as character references: no heading,
  quote, list, rule, setext underline, definition or fence;
- lines lose their leading and trailing blanks (no indented code, no hard break) and control
  characters are dropped.

An editor reads the Markdown, so :func:`relaxed` takes out again the escapes a line does not
need: a ``!`` that no ``[`` follows, and a pair of brackets around plain words ("they [the
elections] were") that cannot be a link, an image, a footnote, a reference or its definition,
nor the table of contents' marker.
"""

from __future__ import annotations

import re

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]")  # what a build refuses, and CR
# An "&" that could start a character reference: before "#" (Python-Markdown reads "&#1" without
# its ";"), before a name and its ";" ("&copy;", "&T;"), or before a name or nothing at the end
# of the text (a piece joined later, "&copy" + ";", must stay text). "AT&T", "CD&V-voorzitter"
# and "Q&A" stay as written: Python-Markdown writes such an "&" as "&amp;" itself.
ENTITY_START = re.compile(r"&(?=#|[A-Za-z0-9]*(?:;|$))")
BACKSLASHED = re.compile(r"([\\`*_\[\]{}|])")
BACKSLASHED_BANG = re.compile(r"([\\`*_\[\]{}|!])")
LINE_MARK = re.compile(r"^(?:([#>+-])|([=:~])|(\d+)\.)")


def _control(match: re.Match[str]) -> str:
    return " " if match.group().isspace() else ""


def escape_inline(text: str, bang: bool = False) -> str:
    """Text safe anywhere inside a line; ``bang`` escapes ``!`` too (before a link it would
    make an image)."""
    text = CONTROL.sub(_control, text)
    text = (BACKSLASHED_BANG if bang else BACKSLASHED).sub(r"\\\1", text)
    return ENTITY_START.sub("&amp;", text).replace("<", "&lt;")


TOC = "TOC"  # "[TOC]", the marker toc replaces with the table of contents wherever it stands
# an escape and the character it escapes, a code span (verbatim), or one character
TOKEN = re.compile(r"\\.|(`+)(?:.+?)(?<!`)\1(?!`)|.", re.DOTALL)


def relaxed(line: str) -> str:
    """An escaped line (of :func:`escape_inline`, then :func:`escape_line_start`) without the
    escapes it does not need (see the module)."""
    if "\\" not in line:
        return line
    tokens = [match.group() for match in TOKEN.finditer(line)]
    keep = [True] * len(tokens)
    following = [""] * len(tokens)  # the next token that is no space, for each
    for index in range(len(tokens) - 2, -1, -1):
        token = tokens[index + 1]
        following[index] = following[index + 1] if token.isspace() else token
    opened = None  # where the last escaped "[" is, while no bracket has followed it
    for index, token in enumerate(tokens):
        after = following[index]
        if token == "\\!":
            keep[index] = tokens[index + 1:index + 2] in (["["], ["\\["])
        elif token == "\\[":
            before = tokens[index - 1] if index else ""
            opened = index if index and before not in ("!", "\\!") and after != "^" else None
        elif token == "\\]":
            if opened is not None and after not in ("(", "[", ":", "\\[") and "".join(
                    tokens[opened + 1:index]) != TOC:
                keep[opened] = keep[index] = False
            opened = None
        elif token in ("[", "]"):
            opened = None
    return "".join(t if k else t[1] for t, k in zip(tokens, keep, strict=True))


def _line_mark(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    if match.group(2):
        return f"&#{ord(match.group(2))};"
    return match.group(3) + "\\."


def escape_line_start(line: str) -> str:
    """An escaped line that starts no block: no heading, quote, list, definition or fence."""
    return LINE_MARK.sub(_line_mark, line)


def escape_text(paragraph: str) -> str:
    """A paragraph of plain text (its line breaks kept) as inert Markdown."""
    text = paragraph.replace("\r\n", "\n").replace("\r", "\n")
    lines = (escape_inline(line).strip() for line in text.split("\n"))
    return "\n".join(relaxed(escape_line_start(line)) for line in lines)


def heading_text(markdown: str) -> str:
    """Escaped text for a ``#`` heading: a ``#`` at its end is kept (a closing run of ``#``
    would be dropped)."""
    return markdown[:-1] + "\\#" if markdown.endswith("#") else markdown


def code_span(text: str) -> str:
    """Text as a code span: the fence is longer than any run of backticks in it."""
    text = " ".join(CONTROL.sub(_control, text).split())
    if not text:
        return ""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"
