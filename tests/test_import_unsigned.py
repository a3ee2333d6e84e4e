"""Bylines found on a battery of made-up pages that nobody, or only a desk or a wire, signs:
names in lists of other stories (a ranked list of the most read, a rail whose bylines have a
class of their own), a box of the site's writers, a date's label read with the date line, a
login given as the author, the wire credited after the publisher's name, and a wire's
sign-off after the text; and the lines such pages add to the text."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from explainer.importer.bylinenames import clean_byline
from explainer.importer.fallbacks import labelled_authors
from explainer.importer.furniture import is_furniture
from explainer.importer.html import parse_html
from explainer.importer.notbylines import without_logins
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _page(header: str = "", after: str = "", head: str = "") -> str:
    return (f'<html lang="en"><head><title>Towns agree plan for new river bridge</title>{head}'
            f'</head><body><article><h1>Towns agree plan for new river bridge</h1>{header}'
            f'<div class="body">{TEXT}</div>{after}</article></body></html>')


def test_a_writers_box_named_in_the_plural_is_no_name():
    assert clean_byline(["Yazarlar"]) == ()


def test_a_ranked_list_of_the_most_read_signs_other_stories():
    rail = ('<aside class="most-read"><h2>Most read</h2><ol>' + "".join(
        f'<li><span class="rank">{n}</span><a href="/story/{n}">Council approves the new '
        f'budget for schools number {n}</a><p class="most-read__byline">By Kieran Doyle, '
        f'Chief Football Writer</p></li>' for n in (1, 2)) + "</ol></aside>")
    assert parse_html(_page(after=rail)).byline == ()


def test_a_rails_bylines_whatever_their_class_sign_other_stories():
    rail = ('<section class="opinion-more"><h3>More opinion</h3><ul><li><a href="/c/1">Why '
            'the city needs another bridge now</a><span class="writer">Kieran Doyle</span>'
            '</li><li><a href="/c/2">The river towns deserve better transport</a><span '
            'class="writer">Sophie Brennan</span></li></ul></section>')
    assert parse_html(_page(after=rail)).byline == ()


def test_a_dates_label_is_no_name():
    assert clean_byline(["Modifié le"]) == ()


def test_the_wire_credited_after_the_publishers_name_is_the_byline():
    header = '<span class="ui_author">Par <a href="/equipe">Le Parisien</a> avec AFP</span>'
    site = '<meta property="og:site_name" content="Le Parisien">'
    assert parse_html(_page(header, head=site)).byline == ("AFP",)


def test_a_login_the_metadata_gives_as_the_author_is_no_name():
    page = '<meta name="creator" content="gcarvalho">'
    assert without_logins("Ministério da Saúde; Gcarvalho", page, "") == "Ministério da Saúde"


def test_a_name_the_page_writes_with_capitals_is_no_login():
    assert without_logins("Jane Roe; Gcarvalho", "By Jane Roe and Gcarvalho", "") == \
        "Jane Roe; Gcarvalho"


def test_a_handle_the_reader_sees_is_no_login():
    page = '<meta name="creator" content="doumae"><p>Follow @doumae</p>'
    assert without_logins("Doumae", page, "followdoumae") == "Doumae"


def test_a_writers_box_with_their_lives_after_dashes_is_no_byline():
    box = ('<section class="authors-latest"><h3>Our writers</h3><div class="author-box">'
           '<p><strong>Francesca Sala</strong> — Si occupa di esteri e di Unione europea.'
           '</p></div></section>')
    publisher = ('<meta name="author" content="Il Foglietto">'
                 '<meta property="og:site_name" content="Il Foglietto">')
    assert parse_html(_page(after=box, head=publisher)).byline == ()


def test_a_wires_sign_off_after_the_text_names_its_reporter():
    sign_off = '<p class="sign-off">Reporting by Lucy Marks in Sydney; Editing by Sam Holmes</p>'
    tree = lxml_html.fromstring(_page(after=sign_off))
    assert labelled_authors(tree, lambda element, name: False) == ["Lucy Marks"]


@pytest.mark.parametrize("line", [
    "_Track Latest News Live on NDTV.com and get news updates from India and around the world_",
    "Listen to this article",
    "Video: Hoe lang wachten kinderen op jeugdzorg?",
    "Download de NOS-app voor het laatste nieuws.",
])
def test_the_sites_lines_in_unsigned_pages_are_furniture(line):
    assert is_furniture(line)
