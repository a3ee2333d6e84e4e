"""The site's name a page's ``<title>`` gives after the headline, read where the page names
its site nowhere else: so that ``<meta name="author">`` naming the site ("Corriere
dell’Adriatico") is taken for the publisher, not a writer."""

from __future__ import annotations

from collections.abc import Iterable

from explainer.importer.clean import letters

TITLE_SEPARATORS = (" - ", " – ", " — ", " | ")
TITLE_SITE_CHARS = 60


def title_site(html_title: str, h1s: Iterable[str], bylines: Iterable[str]) -> str:
    """The part of the ``<title>`` after its last separator, where the part before it is the
    headline an ``<h1>`` shows ("… - Corriere dell’Adriatico"); not a name the page shows as
    a byline (a blog's "Post – Jane Roe"), nor a part longer than the one the ``<h1>`` shows
    (a blog's name as its ``<h1>``, then its post's title); "" when there is none."""
    shown = {letters(h) for h in h1s if letters(h)}
    shown_bylines = {letters(a) for a in bylines}
    for separator in TITLE_SEPARATORS:
        head, _, tail = html_title.rpartition(separator)
        tail = tail.strip()
        if head and letters(head) in shown and 2 <= len(tail) <= min(
                TITLE_SITE_CHARS, len(head) - 1) and letters(tail) not in shown_bylines:
            return tail
    return ""
