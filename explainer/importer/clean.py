"""Rules of our own where extraction libraries fall short: titles, bylines, dates.

- A title loses its site name (" | DW", " - Reuters"), a trailing date or section and a
  section prefix; trafilatura's title comes first, then the page's own meta titles, then
  its JSON-LD headline and <h1>.
- A byline is a list of names: no "By", no dates, no e-mail addresses, no "Staff" or
  "contributed to this report" boilerplate.
- A date is taken only from what the page states (structured data, meta tags, <time>);
  nothing is inferred from the text, so a page without a date gets none.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable

SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/)\s+")
BY = re.compile(r"^(?:by|von|par|por|di|door|av|af)\s+", re.IGNORECASE)
NAME_SPLIT = re.compile(r"\s*(?:,|;|\||&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*")
NOT_A_NAME = re.compile(
    r"\d|@|https?:|www\.|\b(?:staff|updated|published|contributed|reporting|editing|"
    r"writer|correspondent|reporter|editor|photo|image|minutes?|read|no author|unknown|"
    r"redaktion|admin|anonymous)\b",
    re.IGNORECASE)
BAR = re.compile(r"\s*[|｜]\s*")
COLON_TAIL = re.compile(r"\s*[：:]\s*([^：:]{1,40})$")
CJK_SUFFIX = re.compile(r"(?<=[^\x00-\x7f])[-_–—]([^\s\d\-_]{1,8})$")
DATE_LIKE = re.compile(r"[\d./-]{6,10}|\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},\s+\d{4}")
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.sub(r"[\"'“”‘’«»]", "", text).split())


def _strip_unspaced(title: str) -> str:
    """"NEWS WEB EASY|Headline" and "标题-新华网": a short name joined without spaces."""
    parts = BAR.split(title)
    if len(parts) == 2 and len(parts[0]) < len(parts[1]) and len(parts[0].split()) <= 4:
        title = parts[1]
    elif len(parts) == 2 and len(parts[1]) < len(parts[0]) and len(parts[1].split()) <= 4:
        title = parts[0]
    match = CJK_SUFFIX.search(title)
    if match and len(title) - len(match.group(0)) >= 8:
        title = title[: match.start()]
    return title.strip()


def strip_site(title: str, site_names: Iterable[str], host: str = "",
               page_title: bool = False) -> str:
    """A title without the site's name before or after it ("Headline | Site").

    ``page_title``: the text is a page's <title> with no site name known (a text dump's
    first line), so a short last segment ("- The River Gazette") is taken for the site."""
    title = _strip_unspaced(title)
    sites = {_norm(s) for s in site_names if s} | ({_norm(host)} if host else set())
    host_word = _norm(host.split(".")[-2]) if host.count(".") >= 1 else ""

    def is_site(part: str) -> bool:
        p = _norm(part)
        return p in sites or (host_word and host_word in p.replace(" ", "")) or any(
            p and (p in s or s in p) for s in sites if len(s) > 2)

    colon = COLON_TAIL.search(title)  # "見出し：朝日新聞デジタル", "Headline:phpspot開発日誌"
    if colon and is_site(colon.group(1)) and len(title[:colon.start()].strip()) >= 8:
        title = title[:colon.start()].strip()
    parts = SEPARATORS.split(title)
    if len(parts) < 2:
        return title.strip()
    if page_title and len(parts[-1].split()) <= 4:
        parts = parts[:-1]

    def is_tail(part: str) -> bool:  # a site, a date, or a section after a long headline
        return is_site(part) or bool(DATE_LIKE.fullmatch(part.strip())) or (
            len(part.split()) <= 3 and len(parts[0].split()) > 4)

    while len(parts) > 1 and is_tail(parts[-1]):
        parts.pop()
    while len(parts) > 1 and is_site(parts[0]):
        parts.pop(0)
    if len(parts) > 1 and len(parts[0].split()) <= 2 and len(parts[-1].split()) > 4:
        parts = parts[1:]  # "Politics - Headline"
    return " - ".join(parts).strip() if len(parts) > 1 else parts[0].strip()


def choose_title(headlines: list[str], meta_titles: list[str], h1: list[str], html_title: str,
                 site_names: list[str], host: str) -> str:
    """The article's headline, from what the page offers, most trusted first."""
    cleaned = [strip_site(t, site_names, host) for t in [*meta_titles, html_title] if t]
    candidates = [t for t in [*cleaned, *headlines, *h1] if t]
    if not candidates:
        return ""
    if len(candidates[0].split()) <= 3:  # "Allergies Health Center": a section, not a headline
        longer = [t for t in candidates if len(t.split()) > 3]
        return longer[0] if longer else candidates[0]
    return candidates[0]


CREDENTIALS = frozenset({"ma", "md", "phd", "mba", "ms", "msc", "bsc", "ba", "rn", "do", "mph",
                         "dds", "esq", "cpa"})


def _trim_name(part: str) -> str:
    """A name without a leading "By", trailing lower-case words ("Aleš Vávra před") or
    trailing credentials ("MA", "PhD")."""
    words = BY.sub("", part.strip(" .:-–—")).split()
    while len(words) > 1 and (words[-1].islower() or words[-1].strip(".").lower() in CREDENTIALS):
        words.pop()
    return " ".join(words)


def clean_byline(candidates: Iterable[str]) -> tuple[str, ...]:
    """Names from the page's author statements, deduplicated, in order."""
    names: dict[str, str] = {}
    for candidate in candidates:
        for part in NAME_SPLIT.split(BY.sub("", " ".join(candidate.split()))):
            if part.strip(" .").lower() in CREDENTIALS:
                continue
            name = _trim_name(part)
            if not name or NOT_A_NAME.search(name) or len(name.split()) > 5:
                continue
            if name.islower() or not any(c.isalpha() for c in name):
                continue
            names.setdefault(_norm(name), name)
    return tuple(names.values())


def first_date(candidates: Iterable[str]) -> dt.date | None:
    """The first candidate that holds a full ISO date (YYYY-MM-DD)."""
    for candidate in candidates:
        match = ISO_DATE.search(candidate or "")
        if match:
            try:
                return dt.date(*(int(g) for g in match.groups()))
            except ValueError:
                continue
    return None
