"""A list the extractor flattened into paragraphs is written as the page's list again."""

from __future__ import annotations

import lxml.html

from explainer.importer import body
from explainer.importer.pagelists import page_lists, with_lists

INTRO = "Exports were mostly:"
ITEMS = ["Machines", "medicines and [drugs](https://example.invalid/drugs)", "chemicals"]


def lists_of(body: str):
    return page_lists(lxml.html.fromstring(f"<html><body>{body}</body></html>"))


def test_a_run_of_paragraphs_that_is_a_list_s_items_becomes_that_list():
    lists = lists_of("<p>Exports were mostly:</p><ul><li>Machines</li><li>medicines and "
                     "<a href='/drugs'>drugs</a></li><li>chemicals</li></ul>")
    assert with_lists([INTRO, *ITEMS, "Imports fell."], lists) == [
        INTRO, "- Machines\n- medicines and [drugs](https://example.invalid/drugs)\n"
        "- chemicals", "Imports fell."]


def test_an_ordered_list_is_numbered_from_its_start():
    lists = lists_of("<ol start='3'><li>Machines</li><li>chemicals</li></ol>")
    assert with_lists(["Machines", "chemicals"], lists) == ["3. Machines\n4. chemicals"]


def test_a_run_missing_one_of_the_items_stays_paragraphs():
    lists = lists_of("<ul><li>Machines</li><li>Textiles</li><li>chemicals</li></ul>")
    assert with_lists(["Machines", "chemicals"], lists) == ["Machines", "chemicals"]


def test_a_list_in_the_page_s_navigation_is_not_read():
    assert lists_of("<nav><ul><li>Home</li><li>World</li></ul></nav>") == []


def test_a_list_with_a_list_inside_an_item_is_not_read():
    assert lists_of("<ul><li>Machines<ul><li>Tools</li></ul></li><li>Textiles</li></ul>") == []


def test_a_paragraph_already_written_as_a_block_is_left_alone():
    lists = lists_of("<ul><li>Machines</li><li>chemicals</li></ul>")
    assert with_lists(["## Machines", "chemicals"], lists) == ["## Machines", "chemicals"]


def test_a_paragraph_with_a_line_break_stays_inside_its_item():
    lists = lists_of("<ul><li>Machines<br>and tools</li><li>chemicals</li></ul>")
    assert with_lists(["Machines  \nand tools", "chemicals"], lists) == [
        "- Machines  \n  and tools\n- chemicals"]


def test_the_body_of_a_page_gets_its_lists_back_from_a_flattened_reading(monkeypatch):
    flattened = "\n\n".join([INTRO, "Machines", "medicines", "chemicals"])
    monkeypatch.setattr(body, "_extracted", lambda *args, **kwargs: flattened)
    page = ("<html><body><div><div>Exports were mostly:</div><div><ul><li>Machines</li>"
            "<li>medicines</li><li>chemicals</li></ul></div></div></body></html>")
    assert body.article_body(page, None)[0] == (
        f"{INTRO}\n\n- Machines\n- medicines\n- chemicals")
