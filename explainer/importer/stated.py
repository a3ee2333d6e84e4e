"""What a page states about its own text, as evidence about the body that was read.

- JSON-LD's ``articleBody``: the whole text, as the publisher's system hands it to search
  engines. A reading that holds most of its words found the article; one that holds much
  less missed part of it (a story split over several containers, a reading that stopped at
  an advertisement).
- ``isAccessibleForFree: false``: the article is for subscribers, and a saved copy may hold
  only its opening.
- A wall that asks the reader to log in or pay to read on ("Log in or create an account to
  continue", "Jetzt weiterlesen!"), in a box the page classes as a wall (``app-access-wall``,
  ``ia-paywall``) and does not hide: the text may stop there, whatever JSON-LD says.
- A link to the article's next page (``<link rel="next">`` to the same address with a page
  number): the text goes on elsewhere. WordPress also links each post to the next post; that
  is another address, and not counted.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from lxml import etree

from explainer.importer.clean import link_text

WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
WHOLE = 50  # a stated text of fewer words is a teaser, not the article
LONGER = 1.2  # the stated text has this many times the words read: part of it was missed
COVERED = 0.9  # the reading holds this share of the stated text's words: it holds the text
MISSING = 0.7  # below this share, much of the text is missing
TEASER_WORDS = 500  # a text for subscribers this long is not the opening a wall leaves
KEPT = 0.9  # another reading's words are in the stated text at least this much as the first's
# what follows the article's address on its next page: "/2", "?page=2", "?p=2", "-seite-2",
# "_Page2" (before the address's extension: "43352_Page2.html" for "43352.html")
PAGE_NUMBER = re.compile(r"^(?:/|[?&](?:page|p|seite|pg)=|[/_-](?:page|seite)[/_-]?)\d{1,3}/?$",
                         re.IGNORECASE)
EXTENSION = re.compile(r"\.(?:s?html?|php|aspx?|jsp)$", re.IGNORECASE)


def words(text: str) -> list[str]:
    """A text's words, folded, from Markdown or HTML (link addresses and tags left out)."""
    plain = html.unescape(TAG.sub(" ", link_text(text)))
    return WORD.findall(unicodedata.normalize("NFKC", plain).casefold())


def coverage(found: list[str], stated: list[str]) -> float:
    """The share of the stated text's words (each as often as it is stated) that were found."""
    if not stated:
        return 0.0
    return sum((Counter(found) & Counter(stated)).values()) / len(stated)


def agreement(found: list[str], stated: list[str]) -> float:
    """How far two texts hold the same words: F1 of their bags of words."""
    common = sum((Counter(found) & Counter(stated)).values())
    return 2 * common / (len(found) + len(stated)) if common else 0.0


def whole(found: list[str], stated: list[str]) -> bool:
    """Whether the stated text is the article rather than a teaser of it."""
    return len(stated) >= WHOLE and len(stated) * 2 >= len(found)


def missed(found: str, stated: str) -> bool:
    """Whether a reading left out a good part of the stated text."""
    found_words, stated_words = words(found), words(stated)
    return (whole(found_words, stated_words)
            and len(stated_words) >= LONGER * len(found_words)
            and coverage(found_words, stated_words) < COVERED)


def closer(first: str, second: str, stated: str) -> str:
    """Of two readings, the one whose words agree more with the stated text, the second only
    when as many of its own words are in the stated text (a reading of other text can share
    more of its small words); the first when they agree as much."""
    stated_words, mine, theirs = words(stated), words(first), words(second)
    if (agreement(theirs, stated_words) > agreement(mine, stated_words)
            and coverage(stated_words, theirs) >= KEPT * coverage(stated_words, mine)):
        return second
    return first


def next_page(page_url: str | None, next_url: str | None) -> bool:
    """Whether ``next_url`` (relative to ``page_url`` or not) is another page of the article at
    ``page_url``: the same address with a page number ("/2", "?page=2", "/seite-2", "_Page2"
    before its extension)."""
    if not page_url or not next_url:
        return False
    try:
        here, there = urlsplit(page_url), urlsplit(urljoin(page_url, next_url.strip()))
    except ValueError:  # a malformed address
        return False
    if there.netloc and there.netloc.removeprefix("www.") != here.netloc.removeprefix("www."):
        return False
    mine, theirs = here.path.rstrip("/"), there.path.rstrip("/")
    if (ending := EXTENSION.search(mine)) and theirs != mine and theirs.endswith(ending.group()):
        mine, theirs = mine[:ending.start()], theirs[:-len(ending.group())]
    own, query = parse_qsl(here.query), parse_qsl(there.query)
    if any(pair not in query for pair in own):  # "news.php?id=123": another page than its own
        return False
    extra = [pair for pair in query if pair not in own]
    rest = theirs + ("?" + urlencode(extra) if extra else "")
    return bool(mine) and rest.startswith(mine) and bool(PAGE_NUMBER.match(rest[len(mine):]))


def next_page_of(page_url: str | None, links: list[str]) -> str:
    """The address of the first of ``links`` that is the next page of the article at
    ``page_url`` (:func:`next_page`), without its fragment; empty when none is."""
    return next((urljoin(page_url or "", link.strip()).split("#")[0] for link in links
                 if next_page(page_url, link)), "")


@dataclass(frozen=True)
class Evidence:
    """What the page states about its text: its JSON-LD ``articleBody`` (the longest), whether
    it is free to read (None: not stated) and the next page of itself it links to."""

    text: str = ""
    free: bool | None = None
    paged: str = ""  # the address of the article's next page, if the page links to one
    wall: str = ""  # the words of a wall the page shows to read on (:func:`shown_wall`)

    def _share(self, paragraphs: list[str] | tuple[str, ...]) -> tuple[int, float | None]:
        """The stated text's words, and the share of them found (None: no whole text stated)."""
        found, stated = words("\n".join(paragraphs)), words(self.text)
        return len(stated), coverage(found, stated) if whole(found, stated) else None

    def problems(self, paragraphs: list[str] | tuple[str, ...]) -> list[str]:
        """Notes for the editor about the text found (empty when nothing points at a gap)."""
        stated, share = self._share(paragraphs)
        notes = []
        if share is not None and share < MISSING:
            notes.append(f"the page's own copy of the article (its JSON-LD) has {stated:,} "
                         f"words and the text found holds {share:.0%} of them: look for "
                         "missing parts")
        if self.free is False and _teaser_long(paragraphs):
            notes.append("the page marks the article as for subscribers: the text found may "
                         "stop early")
        if self.wall:
            notes.append(f"the page shows a wall to read on ('{self.wall}'): the text found "
                         "may stop there")
        if self.paged:
            notes.append(f"the page links to a next page of the article ({self.paged}): its "
                         "text may go on there")
        return notes

    def confidence(self, paragraphs: list[str] | tuple[str, ...], by_length: str) -> str:
        """"high" when the stated text is held, "low" when a gap is likely; otherwise the
        confidence ``by_length`` gives. An article for subscribers is at most "medium", its
        stated text held or not: many such pages hold the whole text, many only their opening,
        and the stated text may be that opening."""
        share = self._share(paragraphs)[1]
        if self.paged or (share is not None and share < MISSING):
            return "low"
        if self.free is False or self.wall:  # its stated text may be the teaser it shows
            return "medium" if by_length == "high" else by_length
        if share is not None:
            return "high" if share >= COVERED else "medium"
        return by_length


def _teaser_long(paragraphs: list[str] | tuple[str, ...]) -> bool:
    """Whether a text is short enough to be the opening a wall leaves a reader who does not
    subscribe (a few paragraphs). A saved page of a subscriber's article mostly holds all of
    it: of the fit half's 25 pages with the note, the 19 of 500 words or more that have a
    body answer held 85 % of it or more, and a note on each teaches the editor to pass notes
    by."""
    return len(words("\n".join(paragraphs))) < TEASER_WORDS


# A box the page classes as a wall before the rest of the text, and what such a box asks
WALL_BOX = re.compile(r"pay-?wall|access-?wall|reg(?:istration)?-?wall|log-?in-?wall|"
                      r"sign-?in-?wall|subscri\w*-?wall|meter(?:ed)?-?wall|premium-?wall|"
                      r"abo-?wall|content-?gate", re.IGNORECASE)
READ_ON = re.compile(r"\b(?:to continue|continue reading|keep reading|read the full|read the "
                     r"rest|start reading|unlock this|weiterlesen|lesen sie weiter|continuer "
                     r"(?:à|a) lire|lire la suite|seguir leyendo|continuar leyendo|"
                     r"continua(?:re)? a leggere|continue (?:a ler|lendo)|"
                     r"continuar (?:a ler|lendo)|verder lezen|fortsätt läsa)", re.IGNORECASE)
NOT_A_WALL = frozenset({"a", "li", "button", "script", "style", "noscript", "template"})
HIDDEN = re.compile(r"\bhidden\b|display:\s*none", re.IGNORECASE)
WALL_WORDS = 80  # a longer box is the article, whatever its class
WALL_SHOWN = 12  # words of the wall quoted in the note


def shown_wall(tree: Any) -> str:
    """The first words of the wall the page shows to read on: a box it classes as a wall
    (not hidden, not a link or a button) that asks the reader to go on ("Log in or create an
    account to continue"); empty when it shows none."""
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in NOT_A_WALL:
            continue
        label = f"{element.get('class') or ''} {element.get('id') or ''}"
        if not WALL_BOX.search(label) or element.get("hidden") is not None or HIDDEN.search(
                f"{element.get('class') or ''} {element.get('style') or ''}"):
            continue
        words = " ".join(element.itertext()).split()  # "…content?</h2><p>Log in": apart
        if 0 < len(words) <= WALL_WORDS and READ_ON.search(" ".join(words)):
            return " ".join(words[:WALL_SHOWN]) + (" …" if len(words) > WALL_SHOWN else "")
    return ""


# a box of readers' comments, where a link to a page of them is no next page of the story
READERS = re.compile(r"comment|kommentar|comentario|disqus|reaction|forum", re.IGNORECASE)
MOST_LINKS = 2_000


def page_links(tree: Any) -> list[str]:
    """The addresses of the page's first :data:`MOST_LINKS` links outside its readers'
    comments, where a link to its next page may be ("Page: 1 2 3 Next →"); which of them is
    one is for :func:`next_page` to say. One walk through the tree (a box of comments
    nested deep holds no link that is looked at)."""
    links: list[str] = []
    inside = 0  # readers' boxes open around the element
    for event, element in etree.iterwalk(tree, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        reader = READERS.search(f"{element.get('class') or ''} {element.get('id') or ''}")
        if event == "end":
            inside -= bool(reader)
        elif reader:
            inside += 1
        elif not inside and element.tag == "a" and element.get("href"):
            links.append(str(element.get("href")))
            if len(links) >= MOST_LINKS:
                break
    return links
