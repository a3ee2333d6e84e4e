"""Read a content file: decode it, split the front matter off, and parse the YAML with positions.

python-frontmatter strips leading whitespace before it splits, which shifts every line number,
so the split is done here, line by line, keeping the offsets exact. The YAML is composed into
nodes (which carry their marks) and each value is constructed from its node, so every key and
value keeps the line and column where the user wrote it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from explainer.diagnostics import Diagnostics

FENCE = re.compile(r"^---[ \t]*\r?$")


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
        diags.error(path, line, col, f"file is not UTF-8 (byte 0x{data[exc.start]:02x})",
                    hint="save the file as UTF-8 in your editor")
        return None
    return text.removeprefix("\ufeff")


def split_front_matter(path: Path, text: str,
                       diags: Diagnostics) -> tuple[str, int, str, int] | None:
    """(yaml, yaml_line, body, body_line) or None with an error when the fences are missing."""
    lines = text.split("\n")
    if not lines or not FENCE.match(lines[0]):
        diags.error(path, 1, 1, "the file does not start with front matter ('---')",
                    hint="start the file with a line '---', the YAML keys, then another '---'")
        return None
    for index in range(1, len(lines)):
        if FENCE.match(lines[index]):
            return ("\n".join(lines[1:index]) + "\n", 2,
                    "\n".join(lines[index + 1:]), index + 2)
    diags.error(path, 1, 1, "the front matter has no closing '---'",
                hint="add a line '---' after the last front-matter key")
    return None


def _yaml_hint(problem: str) -> str | None:
    if "cannot start any token" in problem and "\\t" in problem:
        return "YAML does not allow tabs for indentation: use spaces"
    if "mapping values are not allowed here" in problem:
        return "a value that contains ': ' must be quoted, e.g. title: \"Syria: what next\""
    if "expected <block end>" in problem or "while parsing a block" in problem:
        return "check the indentation and quotes on this line and the one before"
    return None


def parse_yaml(path: Path, text: str, first_line: int,
               diags: Diagnostics) -> tuple[yaml.Node | None, yaml.SafeLoader | None]:
    """Compose YAML text into a node tree; syntax errors are reported at their file position."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line if mark else 0) + first_line
        col = (mark.column if mark else 0) + 1
        problem = exc.problem or exc.context or "invalid YAML"
        diags.error(path, line, col, f"invalid YAML: {problem}", hint=_yaml_hint(str(exc)))
        return None, None
    except yaml.YAMLError as exc:
        diags.error(path, first_line, 1, f"invalid YAML: {exc}")
        return None, None
    return node, loader


def read_source(path: Path, diags: Diagnostics) -> SourceFile | None:
    """Read a Markdown file with YAML front matter, or None after reporting why it cannot be."""
    text = decode(path, path.read_bytes(), diags)
    if text is None:
        return None
    parts = split_front_matter(path, text, diags)
    if parts is None:
        return None
    yaml_text, yaml_line, body, body_line = parts
    node, loader = parse_yaml(path, yaml_text, yaml_line, diags)
    if loader is None:
        return None
    if node is not None and not isinstance(node, yaml.MappingNode):
        diags.error(path, yaml_line, 1, "the front matter must be a set of 'key: value' lines")
        return None
    return SourceFile(path, node, yaml_line, body, body_line, loader)


def read_yaml_file(path: Path, diags: Diagnostics) -> tuple[yaml.Node | None,
                                                           yaml.SafeLoader | None]:
    """Parse a whole YAML file (such as site.yml) into a node tree with positions."""
    text = decode(path, path.read_bytes(), diags)
    if text is None:
        return None, None
    return parse_yaml(path, text, 1, diags)
