"""A video's or a recording's card, taken out before the article is extracted.

A page that shows a video among its paragraphs often describes it in structured data placed in
the player's own box: a JSON-LD ``VideoObject`` (or ``AudioObject``) whose ``description`` is
also printed under the player, with the clip's date and length ("Wie groß ist die Gefahr einer
nuklearen Eskalation? 21.04.2024 | 3:18 min"). An extractor reads that caption as a paragraph
of the story. The box is recognised by the description it prints: the smallest ancestor of the
script, at most three levels up, whose own text holds the description, and little else (the
clip's date, length or title). A description that the story's text also uses, in a paragraph
of its own away from the player, is not touched: only the player's box goes.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from explainer.importer.jsonld import JSON_WRAPPER

MEDIA_TYPES = frozenset({"VideoObject", "AudioObject"})
LEVELS = 3  # how far up from the script the player's box may be
SLACK = 80  # characters of the box's text besides the description: a date, a length, a title
MOST_SCRIPTS = 50  # scripts describing a clip, looked at
MIN_DESCRIPTION = 30  # characters: a shorter description is too plain a phrase to match on
SHOWN = ".//text()[not(parent::script or parent::style)]"


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _nodes(data: Any):
    if isinstance(data, dict):
        yield data
        for value in data.values():
            yield from _nodes(value)
    elif isinstance(data, list):
        for item in data:
            yield from _nodes(item)


def _kinds(node: dict) -> set[str]:
    kind = node.get("@type", [])
    return {k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)}


def media_descriptions(script: Any) -> list[str]:
    """The descriptions of the videos and recordings a JSON-LD script describes, normalised."""
    try:
        data = json.loads(JSON_WRAPPER.sub("", (script.text or "").strip()))
    except (json.JSONDecodeError, TypeError, RecursionError):
        return []
    found = []
    for node in _nodes(data):
        description = node.get("description")
        if _kinds(node) & MEDIA_TYPES and isinstance(description, str):
            text = _norm(description)
            if len(text) >= MIN_DESCRIPTION:
                found.append(text)
    return found


def _shown_text(element: Any) -> str:
    """An element's text without the text of its scripts and styles."""
    return _norm(" ".join(element.xpath(SHOWN)))


def _player_box(script: Any, descriptions: list[str], shown: dict[Any, str]) -> Any | None:
    box = script.getparent()
    for _ in range(LEVELS):
        if box is None or box.tag in ("body", "html", "head", "article", "main"):
            return None
        if box not in shown:  # each box's text normalised once, however many scripts it holds
            shown[box] = _shown_text(box)
        for description in descriptions:
            if description in shown[box]:
                return box if len(shown[box]) <= len(description) + SLACK else None
        box = box.getparent()
    return None


def drop_media_cards(tree: Any) -> Any:
    """The tree without the boxes of the videos and recordings that print their JSON-LD
    description (their tail text kept); the first :data:`MOST_SCRIPTS` scripts that describe
    one are looked at."""
    boxes = []
    shown: dict[Any, str] = {}
    described = 0
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        descriptions = media_descriptions(script)
        if not descriptions:
            continue
        described += 1
        if described > MOST_SCRIPTS:
            break
        box = _player_box(script, descriptions, shown)
        if box is not None:
            boxes.append(box)
    for box in boxes:
        if box.getparent() is not None:
            box.drop_tree()
    return tree


# a class naming a video's title or length in its player ("video-resource__headline-text",
# "video-titulo", "video-wrapper__title", "video-duration"): the player's, not the story's
VIDEO_TITLE = re.compile(r"^(?:[\w-]*[-_])?video[-_]*(?:[a-z]+[-_]+)?(?:title|titulo|titolo|titre|"
                         r"headline|heading|duration|length)(?:[-_]+text)?$", re.IGNORECASE)
TITLE_WORDS = 25


def drop_video_titles(tree: Any) -> Any:
    """The tree without the titles and lengths that video players print over or under a
    clip (not an ``<h1>``, the headline of a video's own page, nor a box holding one)."""
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.tag == "h1" or element.getparent() is None:
            continue
        if any(VIDEO_TITLE.match(word) for word in (element.get("class") or "").split()) and \
                len(element.text_content().split()) <= TITLE_WORDS and not element.xpath(".//h1"):
            element.drop_tree()
    return tree
