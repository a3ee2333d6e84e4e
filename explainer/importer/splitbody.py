"""A story set in several boxes of the same kind, read box by box and joined.

Some pages break their story's text into boxes that share the body's class, with an
advertisement, a video or a "read more" card between them (``div.body.articleBody`` three
times on rp.pl, ``div.article__content`` five times on politico.eu). An extractor then takes one
box for the article and leaves the others out. So the boxes that a page marks as its body
(``itemprop="articleBody"``, or a class such as ``article-body``, ``story__body``,
``entry-content``), when the same kind appears several times, none inside another, are each
read alone and their texts joined, in the page's order, but for boxes of under
:data:`BOX_WORDS` words (a teaser card's). The joined text replaces the reading only when it
holds that reading and adds to it at least :data:`ADDED_WORDS` words: a page whose
boxes are teasers of other stories ("post-content" under each card) joins to a short text that
does not hold the story, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lxml import etree

from explainer.importer.clean import MARKDOWN_LINK

BODY_CLASS = re.compile(
    r"(?:^|\s)(?:article-?body|article__body|articlebody|story-?body|story__body|"
    r"article-?content|article__content|entry-content|post-content|post-body|rich-?text|"
    r"text[-_]?block)(?:\s|$)", re.IGNORECASE)
# a box named for its part in the page by an attribute of the site's own ("<div
# data-area="text_block" class="RichText …">", the classes of its layout differing box by box)
PART_NAMES = ("data-area", "data-component", "data-block")
ASIDE = {"aside", "nav", "footer", "a", "header"}
MOST_PARTS = 12  # more boxes of one kind are a list of teasers
MOST_ENTRIES = 40  # but a live blog's entries may be more
MOST_KINDS = 3  # the kinds with the most text are tried
ADDED_WORDS = 12  # what the other boxes must add to the reading
BOX_WORDS = 60  # a box with less is a teaser's (a heading and a sentence), not the story's
PROSE_WORDS = 12  # unless it is running text alone: no link, no heading, sentences ended
HELD = 0.9  # the share of the reading's word runs the joined text must hold
RUN = 4  # words in a run
PROSE_END = re.compile(r"(?<!\.\.)[.!?。！？।»”\"')]$")  # not cut: "…", "..." (a teaser's)
# a class naming a live blog's entry: "liveblog-entry", "lx-stream-post", "post__live-section",
# "live-item" (not the blog's box, "live-blog", nor an entry's time, "live-time")
LIVE_ENTRY = re.compile(r"^(?:[\w-]*[-_])?(?:live(?:blog)?|lx-stream|ticker)[-_]*(?:[a-z]+[-_]+)?"
                        r"(?:entry|post|item|update|section|card|event)$", re.IGNORECASE)
ENTRY_WORDS = 5  # a live entry's text may be one short sentence


def body_parts(tree: Any) -> list[list[str]]:
    """The page's boxes of the body's kind, as markup, grouped by kind (tag and class), for
    each kind seen at least twice and at most :data:`MOST_PARTS` times; the
    :data:`MOST_KINDS` kinds with the most text, the most first."""
    marked = [e for e in tree.iter() if isinstance(e.tag, str) and (
        e.get("itemprop") == "articleBody" or BODY_CLASS.search(e.get("class") or "")
        or part_name(e))]
    entries = _entries(tree) + _live_entries(tree)
    chosen, within = set(marked + entries), set(entries)  # (entries inside the body's box)
    groups: dict[tuple[str, str, str], list[Any]] = {}
    for element in marked + entries:
        ancestors = list(element.iterancestors())
        if any(a in (within if element in within else chosen) for a in ancestors) or any(
                a.tag in ASIDE for a in ancestors):
            continue
        kind = (element.tag, part_name(element) or " ".join(
            (element.get("class") or "").split()), element.get("itemprop") or "")
        groups.setdefault(kind, []).append(element)
    kept = sorted((g for k, g in groups.items() if 2 <= len(g) <= (
                   MOST_ENTRIES if k[0] == "article" or _live(g[0]) else MOST_PARTS)),
                  key=lambda g: -sum(len(e.text_content()) for e in g))[:MOST_KINDS]
    return [[etree.tostring(e, encoding="unicode", with_tail=False) for e in group]
            for group in kept]


def part_name(element: Any) -> str:
    """The body's name an attribute of the site's own gives the element, if any."""
    return next((f"{name}={element.get(name)}" for name in PART_NAMES
                 if BODY_CLASS.search(element.get(name) or "")), "")


def _entries(tree: Any) -> list[Any]:
    """A live blog's entries: ``<article>`` elements side by side in one parent, or each in
    an item of one list (BBC's stream), of one class, none inside another ``<article>``."""
    groups: dict[tuple[Any, str], list[Any]] = {}
    for article in tree.xpath("//article[not(ancestor::article)]"):
        holder = article.getparent()
        if holder is not None and holder.tag == "li" and len(holder.findall("article")) == 1:
            holder = holder.getparent()
        if holder is not None:
            kind = " ".join((article.get("class") or "").split())
            groups.setdefault((holder, kind), []).append(article)
    return [a for entries in groups.values() if len(entries) >= 2 for a in entries]


def _live(element: Any) -> bool:
    return any(LIVE_ENTRY.match(word) for word in (element.get("class") or "").split())


def _live_entries(tree: Any) -> list[Any]:
    """A live blog's entries marked by their class (:data:`LIVE_ENTRY`), two or more side
    by side in one parent, none inside another."""
    groups: dict[tuple[Any, str], list[Any]] = {}
    for element in tree.iter():
        if isinstance(element.tag, str) and _live(element) and not any(
                _live(a) for a in element.iterancestors()):
            kind = " ".join((element.get("class") or "").split())
            groups.setdefault((element.getparent(), kind), []).append(element)
    return [e for entries in groups.values() if len(entries) >= 2 for e in entries]


def _runs(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.casefold())
    return {tuple(words[i:i + RUN]) for i in range(max(1, len(words) - RUN + 1))}


def holds(whole: str, part: str) -> bool:
    """Whether ``whole`` holds at least :data:`HELD` of ``part``'s runs of words."""
    runs = _runs(part)
    return bool(runs) and len(runs & _runs(whole)) >= HELD * len(runs)


def joined_boxes(markdown: str, parts: list[list[str]],
                 read: Callable[[str], str]) -> str:
    """The reading, or the text of a kind of box read one by one and joined (see above).
    ``read`` extracts the text (Markdown) of one page's markup."""
    for group in parts:
        live = _live_markup(group[0])
        texts = [read(f"<html><body><article>{box}</article></body></html>") for box in group]
        joined = "\n\n".join(text for text in texts if _story_box(text, live))
        if live and joined:  # the text before the entries (a pinned summary) stays
            joined = "\n\n".join([*_before(markdown, joined), joined])
            if len(joined.split()) - len(markdown.split()) >= ENTRY_WORDS and holds(
                    joined, markdown):
                return joined
            continue
        if (len(joined.split()) - len(markdown.split()) >= ADDED_WORDS
                and holds(joined, markdown)):
            return _with_headings(joined, markdown)
        merged = _merged(markdown, [text for text in texts if _story_box(text, live)])
        if len(merged.split()) - len(markdown.split()) >= ADDED_WORDS:
            return merged
    return markdown


def _merged(markdown: str, texts: list[str]) -> str:
    """The reading with each box's text it lacks put in after the text of the box before
    it, which it holds (the story's last paragraph after a chart's source line, where the
    reading stopped); a box with no box held before it is left out."""
    paragraphs = [p for p in markdown.split("\n\n") if p.strip()]
    at = None
    for text in texts:
        held = [i for i, p in enumerate(paragraphs) if holds(text, p)]
        if held:
            at = held[-1]
        elif at is not None and not holds("\n\n".join(paragraphs), text):
            paragraphs.insert(at + 1, text)
            at += 1
    return "\n\n".join(paragraphs)


def _with_headings(joined: str, markdown: str) -> str:
    """The joined text with the reading's subheadings it lacks put back before the paragraph
    that follows each in the reading (a heading set in a box of its own kind: the BBC's
    "subheadline-block" between its "text-block"s)."""
    paragraphs = [p for p in joined.split("\n\n") if p.strip()]
    read = [p for p in markdown.split("\n\n") if p.strip()]
    for index, heading in enumerate(read[:-1]):
        following = read[index + 1]
        if heading.startswith("#") and heading not in paragraphs and following in paragraphs:
            paragraphs.insert(paragraphs.index(following), heading)
    return "\n\n".join(paragraphs)


def _before(markdown: str, entries: str) -> list[str]:
    """The reading's paragraphs before the first that the entries' text holds."""
    paragraphs = [p for p in markdown.split("\n\n") if p.strip()]
    first = next((i for i, p in enumerate(paragraphs) if holds(entries, p)), len(paragraphs))
    return paragraphs[:first]


OPENING_CLASS = re.compile(r"^<\w+[^>]*?\sclass=\"([^\"]*)\"")  # a box's own class, in its markup


def _live_markup(box: str) -> bool:
    """Whether a box's markup opens with a live entry's class (:data:`LIVE_ENTRY`)."""
    found = OPENING_CLASS.match(box)
    return bool(found) and any(LIVE_ENTRY.match(word) for word in found.group(1).split())


def _story_box(text: str, live: bool = False) -> bool:
    """Whether a box's text (Markdown) is the story's: :data:`BOX_WORDS` words or more, or
    at least :data:`PROSE_WORDS` of running text alone, each paragraph a sentence ended, with
    no heading and no link but inside a sentence, of fewer than half its words (a teaser's
    has its headline and its link; the BBC's last box "Rest centres have been opened at
    [Calderside Leisure Centre](…) and …" is the story's)."""
    words = len(text.split())
    if words >= BOX_WORDS:
        return True
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    running = [p for p in paragraphs if not p.startswith("#")]  # (a live entry's heading)
    linked = sum(len(m.group(1).split()) for m in MARKDOWN_LINK.finditer(text))
    return (words >= (ENTRY_WORDS if live else PROSE_WORDS) and 2 * linked < words
            and not any(MARKDOWN_LINK.fullmatch(p.strip("#*_ .:")) for p in paragraphs)
            and bool(running)
            and all(not p.startswith(("-", "*", ">", "|")) and PROSE_END.search(p)
                    for p in running))
