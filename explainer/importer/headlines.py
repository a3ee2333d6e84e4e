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
from explainer.importer.clean import strip_site
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
    """The element of the story's headline: the page's first ``<h1>``; on a page with none
    (a hand-made one, its headline set in a bold ``<font>``), the first element outside links
    and lists that shows, whole, the ``<title>`` without the site's name (named by the host
    most of its links lead to), of three words or more."""
    heads = tree.xpath("//h1")
    if heads:
        return heads[0]
    titles = tree.xpath("//title")
    title = text_of(titles[0]) if titles else ""
    shown = strip_site(title, [], links_host([str(h).strip() for h in tree.xpath("//a/@href")]))
    if len(shown.split()) < HEADLINE_WORDS:
        return None
    found = tree.xpath(SHOWING, shown=shown) or tree.xpath(SHOWING_PART, title=title)
    if not found:
        return None
    inside = [f for f in found if f is found[0] or found[0] in f.iterancestors()]
    return inside[-1]  # the innermost of the boxes that hold it alone


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
    for heading in itertools.islice(tree.iter("h1"), MOST):
        links = heading.xpath(".//a[@href]")
        text = " ".join(heading.text_content().split())
        if (len(links) == 1 and HOME.match(links[0].get("href").strip())
                and " ".join(links[0].text_content().split()) == text
                and 0 < len(text.split()) <= NAME_WORDS):
            return text
    return None


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
