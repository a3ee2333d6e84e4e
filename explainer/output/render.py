"""Render the gathered :class:`~explainer.site.pages.Site` into page bytes with the Jinja2 layouts.

Autoescape is on and undefined names are errors (``StrictUndefined``). A template error is
reported as a diagnostic naming the layout file and line, never as a traceback.
"""

from __future__ import annotations

import functools
import traceback
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2

from explainer.content.history import dated_ids
from explainer.content.model import TERM_KINDS, Explainer
from explainer.core.diagnostics import Diagnostics
from explainer.core.urls import file_of, relative
from explainer.glossary.bidi import direction
from explainer.glossary.boxes import human_date, iso_date
from explainer.output.jsonld import (
    absolute,
    breadcrumbs,
    defined_term,
    defined_term_set,
    news_article,
)
from explainer.output.pagination import Pager, front_page_order, paginate
from explainer.output.theme import is_theme_file, search_path
from explainer.site.pages import Site, TagPage
from explainer.site.pictures import lead_image, preview_image
from explainer.site.players import key_players
from explainer.site.related import related_explainers, term_related_explainers
from explainer.site.since import timeline as term_timeline
from explainer.site.timeline import events_timeline


@dataclass(frozen=True)
class Page:
    """What every layout knows about the page it renders."""

    url: str
    title: str
    kind: str  # home | latest (home page 2...) | explainer | glossary | term | tag | tags | 404
    description: str = ""
    trail: tuple[tuple[str, str], ...] = ()  # breadcrumbs above this page: (name, site URL)
    image: str = ""  # the full address of the page's picture, for link previews
    image_alt: str = ""
    pager: Pager | None = None  # on the pages of a list: which page, and the others


Trail = tuple[tuple[str, str], ...]
TOP_TOPICS = 12  # the topics the home page names: those with the most explainers

def environment(layouts: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(search_path(layouts)),  # the site's, then the theme's
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        auto_reload=False,  # one environment per build: no need to stat a layout per page
    )
    env.filters["human_date"] = human_date
    env.filters["iso"] = iso_date
    env.globals["defined_term"] = defined_term
    env.globals["defined_term_set"] = defined_term_set
    env.globals["news_article"] = news_article
    env.globals["breadcrumbs"] = breadcrumbs
    env.globals["absolute"] = absolute
    env.globals["lead_image"] = lead_image
    env.globals["direction"] = direction
    env.globals["key_players"] = key_players
    env.globals["events_timeline"] = events_timeline
    env.globals["term_kinds"] = TERM_KINDS
    env.globals["term_timeline"] = term_timeline
    env.globals["dated_ids"] = dated_ids  # the ids of updates and corrections on a page
    return env


PageSpec = tuple[str, Page, dict[str, Any]]  # layout, page, the objects its layout shows


def page_specs(site: Site, only: Collection[str] | None = None) -> dict[str, PageSpec]:
    """Every page of the site by its file in ``output/``: layout, Page and objects (with
    ``only``, those of these files alone)."""
    specs = {file_of(spec[1].url): spec for spec in _pages(site, only)}
    return specs if only is None else {name: specs[name] for name in only if name in specs}


def _pages(site: Site, only: Collection[str] | None = None) -> list[PageSpec]:
    """Every page of the site: its layout, its Page and the objects its layout shows (the
    explainers' and terms' only when in ``only``, when given: there are many of them)."""
    c = site.config
    home = ((c.title, ""),)
    glossary, topics = (*home, ("Glossary", "glossary/")), (*home, ("Topics", "tags/"))
    pages: list[PageSpec] = [
        *_home_pages(site, home),
        ("glossary.html", Page("glossary/", "Glossary", "glossary",
                               f"The key terms of {c.title}, A to Z.", home), {}),
        ("tags.html", Page("tags/", "Topics", "tags", f"Every topic of {c.title}.", home), {}),
        ("404.html", Page("404.html", "Page not found", "404"), {}),
        ("search.html", Page("search/", "Search", "search",
                             f"Search the explainers and the glossary of {c.title}.", home), {}),
    ]
    explainers = [p for p in site.explainers if only is None or file_of(p.url) in only]
    related = related_explainers(site.explainers) if explainers else {}
    pages += [("explainer.html", Page(p.url, p.explainer.title, "explainer", p.explainer.summary,
                                      home, *_image(site, p.explainer)),
               {"item": p, "related": related[p.url]}) for p in explainers]
    terms = [p for p in site.terms if only is None or file_of(p.url) in only]
    related = term_related_explainers(site.explainers, site.terms) if terms else {}
    pages += [("term.html", Page(p.url, p.term.name, "term", p.term.summary, glossary),
               {"item": p, "related_explainers": related[p.url]}) for p in terms]
    for tag_page in site.tags:
        pages += _tag_pages(site, tag_page, topics)
    return pages


def _home_pages(site: Site, home: Trail) -> list[PageSpec]:
    """The home page (the lead, then the newest) and its older pages at page/2/..."""
    c = site.config
    specs: list[PageSpec] = []
    top = sorted(site.tags, key=lambda t: -len(t.explainers))[:TOP_TOPICS]  # stable: by name
    for items, pager in paginate(front_page_order(site.explainers), c.per_page, ""):
        n = pager.number
        page = (Page("", c.title, "home", c.description, pager=pager) if n == 1 else
                Page(pager.url, f"Latest explainers, page {n}", "latest",
                     f"Explainers from {c.title}, page {n} of {pager.count}.", home, pager=pager))
        lead = items[0] if n == 1 and items else None
        specs.append(("home.html", page, {"items": items, "pager": pager, "lead": lead,
                                          "top_topics": top}))
    return specs


def _tag_pages(site: Site, item: TagPage, topics: Trail) -> list[PageSpec]:
    """A topic's page and, for a long topic, its older pages at tags/<slug>/page/2/..."""
    tag = item.tag
    about = tag.description or f"Explainers about {tag.name}."
    specs: list[PageSpec] = []
    for items, pager in paginate(item.explainers, site.config.per_page, tag.url):
        n = pager.number
        page = (Page(tag.url, tag.name, "tag", about, topics, pager=pager) if n == 1 else
                Page(pager.url, f"{tag.name}, page {n}", "tag", f"{about} Page {n} of "
                     f"{pager.count}.", (*topics, (tag.name, tag.url)), pager=pager))
        specs.append(("tag.html", page, {"item": item, "items": items, "pager": pager}))
    return specs


def _image(site: Site, explainer: Explainer) -> tuple[str, str]:
    """The explainer's picture as a full address (link previews need one), and its alt text."""
    return preview_image(site, explainer)


def _context(site: Site, page: Page, objects: dict[str, Any]) -> dict[str, Any]:
    link: Callable[[str], str] = functools.partial(relative, page.url)
    if page.kind == "404" and site.config.base_url:
        # The host shows this page at any missing address, at any depth: relative links
        # would break there, so they start from the site's path ("/repo/...").
        root = urlsplit(site.config.base_url).path
        link = lambda url: root + file_of(url)  # noqa: E731
    return {"site": site, "page": page, "link": link, **objects}


def render_spec(env: jinja2.Environment, layouts: Path, site: Site, spec: PageSpec,
                diags: Diagnostics) -> bytes | None:
    """One page as bytes, or None after reporting a template error."""
    layout, page, objects = spec
    html = render_page(env, layouts, layout, _context(site, page, objects), diags)
    return None if html is None else html.encode("utf-8")


def render_page(env: jinja2.Environment, layouts: Path, layout: str, context: dict[str, Any],
                diags: Diagnostics) -> str | None:
    try:
        return env.get_template(layout).render(context)
    except jinja2.TemplateSyntaxError as exc:
        path = Path(exc.filename) if exc.filename else layouts / layout
        diags.error(path, exc.lineno or 1, 1, f"template error: {exc.message}")
    except jinja2.TemplateNotFound as exc:
        diags.error(layouts / layout, 1, 1, f"layout not found: {exc.name}",
                    hint=f"add the file {exc.name} to {layouts}")
    except Exception as exc:
        path, line = _template_frame(exc, layouts, layout)
        diags.error(path, line, 1, f"template error: {type(exc).__name__}: {exc}")
    return None


def _template_frame(exc: Exception, layouts: Path, layout: str) -> tuple[Path, int]:
    """The innermost layout file and line in an exception's traceback (Jinja2 rewrites it)."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if is_theme_file(path := Path(frame.filename), layouts):
            return path.resolve(), frame.lineno or 1
    return layouts / layout, 1

