"""What a page's JSON-LD says about its article: the headline, descriptions, dates, authors,
publisher, pictures, sections and keywords, written into a :class:`metadata.PageMeta`. A
value given only as a reference (``{"@id": …}``, as a graph names its author, publisher and
picture) is the node the page describes under that id."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from explainer.importer.bylinetails import AGENCY
from explainer.importer.lead import json_ld_pictures

if TYPE_CHECKING:
    from explainer.importer.metadata import PageMeta

# old pages wrap JSON-LD: "<![CDATA[ … ]]>", "// <![CDATA[ … // ]]>", "<!-- … -->"
JSON_WRAPPER = re.compile(r"^\s*(?:(?://\s*)?<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                 "BlogPosting", "OpinionNewsArticle", "BackgroundNewsArticle", "WebPage",
                 "LiveBlogPosting", "Report", "ScholarlyArticle", "ReviewNewsArticle",
                 "Review", "CriticReview", "TechArticle", "SatiricalArticle",  # (a review's)
                 "MedicalWebPage", "MedicalScholarlyArticle"}  # (a health site's)


def _names(value: Any) -> list[str]:
    """Author names from JSON-LD: a string, a Person, or a list of either; an organisation
    only when it is a news agency ("dpa", "EFE"), which signs a story as a writer would."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) and (
            value.get("@type") != "Organization"
            or re.fullmatch(AGENCY, name.strip(), re.IGNORECASE)) else []
    if isinstance(value, list):
        return [n for item in value for n in _names(item)]
    return []


def _persons(value: Any) -> list[str]:
    """The names of the authors that JSON-LD types as a Person."""
    if isinstance(value, list):
        return [n for item in value for n in _persons(item)]
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        kinds = value.get("@type")
        return [value["name"]] if "Person" in (kinds if isinstance(kinds, list) else [kinds]) \
            else []
    return []


def _publisher_names(value: Any) -> list[str]:
    """The publisher's name from JSON-LD: a string, or an organisation's name (a person
    named as a blog's publisher is its author, not a publisher)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        kinds = value.get("@type")  # a blog's author ("Person", or Yoast's ["Person",
        person = "Person" in (kinds if isinstance(kinds, list) else [kinds])  # "Organization"])
        return [] if person else [value["name"]]
    if isinstance(value, list):
        return [n for item in value for n in _publisher_names(item)]
    return []


def walk_json(data: Any, listed: bool = False):
    """The nodes of a JSON-LD document, each with whether it stands in a list's items (an
    ``ItemList`` of the most read stories, each a ``NewsArticle`` of its own)."""
    if isinstance(data, dict):
        yield data, listed
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in data:
                yield from walk_json(data[key], listed or key == "itemListElement")
    elif isinstance(data, list):
        for item in data:
            yield from walk_json(item, listed)


def _ref(value: Any, named: dict[str, dict]) -> Any:
    """A JSON-LD value with its references (a node holding only an ``@id``) read."""
    if isinstance(value, list):
        return [_ref(item, named) for item in value]
    if isinstance(value, dict) and set(value) == {"@id"} and isinstance(value["@id"], str):
        return named.get(value["@id"], value)
    return value


def _types(node: dict) -> set[str]:
    kind = node.get("@type", [])
    return set(kind if isinstance(kind, list) else [kind])


def read_json_ld(tree: Any, meta: PageMeta) -> None:
    """Write the article's statements in the page's JSON-LD into ``meta``."""
    nodes = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(JSON_WRAPPER.sub("", (script.text or "").strip()))
        except (json.JSONDecodeError, TypeError, RecursionError):  # (nested past reach)
            continue
        nodes += list(walk_json(data))
    named = {n["@id"]: n for n, _ in nodes if isinstance(n.get("@id"), str) and len(n) > 1}
    articles = [(n, listed) for n, listed in nodes if _types(n) & ARTICLE_TYPES]
    own = [n for n, listed in articles if not listed]  # the page's own story, where it is
    for node in own or [n for n, _ in articles]:  # given outside a list of others'

        for key, target in (("headline", meta.headlines),
                            ("description", meta.descriptions),
                            ("alternativeHeadline", meta.alternatives),
                            ("datePublished", meta.published),
                            ("dateModified", meta.modified), ("url", meta.urls)):
            if isinstance(node.get(key), str):
                target.append(node[key])
        if isinstance(node.get("articleBody"), str):
            meta.article_bodies.append(node["articleBody"])
        if str(node.get("isAccessibleForFree", "")).strip().lower() == "false":
            meta.free = False
        meta.authors += _names(_ref(node.get("author"), named)) or _names(
            _ref(node.get("creator"), named))
        meta.persons += _persons(_ref(node.get("author"), named))
        meta.site_names += _publisher_names(_ref(node.get("publisher"), named))
        meta.owners += _publisher_names(_ref(node.get("copyrightHolder"), named))
        meta.ld_images += json_ld_pictures(_ref(node.get("image"), named))
        meta.sections += _strings(node.get("articleSection"))
        keywords = node.get("keywords")
        if isinstance(keywords, str):
            meta.keywords += [k.strip() for k in keywords.split(",")]
        elif isinstance(keywords, list):
            meta.keywords += [k for k in keywords if isinstance(k, str)]


def _strings(value: Any) -> list[str]:
    """A JSON-LD value that is a text or a list of texts, as that list."""
    values = value if isinstance(value, list) else [value]
    return [v.strip() for v in values if isinstance(v, str) and v.strip()]
