"""When a web page says its article was published: its metadata, the time under its headline,
its markup (htmldate, no guessing from the text), its address, then a date it shows; and
whether the page writes a date outside links, and only as the time of a change."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from urllib.parse import urlsplit

from htmldate import find_date
from lxml import html as lxml_html

from explainer.importer.clean import first_date
from explainer.importer.metadata import XML_DECLARATION, PageMeta
from explainer.importer.showndates import BETWEEN, COPY_LABEL, SHOWN_DATE, UPDATE_LABEL, date_of
from explainer.importer.teasers import card_boxes

UTC_STAMP = re.compile(r"^\s*\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)\s*$")
# a date in the article's address: "/2019/04/25/", "/2019-04-25/", "-20190425.html"
URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/"
                      r"|[/_-]((?:19|20)\d\d)(-?)(0[1-9]|1[0-2])\5(0[1-9]|[12]\d|3[01])"
                      r"(?=[/_.-]|$)")


def published(page: str, meta: PageMeta,
              address: str | None) -> tuple[dt.date | None, str | None, list[str]]:
    """The date found (:func:`page_date`), how it was found, and a note when the page shows
    it only as the date of a change ("Updated: Dec 15, 2016"); a republished story's date
    of first publication where the page's note gives it (:mod:`firstpublished`), before
    the page's own."""
    found, how = page_date(page, meta, [address or ""])
    if meta.first_published is not None and (found is None or meta.first_published < found):
        return meta.first_published, "note", [  # "… originally published … on May 2, 2024"
            f"the page's note says the story was first published on "
            f"{meta.first_published.isoformat()}" + (
                f"; its own date, {found.isoformat()}, is its republication's" if found else "")]
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
    written = _written(page, markup=False) if found and meta.header_date is not None else ""
    if found and meta.header_date is not None and _local_day(
            meta.published, found, meta.header_date) and not _labelled_as_change(
            written, meta.header_date) and not _labelled_as_publication(written, found) and (
            _shown_instant(meta.published, meta.times) is None):
        return meta.header_date, "header"  # the local day of a UTC time, shown under the
        # headline; not "Updated on January 20", nor where the page gives the metadata's day
        # as the first ("First published on Sun 6 Dec"), nor where a <time> gives the same
        # instant with its offset (WordPress's "published" time, then its "updated" one)
    if found and meta.header_date is not None and meta.header_date < found and \
            _labelled_as_publication(written, meta.header_date):
        return meta.header_date, "header"  # "Published March 3" beside the metadata's edit
    if found and meta.header_date is not None and meta.header_date < found == first_date(
            meta.modified) and meta.header_date in {first_date([s]) for s in meta.published}:
        return meta.header_date, "header"  # the metadata's first date is its last change;
        # another of its dates is the day the header shows (JSON-LD's beside article:…)
    if found and (local := _shown_instant(meta.published, meta.times)) not in (None, found):
        return local, "markup"  # "2024-03-15T23:40:00Z", shown "16.03.2024, 00:40" in Warsaw
    if found and meta.only_shown is not None and _local_day(meta.published, found,
                                                            meta.only_shown):
        return meta.only_shown, "markup"  # the page's only <time>, "…T22:48:00Z", shows "03.06."
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
    if date and meta.header_date and swapped(date, meta.header_date):
        return meta.header_date, "header"  # "03/08/2024" under an en-US page's headline
    if date and meta.header_date and meta.header_date < date == first_date(meta.modified):
        return meta.header_date, "header"  # htmldate's date is the metadata's last change
    if date and meta.header_date not in (None, date) and _labelled_as_change(
            _written(page, markup=False), date):
        return meta.header_date, "header"  # "Updated March 5, 2024 · Published March 3, 2024"
    if date and meta.header_date and meta.header_date != date and \
            not stated_outside_links(page, date, markup=False):
        return meta.header_date, "header"  # a machine's time in UTC, past the shown midnight;
        # a document's ("<meta name="created">" of an exported file): the page shows another
    if date and stated_outside_links(page, date) and not _copy_or_span_end(
            _written(page, markup=False), date):  # not a reader's copy's "Saved June 19, 2023"
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


def _shown_instant(stamps: list[str], times: list[str]) -> dt.date | None:
    """The local day of the metadata's first time stamp given in UTC, as a ``<time>`` of the
    page writes the same instant with its offset from UTC."""
    stamp = next((s for s in stamps if s and UTC_STAMP.match(s)), None)
    instant = _instant(stamp) if stamp else None
    if instant is None:
        return None
    for shown in times:
        local = _instant(shown)
        if local is not None and local.utcoffset() and local == instant:
            return local.date()
        if local is None and (clock := _clock(shown)) is not None and _zone_apart(clock, instant):
            return clock.date()  # the local clock with no offset: "2026-04-12 23:15:00"
    return None


ZONE_STEP = 900  # seconds: zones differ from UTC by quarters of an hour ("+05:45")
MOST_OFFSET = 14 * 3600


def _clock(stamp: str) -> dt.datetime | None:
    """A time stamp with its clock and no offset ("2026-04-12 23:15:00"), or None."""
    try:
        moment = dt.datetime.fromisoformat(stamp.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo is None and (moment.hour or moment.minute) else None


def _zone_apart(clock: dt.datetime, instant: dt.datetime) -> bool:
    """Whether a local clock is the UTC instant's in some zone: apart by whole quarters of an
    hour, fourteen hours at most, and not the same."""
    seconds = (clock - instant.replace(tzinfo=None)).total_seconds()
    return 0 < abs(seconds) <= MOST_OFFSET and seconds % ZONE_STEP == 0


def _instant(stamp: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(stamp.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _local_day(stamps: list[str], found: dt.date, shown: dt.date) -> bool:
    """Whether the date shown under the headline is the day of a metadata time given in UTC:
    "2024-02-10T00:32:11Z" is 9 February where the page is written, a day off at most (not
    where the metadata gives the time with its offset too, on another day than the one
    shown: that is an update's)."""
    stamp = next((s for s in stamps if first_date([s]) == found), "")
    if any(not UTC_STAMP.match(s) and (moment := _instant(s)) is not None
           and moment.date() != shown for s in stamps):
        return False  # the metadata's own local time says another day ("…T06:00:00-05:00")
    return bool(UTC_STAMP.match(stamp)) and abs((found - shown).days) == 1


def address_date(addresses: list[str]) -> dt.date | None:
    """A date written as /YYYY/MM/DD/ (or /YYYY-MM-DD/, -YYYYMMDD.) in the path of the
    page's own address (as many news sites file their stories), where the address is the
    article's."""
    for address in addresses:
        path = urlsplit(address or "").path
        if match := URL_DATE.search(path):
            year, month, day = (g for g in match.groups() if g and g != "-")
            try:
                return dt.date(int(year), int(month), int(day))
            except ValueError:
                continue
    return None


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def date_forms(date: dt.date) -> list[str]:
    """Ways a page may write a date."""
    d, m, y, month = date.day, date.month, date.year, MONTHS[date.month - 1]
    return [f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{d:02d}.{m:02d}.{y}",
            f"{d}.{m}.{y}", f"{d:02d}/{m:02d}/{y}", f"{m:02d}/{d:02d}/{y}",
            f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{month} {d}, {y}",
            f"{d} {month} {y}", f"{month[:3]} {d}, {y}", f"{month[:3]}. {d}, {y}",
            f"{d} {month[:3]} {y}", f"{month[:3]} {d} {y}", f"{y}{m:02d}{d:02d}T",
            f"{y}.{m:02d}.{d:02d}", *_ordinal_forms(d, month, y)]


def _ordinal_forms(d: int, month: str, y: int) -> list[str]:
    """An English date with its day as an ordinal: "3rd April 2024", "April 3rd, 2024"."""
    nth = f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"
    return [f"{nth} {month} {y}", f"{month} {nth}, {y}", f"{nth} {month[:3]} {y}",
            f"{month[:3]} {nth}, {y}", f"{nth} of {month} {y}"]


LABEL_REACH = 50  # characters before a date where its label is looked for (a time between)
SHOWN_READ = 200  # dates read of the page's text in other languages' forms


def _written(page: str, markup: bool) -> str:
    """The page's text outside links, on one line; with ``markup`` also the values of its
    meta tags and <time> elements. A permalink (``rel="bookmark"``, WordPress's link of
    the date to the story itself) is the page's own. Empty when the page cannot be read."""
    try:
        tree = lxml_html.fromstring(XML_DECLARATION.sub("", page, count=1))
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return ""
    for card in [*_cards(tree), *_comments(tree), *card_boxes(tree), *_today(tree)]:
        if card.getparent() is not None:
            card.drop_tree()
    links = "//a[not(contains(concat(' ', normalize-space(@rel), ' '), ' bookmark '))]"
    for link in tree.xpath(links if markup else f"{links} | //script | //style | //head"):
        link.drop_tree()
    text = " ".join(tree.itertext())
    attributes = " ".join(str(v) for v in tree.xpath(  # (a title: "5 hours ago"'s date)
        "//meta/@content | //meta/@value | //time/@datetime | //*[not(self::img)]/@title"
    )) if markup else ""
    return " ".join(_without_pictures(text + " " + attributes).split())


# a section of readers' comments, by a class or id token: WordPress's "comments-area" and
# "comment-list", "comments", Disqus's "disqus_thread", "kommentare"
COMMENTS = re.compile(r"^(?:comments?(?:-(?:area|list|section|container|wrapper|thread))?|"
                      r"commentlist|disqus_thread|kommentare|commentaires|comentarios|"
                      r"commenti|reacties|kommentarer)$", re.IGNORECASE)


def _comments(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The page's sections of readers' comments, whose dates are the readers' (outermost
    only)."""
    found = [e for e in tree.iter("section", "div", "ol", "ul", "aside")
             if any(COMMENTS.match(token) for token in
                    f"{e.get('class') or ''} {e.get('id') or ''}".split())]
    inside = {id(d) for e in found for d in e.iterdescendants()}
    return [e for e in found if id(e) not in inside]


# the site's date of today in its top bar, by a class token ("today", "current-date",
# "todays-date") or a label ("Today is June 3, 2024", "Hari ini 20 Januari 2024")
TODAY_CLASS = re.compile(r"today|current-?date|date-?now", re.IGNORECASE)
TODAY_LABEL = re.compile(r"^\s*(?:today is|today:|hoy es|aujourd'hui,? nous sommes|heute ist|"
                         r"oggi è|hoje é|hari ini|vandaag is|dziś jest|dzisiaj jest|idag är|"
                         r"i dag er|сегодня|今日は|本日は|오늘은)\b", re.IGNORECASE)
TODAY_LETTERS = 80  # a longer element is no bar's date


def _today(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The elements that show the site's date of today: not the page's."""
    return [e for e in tree.iter("span", "div", "p", "time", "li", "strong", "small")
            if _letters(e.text_content()) <= TODAY_LETTERS and (
                any(TODAY_CLASS.search(token) for token in (e.get("class") or "").split())
                or TODAY_LABEL.match(e.text_content()))]


HEADLINE_WORDS = 4  # a link's words that make it another story's headline
CARD_EXTRA = 60  # letters a card may hold besides its headline (a date, a kicker)


def _cards(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The items of a list of other stories: two or more elements of one tag beside each
    other, each a link of a headline's length with little else (its date, a kicker), so
    that the date of a related story ("More from …: The return of the otter, January 30,
    2024") is not read as the page's."""
    letters: dict[lxml_html.HtmlElement, int] = {}
    headlines: dict[lxml_html.HtmlElement, int] = {}
    for element in reversed(list(tree.iter())):  # children before their parents
        letters[element] = (_letters(element.text) + sum(
            letters.get(child, 0) + _letters(child.tail) for child in element)
            if isinstance(element.tag, str) else 0)
        headlines[element] = sum(headlines.get(child, 0) for child in element) + (
            element.tag == "a" and len(element.text_content().split()) >= HEADLINE_WORDS
            and "bookmark" not in (element.get("rel") or "").split())  # (the story's own)
    found = dict.fromkeys(card for link in tree.iter("a") if headlines[link] == 1
                          and (card := _card(link, letters, headlines)) is not None)
    kinds = Counter((card.getparent(), card.tag) for card in found)
    return [card for card in found if kinds[card.getparent(), card.tag] >= 2]


def _letters(text: str | None) -> int:
    return len("".join(text.split())) if text else 0


def _card(link: lxml_html.HtmlElement, letters: dict,
          headlines: dict) -> lxml_html.HtmlElement | None:
    """The largest element around a link that holds no other headline and little text
    besides it (a list item with the link and its date), or None when even the link's
    parent holds more."""
    card = None
    for holder in link.iterancestors():
        if (holder.tag in ("body", "html", "main", "article") or headlines[holder] > 1
                or letters[holder] - letters[link] > CARD_EXTRA):
            break
        card = holder
    return card


# a web address, also one written in JSON ("https:\/\/…"), read whole (in one pass: the
# page may hold any run of slashes); a picture's is blanked, as the folder it was uploaded to
# ("…/presto/2019/11/18/….jpg", the day before the story) is not the page stating a date
ADDRESS_IN_TEXT = re.compile(r"(?:https?:)?(?:\\?/){2}[^\s\"'<>]+")
PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg|mp4|webm)(?![\w.])", re.IGNORECASE)


def _without_pictures(text: str) -> str:
    """The text with the addresses of pictures in it blanked."""
    return ADDRESS_IN_TEXT.sub(lambda m: " " if PICTURE_FILE.search(m.group()) else m.group(), text)


def stated_outside_links(page: str, date: dt.date, markup: bool = True) -> bool:
    """Whether the page writes this date anywhere but inside a link: in its text, or with
    ``markup`` also in its meta tags and <time> elements."""
    haystack = _written(page, markup)
    return any(form in haystack for form in date_forms(date))


# "Published May 3rd, 2024", "Veröffentlicht am 3. Mai 2024": the page dates its publication
PUBLISHED_LABEL = re.compile(r"\b(?:published|posted|first published|veröffentlicht|"
                             r"erschienen|publié|publicado|pubblicato|publicerad|gepubliceerd)"
                             r"\b[^.!?]{0,30}\d", re.IGNORECASE)


def shown_as_update(page: str, date: dt.date) -> bool:
    """Whether the page's text writes this date, and only after a label that makes it the
    time of a change ("Updated: Dec 15, 2016"), and no date after a label of publication:
    the story may be older."""
    haystack = _written(page, markup=False)
    if PUBLISHED_LABEL.search(haystack):  # the publication is dated too, in another form
        return False
    return _labelled_as_change(haystack, date)


def _labelled_as_change(haystack: str, date: dt.date) -> bool:
    """Whether the text writes this date, and only after a label of change, a time and a
    weekday perhaps between ("Updated 4:47 AM EST, February 12, 2026")."""
    before = _before_date(haystack, date)
    return bool(before) and all(UPDATE_LABEL.search(BETWEEN.sub("", text)) for text in before)


def _copy_or_span_end(haystack: str, date: dt.date) -> bool:
    """Whether the text writes this date, and only as when a reader's copy was made
    (:data:`COPY_LABEL`: "Saved June 19, 2023") or as the end of a span of dates (a life's,
    an obituary's "April 2, 1940 – January 6, 2024")."""
    before = _before_date(haystack, date)
    return bool(before) and all(COPY_LABEL.search(text) or SPAN_START.search(text)
                                for text in before)


SPAN_START = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[–—-]\s*$")  # "1940 – ", a span's first year


def _before_date(haystack: str, date: dt.date) -> list[str]:
    """The :data:`LABEL_REACH` characters before each place the text writes this date, in
    the forms of :func:`date_forms` or with its month named in another language ("21
    Febrero 2024", "19 novembre 2023")."""
    starts = {match.start() for form in date_forms(date)
              for match in re.finditer(re.escape(form), haystack)}
    starts |= {match.start() for match in itertools.islice(SHOWN_DATE.finditer(haystack),
                                                           SHOWN_READ)
               if match.re is SHOWN_DATE and date_of(match, None) == date}
    return [haystack[max(0, start - LABEL_REACH):start] for start in sorted(starts)]


# a label of publication right before its date ("Published", "Originally published on",
# "Publié le", "Erstmals publiziert am", "Oorspronkelijk verschenen op")
PUBLICATION_LABEL = re.compile(
    r"(?:published|posted|publié|publiée|publicado|publicada|pubblicato|veröffentlicht|"
    r"erschienen|publiziert|verschenen|gepubliceerd|publicerad|opublikowano|publikacja|"
    r"опубликовано|"
    r"yayınlanma(?: tarihi)?|diterbitkan)(?:\s+(?:on|at|am|le|el|il|em|op|den|dnia))?"
    r"\s*[:：]?\s*$", re.IGNORECASE)


def _labelled_as_publication(haystack: str, date: dt.date) -> bool:
    """Whether the text writes this date after a label of publication, a time and a weekday
    perhaps between ("Published 9:10 AM, Tue March 3, 2024"): the day the page says it was
    published, over a later one in its metadata (an edit's, a republication's)."""
    return any(PUBLICATION_LABEL.search(BETWEEN.sub("", text))
               for text in _before_date(haystack, date))
