"""Import a saved web page: trafilatura for the main text, our own rules for the metadata.

The body comes from trafilatura as Markdown (:mod:`body`: headings, paragraphs, lists,
quotes, links, emphasis, tables) and is then made safe: no raw HTML, no ``javascript:`` links. The
metadata comes from what the page states about itself (:mod:`metadata`), chosen and cleaned
by :mod:`clean`; htmldate is asked for the date only from the page's markup.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import re
from dataclasses import replace
from urllib.parse import urljoin, urlparse

import trafilatura
from htmldate import find_date

from explainer.core.urls import URL
from explainer.importer import confidence
from explainer.importer.article import ImportedArticle
from explainer.importer.body import article_body, leveled, releveled, without_cards
from explainer.importer.bylines import byline, filed_from, site_name
from explainer.importer.clean import (
    casefolded,
    choose_title,
    first_date,
    link_text,
    recased,
    trim_by_others,
)
from explainer.importer.credits import closing_credits
from explainer.importer.datelines import opening_dateline, spaced_credit
from explainer.importer.embeds import with_posts
from explainer.importer.fallbacks import closing_credit, closing_signature
from explainer.importer.furniture import is_furniture
from explainer.importer.keypoints import without_key_points
from explainer.importer.labels import (
    without_dangling_lead_in,
    without_emptied_heading,
    without_empty_labels,
)
from explainer.importer.lead import LeadPicture, Picture, choose
from explainer.importer.metadata import (
    PageMeta,
    read_meta,
    shown_as_update,
    stated_outside_links,
)
from explainer.importer.notes import without_notes
from explainer.importer.ontopic import on_story, without_signature
from explainer.importer.opinions import second_readings, strayed, voted
from explainer.importer.repeats import (
    drop_repeated_title,
    reworded,
    without_header_lines,
    without_repeats,
    without_section_label,
)
from explainer.importer.restore import lede_restored, restored
from explainer.importer.safe import safe_markdown
from explainer.importer.setapart import Page
from explainer.importer.standfirst import standfirst_in_text, with_standfirst
from explainer.importer.stated import Evidence, next_page_of
from explainer.importer.summary import (
    choose_summary,
    opening_text,
    plain_text,
    repeats_text,
    without_wire_dateline,
)
from explainer.importer.tags import page_tags, said, topical, without_headline_words
from explainer.importer.tracking import untracked


def _date(page: str, meta: PageMeta,
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
    if date and meta.only_time and _swapped(date, meta.only_time):
        return meta.only_time, "markup"  # "10/04/2016" read day first; <time> says October
    if date and stated_outside_links(page, date):
        return date, "markup"
    if (dated := _address_date([*addresses, *meta.urls])) is not None:
        return dated, "address"
    if meta.header_date is not None:
        return meta.header_date, "header"
    return (meta.yearless_date, "yearless") if meta.yearless_date else (None, None)


UTC_STAMP = re.compile(r"^\s*\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)\s*$")


def _swapped(read: dt.date, stamped: dt.date) -> bool:
    """Whether a date read from text is a machine-readable one with day and month swapped."""
    return read != stamped and (read.year, read.month, read.day) == (
        stamped.year, stamped.day, stamped.month)


def _local_day(stamps: list[str], found: dt.date, shown: dt.date) -> bool:
    """Whether the date shown under the headline is the day of a metadata time given in UTC:
    "2024-02-10T00:32:11Z" is 9 February where the page is written, a day off at most."""
    stamp = next((s for s in stamps if first_date([s]) == found), "")
    return bool(UTC_STAMP.match(stamp)) and abs((found - shown).days) == 1


ASIDE = re.compile(r"\s*\([^)]*\)")  # "Deutsche Welle (www.dw.com)": the name before it
# A heading or a line that is only a rule ("## \\_\\_\\_", "* * *"): where a story's text
# ends and its credits begin, not a heading to keep.
SEPARATOR = re.compile(r"^(?:#+ )?(?:\\?[_*=~\-—–•·] *){3,}$|^[^\w]*$")  # or no word at all
# ("¯", "◇", "\\|", "……")
URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/")


def _address_date(addresses: list[str]) -> dt.date | None:
    """A date written as /YYYY/MM/DD/ in the page's own address (as many news sites file
    their stories), where the address is the article's."""
    for address in addresses:
        if match := URL_DATE.search(address or ""):
            try:
                return dt.date(*(int(g) for g in match.groups()))
            except ValueError:
                continue
    return None


def parse_html(page: str, url: str | None = None, date: dt.date | None = None,
               source: str | None = None, second_opinions: bool = True) -> ImportedArticle:
    """Read a web page's text; ``date``, ``source`` and ``url`` from the editor win. With
    ``second_opinions``, goose3 and newspaper4k read it too (:mod:`opinions`)."""
    meta = read_meta(page)
    page_url, notes = url, []
    if page_url is None:
        page_url, notes = web_address(meta.urls, "the page's address")
    try:
        host = (urlparse(page_url).hostname or "") if page_url else ""
    except ValueError:  # a malformed address in the page's metadata
        page_url, host = url, ""
    lead, dropped = lead_picture(meta)
    host = host.removeprefix("www.")
    found = trafilatura.extract_metadata(page, default_url=page_url)
    titles = [t for t in [_said_elsewhere(found.title if found else None, meta)] if t]
    titles += meta.titles
    title = _headline_h1(meta, choose_title(meta.headlines, titles, meta.h1, meta.html_title,
                                            meta.site_names, host))
    title = trim_by_others(title, [*titles, meta.html_title, *meta.headlines, *meta.h1],
                           meta.site_names, host).removesuffix("。")  # a headline ends bare
    found_date, how = _date(page, meta, [page_url or ""])
    if (found_date and how in ("markup", "header") and meta.header_time is None
            and meta.only_time is None and shown_as_update(page, found_date)):
        how = "updated"  # "Updated: Dec 15, 2016", the only date shown
        notes.append(f"the page shows the date {found_date.isoformat()} only as when the story "
                     "was changed ('Updated …'): it may have been published earlier")
    updated = first_date(meta.modified)
    evidence = Evidence(next(iter(meta.article_bodies), ""), meta.free,  # the page's own
                        next_page_of(page_url, meta.next_links))
    extracted, cards = article_body(page, page_url, evidence.text)
    shown_h2 = [h for h in meta.shown_h2[:1] if reworded(title, h)]  # the headline set in
    # an <h2> under a breadcrumb's <h1>, worded otherwise than the title
    body = leveled(safe_markdown(drop_repeated_title(extracted, title, *meta.h1, *shown_h2,
                                                     *meta.headlines, *meta.titles)))
    shown = Page(page)
    read = lede_restored(with_posts(restored(body.strip("\n").split("\n\n"), shown, page_url,
                                             plain_text), shown, page_url, plain_text),
                         shown, page_url, plain_text)
    kept = without_key_points([p for p in read if p and not (
        SEPARATOR.match(p) or is_furniture(p))], page_url or "")
    paragraphs, credits = closing_credits(without_notes(without_dangling_lead_in(
        without_cards(kept, cards))))  # no closing note on who wrote the piece
    credit = closing_credit(paragraphs) or closing_credit(credits)  # "(dpa/AFP)" alone
    places = filed_from(meta, "\n".join([title, *paragraphs]))  # "Jane Roe, London"
    people, publisher, by = byline(meta, found.author if found else None, host, places)
    if not people and not credit and (signed := closing_signature(paragraphs,
                                                                  meta.flush_right)):
        people, by, paragraphs = (signed,), None, paragraphs[:-1]  # low: inferred
    people = tuple(recased(name, [*paragraphs, *credits]) for name in people)  # "DeVeaux"
    paragraphs = without_repeats(without_header_lines(without_section_label(
        paragraphs, [*meta.sections, *meta.keywords, *meta.tag_links]), title, people,
        tuple(n for n in (site_name(meta, host), publisher, *meta.site_names) if n)))
    readings = second_readings(page, page_url) if second_opinions else []
    others = strayed(paragraphs, readings)
    paragraphs, outvoted = voted(paragraphs, [text for _, text in readings], evidence.text)
    paragraphs = without_empty_labels(without_emptied_heading(kept, paragraphs))
    described = [without_signature(without_wire_dateline(d), people) for d in
                 [d for d in [found.description if found else None] if d] + meta.descriptions
                 if confidence.fold(d) != confidence.fold(title)  # the headline said again
                 and (on_story(d, title, paragraphs) or shown.box(d) is not None)]
    summary, paragraphs = standfirst_in_text(*with_standfirst(
        choose_summary(described, meta.alternatives, opening_text(paragraphs)), meta.decks,
        paragraphs), shown.set_apart)
    paragraphs, text = spaced_credit(releveled(paragraphs)), confidence.page_text(page)
    sure = {"title": confidence.title(title, (meta.headlines, meta.titles, meta.h1,
                                              [meta.html_title])),
            "date": confidence.date("given" if date else how, bool(found_date) and (
                stated_outside_links(page, found_date, markup=False))),
            "byline": confidence.byline(people, by, text) if people else (
                confidence.LOW if credit else None),
            "summary": confidence.LOW if repeats_text(summary, paragraphs) else
            confidence.summary(summary, [*meta.descriptions, *meta.decks]),
            "source": confidence.GIVEN if source else None,
            "body": confidence.doubted(evidence.confidence(paragraphs,
                                                          confidence.body(paragraphs)), others)}
    named = source or site_name(meta, host) or publisher
    gaps = evidence.problems(paragraphs)
    return ImportedArticle(
        title=html_lib.unescape(title), paragraphs=tuple(paragraphs),
        summary=summary, date=date or found_date,
        dateline=next(iter(places), None) or opening_dateline(paragraphs),
        updated=updated if updated and found_date and updated > found_date else None,
        byline=people or ((credit,) if credit else ()),
        source_name=named,
        source_url=page_url, image_refs=lead.refs if lead else (),
        image_alt=_picture_words(lead and lead.alt, headlines := [
            title, *meta.titles, *meta.headlines, *meta.h1]),
        image_caption=_picture_words(lead and lead.caption, headlines),
        image_credit=lead.credit if lead else None, language=_language(meta.language),
        tags=said(page_tags(_keywords(meta, "\n".join([title, *paragraphs])), named,
                            "\n".join(paragraphs), page_url, people),
                  "\n".join([title, summary or "", *paragraphs]), meta.link_words,
                  link_text("\n".join(paragraphs))),
        markdown_body=True,
        gaps=tuple(gaps),
        notes=tuple(notes + dropped + gaps + [
            f"the credit line '{line}' was left out of the text" for line in credits] +
            _outvoted_note(outvoted, [n for n, _ in readings if n not in others]) +
            _strayed_note(others)),
        confidence={k: v for k, v in sure.items() if v is not None},
    )


def _outvoted_note(dropped: list[str], voters: list[str]) -> list[str]:
    if not dropped:
        return []
    first = " ".join(dropped[0].split())
    first = first if len(first) <= 80 else first[:77] + "..."
    who = "neither goose3 nor newspaper4k reads" if len(voters) > 1 else \
        f"{''.join(voters)} does not read"
    return [f"{len(dropped)} paragraph(s) left out that {who} as the story's, the first: "
            f"'{first}'"]


def _strayed_note(others: list[str]) -> list[str]:
    return [f"{' and '.join(others)} read another part of the page as the story: check where "
            "the text starts and ends"] if others else []


def lead_picture(meta: PageMeta) -> tuple[LeadPicture | None, list[str]]:
    """The page's lead picture (see :mod:`lead`): its Open Graph or Twitter picture (with
    ``og:image:alt``), its JSON-LD image, or its first figure."""
    alt = next(iter(meta.image_alts), None)
    named = [Picture(src, alt, rank=rank) for rank, src in enumerate(meta.images)]
    named += [replace(p, rank=rank) for rank, p in enumerate(meta.ld_images)]
    return choose(named, meta.figures)


def web_address(candidates: list[str], what: str,
                base: str | None = None) -> tuple[str | None, list[str]]:
    """The first candidate that is an http(s) address (a relative one read against
    ``base``; without tracking parameters), and a note for each one before it that is not
    (``javascript:``...)."""
    notes = []
    for candidate in candidates:
        try:
            full = urljoin(base, candidate.strip()) if base else candidate.strip()
        except ValueError:
            full = candidate
        if URL.match(full):
            secure = "https://" + full.removeprefix("http://")
            if full.startswith("http://") and secure in (c.strip() for c in candidates):
                full = secure  # the page also gives its address with https
            return untracked(full), notes
        notes.append(f"{what} '{candidate}' was left out: only http(s) addresses are kept")
    return None, notes


def _said_elsewhere(title: str | None, meta: PageMeta) -> str | None:
    """trafilatura's title, unless the page's own titles (meta titles, <title>, headline,
    <h1>) all leave it out: then it is a stray line of the page ("Get Slate in your inbox.").
    Said by an <h1> alone, it is a stray line too when the meta titles are another <h1>'s
    words (a "Follow us on Twitter" box after the headline)."""
    mine = casefolded(title or "")
    stated = [casefolded(t) for t in [*meta.titles, meta.html_title, *meta.headlines] if t]
    shown = [casefolded(h) for h in meta.h1 if h]
    if not mine or not stated + shown or _holds(mine, stated):
        return title
    if not _holds(mine, shown):
        return None
    headline = {casefolded(t) for t in meta.titles if t} & set(shown)
    return None if headline else title


def _holds(mine: str, texts: list[str]) -> bool:
    return any(mine in t or t in mine for t in texts)


def _headline_h1(meta: PageMeta, title: str) -> str:
    """The headline the page shows wins over a meta title worded differently (when neither
    holds the other, so not a kicker or a "The" apart): the one visible <h1> marked
    ``itemprop="headline"``, or else the one <h1> outside menus and breadcrumbs that is word
    for word the first JSON-LD headline (two of the page's statements agree on what it shows;
    the meta title is often written for search or social media); on a page that shows no
    <h1> (its only one in the breadcrumb trail), the one <h2> that is."""
    headlines = {casefolded(h) for h in meta.headlines[:1]}  # the page's own, not a related
    # story's (an ItemList's, a @graph's later articles)
    shown = meta.headline_h1 or [*dict.fromkeys(
        h for h in meta.shown_h1 or meta.shown_h2 if casefolded(h) in headlines)]
    if len(shown) == 1:
        h1, chosen = casefolded(shown[0]), casefolded(title)
        if h1 and chosen and h1 not in chosen and chosen not in h1:
            return shown[0]
    return title


def _keywords(meta: PageMeta, text: str) -> list[str]:
    """The page's keywords when they are about its article (:func:`tags.topical`), else the
    words of its links marked as tags."""
    keywords = without_headline_words(meta.keywords, text.split("\n", 1)[0])
    return keywords if keywords and topical(keywords, text) else meta.tag_links


def _picture_words(words: str | None, titles: list[str]) -> str | None:
    """The lead picture's alt text or caption, unless it is one of the page's titles: a
    headline (the one chosen, or the social title with its kicker) describes no picture."""
    if not words:
        return None
    return None if confidence.fold(words) in {confidence.fold(t) for t in titles} else words


def _language(lang: str) -> str | None:
    lang = lang.replace("_", "-")  # "en_US", as Open Graph writes a locale
    return lang.split("-")[0].lower() if re.fullmatch(r"[A-Za-z]{2,3}(?:-[\w]+)*", lang) else None
