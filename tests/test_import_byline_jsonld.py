"""Bylines from a page's JSON-LD and author tags: its author, its creator, a name in
lower case and initials in capitals."""

from __future__ import annotations

import json

from explainer.importer.html import parse_html
from tests.test_import_html import page


def ld_article(**fields) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_json_ld_s_creator_is_the_author_when_the_author_is_the_publisher():
    head = ld_article(author={"@type": "Organization", "name": "The River Gazette"},
                      creator=["Jane Roe"])
    assert parse_html(page(head)).byline == ("Jane Roe",)


def test_json_ld_s_author_wins_over_its_creator():
    head = ld_article(author={"@type": "Person", "name": "Jane Roe"},
                      creator={"@type": "Person", "name": "John Doe"})
    assert parse_html(page(head)).byline == ("Jane Roe",)


def test_a_name_the_page_writes_in_lower_case_keeps_its_case():
    head = ld_article(author={"@type": "Person", "name": "dpa  "})
    assert "Dpa" not in parse_html(page(head)).byline


def test_a_name_in_capitals_takes_its_spelling_from_the_closing_credit_line():
    head = ld_article(author={"@type": "Person", "name": "AMELIA THOMSON-DEVEAUX"})
    extra = "<p>Associated Press writer Amelia Thomson-DeVeaux contributed to this report.</p>"
    imported = parse_html(page(head, extra))
    assert imported.byline == ("Amelia Thomson-DeVeaux",)
    assert not any("contributed" in p for p in imported.paragraphs)


def test_initials_keep_the_capitals_the_page_s_author_tag_gives_them():
    head = '<meta name="cXenseParse:author" content="KT">'
    extra = '<span class="writer writer-name">《KT》</span>'
    assert parse_html(page(head, extra)).byline == ("KT",)
