"""When a web page says its article was published: its metadata, the time under its headline,
its markup (htmldate, no guessing from the text), its address, then a date it shows."""

from __future__ import annotations

import datetime as dt
import re

from htmldate import find_date

from explainer.importer.clean import first_date
from explainer.importer.metadata import PageMeta, shown_as_update, stated_outside_links

UTC_STAMP = re.compile(r"^\s*\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)\s*$")
URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/")


def published(page: str, meta: PageMeta,
              address: str | None) -> tuple[dt.date | None, str | None, list[str]]:
    """The date found (:func:`page_date`), how it was found, and a note when the page shows
    it only as the date of a change ("Updated: Dec 15, 2016")."""
    found, how = page_date(page, meta, [address or ""])
    if (found and how in ("markup", "header") and meta.header_time is None
            and meta.only_time is None and shown_as_update(page, found)):
        return found, "updated", [
            f"the page shows the date {found.isoformat()} only as when the story was "
            "changed ('Updated …'): it may have been published earlier"]
    return found, how, []


def page_date(page: str, meta: PageMeta,
              addresses: list[str]) -> tuple[dt.date | None, str | None]:
    """The publication date the page states, and how it was found: its metadata first, then
    the ``<time datetime>`` under the headline, then htmldate (markup only, no guessing from
    the text; the page's only ``<time datetime>`` where htmldate read it with day and month
    swapped) if the date it finds is written on the page outside links (a link to "the
    issue of 9 February" is not the article's date), then a date in the article's address
    (/2019/04/25/), then a date shown under the headline, then a date shown without its
    year."""
    found = first_date(meta.published)
    if found and meta.header_date is not None and _local_day(meta.published, found,
                                                             meta.header_date):
        return meta.header_date, "header"
    if found:
        return found, "metadata"
    if meta.header_time is not None:
        return meta.header_time, "markup"
    try:
        text = find_date(page, extensive_search=False, original_date=True,
                         outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        text = None
    date = first_date([text or ""])
    if date and meta.only_time and swapped(date, meta.only_time):
        return meta.only_time, "markup"  # "10/04/2016" read day first; <time> says October
    if date and stated_outside_links(page, date):
        return date, "markup"
    if (dated := address_date([*addresses, *meta.urls])) is not None:
        return dated, "address"
    if meta.header_date is not None:
        return meta.header_date, "header"
    return (meta.yearless_date, "yearless") if meta.yearless_date else (None, None)


def swapped(read: dt.date, stamped: dt.date) -> bool:
    """Whether a date read from text is a machine-readable one with day and month swapped."""
    return read != stamped and (read.year, read.month, read.day) == (
        stamped.year, stamped.day, stamped.month)


def _local_day(stamps: list[str], found: dt.date, shown: dt.date) -> bool:
    """Whether the date shown under the headline is the day of a metadata time given in UTC:
    "2024-02-10T00:32:11Z" is 9 February where the page is written, a day off at most."""
    stamp = next((s for s in stamps if first_date([s]) == found), "")
    return bool(UTC_STAMP.match(stamp)) and abs((found - shown).days) == 1


def address_date(addresses: list[str]) -> dt.date | None:
    """A date written as /YYYY/MM/DD/ in the page's own address (as many news sites file
    their stories), where the address is the article's."""
    for address in addresses:
        if match := URL_DATE.search(address or ""):
            try:
                return dt.date(*(int(g) for g in match.groups()))
            except ValueError:
                continue
    return None
