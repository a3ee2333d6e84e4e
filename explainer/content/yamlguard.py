"""Limits on the YAML of front matter and ``site.yml``, checked before PyYAML builds anything.

PyYAML refuses some characters without saying where they are, counts line breaks that editors
do not show (a CR alone, U+0085, U+2028, U+2029), and composes nested values recursively, so a
value nested thousands of levels deep exhausts Python's stack. :func:`scan` finds the
characters and line breaks first, each at its line and column; :class:`GuardedLoader` stops
at the first value nested more than :data:`MAX_DEPTH` levels deep, and refuses aliases (a
few lines of ``*name`` can stand for billions of values).

:func:`compose` has libyaml's C loader compose the text when PyYAML was built with it (about
ten times faster than the Python composer) and keeps the result only when nothing in it is
something a guard looks at: no tag, no directive, no alias, nothing nested deeply, no escape
that makes an invisible character, no error. Anything else is composed again by
:class:`GuardedLoader`, so every error and its position come from the guarded loader.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import yaml
from yaml.events import AliasEvent, CollectionStartEvent

MAX_DEPTH = 20  # lists and sets of keys inside one another
MAX_BYTES = 64 * 1024  # front matter, or a whole site.yml
MAX_REPORTED = 10  # characters reported per file; the rest are counted in the last message

# What PyYAML's reader refuses, plus the line breaks it counts that a split on "\n" does not
YAML_REFUSES = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
ODD_BREAK = re.compile("\r(?!\n)|[\x85\u2028\u2029]")
# Control characters that are never text, in the body too (tab, LF and CR are)
CONTROL = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
SURROGATE = re.compile("[\ud800-\udfff]")
MAX_NUMBER = 100  # characters in a value read as a whole number
# What the C loader is not trusted with: a tag ('!!str', '!x'), a directive ('%YAML'), what
# libyaml reads and PyYAML refuses (a tab inside a plain value, a comment right after '|')
UNTRUSTED = re.compile(r"(?<![\w!])!|^%|\t|[|>][-+0-9]*#", re.MULTILINE)
FAST_DEPTH = MAX_DEPTH - 4  # nesting the C loader's result may have; deeper goes the slow way
C_LOADER: type[yaml.CSafeLoader] | None = (yaml.CSafeLoader if yaml.__with_libyaml__
                                           else None)

_C0 = (
    "NULL, START OF HEADING, START OF TEXT, END OF TEXT, END OF TRANSMISSION, ENQUIRY, "
    "ACKNOWLEDGE, BELL, BACKSPACE, CHARACTER TABULATION, LINE FEED, LINE TABULATION, "
    "FORM FEED, CARRIAGE RETURN, SHIFT OUT, SHIFT IN, DATA LINK ESCAPE, DEVICE CONTROL ONE, "
    "DEVICE CONTROL TWO, DEVICE CONTROL THREE, DEVICE CONTROL FOUR, NEGATIVE ACKNOWLEDGE, "
    "SYNCHRONOUS IDLE, END OF TRANSMISSION BLOCK, CANCEL, END OF MEDIUM, SUBSTITUTE, ESCAPE, "
    "FILE SEPARATOR, GROUP SEPARATOR, RECORD SEPARATOR, UNIT SEPARATOR")
_C1 = (
    "PADDING CHARACTER, HIGH OCTET PRESET, BREAK PERMITTED HERE, NO BREAK HERE, INDEX, "
    "NEXT LINE, START OF SELECTED AREA, END OF SELECTED AREA, CHARACTER TABULATION SET, "
    "CHARACTER TABULATION WITH JUSTIFICATION, LINE TABULATION SET, PARTIAL LINE FORWARD, "
    "PARTIAL LINE BACKWARD, REVERSE LINE FEED, SINGLE SHIFT TWO, SINGLE SHIFT THREE, "
    "DEVICE CONTROL STRING, PRIVATE USE ONE, PRIVATE USE TWO, SET TRANSMIT STATE, "
    "CANCEL CHARACTER, MESSAGE WAITING, START OF GUARDED AREA, END OF GUARDED AREA, "
    "START OF STRING, SINGLE GRAPHIC CHARACTER INTRODUCER, SINGLE CHARACTER INTRODUCER, "
    "CONTROL SEQUENCE INTRODUCER, STRING TERMINATOR, OPERATING SYSTEM COMMAND, "
    "PRIVACY MESSAGE, APPLICATION PROGRAM COMMAND")
C0_NAMES, C1_NAMES = _C0.split(", "), _C1.split(", ")

INVISIBLE = "delete it; it is invisible in most editors"
UTF16 = "the file looks like UTF-16: save it as UTF-8"
OLD_MAC = "the file uses old Mac line endings (CR): save it with LF"


@dataclass(frozen=True)
class Problem:
    """Where (line and column from 1, in the scanned text) and what."""

    line: int
    col: int
    message: str
    hint: str


class LimitError(yaml.MarkedYAMLError):
    """A limit of ours, raised inside PyYAML at the place where it is crossed."""

    def __init__(self, problem: str, hint: str, mark: yaml.Mark | None) -> None:
        super().__init__(problem=problem, problem_mark=mark)
        self.hint = hint


def char_name(char: str) -> str:
    """U+001B (ESCAPE): the code point and its name, for a character nobody can see."""
    code = ord(char)
    if code < 0x20:
        name = C0_NAMES[code]
    elif code == 0x7F:
        name = "DELETE"
    elif 0x80 <= code < 0xA0:
        name = C1_NAMES[code - 0x80]
    else:
        name = unicodedata.name(char, "a noncharacter")
    return f"U+{code:04X} ({name})"


def looks_utf16(text: str) -> bool:
    """Text read as UTF-8 from a UTF-16 file: about every other character is a NUL."""
    sample = text[:200]
    return len(sample) >= 2 and sample.count("\0") * 3 >= len(sample)


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def scan(text: str, what: str) -> list[Problem]:
    """The problems PyYAML would not report with a position, in a YAML text (``what`` is
    'the front matter' or 'the file': the subject of each message)."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        return [Problem(1, 1, f"{what} is {size:,} bytes long, more than the limit of "
                              f"{MAX_BYTES // 1024} KiB", "keep the values short; long text "
                                                          "belongs in the body")]
    found = [_character(text, match, what) for match in YAML_REFUSES.finditer(text)]
    odd = ODD_BREAK.search(text)
    if odd is not None:
        found.append(_line_break(text, odd, what))
    return _capped(sorted(found, key=lambda p: (p.line, p.col)))


def scan_text(text: str, what: str) -> list[Problem]:
    """Control characters in text that is not YAML (a Markdown body)."""
    return _capped([_character(text, match, what) for match in CONTROL.finditer(text)])


def _capped(found: list[Problem]) -> list[Problem]:
    if len(found) <= MAX_REPORTED:
        return found
    last = found[MAX_REPORTED - 1]
    more = len(found) - MAX_REPORTED
    return [*found[:MAX_REPORTED - 1],
            Problem(last.line, last.col, f"{last.message} (and {more} more such characters "
                                         "after this one)", last.hint)]


def _character(text: str, match: re.Match[str], what: str) -> Problem:
    char = match.group()
    line, col = _position(text, match.start())
    kind = "control character" if CONTROL.match(char) else "character"
    hint = UTF16 if char == "\0" and looks_utf16(text) else INVISIBLE
    return Problem(line, col, f"{what} contains the {kind} {char_name(char)}", hint)


def _line_break(text: str, match: re.Match[str], what: str) -> Problem:
    line, col = _position(text, match.start())
    if match.group() == "\r":
        return Problem(line, col, f"{what} has a line that ends with a carriage return (CR) "
                                  "alone", OLD_MAC)
    return Problem(line, col, f"{what} contains the line separator {char_name(match.group())}",
                   "replace it with an ordinary line break (Enter), or delete it; it is "
                   "invisible in most editors")


class GuardedLoader(yaml.SafeLoader):
    """PyYAML's safe loader that stops at :data:`MAX_DEPTH` and refuses aliases."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0
        self.tagged: dict[int, str] = {}  # id of a node written with a tag -> the tag

    def fetch_flow_collection_start(self, TokenClass: type) -> None:
        if self.flow_level + len(self.indents) >= MAX_DEPTH:
            raise _too_deep(self.get_mark())
        super().fetch_flow_collection_start(TokenClass)

    def add_indent(self, column: int) -> bool:
        if self.indent < column and len(self.indents) >= MAX_DEPTH:
            raise _too_deep(self.get_mark())
        return super().add_indent(column)

    def scan_flow_scalar(self, style: str) -> yaml.Token:
        """A quoted value; an escape that is no character (``"\\U00110000"``, a lone
        surrogate ``"\\ud800"``) is refused at the value, not a crash later."""
        start = self.get_mark()
        try:
            token = super().scan_flow_scalar(style)
        except (ValueError, OverflowError):  # chr() of a number beyond U+10FFFF
            raise _not_a_character(start) from None
        if SURROGATE.search(token.value):
            raise _not_a_character(start)
        control = CONTROL.search(token.value)
        if control is not None:  # "\e[31m": an escape for a character nobody can see
            raise LimitError(f"an escape in this quoted value is the control character "
                             f"{char_name(control.group())}",
                             "delete the escape; a value is text a reader can see", start)
        return token

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int | str:
        """A number too long to be one (Python refuses to print integers of more than 4,300
        digits) is kept as the text it is."""
        if len(node.value) > MAX_NUMBER:
            return str(node.value)
        return super().construct_yaml_int(node)

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node:
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            raise LimitError(f"an alias ('*{event.anchor}') repeats a value written elsewhere, "
                             "which Explainer does not read",
                             "write the value out in full where it is needed", event.start_mark)
        if isinstance(event, CollectionStartEvent) and self.depth >= MAX_DEPTH:
            raise _too_deep(event.start_mark)
        tag = getattr(event, "tag", None)
        self.depth += 1
        try:
            node = super().compose_node(parent, index)
        finally:
            self.depth -= 1
        if tag not in (None, "!"):  # written by hand: "!!bool maybe" would crash PyYAML
            self.tagged[id(node)] = tag
        return node


def _not_a_character(mark: yaml.Mark) -> LimitError:
    return LimitError("an escape in this quoted value is not a character (a lone surrogate "
                      "U+D800 to U+DFFF, or a number beyond U+10FFFF)",
                      "write the character itself, or an escape such as \\u00e9 or "
                      "\\U0001F600", mark)


def _too_deep(mark: yaml.Mark) -> LimitError:
    return LimitError(f"lists or sets of keys nested more than {MAX_DEPTH} levels deep",
                      "front matter values are text, dates, lists of text or a set of keys: "
                      "write the value flat", mark)


GuardedLoader.add_constructor("tag:yaml.org,2002:int", GuardedLoader.construct_yaml_int)


def compose(text: str) -> tuple[yaml.Node | None, GuardedLoader]:
    """The node tree of a YAML text that :func:`scan` found nothing in, and the loader that
    constructs its values; raises what :class:`GuardedLoader` raises."""
    fast = _compose_fast(text)
    if fast is not _GUARDED:
        return fast, GuardedLoader("")
    loader = GuardedLoader(text)
    return loader.get_single_node(), loader


_GUARDED = yaml.Node("", "", None, None)  # "compose it with the guarded loader"


def _compose_fast(text: str) -> yaml.Node | None:
    """libyaml's nodes for ``text``, or :data:`_GUARDED` when they might differ from the
    guarded loader's or it would refuse the text."""
    if C_LOADER is None or not text.endswith("\n") or UNTRUSTED.search(text):
        return _GUARDED
    try:
        node = C_LOADER(text).get_single_node()
    except Exception:  # the guarded loader composes it again and says why
        return _GUARDED
    return node if node is None or _unguarded(node) else _GUARDED


def _unguarded(root: yaml.Node) -> bool:
    """Whether no guard would stop at any node and the nodes are the guarded loader's: each
    node is met once (an alias repeats one), no collection is nested beyond
    :data:`FAST_DEPTH`, no value holds an invisible character, and no plain value inside
    brackets is empty or holds a '?' (libyaml places and reads those differently). Plain
    scalars get the Python loader's style, None."""
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 0, False)]
    while stack:
        node, depth, in_flow = stack.pop()
        if id(node) in seen:
            return False
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            if not _same_scalar(node, in_flow):
                return False
            continue
        if depth >= FAST_DEPTH:
            return False
        inner = in_flow or bool(node.flow_style)
        parts = (node.value if isinstance(node, yaml.SequenceNode)
                 else [part for pair in node.value for part in pair])
        stack.extend((part, depth + 1, inner) for part in parts)
    return True


def _same_scalar(node: yaml.ScalarNode, in_flow: bool) -> bool:
    if CONTROL.search(node.value) or SURROGATE.search(node.value):
        return False
    if node.style:
        return True
    node.style = None
    return not in_flow or (node.value != "" and "?" not in node.value)
