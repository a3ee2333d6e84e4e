"""Paragraphs written as line breaks inside a container become paragraphs before reading."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from explainer.importer.body import article_body
from explainer.importer.breaks import paragraphs_from_breaks, paragraphs_from_divs, quoted_tails

RUN = "the council voted to build the bridge over the river this spring"


def rebuilt(inner: str, rule=paragraphs_from_breaks) -> str:
    """The container ``c`` holding ``inner``, once ``rule`` has read the page."""
    tree = lxml_html.fromstring(f"<html><body><div id='c'>{inner}</div></body></html>")
    rule(tree)
    return lxml_html.tostring(tree.get_element_by_id("c"), encoding="unicode")


def test_two_breaks_part_paragraphs():
    assert rebuilt(f"One {RUN}.<br><br>Two {RUN}.") == (
        f'<div id="c"><p>One {RUN}.</p><p>Two {RUN}.</p></div>')


def test_a_single_break_stays_a_line_break_inside_its_paragraph():
    assert rebuilt(f"One {RUN}.<br>Still one.<br><br>Two {RUN}.") == (
        f'<div id="c"><p>One {RUN}.<br>Still one.</p><p>Two {RUN}.</p></div>')


def test_links_and_emphasis_stay_in_their_paragraph():
    assert rebuilt(f"One <a href='/b'>bridge</a> {RUN}.<br>\n<br>Two <b>{RUN}</b>.") == (
        f'<div id="c"><p>One <a href="/b">bridge</a> {RUN}.</p><p>Two <b>{RUN}</b>.</p></div>')


def test_a_block_stands_between_paragraphs():
    assert rebuilt(f"<div class='pic'><img src='a.png'></div>One {RUN}.<br><br>Two {RUN}.") == (
        f'<div id="c"><div class="pic"><img src="a.png"></div><p>One {RUN}.</p>'
        f"<p>Two {RUN}.</p></div>")


def test_a_menu_of_links_and_breaks_is_left_alone():
    inner = "<a href='/a'>Home</a><br><br><a href='/b'>News</a><br><br>Sport"
    assert rebuilt(inner) == f'<div id="c">{inner.replace(chr(39), chr(34))}</div>'


def test_a_container_without_two_breaks_together_is_left_alone():
    inner = f"One {RUN}.<br>Two {RUN}."
    assert rebuilt(inner) == f'<div id="c">{inner}</div>'


def test_the_text_before_the_first_breaks_is_read():
    page = (f"<html><head><title>Bridge</title></head><body><article><h1>Bridge vote</h1>"
            f"<div class='content'><div style='float: left'><img src='/v.png' alt=''></div>"
            f"Opening: {RUN}, said the mayor on Monday.<br><br>"
            + "<br><br>".join(f"Paragraph {n}: {RUN}, and more words follow here." for n in
                              range(6)) + "</div></article></body></html>")
    assert article_body(page, None)[0].split("\n\n")[1].startswith("Opening:")


def test_marks_pictures_and_comments_stay_inside_their_paragraph():
    inner = ("The budget fell from <del>ten</del> <!-- ad --> to eight, the mayor "
             f"<img src='m.png'> said on Monday, {RUN}.<br><br>Two {RUN}.")
    assert rebuilt(inner) == (
        '<div id="c"><p>The budget fell from <del>ten</del> <!-- ad --> to eight, the mayor '
        f'<img src="m.png"> said on Monday, {RUN}.</p><p>Two {RUN}.</p></div>')


def divs_made_paragraphs(inner: str) -> str:
    return rebuilt(inner, paragraphs_from_divs)


def test_a_div_of_running_text_with_marks_is_a_paragraph():
    assert divs_made_paragraphs(f"<div>The <b>185</b> members of {RUN}.</div>") == (
        f'<div id="c"><p>The <b>185</b> members of {RUN}.</p></div>')


@pytest.mark.parametrize("inner", [
    f"<div>The members of {RUN}.</div>",  # no marks: trafilatura reads it whole
    f"<div>The <b>185</b> members of <p>{RUN}.</p></div>",  # holds a block
    "<div><a href='/a'>Home</a> <a href='/b'>News</a> and <b>Sport</b></div>",  # a menu
    f"<div>The <b>185</b> members of {RUN}.<br>A line.</div>",  # lines: trafilatura parts them
    f"<div class='caption'>The <b>185</b> members of {RUN}.</div>",  # a picture's caption
    f"<div class='detail-img'><img src='a.png'><div>The <b>185</b> members of {RUN}.</div></div>",
    f"<div class='inline-promo'>Get the <b>top</b> stories of {RUN}. <a href='/s'>Go</a></div>",
])
def test_other_divs_stay(inner):
    assert divs_made_paragraphs(inner) == f'<div id="c">{inner.replace(chr(39), chr(34))}</div>'


def test_a_div_of_running_text_is_read_whole():
    text = "".join(f"<p>Paragraph {n}: {RUN}, and more words follow here.</p>" for n in range(6))
    page = (f"<html><head><title>Bridge</title></head><body><article><h1>Bridge vote</h1>"
            f"{text}<div>The virus has spread to <b>185</b> countries, {RUN}.</div>{text}"
            "</article></body></html>")
    assert f"The virus has spread to **185** countries, {RUN}." in article_body(page, None)[0]


def test_a_div_in_a_box_named_for_pictures_but_holding_the_story_is_a_paragraph():
    inner = f"<div class='photo-essay-text'><div>The <b>185</b> members of {RUN}.</div></div>"
    assert "<p>The <b>185</b>" in divs_made_paragraphs(inner)


def test_a_run_of_text_loose_among_paragraphs_is_a_paragraph():
    paragraphs = "".join(f"<p>{word} {RUN}.</p>" for word in ("Two", "Three", "Four"))
    assert rebuilt(f"<p><img src='a.png'></p>\nOne of the towns said {RUN}.{paragraphs}") == (
        f'<div id="c"><p><img src="a.png"></p><p>\nOne of the towns said {RUN}.</p>'
        f"{paragraphs}</div>")


def test_a_short_label_loose_among_paragraphs_is_left_as_it_is():
    paragraphs = "".join(f"<p>{word} {RUN}.</p>" for word in ("Two", "Three", "Four"))
    inner = f"Related: <a href='/x'>Bridge vote</a>{paragraphs}"
    assert rebuilt(inner) == f'<div id="c">Related: <a href="/x">Bridge vote</a>{paragraphs}</div>'


def test_the_text_after_a_paragraph_in_a_block_quote_is_a_paragraph():
    post = ('<blockquote id="c" class="twitter-tweet"><p>Buses avoid the centre from '
            '1530.</p>&mdash; Plymouth Citybus (@plymouthbus) <a href="https://x.com/s/1">'
            'August 5, 2024</a></blockquote>')
    tree = lxml_html.fromstring(f"<html><body>{post}</body></html>")
    quoted_tails(tree)
    assert lxml_html.tostring(tree.get_element_by_id("c"), encoding="unicode") == (
        '<blockquote id="c" class="twitter-tweet"><p>Buses avoid the centre from 1530.</p>'
        '<p>— Plymouth Citybus (@plymouthbus) <a href="https://x.com/s/1">August 5, 2024</a>'
        "</p></blockquote>")


def test_an_embedded_post_keeps_who_wrote_it():
    page = ("<html><body><article><h1>Protest in the city</h1>"
            + "".join(f"<p>{n} {RUN}.</p>" for n in ("One", "Two", "Three"))
            + '<blockquote class="twitter-tweet"><p>Buses avoid the centre from 1530 today, '
            "the council said in its notice.</p>&mdash; Plymouth Citybus (@plymouthbus) "
            '<a href="https://x.com/s/1">August 5, 2024</a></blockquote>'
            + f"<p>Four {RUN}.</p></article></body></html>")
    assert "> — Plymouth Citybus (@plymouthbus) [August 5, 2024](https://x.com/s/1)" in \
        article_body(page, None)[0]
