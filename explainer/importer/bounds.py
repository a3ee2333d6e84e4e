"""What an import checks before the work: the page's size in elements and text, the options.

trafilatura's time grows faster than the page: 200,000 ``<p>`` took 90 s, and 30,000 ``<span>``
holding 4.6 million characters in one paragraph, the worst page measured at these bounds,
17 s. A page is counted first (a regular expression, well under a second
at the 50 MB a file may have), and one past these bounds is refused with one line.
"""

from __future__ import annotations

import argparse
import re

from explainer.content.scaffold import name_problem, slug_problem
from explainer.core.urls import URL, slugify

MAX_ELEMENTS = 30_000  # tags, comments and declarations; articles have 500 to 6,000, a forum 11,500
MAX_TEXT = 5_000_000  # characters outside tags (scripts included): about 800,000 words
OPENING = re.compile(r"<[A-Za-z!?]")
TAG = re.compile(r"<[^<>]*>")


def page_problem(page: str) -> str | None:
    """Why a web page is too large to read in seconds, or None."""
    elements = sum(1 for _ in OPENING.finditer(page))
    if elements > MAX_ELEMENTS:
        return f"the page has {elements:,} elements; the importer reads pages of up to " \
               f"{MAX_ELEMENTS:,}"
    text = len(page) - sum(len(tag) for tag in TAG.findall(page))
    if text > MAX_TEXT:
        return f"the page has {text:,} characters of text; the importer reads pages of up " \
               f"to {MAX_TEXT:,}"
    return None


def option_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with the options (as argparse says it: ``argument --url: ...``)."""
    if args.url is not None and not URL.match(args.url.strip()):
        return (f"argument --url: '{args.url}' is not a web address starting with http:// "
                "or https://")
    return _new_terms_problem(args.new_terms)


def picked_names(picked: str) -> list[str]:
    """The names a comma-separated ``--new-terms`` gives."""
    return [name.strip() for name in picked.split(",") if name.strip()]


def term_problem(name: str) -> str | None:
    """The build's error for a term of this name in ``glossary/<slug>.md``, or None."""
    named = name_problem(name)
    if named is not None:
        return named[0]
    slug = slugify(name)
    return slug_problem(slug) if slug else None


def _new_terms_problem(picked: str | None) -> str | None:
    if picked is None or picked.strip() == "all":
        return None
    for name in picked_names(picked):
        problem = term_problem(name)
        if problem is not None:
            return f"argument --new-terms: {problem}"
    return None
