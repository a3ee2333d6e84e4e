"""Trafilatura's XML (``<head>``, ``<p>``, ``<list>``, ``<quote>``, ``<table>``, ``<hi>``,
``<ref>``) to Markdown that carries only text: every character the page wrote is escaped, so
no raw HTML and no Markdown the page did not mean can get through, and links keep only
``http(s)``, ``mailto`` and relative targets."""

from __future__ import annotations

import html
import re
from urllib.parse import quote

from lxml import etree

from explainer.importer.clean import SENTENCE_ENDS, UNSPACED
from explainer.importer.inert import (
    code_span,
    escape_inline,
    escape_line_start,
    escape_text,
    heading_text,
    relaxed,
)
from explainer.importer.teasers import LINK_TARGET
from explainer.importer.tracking import untracked
from explainer.importer.unseen import ZERO_WIDTH

SAFE_TARGET = re.compile(r"^(?:https?://|mailto:|/|\.\.?/|#|[\w-]+(?:[./][\w-]+)*/?(?:[?#].*)?$)",
                         re.IGNORECASE)
TARGET_CHARS = "-._~:/?#@!$&+,;=%"  # kept as they are in a link target; the rest is %-encoded
EMPHASIS = {"#b": "**", "#strong": "**", "#i": "*", "#em": "*"}


# a character reference written out as text: the page escaped it twice ("&amp;#151;" shows
# "&#151;"), and its reader sees the code where a dash was meant
WRITTEN_REFERENCE = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z]{2,8}[0-9]{0,2});")


def escape(text: str) -> str:
    return escape_inline(WRITTEN_REFERENCE.sub(_decoded, text), bang=True)


def _decoded(match: re.Match[str]) -> str:
    """A reference written out as text, as the character it stands for; a name that HTML does
    not know stays as it is ("&Co;")."""
    decoded = html.unescape(match.group())
    return match.group() if decoded == match.group() or decoded < " " else decoded


BREAK = "\x00"  # where a line break of the page's (``<lb/>``) stands until its paragraph is read
GLUED = "\x01"  # and one between two lines of Chinese or Japanese (which go on with no space)


# a space with marks that take no room beside it ("sujet \ufeff") is a space
UNSEEN_BY_SPACE = re.compile(rf"(?<![{ZERO_WIDTH}])[{ZERO_WIDTH}]*\s+[{ZERO_WIDTH}\s]*")


def inline(element: etree._Element, breaks: bool = False,
           marks: frozenset[str] = frozenset()) -> str:
    """The text of an element with its emphasis and links, on one line; with ``breaks``, its
    own line breaks are kept as ``BREAK`` (or ``GLUED``); ``marks``, the emphasis it stands
    in, which its own children do not set again ("<b><a><b>Fed</b></a></b>" is one bold)."""
    parts = [escape(element.text or "")]
    last = parts[0][-1:]  # the last character so far (not a join per child: 50,000 <b>)
    seen = last  # and the last one that is no emphasis mark
    for child in element:
        part = BREAK if breaks and child.tag == "lb" else _spaced(
            child, _inline_child(child, marks), last)
        if part[:1] in ("`", "*") and last == part[0]:
            parts.append(" ")  # two spans back to back would read as one longer mark
        tail = escape(child.tail or "")
        if child.tag == "lb" and UNSPACED.match(seen or " ") and \
                UNSPACED.match(tail.lstrip("*_")[:1] or " "):
            part = GLUED if breaks else ""  # a line of Chinese or Japanese goes on with no space
        parts += [part, tail]
        last = tail[-1:] or part[-1:] or last
        seen = tail.rstrip("*_")[-1:] or part.rstrip("*_")[-1:] or seen
    return " ".join(UNSEEN_BY_SPACE.sub(" ", "".join(parts)).split()).strip(ZERO_WIDTH)




def _spaced(child: etree._Element, part: str, before: str) -> str:
    """An inline element's Markdown with the spaces at its edges set outside its marks
    ("<b>Oct. 6: </b>First" is "**Oct. 6:** First", not "**Oct. 6:**First"); an element
    that holds only a space, or an emphasis that holds nothing between two words, is a space
    (an empty link there is an anchor inside a word: "Wash<a name=x></a>ington")."""
    if child.tag not in ("hi", "ref"):
        return part
    written = "".join(child.itertext()).strip(ZERO_WIDTH)  # "sujet &#xFEFF;" ends with a space
    if not part:
        between = child.tag == "hi" and before[-1:].isalnum() and (child.tail or "")[:1].isalnum()
        return " " if written or between else ""
    opens = written[:1].isspace() or (len(child) > 0 and child[0].tag == "lb"
                                      and not (child.text or "").strip())
    closes = written[-1:].isspace() or (len(child) > 0 and child[-1].tag == "lb"
                                        and not (child[-1].tail or "").strip())
    return (" " if opens else "") + part + (" " if closes else "")  # "<b>conditions<br></b>"


PICTURE_FILE = re.compile(r"\.(?:png|jpe?g|gif|webp|avif)$", re.IGNORECASE)
PICTURE_LINK_WORDS = 8  # a link to a picture this long is the story's text, not its link


def _inline_child(child: etree._Element, marks: frozenset[str] = frozenset()) -> str:
    if child.tag == "lb":
        return " "  # a line break inside a paragraph ("conditions<br>deteriorate")
    mark = EMPHASIS.get(child.get("rend", ""), "") if child.tag == "hi" else ""
    mark = "" if mark in marks else mark  # already in effect
    text = inline(child, marks=marks | {mark} if mark else marks)
    if not text:
        return ""
    if child.tag == "code" or (child.tag == "hi" and child.get("rend") == "#t"):
        return code_span("".join(child.itertext()))  # "<code>npm install</code>" in a line
    if child.tag == "hi":
        return f"{mark}{text}{mark}" if mark else text
    if child.tag == "ref":
        return markdown_link(text, child.get("target") or "")
    return text


def markdown_link(text: str, target: str) -> str:
    """A link in Markdown from its words (Markdown already) and its address; its words alone
    when the address is no safe one, or a picture's that holds sentences the reading nested
    in it."""
    target = untracked(target.strip())
    if PICTURE_FILE.search(target.split("?")[0]) and len(text.split()) >= PICTURE_LINK_WORDS:
        return text
    if target and SAFE_TARGET.match(target) and " " not in target:
        return f"[{text}]({quote(target, safe=TARGET_CHARS)})"
    return text


def _paragraph(element: etree._Element, apart: str = "\n\n") -> str:
    """A paragraph's Markdown. Lines that the page set apart with ``<br>`` stay apart: short
    lines (an ingredient list, an address, a poem) as Markdown's hard breaks (two spaces at a
    line's end), a line after one that ends a sentence as a paragraph of its own (``apart``:
    a hard break in a list's item); a break inside a sentence is a space."""
    pieces = re.split(f"([{BREAK}{GLUED}])", inline(element, breaks=True))
    lines, joins = [line.strip() for line in pieces[::2]], pieces[1::2]
    if _set_in_lines(lines):
        return "  \n".join(_line(line) for line in lines if line)
    written, ended = [lines[0]], False
    for join, line in zip(joins, lines[1:], strict=True):
        ended = ended or _ends_sentence(written[-1])
        if not line:
            continue
        if ended and written[-1]:
            written.append(line)
        else:
            written[-1] += ("" if join == GLUED or not written[-1] else " ") + line
        ended = False
    return apart.join(_line(line) for line in written if line)


def _line(text: str) -> str:
    return relaxed(escape_line_start(text))


LINK_ONLY = re.compile(r"^[*_]*\[[^\]]*\]\([^()\s]*\)[*_]*$")  # a line that is one link


def _ends_sentence(line: str) -> bool:
    """Whether a line of Markdown ends a sentence (a link's target is not read)."""
    return LINK_TARGET.sub("]", line).rstrip("*_]").endswith(SENTENCE_ENDS)


SET_LINES = 3  # lines apart, at least, of which
SHORT_LINE = 12  # words at most: most (``SHORT_SHARE``) are this short
SHORT_SHARE = 0.8  # and most end no sentence


def _set_in_lines(lines: list[str]) -> bool:
    """Lines a paragraph shows one under another rather than as running text."""
    lines = [line for line in lines if line]
    if len(lines) < SET_LINES:
        return False
    short = sum(len(line.split()) <= SHORT_LINE for line in lines)
    ended = sum(_ends_sentence(line) for line in lines)
    linked = sum(bool(LINK_ONLY.match(line)) for line in lines)
    return short >= SHORT_SHARE * len(lines) and 2 * ended < len(lines) and 2 * linked < len(
        lines)  # a box of links to other pages reads as one line, as its rules expect


def _list(element: etree._Element, depth: int = 0) -> str:
    ordered = element.get("rend", "") == "ol"
    lines = []
    for number, item in enumerate(element.findall("item"), start=1):
        marker = f"{number}." if ordered else "-"
        if text := _paragraph(item, apart="  \n"):
            lines.append("  " * depth + f"{marker} {text}")
        for sub in item.findall("list"):
            lines.append(_list(sub, depth + 1))
    return "\n".join(line for line in lines if line.strip())


def _table(element: etree._Element) -> str:
    """A table in Markdown. A first row whose one cell spans the table (its title) is a line
    above it, and columns empty in every row (trafilatura pads a row a cell spanned) go."""
    rows = [[inline(cell) for cell in row.findall("cell")] for row in element.findall("row")]
    rows = [row for row in rows if any(row)]
    title = ""
    if len(rows) > 1 and len(rows[0]) > 2 and rows[0][0] and not any(rows[0][1:]):
        title, rows = _line(rows[0][0]), rows[1:]
    if not rows:
        return ""
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    used = [column for column in range(width) if any(row[column] for row in rows)]
    rows = [[row[column] for column in used] for row in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * len(used)]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n\n".join(part for part in (title, "\n".join(lines)) if part)


WHOLE_EMPHASIS = re.compile(r"^(\*{1,3})(?!\*)(.+?)(?<!\*)\1$")


def _unemphasised(text: str) -> str:
    """A heading's text without the emphasis around all of it ("**But that did not last.**"):
    a heading is set apart already."""
    match = WHOLE_EMPHASIS.match(text)
    return match.group(2).strip() if match and "*" not in match.group(2) else text


def block(element: etree._Element, quoted: bool = False) -> str:
    """One block of the body as Markdown (empty when it holds no text); in a quote, where a
    fence does not work, code is written as plain text."""
    tag = element.tag
    if tag == "head":
        text = inline(element)
        if running_text(text, series=element.get(SERIES_MARK) is not None,
                        among=element.get(AMONG_MARK) is not None):
            return relaxed(escape_line_start(text))  # a lede set as a heading (CNN's <h2>)
        level = _level(element)
        text = relaxed(heading_text(_unemphasised(text)))
        return f"{'#' * min(max(level, 2), 6)} {text}" if text else ""
    if tag == "list":
        return _list(element)
    if tag == "quote":
        inner = blocks(element, quoted=True) or [_paragraph(element)]
        return "\n>\n".join("\n".join("> " + line for line in b.split("\n")) for b in inner if b)
    if tag == "table":
        return _table(element)
    if tag in ("p", "item"):
        return _paragraph(element)
    if tag == "code":
        text = _code_text(element).strip("\n")
        if quoted:
            return escape_text(text)
        longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
        fence = "`" * max(3, longest + 1)  # longer than any run of backticks in the code
        return f"{fence}\n{text}\n{fence}" if text else ""
    inner = blocks(element, quoted)
    return "\n\n".join(inner) if inner else _paragraph(element)


def _code_text(element: etree._Element) -> str:
    """A code block's text, its line breaks (``<lb/>``) kept as new lines."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _code_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


HEADING_WORDS = 20  # a heading this long is running text
SENTENCE_WORDS = 12  # and one this long that ends as a statement does, unless in a series
SERIES = 3  # headings of one level, so many or more, head the parts of a story (a slideshow)
SERIES_MARK = "series"  # set on such a heading before the conversion
AMONG_MARK = "among"  # set on a long heading among headings


def running_text(text: str, series: bool = False, among: bool = False) -> bool:
    """Text too long, or too much a sentence, to be a heading: a lede set as one. A sentence
    among a series of headings of one level is the title of a part (Business Insider's
    slides: "Zendaya promoted … in London while wearing a plum-colored suit."); ``among``
    headings of its level that mostly read as headings, a long one is one too, up to twice
    the length (an explainer's questions: "How did Kamala Harris end up living on the top
    floor of a Westmount Victorian in the 1970s and 80s?")."""
    words = len(text.split())
    states = text.rstrip("*_").endswith((".", "!", "。", "！"))
    if among and not states:  # (a lede's statement set as a heading stays a paragraph)
        return words >= 2 * HEADING_WORDS
    return words >= HEADING_WORDS or (not series and words >= SENTENCE_WORDS and states)


def _mark_series(main: etree._Element) -> None:
    """Mark the headings that read as sentences when a level has ``SERIES`` or more of them
    (a lede set as a heading stays apart from a story's short subheadings); and, on a level
    of ``SERIES`` headings or more of which at most one in four reads as running text, those
    that do, as among headings."""
    levels: dict[str, list[etree._Element]] = {}
    every: dict[str, list[etree._Element]] = {}
    for head in main.iter("head"):
        level = head.get("rend") or "h2"
        every.setdefault(level, []).append(head)
        if running_text(inline(head)):
            levels.setdefault(level, []).append(head)
    for level, found in levels.items():
        if len(every[level]) >= SERIES and len(found) * 4 <= len(every[level]):
            for head in found:
                head.set(AMONG_MARK, "")
        for head in found if len(found) >= SERIES else ():
            head.set(SERIES_MARK, "")


INLINE_TAGS = frozenset({"hi", "ref", "lb"})
LOOSE_WORDS = 10


def blocks(parent: etree._Element, quoted: bool = False) -> list[str]:
    """The blocks of a container. Text set loose between them (trafilatura leaves a
    paragraph's opening as the tail of the heading before it) is kept when it is running
    text: joined to the paragraph that follows when it stops mid-sentence, else a paragraph
    of its own."""
    if all(child.tag in INLINE_TAGS for child in parent):  # text and emphasis only
        return [text] if (text := _paragraph(parent)) else []
    found: list[str] = []
    loose = _loose(parent.text)
    for child in parent:
        text = "" if child.tag in ("graphic", "comments") else block(child, quoted)
        if loose and child.tag == "p" and text and not loose.rstrip().endswith(SENTENCE_ENDS):
            text, loose = f"{escape_line_start(loose)} {text}", ""
        if loose:
            found.append(escape_line_start(loose))
        if text.strip():
            found.append(text)
        loose = _loose(child.tail)
    return [*found, escape_line_start(loose)] if loose else found


def _loose(text: str | None) -> str:
    """Loose text worth keeping: running text of ``LOOSE_WORDS`` or more, not a stray date
    or credit ("05.08.2024, 20:59 Uhr", "ssi, dan; Foto: Shutterstock")."""
    words = (text or "").split()
    return escape(" ".join(words)) if len(words) >= LOOSE_WORDS else ""


def xml_to_markdown(xml: str) -> str:
    """The ``<main>`` of trafilatura's XML output as Markdown paragraphs."""
    root = etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    if main is None:
        return ""
    _mark_series(main)
    _below_first_level(main)
    found = blocks(main)
    if found:
        found[0] = BARE_DASHES.sub("", found[0])
    return "\n\n".join(found)


# dashes that open the text with no place before them: what a site left of its dateline
# ("— -- Hillary Clinton has …"); a single hyphen is a list's item
BARE_DASHES = re.compile(r"^(?:(?:—|–|\\?--)[ \t]+)+(?=[^\W\d_]|\[)")


def _below_first_level(main: etree._Element) -> None:
    """Move every heading one level down when the text heads its parts with ``<h1>`` (the
    title is above them all): "<h1>What's new?</h1><h2>Scope</h2>" stays two levels."""
    heads = list(main.iter("head"))
    if any((head.get("rend") or "") == "h1" for head in heads):
        for head in heads:
            head.set("rend", f"h{min(_level(head) + 1, 6)}")


def _level(head: etree._Element) -> int:
    """A heading's level as trafilatura gives it ("h3"), 2 where it gives none."""
    return int((head.get("rend") or "h2").lstrip("h") or 2)
