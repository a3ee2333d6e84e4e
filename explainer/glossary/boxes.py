"""The glossary box: the term, its summary, the date its facts were checked, a link."""

from __future__ import annotations

import datetime as dt
import functools
from html import escape

from explainer.content.model import Term

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


@functools.lru_cache(maxsize=4096)
def human_date(date: dt.date) -> str:
    """"5 May 2023": the same few dates are written on many pages."""
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


def iso_date(date: dt.date) -> str:
    """"2023-05-05", for ``<time datetime>`` (a filter: cheaper in a layout than a call)."""
    return date.isoformat()


def box_html(term: Term, href: str) -> str:
    """The box of a first mention: plain HTML, usable without JavaScript.

    A ``<details>`` whose ``<summary>`` holds the term's name and summary: on a wide screen the
    stylesheet shows it whole in the margin; on a narrow one it is a one-line note that opens in
    place to show when its facts were checked and a link to the term's page. The search index
    skips it: the term's own page is what search should find."""
    slug, name = term.slug, escape(term.name)
    return (
        f'<aside aria-labelledby="gloss-{slug}-name" class="gloss-box" data-pagefind-ignore '
        f'id="gloss-{slug}">\n<details class="gloss-note">\n<summary>'
        f'<span class="gloss-box-name" id="gloss-{slug}-name">{name}</span> '
        f'<span class="gloss-box-summary" id="gloss-{slug}-summary">{escape(term.summary)}</span>'
        f'</summary>\n<p class="gloss-box-meta">Facts as of <time datetime="'
        f'{term.as_of.isoformat()}">{human_date(term.as_of)}</time> · '
        f'<a href="{escape(href)}">{name} in the glossary</a></p>\n</details>\n</aside>'
    )
