"""Tables: cells that span rows are spelled out, a title row and empty columns set aside."""

from __future__ import annotations

from lxml import html as lxml_html

from explainer.importer.spans import MOST_COPIES, rows_spelled_out
from explainer.importer.xml_markdown import xml_to_markdown

CHIPS = """<table><thead><tr><th>Chip</th><th>Cores</th><th>L3</th><th>TDP</th></tr></thead>
<tbody><tr><td>1700X</td><td>8/16</td><td rowspan="2">16 MB</td><td>95 W</td></tr>
<tr><td>1700</td><td>8/16</td><td>65 W</td></tr>
<tr><td rowspan="3">R5</td><td>6/12</td><td>8 MB</td><td rowspan="2">65 W</td></tr>
<tr><td>4/8</td><td>8 MB</td></tr>
<tr><td>4/4</td><td>8 MB</td><td>35 W</td></tr></tbody></table>"""


def rows(table: str) -> list[list[str]]:
    tree = rows_spelled_out(lxml_html.fromstring(table))
    return [[cell.text_content() for cell in row] for row in tree.iter("tr")]


def test_a_cell_spanning_rows_is_copied_into_each_at_its_column():
    assert rows(CHIPS) == [["Chip", "Cores", "L3", "TDP"],
                           ["1700X", "8/16", "16 MB", "95 W"],
                           ["1700", "8/16", "16 MB", "65 W"],
                           ["R5", "6/12", "8 MB", "65 W"],
                           ["R5", "4/8", "8 MB", "65 W"],
                           ["R5", "4/4", "8 MB", "35 W"]]


def test_a_span_is_placed_after_the_columns_a_wide_cell_takes():
    table = ('<table><tr><td colspan="2">Both</td><td rowspan="2">Kept</td></tr>'
             "<tr><td>a</td><td>b</td></tr></table>")
    assert rows(table) == [["Both", "Kept"], ["a", "b", "Kept"]]


def test_a_span_ends_with_its_row_group():
    table = ('<table><thead><tr><th rowspan="5">Head</th><th>x</th></tr></thead>'
             "<tbody><tr><td>a</td><td>b</td></tr></tbody></table>")
    assert rows(table) == [["Head", "x"], ["a", "b"]]


def test_a_nested_tables_rows_are_its_own():
    tree = rows_spelled_out(lxml_html.fromstring(
        '<table><tr><td>Out<table><tr><td rowspan="2">In</td></tr><tr><td>y</td></tr></table>'
        "</td><td>1</td></tr><tr><td>2</td><td>3</td></tr></table>"))
    inner = tree.xpath("//table//table")[0]
    assert [[c.text for c in row] for row in inner.iter("tr")] == [["In"], ["In", "y"]]
    assert [len(row) for row in tree.xpath("./tr | ./tbody/tr")] == [2, 2]


def test_a_hostile_table_stops_at_the_copy_budget():
    table = "<table>" + "<tr><td rowspan='65534'>x</td></tr>" * 20 + "<tr></tr>" * 1000 + \
        "</table>"
    tree = rows_spelled_out(lxml_html.fromstring(table))
    assert sum(1 for _ in tree.iter("td")) == 20 + MOST_COPIES


def md(main: str) -> str:
    return xml_to_markdown(f"<doc><main>{main}</main></doc>")


def test_a_title_row_spanning_the_table_is_a_line_above_it_and_empty_columns_go():
    assert md("<table><row><cell>Ryzen PRO chips</cell><cell/><cell/><cell/></row>"
              "<row><cell>Chip</cell><cell>Cores</cell><cell/><cell/></row>"
              "<row><cell>1700X</cell><cell>8/16</cell><cell/><cell/></row></table>") == (
        "Ryzen PRO chips\n\n| Chip | Cores |\n| --- | --- |\n| 1700X | 8/16 |")


def test_a_spanned_table_imports_whole():
    from explainer.importer.html import parse_html
    from tests.test_import_html import page
    found = parse_html(page().replace("</h1>", "</h1>" + CHIPS, 1),
                       second_opinions=False).paragraphs
    assert "| R5 | 4/8 | 8 MB | 65 W |" in next(p for p in found if p.startswith("| Chip"))


def test_spans_past_the_budget_or_wider_than_a_table_are_cut_for_the_reader():
    table = ("<table>" + "<tr><td rowspan='65534'>x</td></tr>" * (MOST_COPIES + 5) +
             "<tr><td colspan='1000'>wide</td></tr><tr><td colspan='3'>t</td></tr></table>")
    tree = rows_spelled_out(lxml_html.fromstring(table))
    assert tree.xpath("//td[@rowspan]") == []
    assert tree.xpath("//td/@colspan") == ["3"]
