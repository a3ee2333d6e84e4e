"""Related explainers: the explainers that share the most (and the rarest) glossary terms.

Each shared term counts its inverse document frequency, ``idf = log(1 + N / df)`` (N
explainers, ``df`` of them mention the term; the 1 keeps a term that every explainer mentions
worth a little): a term two explainers alone share counts most. Ties go to the newest
explainer, then by title.

Computed once per build from an inverted index (term -> the explainers that mention it),
never by comparing every pair of explainers: an explainer's terms are taken rarest first, and
once the best few cannot be caught by an explainer not yet seen, the common terms only add to
the explainers already found (see :func:`_scores`; the result is the same as summing every
shared term's weight).

On a term page, the related explainers are those that mention the term's related terms (its
own ``related:`` list and the terms that name it) but not the term itself, which its
"Explainers that mention this term" already lists.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from dataclasses import dataclass

from explainer.content.model import Term
from explainer.site.pages import ExplainerPage, TermPage

LIMIT = 4  # related explainers shown at the end of an explainer
TERM_LIMIT = 3  # on a term page


@dataclass(frozen=True)
class Related:
    """An explainer related to another, the terms they share (rarest first) and its score."""

    page: ExplainerPage
    shared: tuple[Term, ...]
    score: float


@dataclass(frozen=True)
class Index:
    """Who mentions what: the explainers by position, and each term's postings and weight."""

    pages: Sequence[ExplainerPage]
    postings: dict[str, list[int]]  # term slug -> positions of the explainers mentioning it
    weight: dict[str, float]  # term slug -> idf

    @classmethod
    def of(cls, pages: Sequence[ExplainerPage]) -> Index:
        postings: dict[str, list[int]] = {}
        for position, page in enumerate(pages):
            for term in page.terms:
                postings.setdefault(term.slug, []).append(position)
        n = len(pages)
        weight = {slug: math.log(1 + n / len(found)) for slug, found in postings.items()}
        return cls(pages, postings, weight)

    def ranked(self, scores: dict[int, float], limit: int,
               terms: Sequence[Term]) -> tuple[Related, ...]:
        """The best ``limit`` scores with their shared terms; among equal scores the first
        in ``pages`` (the site's order: newest first, then by title)."""
        best = heapq.nsmallest(limit, ((-score, p) for p, score in scores.items()))
        return tuple(Related(self.pages[p], self._shared(p, terms), -score)
                     for score, p in best)

    def _shared(self, position: int, terms: Sequence[Term]) -> tuple[Term, ...]:
        theirs = {t.slug for t in self.pages[position].terms}
        shared = [t for t in terms if t.slug in theirs and t.slug in self.weight]
        return tuple(sorted(shared, key=lambda t: -self.weight[t.slug]))


Ranks = dict[str, tuple[tuple[int, tuple[str, ...], float], ...]]  # url -> (position, shared)
_last: dict[tuple[object, ...], Ranks] = {}  # the last answer: serve asks after every save


def related_explainers(pages: Sequence[ExplainerPage],
                       limit: int = LIMIT) -> dict[str, tuple[Related, ...]]:
    """For each explainer (by URL), the others that share glossary terms with it, best first.

    The ranking depends only on each explainer's URL and terms, in the site's order: when
    those are as in the last call (an edit that changed no explainer's terms), it is reused
    and only filled in with the pages and terms of this build."""
    signature = (limit, *((p.url, *(t.slug for t in p.terms)) for p in pages))
    ranks = _last.get(signature)
    if ranks is None:
        ranks = _ranks(pages, limit)
        _last.clear()
        _last[signature] = ranks
    return {page.url: _filled(pages, page, ranks[page.url]) for page in pages}


def _ranks(pages: Sequence[ExplainerPage], limit: int) -> Ranks:
    index = Index.of(pages)
    slugs = [frozenset(t.slug for t in page.terms) for page in pages]
    result: Ranks = {}
    for position, page in enumerate(pages):
        scores = _scores(index, slugs, position, limit)
        best = heapq.nsmallest(limit, ((-score, p) for p, score in scores.items()))
        result[page.url] = tuple((p, tuple(t.slug for t in index._shared(p, page.terms)), -s)
                                 for s, p in best)
    return result


def _filled(pages: Sequence[ExplainerPage], page: ExplainerPage,
            ranks: tuple[tuple[int, tuple[str, ...], float], ...]) -> tuple[Related, ...]:
    """One explainer's ranking with this build's pages and terms."""
    terms = {t.slug: t for t in page.terms}
    return tuple(Related(pages[p], tuple(terms[s] for s in shared), score)
                 for p, shared, score in ranks)


def _scores(index: Index, slugs: list[frozenset[str]], position: int,
            limit: int) -> dict[int, float]:
    """The scores of the explainers sharing a term with one, exact for the best ``limit``.

    Terms are taken rarest first. Once ``limit`` explainers score more than all the terms
    left could give a newcomer, the rest only add to the explainers already found (checking
    each one's terms when there are fewer of them than mentions of the term): an explainer
    that shares only common terms is never visited.
    """
    terms = sorted((s for s in slugs[position] if len(index.postings[s]) > 1),
                   key=lambda s: (-index.weight[s], s))
    left = sum(index.weight[s] for s in terms)
    scores: dict[int, float] = {}
    closed = False
    for slug in terms:
        weight, found = index.weight[slug], index.postings[slug]
        closed = closed or (len(scores) >= limit and left < _kth(scores, limit) - 1e-9)
        left -= weight
        if not closed:
            for other in found:
                if other != position:
                    scores[other] = scores.get(other, 0.0) + weight
        elif len(scores) < len(found):
            for other in scores:
                if slug in slugs[other]:
                    scores[other] += weight
        else:
            for other in found:
                if other in scores:
                    scores[other] += weight
    return scores


def _kth(scores: dict[int, float], k: int) -> float:
    return heapq.nlargest(k, scores.values())[-1]


def term_related_explainers(pages: Sequence[ExplainerPage], terms: Sequence[TermPage],
                            limit: int = TERM_LIMIT) -> dict[str, tuple[Related, ...]]:
    """For each term page (by URL), explainers that mention its related terms and not it."""
    index = Index.of(pages)
    result: dict[str, tuple[Related, ...]] = {}
    for term_page in terms:
        own = set(index.postings.get(term_page.term.slug, ()))
        scores: dict[int, float] = {}
        for related in term_page.related:
            weight = index.weight.get(related.slug, 0.0)
            for other in index.postings.get(related.slug, ()):
                if other not in own:
                    scores[other] = scores.get(other, 0.0) + weight
        result[term_page.url] = (index.ranked(scores, limit, term_page.related)
                                 if scores else ())
    return result
