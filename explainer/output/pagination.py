"""Lists split into pages: the home page and each topic page show ``per_page`` explainers.

Page 1 of a list keeps the list's own URL (``""``, ``tags/<slug>/``); page N is ``page/N/``
under it (``page/2/``, ``tags/<slug>/page/2/``). The home page leads with the newest pinned
explainer, or the newest one; drafts never lead while a published explainer can.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from explainer.site.pages import ExplainerPage

Item = TypeVar("Item")
WINDOW = 2  # page numbers shown either side of the current one


@dataclass(frozen=True)
class Pager:
    """One page of a list: its number (from 1) and the site URL of every page of the list."""

    number: int
    urls: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.urls)

    @property
    def url(self) -> str:
        return self.urls[self.number - 1]

    @property
    def prev(self) -> str | None:
        """The newer page's URL, or None on page 1."""
        return self.urls[self.number - 2] if self.number > 1 else None

    @property
    def next(self) -> str | None:
        """The older page's URL, or None on the last page."""
        return self.urls[self.number] if self.number < self.count else None

    def numbers(self) -> list[int | None]:
        """The page numbers to link: the first, the last and those near this one; None
        stands for the numbers left out between them."""
        near = range(max(1, self.number - WINDOW), min(self.count, self.number + WINDOW) + 1)
        shown = sorted({1, self.count, *near})
        out: list[int | None] = []
        for n in shown:
            if out and n - (out[-1] or 0) > 1:
                out.append(None)
            out.append(n)
        return out


def page_url(first: str, number: int) -> str:
    """The site URL of page ``number`` of the list whose page 1 is at ``first``."""
    return first if number == 1 else f"{first}page/{number}/"


def paginate(items: Sequence[Item], per_page: int,
             first: str) -> list[tuple[tuple[Item, ...], Pager]]:
    """The items in pages of ``per_page``, each with its Pager; one (empty) page for none."""
    count = page_count(len(items), per_page)
    urls = tuple(page_url(first, n) for n in range(1, count + 1))
    return [(tuple(items[(n - 1) * per_page:n * per_page]), Pager(n, urls))
            for n in range(1, count + 1)]


def page_count(items: int, per_page: int) -> int:
    """How many pages a list of ``items`` takes (at least one)."""
    return max(1, -(-items // per_page))


def lead_of(explainers: Sequence[ExplainerPage]) -> ExplainerPage | None:
    """The home page's lead, from explainers newest first: the newest pinned one that is not
    a draft, else the newest that is not a draft, else (only drafts) the newest."""
    published = [page for page in explainers if not page.explainer.draft]
    pinned = [page for page in published if page.explainer.pinned]
    chosen = pinned or published or list(explainers)
    return chosen[0] if chosen else None


def front_page_order(explainers: Sequence[ExplainerPage]) -> tuple[ExplainerPage, ...]:
    """The explainers as the home page lists them: the lead, then the others newest first."""
    lead = lead_of(explainers)
    if lead is None:
        return ()
    return (lead, *(page for page in explainers if page is not lead))
