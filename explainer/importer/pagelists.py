"""The story's lists, which the extractor can flatten into paragraphs.

When trafilatura reads a page through its fallback (a story set in ``<div>``s of generated
class names), a list comes out as one paragraph per item ("Exportiert wurden dabei vor
allem:", "Maschinen", "pharmazeutische Erzeugnisse", …), and the reader of the draft loses
the list. A list of the page is a ``<ul>`` or ``<ol>`` of at least two items, none of them
holding a list of its own, outside the page's furniture (navigation, asides, header, footer,
figures, forms). A run of the text's paragraphs that is, item for item and in order, such a
list becomes that list again. Nothing is added to the text: its words stay as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from explainer.importer.clean import letters
from explainer.importer.headings import BLOCK_MARK  # a paragraph already a block
from explainer.importer.teasers import paragraph_letters

OUTSIDE = ("ancestor::nav or ancestor::aside or ancestor::footer or ancestor::header or "
           "ancestor::figure or ancestor::form or ancestor::li")
LISTS = f"//ul[not({OUTSIDE})] | //ol[not({OUTSIDE})]"
MIN_ITEMS = 2


@dataclass(frozen=True)
class PageList:
    keys: tuple[str, ...]  # each item's letters (:func:`clean.letters`)
    start: int | None  # an ordered list's first number; None for a list of bullets


def page_lists(tree: Any) -> list[PageList]:
    """The page's lists (see the module), in its order."""
    found = []
    for element in tree.xpath(LISTS):
        items = element.xpath("./li")
        if len(items) < MIN_ITEMS or any(item.xpath(".//ul | .//ol") for item in items):
            continue
        keys = tuple(letters(item.text_content()) for item in items)
        if all(keys):
            found.append(PageList(keys, _start(element) if element.tag == "ol" else None))
    return found


def _start(element: Any) -> int:
    start = (element.get("start") or "").strip()
    return int(start) if start.isdigit() and len(start) < 6 else 1


def with_lists(paragraphs: list[str], lists: list[PageList]) -> list[str]:
    """The paragraphs with each run that is one of the page's lists written as that list.
    Each paragraph's letters are read once, and a run is looked up whole, for each length
    of list that opens with its first paragraph (a page of many lists alike stays quick)."""
    known = {found.keys: found for found in lists}
    lengths: dict[str, set[int]] = {}
    for found in lists:
        lengths.setdefault(found.keys[0], set()).add(len(found.keys))
    keys = [paragraph_letters(p) for p in paragraphs]
    marked = [bool(BLOCK_MARK.match(p)) for p in paragraphs]
    out: list[str] = []
    index = 0
    while index < len(paragraphs):
        run = next((known[span] for n in sorted(lengths.get(keys[index], ()), reverse=True)
                    if (span := tuple(keys[index:index + n])) in known
                    and not any(marked[index:index + n])), None)
        if run is None:
            out.append(paragraphs[index])
            index += 1
            continue
        out.append(_written(paragraphs[index:index + len(run.keys)], run))
        index += len(run.keys)
    return out


def _written(paragraphs: list[str], found: PageList) -> str:
    lines = []
    for number, paragraph in enumerate(paragraphs, start=found.start or 1):
        marker = "-" if found.start is None else f"{number}."
        lines.append(f"{marker} " + paragraph.strip().replace("\n", "\n" + " " * (
            len(marker) + 1)))
    return "\n".join(lines)
