"""What an author box holds that names no author: the story's section, and its editor."""

from __future__ import annotations

import json

from lxml import html as lxml_html

from explainer.importer.html import parse_html
from explainer.importer.notbylines import editors, section_labels
from tests.test_import_html import page


def tree(body: str):
    return lxml_html.fromstring(f"<html><body>{body}</body></html>")


def test_a_link_to_a_section_s_page_is_a_section_label():
    labels = section_labels(tree('<a href="/news/category/29/lifestyle/ar">منوعات</a>'
                                 '<a href="/author/jane-roe">Jane Roe</a>'), [])
    assert labels == frozenset({"منوعات"})


def test_the_section_the_metadata_names_is_a_section_label():
    assert section_labels(tree(""), ["Politics"]) == frozenset({"politics"})


def test_a_menu_s_link_is_no_section_label_for_a_blog_s_menu_names_its_writer():
    assert section_labels(tree('<nav><a href="/about">Jane Roe</a></nav>'), []) == frozenset()


def test_a_tag_page_is_no_section_for_sites_keep_writers_pages_there():
    assert section_labels(tree('<a href="/tag/jane-roe">Jane Roe</a>'), []) == frozenset()


def test_the_editor_is_the_name_after_an_editor_label():
    found = editors(tree('<div>Editor : <a href="/author/112">Heryadi</a></div>'
                         '<p>Editing by Bob Smith</p>'))
    assert found == ["Heryadi", "Bob Smith"]


def test_an_editor_label_needs_its_colon():
    assert editors(tree("<p>Editorial standards</p><p>Editor of the year Jane Roe</p>")) == []


def test_a_sentence_about_an_editor_is_no_label():
    body = "<p>Edited by hand over three weeks, the film opens on Friday in forty towns.</p>"
    assert editors(tree(body)) == []


def test_an_author_box_holding_only_the_section_s_link_is_no_byline():
    box = ('<div class="article_author_container"><a href="/news/category/29/lifestyle">'
           '<span>Lifestyle</span></a></div>')
    imported = parse_html(page("", box))
    assert imported.byline == ()


def test_the_editor_the_metadata_names_gives_way_to_the_writer_the_page_shows():
    head = ('<script type="application/ld+json">' + json.dumps(
        {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Heryadi"}})
        + "</script>")
    shown = ('<div class="author-2">Naufal Zuhdi</div>'
             '<div class="info-author">Editor : <a class="author" href="/author/112/heryadi">'
             "Heryadi</a></div>")
    assert parse_html(page(head, shown)).byline == ("Naufal Zuhdi",)


def test_a_link_python_cannot_split_is_no_section_and_breaks_nothing():
    assert section_labels(tree('<a href="http://[bad/category/x">Sport</a>'), []) == frozenset()
    assert parse_html(page("", '<a href="http://[bad/category/x">Sport</a>')).title



def test_the_editor_after_the_writer_in_a_line_of_credits_is_found():
    found = editors(tree("<p>Muhabir: <strong>Elif Yıldız</strong> | Editör: Can Demir</p>"
                         "<p>Reporter: <strong>Dimas Prasetyo</strong> | Editor: "
                         "<strong>Lestari Wulandari</strong></p>"))
    assert found == ["Can Demir", "Lestari Wulandari"]


def test_the_editor_the_metadata_names_gives_way_to_the_writer_shown_beside_them():
    head = ('<script type="application/ld+json">' + json.dumps(
        {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Can Demir"}})
        + "</script>")
    shown = "<p class='info'>Muhabir: <strong>Elif Yıldız</strong> | Editör: Can Demir</p>"
    assert parse_html(page(head, shown)).byline == ("Elif Yıldız",)
