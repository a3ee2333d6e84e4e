"""Topics with readable names: the ``topics`` and ``per_page`` settings of ``site.yml``.

An explainer's ``tags`` name its topics; a topic's page is ``tags/<slug>/``. A topic's name is
its ``title`` in ``site.yml`` when it has one, else the editor's own spelling when a tag was
written with capitals ("UN Security Council"), else its slug title-cased ("united-states" is
"United States", "un-aid" is "UN Aid").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from explainer.content.model import Config, Topic
from explainer.content.schema import Key
from explainer.core.diagnostics import Diagnostics, did_you_mean
from explainer.core.urls import slugify

ACRONYMS = frozenset({"ai", "asean", "au", "cia", "eu", "fbi", "g7", "g20", "gcc", "icc",
                      "icj", "imf", "isis", "nato", "opec", "uae", "uk", "un", "unhcr",
                      "unicef", "unrwa", "us", "usa", "who", "wto"})
SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or",
                         "the", "to", "vs"})
MAX_PER_PAGE = 100  # a longer list would take a listing page past its weight budget

TOPICS_KEY = Key("named[map]", hint="write topics: {united-states: {title: United States, "
                                    "description: \"One sentence about the topic\"}}",
                 fields={"title": Key("str"), "description": Key("str")})
PER_PAGE_KEY = Key("int", hint="how many explainers each page of a list shows, "
                               "e.g. per_page: 20")


def title_case(slug: str) -> str:
    """A slug as a name: "united-states" is "United States", "un-aid" is "UN Aid"."""
    words = [word for word in slug.split("-") if word]
    return " ".join(_word(word, first=n == 0) for n, word in enumerate(words))


def _word(word: str, first: bool) -> str:
    if word in ACRONYMS:
        return word.upper()
    if word in SMALL_WORDS and not first:
        return word
    return word[:1].upper() + word[1:]


def readable_name(slug: str, spellings: Iterable[str], topic: Topic | None = None) -> str:
    """A topic's name: its title in site.yml, else the first spelling an editor wrote with a
    capital letter, else its slug title-cased."""
    if topic is not None and topic.title:
        return topic.title
    cased = next((text for text in spellings if any(c.isupper() for c in text)), None)
    return cased or title_case(slug)


def topics_from(path: Path, values: Mapping[str, Mapping[str, Any]],
                where: Mapping[str, tuple[int, int]],
                diags: Diagnostics) -> tuple[Topic, ...] | None:
    """The checked ``topics`` map as Topics, or None after reporting a key that is not a slug."""
    topics, ok = [], True
    for name, fields in values.items():
        at = where.get(f"topics.{name}", (1, 1))
        slug = slugify(name)
        if slug != name:
            diags.error(path, *at, f"the topic '{name}' is not a slug",
                        hint=f"name a topic by the slug its pages have: {slug or 'syria'}: "
                             f"{{title: {name}}}")
            ok = False
            continue
        topics.append(Topic(name, fields.get("title") or None, fields.get("description", ""),
                            where=at))
    return tuple(topics) if ok else None


def per_page_from(path: Path, value: int | None, where: Mapping[str, tuple[int, int]],
                  diags: Diagnostics) -> int | None:
    """The checked ``per_page`` (20 when it is not set), or None after reporting it."""
    if value is None:
        return 20
    if 1 <= value <= MAX_PER_PAGE:
        return value
    diags.error(path, *where.get("per_page", (1, 1)),
                f"'per_page' must be a whole number from 1 to {MAX_PER_PAGE}, not '{value}'",
                hint=PER_PAGE_KEY.hint)
    return None


def warn_unused(config: Config, tags: Iterable[str], diags: Diagnostics) -> None:
    """A topic in site.yml that no explainer's tags name (drafts' tags count) is a warning."""
    used = {slugify(tag) for tag in tags}
    for topic in config.topics:
        if topic.slug not in used:
            diags.warning(config.path, *topic.where,
                          f"the topic '{topic.slug}' is not in any explainer's tags",
                          hint=did_you_mean(topic.slug, sorted(used))
                          or "add it to an explainer's tags, or remove it from topics")
