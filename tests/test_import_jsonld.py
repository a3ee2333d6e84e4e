"""A page's JSON-LD: a value given as a reference to another node of its graph is that node."""

from __future__ import annotations

import json

from explainer.importer.html import parse_html
from explainer.importer.metadata import read_meta
from tests.test_import_html import page

GRAPH = {"@context": "https://schema.org", "@graph": [
    {"@type": "NewsArticle", "@id": "https://example.org/a#article", "headline": "Bridge",
     "author": {"@id": "https://example.org/#/person/1"},
     "publisher": {"@id": "https://example.org/#org"},
     "image": {"@id": "https://example.org/a#primaryimage"}},
    {"@type": "Person", "@id": "https://example.org/#/person/1", "name": "Jane Roe"},
    {"@type": "Organization", "@id": "https://example.org/#org", "name": "The River Gazette"},
    {"@type": "ImageObject", "@id": "https://example.org/a#primaryimage",
     "url": "https://example.org/bridge.jpg", "caption": "The old bridge at dusk"},
]}


def head(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_an_author_publisher_and_picture_given_by_reference_are_read():
    meta = read_meta(page(head(GRAPH)))
    assert meta.authors == ["Jane Roe"]
    assert "The River Gazette" in meta.site_names
    assert [(p.src, p.caption) for p in meta.ld_images] == [
        ("https://example.org/bridge.jpg", "The old bridge at dusk")]


def test_a_reference_to_no_node_of_the_page_names_no_one():
    graph = {"@context": "https://schema.org", "@graph": [GRAPH["@graph"][0]]}
    assert read_meta(page(head(graph))).authors == []


def test_the_imported_picture_takes_the_caption_of_the_node_referred_to():
    assert parse_html(page(head(GRAPH))).image_caption == "The old bridge at dusk"
