"""Structured data (schema.org JSON-LD) for the glossary index and term pages."""

from __future__ import annotations

from typing import Any

from explainer.site import Site, TermPage
from explainer.urls import file_of

CONTEXT = "https://schema.org"


def absolute(site: Site, url: str) -> str | None:
    """The page's full address when the site has a ``base_url``; None otherwise."""
    base = site.config.base_url
    if not base:
        return None
    return base.rstrip("/") + "/" + (url if url.endswith("/") else file_of(url))


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
