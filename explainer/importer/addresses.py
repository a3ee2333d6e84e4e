"""Which addresses name the same picture: a page shows its lead picture at other addresses
than its metadata names (a resized copy, a rendition, a resizer's address, a saved page's
local copy), and the words around it are found only where the two are matched. An
address's site and path, read safely, for the rules that look at where a link goes. And the
page's own address, of those its metadata gives."""

from __future__ import annotations

import functools
import posixpath
import re
from urllib.parse import parse_qsl, unquote, urlsplit

from explainer.core.urls import URL
from explainer.importer.tracking import untracked

NAMING_KEYS = frozenset({"url", "src", "image", "img", "u", "imageurl", "image_url"})


def site_and_path(address: str) -> tuple[str, str] | None:
    """An address's host (lower case, without "www."; empty for a relative address) and
    path; None for one that Python cannot split ("http://[bad")."""
    try:
        parts = urlsplit(address.strip())
    except ValueError:
        return None
    return parts.netloc.lower().removeprefix("www."), parts.path


@functools.lru_cache(maxsize=4096)
def picture_path(ref: str) -> str:
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
SIZE = re.compile(r"[-_~]{0,2}\d{2,5}x\d{2,5}(?=[./_-]|$)")  # "-696x464.jpg", "wide__980x551"
NAMED = 5  # characters of a file's name, once its size is out, that name a picture
# characters (a digit among them) of a file's name before its first dot that name a picture
# whatever rendition follows ("….jpg.CROP.promo-xlarge2.jpg", "….fit-760w.jpg")
RENDERED = 12
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# "65453399_303": the id, a rendition (not a date: "20240315_2" may be a day's second picture)
RENDITION_OF_ID = re.compile(r"(?!(?:19|20)\d\d[01]\d[0-3]\d[_-])(\d{6,})[_-]\d{1,4}")
ID_TOKEN = re.compile(r"(?<![0-9a-z])[0-9a-z]{10,64}(?![0-9a-z])", re.IGNORECASE)
HASHED_NAME = 12  # letters of a name before its hash: a shorter one ("team-photo") is generic
HASHED = re.compile(r"[_-](?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,16}$")  # "_a395f41217"
# a folder named for the picture's file: "/images/heprodimagesfotos…591-jpg/25784512"
PICTURE_FOLDER = re.compile(r"[-_.](?:jpe?g|png|gif|webp)(?:/|$)", re.IGNORECASE)
SHORTEST_FOLDER = 8  # characters of a folder that a resizer's address may end with
# an agency's keywords for its file, in capitals ("Image: US-SPACE-AEROSPACE-NASA")
FILE_LABEL = re.compile(r"^(?:(?i:image|photo|picture|foto|bild)\s*:\s*)?"
                        r"[A-Z0-9]+(?:-[A-Z0-9]+){2,}$")


@functools.lru_cache(maxsize=4096)
def same_picture(a: str, b: str) -> bool:
    """Whether two addresses name the same picture: the same path, or (a resized copy, a
    saved page's local copy) the same file name, also once a size in it is left out
    ("impreso-696x464.jpg" for "impreso.jpg", ".../wide__980x551" for ".../wide__1300x731")."""
    path_a, path_b = picture_path(a), picture_path(b)
    if not posixpath.basename(path_a) or not posixpath.basename(path_b):
        # a picture named by its folder, sized in the query (".../5b19241f…/?t=crop:…"); a
        # path that names no file or folder of its own names no picture
        return a.strip() == b.strip() or (path_a == path_b and (
            bool(_id_tokens(path_a)) or _same_query(a, b)))
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


# a query's keys that size or crop a picture, not name it
SIZE_KEYS = frozenset({"w", "h", "width", "height", "q", "quality", "fit", "crop", "auto", "fm",
                       "format", "dpr", "resize", "size", "s", "ar"})
ID_VALUE = re.compile(r"(?=.*\d)[\w-]{6,}")  # a value that may be a picture's id: "1454231854"


def _same_query(a: str, b: str) -> bool:
    """Whether two addresses of one path name the same picture in their query, once the keys
    that only size it are left out ("?d=20191119&i=1454231854&w=1200" and "?i=1454231854&d=
    20191119&w=20"), and one of its values looks like an id."""
    try:
        named = [{(k.casefold(), v) for k, v in parse_qsl(urlsplit(ref.strip()).query)
                  if k.casefold() not in SIZE_KEYS} for ref in (a, b)]
    except ValueError:
        return False
    return named[0] == named[1] and any(ID_VALUE.fullmatch(v) for _, v in named[0])


def _id_tokens(name: str) -> set[str]:
    """The tokens of a file name that look like a stored picture's id: ten letters and digits
    or more, eight of them digits ("AS20190301001974", a 32-digit hash, a time stamp)."""
    return {t for t in ID_TOKEN.findall(name.casefold()) if sum(c.isdigit() for c in t) >= 8}


@functools.lru_cache(maxsize=4096)
def same_id(a: str, b: str) -> bool:
    """Whether two addresses may name renditions of one stored picture, named by its id (a
    weaker sign than :func:`same_picture`'s, as a gallery's pictures share an id too): one
    UUID in both file names ("f9575e06-762d-…_facebook.jpg", "f9575e06-762d-…_16-9.jpg"), or
    one id of letters and digits ("c_AS20190301001974_comm.jpg", "AS20190301001974.jpg"); one
    long number with a rendition's number after it ("65453399_6.jpg", "65453399_303.jpg");
    or two files in the picture's own folder, named for its file ("…/2020…591-jpg/25784512/");
    or, in one folder (perhaps behind a resizer's address), one name of :data:`HASHED_NAME`
    letters or more with a different hash after it ("csm_gaza-vb_a395f41217.jpg",
    "csm_gaza-vb_93268333ee.jpg")."""
    path_a, path_b = picture_path(a), picture_path(b)
    (folder_a, name_a), (folder_b, name_b) = posixpath.split(path_a), posixpath.split(path_b)
    if set(UUID.findall(name_a.casefold())) & set(UUID.findall(name_b.casefold())):
        return True
    if _id_tokens(name_a) & _id_tokens(name_b):
        return True
    stem_a, stem_b = name_a.split(".")[0], name_b.split(".")[0]
    if (number := RENDITION_OF_ID.fullmatch(stem_a)) and (
            other := RENDITION_OF_ID.fullmatch(stem_b)):
        return number.group(1) == other.group(1)
    if folder_a == folder_b and PICTURE_FOLDER.search(folder_a):
        return True  # renditions in the picture's own folder (".../…591-jpg/4-format530.jpg")
    unhashed_a, unhashed_b = HASHED.sub("", stem_a), HASHED.sub("", stem_b)
    return (_one_folder(folder_a, folder_b) and unhashed_a == unhashed_b
            and unhashed_a != stem_a and unhashed_b != stem_b and len(unhashed_a) >= HASHED_NAME)


def _one_folder(a: str, b: str) -> bool:
    """Whether two folders are one: the same, or one a resizer's address ending with the
    other ("/scale/geometry/600/q75/imgs/18/1/4" for "/imgs/18/1/4")."""
    shorter, longer = sorted((a.rstrip("/"), b.rstrip("/")), key=len)
    return a == b or (len(shorter) >= SHORTEST_FOLDER and longer.endswith(shorter))


def page_address(candidates: list[str]) -> tuple[str | None, list[str]]:
    """The page's address: the first of its metadata's addresses (``og:url``, canonical,
    JSON-LD) that is an http(s) one, without tracking parameters, and a note for each one
    before it that is not (``javascript:``...). The site's home page alone comes last
    ("https://gothamist.com" in an ``og:url`` beside the story's canonical address), as does
    one that cannot be read; https wins when the page also gives the address so."""
    notes = []
    for candidate in sorted((c.strip() for c in candidates), key=_site_root):
        if URL.match(candidate):
            secure = "https://" + candidate.removeprefix("http://")
            if candidate.startswith("http://") and secure in (c.strip() for c in candidates):
                candidate = secure
            return untracked(candidate), notes
        notes.append(f"the page's address '{candidate}' was left out: only http(s) addresses "
                     "are kept")
    return None, notes


def home_page(address: str) -> bool:
    """Whether an address is a site's home page ("https://www.vyatkakray.ru/"): a host, no
    path and no query ("https://example.com/?p=123" is a story's)."""
    try:
        parts = urlsplit(address)
    except ValueError:
        return False
    return bool(parts.netloc) and not parts.path.strip("/") and not parts.query


def _site_root(address: str) -> bool:
    """Whether an address is only a site's home page, or cannot be read ("http://[bad"):
    either gives way to another."""
    try:
        return urlsplit(address).path.strip("/") == ""
    except ValueError:
        return True


# the address a browser or an extension writes into the page it saves: Chromium's and
# Internet Explorer's "<!-- saved from url=(0045)https://… -->", SingleFile's "url: https://…"
SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->"
                        r"|<!--\s*Page saved with SingleFile\s+url:\s*(https?://\S+)",
                        re.IGNORECASE)
SAVED_REACH = 4096  # the mark comes before the page's own markup, at its top


def saved_address(page: str) -> str | None:
    """The address a saved page was read from, as the browser that saved it wrote it."""
    found = SAVED_FROM.search(page[:SAVED_REACH])
    return (found[1] or found[2]) if found else None


LINKS_READ = 400  # of a page's links, the first
LINKS_NEEDED = 5  # to name a site's host by its links


def links_host(hrefs: list[str]) -> str:
    """The host most of a page's absolute links lead to (more than half of them, five or
    more), without "www.": the site's own, for a page that gives no address."""
    hosts: dict[str, int] = {}
    for href in hrefs[:LINKS_READ]:
        if href.startswith(("http://", "https://")) and (found := site_and_path(href)):
            hosts[found[0]] = hosts.get(found[0], 0) + 1
    if not hosts:
        return ""
    host, count = max(hosts.items(), key=lambda item: item[1])
    return host if count >= LINKS_NEEDED and count * 2 > sum(hosts.values()) else ""
