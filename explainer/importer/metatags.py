"""What a page's ``<meta>`` tags say of it (Open Graph, Dublin Core, Parse.ly, Sailthru and
the plain names), read into its :class:`~explainer.importer.metadata.PageMeta`; and the
publication times its markup stamps (an h-entry's, a ``<time pubdate>``)."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from explainer.importer.addresses import home_page
from explainer.importer.teasers import card_boxes

if TYPE_CHECKING:
    from explainer.importer.metadata import PageMeta

META_KEYS = {
    "og:title": "titles", "twitter:title": "titles",
    "og:description": "descriptions", "description": "descriptions",
    "twitter:description": "descriptions",
    "author": "authors", "article:author": "authors",
    "byl": "authors", "dc.creator": "authors", "cxenseparse:author": "authors",
    "article:published_time": "published", "datepublished": "published",
    "pubdate": "published", "date": "published", "dc.date": "published",
    "publish-date": "published", "sailthru.date": "published", "parsely-pub-date": "published",
    "parsely-author": "authors", "sailthru.author": "authors",
    "article:modified_time": "modified", "og:updated_time": "modified",
    "og:site_name": "site_names", "application-name": "site_names",
    "publisher": "site_names", "dc.publisher": "site_names",
    "copyright": "owners", "dc.rights": "owners", "rights": "owners",
    "og:url": "urls", "og:image": "images", "twitter:image": "images",
    "og:image:alt": "image_alts", "twitter:image:alt": "image_alts",
    "keywords": "keywords", "news_keywords": "keywords", "article:tag": "keywords",
    "article:section": "sections",
}


# a name as Dublin Core and Parse.ly may write it, its last name first: "Okonkwo, Adaeze",
# "Roe, Jane K."
LAST_FIRST = re.compile(r"^(?P<last>[^\W\d_][\w'’-]+),\s*(?P<first>[^\W\d_][\w'’-]+"
                        r"(?:\s+[^\W\d_]\.?)?)$")

# The publication date's standard keys, read before the others ("sailthru.date", "date"),
# which some sites set to the time of the last change
STANDARD_PUBLISHED = frozenset({"article:published_time", "datepublished"})


def meta_tags(tree: Any, meta: PageMeta) -> None:
    """Read the page's ``<meta>`` tags into ``meta``: titles, descriptions, authors, dates,
    the site's names, addresses, pictures and keywords, under the keys of :data:`META_KEYS`."""
    others: list[str] = []  # publication dates under other keys, read after the standard ones
    for tag in tree.xpath("//meta[@content or @value]"):  # value=: some saved copies
        name = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        name = name.removeprefix("og:") if name.startswith("og:article:") else name
        target = META_KEYS.get(name)
        content = " ".join((tag.get("content") or tag.get("value") or "").split())
        if target == "authors" and (turned := LAST_FIRST.match(content)) and \
                turned["last"][0].isupper() and turned["first"][0].isupper():
            content = f"{turned['first']} {turned['last']}"  # "Okonkwo, Adaeze"; not "张晓雯,
            # 李志远", two names in a script without capitals
        if name == "parsely-page":  # Parse.ly's older tag, its facts in one JSON object
            _parsely_page(content, meta)
        if not target or not content:
            continue
        if target == "keywords":  # an article:tag is one tag ("Trump, Donald J"), unless it
            split = r",\s*" if name != "article:tag" else r",(?!\s)"  # is a list ("A,B,C")
            meta.keywords += [k.strip() for k in re.split(split, content)]
        elif target == "published" and name not in STANDARD_PUBLISHED:
            others.append(content)
        else:
            getattr(meta, target).append(content)
        if name == "og:site_name" and not meta.shown_name:
            meta.shown_name = content
    meta.published += others
    _home_titles_out(tree, meta)


def _home_titles_out(tree: Any, meta: PageMeta) -> None:
    """The titles for sharing left out when the page's ``og:url`` is its site's home page:
    they are the home page's ("Visayan Daily Star - The Leading Newspaper in Negros"), a
    template's, not the story's."""
    shared = [" ".join(str(u).split()) for u in tree.xpath("//meta[@property='og:url']/@content")]
    if not shared or not home_page(shared[0]):
        return
    meta.home_titles = [" ".join(str(t).split()) for t in tree.xpath(
        "//meta[@property='og:title' or @name='twitter:title']/@content")]
    meta.titles = [t for t in meta.titles if t not in meta.home_titles]


def _parsely_page(content: str, meta: PageMeta) -> None:
    """The author and the publication date of Parse.ly's ``parsely-page`` tag."""
    try:
        facts = json.loads(content)
    except (ValueError, RecursionError):  # not JSON, or nested past Python's reach
        return
    if not isinstance(facts, dict):
        return
    authors = facts.get("authors") or facts.get("author") or []
    meta.authors += [a for a in ([authors] if isinstance(authors, str) else authors)
                     if isinstance(a, str) and a.strip()]
    if isinstance(facts.get("pub_date"), str):
        meta.published.append(facts["pub_date"])


# an h-entry's publication time, its microformat's class (an exported Medium post's footer)
DT_PUBLISHED = ("//*[contains(concat(' ', normalize-space(@class), ' '), ' dt-published ')]"
                "[not(ancestor::li)]")


def microformat_published(tree: Any) -> list[str]:
    """The time the page's one h-entry gives as its publication (``class="dt-published"``):
    none on a page that lists several."""
    stated = {(e.get("datetime") or e.get("title") or "").strip()
              for e in tree.xpath(DT_PUBLISHED)}
    return list(stated) if len(stated) == 1 and "" not in stated else []


def stamped_published(tree: Any) -> list[str]:
    """The times of the page's ``<time pubdate>`` and ``<time itemprop="datePublished">``,
    but for those in another story's card (a related story stamped with its own date)."""
    stamped = tree.xpath("//time[@datetime][@pubdate or @itemprop='datePublished']")
    cards = set(card_boxes(tree)) if stamped else set()
    return [t.get("datetime") for t in stamped
            if not any(box in cards for box in t.iterancestors())]
