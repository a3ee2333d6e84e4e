"""Bylines found on a battery of made-up pages whose credits name more than the writers: a
name's own "von", a place after the name the metadata signs alone, a weekday or a desk after
a comma, a university beside a guest writer, and the photographer, translator or editor the
page credits beside the writer (and the metadata may list as an author)."""

from __future__ import annotations

import json

import pytest

from explainer.importer.bylinenames import clean_byline
from explainer.importer.html import parse_html
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _page(credits: str, authors: tuple[str, ...] = ()) -> str:
    ld = {"@type": "NewsArticle", "headline": "Towns agree plan for new river bridge",
          "author": [{"@type": "Person", "name": name} for name in authors]}
    return (f'<html lang="en"><head><title>Towns agree plan</title><script '
            f'type="application/ld+json">{json.dumps(ld)}</script></head><body><article>'
            f'<h1>Towns agree plan for new river bridge</h1><div class="meta">{credits}</div>'
            f"{TEXT}</article></body></html>")


@pytest.mark.parametrize(("statement", "names"), [
    ("Anna Müller und Jens von Hohenberg", ("Anna Müller", "Jens von Hohenberg")),
    ("Ursula von der Leyen", ("Ursula von der Leyen",)),
])
def test_a_names_own_von_is_no_label(statement, names):
    assert clean_byline([statement]) == names


def test_a_von_before_a_whole_name_is_still_the_label():
    assert clean_byline(["Ein Kommentar von Max Müller"]) == ("Max Müller",)


def test_a_weekday_after_the_name_is_no_name():
    assert clean_byline(["Gareth Linnell | Thursday, June 13, 2024"]) == ("Gareth Linnell",)


def test_a_place_after_the_name_the_metadata_signs_alone_is_the_dateline():
    credits = ('<span class="label">Автор:</span> <a href="/author/o">Олена Шевченко</a>, '
               '<span class="place">Київ</span>')
    imported = parse_html(_page(credits, ("Олена Шевченко",)))
    assert imported.byline == ("Олена Шевченко",)
    assert imported.dateline == "Київ"


@pytest.mark.parametrize("desk", ["University of Plymouth", "ARD-Hauptstadtstudio"])
def test_a_university_or_a_desk_after_a_comma_is_no_writer(desk):
    credits = f'By <a href="/profiles/amara">Amara Nwosu-Whitfield</a>, <span>{desk}</span>'
    assert parse_html(_page(credits)).byline == ("Amara Nwosu-Whitfield",)


@pytest.mark.parametrize("helper", [
    '<p class="byline"><span class="label">Photographs by</span> <a href="/c">Clara Benson</a></p>',
    '<span class="translator">Translated from the Turkish by <a href="/c">Clara Benson</a></span>',
])
def test_a_photographer_or_translator_beside_the_writer_is_no_author_though_listed(helper):
    credits = f'<p class="byline">Story by <a href="/a/yusuf">Yusuf Demir</a></p>{helper}'
    imported = parse_html(_page(credits, ("Yusuf Demir", "Clara Benson")))
    assert imported.byline == ("Yusuf Demir",)


def test_an_editor_labelled_before_the_link_to_her_page_is_no_author():
    credits = ('<div class="credit">Penulis <a href="/p/siti">Siti Rahmawati</a></div>'
               '<div class="credit">Editor <a href="/editor/dewi">Dewi Lestari</a></div>')
    imported = parse_html(_page(credits, ("Siti Rahmawati", "Dewi Lestari")))
    assert imported.byline == ("Siti Rahmawati",)


def test_a_photographer_credited_alone_is_kept_for_want_of_a_writer():
    credits = '<p class="byline">Photographs by <a href="/c/lena">Lena Fischer</a></p>'
    assert parse_html(_page(credits, ("Lena Fischer",))).byline == ("Lena Fischer",)
