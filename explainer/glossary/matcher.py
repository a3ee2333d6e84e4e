"""Find glossary names in text: one compiled trie-shaped regular expression per build.

Names are inserted into a character trie and the trie is written out as a regular expression,
so that at any position the engine follows one path of characters: matching time grows with
the length of the text, not with the number of names. Along a path the expression tries to go
on before it stops, so the longest name wins; it stops only where a name ends and a word
boundary follows.

Rules a name follows (each tested in ``tests/test_matcher.py``):

- case is ignored, except for a name written in capitals (``UN``, ``UAE``), which matches only
  in capitals;
- plurals count: ``-s``, ``-es`` and ``-ies`` for a name ending in ``y``, and a lower-case
  ``s`` after a name in capitals ("NGOs"); a one-word proper name has none ("Hama" is not
  found in "Hamas");
- a straight apostrophe in a name matches a typographic one and the other way round;
- ``-ise`` and ``-ize`` spellings are the same (``normalisation``, ``normalization``);
- spaces inside a name match any run of white space (a line break, for instance);
- a name that starts or ends with a word character must start or end on a word boundary; one
  that starts or ends with punctuation (``(UNSCR) 2254``, ``U.S.``) needs no boundary there.
  A possessive (``’s``, ``'s``, ``s'``) therefore never stops a match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

CAPITALS = re.compile(r"^[^a-z]*[A-Z][^a-z]*$")  # and no lower-case letter of any script
PLURAL = "(?:e?s)?"


def is_capitals(name: str) -> bool:
    """A name written in capitals (UN, UNSCR 2254, U.S.) matches only in capitals."""
    return (bool(CAPITALS.match(name)) and not any(c.islower() for c in name)
            and sum(c.isalpha() for c in name) >= 2)


def key(text: str, capitals: bool = False) -> str:
    """The form names are compared in: spaces collapsed, and unless in capitals, lower case
    with -ize folded into -ise."""
    text = " ".join(text.split()).replace("’", "'").replace("‘", "'")
    return text if capitals else text.lower().replace("iz", "is")


class Found(NamedTuple):
    """A mention: where it starts and ends in the text, and the term it names."""

    start: int
    end: int
    slug: str


class _Node(dict[str, "_Node"]):
    __slots__ = ("end", "plural")

    def __init__(self) -> None:
        super().__init__()
        self.end = False
        self.plural = False  # whether a name ending here takes plural endings


def _variants(name: str) -> list[str]:
    if name[-1:].isalpha() and name[-1:].lower() == "y":
        return [name, name[:-1] + "ies"]
    return [name]


class Matcher:
    """All the names of a glossary; :meth:`finditer` yields leftmost-longest mentions."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        self.lookup: dict[str, str] = {}
        self.capitals: dict[str, str] = {}
        self._slugs: dict[str, str | None] = {}  # matched text -> slug, filled as text is read
        folded, exact = _Node(), _Node()
        for name, slug in names:
            if is_capitals(name):
                self.capitals.setdefault(key(name, True), slug)
                _insert(exact, key(name, True))
                continue
            for variant in _variants(name):
                self.lookup.setdefault(key(variant), slug)
                _insert(folded, key(variant), takes_plural(name))
        self.shortest = min((len(k) for k in [*self.lookup, *self.capitals]), default=0)
        self._folded_trie = folded
        self.folded = _compile(folded, 0, PLURAL)  # run on the lower-cased text
        self._folded_any_case: re.Pattern[str] | None = None
        self.exact = _compile(exact, 0, "s?")  # "NGOs": a lower-case s only

    def _folded_matches(self, text: str) -> Iterator[re.Match[str]]:
        """Matches of the case-folded names. Lower-casing the text once and matching it case
        sensitively is about twice as fast as IGNORECASE; the rare text whose length changes
        when lower-cased ('İ') is matched with IGNORECASE instead."""
        if self.folded is None:
            return iter(())
        lowered = text.lower()
        if len(lowered) == len(text):
            return self.folded.finditer(lowered)
        if self._folded_any_case is None:
            self._folded_any_case = _compile(self._folded_trie, re.IGNORECASE, PLURAL)
        assert self._folded_any_case is not None
        return self._folded_any_case.finditer(text)

    def slug_of(self, text: str) -> str | None:
        """Which term a matched text names (plural and spelling variants folded)."""
        if text in self._slugs:
            return self._slugs[text]
        slug = self._slug_of(text)
        if len(self._slugs) < 100_000:
            self._slugs[text] = slug
        return slug

    def _slug_of(self, text: str) -> str | None:
        exact = self.capitals.get(key(text, True)) or (
            self.capitals.get(key(text[:-1], True)) if text.endswith("s") else None)
        if exact:
            return exact
        k = key(text)
        for candidate in (k, k[:-1], k[:-2]):
            if candidate in self.lookup:
                return self.lookup[candidate]
        return None

    def finditer(self, text: str) -> Iterator[Found]:
        """Mentions left to right, never overlapping; at one position the longest wins."""
        if len(text) < self.shortest:
            return
        text = " " + text  # the boundary before a name at the very start
        found: Iterable[re.Match[str]] = self._folded_matches(text)
        if self.exact:
            found = sorted([*self.exact.finditer(text), *found],
                           key=lambda m: (m.start(1), -m.end(1)))
        end = 0
        for match in found:
            start, stop = match.span(1)
            if start < end:
                continue
            slug = self.slug_of(text[start:stop])
            if slug:
                end = stop
                yield Found(start - 1, stop - 1, slug)


def _insert(root: _Node, name: str, plural: bool = True) -> None:
    node = root
    for char in name:
        node = node.setdefault(char, _Node())
    node.end = True
    node.plural = node.plural or plural


def takes_plural(name: str) -> bool:
    """A one-word proper name ("Hama", "Assad") has no plural: "Hamas" is another name."""
    return len(name.split()) > 1 or not name[:1].isupper()


def _edge(char: str, previous: str) -> str:
    if char == " ":
        return r"\s+"
    if char == "s" and previous == "i":
        return "[sz]"
    if char == "'":
        return "['’‘]"
    return re.escape(char)


def _emit(node: _Node, previous: str, plural: str) -> str:
    """The expression for the rest of the names below a node, longest first."""
    branches = [_edge(c, previous) + _emit(child, c, plural) for c, child in sorted(node.items())]
    if node.end:
        ending = (plural if node.plural and previous.isalpha() else "") + (
            r"(?!\w)" if previous.isalnum() or previous == "_" else "")
        branches.append(ending)
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _compile(root: _Node, flags: int, plural: str) -> re.Pattern[str] | None:
    """The whole trie as one expression, matched against the text with a space before it.

    Every mention is matched together with the character before it, which must not be a word
    character: the word boundary at the start of a name. An expression that starts with a
    character class lets the engine skip quickly to the spaces and punctuation before words,
    instead of trying every branch at every letter (about twice as fast). Group 1 is the name.
    """
    if not root:
        return None
    branches = [_edge(c, "") + _emit(n, c, plural) for c, n in sorted(root.items())]
    return re.compile(r"[^\w](" + "|".join(branches) + ")", flags)
