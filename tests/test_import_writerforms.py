"""A writer shown otherwise than in a byline: a columnist's card under the headline, a blog's
author that its JSON-LD names as its publisher too."""

from __future__ import annotations

import json

from explainer.importer.html import parse_html

STORY = "".join(f"<p>{s}</p>" for s in [
    "The council should have listened to the people of Upper Sowe before it closed their "
    "only bus route, and it is not too late to think again.",
    "Forty households have no car, and the nearest shop is four miles away along a road "
    "without a pavement.",
    "A minibus twice a week would cost less than the council spends on one roundabout."])


def _page(header: str = "", after: str = "", head: str = "") -> str:
    return (f"<!doctype html><html lang='en-GB'><head><title>Listen to Upper Sowe</title>{head}"
            "</head><body><main><article><p class='kicker'>Opinion</p>"
            f"<h1>Listen to Upper Sowe</h1>{header}<div class='story-body'>{STORY}</div>"
            f"{after}</article></main></body></html>")


def test_a_columnist_s_card_linking_to_their_page_names_the_writer():
    card = ("<div class='columnist'><img src='/g.jpg' alt=''><div><a class='name' "
            "href='/columnists/graham-holt'>Graham Holt</a><p class='bio'>Former parish "
            "clerk</p></div></div>")
    assert parse_html(_page(header=card)).byline == ("Graham Holt",)


def test_a_blog_s_author_named_as_its_publisher_too_is_the_byline():
    person = "https://owen.example/#/schema/person/1"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "BlogPosting", "headline": "Listen to Upper Sowe",
         "author": {"@id": person, "name": "Owen Tallis"}, "publisher": {"@id": person}},
        {"@type": ["Person", "Organization"], "@id": person, "name": "Owen Tallis"}]}
    head = f"<script type='application/ld+json'>{json.dumps(graph)}</script>"
    assert parse_html(_page(head=head)).byline == ("Owen Tallis",)
