"""The glossary as data: terms by slug, every name that counts as a mention, one matcher.

The :class:`~explainer.glossary.matcher.Matcher` is compiled once per build and shared by
every page.
Names are checked here: a name (after folding case and spelling) may belong to one term only,
and ``related`` must name terms that exist.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from explainer.content.model import Term
from explainer.core.diagnostics import Diagnostics, did_you_mean, display_path
from explainer.glossary.matcher import Found, Matcher, is_capitals, key


@dataclass(frozen=True)
class Glossary:
    terms: Mapping[str, Term]
    matcher: Matcher
    boxes: dict[tuple[str, str], str] = field(default_factory=dict, compare=False)
    """The HTML of each term's box, by (slug, link), made once per build."""

    def finditer(self, text: str) -> Iterator[Found]:
        """Every mention in a text, left to right, never overlapping, longest first."""
        return self.matcher.finditer(text)

    def __len__(self) -> int:
        return len(self.terms)


def _where(term: Term, key_name: str) -> tuple[int, int]:
    return term.where.get(key_name, (1, 1))


def _check_names(by_slug: Mapping[str, Term], diags: Diagnostics) -> None:
    owners: dict[str, str] = {}
    for term in by_slug.values():
        for name in term.names:
            owner = owners.setdefault(key(name, is_capitals(name)), term.slug)
            if owner != term.slug:
                line, col = _where(term, "aliases" if name != term.name else "term")
                other = display_path(by_slug[owner].path)
                diags.error(term.path, line, col,
                            f"the name '{name}' is used by two terms: this file and {other}",
                            hint="a name may belong to one term only: remove it from one file")


def _check_related(by_slug: Mapping[str, Term], diags: Diagnostics,
                   files: Collection[str] = ()) -> None:
    for term in by_slug.values():
        for slug in term.related:
            if slug not in by_slug and slug not in files:  # a file with errors: reported
                line, col = _where(term, "related")
                diags.error(term.path, line, col, f"related term '{slug}' does not exist",
                            hint=did_you_mean(slug, by_slug) or
                            "related lists slugs: glossary file names without '.md'")


def build_glossary(terms: Iterable[Term], diags: Diagnostics,
                   files: Collection[str] = ()) -> Glossary:
    """Index the terms, compile the matcher; report shared names and unknown related slugs.

    ``files`` are the slugs of every glossary file, loaded or not: a related slug whose file
    did not load is not reported again (that file's own errors say what is wrong).
    """
    by_slug = {term.slug: term for term in sorted(terms, key=lambda t: t.slug)}
    _check_names(by_slug, diags)
    _check_related(by_slug, diags, files)
    names = [(name, term.slug) for term in by_slug.values() for name in term.names]
    return Glossary(by_slug, Matcher(names))
