"""A story set in several boxes of the body's kind is read whole."""

from __future__ import annotations

from lxml import html as lxml_html

from explainer.importer.body import article_body
from explainer.importer.splitbody import body_parts, holds, joined_boxes

FIRST = [
    "The two towns agreed on Tuesday to share the cost of a new bridge over the river.",
    "Work is to start next spring and should take about two years, the councils said.",
    "Residents have waited for a second crossing since the old ferry stopped running.",
    "The regional fund will pay half, and tolls on lorries will pay for the rest of it.",
]
SECOND = [
    "Cars and bicycles will cross for free for the first five years after it opens.",
    "Engineers say the new bridge will carry twice the traffic of the old crossing.",
    "The ferry's crew will be offered jobs on the bridge's maintenance team, the mayor said.",
    "A public meeting on the design is planned for the autumn in the town hall of each town.",
]


def box(sentences: list[str], kind: str = "body articleBody") -> str:
    return f'<div class="{kind}">' + "".join(f"<p>{s} {s}</p>" for s in sentences) + "</div>"


def column(markup: str) -> str:
    """A box in a row and a column of its own, as rp.pl sets each part of its story."""
    return (f'<div class="row"><div class="col--fill"><div class="row relative">'
            f'<div class="article--content">{markup}</div></div></div></div>')


ADVERT = ('<div class="row"><div class="w-81 sticky"><div class="advert--outer">'
          '<div class="advert--title">Reklama</div><div class="slot"></div></div></div></div>')


def split_page() -> str:
    """A story in two boxes, an advertisement's row between them: an extractor reads the
    first box only."""
    return ("<html><head><title>Towns agree on a bridge</title></head><body>"
            '<div class="container"><div class="main--content--body">'
            f"<h1>Towns agree on a bridge</h1>{column(box(FIRST))}{ADVERT}"
            f"{column(box(SECOND))}</div></div>"
            '<aside><div class="body articleBody"><p>Not this one.</p></div></aside>'
            "</body></html>")


def test_the_boxes_of_one_kind_are_found_in_order():
    parts = body_parts(lxml_html.fromstring(split_page()))
    assert len(parts) == 1 and len(parts[0]) == 2
    assert FIRST[0] in parts[0][0] and SECOND[0] in parts[0][1]


def test_a_box_inside_another_or_in_an_aside_is_not_one_more():
    page = (f'<html><body><div class="article-body">{box(FIRST, "article-body")}</div>'
            f'<aside>{box(SECOND, "article-body")}</aside></body></html>')
    assert body_parts(lxml_html.fromstring(page)) == []


def test_a_kind_seen_once_or_very_often_is_no_split_story():
    once = f"<html><body>{box(FIRST)}</body></html>"
    cards = "<html><body>" + "".join(box([s], "post-content") for s in FIRST * 4) + \
        "</body></html>"
    assert body_parts(lxml_html.fromstring(once)) == []
    assert body_parts(lxml_html.fromstring(cards)) == []


def test_holds():
    assert holds(" ".join(FIRST + SECOND), " ".join(FIRST))
    assert not holds(" ".join(SECOND), " ".join(FIRST))


def read_as_text(markup: str) -> str:
    return "\n\n".join(p.text_content() for p in lxml_html.fromstring(markup).iter("p"))


def test_the_joined_boxes_replace_a_reading_they_hold():
    reading = "\n\n".join(f"{s} {s}" for s in FIRST)
    joined = joined_boxes(reading, [[box(FIRST), box(SECOND)]], read_as_text)
    assert joined.split("\n\n") == [f"{s} {s}" for s in FIRST + SECOND]


def test_boxes_that_do_not_hold_the_reading_leave_it():
    reading = "\n\n".join(f"{s} {s}" for s in FIRST)
    cards = [[box(SECOND[:2], "post-content"), box(SECOND[2:], "post-content")]]
    assert joined_boxes(reading, cards, read_as_text) == reading


def test_boxes_that_add_little_leave_the_reading():
    reading = "\n\n".join(f"{s} {s}" for s in FIRST)
    assert joined_boxes(reading, [[box(FIRST), box(["Thanks for reading."])]],
                        read_as_text) == reading


def test_an_imported_story_split_by_a_teaser_is_whole():
    markdown, _ = article_body(split_page(), "https://news.example/bridge")
    assert FIRST[0] in markdown and SECOND[-1] in markdown and "Not this one" not in markdown


def test_only_the_kinds_with_the_most_text_are_tried():
    kinds = [f"article-body kind{n}" for n in range(6)]
    page = "<html><body>" + "".join(
        box(FIRST[:1 + n % 4], kind) * 2 for n, kind in enumerate(kinds)) + "</body></html>"
    parts = body_parts(lxml_html.fromstring(page))
    assert [len(group) for group in parts] == [2, 2, 2]
    assert FIRST[3] in parts[0][0] and FIRST[2] in parts[1][0] and FIRST[3] not in parts[1][0]
