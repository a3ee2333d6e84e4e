"""The glossary box: the term, its summary, the date its facts were checked, a link."""

from __future__ import annotations

import datetime as dt
import functools
from html import escape

from explainer.model import Term

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
    """The box shown beside a first mention: plain HTML, usable without JavaScript."""
    slug = term.slug
    return (
        f'<aside aria-labelledby="gloss-{slug}-name" class="gloss-box" id="gloss-{slug}">\n'
        f'<p class="gloss-box-name" id="gloss-{slug}-name">'
        f'<a href="{escape(href)}">{escape(term.name)}</a></p>\n'
        f'<p class="gloss-box-summary" id="gloss-{slug}-summary">{escape(term.summary)}</p>\n'
        f'<p class="gloss-box-meta">Facts as of <time datetime="{term.as_of.isoformat()}">'
        f"{human_date(term.as_of)}</time></p>\n</aside>"
    )
