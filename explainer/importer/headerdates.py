"""Dates a page shows without marking them up, read only when its metadata has none: a full
date in the headline's block, the short lines between the <h1> and the first paragraph of the
text ("2019年4月2日", "28.04.2023", "December 16, 2016"), never one the story itself mentions;
the ``<time>`` there; a date in a list of the story's facts under a label ("Datum"); and a
date shown without its year ("06月24日"), completed only when the page's own ids or address
hold the same month and day with a year."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

from explainer.importer.fallbacks import (
    CREDIT_LINE,
    HEADER_LINES,
    INLINE,
    INSIDE_OR_OUTSIDE,
    LINE,
    STAMP,
    YEARLESS,
    header_lines,
)
from explainer.importer.headlines import headline_element
from explainer.importer.showndates import (
    CHANGE_WORD,
    CLOCK,
    SHOWN_DATE,
    UPDATE_LABEL,
    UPDATE_REACH,
    dates_out,
    day_order,
    shown_date,
    spanned_only,
)
from explainer.importer.stamps import OPENING as STAMP_OPENING
from explainer.importer.stamps import is_time_stamp
from explainer.importer.textlines import short_text, text_of

DATE_REST = 30  # characters after a date's label: the date and perhaps its time
LINE_BREAKS = INLINE | {"br"}  # an element holding only these is read as lines of text


def _spanned(element: Any, order: str | None) -> bool:
    """Whether an element's date is one end of a span its parent's line shows (an obituary's
    life: "April 2, 1940 – January 6, 2024"), which dates no story."""
    parent = element.getparent()
    line = short_text(parent, LINE) if parent is not None else None
    return bool(line) and spanned_only(line, order)


def _other_term(element: Any) -> bool:
    """Whether an element is the value of a list's term that names no date of the story's
    ("<dt>Visitation</dt><dd>…</dd>", not "<dt>Published</dt>" nor "<dt>配信開始日</dt>")."""
    term = element.getprevious() if element.tag == "dd" else None
    words = f"{short_text(term, LINE) or ''} " if term is not None else ""
    return term is not None and term.tag == "dt" and not (
        DATE_LABEL.match(words) or DATE_WORD.search(words))


# a word for a date or a day in a term's label ("配信開始日", "Erscheinungsdatum")
DATE_WORD = re.compile(r"date|datum|fecha|data|tarih|дата|日|날짜|일자|publi|veröffentlicht|"
                       r"erschien", re.IGNORECASE)


def header_date(tree: Any) -> dt.date | None:
    """The first full date in the short lines that follow the first <h1>, up to the first
    paragraph of more than a line (where the story starts), outside links, lists and asides
    (past a standfirst, a line of a credit's length, or of dates opening with their label:
    "Published on November 19, 2023, at 12:40 am (Paris), updated at 9:05 am");
    an element counts as lines when it holds text, emphasis and line breaks only, and its
    ``title`` is read after its text ("5 hours ago" dated in it). A date
    labelled as a change ("Updated …") is taken only when no line dates the publication."""
    head = headline_element(tree)
    if head is None:
        return None
    seen, order, changed, past, flowing = 0, day_order(tree), None, False, False
    guessed = False
    story = next(head.iterancestors("article"), None)
    own = {story, *story.iterancestors("article")} if story is not None else set()
    for element in head.xpath(f"following::*[not({INSIDE_OR_OUTSIDE})]"):
        if flowing or (story is not None and (element.tag == "article" or any(
                a not in own for a in element.iterancestors("article")))):
            break  # the story has begun as text between line breaks (a hand-made page), or
            # another <article> has (the next story, appended below the headline's)
        flowing = len((element.tail or "").strip()) > LINE
        text = short_text(element, LINE) or dates_line(element)
        if text is None and element.tag == "p":
            unnamed = not _standfirst(element)
            if unnamed and not (seen == 0 and not past and _deck_under(head, element)):
                break  # the story has begun (a standfirst set as a paragraph has not)
            past, guessed = True, unnamed  # past it, a date line is short: no caption
        if guessed and not (text and is_time_stamp(text)):
            continue  # past a paragraph that may be the story's first, a labelled stamp only
        if not text or (any(child.tag not in LINE_BREAKS for child in element)
                        and not guessed) or (past and len(text) > CREDIT_LINE and not (
                            STAMP_OPENING.match(text) and dates_line(element, order))):
            continue
        text = f"{text} {element.get('title') or ''}"  # "vor 3 Stunden" dated in its title
        if (found := shown_date(text, order, changes=False)) is not None:
            if _spanned(element, order) or _other_term(element):
                continue  # "<span>April 2, 1940</span> – <span>January 6, 2024</span>",
                # "<dt>Visitation</dt><dd>Thursday, January 11, 2024, 4:00 PM</dd>"
            return found
        changed = changed or shown_date(text, order)  # "Actualizado: 04/03/2024", then?
        seen += 1
        if seen >= HEADER_LINES:
            break
    return changed or _date_over(head, order)


OVER = 2  # the elements before the headline, and before its box, read for a date line


def _date_over(head: Any, order: str | None) -> dt.date | None:
    """A date set in a line of its own just over the headline, in its box ("<div
    class="artDate">Δευτέρα, 18 Ιουνίου 2012</div><h1>…"), or just before the box that holds
    it alone: a line of dates (:func:`dates_line`) among the :data:`OVER` elements before
    either, not one labelled as a change."""
    for element in (head, head.getparent()):
        if element is None or (element is not head and len(text_of(element)) > 2 * len(
                text_of(head)) + LINE):
            return None
        before = (e for e in element.itersiblings(preceding=True) if isinstance(e.tag, str)
                  and e.text_content().strip())  # (not an empty box: '<div class="clear">')
        for line in itertools.islice(before, OVER):
            text = None if line.xpath(f"self::*[{INSIDE_OR_OUTSIDE}]") else dates_line(line, order)
            if text and (found := shown_date(text, order, changes=False)) is not None:
                return found
    return None


DATES_LINE = 2 * LINE  # a line of dates may be longer than a line of text
DATES_LINE_WORDS = 8  # the words it holds besides its dates and times


def dates_line(element: Any, order: str | None = None) -> str | None:
    """The text of a line longer than :data:`LINE` that holds dates and little else: their
    labels and times ("Aktualisiert am 05.04.2024, 09:12 Uhr | Erstveröffentlichung:
    03.04.2024, 21:40 Uhr"), not a sentence of the story."""
    text = short_text(element, DATES_LINE)
    if text and shown_date(text, order) is None:  # its boxes side by side, no space between
        text = " ".join(" ".join(element.itertext()).split())  # ("07.12.2026" "4 521", views)
    if not text or len(text) > DATES_LINE or shown_date(text, order) is None:
        return None
    rest = CLOCK.sub(" ", dates_out(text))
    return text if len(re.findall(r"[^\W\d_]+", rest)) <= DATES_LINE_WORDS else None


DECK_WORDS = 45  # a paragraph right under the headline this short may be its standfirst


def _deck_under(head: Any, element: Any) -> bool:
    """Whether a paragraph stands right under the headline, short enough to be its
    standfirst, though unnamed (a snapshot's markup keeps no classes): past it, only a line
    that is a labelled time stamp ("Publié le 30 janvier 2024 à 7 h 00", its parts in boxes
    of their own) dates the story."""
    after = head.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    boxed = after is not None and after is element.getparent() and len(after) == 1  # "<div
    return (after is element or boxed) and len(element.text_content().split()) <= DECK_WORDS
    # class="article--lead"><p>…</p></div>", the paragraph alone in the box under the headline


def _standfirst(element: Any) -> bool:
    """A paragraph named for the standfirst ("standfirst", "dek", "chapo"), by the names
    :func:`decks.decks` reads (a framework's ``data-testid="intro"`` too), or the boxes it
    alone fills ("<div data-gu-name="standfirst"><div><p>…")."""
    from explainer.importer.decks import DECK, MARKS, NOT_DECK  # (decks' imports come back)

    words = " ".join(element.text_content().split())
    for box in itertools.islice((element, *element.iterancestors()), BOXES):
        if box is not element and " ".join(box.text_content().split()) != words:
            break  # a box holding more than the paragraph is named for more than it
        name = " ".join(box.get(mark) or "" for mark in MARKS)
        if DECK.search(name) and not NOT_DECK.search(name):
            return True
    return False


BOXES = 3  # the paragraph and the boxes around it alone that may name it


def header_time(tree: Any) -> str | None:
    """The ``datetime`` of the first ``<time>`` in the short lines that follow the first
    <h1> (as :func:`header_date` reads them): the machine-readable form of the date shown
    there ("10/04/2016 05:07 AM EDT", which the text alone leaves ambiguous)."""
    return next((element.get("datetime") for element in header_lines(tree)
                 if element.tag == "time" and element.get("datetime")
                 and not _labelled_update(element)), None)


def _labelled_update(time: Any) -> bool:
    """Whether a ``<time>`` shows the time of a change: its text, or the text just before
    it, labels it so ("<time>Updated 9 October 2024</time>", "Aktualisiert: <time>…")."""
    own = " ".join(time.text_content().split())
    date = SHOWN_DATE.search(own)  # "Updated January 10, 2024": the label before the month
    before = own[:date.start() if date else next(
        (i for i, c in enumerate(own) if c.isdigit()), len(own))]
    if before.strip() and UPDATE_LABEL.search(before):
        return True
    previous = time.getprevious()
    lead = (previous.tail if previous is not None else time.getparent().text) or ""
    if previous is not None and not lead.strip() and isinstance(previous.tag, str):
        lead = previous.text_content()  # (not a comment's)
    return bool(lead.strip()) and bool(UPDATE_LABEL.search(" ".join(lead.split())[-UPDATE_REACH:]))


def only_time(tree: Any) -> str | None:
    """The ``datetime`` of the page's only ``<time>`` outside lists, asides, navigation,
    footers and links."""
    times = tree.xpath(f"//time[@datetime][not({INSIDE_OR_OUTSIDE})]")
    return times[0].get("datetime") if len(times) == 1 else None


MOST_TIMES = 50  # <time> elements read


def only_time_shown(tree: Any) -> dt.date | None:
    """The date that page's first ``<time>`` not labelled as a change's shows its reader
    ("03.06.2024, 00.48 Uhr" for "2024-06-02T22:48:00Z"; ABC's "Posted <time>Wed 5 Mar 2025
    at 4:30am</time>, updated <time>…</time>")."""
    times = [t for t in tree.xpath(f"//time[@datetime][not({INSIDE_OR_OUTSIDE})]")[:MOST_TIMES]
             if not _labelled_update(t)]
    if not times:
        return None
    return shown_date(" ".join(times[0].text_content().split()), day_order(tree), changes=False)


def yearless_date(tree: Any) -> dt.date | None:
    """A date shown as month and day only (in an element whose class or id says "date"),
    with the year of a YYYYMMDD stamp for the same day in the page's ids or address."""
    stamps = [str(v) for v in tree.xpath(
        "//@id | //link[@rel='canonical']/@href | //meta[@property='og:url']/@content")]
    for element in tree.xpath(
            "//*[contains(translate(@class, 'DATE', 'date'), 'date') or "
            "contains(translate(@id, 'DATE', 'date'), 'date')][not(ancestor::a)]"
            "[not(ancestor::li)]"):
        text = short_text(element, CREDIT_LINE)
        match = YEARLESS.search(text) if text and not re.search(r"\d{4}", text) else None
        if not match:
            continue
        month, day = ((int(match.group(1)), int(match.group(2))) if match.group(1)
                      else (int(match.group(4)), int(match.group(3))))
        for stamp in stamps:
            for year, m, d in STAMP.findall(stamp):
                if (int(m), int(d)) == (month, day):
                    try:
                        return dt.date(int(year), month, day)
                    except ValueError:  # "31.02." and a stamp to match: not a date
                        continue
    return None


DATE_LABEL = re.compile(r"^(?:datum|date|published|veröffentlicht(?: am)?|publié le|publicado|"
                        r"fecha|data|pubblicato(?: il)?|publicerad|gepubliceerd(?: op)?|"
                        r"opublikowano|опубликовано|yayınlanma(?: tarihi)?|tarih|diterbitkan|"
                        r"(?:기사)?입력|등록|发布时间|發佈時間|公開日|配信日|掲載日)\s*[:：]?\s*(?![^\W\d_])",
                        re.IGNORECASE)


ITEMS = 500  # of a page's list items, terms and rows of two cells, the first


def labelled_date(tree: Any) -> dt.date | None:
    """A date that a list of the story's facts gives under a label, as it gives the author
    ("Datum 28.04.2023" beside "Autorin/Autor Roman Goncharenko"), a list of terms
    ("<dt>Published</dt><dd>Mar 9, 2024</dd>", beside "Saved") or a table's row of two
    cells ("<tr><td>Tarih:</td><td>21 Mart 2024</td></tr>", a release's number above it):
    the item holds the label and the date and no more than a line."""
    order: str | None = ""  # (not read yet)
    for item in tree.xpath("//li[not(ancestor::nav or ancestor::footer or ancestor::a)] | "
                           "//dt[not(ancestor::nav or ancestor::footer)] | "
                           "//tr[count(*) = 2][not(ancestor::nav or ancestor::footer)]")[:ITEMS]:
        text = short_text(item, LINE)
        if item.tag == "dt" and text and (value := item.getnext()) is not None \
                and value.tag == "dd":  # "<dt>Published</dt><dd>Mar 9, 2024</dd>"
            text = f"{text} {short_text(value, LINE) or ''}"
        if text and (match := DATE_LABEL.match(text)) and not CHANGE_WORD.search(
                re.split(r"\d", text, maxsplit=1)[0]):  # not "Date de modification : …"
            rest = text[match.end():]
            order = order if order != "" else day_order(tree)  # read once, when needed
            if (found := shown_date(rest, order)) is not None and len(rest) <= DATE_REST:
                return found
    return None


