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

from explainer.importer.addresses import links_host
from explainer.importer.clean import CJK, strip_site
from explainer.importer.textlines import lines_of, text_of

CRUMB = re.compile(r"breadcrumb|crumbs", re.IGNORECASE)
NOT_HEADLINE = frozenset({"nav", "ol", "ul", "a", "footer", "aside"})
MOST = 50  # <h1> elements read: a page of more is a list, and its headline comes first
LEVELS = 12  # the boxes around an <h1> where a menu or a trail holding it is looked for
# a headline's last line that signs it: "編集委員　中沢克二" (a job, then the name), "中沢克二
# 記者", "By Jane Roe"
ROLE_JA = r"(?:客員)?(?:編集委員|論説委員|解説委員|特派員|記者|コラムニスト)"
SIGNED = re.compile(rf"^(?:{ROLE_JA}\s*(?P<after>\S{{2,10}})|(?P<before>\S{{2,10}})\s*{ROLE_JA}"
                    r"|(?:by|von|par|por)\s+(?P<by>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3}))$",
                    re.IGNORECASE)
MARKED = ("//h1[contains(concat(' ', normalize-space(@itemprop), ' '), ' headline ') or "
          "(count(.//*[@itemprop]) = 1 and .//*[contains(concat(' ', normalize-space(@itemprop),"
          " ' '), ' headline ')])]")  # or the one element inside it marked so


HEADLINE_WORDS = 3  # of a headline set as text, found by the <title> alone
SHOWING = ("//body//*[normalize-space(.) = $shown][not(self::a or ancestor::a or self::title)]"
           "[not(ancestor::nav or ancestor::ul or ancestor::ol)]")


# or shows it as the start or the end of a <title> that sets no mark between it and the
# site's name ("ТИМОЧКИ ГЛАСНИК Нови мост преко Тимока биће готов до лета")
SHOWING_PART = (
    "//body//*[not(self::a or ancestor::a or self::title)][not(ancestor::nav or ancestor::ul "
    "or ancestor::ol)][string-length(normalize-space(.)) >= 0.6 * string-length($title)]"
    "[string-length(normalize-space(.)) < string-length($title)][starts-with($title, "
    "normalize-space(.)) or substring($title, string-length($title) - "
    "string-length(normalize-space(.)) + 1) = normalize-space(.)]")


def headline_element(tree: Any) -> Any:
    """The element of the story's headline: the page's first ``<h1>`` of words; on a page with none
    (a hand-made one, its headline set in a bold ``<font>``), the first element outside links
    and lists that shows, whole, the ``<title>`` without the site's name (named by the host
    most of its links lead to), or the ``<title>``'s start before one of its marks ("… 34도 :
    사회일반 : 한겨레"), of three words or more (eight characters in Chinese, Japanese or
    Korean); else the first heading named for the post or set in large type
    (:func:`post_headings`)."""
    heads = [h for h in tree.xpath("//h1")[:MOST] if text_of(h)]  # not a logo's picture
    return heads[0] if heads else title_element(tree)


def title_element(tree: Any) -> Any:
    """The element that shows the ``<title>``'s headline, or the first heading named for the
    post (:func:`headline_element` on a page with no ``<h1>``)."""
    titles = tree.xpath("//title")
    title = text_of(titles[0]) if titles else ""
    shown = strip_site(title, [], links_host([str(h).strip() for h in tree.xpath("//a/@href")]))
    found = []
    for head in [shown, *_title_heads(title)] if _headline_like(shown) else []:
        found = found or tree.xpath(SHOWING, shown=head)
    found = found or (tree.xpath(SHOWING_PART, title=title) if _headline_like(shown) else [])
    if not found:
        return next(iter(_post_heading_elements(tree)), None)
    inside = [f for f in found if f is found[0] or found[0] in f.iterancestors()]
    return inside[-1]  # the innermost of the boxes that hold it alone


CJK_HEADLINE = 8  # characters of a headline in Chinese, Japanese or Korean, at least
# where a <title> sets its sections and its site after the headline: "… 34도 : 사회 : 한겨레",
# "…完工过半_新华网"
TITLE_MARK = re.compile(r"\s+[:|\-–—·•/»]\s+|_")
TITLE_HEADS = 4  # the starts of a <title> tried


def _headline_like(text: str) -> bool:
    """Whether a text is long enough for a headline: :data:`HEADLINE_WORDS` words, or in
    Chinese, Japanese or Korean :data:`CJK_HEADLINE` characters."""
    return len(text.split()) >= HEADLINE_WORDS or (
        bool(CJK.search(text)) and len("".join(text.split())) >= CJK_HEADLINE)


def _title_heads(title: str) -> list[str]:
    """The starts of a ``<title>`` before each of its marks, the longest first, each long
    enough for a headline."""
    heads = [title[:m.start()].strip() for m in TITLE_MARK.finditer(title)][:TITLE_HEADS]
    return [h for h in reversed(heads) if _headline_like(h)]


def page_headlines(tree: Any) -> tuple[list[str], list[str], list[str]]:
    """(the ``<h1>`` marked ``itemprop="headline"``, every ``<h1>`` outside a menu, a list, a
    link, a footer, an aside or a breadcrumb trail, and every ``<h2>`` so placed), as text."""
    marked = [headline_text(h) for h in tree.xpath(MARKED)]
    shown = [[headline_text(h) for h in itertools.islice(tree.iter(level), MOST) if not _aside(h)]
             for level in ("h1", "h2")]
    return [t for t in marked if t], *([t for t in texts if t] for texts in shown)


def _aside(headline: Any) -> bool:
    for element in (headline, *itertools.islice(headline.iterancestors(), LEVELS)):
        marks = f"{element.get('class') or ''} {element.get('id') or ''}"
        if (element is not headline and element.tag in NOT_HEADLINE) or CRUMB.search(marks):
            return True
    return False


def headline_text(headline: Any) -> str:
    """The headline's text on one line, without a last line that signs it (see
    :func:`signed`); a kicker set in an element of its own before it is joined to it by a
    colon, as the page's title writes it ("Bergheim: Geburtsstation schließt …", not
    "Bergheim Geburtsstation schließt …")."""
    lines = lines_of(headline)
    text = " ".join(lines[:-1] if len(lines) > 1 and SIGNED.match(lines[-1]) else lines)
    children = [child for child in headline if isinstance(child.tag, str)]
    if len(children) < 2 or not KICKER_NAME.search(children[0].get("class") or "") or (
            headline.text or "").strip():
        return text
    kicker = " ".join(children[0].text_content().split())
    rest = text[len(kicker):].strip()
    if not kicker or not text.startswith(kicker) or len(kicker.split()) > KICKER_WORDS or \
            len(rest.split()) < 2 or kicker.endswith(SEPARATORS) or rest.startswith(SEPARATORS):
        return text  # "Kicker: Headline" already, by its own mark or a hidden element's
    return f"{kicker}: {rest}"


# a kicker's element in a headline: "topline", "kicker", "overline", "dachzeile"
KICKER_NAME = re.compile(r"topline|kicker|overline|dachzeile|eyebrow|roofline|spitzmarke",
                         re.IGNORECASE)
KICKER_WORDS = 8
SEPARATORS = (":", "：", "|", "-", "–", "—")


def signed(headline: Any) -> str | None:
    """The name a headline's last line signs it with, set apart from it by a line break
    ("米朝首脳直通電話　習氏に挑むトランプ戦術の成否<br>編集委員　中沢克二")."""
    lines = lines_of(headline)
    match = SIGNED.match(lines[-1]) if len(lines) > 1 else None
    return next(name for name in match.groups() if name) if match else None


HOME = re.compile(r"^(?:https?://[^/?#]+)?/?(?:index\.html?)?$")  # "/", "https://site.org/"
NAME_WORDS = 6  # the most words of a site's name


def home_heading(tree: Any) -> str | None:
    """The site's name where a logo sets it as a heading: an ``<h1>`` whose whole text is a
    link to the site's home page (Blogger's "<h1><a href="/">Upper Valley Diary</a></h1>"
    over a post titled in an ``<h3>``)."""
    hrefs: list[str] | None = None
    for heading in itertools.islice(tree.iter("h1"), MOST):
        links = heading.xpath(".//a[@href]")
        text = " ".join(heading.text_content().split())
        if not (len(links) == 1 and " ".join(links[0].text_content().split()) == text
                and 0 < len(text.split()) <= NAME_WORDS):
            continue
        href = links[0].get("href").strip()
        if hrefs is None and not HOME.match(href):
            hrefs = [str(h).strip() for h in tree.xpath("//a/@href")[:LINKS_READ]]
        if HOME.match(href) or _blog_home(href, hrefs or []):
            return text
    return None


def home_logo(tree: Any) -> str | None:
    """The site's name as its logo's picture gives it, where the picture alone links to the
    home page ("<a href="/"><img src="/images/masthead.gif" alt="The Granite State
    Ledger"></a>"), of at most :data:`NAME_WORDS` words; the first such."""
    for link in tree.xpath("//a[@href][img]")[:LINKS_READ]:
        alt = " ".join(" ".join(link.xpath("./img/@alt")[:1]).split())
        alt = LOGO_WORDS.sub("", alt).strip()  # "Go to … homepage", "O'Reilly logo"
        if (HOME.match(link.get("href").strip()) and not link.text_content().strip()
                and 0 < len(alt.split()) <= NAME_WORDS):
            return alt
    return None


LOGO_WORDS = re.compile(r"^(?:(?:go|back|return)\s+to\s+)|\s*\b(?:logo|home\s*page|home)$|"
                        r"^(?:site\s+)?(?:logo|home|start)$", re.IGNORECASE)
LINKS_READ = 2_000
UNDER_HOME = 3  # links to a blog's posts and archives under the address, at least


def _blog_home(href: str, hrefs: list[str]) -> bool:
    """Whether an address is the home of a blog on a site of many ("…typepad.com/marginalia/",
    "…/blog/"): a folder under which at least :data:`UNDER_HOME` of the page's other links
    lead to pages of their own (its posts and archives; not a story's address, which links
    only to its own parts, "#comments")."""
    if not href.endswith("/") or not href.startswith(("http", "/")):
        return False
    under = {h for h in hrefs if h.startswith(href) and h[len(href):].strip("/")
             and not h[len(href):].startswith(("#", "?"))}
    return len(under) >= UNDER_HOME


# a blog's or a site's heading of its post: hAtom's "entry-title", Movable Type's and
# TypePad's "entry-header", Blogger's "post-title"
POST_TITLE = re.compile(r"(?:^|\s)(?:entry|post|article|story)[-_]?(?:title|header|headline)"
                        r"(?:$|\s)", re.IGNORECASE)
# on a page with no <h1> but a logo's, the headline in a large <font> ("<font size="5"><b>…")
# or in an element named for it ("<td class="headline">", "<span class="ArticleTitle">"),
# outside links
BIG_TYPE = ("//font[number(@size) >= 5 or starts-with(normalize-space(@size), '+')]"
            "[not(ancestor::a)] | //*[contains(translate(@class, 'TITLEHADN', 'titlehadn'), "
            "'title') or contains(translate(@class, 'TITLEHADN', 'titlehadn'), 'headline')]"
            "[not(ancestor-or-self::a)]")
HEADLINE_CLASS = re.compile(rf"{POST_TITLE.pattern}|(?:^|\s)headline(?:$|\s)", re.IGNORECASE)


def post_headings(tree: Any) -> list[str]:
    """The words of the headings a blog names for its post (``<h2>`` to ``<h4>``), or on a
    page with no ``<h1>`` its headline set in large type (:data:`BIG_TYPE`), outside menus,
    lists and asides, in page order."""
    return [headline_text(h) for h in _post_heading_elements(tree)]


def _post_heading_elements(tree: Any) -> list[Any]:
    found = [h for h in tree.xpath("//h2 | //h3 | //h4")[:MOST * 4]
             if POST_TITLE.search(h.get("class") or "")]
    if not tree.xpath("//h1[not(.//img)]"):
        found += [h for h in tree.xpath(BIG_TYPE)[:MOST] if len(text_of(h).split()) >=
                  HEADLINE_WORDS and (h.tag == "font" or HEADLINE_CLASS.search(h.get("class")))]
    return [h for h in found if not _aside(h) and headline_text(h)]


LABEL_WORDS = 3  # a kicker's words: "Research news", "VILLAGE NEWS"


def kicker_over(tree: Any) -> str:
    """The label set right over the headline, in the element before it ("Research news"): at
    most :data:`LABEL_WORDS` words, ending no sentence; "" when there is none."""
    head = headline_element(tree)
    before = head.getprevious() if head is not None else None
    while before is not None and (not isinstance(before.tag, str) or not text_of(before)):
        before = before.getprevious()  # a comment, an empty anchor, a picture
    text = text_of(before) if before is not None and before.tag not in NOT_HEADLINE else ""
    return text if 0 < len(text.split()) <= LABEL_WORDS and \
        not text.endswith((".", "!", "?")) else ""
