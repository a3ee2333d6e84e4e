"""Dates in the Solar Hijri calendar, Iran's and Afghanistan's ("۲۲ اسفند ۱۴۰۲", 22 Esfand
1402): a Persian page that gives no date in its markup shows only such a date. They are
written again in the Gregorian calendar ("2024-03-12") before the page's dates are read."""

from __future__ import annotations

import datetime as dt
import re

# the months in their order, in Persian; Afghanistan's Dari names (حمل … حوت) are not read
MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
          "بهمن", "اسفند")
# the day, the month and a year of the 14th century (1300 to 1499: 1921 to 2121), in
# figures already made Western; the months' longer names first ("مهر" is not "مرداد"'s)
SOLAR_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*(" + "|".join(sorted(MONTHS, key=len, reverse=True))
                        + r")\s*(1[34]\d\d)(?!\d)")
ANCHOR = (1403, dt.date(2024, 3, 20))  # a Nowruz, 1 Farvardin 1403, whence days are counted


def gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Solar Hijri one, by the 33-year cycle of its leap years (the
    arithmetic calendar, which agrees with the astronomical one from 1244 to 1403 and
    beyond); None when there is no such day."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    if month == 12 and day == 30 and not _leap(year):
        return None
    years = range(min(year, ANCHOR[0]), max(year, ANCHOR[0]))
    days = sum(366 if _leap(y) else 365 for y in years) * (1 if year >= ANCHOR[0] else -1)
    return ANCHOR[1] + dt.timedelta(days=days + (month - 1) * 31 - max(0, month - 7) + day - 1)


def _leap(year: int) -> bool:
    """Whether a Solar Hijri year has a 30th day of Esfand: 8 years of every 33."""
    return (25 * year + 11) % 33 < 8


def in_gregorian(text: str) -> str:
    """The text with its Solar Hijri dates in figures ("22 اسفند 1402") written as
    Gregorian ones ("2024-03-12")."""
    def written(match: re.Match[str]) -> str:
        date = gregorian(int(match.group(3)), MONTHS.index(match.group(2)) + 1,
                         int(match.group(1)))
        return date.isoformat() if date else match.group()
    return SOLAR_DATE.sub(written, text)
