"""The glossary box: the term, its summary, the date its facts were checked, a link."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as etree

from markdown.util import AtomicString

from explainer.model import Term

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def human_date(date: dt.date) -> str:
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


def glossary_box(term: Term, href: str) -> etree.Element:
    """The box shown beside a first mention: plain HTML, usable without JavaScript."""
    box = etree.Element("aside", {"class": "gloss-box", "id": f"gloss-{term.slug}",
                                  "aria-labelledby": f"gloss-{term.slug}-name"})
    box.text = box.tail = "\n"
    name = etree.SubElement(box, "p", {"class": "gloss-box-name", "id": f"gloss-{term.slug}-name"})
    link = etree.SubElement(name, "a", {"href": href})
    link.text = AtomicString(term.name)
    summary = etree.SubElement(box, "p", {"class": "gloss-box-summary"})
    summary.text = AtomicString(term.summary)
    meta = etree.SubElement(box, "p", {"class": "gloss-box-meta"})
    meta.text = AtomicString("Facts as of ")
    when = etree.SubElement(meta, "time", {"datetime": term.as_of.isoformat()})
    when.text = AtomicString(human_date(term.as_of))
    for child in box:
        child.tail = "\n"
    return box
