"""Which picture leads a web page, and what the page says about it.

The page names its lead picture in its Open Graph or Twitter tags, in its JSON-LD ``image``,
or shows it as the first figure of the article. The alt text comes from the ``<img>`` that
shows that picture on the page (or ``og:image:alt``, which Open Graph defines as alt text);
the caption from its ``<figcaption>`` or the JSON-LD caption; the credit from an element the
page marks as a credit or copyright, or the JSON-LD ``creditText`` / ``copyrightHolder``.
Nothing is guessed: what the page does not say stays empty.
"""

from __future__ import annotations

import itertools
import posixpath
import re
from dataclasses import dataclass, replace
from typing import Any

from explainer.importer.addresses import (
    FILE_LABEL,
    FILE_NAME,
    picture_path,
    same_id,
    same_picture,
)
from explainer.importer.captions import (
    caption_and_credit,
    credit_label,
    opening_sentences,
    without_agency_dateline,
)
from explainer.importer.picboxes import caption_lines, picture_boxes
from explainer.importer.textlines import text_of

SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):")
CREDIT_XPATH = (".//*[@itemprop='copyrightHolder' or @itemprop='creditText' or "
                "@itemprop='author' or (@class and (contains(translate(@class, 'CREDIT', "
                "'credit'), 'credit') or contains(translate(@class, 'COPYRIGHT', 'copyright'), "
                "'copyright') or contains(translate(@class, 'PHOTOGRAPHER', 'photographer'), "
                "'photographer') or contains(translate(@class, 'OWNER', 'owner'), 'owner') or "
                "contains(translate(@class, 'SOURCE', 'source'), '_source') or "
                "contains(translate(@class, 'SOURCE', 'source'), '-source') or "
                "contains(concat(' ', normalize-space(@class), ' '), ' author ') or "
                "contains(translate(@class, 'LICENSE', 'license'), 'license') or "
                "contains(translate(@class, 'ATTRIBUTION', 'attribution'), 'attribution'))) or "
                "self::cite or (((self::footer and not(.//p or .//div)) or starts-with("
                "normalize-space(.), '©') or starts-with(translate(normalize-space(.), "
                "'CREDITIMAGPHO', 'creditimagpho'), 'credit:') or starts-with(translate("
                "normalize-space(.), 'CREDITIMAGPHO', 'creditimagpho'), 'image credit:') or "
                "starts-with(translate(normalize-space(.), 'CREDITIMAGPHO', 'creditimagpho'), "
                "'photo credit:')) and "
                "string-length(normalize-space(.)) <= 80 and not(self::figcaption) and "
                "not(*[starts-with(normalize-space(.), '©')]))]")  # the notice's own element
FIGURES_XPATH = ("//article/descendant::figure[.//img] | "
                 "//main/descendant::figure[.//img]")
OUTSIDE_FIGURES_XPATH = "//figure[.//img][not(ancestor::article or ancestor::main)]"
BOXED_XPATH = ("//article/descendant::img[not(ancestor::figure)] | "
               "//main/descendant::img[not(ancestor::figure)]")
OUTSIDE_BOXED_XPATH = "//img[not(ancestor::figure or ancestor::article or ancestor::main)]"
# a page with no <article> and no <main> (older sites): its figures are read everywhere, but
# only to give words to the picture its metadata names, never to be the lead themselves
PAGE_FIGURES_XPATH = "//figure[.//img]"
PAGE_BOXED_XPATH = "//img[not(ancestor::figure)]"
IN_ARTICLE = "ancestor::article or ancestor::main"
_CAPTIONED = ("[contains(translate(@class, 'CAPTION', 'caption'), 'caption') or "
              "contains(translate(@class, 'LEGEND', 'legend'), 'legend') or "
              "contains(translate(@class, 'BILDUNTERSCHRIFT', 'bildunterschrift'), "
              "'bildunterschrift')]")
CAPTION_XPATH = f"./*{_CAPTIONED} | .//figcaption"
# a figure's caption in an element so classed, not a <figcaption> (latimes.com's
# "div.figure-caption"), or just after the figure (abcnews.go.com's "div.Caption__Wrapper";
# a <figcaption> set after its <figure>)
INNER_CAPTION_XPATH = f".//*{_CAPTIONED}"
NEXT_CAPTION_XPATH = (f"following-sibling::*[1][self::figcaption or self::*{_CAPTIONED}] | "
                      "parent::*[count(*) = 1]/following-sibling::*[1][self::figcaption or "
                      f"self::*{_CAPTIONED}]")  # or after the box that holds only the figure
BOX_WORDS = 80  # a box of more words is the article or a section of it, not a picture's
BOX_LEVELS = 3
MAX_FIGURES = 50  # figures read from one page
MAX_BARE = 100  # pictures read as they stand
MAX_SOURCES = 12  # addresses read from one <img> and its <picture>
MAX_NAMED = 12  # pictures the metadata names that are looked at
LINKED = "ancestor::a/@href"  # a picture in a link: to another page, unless to itself or a file
PICTURE_LINK = re.compile(r"^\s*#|\.(?:png|jpe?g|gif|webp|avif)(?:[?#]|\s*$)", re.IGNORECASE)


@dataclass(frozen=True)
class Picture:
    """A picture the page names: where it is (as the page writes it) and its words."""

    src: str
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None
    in_article: bool = True  # shown in the page's <article> or <main>: it may lead the page
    also: tuple[str, ...] = ()  # the other addresses its <img> offers (srcset, <source>)
    rank: int = 0  # its place among the pictures one statement names (JSON-LD's list)
    linked: bool = False  # inside a link to another page: another story's teaser

    def shows(self, ref: str) -> bool:
        """Whether this picture is the one ``ref`` names, at any of its addresses."""
        return any(same_picture(src, ref) for src in (self.src, *self.also))

    def may_show(self, ref: str) -> bool:
        """Whether this picture may be a rendition of the one ``ref`` names (:func:`same_id`)."""
        return self.shows(ref) or any(same_id(src, ref) for src in (self.src, *self.also))


@dataclass(frozen=True)
class LeadPicture:
    """The lead picture: the addresses it can be had from, in order, and its words."""

    refs: tuple[str, ...]
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None


def _words(value: Any) -> str | None:
    text = " ".join(value.split()) if isinstance(value, str) else ""
    return text or None


def _holder(value: Any) -> str | None:
    """A JSON-LD credit: text, or a Person or Organization with a name (or a list)."""
    if isinstance(value, list):
        return next((name for item in value if (name := _holder(item))), None)
    if isinstance(value, dict):
        return _words(value.get("name"))
    return _words(value)


def json_ld_pictures(value: Any) -> list[Picture]:
    """The pictures of a JSON-LD ``image``: an address, an ImageObject or a list of them."""
    if isinstance(value, str):
        return [Picture(value)] if _words(value) else []
    if isinstance(value, list):
        return [p for item in value[:10] for p in json_ld_pictures(item)]
    if not isinstance(value, dict):
        return []
    src = value.get("url") or value.get("contentUrl")
    if not isinstance(src, str) or not src.strip():
        return []
    credit = _holder(value.get("creditText")) or _holder(value.get("copyrightHolder"))
    return [Picture(src.strip(), None, _words(value.get("caption")), credit)]


def figures(tree: Any) -> list[Picture]:
    """The pictures the article shows in figures, in order, with their alt text, caption and
    credit (a credit inside the caption is taken out of it); then the pictures it shows in a
    small box of their own beside an element classed as their caption (``em.image-caption``:
    :func:`boxed`), or with their caption in plain paragraphs (:func:`plain_boxed`)."""
    scoped = bool(tree.xpath("//article | //main"))
    found = _figures(tree.xpath(FIGURES_XPATH if scoped else PAGE_FIGURES_XPATH), scoped)
    found += boxed(tree, scoped) + plain_boxed(tree)
    if scoped:  # the page's other pictures (a header's above the article): words only
        found += _figures(tree.xpath(OUTSIDE_FIGURES_XPATH), False) + boxed(tree, outside=True)
    return found + bare(tree)


def _figures(elements: list[Any], in_article: bool) -> list[Picture]:
    found = []
    for figure in elements[:MAX_FIGURES]:
        img = figure.xpath(".//img")[0]
        if not (src := _source(img)):
            continue
        captions = figure.xpath(".//figcaption") or figure.xpath(INNER_CAPTION_XPATH)
        after = [] if captions else figure.xpath(NEXT_CAPTION_XPATH)
        if after and (after[0].tag == "figcaption"  # made for it, whatever its length
                      or len(after[0].text_content().split()) <= BOX_WORDS):
            picture = _picture(src, img, after[0], after)  # its credit is there too
        else:
            picture = _picture(src, img, figure, captions)
        found.append(replace(picture, in_article=in_article))
    return found


def bare(tree: Any) -> list[Picture]:
    """The page's first pictures as they stand, with their alt text, and as caption a title
    that gives one and its credit ("Andrew Robertson | AFP/Paul Ellis"): words for a picture
    the metadata names that no figure or captioned box shows (a page's header picture)."""
    found = []
    for img in tree.xpath("//img")[:MAX_BARE]:
        if src := _source(img):
            title = " ".join((img.get("title") or "").split())
            found.append(replace(_picture(src, img, img, []), in_article=False,
                                 caption=title if "|" in title else None))
    return found


def boxed(tree: Any, scoped: bool = True, outside: bool = False) -> list[Picture]:
    """The article's pictures outside figures whose box (their parent, or one of the two
    elements around it, of at most ``BOX_WORDS`` words) holds an element classed as a caption;
    the page's, when it has no article or main (``scoped`` false); with ``outside``, those
    outside the article and main, which only give their words."""
    found = []
    xpath = OUTSIDE_BOXED_XPATH if outside else BOXED_XPATH if scoped else PAGE_BOXED_XPATH
    for img in tree.xpath(xpath)[:MAX_FIGURES]:
        box, src = img.getparent(), _source(img)
        for _ in range(BOX_LEVELS if src else 0):
            if box is None or len(box.text_content().split()) > BOX_WORDS:
                break
            if captions := box.xpath(CAPTION_XPATH):
                picture = _picture(src, img, box, captions)
                found.append(replace(picture, in_article=scoped and not outside))
                break
            box = box.getparent()
    return found


def plain_boxed(tree: Any) -> list[Picture]:
    """The page's pictures in boxes of their own that caption them in plain paragraphs
    (:mod:`picboxes`), with the credit such a paragraph gives with a label ("Image: Jane Roe")
    when the box marks none."""
    found = []
    for box in picture_boxes(tree)[:MAX_FIGURES]:
        img = box.xpath(".//img")[0]
        if src := _source(img):
            captions, credits = caption_lines(box)
            picture = _picture(src, img, box, captions[:1])
            whole = " ".join(text_of(c) for c in captions)  # every paragraph of the caption
            if picture.credit:
                whole = whole.replace(picture.credit, " ")
            credits = [c for c in credits if not credit_label(c)]
            found.append(replace(picture, caption=_words(whole) if picture.caption else None,
                                 credit=picture.credit or next(iter(credits), None),
                                 in_article=bool(box.xpath(IN_ARTICLE))))
    return found


def _source(img: Any) -> str:
    """An <img>'s address: its src, data-src, or the first of its srcset."""
    src = (img.get("src") or img.get("data-src") or "").strip()
    if src and not src.startswith("data:"):
        return src
    sources = (img.get("srcset") or img.get("data-srcset") or "").strip().split(",")[0].split()
    return sources[0] if sources else src


def _addresses(img: Any) -> tuple[str, ...]:
    """Every address an <img> offers: its src, data-src, each of its srcset's, and those of
    the <source> elements beside it in a <picture>."""
    sets = [img.get(k) or "" for k in ("srcset", "data-srcset")]
    picture = next((a for a in itertools.islice(img.iterancestors(), 2) if a.tag == "picture"),
                   None)  # (an HTML parser may set the <img> inside a <source>)
    if picture is not None:
        sets += [s.get("srcset") or s.get("data-srcset") or "" for s in picture.iter("source")]
    found = [img.get("src") or "", img.get("data-src") or ""]
    found += [entry.split()[0] for srcset in sets for entry in srcset.split(",") if entry.split()]
    return tuple(dict.fromkeys(a.strip() for a in found
                               if a.strip() and not a.strip().startswith("data:")))[:MAX_SOURCES]


def _picture(src: str, img: Any, box: Any, captions: list[Any]) -> Picture:
    """A picture with its box's caption and credit; a credit's label alone ("Copyright") is
    no credit, and the caption loses both and the separator left before them."""
    said = [text_of(e) for e in box.xpath(CREDIT_XPATH) if text_of(e)]
    caption = text_of(captions[0]) if captions else ""
    if captions and not said and (last := _closing_credit(captions[0], caption)):
        said = [last]  # "…unterstützen.<span>Getty Images</span>": its own element
    for credit in said:  # its last mention: the caption may name it before ("(AP Photo/…)")
        head, found, tail = caption.rpartition(credit)
        caption = " ".join(f"{head} {tail}".split()) if found else caption
    credits = [c for c in said if not credit_label(c)]
    caption = DANGLING_LABEL.sub("", caption) if said else caption  # "… | Bild:" left
    if credits and caption.lstrip().startswith("/"):  # "<span class=credit>Photo by ipopba
        credits[0] = f"{credits[0]} / {caption.strip(' /')}"  # </span> /<span>Getty Images…"
        caption = ""  # the credit goes on after a slash: its distributor
    alt = _words(img.get("alt"))
    if alt and _video_poster(img) and alt != _words(caption):
        alt = None  # a video's title, unless the page captions the picture so
    return Picture(src, alt, caption.rstrip(" -–—|:/") or None,
                   credits[0] if credits else None, also=_addresses(img),
                   linked=any(not PICTURE_LINK.search(href) for href in img.xpath(LINKED)))


VIDEO_BOX = re.compile(r"(?:^|\s)(?:video|[\w-]*video[_-]?player[\w-]*)(?:$|\s)",
                       re.IGNORECASE)  # "m video-player"; not "c-article-image-video"
VIDEO_LINK = re.compile(r"(?://|\.)video\.|/videos?/", re.IGNORECASE)


def _video_poster(img: Any) -> bool:
    """Whether the picture stands for a video (in a video player's box, or a link to a
    video): its alt text is the video's title ("Fox News Flash top entertainment headlines
    for Nov. 19"), which does not describe the picture."""
    for ancestor in itertools.islice(img.iterancestors(), VIDEO_LEVELS):
        if VIDEO_BOX.search(ancestor.get("class") or "") or (
                ancestor.tag == "a" and VIDEO_LINK.search(ancestor.get("href") or "")):
            return True
    return False


VIDEO_LEVELS = 3
CREDIT_WORDS = 8
DANGLING_LABEL = re.compile(r"(?:\s*[|–—-]\s*(?:foto|photo|bild|image|picture|quelle|source|"
                            r"credit)s?\s*:?|\s+(?:foto|photo|bild|quelle|source|credit)s?\s*:)"
                            r"\s*$", re.IGNORECASE)
LABELLED_CREDIT = re.compile(r"^(?:foto|photo|bild|image|picture|quelle|source|credit)s?\s*:|^©",
                             re.IGNORECASE)


def _closing_credit(caption: Any, text: str) -> str | None:
    """The credit a caption sets in an element of its own after its words: a few words with
    a credit's label ("Foto: Editpress/Fabrizio Pizzolante"), or a name or agency with no
    figure and no sentence's end, after the caption's last sentence ("… unterstützen.",
    "Getty Images") or with a slash ("Unsplash/Kelly Sikkema"); not a caption's last word
    ("… the sea wall in <span>Hull</span>")."""
    children = [c for c in caption if isinstance(c.tag, str)]
    if not children or (children[-1].tail or "").strip():
        return None
    last = text_of(children[-1])
    before = text[:len(text) - len(last)].strip() if last and text.endswith(last) else ""
    if not before or not 0 < len(last.split()) <= CREDIT_WORDS:
        return None
    if LABELLED_CREDIT.match(last):
        return last
    named = all(w[:1].isupper() or "/" in w for w in last.split())
    apart = before.endswith((".", "!", "?", "|", "–", "—", ":", ")")) or "/" in last
    return last if named and apart and not re.search(r"\d|[.!?:]$", last) else None


def usable(ref: str) -> bool:
    """An address a picture can be had from: http(s), or a path (relative to the page)."""
    found = SCHEME.match(ref)
    return bool(ref.strip()) and (found is None or found.group(1).lower() in ("http", "https"))


def choose(named: list[Picture], shown: list[Picture]) -> tuple[LeadPicture | None, list[str]]:
    """The lead picture: the first of the pictures the page's metadata names (``named``; not
    the site's logo, unless the article shows it), or the first one of a statement's list
    that the page shows where the first named is not shown; else the article's first figure
    (``shown``; pictures outside an article only give their words to a named one); with a
    note for each address left out (``javascript:``...). Named entries of one picture pool
    their words (Open Graph gives the address, JSON-LD the caption)."""
    notes = []
    named = list({c.src: c for c in reversed(named[:MAX_NAMED])}.values())[::-1]
    logos = [c for c in named if _logo(c.src) and not any(
        f.shows(c.src) for f in shown if f.in_article)]
    notes += [f"the picture '{c.src}' was left out: it is the site's logo" for c in logos]
    named = [c for c in named if c not in logos]
    on_page = [c for c in named if c.rank == 0 and usable(c.src)
               and any(f.shows(c.src) for f in shown)][:1]
    leading = [s for s in shown if s.in_article and not s.linked][:1]  # not a teaser's
    for candidate in [*on_page, *named, *leading]:
        if usable(candidate.src):
            return _lead(candidate, named, shown), notes
        notes.append(f"the picture's address '{candidate.src}' was left out: only http(s) "
                     "addresses are kept")
    return None, notes


ONE_WORD = re.compile(r"\s*[\w.-]+\s*", re.ASCII)  # in Latin letters: a name, a file's name
LOGO = re.compile(r"(?:^|[\W_])logos?(?:[\W_\d]|$)")


def _logo(ref: str) -> bool:
    """Whether a picture is the site's logo, which some pages name as the story's picture
    ("CNBC_Logo_PS.gif", "yonhapnews_logo_1200x800_en01.jpg", ".../logo/901814/0/901814.png";
    not "dialogo-governo.jpg")."""
    path = picture_path(ref).casefold()
    return bool(LOGO.search(posixpath.basename(path)) or re.search(r"/logos?/", path))


def _lead(candidate: Picture, named: list[Picture], shown: list[Picture]) -> LeadPicture:
    own = picture_path(candidate.src)
    showing = sorted((f for f in shown if f.shows(candidate.src)), key=lambda f: (
        not (f.caption or f.credit), not f.in_article, picture_path(f.src) != own,
        not (f.caption and f.credit), not f.caption))
    figure = next(iter(showing), None)  # with words, in the article, at its own address first
    renditions = [] if figure else [f for f in shown if f.may_show(candidate.src)]
    if len({f.src for f in renditions}) == 1:  # one rendition of it, named by its id (two:
        figure = renditions[0]  # a gallery's); a figure comes before the same picture bare
    same = [c for c in named if same_picture(c.src, candidate.src)]
    refs = (candidate.src, *([figure.src] if showing and usable(figure.src) else []))
    pooled = [candidate, *([figure] if figure else []), *same]  # its own words first
    caption, credit = caption_and_credit(next((c.caption for c in pooled if c.caption and not (
        _alt_again(c, figure))), None), next((c.credit for c in pooled if c.credit), None))
    caption = opening_sentences(caption) if caption else caption
    bare = figure is not None and not (figure.in_article or figure.caption or figure.credit)
    shown_alt = figure.alt if figure else None  # a picture as it stands after the named's
    alt = next((a for a in (None if bare else shown_alt, *(c.alt for c in same), shown_alt)
                if a and not FILE_NAME.match(a) and not ONE_WORD.fullmatch(a)
                and not FILE_LABEL.match(a)), None)  # not "caucus VP preview.jpg", nor a word
    # alone ("seo", "amazonecho2", "Trees_blown"), nor an agency's label for its file
    alt = without_agency_dateline(alt) if alt else alt  # "LAS VEGAS, NV - FEBRUARY 11: …"
    if alt:  # "… in La Crosse, Wis. (AP Photo/Jane Roe)": an alt text may end with the
        described, said = caption_and_credit(alt, None)  # credit, which is no description
        if said and described and described != alt:  # (and the caption when there is none)
            caption, credit, alt = caption or described, credit or said, described
    return LeadPicture(tuple(dict.fromkeys(refs)), alt=alt, caption=caption, credit=credit)


def _alt_again(named: Picture, figure: Picture | None) -> bool:
    """Whether a named picture's caption is the alt text of the figure that shows it, which
    has words of its own ("Image Credits: Strava"): a content system that writes the alt
    text as its JSON-LD caption (techcrunch.com), no caption the reader sees."""
    return figure is not None and named is not figure and bool(figure.caption or figure.credit) \
        and _words(named.caption) == _words(figure.alt)
