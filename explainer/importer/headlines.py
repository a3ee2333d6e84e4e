"""The headline a page shows over its story: the ``<h1>`` elements a reader sees as one (or
the ``<h2>`` elements, on a page whose only ``<h1>`` is in its breadcrumb trail).

Pages also set ``<h1>`` elements that are no headline of the story: the last step of a
breadcrumb trail, which some sites fill with the story's search title (stern.de, n-tv.de,
sueddeutsche.de), a logo's in a menu, a teaser's in a link.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from explainer.importer.textlines import text_of

CRUMB = re.compile(r"breadcrumb|crumbs", re.IGNORECASE)
NOT_HEADLINE = frozenset({"nav", "ol", "ul", "a", "footer", "aside"})
MOST = 50  # <h1> elements read: a page of more is a list, and its headline comes first
LEVELS = 12  # the boxes around an <h1> where a menu or a trail holding it is looked for
MARKED = "//h1[contains(concat(' ', normalize-space(@itemprop), ' '), ' headline ')]"


def page_headlines(tree: Any) -> tuple[list[str], list[str], list[str]]:
    """(the ``<h1>`` marked ``itemprop="headline"``, every ``<h1>`` outside a menu, a list, a
    link, a footer, an aside or a breadcrumb trail, and every ``<h2>`` so placed), as text."""
    marked = [text_of(h) for h in tree.xpath(MARKED)]
    shown = [[text_of(h) for h in itertools.islice(tree.iter(level), MOST) if not _aside(h)]
             for level in ("h1", "h2")]
    return [t for t in marked if t], *([t for t in texts if t] for texts in shown)


def _aside(headline: Any) -> bool:
    for element in (headline, *itertools.islice(headline.iterancestors(), LEVELS)):
        marks = f"{element.get('class') or ''} {element.get('id') or ''}"
        if (element is not headline and element.tag in NOT_HEADLINE) or CRUMB.search(marks):
            return True
    return False
