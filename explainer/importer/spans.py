"""Tables whose cells span rows, read as a reader sees them.

trafilatura writes a table cell by cell and forgets ``rowspan``: a value that stands for
several rows ("16 MB" beside three processors) appears in the first of them only, and the
next rows show an empty cell in its place. Before the page is read, each such cell is copied
into the rows it spans, at its column, so that every row holds its own value, and loses its
``rowspan`` (for which trafilatura would leave an empty cell beside each copy). Spans are
counted as browsers count them: a ``rowspan`` reaches at most the end of its row group
(``<thead>``, ``<tbody>``, ``<tfoot>``), and ``colspan`` places the cells after it
(trafilatura itself pads a row for its ``colspan``). A table in a box named for an embed
loses that name (:func:`tables_unboxed`): the extractor drops such boxes whole.
"""

from __future__ import annotations

import copy
import itertools
import re
from typing import Any

MOST_SPAN = 1000  # rows or columns one cell may span (browsers: 65534 rows, 1000 columns)
MOST_COLUMNS = 50  # columns one row may span as trafilatura reads it
MOST_COPIES = 5000  # cells copied in one page at most: a hostile page stops here
COPIED_ELEMENTS = 50  # a cell larger than this (elements, or characters below) is copied
COPIED_CHARACTERS = 2000  # empty, keeping the columns in place


def rows_spelled_out(tree: Any) -> Any:
    """The tree with every cell that spans rows copied into each of them. Past the budget of
    copies, a cell's ``rowspan`` is dropped, and so are the ``colspan`` of a row that would
    span more than ``MOST_COLUMNS``: trafilatura pads a table cell by cell for both, and a
    hostile page's spans ("rowspan=65534" in every row) would have it make millions of
    cells."""
    budget = MOST_COPIES
    for table in tree.iter("table"):
        for group in _row_groups(table):
            budget = _spell_out(group, budget) if budget > 0 else 0
    for cell in tree.xpath("//td[@rowspan] | //th[@rowspan]"):
        del cell.attrib["rowspan"]
    for row in {cell.getparent() for cell in tree.xpath("//td[@colspan] | //th[@colspan]")}:
        cells = [c for c in row if c.tag in ("td", "th")]
        if sum(_span(cell, "colspan") for cell in cells) > MOST_COLUMNS:
            for cell in cells:
                cell.attrib.pop("colspan", None)
    return tree


def _row_groups(table: Any) -> list[list[Any]]:
    """The table's own rows (not a nested table's), by row group."""
    groups: list[list[Any]] = []
    loose: list[Any] = []
    for child in table:
        if child.tag == "tr":
            loose.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            groups.append([row for row in child if row.tag == "tr"])
    return [loose, *groups] if loose else groups


def _span(cell: Any, name: str) -> int:
    try:
        return max(1, min(int((cell.get(name) or "1").strip()), MOST_SPAN))
    except ValueError:
        return 1


def _spell_out(rows: list[Any], budget: int) -> int:
    """Copy the group's row-spanning cells down; the budget of copies left."""
    waiting: dict[int, tuple[Any, int]] = {}  # column -> (cell, rows it still covers)
    for row in rows:
        cells = [c for c in row if c.tag in ("td", "th")]
        column, placed = 0, 0
        while placed < len(cells) or any(col >= column for col in waiting):
            if column in waiting:
                cell, left = waiting[column]
                if budget <= 0:
                    return 0
                _insert(row, cells, placed, cell)
                budget -= 1
                waiting = _covered(waiting, column, cell, left)
                column += _span(cell, "colspan")
                continue
            if placed >= len(cells):
                column = min(col for col in waiting if col >= column)
                continue
            cell = cells[placed]
            placed += 1
            if (down := _span(cell, "rowspan")) > 1:
                waiting[column] = (_model(cell), down - 1)
                del cell.attrib["rowspan"]  # its copies stand for it below
            column += _span(cell, "colspan")
    return budget


def _covered(waiting: dict[int, tuple[Any, int]], column: int, cell: Any,
             left: int) -> dict[int, tuple[Any, int]]:
    rest = {col: held for col, held in waiting.items() if col != column}
    if left > 1:
        rest[column] = (cell, left - 1)
    return rest


def _model(cell: Any) -> Any:
    """What a spanning cell's copies are made from: the cell for one row, its content too
    unless it is large (then an empty cell keeps its place)."""
    if sum(1 for _ in cell.iter()) > COPIED_ELEMENTS or \
            len(cell.text_content()) > COPIED_CHARACTERS:
        made = cell.makeelement(cell.tag, dict(cell.attrib))
    else:
        made = copy.deepcopy(cell)
    made.tail = None
    made.attrib.pop("rowspan", None)
    return made


def _insert(row: Any, cells: list[Any], before: int, model: Any) -> None:
    """A copy of ``model`` put before the row's ``before``-th own cell."""
    made = copy.deepcopy(model)
    if before < len(cells):
        cells[before].addprevious(made)
    else:
        row.append(made)


# a box that holds an embedded object by its class ("element element-embed", "embed-table"):
# the extractor drops such boxes with the players and posts in them
EMBED_CLASS = re.compile(r"(?:^|[\s_-])embed(?:ded)?(?:$|[\s_-])", re.IGNORECASE)
EMBEDDED = "self::iframe or self::script or self::object or self::embed or self::blockquote"
MOST_TABLES = 200  # tables looked at
BOX_LEVELS = 6  # levels up from a table where its box is looked for


def tables_unboxed(tree: Any) -> Any:
    """The tree with the tables of figures that a story sets in a box named for an embed
    (the Guardian's ``<figure class="element element-embed">``) out of that name: such a
    table is the story's text, a box of the same name around a player or a post is not."""
    seen: set[Any] = set()  # each box read once
    for table in itertools.islice(tree.iter("table"), MOST_TABLES):
        for box in itertools.islice(table.iterancestors(), BOX_LEVELS):
            classes = box.get("class") or ""
            if box in seen or not EMBED_CLASS.search(classes):
                continue
            seen.add(box)
            if not box.xpath(f".//*[{EMBEDDED}]"):
                box.set("class", " ".join(c for c in classes.split()
                                          if not EMBED_CLASS.search(c)))
    return tree
