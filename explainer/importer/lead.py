"""Which picture leads a web page, and what the page says about it.

The page names its lead picture in its Open Graph or Twitter tags, in its JSON-LD ``image``,
or shows it as the first figure of the article. The alt text comes from the ``<img>`` that
shows that picture on the page (or ``og:image:alt``, which Open Graph defines as alt text);
the caption from its ``<figcaption>`` or the JSON-LD caption; the credit from an element the
page marks as a credit or copyright, or the JSON-LD ``creditText`` / ``copyrightHolder``.
Nothing is guessed: what the page does not say stays empty.
"""

from __future__ import annotations

import functools
import itertools
import posixpath
import re
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from explainer.importer.captions import caption_and_credit, credit_label
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
FIGURES_XPATH = "//article//figure[.//img] | //main//figure[.//img]"
BOXED_XPATH = "//article//img[not(ancestor::figure)] | //main//img[not(ancestor::figure)]"
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
NEXT_CAPTION_XPATH = f"following-sibling::*[1][self::figcaption or self::*{_CAPTIONED}]"
BOX_WORDS = 80  # a box of more words is the article or a section of it, not a picture's
BOX_LEVELS = 3
MAX_FIGURES = 50  # figures read from one page
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
        return any(_same_picture(src, ref) for src in (self.src, *self.also))

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
    found = []
    scoped = bool(tree.xpath("//article | //main"))
    for figure in tree.xpath(FIGURES_XPATH if scoped else PAGE_FIGURES_XPATH)[:MAX_FIGURES]:
        img = figure.xpath(".//img")[0]
        if not (src := _source(img)):
            continue
        captions = figure.xpath(".//figcaption") or figure.xpath(INNER_CAPTION_XPATH)
        after = [] if captions else figure.xpath(NEXT_CAPTION_XPATH)
        if after and len(after[0].text_content().split()) <= BOX_WORDS:
            picture = _picture(src, img, after[0], after)  # its credit is there too
        else:
            picture = _picture(src, img, figure, captions)
        found.append(replace(picture, in_article=scoped))
    return found + boxed(tree, scoped) + plain_boxed(tree)


def boxed(tree: Any, scoped: bool = True) -> list[Picture]:
    """The article's pictures outside figures whose box (their parent, or one of the two
    elements around it, of at most ``BOX_WORDS`` words) holds an element classed as a caption;
    the page's, when it has no article or main (``scoped`` false)."""
    found = []
    for img in tree.xpath(BOXED_XPATH if scoped else PAGE_BOXED_XPATH)[:MAX_FIGURES]:
        box, src = img.getparent(), _source(img)
        for _ in range(BOX_LEVELS if src else 0):
            if box is None or len(box.text_content().split()) > BOX_WORDS:
                break
            if captions := box.xpath(CAPTION_XPATH):
                found.append(replace(_picture(src, img, box, captions), in_article=scoped))
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
    for credit in said:  # its last mention: the caption may name it before ("(AP Photo/…)")
        head, found, tail = caption.rpartition(credit)
        caption = " ".join(f"{head} {tail}".split()) if found else caption
    credits = [c for c in said if not credit_label(c)]
    return Picture(src, _words(img.get("alt")), caption.rstrip(" -–—|:") or None,
                   credits[0] if credits else None, also=_addresses(img),
                   linked=any(not PICTURE_LINK.search(href) for href in img.xpath(LINKED)))


NAMING_KEYS = frozenset({"url", "src", "image", "img", "u", "imageurl", "image_url"})


@functools.lru_cache(maxsize=4096)
def _path(ref: str) -> str:
    """The path of a picture's address; for a resizer's address that names the picture in its
    query ("/resize/1200x630!/?url=https%3A%2F%2F…%2Fcomposite.jpg", Next.js's
    "/_next/image?url=…"), the path of the address it names."""
    try:
        parts = urlsplit(ref.strip())
        named = next((v for k, v in parse_qsl(parts.query) if k.casefold() in NAMING_KEYS
                      and v.startswith(("http", "/"))), "")
        return unquote(urlsplit(named).path if named else parts.path)
    except ValueError:
        return ""


# An alt text that is only the picture's file name: it describes nothing
FILE_NAME = re.compile(r"^(?:[^\s/\\]+ ){0,6}[^\s/\\]*\.(?:jpe?g|png|gif|webp|avif|tiff?|bmp|"
                       r"svg|heic)$", re.IGNORECASE)
SIZE = re.compile(r"[-_]{0,2}\d{2,5}x\d{2,5}(?=[./_-]|$)")  # "-696x464.jpg", "wide__980x551"
NAMED = 5  # characters of a file's name, once its size is out, that name a picture
# characters (a digit among them) of a file's name before its first dot that name a picture
# whatever rendition follows ("….jpg.CROP.promo-xlarge2.jpg", "….fit-760w.jpg")
RENDERED = 12
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# "65453399_303": the id, a rendition (not a date: "20240315_2" may be a day's second picture)
RENDITION_OF_ID = re.compile(r"(?!(?:19|20)\d\d[01]\d[0-3]\d[_-])(\d{6,})[_-]\d{1,4}")
HASHED_NAME = 12  # letters of a name before its hash: a shorter one ("team-photo") is generic
HASHED = re.compile(r"[_-](?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,12}$")  # "_a395f41217"


@functools.lru_cache(maxsize=4096)
def _same_picture(a: str, b: str) -> bool:
    """Whether two addresses name the same picture: the same path, or (a resized copy, a
    saved page's local copy) the same file name, also once a size in it is left out
    ("impreso-696x464.jpg" for "impreso.jpg", ".../wide__980x551" for ".../wide__1300x731")."""
    path_a, path_b = _path(a), _path(b)
    if not posixpath.basename(path_a) or not posixpath.basename(path_b):
        return a.strip() == b.strip()  # a path that names no file names no picture
    if path_a == path_b or posixpath.basename(path_a) == posixpath.basename(path_b):
        return True
    unsized_a, unsized_b = SIZE.sub("", path_a), SIZE.sub("", path_b)
    name = posixpath.basename(unsized_a)
    if unsized_a == unsized_b or (name == posixpath.basename(unsized_b) and len(
            posixpath.splitext(name)[0]) >= NAMED):  # not ".jpg" left of "1200x630.jpg"
        return True
    stem = posixpath.basename(path_a).split(".")[0]  # "170309_POL_trumpRally.jpg.CROP.…"
    return (len(stem) >= RENDERED and any(c.isdigit() for c in stem)
            and stem == posixpath.basename(path_b).split(".")[0])


@functools.lru_cache(maxsize=4096)
def same_id(a: str, b: str) -> bool:
    """Whether two addresses may name renditions of one stored picture, named by its id (a
    weaker sign than :func:`_same_picture`'s, as a gallery's pictures share an id too): one
    UUID in both file names ("f9575e06-762d-…_facebook.jpg", "f9575e06-762d-…_16-9.jpg"); one
    long number with a rendition's number after it ("65453399_6.jpg", "65453399_303.jpg");
    or, in one folder, one name of :data:`HASHED_NAME` letters or more with a different hash
    after it ("csm_gaza-vb_a395f41217.jpg", "csm_gaza-vb_93268333ee.jpg")."""
    path_a, path_b = _path(a), _path(b)
    (folder_a, name_a), (folder_b, name_b) = posixpath.split(path_a), posixpath.split(path_b)
    if set(UUID.findall(name_a.casefold())) & set(UUID.findall(name_b.casefold())):
        return True
    stem_a, stem_b = name_a.split(".")[0], name_b.split(".")[0]
    if (number := RENDITION_OF_ID.fullmatch(stem_a)) and (
            other := RENDITION_OF_ID.fullmatch(stem_b)):
        return number.group(1) == other.group(1)
    unhashed_a, unhashed_b = HASHED.sub("", stem_a), HASHED.sub("", stem_b)
    return (folder_a == folder_b and unhashed_a == unhashed_b and unhashed_a != stem_a
            and unhashed_b != stem_b and len(unhashed_a) >= HASHED_NAME)


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
    logos = [c for c in named if _logo(c.src) and not any(f.shows(c.src) for f in shown)]
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


LOGO = re.compile(r"(?:^|[\W_])logos?(?:[\W_\d]|$)")


def _logo(ref: str) -> bool:
    """Whether a picture is the site's logo, which some pages name as the story's picture
    ("CNBC_Logo_PS.gif", "yonhapnews_logo_1200x800_en01.jpg", ".../logo/901814/0/901814.png";
    not "dialogo-governo.jpg")."""
    path = _path(ref).casefold()
    return bool(LOGO.search(posixpath.basename(path)) or re.search(r"/logos?/", path))


def _lead(candidate: Picture, named: list[Picture], shown: list[Picture]) -> LeadPicture:
    showing = sorted((f for f in shown if f.shows(candidate.src)), key=lambda f: (
        _path(f.src) != _path(candidate.src), not (f.caption and f.credit), not f.caption))
    figure = next(iter(showing), None)  # at its own address, with the most words, first
    renditions = [] if figure else [f for f in shown if f.may_show(candidate.src)]
    if len(renditions) == 1:  # one rendition of it, named by its id (two: a gallery's)
        figure = renditions[0]
    same = [c for c in named if _same_picture(c.src, candidate.src)]
    refs = (candidate.src, *([figure.src] if showing and usable(figure.src) else []))
    pooled = [candidate, *([figure] if figure else []), *same]  # its own words first
    caption, credit = caption_and_credit(next((c.caption for c in pooled if c.caption), None),
                                         next((c.credit for c in pooled if c.credit), None))
    alt = next((a for a in (figure.alt if figure else None, *(c.alt for c in same))
                if a and not FILE_NAME.match(a)), None)  # not "caucus VP preview.jpg"
    if caption is None and alt:  # "… in La Crosse, Wis. (AP Photo/Jane Roe)": the alt
        described, said = caption_and_credit(alt, None)  # text is a caption and credit
        if said and described and described != alt:
            caption, credit, alt = described, credit or said, described
    return LeadPicture(tuple(dict.fromkeys(refs)), alt=alt, caption=caption, credit=credit)
