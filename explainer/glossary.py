"""The glossary as data: terms by slug, every name that counts as a mention, one matcher.

The matcher is compiled once per build: a single regular expression whose alternatives are
sorted longest first, so that at any position the longest name wins ("UN Security Council
Resolution 2254" before "Resolution 2254"). Matching is case-insensitive and on whole words:
a name never starts or ends inside a word, while a possessive ("Assad's", "Assad’s") still
counts because the apostrophe is not a word character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from explainer.diagnostics import Diagnostics, did_you_mean, display_path
from explainer.model import Term

SPACES = re.compile(r"\s+")


def normalise(name: str) -> str:
    """The form two names are compared in: spaces collapsed, case folded."""
    return SPACES.sub(" ", name.strip()).casefold()


@dataclass(frozen=True)
class Mention:
    """A name found in a text: where it is and which term it names."""

    start: int
    end: int
    slug: str


@dataclass(frozen=True)
class Glossary:
    terms: Mapping[str, Term]
    lookup: Mapping[str, str]
    pattern: re.Pattern[str] | None

    def finditer(self, text: str) -> Iterator[Mention]:
        """Every mention in a text, left to right, never overlapping, longest first."""
        if self.pattern is None:
            return
        for match in self.pattern.finditer(text):
            yield Mention(match.start(), match.end(), self.lookup[normalise(match.group())])

    def __len__(self) -> int:
        return len(self.terms)


def _pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    alternatives = [
        r"\s+".join(re.escape(word) for word in name.split())
        for name in sorted(names, key=lambda n: (-len(n), n))
    ]
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def _where(term: Term, key: str) -> tuple[int, int]:
    return term.where.get(key, (1, 1))


def build_glossary(terms: Iterable[Term], diags: Diagnostics) -> Glossary:
    """Index the terms; report names shared by two terms and unknown related slugs."""
    by_slug = {term.slug: term for term in sorted(terms, key=lambda t: t.slug)}
    lookup: dict[str, str] = {}
    for term in by_slug.values():
        for name in term.names:
            key = normalise(name)
            owner = lookup.setdefault(key, term.slug)
            if owner != term.slug:
                line, col = _where(term, "aliases" if name != term.name else "term")
                other = display_path(by_slug[owner].path)
                diags.error(term.path, line, col,
                            f"the name '{name}' is used by two terms: this file and {other}",
                            hint="a name may belong to one term only: remove it from one file")
    for term in by_slug.values():
        for slug in term.related:
            if slug not in by_slug:
                line, col = _where(term, "related")
                diags.error(term.path, line, col, f"related term '{slug}' does not exist",
                            hint=did_you_mean(slug, by_slug) or
                            "related lists slugs: glossary file names without '.md'")
    names = [name for term in by_slug.values() for name in term.names]
    return Glossary(by_slug, lookup, _pattern(names))
