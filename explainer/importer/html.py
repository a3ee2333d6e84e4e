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
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlparse

import trafilatura

from explainer.importer import confidence
from explainer.importer.addresses import page_address
from explainer.importer.archives import unwrapped
from explainer.importer.article import ImportedArticle
from explainer.importer.authorboxes import buttons_joined, without_labels
from explainer.importer.body import (
    JOINERS_KEPT,
    article_body,
    joined,
    leveled,
    releveled,
    without_cards,
)
from explainer.importer.bylines import byline, filed_from
from explainer.importer.clean import (
    choose_title,
    first_date,
    headline_over_site,
    link_text,
    recased,
    site_label,
    trim_by_others,
)
from explainer.importer.community import community_note
from explainer.importer.corrections import correction_note
from explainer.importer.credits import (
    closing_credits,
    noted_author,
    reporters,
    without_author_notes,
)
from explainer.importer.datelines import opening_dateline, spaced_credit
from explainer.importer.embeds import with_posts
from explainer.importer.fallbacks import closing_credit
from explainer.importer.furniture import is_furniture
from explainer.importer.keypoints import without_key_points, without_label_left
from explainer.importer.labels import (
    without_dangling_lead_in,
    without_emptied_heading,
    without_empty_labels,
    without_kicker_closing,
    without_pointer_tail,
    without_rail,
)
from explainer.importer.lead import LeadPicture, Picture, choose
from explainer.importer.metadata import PageMeta, read_meta
from explainer.importer.nextstory import before_next_story
from explainer.importer.notbylines import marks_kept, without_logins
from explainer.importer.notes import credited, without_notes
from explainer.importer.ontopic import on_story, without_signature
from explainer.importer.opinions import second_readings, strayed, voted
from explainer.importer.pagedates import published, stated_outside_links
from explainer.importer.pagetitle import headline_h1, shown_part, trafilatura_title
from explainer.importer.pullquotes import without_repeats
from explainer.importer.releases import without_release_furniture
from explainer.importer.repeats import (
    drop_repeated_title,
    reworded,
    without_header_lines,
    without_section_label,
    without_tag_line,
)
from explainer.importer.restore import lede_restored, notes_restored, restored, tail_restored
from explainer.importer.safe import safe_markdown
from explainer.importer.setapart import Page, box_kinds
from explainer.importer.signatures import SIGNATURE, closing_signature
from explainer.importer.sitelines import trailer_title
from explainer.importer.sitename import site_name
from explainer.importer.standfirst import (
    shown_apart,
    standfirst_in_text,
    with_standfirst,
    without_deck_lines,
)
from explainer.importer.stated import Evidence, next_page_of
from explainer.importer.stretch import is_consent
from explainer.importer.summary import (
    choose_summary,
    opening_text,
    plain_text,
    without_wire_dateline,
)
from explainer.importer.summaryrepeats import repeats_text
from explainer.importer.tags import page_tags, said, topical, without_headline_words
from explainer.importer.textlanguage import language_read
from explainer.importer.wirecredits import agency_cased, opening_credit

# A heading or a line that is only a rule ("## \\_\\_\\_", "* * *"): where a story's text
# ends and its credits begin, not a heading to keep.
SEPARATOR = re.compile(r"^(?:#+ )?(?:\\?[_*=~\-—–•·] *){3,}$|^[^\w]*$")  # or no word at all
EDGE = 2  # paragraphs at either end of the text where a cookie banner's is looked for
# ("¯", "◇", "\\|", "……")


@dataclass
class _Head:
    """What a page says about itself: its address, headline and date, and its metadata."""
    meta: PageMeta
    address: str | None
    host: str
    notes: list[str]
    found: Any  # trafilatura's reading of the metadata, or None
    titles: list[str]  # the meta titles, trafilatura's first
    title: str = ""
    date: dt.date | None = None
    how: str | None = None  # how the date was found (:func:`pagedates.page_date`)


@dataclass
class _Text:
    """The article's text as read, its closing credits, who signed it, and what the second
    readings said about it."""
    paragraphs: list[str]
    credits: list[str]  # closing credit lines left out of the text
    credit: str | None  # an agency's credit alone, "(dpa/AFP)"
    evidence: Evidence
    shown: Page
    kept: list[str]  # the paragraphs before notes and credits were taken out
    read: list[str] = field(default_factory=list)  # and before the page's furniture was
    places: list[str] = field(default_factory=list)  # "Jane Roe, London"
    people: tuple[str, ...] = ()
    publisher: str | None = None
    by: str | None = None  # where the byline was found, for its confidence
    others: list[str] = field(default_factory=list)  # readers that read another part
    outvoted: list[str] = field(default_factory=list)
    voters: list[str] = field(default_factory=list)


def parse_html(page: str, url: str | None = None, date: dt.date | None = None,
               source: str | None = None, second_opinions: bool = True) -> ImportedArticle:
    """Read a web page's text; ``date``, ``source`` and ``url`` from the editor win. With
    ``second_opinions``, goose3 and newspaper4k read it too (:mod:`opinions`)."""
    page = unwrapped(page)  # a snapshot of archive.today, without its bar
    head = _head(page, url)
    lead, dropped = lead_picture(head.meta)
    updated, changed = _updated(page, head)
    head.notes += changed
    text = _text(page, head)
    head.title = head.title or trailer_title(text.read)  # an item's content saved alone
    _sign(head, text)
    _second_opinions(page, head.address, text, second_opinions)
    text.paragraphs = without_author_notes(text.paragraphs, text.people)  # above voted lines
    summary = _summary(head, text)
    text.paragraphs = spaced_credit(releveled(text.paragraphs))
    named = source or site_name(head.meta, head.host) or text.publisher
    gaps = text.evidence.problems(text.paragraphs) + community_note(text.shown.texts, named)
    language, read = language_read(head.meta.language, text.paragraphs)
    return ImportedArticle(
        title=html_lib.unescape(head.title), paragraphs=tuple(text.paragraphs),
        summary=summary, date=date or head.date,
        dateline=next(iter(text.places), None) or opening_dateline(text.paragraphs),
        updated=updated, byline=text.people or ((text.credit,) if text.credit else ()),
        source_name=named, source_url=head.address,
        **_picture(lead, head), language=language,
        tags=_tags(page, head, text, summary, named), markdown_body=True, gaps=tuple(gaps),
        credits=tuple(text.credits),
        notes=tuple(head.notes + dropped + gaps + read + [
            f"the credit line '{line}' was left out of the text" for line in text.credits] +
            _outvoted_note(text.outvoted, text.voters) + _strayed_note(text.others)),
        confidence=_sure(page, head, text, summary, date, source),
    )


def _head(page: str, url: str | None) -> _Head:
    """The page's metadata, its address (the editor's ``url`` first), headline and date."""
    meta = read_meta(page)
    address, notes = url, []
    if address is None:
        address, notes = page_address(meta.urls)
    try:
        host = (urlparse(address).hostname or "") if address else ""
    except ValueError:  # a malformed address in the page's metadata
        address, host = url, ""
    host = host.removeprefix("www.") or meta.link_host  # a saved page's own links
    found = trafilatura.extract_metadata(page.translate(JOINERS_KEPT), default_url=address)
    if found:  # (its reading keeps Persian words' joiners: see body.JOINERS_KEPT)
        found.title, found.description, found.author = (
            joined(t) if t else t for t in (found.title, found.description, found.author))
        found.title = None if found.title in meta.home_titles else found.title
        found.author = marks_kept(without_logins(buttons_joined(without_labels(
            found.author, meta.byline_labels), meta.buttons), page, meta.shown), page)
    titles = [t for t in [trafilatura_title(found.title if found else None, meta, host)] if t]
    head = _Head(meta, address, host, notes, found, titles + meta.titles)
    title = headline_over_site(shown_part(headline_h1(meta, choose_title(
        meta.headlines, head.titles, meta.h1, meta.html_title, meta.site_names, host)), meta),
        meta.named_sites, host,
        [h for h in meta.h1 if h not in meta.logo_h1], meta.shown_h2, meta.post_titles)
    head.title = trim_by_others(title, [*head.titles, meta.html_title, *meta.headlines,
                                        *meta.h1], meta.site_names, host).removesuffix("。")
    head.date, head.how, dated = published(page, meta, address)  # a headline ends bare ^
    head.notes += dated
    return head


def _updated(page: str, head: _Head) -> tuple[dt.date | None, list[str]]:
    """When the story was last changed: the metadata's date of a change after the
    publication, when the page shows that date to its reader. A date only the metadata
    gives is often the day the page was saved again by its system (a 2011 story "modified"
    in 2016): it is left out, with a note, so that the explainer neither says "Updated" nor
    counts the events after the story as known."""
    updated = first_date(head.meta.modified)
    if not (updated and head.date and updated > head.date):
        return None, []
    if stated_outside_links(page, updated, markup=False):
        return updated, []
    return None, [f"the page's metadata says the story was changed on {updated.isoformat()}, "
                  "a date the page does not show: 'updated' is left empty"]


def _text(page: str, head: _Head) -> _Text:
    """The article's paragraphs as trafilatura reads them, made safe, without the headline
    said again, with what it missed put back and the page's furniture, notes and closing
    credits left out."""
    meta, address = head.meta, head.address
    evidence = Evidence(next(iter(meta.article_bodies), ""), meta.free,  # the page's own
                        next_page_of(address, meta.next_links), meta.wall)
    extracted, cards = article_body(page, address, evidence.text)
    shown_h2 = [h for h in meta.shown_h2[:1] if reworded(head.title, h)]  # the headline
    # set in an <h2> under a breadcrumb's <h1>, worded otherwise than the title
    body = leveled(safe_markdown(drop_repeated_title(
        extracted, head.title, *meta.h1, *shown_h2, *meta.headlines, *meta.titles)))
    shown = Page(page)
    read = lede_restored(with_posts(restored(body.strip("\n").split("\n\n"), shown, address,
                                             plain_text), shown, address, plain_text),
                         shown, address, plain_text)
    read = notes_restored(tail_restored(read, shown, address, plain_text), shown, address,
                          plain_text)
    read = [without_pointer_tail(p) for p in before_next_story(read, shown, head.title,
                                                                 plain_text)]
    edges = {*read[:EDGE], *read[-EDGE:]}  # a cookie banner's text opens or closes a page
    kept = without_release_furniture(without_key_points([
        p for p in without_rail(read) if p and not (
            SEPARATOR.match(p) or is_furniture(p) or (p in edges and is_consent(p)))],
        address or ""))
    paragraphs, credits = closing_credits(without_notes(without_dangling_lead_in(
        without_cards(kept, cards))))  # no closing note on who wrote the piece
    credit = closing_credit(paragraphs) or closing_credit(credits)  # "(dpa/AFP)" alone
    credits += [p for p in dict.fromkeys(read) if credited(p) and p not in credits]
    return _Text(paragraphs, credits, credit, evidence, shown, kept, read)


def _sign(head: _Head, text: _Text) -> None:
    """Who wrote the article (a signature closing it when the page names no one), and the
    text without the lines that repeat the headline, the byline or the section's name."""
    meta, paragraphs = head.meta, text.paragraphs
    text.places = filed_from(meta, "\n".join([head.title, *paragraphs]))
    people, text.publisher, text.by = byline(
        meta, head.found.author if head.found else None, head.host, text.places)
    if not people and not text.credit and (reported := reporters(text.credits)):
        people, text.by = reported, None  # "Reporting by Jane Roe; Editing by …": low
    if not people and not text.credit and (noted := noted_author(paragraphs)):
        people, text.by = noted, None  # "— Jane Roe is a health reporter for …": low
    if not people and not text.credit and (signed := closing_signature(
            paragraphs, meta.flush_right, meta.signed_after)):
        people, text.by = (signed,), None  # low: inferred
        paragraphs = paragraphs[:-1] if SIGNATURE.match(paragraphs[-1].strip()) else paragraphs
    if not people and not text.credit and (opened := opening_credit(
            paragraphs, meta.site_names, site_label(head.host))):
        people, text.by = opened, None  # "Berlin (dpa) - …": low, inferred
    text.people = tuple(agency_cased(recased(name, [*paragraphs, *text.credits]))
                        for name in people)
    paragraphs = without_author_notes(paragraphs, text.people)
    names = (site_name(meta, head.host), text.publisher, *meta.site_names)  # ^ "DeVeaux"
    tagged = [*meta.sections, *meta.keywords, *meta.tag_links, meta.kicker]
    text.paragraphs = without_repeats(without_header_lines(without_tag_line(
        without_section_label(without_kicker_closing(paragraphs, meta.kicker), tagged),
        tagged), head.title,
        (*text.people, *text.places), tuple(n for n in names if n),  # "Von Jane Roe, Zürich"
        tuple(meta.shown_h1[:1])))


def _second_opinions(page: str, address: str | None, text: _Text, asked: bool) -> None:
    """What goose3 and newspaper4k read as the story (when ``asked``): a paragraph none of
    them reads is left out (:func:`opinions.voted`), and a reader that read another part of
    the page is named."""
    readings = second_readings(page, address) if asked else []
    text.others = strayed(text.paragraphs, readings)
    text.voters = [name for name, _ in readings if name not in text.others]
    paragraphs, text.outvoted = voted(text.paragraphs, [t for _, t in readings],
                                      text.evidence.text,
                                      box_kinds(text.shown, text.paragraphs, plain_text)
                                      if readings else ())
    text.paragraphs = without_empty_labels(without_emptied_heading(text.kept, paragraphs))


def _summary(head: _Head, text: _Text) -> str | None:
    """The summary: the page's description when complete and about the story, or the
    standfirst it sets apart, or its opening (:func:`summary.choose_summary`); a standfirst
    the text repeats is taken out of it."""
    meta, found = head.meta, head.found
    described = [without_signature(without_wire_dateline(d), text.people) for d in
                 [d for d in [found.description if found else None] if d] + meta.descriptions
                 if confidence.fold(d) != confidence.fold(head.title)  # the headline again
                 and not correction_note(d)  # Gannett's "Editor's note: …" as its description
                 and (on_story(d, head.title, text.paragraphs) or
                      text.shown.box(d) is not None)]
    described.sort(key=lambda d: not shown_apart(d, text.paragraphs, text.shown.set_apart))
    summary, kept = standfirst_in_text(*with_standfirst(
        choose_summary(described, meta.alternatives, opening_text(text.paragraphs)),
        [d for d in meta.decks if not correction_note(d)], text.paragraphs,
        boxed=meta.deck_boxed), text.shown.set_apart)
    text.paragraphs = without_label_left(text.paragraphs, without_deck_lines(summary, kept))
    return summary


def _sure(page: str, head: _Head, text: _Text, summary: str | None, date: dt.date | None,
          source: str | None) -> dict[str, str]:
    """How sure the importer is of each field (:mod:`confidence`), for the editor."""
    meta, paragraphs = head.meta, text.paragraphs
    sure = {"title": confidence.title(head.title, (meta.headlines, meta.titles, meta.h1,
                                                   [meta.html_title])),
            "date": confidence.date("given" if date else head.how, bool(head.date) and (
                stated_outside_links(page, head.date, markup=False))),
            "byline": confidence.byline(text.people, text.by, confidence.page_text(page))
            if text.people else (confidence.LOW if text.credit else None),
            "summary": confidence.LOW if repeats_text(summary, paragraphs) else
            confidence.summary(summary, [*meta.descriptions, *meta.decks]),
            "source": confidence.GIVEN if source else None,
            "body": confidence.doubted(text.evidence.confidence(
                paragraphs, confidence.body(paragraphs)), text.others)}
    return {k: v for k, v in sure.items() if v is not None}


def _picture(lead: LeadPicture | None, head: _Head) -> dict[str, Any]:
    """The lead picture's fields of :class:`ImportedArticle`."""
    titles = [head.title, *head.meta.titles, *head.meta.headlines, *head.meta.h1]
    return {"image_refs": lead.refs if lead else (),
            "image_alt": _picture_words(lead and lead.alt, titles),
            "image_caption": _picture_words(lead and lead.caption, titles),
            "image_credit": lead.credit if lead else None}


def _tags(page: str, head: _Head, text: _Text, summary: str | None,
          named: str | None) -> tuple[str, ...]:
    """The article's tags: the page's keywords about it, or its tag links, that it says."""
    paragraphs = "\n".join(text.paragraphs)
    return said(page_tags(_keywords(head.meta, "\n".join([head.title, *text.paragraphs])),
                          named, paragraphs, head.address, text.people),
                "\n".join([head.title, summary or "", *text.paragraphs]),
                head.meta.link_words, link_text(paragraphs))


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
