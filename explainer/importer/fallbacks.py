"""What a page shows without marking it up as metadata, read only when metadata is missing.

- a byline in an ``<address>`` element, in a ``credit`` next to the headline, or after a
  label ("Auteur :", "Por", "责任编辑：");
- the line under a blog's post that says who posted it ("Posted by … at 3:45 PM");
- an agency credit closing the article ("... (AFP)", "(FR mit dpa)"), or the writer's name
  signing it, alone in bold and flush right in the last paragraph;
- a name set beside the date under the headline, or linked to its author's page;
- the short lines between the <h1> and the first paragraph of the text, where
  :mod:`explainer.importer.headerdates` reads the dates a page shows.

Everything inside lists, asides, navigation, footers, links and figures is left out: that is
where other articles' teasers and photo credits live.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from explainer.importer.bylinelabels import (
    COLON_ONLY,
    OUR_CORRESPONDENT,
    OUTRIGHT,
    PREPOSITIONS,
    WITH_CORRESPONDENT,
    either,
)
from explainer.importer.cjkbylines import (
    CHINESE_REPORTERS,
    CJK_WRITER,
    KOREAN_LINE,
    LEAD_REPORTERS,
)
from explainer.importer.headlines import headline_element
from explainer.importer.namewords import COUNTRIES
from explainer.importer.postlines import posted_by
from explainer.importer.showndates import day_order, shown_date
from explainer.importer.textlines import LIMIT, located_lines, short_text, text_of

OUTSIDE_ARTICLE = ("ancestor::li or ancestor::aside or ancestor::nav or ancestor::footer or "
                   "ancestor::a or ancestor::figure or ancestor::figcaption or "
                   "ancestor::script or ancestor::style")
IN_LISTS_TOO = OUTSIDE_ARTICLE.replace("ancestor::li or ", "")  # a list of the story's facts
INSIDE_OR_OUTSIDE = OUTSIDE_ARTICLE.replace("ancestor::", "ancestor-or-self::")  # a <li> too
# (Italian's "di" only before two capitalised words: it also opens a surname, "Di Maio
# resigns")
BY_LABELS = tuple(word for word in PREPOSITIONS if word != "di")
NAMES_FOLLOW = frozenset({"di"})  # alone in its element, a label whose line is read whole
BAR = re.compile(r"[|·•]")  # what sets a byline apart from the date before it on its line
AFTER_BAR = re.compile(r"[|·•]\s*(by|par|por|von)\s*:?$", re.IGNORECASE)  # "… pm| by "
AUTHOR_LABELS = (either((*OUTRIGHT, *BY_LABELS, "texto"))
                 + r"|di(?=(?-i:\s+[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ]))")
# ("Haber:", news, only before a colon and nowhere else: "Haber Merkezi" is a desk)
COLON_LABELS = f"{either(COLON_ONLY)}|haber"
LABELLED = re.compile(rf"^(?:(?:{AUTHOR_LABELS})\s*:?\s+{OUR_CORRESPONDENT}|"
                      rf"(?:{COLON_LABELS})\s*[:：]\s*|{WITH_CORRESPONDENT}"
                      r"|この記事を書いた人\s*[:：]?\s*)"
                      r"(\S.{0,50})$", re.IGNORECASE)
LABEL_START = re.compile(rf"(?:(?:{AUTHOR_LABELS})(?!\w)|{COLON_LABELS}|この記事を書いた人|"
                         rf"{WITH_CORRESPONDENT})",
                         re.IGNORECASE)  # where a line that opens with a label can begin
# In a list only a label that names the author outright counts ("Autorin/Autor Roman
# Goncharenko" among a story's facts, "Von: Jane Roe"), not "By" or "Von" running into the
# name, which other stories' teasers show.
LISTED = re.compile(rf"^(?:(?:{either(OUTRIGHT)})\s*:?\s+|(?:{either(BY_LABELS)})\s*:\s+"
                    rf"|(?:{COLON_LABELS})\s*[:：]\s*)"
                    r"([^\s:：].{0,50})$",
                    re.IGNORECASE)
FIRST_PART = re.compile(r";|\s[|/]\s")  # where a byline's line goes on to other things
LABELLED_LINE = 60  # a labelled byline: longer is a sentence ("von Montag, den 1. Mai bis …")
INLINE = frozenset({"b", "strong", "em", "i", "span", "small"})
CREDIT_LINE = 40  # a credit or a date without its year is no longer
BLOCK = 2_000  # the characters of a block read first for a labelled line in it
SIGNED_LINE = 200  # a paragraph that may sign the story: a name, read no further
DATE_TAIL = re.compile(r"\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}.*$")
CREDIT = re.compile(r"\((\w{1,6}(?:\s*(?:/|,|mit|with|und|and|avec|con)\s*\w{1,6}){0,2})\)\s*$")
AGENCY_CODE = re.compile(r"\b[A-Z]{2,6}\b")
END_MARK = re.compile(r"\s*\((?:END|ENDS|ENDE|FIN)\)\s*$")  # closes a wire story
YEARLESS = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日|\b(\d{1,2})\.(\d{1,2})\.(?!\d)")
STAMP = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/]?(\d{2})[-/]?(\d{2})(?!\d)")


def labelled_authors(tree: Any, elsewhere: Callable[[Any, str], bool]) -> list[str]:
    """Bylines shown by HTML semantics or a label, in order of trust; ``elsewhere`` tells a
    labelled line that signs another story (its element and the name)."""
    return [*_addresses(tree), *_header_credits(tree), *_labelled_lines(tree, elsewhere),
            *posted_by(tree), *_dated_name(tree), *korean_reporter(tree), *cjk_writer(tree),
            *_line_under_headline(tree, CHINESE_REPORTERS), *_lead_reporters(tree),
            *_sign_off(tree), *_byline_region(tree)]


def _addresses(tree: Any) -> list[str]:
    """``<address>`` holds the author's contact: its first line, without a trailing date."""
    found = []
    for element in tree.xpath(f"//address[not({OUTSIDE_ARTICLE})]"):
        first = (element.text or "").strip() or " ".join(element.xpath("./*[1]//text()")).strip()
        text = DATE_TAIL.sub("", " ".join(first.split()))
        if 2 < len(text) <= 60:
            found.append(text)
    return found


def _header_credits(tree: Any) -> list[str]:
    """A ``credit`` in the header that holds the headline (not a photo credit)."""
    found = []
    for element in tree.xpath(
            "//header[.//h1]//*[contains(translate(@class, 'CREDIT', 'credit'), 'credit')]"
            f"[not({OUTSIDE_ARTICLE})][not(.//img)]"):
        text = short_text(element, CREDIT_LINE)
        if text and len(text) > 2:
            found.append(text)
    return found


def _labelled_lines(tree: Any, elsewhere: Callable[[Any, str], bool]) -> list[str]:
    """A short line that starts with an author label, the name not in lower case (so "Por
    favor" and "by clicking" are not bylines)."""
    found = []
    skip = "self::script or self::style or " + OUTSIDE_ARTICLE.replace(
        "ancestor::a or ", "ancestor-or-self::a or ").replace("ancestor::li or ", "")
    blocks: dict[Any, tuple[list[str], dict[Any, int], bool]] = {}  # each block read once
    for node in tree.xpath("//body/descendant::text()[normalize-space()]"):
        text = " ".join(str(node).split())
        apart = AFTER_BAR.search(text)  # "March 4th, 2025 12:30 pm| by <a>Ben Hamilton</a>"
        text = text[apart.start(1):] if apart else text
        if not LABEL_START.match(text) and text.casefold() not in NAMES_FOLLOW:
            if "：" in text or ":" in text:
                found.extend(_inline_cjk_label(text, node))
            continue
        owner, tail = node.getparent(), node.is_tail
        parent = owner.getparent() if tail else owner  # text after a <br>, a link, a comment
        if parent is None or parent.xpath(skip):
            continue
        outer = parent
        while outer.tag in INLINE and outer.getparent() is not None:  # <span><b>By</b></span>
            outer = outer.getparent()
        line = _line_of(blocks, outer, (owner, tail)) or text
        line = BAR.split(line)[-1].strip() if apart else line
        first = FIRST_PART.split(line)[0].strip()  # "Moderuje: Lenka Kabrhelová; host: …"
        # (a guest), "By Jane Roe and John Doe / Staff reporter, with staff writer"
        for candidate in (text, line, first):  # "<b>Por</b> Name": the label in its own one
            match = _labelled(candidate, parent)
            if match and len(candidate) <= LABELLED_LINE and not match.group(1)[0].islower():
                if not elsewhere(outer, match.group(1)):  # another story's byline
                    found.append(match.group(1))
                break
    return found


def _line_of(blocks: dict[Any, tuple[list[str], dict[Any, int], bool]], block: Any,
             piece: tuple[Any, bool]) -> str | None:
    """The line of ``block`` that holds a piece of text (its owner, and whether it is the
    owner's tail). A block is read to :data:`BLOCK` characters first, and on to the end
    only once, when a piece is past them: a paragraph of 50,000 labels is read twice."""
    if block not in blocks:
        blocks[block] = (*located_lines(block, BLOCK)[:2], False)
    if piece not in blocks[block][1] and not blocks[block][2]:
        blocks[block] = (*located_lines(block, LIMIT)[:2], True)
    lines, where, _ = blocks[block]
    return lines[where[piece]] if piece in where else None


# "2024-04-03 10:15　来源：滨江日报　作者：王明": a Chinese label inside a line of the
# story's facts, after a space, its name closing the line or followed by a space
INLINE_CJK = re.compile(r"(?:^|\s)(?:作者|记者|記者)\s*[:：]\s*(?P<name>[\u3400-\u9fff·]{2,8})"
                        r"(?=\s|$)")


def _inline_cjk_label(text: str, node: Any) -> list[str]:
    """The name after a Chinese author label inside a short line (:data:`INLINE_CJK`), not
    in a menu, an aside or a link."""
    owner = node.getparent()
    if len(text) > CJK_LINE or (found := INLINE_CJK.search(text)) is None or owner is None \
            or owner.xpath(f"ancestor-or-self::a or {IN_LISTS_TOO}"):
        return []
    return [found.group("name")]


CJK_LINE = 80


def korean_reporter(tree: Any) -> list[str]:
    """A Korean byline on a line of its own under the headline, in a list of the story's
    facts too ("김민수 기자"): the name, without the word for reporter."""
    return _line_under_headline(tree, KOREAN_LINE)


def _line_under_headline(tree: Any, line: re.Pattern[str]) -> list[str]:
    """The name (the pattern's group "name") of the first short line under the headline, in
    a list of the story's facts too, that the pattern matches whole."""
    heads = tree.xpath("//h1")
    following = heads[0].xpath(f"following::*[not({IN_LISTS_TOO})]") if heads else []
    for element in following[:HEADER_LINES]:
        if (text := short_text(element, CREDIT_LINE)) and (found := line.match(text)) \
                and not _beside_teaser(element):
            return [found.group("name")]
    return []


def _beside_teaser(element: Any) -> bool:
    """Whether a line stands in a list's item beside a link of its own: another story's
    teaser in a list of the most read ("<li><a>…</a><span>文： 佐藤美咲</span></li>")."""
    item = next(element.iterancestors("li"), None)
    return item is not None and any(
        element not in link.iterancestors() and link not in element.iterancestors()
        for link in item.iter("a"))


LEAD_READ = 3  # paragraphs after the headline where the lead's reporters are looked for


def _lead_reporters(tree: Any) -> list[str]:
    """The reporters a Chinese story's lead names (:data:`LEAD_REPORTERS`), in one of the
    first paragraphs after the headline (the ``<h1>``, or the element that shows the
    headline on a page without one: Xinhua's ``span.title``)."""
    head = headline_element(tree)
    for p in head.xpath(f"following::p[not({OUTSIDE_ARTICLE})]")[:LEAD_READ] if head is not None \
            else []:
        if found := LEAD_REPORTERS.match(" ".join(text_of(p, CREDIT_LINE).split())):
            return [found["name"] or found["reported"] or found["filed"]]
    return []


def cjk_writer(tree: Any) -> list[str]:
    """A Japanese or Chinese story's writer on a line of its own under the headline, after
    the word for text (:data:`CJK_WRITER`)."""
    return _line_under_headline(tree, CJK_WRITER)


def _labelled(line: str, parent: Any) -> re.Match[str] | None:
    """A line that opens with an author label; in a list, only with one that names the author
    outright (see :data:`LISTED`), or in a list's only item, which links nowhere, under the
    headline with no paragraph between (Taipei Times's "<ul><li>By Lin Chia-nan / Staff
    reporter</li></ul>"): no teaser among others."""
    if (match := LISTED.match(line)) is not None:
        return match
    match = LABELLED.match(line)
    return None if match is None or parent.xpath(LISTED_ELSEWHERE) else match


_UNDER_HEADLINE = "preceding-sibling::*[self::h1 or self::p][1][self::h1]"
LISTED_ELSEWHERE = ("ancestor-or-self::li[preceding-sibling::* or following-sibling::* or .//a"
                    f" or not(../{_UNDER_HEADLINE} or ../../{_UNDER_HEADLINE})]")


def closing_credit(paragraphs: list[str]) -> str | None:
    """An agency credit in parentheses ending one of the last three paragraphs, with an
    agency code in capitals: "(AFP)", "(FR mit dpa)"; not "(Photo)" or "(Reuters)", nor a
    wire story's end mark ("(END)")."""
    for paragraph in paragraphs[-3:]:
        match = CREDIT.search(END_MARK.sub("", paragraph))  # "(Yonhap) (END)"
        if match and AGENCY_CODE.search(match.group(1)):
            return match.group(1)
    return None


HEADER_LINES = 40  # how many short lines after the <h1> are read
LINE = 80  # a longer text is the story (or a teaser), not a dateline
STANDFIRST_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def header_lines(tree: Any) -> Any:
    """The elements after the headline (:func:`headline_element`), up to the first block
    longer than a line (but for a standfirst set as a heading) or the
    :data:`HEADER_LINES`-th element."""
    head = headline_element(tree)
    following = head.xpath(f"following::*[not({INSIDE_OR_OUTSIDE})]") if head is not None else []
    for count, element in enumerate(following):
        long = short_text(element, LINE) is None
        if long and element.tag in STANDFIRST_TAGS:
            continue  # a standfirst set as a heading: the story has not begun
        if count >= HEADER_LINES or (long and (element.tag == "p" or not len(element))):
            return  # a paragraph of the story, whatever its tag
        yield element


# an author's page: "/authors/jane-roe", or a profile named by "@" ("/@janeroe", as
# Substack and Medium address their writers)
AUTHOR_PAGE = re.compile(r"/(?:authors?|autor(?:en)?|auteurs?|profiles?|people|staff|"
                         r"contributors?|journalists?|columnists?|kolumnist(?:en)?|"
                         r"chroniqueurs?|columnistas?)/|/@[\w.-]+/?(?:$|[?#])", re.IGNORECASE)
NAME_APART = re.compile(r"^(.*?)\s*[|·•/–—]?\s*$")  # "Sehernur Karsu |"
NAME_WORDS = (2, 4)
# a label's words, set beside the date as a name would be ("Breaking News", "Live")
LABEL_WORDS = frozenset({"news", "live", "breaking", "latest", "update", "updates", "updated",
                         "exclusive", "opinion", "analysis", "video", "watch", "listen",
                         "sponsored", "advertisement", "breaking news", "nachrichten",
                         "eilmeldung", "aktuell", "direct", "directo", "diretta"})
DATE_ONLY = re.compile(r"^[\d\s./-]{6,10}$|^\w+\.? \d{1,2}, \d{4}$|^\d{1,2}\.? \w+\.? \d{4}$")
NAME_LINE = INLINE | {"a", "time", "br"}  # what a line holding a name and a date may hold


# A wire's line closing the story: "Reporting by Lucy Marks in Sydney; Editing by Sam Holmes"
SIGN_OFF = re.compile(r"^reporting by (?P<names>[^;()]{3,80}?)\s*(?:;.*)?$", re.IGNORECASE)
# where each reporter was ("… Anthony Deutsch in The Hague and …"), no dateline of the story's
SIGN_OFF_PLACE = re.compile(r"\s+in\s+[^,;]+?(?=,|\s+and\s+|$)")


def _sign_off(tree: Any) -> list[str]:
    """The reporters a wire's sign-off line names, in its own paragraph after the text,
    without where each was."""
    for element in tree.xpath("//p[starts-with(translate(normalize-space(), 'REPORTINGBY', "
                              f"'reportingby'), 'reporting by')][not({OUTSIDE_ARTICLE})]"):
        if (line := short_text(element, SIGNED_LINE)) and (found := SIGN_OFF.match(line)):
            return [SIGN_OFF_PLACE.sub("", found.group("names"))]
    return []


def _byline_region(tree: Any) -> list[str]:
    """The writers a region named for the byline lists after the label hidden for screen
    readers that its first item opens with ("Author, ", "نویسنده, "), as the BBC's services
    set it: ``<section aria-labelledby="article-byline"><ul><li><span>Author, </span><span>
    Name</span>``, each writer's item after the role of the one before."""
    for box in tree.xpath("//*[contains(@aria-labelledby, 'byline')]//ul[li[1][span]]")[:1]:
        items = [[" ".join(s.text_content().split()) for s in li.xpath(".//span[not(span)]")]
                 for li in box.xpath("./li")[:REGION_ITEMS]]
        label = items[0][0] if items and items[0] else ""
        names = [spans[1] for spans in items if len(spans) >= 2 and spans[0] == label
                 and len(spans[1]) <= CREDIT_LINE]
        if label.endswith((",", "،")) and names:  # (a Persian or an Arabic comma too)
            return [", ".join(names)]
    return []


REGION_ITEMS = 12  # of a byline region's list: a few writers and their roles


def _dated_name(tree: Any) -> list[str]:
    """A byline under the headline marked as none: a name set alone beside the date
    (``<span>Jane Roe |</span><span>05.04.2025</span>``, "Jane Roe · 3 March 2024" in one
    element), or names that link to their authors' pages ("/authors/jane-roe",
    "/columnists/graham-holt") in a short box of their own (a line, a columnist's card). A
    name is two to four capitalised words of letters."""
    for element in header_lines(tree):
        if not (text := short_text(element, CREDIT_LINE + LINE)):
            continue
        links = [a for a in element.xpath(".//a") if not _dating(a)]
        authors = [text_of(a) for a in links
                   if AUTHOR_PAGE.search(a.get("href") or "") and plain_name(text_of(a))]
        if authors and len(authors) == len(links):  # (a columnist's card: picture, name, job)
            return [", ".join(authors)]
        if any(child.tag not in NAME_LINE for child in element) or PLACE_BOX.search(
                f"{element.get('class', '')} {element.get('id', '')}"):
            continue  # (a box named for the place: "<span class="lugar">Donostia</span>")
        pieces = re.split(r"\s+[|·•–—]\s*", text, maxsplit=1)
        name, rest = NAME_APART.match(pieces[0]).group(1), "".join(pieces[1:])
        after = _next_sibling(element)
        beside = short_text(after, LINE) if after is not None else None
        labelled = (element.tail or "").lstrip().startswith((":", "：")) or \
            element.tag == "dt"  # "Status : …", a list's term ("<dt>Funeral Service</dt>")
        if not links and not labelled and plain_name(name) and \
                shown_date(rest or beside or "", day_order(tree)) is not None:
            return [name]
    return []


PLACE_BOX = re.compile(r"(?:^|[\s_-])(?:place|location|lugar|local|lieu|luogo|ort|dateline|"
                       r"city|ciudad|cidade|ville)(?:$|[\s_-])", re.IGNORECASE)


def _dating(link: Any) -> bool:
    """A link that dates the story: its permalink (``rel="bookmark"``) or a date alone."""
    return "bookmark" in (link.get("rel") or "").split() or bool(DATE_ONLY.match(text_of(link)))


def _next_sibling(element: Any) -> Any:
    after = element.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    return after


def plain_name(text: str) -> bool:
    """Two to four words, each a capital and letters ("Sehernur Karsu", "Jean-Luc O'Neil"),
    besides the particles inside a surname ("Lindiwe van der Merwe"); not a place's name of
    two words or more ("New Delhi" beside the date: where the story was filed)."""
    words = text.split()
    if " ".join(words).casefold() in COUNTRIES:
        return False
    named = [w for i, w in enumerate(words)
             if not (0 < i < len(words) - 1 and w in PARTICLES)]
    return NAME_WORDS[0] <= len(named) <= NAME_WORDS[1] and not any(
        w.casefold() in LABEL_WORDS for w in words) and all(
        w[:1].isupper() and w.replace("-", "").replace("'", "").replace("’", "")
        .replace(".", "").isalpha() for w in named)


# the small words inside a surname, in lower case ("van der Merwe", "von Arnim", "bin Salleh");
# not the Romance ones, which places hold too ("Ciudad de México" beside a writer's name)
PARTICLES = frozenset({"van", "von", "vom", "zu", "der", "den", "ter", "ten", "bin", "binti",
                       "al"})
