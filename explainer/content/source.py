"""Read a content file: decode it, split the front matter off, and parse the YAML with positions.

python-frontmatter strips leading whitespace before it splits, which shifts every line number,
so the split is done here, line by line, keeping the offsets exact. The YAML is composed into
nodes (which carry their marks) and each value is constructed from its node, so every key and
value keeps the line and column where the user wrote it.
"""

from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from explainer.content.yamlguard import (
    OLD_MAC,
    UTF16,
    LimitError,
    Problem,
    compose,
    looks_utf16,
    scan,
    scan_text,
)
from explainer.core.diagnostics import Diagnostics

MAX_FILE_BYTES = 1024 * 1024  # a content file (an explainer, a term, site.yml)

FENCE = re.compile(r"^---[ \t]*\r?$")
NEAR_FENCE = re.compile(r"^(?:-{2,}|[—–]+|\.\.\.)\s*$")
# a line that can belong to front matter: blank, indented, a comment, a list item or 'key:'
FRONT_MATTER_LINE = re.compile(r"^(?:\s|#|-(?:\s|$)|[^\s:#][^:]*:(?:\s|$)|$)")
KEY_VALUE = re.compile(r"^\s*(?:-\s+)?([^\s:#'\"][^:]*?):[ \t]+(\S.*?)(?:\s+#\s.*)?\s*$")
ITEM = re.compile(r"[^,\]}]*")
BAD_CHARACTER = re.compile(r"found character '(.+?)' that cannot start any token")
NO_SPACE = re.compile(r"^\s*([^\s:#'\"][^:]*:)(\S.*)$")
KNOWN_PROBLEMS = {  # the start of YAML's problem -> (message, hint)
    "expected <block end>, but found '-'": (
        "invalid YAML: a list item ('- ') where a key belongs",
        "indent the items under their key, e.g. 'tags:' then '  - syria' on the next line"),
    "expected <block end>, but found '<block mapping start>'": (
        "invalid YAML: this key is not in the same column as the keys above it",
        "start it in the same column as the keys beside it"),
    "found unknown escape character": (
        "invalid YAML: a backslash in double quotes that starts no escape YAML knows",
        "write the backslash twice (\\\\), or put the value in single quotes"),
}
UNCLOSED = {  # YAML's context -> (what, its closing mark, an example)
    "while parsing a flow sequence": ("list", "]", "tags: [syria, diplomacy]"),
    "while parsing a flow mapping": ("set of keys", "}", "source: {name: Al Jazeera}"),
}


@dataclass(frozen=True)
class SourceFile:
    """A content file split into its front matter (a YAML mapping node) and its body."""

    path: Path
    meta: yaml.MappingNode | None
    meta_line: int  # file line of the first YAML line
    body: str
    body_line: int  # file line of the first body line
    loader: yaml.SafeLoader | None = field(default=None, compare=False, repr=False)


def decode(path: Path, data: bytes, diags: Diagnostics) -> str | None:
    """UTF-8 text of a file, or None with an error pointing at the first bad byte."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        good = data[: exc.start].decode("utf-8")
        line = good.count("\n") + 1
        col = len(good) - (good.rfind("\n") + 1) + 1
        byte = data[exc.start]
        diags.error(path, line, col, f"the file is not UTF-8: byte 0x{byte:02x} cannot be read",
                    hint=_encoding_hint(data, byte))
        return None
    return text.removeprefix("\ufeff")


def _encoding_hint(data: bytes, byte: int) -> str:
    """How to fix a file saved in another encoding, naming the character the byte probably is."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "the file is saved as UTF-16: save it as UTF-8 in your editor"
    try:
        char = bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return "save the file as UTF-8 in your editor"
    return (f"save the file as UTF-8 in your editor (0x{byte:02x} is '{char}' in "
            "Windows-1252 or Latin-1, which it was probably saved in)")


def split_front_matter(path: Path, text: str,
                       diags: Diagnostics) -> tuple[str, int, str, int] | None:
    """(yaml, yaml_line, body, body_line) or None with an error when the fences are missing."""
    lines = text.split("\n")
    if not lines or not FENCE.match(lines[0]):
        diags.error(path, 1, 1, "the file does not start with front matter ('---')",
                    hint=_start_hint(text, lines[0]))
        return None
    for index in range(1, len(lines)):
        if FENCE.match(lines[index]):
            return ("\n".join(lines[1:index]) + "\n", 2,
                    "\n".join(lines[index + 1:]), index + 2)
    _missing_fence(path, lines, diags)
    return None


def _start_hint(text: str, first: str) -> str:
    """How to fix a file whose first line is not '---': its encoding or line endings, when
    they are the reason."""
    if looks_utf16(text):
        return UTF16
    if "\r" in first.rstrip("\r"):
        return OLD_MAC
    return "start the file with a line '---', the YAML keys, then another '---'"


def _missing_fence(path: Path, lines: list[str], diags: Diagnostics) -> None:
    """Report a missing closing '---' at the first line that cannot be front matter (where
    the body must begin), or on the opening line when every line could be."""
    body = next((n for n in range(1, len(lines)) if not FRONT_MATTER_LINE.match(lines[n])),
                None)
    if body is None:
        diags.error(path, 1, 1, "the front matter that starts here has no closing '---'",
                    hint="add a line '---' after the last front-matter key")
    elif NEAR_FENCE.match(lines[body]):
        diags.error(path, body + 1, 1, "the front matter has no closing '---': "
                    f"this line is '{lines[body].strip()}'",
                    hint="write exactly three hyphens, '---', alone on the line")
    else:
        diags.error(path, body + 1, 1, "the front matter has no closing '---' before this line",
                    hint="add a line '---' above this line, after the last front-matter key")


Explained = tuple[yaml.Mark | None, str, str | None]  # where, message, hint


def _quote_hint(line: str) -> str | None:
    """The line's 'key: value' with the value in double quotes, as a hint."""
    match = KEY_VALUE.match(line)
    if not match:
        return None
    key, value = match.groups()
    if len(value) > 1 and value[0] in "'\"" and value[-1] == value[0]:
        value = value[1:-1]
    return f"put the whole value in double quotes: {key}: {json.dumps(value, ensure_ascii=False)}"


def _in_value(line: str, mark: yaml.Mark | None) -> str | None:
    """The key of a 'key: value' line when the mark is inside its value."""
    match = KEY_VALUE.match(line)
    return match.group(1) if match and mark and mark.column > match.start(2) else None


def _bad_character(exc: yaml.MarkedYAMLError, lines: list[str]) -> Explained | None:
    found = BAD_CHARACTER.search(exc.problem or "")
    if found is None or exc.problem_mark is None:
        return None
    if found.group(1) == "\\t":
        return (exc.problem_mark, "invalid YAML: a tab character, where YAML allows only spaces",
                "replace the tab with spaces; indent nested keys with two spaces")
    return (exc.problem_mark, f"invalid YAML: a value cannot start with '{found.group(1)}' "
            "unless it is in quotes",
            _quote_item_hint(_line(lines, exc.problem_mark.line), exc.problem_mark))


def _quote_item_hint(line: str, mark: yaml.Mark) -> str | None:
    """Quote the whole value, or the item of a list (or of a set of keys) the mark is at."""
    match = KEY_VALUE.match(line)
    if match and mark.column == match.start(2):
        return _quote_hint(line)
    item = ITEM.match(line, mark.column)
    text = item.group().strip() if item else ""
    return f"put it in double quotes: {json.dumps(text, ensure_ascii=False)}"


def _stray_colon(exc: yaml.MarkedYAMLError, lines: list[str]) -> Explained | None:
    mark = exc.problem_mark
    if exc.problem != "mapping values are not allowed here" or mark is None:
        return None
    line = _line(lines, mark.line)
    key = _in_value(line, mark)
    if key is not None:
        return (mark, f"invalid YAML: the value of '{key}' contains ': ', so it must be in "
                "quotes", _quote_hint(line))
    indent = len(line) - len(line.lstrip())
    if indent:
        return (_at(mark, mark.line, indent), "invalid YAML: this key is indented more than "
                "the key above it", "start it in the same column as the keys beside it")
    return _no_space(mark, lines)


def _no_space(mark: yaml.Mark, lines: list[str]) -> Explained:
    """A key on its own line that YAML reads as part of the line above: say why."""
    above = next((n for n in range(mark.line - 1, -1, -1) if _line(lines, n).strip()), 0)
    glued = NO_SPACE.match(_line(lines, above))
    if glued:
        key, value = glued.group(1), glued.group(2).strip()
        return (_at(mark, above, glued.end(1)), f"invalid YAML: '{key}{value}' needs a space "
                "after the ':'", f"write a space after the colon: {key} {value}")
    return (_at(mark, mark.line, 0), "invalid YAML: this line is read as part of the value "
            "above it", "check the line above: write 'key: value', with a space after ':'")


def _at(mark: yaml.Mark, line: int, column: int) -> yaml.Mark:
    return yaml.Mark(mark.name, mark.index, line, column, None, None)


def _line(lines: list[str], index: int) -> str:
    return lines[index] if 0 <= index < len(lines) else ""


def _unclosed(exc: yaml.MarkedYAMLError, lines: list[str]) -> Explained | None:
    problem = exc.problem or ""
    if exc.context == "while scanning a quoted scalar" and "end of stream" in problem:
        return (exc.context_mark, "invalid YAML: the quote that opens this value is never "
                "closed", "end the value with the same quote mark it starts with")
    for context, (what, close, example) in UNCLOSED.items():
        if exc.context == context:
            return (exc.context_mark, f"invalid YAML: the {what} that starts here has no "
                    f"closing '{close}'", f"close it on the same line, e.g. {example}; if the "
                    f"'{close}' belongs to the text, put the whole value in quotes")
    return None


def _left_over(exc: yaml.MarkedYAMLError, lines: list[str]) -> Explained | None:
    mark = exc.problem_mark
    if not (exc.problem or "").startswith("expected <block end>") or mark is None:
        return None
    line = _line(lines, mark.line)
    key = _in_value(line, mark)
    if key is None:
        return None
    return mark, f"invalid YAML: text after the end of the value of '{key}'", _quote_hint(line)


def _known(exc: yaml.MarkedYAMLError, lines: list[str]) -> Explained | None:
    for start, (message, hint) in KNOWN_PROBLEMS.items():
        if (exc.problem or "").startswith(start):
            return exc.problem_mark, message, hint
    return None


def _explain(exc: yaml.MarkedYAMLError, lines: list[str]) -> Explained:
    """What a YAML syntax error means for the person who wrote the file, and where it is."""
    for rule in (_bad_character, _stray_colon, _unclosed, _left_over, _known):
        explained = rule(exc, lines)
        if explained is not None:
            return explained
    hint = None
    if "expected <block end>" in str(exc) or "while parsing a block" in str(exc):
        hint = "check the indentation and quotes on this line and the one before"
    mark = exc.problem_mark or exc.context_mark
    return mark, f"invalid YAML: {exc.problem or exc.context or 'cannot read it'}", hint


def _report(path: Path, problems: list[Problem], first_line: int, diags: Diagnostics) -> bool:
    """Report problems found in text that starts at file line ``first_line``; any found?"""
    for problem in problems:
        diags.error(path, problem.line + first_line - 1, problem.col, problem.message,
                    hint=problem.hint)
    return bool(problems)


def parse_yaml(path: Path, text: str, first_line: int, diags: Diagnostics,
               what: str = "the front matter") -> tuple[yaml.Node | None, yaml.SafeLoader | None]:
    """Compose YAML text into a node tree; syntax errors are reported at their file position,
    and so are the characters and depths beyond our limits (``what`` names the text)."""
    if _report(path, scan(text, what), first_line, diags):
        return None, None
    try:
        return compose(text)
    except LimitError as exc:
        explained: Explained = (exc.problem_mark, exc.problem or "", exc.hint)
    except yaml.MarkedYAMLError as exc:
        explained = _explain(exc, text.split("\n"))
    except (yaml.YAMLError, RecursionError) as exc:  # a last resort: the scan prevents these
        explained = (None, f"invalid YAML: {exc}", None)
    mark, message, hint = explained
    line = (mark.line if mark else 0) + first_line
    diags.error(path, line, (mark.column if mark else 0) + 1, message, hint=hint)
    return None, None


def _read(path: Path, diags: Diagnostics) -> bytes | None:
    """The file's bytes, or None after reporting why it cannot be read (for example, it was
    deleted or renamed while the site was being built)."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):  # opening a FIFO would wait for ever
            diags.error(path, 1, 1, "cannot read the file: it is not a regular file",
                        hint="replace it with a text file")
            return None
        if info.st_size > MAX_FILE_BYTES:
            diags.error(path, 1, 1, f"the file is {info.st_size:,} bytes long, more than the "
                        f"limit of {MAX_FILE_BYTES // 1024 // 1024} MiB",
                        hint="split it into several explainers, or remove what was pasted "
                             "into it by mistake")
            return None
        return path.read_bytes()
    except OSError as exc:
        diags.error(path, 1, 1, f"cannot read the file: {exc.strerror or exc}",
                    hint="if it was just moved or deleted, save again to rebuild")
        return None


def read_source(path: Path, diags: Diagnostics) -> SourceFile | None:
    """Read a Markdown file with YAML front matter, or None after reporting why it cannot be."""
    data = _read(path, diags)
    text = None if data is None else decode(path, data, diags)
    if text is None:
        return None
    parts = split_front_matter(path, text, diags)
    if parts is None:
        return None
    yaml_text, yaml_line, body, body_line = parts
    node, loader = parse_yaml(path, yaml_text, yaml_line, diags)
    if _report(path, scan_text(body, "the text"), body_line, diags) or loader is None:
        return None
    if node is not None and not isinstance(node, yaml.MappingNode):
        diags.error(path, yaml_line, 1, "the front matter must be a set of 'key: value' lines",
                    hint="write one key and its value per line, e.g. title: \"The headline\"")
        return None
    return SourceFile(path, node, yaml_line, body, body_line, loader)


def read_yaml_file(path: Path, diags: Diagnostics) -> tuple[yaml.Node | None,
                                                           yaml.SafeLoader | None]:
    """Parse a whole YAML file (such as site.yml) into a node tree with positions."""
    data = _read(path, diags)
    text = None if data is None else decode(path, data, diags)
    if text is None:
        return None, None
    return parse_yaml(path, text, 1, diags, what="the file")
