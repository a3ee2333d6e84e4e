"""Python-Markdown's inline pass, without trying patterns that cannot match a text.

The stock pass tries every inline pattern (fifteen with ``extra``) on every run of text, one
Python call each, and that loop is the largest part of a body's conversion. Most patterns can
only match where one of a few literal strings begins: ``[`` for links, ``<`` for tags and
autolinks, ``&`` for entities, a delimiter for emphasis. Those strings are read from each
pattern's own regular expression (not from a list of names), and a pattern is skipped for a
text that holds none of them. A skipped pattern is one that would have found no match, so the
output is the same, byte for byte; a pattern whose start cannot be worked out is always tried.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from markdown import treeprocessors, util
from markdown.extensions import Extension

try:  # the parser behind ``re``; private, so its absence only turns the skipping off
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - other Pythons
    sre = sre_parse = None  # type: ignore[assignment]

STOCK = treeprocessors.InlineProcessor
HANDLE, APPLY = "_InlineProcessor__handleInline", "_InlineProcessor__applyPattern"
Leads = tuple[str, ...] | None  # a match starts with one of these; None: it may start anywhere


def leads(regex: re.Pattern[str]) -> Leads:
    """The literal strings that every match of ``regex`` begins with one of, or None."""
    if sre_parse is None or regex.flags & re.IGNORECASE:
        return None
    try:
        found = _leads(list(sre_parse.parse(regex.pattern, regex.flags)), "")
    except (re.error, TypeError, ValueError, AttributeError):  # pragma: no cover - new syntax
        return None
    if found is None:
        return None
    return tuple(sorted(lead for lead in set(found)
                        if not any(lead != other and lead.startswith(other) for other in found)))


def _leads(items: Sequence[tuple[Any, Any]], prefix: str) -> list[str] | None:
    """The possible starts of a match of ``items``, each after ``prefix``."""
    for at, (op, value) in enumerate(items):
        rest = list(items[at + 1:])
        if op is sre.LITERAL:
            prefix += chr(value)
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # takes no characters
        elif op is sre.SUBPATTERN:
            if value[1] & re.IGNORECASE:
                return _stop(prefix)
            return _leads([*value[3], *rest], prefix)
        elif op is sre.BRANCH:
            return _either([[*branch, *rest] for branch in value[1]], prefix)
        elif op is sre.IN:
            return _stop(prefix) if any(kind is not sre.LITERAL for kind, _ in value) \
                else [prefix + chr(char) for _, char in value]
        elif op in _REPEATS and value[0] >= 1:
            return _leads(list(value[2]), prefix) or _stop(prefix)
        else:
            return _stop(prefix)
    return _stop(prefix)


def _either(branches: list[list[tuple[Any, Any]]], prefix: str) -> list[str] | None:
    found: list[str] = []
    for branch in branches:
        starts = _leads(branch, prefix)
        if starts is None:
            return _stop(prefix)
        found += starts
    return found


def _stop(prefix: str) -> list[str] | None:
    return [prefix] if prefix else None


_REPEATS = tuple(getattr(sre, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if sre is not None and hasattr(sre, name))


class QuickInlineProcessor(STOCK):
    """The stock inline pass; a pattern none of whose starts is in a text is not tried on it."""

    def __init__(self, md: Any) -> None:
        super().__init__(md)
        self._known: dict[re.Pattern[str], Leads] = {}
        self._order: list[tuple[Any, Leads]] = []

    def run(self, tree: Any, ancestors: list[str] | None = None) -> Any:
        self._order = [(pattern, self._leads(pattern)) for pattern in self.inlinePatterns]
        return super().run(tree, ancestors)

    def _leads(self, pattern: Any) -> Leads:
        regex = pattern.getCompiledRegExp()
        if regex not in self._known:
            self._known[regex] = leads(regex)
        return self._known[regex]

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:
        """The stock loop over the patterns (same arguments, same result), skipping those that
        cannot match ``data``: a pattern's match replaces text with a placeholder, so no start
        missing from the text can appear in it later."""
        if isinstance(data, util.AtomicString):
            return data
        apply = getattr(self, APPLY)
        order, start = self._order, 0
        while patternIndex < len(order):
            pattern, starts = order[patternIndex]
            if starts is not None and not any(lead in data for lead in starts):
                patternIndex, start = patternIndex + 1, 0
                continue
            data, matched, start = apply(pattern, data, patternIndex, start)
            if not matched:
                patternIndex += 1
        return data


def usable() -> bool:
    """Whether this Python-Markdown has the two private methods the quick pass builds on."""
    return sre is not None and hasattr(STOCK, HANDLE) and hasattr(STOCK, APPLY)


class QuickInlineExtension(Extension):
    """Replaces the ``inline`` tree processor (same name, same priority) when it is the stock
    one and this Python-Markdown has the methods the quick pass relies on."""

    def extendMarkdown(self, md: Any) -> None:
        if usable() and type(md.treeprocessors["inline"]) is STOCK:
            md.treeprocessors.register(QuickInlineProcessor(md), "inline", 20)


def makeExtension(**kwargs: Any) -> QuickInlineExtension:
    return QuickInlineExtension(**kwargs)
