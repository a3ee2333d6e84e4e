"""The story alone, without the next one that a page appends under it as the reader scrolls
on ("次の記事", "Bài tiếp theo", "Leggi anche"): a second headline in an ``<h1>`` of its own
after the story's, in another ``<article>`` or a box named for the next story, and its text
after it. The extractors read both stories' boxes, which are of one kind; the text the page
sets from that second story's ``<article>`` on (or from its headline, outside one) is left
out."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from explainer.importer.clean import letters
from explainer.importer.setapart import Page

# a box named for the next story ("next-article", "article-next", "infinite-scroll"); not
# Next.js's root, "__next", which holds every page it makes
NEXT = re.compile(r"\bnext[-_]?(?:article|story|post)s?\b|\b(?:article|story|post)[-_]next\b|"
                  r"\binfinite[-_]?scroll", re.IGNORECASE)


def before_next_story(paragraphs: list[str], shown: Page, title: str,
                      plain: Callable[[str], str]) -> list[str]:
    """The paragraphs without those the page sets after the next story's headline, when
    it appends one; all of them when it does not, or none would be left."""
    tree = shown.tree
    if tree is None or len(heads := tree.xpath("//h1")) < 2:
        return paragraphs
    wanted = letters(title)
    ours = next((h for h in heads if (found := letters(h.text_content())) and wanted and
                 (found in wanted or wanted in found)), None)
    later = next((h for h in heads[heads.index(ours) + 1:] if _next_story(ours, h)),
                 None) if ours is not None else None
    if later is None:
        return paragraphs
    order = {element: index for index, element in enumerate(tree.iter())}
    start = next(later.iterancestors("article"), None)  # its kicker is set over it
    start = start if start is not None and ours not in start.iterdescendants() else later
    after = [(box := shown.box(plain(p))) is not None and order.get(box, -1) >= order[start]
             for p in paragraphs]
    kept = [p for p, cut in zip(paragraphs, after, strict=True) if not cut]
    return kept if kept and any(after) else paragraphs


def _next_story(ours: Any, heading: Any) -> bool:
    """Whether an ``<h1>`` after the story's heads another story: its text is another, and
    it stands in another ``<article>`` or in a box named for the next story."""
    if not letters(heading.text_content()) or \
            letters(heading.text_content()) == letters(ours.text_content()):
        return False
    theirs = next(heading.iterancestors("article"), None)
    if theirs is not None and theirs is not next(ours.iterancestors("article"), None):
        return True
    return any(NEXT.search(f"{e.get('class') or ''} {e.get('id') or ''}")
               for e in heading.iterancestors())
