"""Tables that lay a page out, as pages made by hand and older sites use them: the header,
the menu, the story and the rail each a cell. The extractors read such a table as data (the
whole page became one table of the text, the story a cell of it); read as boxes, the story
is a box of running text like any other. A table lays out when it holds another table, or a
cell of running text (:data:`LAYOUT_WORDS` words or more of its own): a table of data holds
figures and short labels."""

from __future__ import annotations

from typing import Any

LAYOUT_WORDS = 50  # words of its own text in one cell: a table holding such a cell lays out
PARTS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"})


def unwrap_layout_tables(tree: Any) -> Any:
    """The tree with each table that lays the page out, and every table inside one, made
    plain boxes (``<div>``), its rows and cells too."""
    layout = [t for t in tree.iter("table") if _lays_out(t)]
    for table in layout:
        for element in [table, *table.iterdescendants()]:
            if isinstance(element.tag, str) and element.tag in PARTS:
                element.tag = "div"
    return tree


def _lays_out(table: Any) -> bool:
    """Whether a table holds another table, or a cell of its own with running text."""
    if table.find(".//table") is not None:
        return True
    return any(_own_words(cell) >= LAYOUT_WORDS for cell in table.iter("td", "th"))


def _own_words(cell: Any) -> int:
    """The words of a cell's text, outside the tables it holds."""
    words = len((cell.text or "").split())
    for child in cell:
        if isinstance(child.tag, str) and child.tag != "table":
            words += len(child.text_content().split())
        words += len((child.tail or "").split())
    return words
