"""An element's text is read in the lines the page shows, not glued across breaks."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from explainer.importer.html import parse_html
from explainer.importer.metadata import read_meta
from explainer.importer.textlines import lines_of, short_text, text_of
from tests.test_import_html import page


def element(markup: str):
    return lxml_html.fragment_fromstring(markup, create_parent="div")


def test_blocks_and_line_breaks_end_lines():
    markup = ('<div class="byline"><div>By <span>Joe Davidson</span></div>'
              '<div>Washington Post<br><time>Dec 13, 2016</time></div></div>')
    assert lines_of(element(markup)) == ["By Joe Davidson", "Washington Post", "Dec 13, 2016"]


def test_the_page_s_own_line_feeds_are_white_space():
    markup = "<li><strong>Autorin/Autor</strong>\nRoman\n  Goncharenko\n</li>"
    assert lines_of(element(markup)) == ["Autorin/Autor Roman Goncharenko"]


def test_scripts_and_styles_are_not_read_but_what_follows_them_is():
    markup = "<p>Jane <script>var x = 1;</script>Roe<style>p {}</style> writes</p>"
    assert lines_of(element(markup)) == ["Jane Roe writes"]


def test_a_comment_s_words_are_not_read():
    assert lines_of(element("<p>Jane<!-- a note --> Roe</p>")) == ["Jane Roe"]


def test_text_of_parts_lines_with_a_space():
    assert text_of(element("<h1>Bridge plan agreed<br>Work starts in May</h1>")) == \
        "Bridge plan agreed Work starts in May"


def imported(body: str):
    return parse_html(page(body_extra=body), url="https://www.rivergazette.co.uk/news/bridge")


def test_a_byline_block_is_its_first_line_not_the_outlet_and_date_under_it():
    body = ('<div class="article_byline"><div>By <span>Joe Davidson</span></div>'
            '<div><div>Washington Post</div><time>Dec 13, 2016 at 3:45 pm</time></div></div>')
    assert imported(body).byline == ("Joe Davidson",)


def test_a_labelled_byline_ends_at_its_line_break():
    body = ('<div><span class="sub">By: <a href="/id/1">Patti Domm</a><br>'
            'CNBC Executive News Editor</span></div>')
    assert imported(body).byline == ("Patti Domm",)


@pytest.mark.parametrize("name", ["Byron Smith", "Parker Jones", "Vonda Shepard"])
def test_a_name_that_opens_like_a_label_is_kept_whole(name):
    assert imported(f'<p class="author">{name}</p>').byline == (name,)


def test_a_label_on_a_line_of_its_own_is_not_the_name():
    body = '<div class="author"><span>作者：</span><div>Diogo Carleto</div></div>'
    assert imported(body).byline == ("Diogo Carleto",)


def test_a_wide_box_marked_author_is_no_byline():
    clubs = ("Bridge", "River", "Hill", "Harbour", "Market", "Park")
    links = "".join(f"<li><a href='/{n}'>The {n} Club</a></li>" for n in clubs)
    box = f'<div class="js_author-box"><ul>{links}</ul><p>Menu, sections and more links</p></div>'
    assert read_meta(page(body_extra=box)).visible_authors == []


def test_a_byline_box_s_first_line_naming_someone_is_read():
    body = '<div class="byline">Updated May 3, 2021<br>By <a href="/jr">Jane Roe</a></div>'
    assert read_meta(page(body_extra=body)).visible_authors == ["Jane Roe"]


@pytest.mark.parametrize("markup", [
    "<div>Updated May 3<br>By <a>Jane Roe</a><br>Staff</div>",  # after a line break
    '<div><img src="a.jpg">By <a>Jane Roe</a></div>',  # after a picture
    "<p><b>By</b> the numbers<br><b>By</b> Jane Roe</p>",  # the label's own line
])
def test_a_labelled_line_is_the_one_the_label_opens(markup):
    assert read_meta(page(body_extra=markup)).labelled_authors == ["Jane Roe"]


def test_a_reading_stops_past_its_limit():
    markup = "<div>" + "<span>word</span> " * 1000 + "</div>"
    assert len(text_of(element(markup), limit=40)) < 60
    assert len(text_of(element(markup))) == len("word " * 1000) - 1


def test_a_reader_s_comment_names_no_author():
    body = ('<ol class="comments"><li class="comment"><div class="comment-author vcard">'
            "Marilyn says:</div><p>Great story.</p></li></ol>")
    assert read_meta(page(body_extra=body)).visible_authors == []


def test_a_byline_box_that_names_no_one_keeps_its_place_first():
    body = ('<div class="byline">Editor<br>December 20, 2016</div>'
            '<div class="comment-box"><span class="author">Marilyn</span></div>'
            '<span class="author">Jane Roe</span>')
    assert read_meta(page(body_extra=body)).visible_authors == ["Editor", "Jane Roe"]


@pytest.mark.parametrize("wrapper", ["post has-comments", "commentable", "comments-open"])
def test_an_article_whose_class_speaks_of_comments_keeps_its_byline(wrapper):
    body = f'<div class="{wrapper}"><p class="byline">By <a rel="author">Jane Roe</a></p></div>'
    assert "Jane Roe" in read_meta(page(body_extra=body)).visible_authors


def test_a_short_text_read_past_icons_is_still_long():
    icons = "<svg>" + "<path/>" * 3000 + "</svg>"
    box = element(f"<div>{icons}<p>{'A long biography of the writer. ' * 20}</p></div>")
    assert short_text(box, 100) is None


def test_a_short_text_is_read_whole():
    assert short_text(element("<p>By <b>Jane</b> Roe</p>"), 40) == "By Jane Roe"


@pytest.mark.parametrize("markup", [
    '<p><a href="/x">Home</a> By Jane Roe</p>',  # after a link
    "<div><span><b>By</b></span> Jane Roe</div>",  # the label two inline levels down
    "<div>" + "word " * 500 + "<br><b>By</b> Jane Roe</div>",  # late in a long block
])
def test_a_labelled_line_anywhere_in_its_block(markup):
    assert read_meta(page(body_extra=markup)).labelled_authors == ["Jane Roe"]


def test_a_labelled_list_item_needs_a_label_that_names_the_author():
    markup = "<ul><li><span>By Jane Roe</span></li></ul>"  # another story's teaser
    assert read_meta(page(body_extra=markup)).labelled_authors == []


def test_a_list_item_that_labels_the_author_as_a_field_names_the_author():
    markup = ('<ul><li class="information-item">Von: <span><a href="/jr">Jane Roe</a></span>'
              "</li></ul>")
    assert read_meta(page(body_extra=markup)).labelled_authors == ["Jane Roe"]
