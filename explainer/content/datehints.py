"""How to write a date that was written wrongly: the date it most likely means, or the format.

``5/5/2023`` becomes ``date: 2023-05-05``; ``3/4/2023`` could be either, so both are offered;
``May 5th, 2023`` is read as words.
"""

from __future__ import annotations

import datetime as dt
import re

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NUMERIC_DATE = re.compile(r"^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})$")
ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th)\b")
WORDED_DATES = ("%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y")


def date_hint(leaf: str, text: str) -> str:
    """How to write a wrongly written date: the date it means, both when the day and the
    month could be either way round, or the format."""
    if ISO_DATE.match(text.strip()):
        return "check the month and the day; dates are written YYYY-MM-DD"
    dates = _date_candidates(text)
    if len(dates) == 1:
        return f"write it YYYY-MM-DD: {leaf}: {dates[0].isoformat()}"
    if dates:
        return "write it YYYY-MM-DD: " + " or ".join(
            f"{leaf}: {d.isoformat()} ({d.day} {d:%B} {d.year})" for d in dates)
    return f"write it YYYY-MM-DD (year, month, day), e.g. {leaf}: 2023-05-05"


def _date_candidates(text: str) -> list[dt.date]:
    """The dates a date written another way can mean: 2023-5-5, 5/5/2023, 5 May 2023..."""
    found = NUMERIC_DATE.match(text.strip())
    if found is None:
        return _worded_date(" ".join(ORDINAL.sub(r"\1", text).replace(",", " ").split()))
    first, middle, last = found.groups()
    if len(first) == 4:
        orders = [(first, middle, last)]
    elif len(last) == 4:
        orders = [(last, middle, first), (last, first, middle)]  # day first, month first
    else:
        orders = []
    dates = (_real_date(*(int(part) for part in order)) for order in orders)
    return list(dict.fromkeys(d for d in dates if d is not None))


def _real_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _worded_date(text: str) -> list[dt.date]:
    for form in WORDED_DATES:
        try:
            return [dt.datetime.strptime(text, form).date()]
        except ValueError:
            continue
    return []
