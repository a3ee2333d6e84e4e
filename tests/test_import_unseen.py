"""Screen-reader-only text is not part of an imported article."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from explainer.importer.html import parse_html
from explainer.importer.unseen import (
    drop_empty_marks,
    drop_unseen,
    for_screen_readers,
    spaces_after_marks,
    spaces_between_marks,
)
from tests.test_import_html import page


def element(markup: str):
    return lxml_html.fragment_fromstring(markup)


@pytest.mark.parametrize("markup", [
    '<span class="sr-only">, opens new tab</span>',
    '<span class="visually-hidden">Advertisement</span>',
    '<span class="link__screen-reader-text">Image:</span>',
    '<span class="u-visuallyhidden">x</span>',
    '<span style="border:0;clip:rect(0 0 0 0);clip-path:inset(50%);height:1px">x</span>',
    '<span style="position:absolute; clip: rect(1px, 1px, 1px, 1px)">x</span>',
    '<span style="clip: rect(0px, 0px, 0px, 0px); position: absolute">x</span>',
    '<h2 class="hide-text">このニュースをシェア</h2>',  # an image replaces its text
])
def test_an_element_for_screen_readers_only_is_found(markup):
    assert for_screen_readers(element(markup))


@pytest.mark.parametrize("markup", [
    '<span class="hidden-xs">x</span>',
    '<span style="display:none">the rest of the article</span>',
    '<span hidden>the rest of the article</span>',
    '<span class="byline">Jane Roe</span>',
    '<span class="sr-only md:not-sr-only">shown on wide screens</span>',
    '<span class="not-sr-only">shown</span>',
])
def test_other_hidden_or_plain_elements_are_kept(markup):
    assert not for_screen_readers(element(markup))


def test_the_text_after_a_dropped_element_stays():
    tree = drop_unseen(element('<p>The <a href="/r">report<span class="sr-only">, opens '
                               'new tab</span></a> by the institute.</p>'))
    assert tree.text_content() == "The report by the institute."


@pytest.mark.parametrize("notice", ["(Nouvelle fenêtre)", "(opens in a new window)",
                                    "öffnet in neuem Fenster", "(öffnet im neuen Fenster)",
                                    "(link is external)"])
def test_the_words_in_a_link_that_say_where_it_opens_go(notice):
    tree = drop_unseen(element(f'<p>The <a href="/r">report <span class="hidden-tag">{notice}'
                               '</span></a> by the institute.</p>'))
    assert " ".join(tree.text_content().split()) == "The report by the institute."


def test_a_link_s_own_words_in_a_box_stay():
    tree = drop_unseen(element('<p>The <a href="/r"><span>New window tax</span></a> rises; '
                               '<span>(new window)</span> outside a link stays.</p>'))
    assert tree.text_content() == "The New window tax rises; (new window) outside a link stays."


@pytest.mark.parametrize("markup", [
    '<p><a href="/f"><i>Abre los ojos</i></a> was remade.</p>',  # a film's title
    '<p><a href="/o"><em>Opens in March</em></a> after years.</p>',
    '<p>The show <a href="/t"><span>(opens in a new window)</span></a> and tickets.</p>',
])
def test_a_link_s_own_words_are_never_taken_for_a_notice_nor_left_empty(markup):
    assert drop_unseen(element(markup)).text_content() == element(markup).text_content()


def test_an_imported_body_has_no_screen_reader_text():
    link = ('<p>The <a href="https://example.org/r">report<span style="clip:rect(0 0 0 0);'
            'clip-path:inset(50%);height:1px;width:1px;position:absolute">, opens new tab'
            '</span></a> by the river authority found the bridge safe to build.</p>')
    body = "\n\n".join(parse_html(page(body_extra=link)).paragraphs)
    assert "[report](https://example.org/r) by the river" in body and "opens" not in body


@pytest.mark.parametrize(("markup", "kept"), [
    ("<p>recalled: “I <strong></strong>proceeded to knock</p>",
     "<p>recalled: “I proceeded to knock</p>"),
    ("<p>All-Star game.<b> </b>The first</p>", "<p>All-Star game. The first</p>"),
    ("<p>a <em><span></span></em>b</p>", "<p>a b</p>"),
    ("<p>a <b>bold</b> and <i><a href='/x'>linked</a></i></p>",
     '<p>a <b>bold</b> and <i><a href="/x">linked</a></i></p>'),
])
def test_formatting_that_holds_no_text_goes(markup, kept):
    tree = lxml_html.fragment_fromstring(markup)
    assert lxml_html.tostring(drop_empty_marks(tree), encoding="unicode") == kept


def test_an_empty_strong_does_not_end_an_imported_paragraph():
    words = "proceeded to knock on the door for approximately ten or fifteen minutes"
    html = page(body_extra=f"<p>The officer recalled: “I <strong></strong>{words}.”</p>")
    assert any(words in p for p in parse_html(html).paragraphs)


@pytest.mark.parametrize(("markup", "moved"), [
    ("<p>a <i>show,</i> <a href='/x'>and who</a> is</p>",
     '<p>a <i>show,</i><a href="/x"> and who</a> is</p>'),
    ("<p><a href='/x'>Dear</a>\n<a href='/y'><b>Evan</b></a></p>",
     '<p><a href="/x">Dear</a><a href="/y"><b> Evan</b></a></p>'),
    ("<div>a <b>bold</b> <ul><li>x</li></ul></div>",
     "<div>a <b>bold</b> <ul><li>x</li></ul></div>"),
    ("<p><b>one</b><i>two</i></p>", "<p><b>one</b><i>two</i></p>"),
    ("<p><a href='/r'>report</a> <span class='sr-only'>(PDF)</span>on</p>",  # it goes
     '<p><a href="/r">report</a> <span class="sr-only">(PDF)</span>on</p>'),
])
def test_a_space_alone_between_two_marks_moves_into_the_second(markup, moved):
    assert spaced(spaces_between_marks, markup) == moved


def spaced(rule, markup: str) -> str:
    return lxml_html.tostring(rule(lxml_html.fragment_fromstring(markup)), encoding="unicode")


def test_an_imported_paragraph_keeps_the_space_between_a_mark_and_a_link():
    html = page(body_extra="<p>Audiences who love <i>Dear Evan Hansen,</i> "
                "<a href='https://example.org/r'>and who are having quite a moment</a>, "
                "will queue for the tickets that go on sale this week.</p>")
    assert any("*Dear Evan Hansen,* [and who" in p for p in parse_html(html).paragraphs)


@pytest.mark.parametrize(("markup", "expected"), [
    ("<p><a href='/a'>sujet \ufeff<span><svg></svg></span></a>avait</p>",
     '<p><a href="/a">sujet \ufeff<span><svg></svg></span></a> avait</p>'),
    ("<p><b>Note: </b>it rained</p>", "<p><b>Note: </b> it rained</p>"),
    ("<p><b>Note:</b>it rained</p>", "<p><b>Note:</b>it rained</p>"),  # as written
    ("<p><a href='/a'>word </a>, then</p>", '<p><a href="/a">word </a>, then</p>'),
    ("<p>Take a<b> <a href='/a'>look here</a> </b>at it</p>",
     '<p>Take a <b> <a href="/a">look here</a> </b> at it</p>'),
    ("<p><i>x</i>a<b> b</b></p>", "<p><i>x</i>a <b> b</b></p>"),
    ("<p>(<b> b</b></p>", "<p>(<b> b</b></p>"),  # no word before it
])
def test_a_space_at_a_mark_s_edge_is_also_set_outside_it(markup, expected):
    assert spaced(spaces_after_marks, markup) == expected


def test_an_imported_link_before_an_icon_keeps_the_space_after_it():
    html = page(body_extra="<p>The plan was reported in <a href='https://example.org/r'>an "
                "article on the bridge &#xFEFF;<span class='sr-only'>(opens in a new window)"
                "</span>&#xFEFF;<span><svg></svg></span></a>published by the council last "
                "June, before the vote on the tolls.</p>")
    assert any("](https://example.org/r) published" in p for p in parse_html(html).paragraphs)


@pytest.mark.parametrize(("markup", "expected"), [
    ("<h2><span>Trade with Iran</span><span>:</span><span>Pressure by sanctions</span></h2>",
     "<h2><span>Trade with Iran</span><span>:</span> <span>Pressure by sanctions</span></h2>"),
    ("<h2><span>Trade</span><span>|</span><span>Sanctions</span></h2>",
     "<h2><span>Trade</span> <span>|</span> <span>Sanctions</span></h2>"),
    ("<p><span>Covid</span><span>-</span><span>19</span></p>",  # a hyphen joins words
     "<p><span>Covid</span><span>-</span><span>19</span></p>"),
    ("<p><b>AFP</b><b>/</b><b>dpa</b></p>", "<p><b>AFP</b><b>/</b><b>dpa</b></p>"),
])
def test_a_kicker_s_mark_in_an_element_of_its_own_is_spaced(markup, expected):
    assert spaced(spaces_after_marks, markup) == expected
