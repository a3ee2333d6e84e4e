"""Structured data (schema.org JSON-LD): a NewsArticle (BackgroundNewsArticle for an
explainer, AnalysisNewsArticle for analysis) for each explainer, with its corrections as
CorrectionComments, DefinedTerm and DefinedTermSet for the glossary, and a BreadcrumbList for
every page but the home page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from explainer.content.history import newest_first
from explainer.content.model import Correction
from explainer.core.urls import file_of, term_url
from explainer.site.pages import ExplainerPage, Site, TermPage
from explainer.site.pictures import LeadImage, lead_image

CONTEXT = "https://schema.org"
ARTICLE_TYPES = {"explainer": "BackgroundNewsArticle", "news": "NewsArticle",
                 "analysis": "AnalysisNewsArticle"}


def absolute(site: Site, url: str) -> str | None:
    """The page's full address when the site has a ``base_url``; None otherwise."""
    base = site.config.base_url
    if not base:
        return None
    return base.rstrip("/") + "/" + (url if url == "" or url.endswith("/") else file_of(url))


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v not in (None, "", [], ())}


def defined_term(site: Site, page: TermPage, with_context: bool = True) -> dict[str, Any]:
    term = page.term
    data = _clean({
        "@type": "DefinedTerm",
        "name": term.name,
        "alternateName": list(term.aliases),
        "description": term.summary,
        "termCode": term.slug,
        "url": absolute(site, page.url),
        "dateModified": term.as_of.isoformat(),
        "citation": [s.url for s in term.sources],
        "inDefinedTermSet": absolute(site, "glossary/") or f"{site.config.title} glossary",
    })
    return {"@context": CONTEXT, **data} if with_context else data


def defined_term_set(site: Site) -> dict[str, Any]:
    return {"@context": CONTEXT, **_clean({
        "@type": "DefinedTermSet",
        "name": f"{site.config.title} glossary",
        "url": absolute(site, "glossary/"),
        "hasDefinedTerm": [defined_term(site, p, with_context=False) for p in site.terms],
    })}


def organization(site: Site) -> dict[str, Any]:
    """The publisher: the site (or its ``author`` in ``site.yml``)."""
    return _clean({"@type": "Organization", "name": site.config.author or site.config.title,
                   "url": absolute(site, "")})


def news_article(site: Site, page: ExplainerPage, image: str = "") -> dict[str, Any]:
    """schema.org NewsArticle (of the explainer's ``type``) for an explainer, ``isBasedOn``
    the article it explains; ``image`` is the full address of its lead picture (see
    explainer.site.pictures). ``dateModified`` is its last update."""
    e = page.explainer
    url = absolute(site, page.url)
    source = _clean({"@type": "NewsArticle",
                     "publisher": {"@type": "Organization", "name": e.source.name},
                     "url": e.source.url}) if e.source else None
    return {"@context": CONTEXT, **_clean({
        "@type": ARTICLE_TYPES.get(e.type, "NewsArticle"),
        "headline": e.title,
        "description": e.summary,
        "datePublished": e.date.isoformat(),
        "dateModified": e.last_update.isoformat(),
        "author": [{"@type": "Person", "name": name} for name in e.byline]
                  or [organization(site)],
        "publisher": organization(site),
        "isBasedOn": source,
        "image": _image_object(lead_image(site, e), image),
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": e.language or site.config.language,
        "keywords": [tag.name for tag in page.tags],
        "mentions": [_clean({"@type": "DefinedTerm", "name": t.name,
                             "url": absolute(site, term_url(t.slug))}) for t in page.terms],
        "correction": [correction_comment(c) for c in newest_first(e.corrections)],
    })}


def correction_comment(correction: Correction) -> dict[str, Any]:
    """A correction as schema.org CorrectionComment, worded as the page words it."""
    return {"@type": "CorrectionComment", "text": correction_text(correction),
            "datePublished": correction.date.isoformat()}


def correction_text(correction: Correction) -> str:
    return f"We wrote: \u201c{correction.wrong}\u201d In fact: {correction.right}"


def _image_object(image: LeadImage | None, url: str) -> dict[str, Any] | None:
    """The lead picture as an ImageObject: its full address (``url``, empty when the site
    has no base URL), size, caption and credit when known."""
    if image is None or not url:
        return None
    return _clean({"@type": "ImageObject", "url": url, "contentUrl": url,
                   "width": image.width, "height": image.height, "caption": image.caption,
                   "creditText": image.credit, "description": image.alt})


def breadcrumbs(site: Site, trail: Sequence[tuple[str, str]], name: str, url: str,
                link: Callable[[str], str]) -> dict[str, Any]:
    """schema.org BreadcrumbList: a trail of (name, site URL) from the home page, then this
    page. Addresses are full with a base URL, else relative to the page."""
    return {"@context": CONTEXT, "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": n, "name": step,
         "item": absolute(site, where) or link(where)}
        for n, (step, where) in enumerate([*trail, (name, url)], start=1)]}
