"""Problems found in the user's content, reported as ``path:line:col: severity: message``.

Content errors are the user's, not the program's: every stage collects them in a
:class:`Diagnostics` list instead of raising, and the build fails at the end if any is an error.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem at one place in one file. Lines and columns count from 1."""

    path: str
    line: int
    col: int
    severity: str
    message: str
    hint: str | None = None

    def format(self) -> str:
        """``path:line:col: severity: message`` and the hint; control characters from file
        names or content are shown escaped, so a message cannot drive the terminal."""
        text = (f"{printable(self.path)}:{self.line}:{self.col}: {self.severity}: "
                f"{printable(self.message)}")
        if self.hint:
            text += f"\n  hint: {printable(self.hint)}"
        return text


def printable(text: str) -> str:
    """The text with control characters (ESC, bidi overrides...) written as escapes."""
    if UNPRINTABLE.search(text) is None:
        return text
    return UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


UNPRINTABLE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def display_path(path: Path | str) -> str:
    """The path as the user would type it: relative to the working folder when inside it."""
    path = Path(path)
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if rel.startswith("..") else rel


class Diagnostics:
    """A collector of problems, in the order they were found."""

    def __init__(self) -> None:
        self._items: list[Diagnostic] = []

    def add(self, diagnostic: Diagnostic) -> None:
        self._items.append(diagnostic)

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        self._items.extend(diagnostics)

    def error(self, path: Path | str, line: int, col: int, message: str,
              hint: str | None = None) -> None:
        self.add(Diagnostic(display_path(path), line, col, ERROR, message, hint))

    def warning(self, path: Path | str, line: int, col: int, message: str,
                hint: str | None = None) -> None:
        self.add(Diagnostic(display_path(path), line, col, WARNING, message, hint))

    def strict(self) -> Diagnostics:
        """The same problems with every warning made an error (``--strict``)."""
        strict = Diagnostics()
        strict.extend(Diagnostic(d.path, d.line, d.col, ERROR, d.message, d.hint) for d in self)
        return strict

    @property
    def has_errors(self) -> bool:
        return any(d.severity == ERROR for d in self._items)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self._items if d.severity == ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self._items if d.severity == WARNING]

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)


SUGGESTION_BUDGET = 200_000  # comparisons of a word with a choice in one build: about 3 s
_spent = [0]


def reset_suggestions() -> None:
    """A new build: "did you mean" may compare words with choices again."""
    _spent[0] = 0


def closest(word: str, choices: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The choice a misspelt word was probably meant to be, or None when nothing is close
    (``cutoff``: how alike, from 0 to 1, the two must be). Each comparison costs; once a
    build has spent :data:`SUGGESTION_BUDGET` of them (thousands of misspelt names in a site
    of thousands), problems are still reported, without the suggestion."""
    options = sorted(choices)
    if _spent[0] + len(options) > SUGGESTION_BUDGET:
        return None
    _spent[0] += len(options)
    close = difflib.get_close_matches(word, options, n=1, cutoff=cutoff)
    return close[0] if close else None


def did_you_mean(word: str, choices: Iterable[str], prefix: str = "") -> str | None:
    """A "did you mean" hint for a misspelt key or name, or None when nothing is close."""
    close = closest(word, choices)
    return f"did you mean '{prefix}{close}'?" if close else None


SURROGATE = re.compile("[\ud800-\udfff]")  # what Python makes of bytes that are not UTF-8


def not_text(value: str) -> str | None:
    """None for text; for a value holding bytes that are not UTF-8 (an argument the system
    could not decode), the value shown with those bytes escaped, e.g. '\\xffabc'."""
    if SURROGATE.search(value) is None:
        return None
    shown = SURROGATE.sub(lambda m: _escaped(m.group()), value)
    return "'" + shown.encode("ascii", "backslashreplace").decode("ascii") + "'"


def _escaped(char: str) -> str:
    code = ord(char)
    return f"\\x{code - 0xdc00:02x}" if 0xdc80 <= code <= 0xdcff else f"\\u{code:04x}"
