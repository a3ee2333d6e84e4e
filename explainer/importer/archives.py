"""A story saved through archive.today (archive.ph, archive.is, …), read as the page it saved.

Such a snapshot sets its own bar over the story ("archive.today webpage capture", "Saved
from", the history of captures, the time of this one) and its own metadata: its address as the
canonical one, its site name, and the time of the capture as the article's publication and
change. None of it is the story's: the bar is taken out, the archive's metadata with it, and
the address the story was saved from (the bar's "Saved from" field) is given as the page's
canonical one. The story's own date is then read from what it shows under its headline.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

ARCHIVE_HOST = re.compile(r"https?://archive\.(?:ph|today|is|li|vn|fo|md)/", re.IGNORECASE)
LOOKED_AT = 6000  # characters of the page where the archive names itself
SAVED_FROM = "//div[@id='HEADER']//input[@name='q']/@value"
ARCHIVE_META = ("//head/meta[starts-with(@content, 'https://archive.') or @itemprop="
                "'datePublished' or @itemprop='dateModified' or @property="
                "'article:published_time' or @property='article:modified_time' or "
                "@property='og:site_name' or @property='twitter:site']"
                " | //head/link[@rel='canonical' or @rel='icon']")


def unwrapped(page: str) -> str:
    """The page without archive.today's bar and metadata, when it is such a snapshot; else
    the page as it is."""
    start = page[:LOOKED_AT]
    if 'id="HEADER"' not in start or not ARCHIVE_HOST.search(start):
        return page
    try:
        tree = lxml_html.fromstring(page)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return page
    bars = tree.xpath("//div[@id='HEADER']")
    if not bars:
        return page
    saved = [str(v).strip() for v in tree.xpath(SAVED_FROM) if str(v).strip()]
    for element in [*tree.xpath(ARCHIVE_META), *bars]:
        element.drop_tree()
    heads = tree.xpath("//head")
    if saved and heads:
        heads[0].append(lxml_html.Element("link", rel="canonical", href=saved[0]))
    return lxml_html.tostring(tree, encoding="unicode", doctype="<!DOCTYPE html>")
