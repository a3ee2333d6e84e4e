"""What a page says about itself: JSON-LD, Open Graph and other meta tags, <h1>, <html lang>.

Only what the page states is collected; nothing is guessed here. :mod:`clean` decides.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import html as lxml_html

from explainer.core.urls import URL, slugify
from explainer.importer.addresses import links_host, saved_address
from explainer.importer.authorboxes import byline_roles, hidden_labels, visible_authors
from explainer.importer.clean import (
    COMPANY,
    HOST_LIKE,
    SCHEME,
    first_date,
    letters,
    plain_letters,
    site_label,
)
from explainer.importer.customtags import aria_headings
from explainer.importer.decks import boxed_deck, decks, logo_headings
from explainer.importer.fallbacks import AUTHOR_PAGE, labelled_authors
from explainer.importer.firstpublished import first_published
from explainer.importer.headerdates import (
    header_date,
    header_time,
    labelled_date,
    only_time,
    only_time_shown,
    yearless_date,
)
from explainer.importer.headlines import (
    headline_element,
    headline_text,
    home_heading,
    home_logo,
    kicker_over,
    page_headlines,
    post_headings,
    signed,
)
from explainer.importer.jsonld import read_json_ld
from explainer.importer.lead import Picture, figures
from explainer.importer.metatags import meta_tags, microformat_published, stamped_published
from explainer.importer.notbylines import (
    CJK_EDITOR_LABEL,
    EDITOR_LABEL,
    HELPER_LABEL,
    SPONSOR_LABEL,
    editors,
    helpers_by_role,
    section_labels,
)
from explainer.importer.releases import WIRE_MARK
from explainer.importer.signatures import right_aligned, signed_after
from explainer.importer.stated import page_links, shown_wall
from explainer.importer.teasers import listed_bylines, under_teaser
from explainer.importer.textlines import text_of
from explainer.importer.titlesite import title_site

XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


@dataclass
class PageMeta:
    """Candidate values, each list in order of trust."""

    titles: list[str] = field(default_factory=list)
    home_titles: list[str] = field(default_factory=list)  # og:title when og:url is the home
    headlines: list[str] = field(default_factory=list)
    h1: list[str] = field(default_factory=list)
    logo_h1: list[str] = field(default_factory=list)  # the site's title or logo set as <h1>
    html_title: str = ""
    descriptions: list[str] = field(default_factory=list)
    alternatives: list[str] = field(default_factory=list)  # JSON-LD alternativeHeadline
    authors: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)  # the authors JSON-LD types as persons
    published: list[str] = field(default_factory=list)
    modified: list[str] = field(default_factory=list)
    site_names: list[str] = field(default_factory=list)
    shown_name: str = ""  # og:site_name: the name the site goes by with readers
    owners: list[str] = field(default_factory=list)  # copyright holders: publishers, not authors
    urls: list[str] = field(default_factory=list)
    link_host: str = ""  # the host most of its links lead to
    times: list[str] = field(default_factory=list)  # its <time> elements' datetime
    shown_headline: str = ""  # a page without <h1>: the text that shows its <title>'s headline
    kicker: str = ""  # the label set right over the headline ("Research news")
    images: list[str] = field(default_factory=list)
    image_alts: list[str] = field(default_factory=list)
    ld_images: list[Picture] = field(default_factory=list)  # JSON-LD image, with its words
    figures: list[Picture] = field(default_factory=list)  # pictures in the article's figures
    keywords: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)  # article:section, JSON-LD articleSection
    tag_links: list[str] = field(default_factory=list)  # the words of <a rel="tag"> links
    link_words: frozenset[str] = frozenset()  # every link's words, case-folded
    visible_authors: list[str] = field(default_factory=list)
    labelled_authors: list[str] = field(default_factory=list)
    signed_h1: list[str] = field(default_factory=list)  # a name signing the headline
    teaser_authors: list[str] = field(default_factory=list)  # bylines of other stories' teasers
    headline_h1: list[str] = field(default_factory=list)  # <h1 itemprop="headline">
    shown_h1: list[str] = field(default_factory=list)  # <h1> outside menus and breadcrumbs
    shown_h2: list[str] = field(default_factory=list)  # <h2> outside menus and breadcrumbs
    post_titles: list[str] = field(default_factory=list)  # a blog's "h3.post-title"
    logo_name: str | None = None  # the alt text of a logo's picture linking home
    title_site: str = ""  # the site the <title> names after the <h1>'s headline, if no other
    linked_names: dict[str, str] = field(default_factory=dict)  # an author's page -> the name
    author_links: frozenset[str] = frozenset()  # the words of links to authors' pages
    editors: list[str] = field(default_factory=list)  # names the page labels as its editor
    credited_beside: list[str] = field(default_factory=list)  # "（编辑：…）", "Photos by …"
    role_helpers: list[str] = field(default_factory=list)  # "Magnus Wennman", then "Fotograf"
    sponsors: list[str] = field(default_factory=list)  # "Sponsored by Harbor Bank"
    section_labels: frozenset[str] = frozenset()  # its sections' names and links, case-folded
    yearless_date: dt.date | None = None
    header_date: dt.date | None = None  # a full date shown under the headline
    first_published: dt.date | None = None  # a republished story's note's (firstpublished)
    first_publishers: list[str] = field(default_factory=list)  # the outlets that note names
    header_time: dt.date | None = None  # the <time datetime> under the headline
    only_time: dt.date | None = None  # the page's only <time datetime>
    only_shown: dt.date | None = None  # and the date its text shows
    flush_right: list[str] = field(default_factory=list)  # paragraphs set flush right
    signed_after: dict[str, str] = field(default_factory=dict)  # a signature -> text before
    article_bodies: list[str] = field(default_factory=list)  # JSON-LD articleBody, page order
    free: bool | None = None  # JSON-LD isAccessibleForFree (None: not stated)
    next_links: list[str] = field(default_factory=list)  # <link rel="next">, then <a href>
    wall: str = ""  # the words of a wall it shows to read on (:func:`stated.shown_wall`)
    decks: list[str] = field(default_factory=list)  # the standfirst shown under the headline
    byline_roles: list[str] = field(default_factory=list)  # a job's element in a byline box
    byline_labels: list[str] = field(default_factory=list)  # its labels for screen readers
    buttons: list[str] = field(default_factory=list)  # the buttons' words, in order
    deck_boxed: bool = False  # the standfirst is alone with the headline in its box
    shown: str = ""  # the text a reader sees, as its letters (clean.plain_letters)
    wire_release: bool = False  # a release sent through a wire ("/PRNewswire/", releases)
    language: str = ""

    @property
    def named_sites(self) -> list[str]:
        """The names the page gives its site, its logo's (:attr:`logo_name`) and its
        ``<title>``'s (:attr:`title_site`)."""
        return [*self.site_names, *filter(None, [self.logo_name, self.title_site])]


def _not_titles(names: list[str], titles: list[str]) -> list[str]:
    """The site's names without one that is the story's own title (some pages give their
    headline as the ``application-name``)."""
    own = {letters(t) for t in titles}
    return [n for n in names if letters(n) not in own]


# (written "/descendant::" rather than "//": on a page of 90,000 inline elements in one
# paragraph, libxml2 took 45 s to merge what "//body//text()" finds, and takes 0.1 s)
SHOWN_TEXT = ("//body/descendant::text()[not(ancestor::script or ancestor::style or "
              "ancestor::noscript or ancestor::template)]")


TIMES_READ = 40  # of a page's <time> elements, the first
BUTTONS_READ = 300  # of a page's buttons, the first
LINKS_READ = 5_000  # of a page's links, the first (where its authors' pages are looked for)


def read_meta(page: str) -> PageMeta:
    """Collect the page's own statements about itself."""
    meta = PageMeta()
    try:
        tree = aria_headings(lxml_html.fromstring(XML_DECLARATION.sub("", page, count=1)))
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return meta
    read_json_ld(tree, meta)
    meta_tags(tree, meta)
    meta.authors = meta.authors or _microdata_authors(tree)
    meta.site_names += spelled_out(page, meta.shown_name)
    if meta.site_names and all(HOST_LIKE.match(_unschemed(n)) for n in meta.site_names):
        # "https://www.kleinezeitung.at" alone: the name the page writes out, "Kleine Zeitung"
        meta.site_names += spelled_out(page, site_label(_unschemed(meta.site_names[0])))
    home = home_heading(tree)
    meta.site_names = meta.site_names or _microdata_publisher(tree) or [
        name for name in [home] if name]  # the last resorts
    meta.logo_name = home_logo(tree)
    _document(tree, page, meta)
    meta.logo_h1 += [home] if home and home not in meta.logo_h1 else []
    _people(tree, meta)
    _shown(tree, meta)
    meta.site_names = _not_titles(meta.site_names, [*meta.titles, *meta.headlines])
    meta.title_site = "" if meta.site_names else title_site(
        meta.html_title, meta.h1, meta.visible_authors)
    meta.times = [str(t) for t in tree.xpath("//time/@datetime")[:TIMES_READ]]
    meta.published += [*stamped_published(tree), *microformat_published(tree)]
    return meta


def _document(tree: Any, page: str, meta: PageMeta) -> None:
    """What the document says of itself: its <h1>s and <title>, its canonical and next
    addresses, the words of its links, its language."""
    meta.h1 = [headline_text(h) for h in tree.xpath("//h1") if headline_text(h)]
    meta.signed_h1 = [name for h in tree.xpath("//h1") if (name := signed(h))]
    meta.logo_h1 = logo_headings(tree)
    meta.post_titles = post_headings(tree)
    meta.html_title = next((text_of(t) for t in tree.xpath("//title")[:1]), "")
    meta.html_title = "" if meta.html_title in meta.home_titles else meta.html_title
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    meta.urls += [str(u) for u in canonical] + [u for u in [saved_address(page)] if u]
    meta.link_host = links_host([str(h).strip() for h in tree.xpath("//a/@href")])
    meta.next_links = [str(u) for u in tree.xpath('//link[@rel="next"]/@href')]
    meta.first_published, meta.first_publishers = first_published(tree, page)
    meta.next_links += page_links(tree)
    meta.wall = shown_wall(tree)
    meta.link_words = frozenset(" ".join(a.text_content().split()).casefold()
                                for a in tree.iter("a"))
    meta.language = ((tree.get("lang") or tree.get("xml:lang") or "").strip()
                     or _commented_lang(page) or _stated_lang(tree))


# a box of the story's tags, by a class: "article__tag", "tags__tags", "post_news_tags",
# "tag-list"; not WordPress's "tag-kultur" on the story's own element, one class per tag
TAG_BOX = re.compile(r"(?:^|\s)(?:[\w-]*[_-])?tags?(?:[_-]{1,2}(?:list|links?|box|items?|"
                     r"tags?|wrapper|container|bar|area|section|block|group))?(?:$|\s)",
                     re.IGNORECASE)
TAG_BOX_LINKS = 15  # more is a cloud of the site's tags, not the story's
TAG_LINK_WORDS = 5
TAG_LINKS_READ = 100  # of all such boxes' links (as the keywords read)


def _tag_box_links(tree: Any) -> list[Any]:
    """The links of the boxes named for tags (a list's items, or the list): each of at most
    :data:`TAG_LINK_WORDS` words, in a box of at most :data:`TAG_BOX_LINKS` links, not in a menu."""
    links: list[Any] = []
    taken: set[Any] = set()
    for box in tree.xpath("//*[contains(translate(@class, 'TAG', 'tag'), 'tag')]"
                          "[not(ancestor::nav or ancestor::header or ancestor::footer)]"):
        if len(links) >= TAG_LINKS_READ:
            break
        if not TAG_BOX.search(box.get("class") or "") or taken & set(box.iterancestors()):
            continue  # inside a box already read
        found = box.xpath(f"(.//a)[position() <= {TAG_BOX_LINKS + 1}]")
        if 0 < len(found) <= TAG_BOX_LINKS and all(
                len(text_of(a).split()) <= TAG_LINK_WORDS for a in found):
            taken.add(box)
            links += found
    return links


def _people(tree: Any, meta: PageMeta) -> None:
    """The page's authors, editors and tag links; other stories' teasers' set apart."""
    own = [*meta.h1, *meta.titles, *meta.headlines, meta.html_title]
    meta.tag_links = [text_of(a) for a in tree.xpath(  # not another story's teaser's
        "//a[contains(concat(' ', normalize-space(@rel), ' '), ' tag ')]") + _tag_box_links(tree)
        if text_of(a) and not under_teaser(a, text_of(a), own, label=True)]

    def elsewhere(element: Any, name: str) -> bool:  # a byline under another story's teaser
        if under_teaser(element, name, own):
            meta.teaser_authors.append(name)
            return True
        return False

    meta.section_labels = section_labels(tree, meta.sections)
    meta.byline_labels = hidden_labels(tree)
    meta.buttons = [text for b in itertools.islice(tree.iter("button"), BUTTONS_READ)
                    if (text := " ".join(b.text_content().split()))]
    meta.visible_authors = [name for name in visible_authors(tree, elsewhere, meta.byline_labels)
                            if not EDITOR_LABEL.match(name)]
    meta.editors = editors(tree)
    meta.byline_roles = byline_roles(tree, meta.byline_labels)
    meta.credited_beside = editors(tree, CJK_EDITOR_LABEL) + editors(tree, HELPER_LABEL)
    meta.role_helpers = helpers_by_role(tree)
    meta.sponsors = editors(tree, SPONSOR_LABEL)
    meta.linked_names = _linked_names(tree, meta.authors)
    meta.author_links = frozenset(text_of(a) for a in tree.xpath("//a[@href]")[:LINKS_READ]
                                  if AUTHOR_PAGE.search(a.get("href") or ""))
    meta.labelled_authors = [*meta.signed_h1, *labelled_authors(tree, elsewhere)]
    meta.teaser_authors += listed_bylines(tree, own)  # whatever their class


def _shown(tree: Any, meta: PageMeta) -> None:
    """What the page shows its reader around the story: the standfirst, the headlines, the
    dates under them, the figures, the lines set flush right, the visible text."""
    meta.decks = decks(tree)
    meta.deck_boxed = boxed_deck(tree, meta.decks)
    meta.headline_h1, meta.shown_h1, meta.shown_h2 = page_headlines(tree)
    shown = headline_element(tree)
    meta.shown_headline = text_of(shown) if shown is not None and shown.tag != "h1" else ""
    meta.kicker = kicker_over(tree)
    meta.yearless_date = yearless_date(tree)
    meta.header_date = header_date(tree) or labelled_date(tree)
    meta.header_time = first_date([header_time(tree) or ""])
    meta.only_time = first_date([only_time(tree) or ""])
    meta.only_shown = only_time_shown(tree)
    meta.figures = figures(tree)
    meta.flush_right, meta.signed_after = right_aligned(tree), signed_after(tree)
    shown_text = " ".join(tree.xpath(SHOWN_TEXT))
    meta.shown = plain_letters(shown_text)
    meta.wire_release = bool(WIRE_MARK.search(shown_text))


# "<!--[if gt IE 9]> <html lang="en" class="no-js"> <![endif]-->": the only <html> tag that
# names the language is in a comment for old browsers
COMMENTED_HTML = re.compile(r"<!--\[if[^\]]*\]>\s*<html\b[^>]*?\slang=[\"']?"
                            r"([A-Za-z]{2,3}(?:-\w+)?)", re.IGNORECASE)


def _commented_lang(page: str) -> str:
    match = COMMENTED_HTML.search(page[:4000])
    return match.group(1) if match else ""


# the publisher's name in microdata, read when the page names its site nowhere else, and not
# a company's ("… Verlags- und Vertriebs GmbH"): <div itemprop="publisher" itemscope …><meta
# itemprop="name" content="Business Today">
PUBLISHER_NAME_XPATH = ("//*[@itemprop='publisher']/*[@itemprop='name'] | "
                        "//*[@itemprop='publisher']/*/*[@itemprop='name']")


# the names of the article's authors in microdata, outside lists, asides, navigation and
# footers (where other stories' teasers are)
AUTHOR_NAME_XPATH = ("//*[@itemprop='author'][not(ancestor-or-self::li or ancestor::aside or "
                     "ancestor::nav or ancestor::footer)]//*[@itemprop='name'][1]")


def _microdata_authors(tree: Any) -> list[str]:
    """The names microdata gives the article's authors (``itemprop="author"`` holding an
    ``itemprop="name"``), in order, each once."""
    return list(dict.fromkeys(_microdata_names(tree, AUTHOR_NAME_XPATH, 12)))


def _microdata_publisher(tree: Any) -> list[str]:
    return [n for n in _microdata_names(tree, PUBLISHER_NAME_XPATH, 3) if not COMPANY.search(n)]


def _microdata_names(tree: Any, xpath: str, most: int) -> list[str]:
    """The names the first ``most`` elements found by ``xpath`` give, by their ``content`` or
    their text, up to 80 characters each."""
    names = (" ".join((e.get("content") or e.text_content() or "").split())
             for e in tree.xpath(xpath)[:most])
    return [n for n in names if 0 < len(n) <= 80]


# the page's language stated in its head when its <html> tag does not say it
LANG_XPATH = ("//meta[translate(@http-equiv, 'CONTENTLAGU', 'contentlagu')='content-language'"
              " or translate(@name, 'DCLANGUE', 'dclangue')='dc.language'"
              " or @itemprop='inLanguage']/@content")


def _stated_lang(tree: Any) -> str:
    return next((str(v).strip() for v in tree.xpath(LANG_XPATH) if str(v).strip()), "")


def _linked_names(tree: Any, authors: list[str]) -> dict[str, str]:
    """For an author given as the address of their page ("…/editors/jon-fingas"), the name
    a link to that page shows when the name is the address's last part ("Jon Fingas"). An
    address with a query ("…/author/?id=5") or a one-word last part names nobody this way."""
    wanted = {last_part(part) for statement in authors if URL.match(statement.strip())
              for part in statement.split(",") if not set(part) & set("?#")}
    wanted = {slug for slug in wanted if "-" in slug.strip("-")}
    found: dict[str, str] = {}
    for link in tree.xpath("//a[@href]") if wanted else ():
        href = link.get("href", "")
        slug = last_part(href)
        if slug in wanted and slug not in found and not set(href) & set("?#"):
            name = text_of(link)
            if slugify(name) == slug:
                found[slug] = name
    return found


def last_part(address: str) -> str:
    """The last part of an address's path ("jon-fingas" in "…/editors/jon-fingas/")."""
    return address.strip().split("?")[0].split("#")[0].rstrip("/").rsplit("/", 1)[-1]


SLUG = re.compile(r"^[a-z]{4,30}$")
MOST_SPELLED = 50  # places in the page looked at


def _unschemed(name: str) -> str:
    return SCHEME.sub("", name.strip()).rstrip("/")


def spelled_out(page: str, slug: str) -> list[str]:
    """The site's name written out in words anywhere in the page, its scripts' settings
    included ("The Detroit News"), when its og:site_name is its letters run together in lower
    case ("detroitnews"): the most frequent such spelling, in capitals, or nothing."""
    if not SLUG.match(slug):
        return []
    spelled = r"[ -]?".join(re.escape(c) for c in slug)
    found: dict[str, int] = {}
    for match in itertools.islice(re.finditer(
            rf"(?<![\w-])(?:The )?{spelled}(?![\w-])", page, re.IGNORECASE), MOST_SPELLED):
        name = match.group()
        if re.search(r"\w[ -]\w", name) and all(w[:1].isupper() for w in re.split(r"[ -]", name)):
            found[name] = found.get(name, 0) + 1
    return [max(found, key=lambda n: found[n])] if found else []
