"""Sections of the story that trafilatura's precise reading leaves out, put back from its
balanced reading.

A buying guide sets each product in a box of its own: a numbered heading, a price line that
is a shop's link, "We like: …" and "We don't like: …" in bold, then the review. The precise
reading drops such a box as link-dense and short-lined, and the text then runs one product's
review under another's heading. The balanced reading keeps the box, but also pull quotes and
advertisements' lines; so only a run of its blocks that opens with one of the page's own
subheadings, missing from the precise reading, is taken, and the heading is written from the
page (unlinked), not as the balanced reading set it.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from typing import Any

from explainer.importer.headings import OPENING
from explainer.importer.inert import escape_inline, heading_text
from explainer.importer.teasers import paragraph_letters


def lacks_heads(markdown: str, heads: list[Any]) -> bool:
    """Whether the precise reading left out a subheading of the story: one that the page
    (``heads``, :class:`headings.Subheading`) sets between two the reading kept, or next to
    a paragraph it kept; not a rail's "Most read" before or after the story."""
    keys = [paragraph_letters(p) for p in markdown.split("\n\n")]
    held, openings = set(keys), {key[:OPENING] for key in keys}
    kept = [index for index, head in enumerate(heads) if head.key in held]
    return any(head.key not in held and (
        (kept and kept[0] < index < kept[-1])
        or (head.before and head.before in openings) or not openings.isdisjoint(head.after))
        for index, head in enumerate(heads))


def sections_put_back(precise: str, balanced: str, heads: list[Any]) -> str:
    """The precise reading with the sections it left out put back from the balanced one: a
    run of blocks that the balanced reading has between two of the precise one's paragraphs
    (found in the same order) and that opens with one of the page's subheadings the precise
    one lacks. Nothing else the balanced reading adds is taken."""
    kept = precise.split("\n\n")
    keys = [paragraph_letters(p) for p in kept]
    fuller = balanced.split("\n\n")
    places: dict[str, list[int]] = defaultdict(list)
    for index, block in enumerate(fuller):
        places[paragraph_letters(block)].append(index)
    held = set(keys)
    missing = {h.key: h for h in heads if h.key not in held}
    out: list[str] = []
    position = 0
    for paragraph, key in zip(kept, keys, strict=True):
        found = _next_place(places.get(key, []), position) if key else None
        if found is not None:
            run = fuller[position:found]
            head = missing.get(paragraph_letters(run[0])) if run else None
            if out and head and run[0].startswith("#"):
                written = heading_text(escape_inline(head.text, bang=True))
                out.append(f"{'#' * head.level} {written}")
                out.extend(run[1:])
            position = found + 1
        out.append(paragraph)
    return "\n\n".join(out)


def _next_place(places: list[int], position: int) -> int | None:
    """The first of ``places`` (ascending) at or after ``position``."""
    at = bisect.bisect_left(places, position)
    return places[at] if at < len(places) else None
