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
import email.utils
import re
import unicodedata
from collections.abc import Iterable, Sequence

from explainer.importer.showndates import MONTH_NAMES
from explainer.importer.titlepick import mended

# What a sentence ends with, in the languages read (a closing quote or bracket too)
SENTENCE_ENDS = (".", "!", "?", "\"", "”", "“", "»", "«", "…", "’", "'", ")", ":",
                 "。", "！", "？", "」", "』", "）", "।", "॥", "۔", "؟", "։", "።")

# "< 정치 < 기사본문"; not a quotation's closing "»" before the site's mark ("… exporté » - Site")
SEPARATORS = re.compile(r"\s+(?:\||-|–|—|―|::|·|•|»(?!\s+[|\-–—·•])|/|<|‹|>|›(?!\s+[|\-–—·•]))\s+")
BAR = re.compile(r"\s*[|｜]\s*")
COLON_TAIL = re.compile(r"\s*[：:]\s*([^：:]{1,40})$")
# the site's name before the headline, in brackets or before a colon
SITE_HEAD = re.compile(r"^(?P<site>【[^】]{1,20}】|[^：:【]{1,40}?(?=\s*[：:]\s))\s*[：:]?\s*")
CJK_SUFFIX = re.compile(r"(?<=[^\x00-\x7f])[-_–—]([^\s\d\-_]{1,8})$")
# "标题_10%公司_澎湃新闻-The Paper": a headline's section and site each after an unspaced "_"
UNDERSCORE_TAIL = re.compile(r"(?<=[^\x00-\x7f])_[^_]{1,24}$")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# The scripts written without spaces between words (Thai, Lao, Burmese, Khmer, Japanese,
# Chinese), with their punctuation and full-width forms ("。", "、")
UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3000-\u30ff\u3400-\u9fff"
                      r"\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f]")


def word_count(text: str) -> int:
    """The words of a text; in Chinese, Japanese, Korean or Thai, one for about every two
    letters written without spaces (so that a short standfirst there is no label; the most
    is counted in spaced words, as a synopsis set under a book's title is long)."""
    return max(len(text.split()), len(UNSPACED.findall(text)) // 2)


BRACKETED_NOTE = re.compile(r"\s*[(（\[【][^()（）\[\]【】]{1,30}[)）\]】]\s*")  # a note after it
SET_OFF = re.compile(r"[|｜\-–—―·•»/_ㅣ]")  # what sets a site's name or a section apart
DATE_LIKE = re.compile(r"[\d./-]{6,10}|\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},\s+\d{4}")
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.sub(r"[\"'“”‘’«»]", "", text).split())


# the second-level domains under which countries register names ("co.uk", "com.au", "ne.jp")
SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "gob", "edu", "ne", "or", "go",
                          "gv", "nic", "info", "biz", "web", "nom", "ltd", "plc", "news", "press",
                          "tv", "mil"})


# platforms that give each of their sites a name of its own before theirs
PLATFORMS = frozenset({"blogspot", "wordpress", "substack", "tumblr", "medium", "typepad",
                       "livejournal", "hatenablog", "wixsite", "github", "ghost"})


def site_label(host: str) -> str:
    """The name part of a host: "bbc" for www.bbc.co.uk, "aljazeera" for aljazeera.com,
    "guardian" for theguardian.com, "stuttgarterzeitung" for stuttgarter-zeitung.de, "ap" for
    hosted.ap.org, "sky" for news.sky.com (a short name is no country's code), "lostinjit"
    for lostinjit.blogspot.fr (a blog on a platform)."""
    parts = [p for p in host.casefold().split(".") if p not in ("www", "m", "amp", "edition")]
    if len(parts) > 1:
        parts.pop()  # the top-level domain
    if len(parts) > 1 and parts[-1] in SECOND_LEVEL:
        parts.pop()  # "co" of bbc.co.uk, "com" of abc.com.au
    if len(parts) > 1 and parts[-1] in PLATFORMS:
        parts.pop()  # "lostinjit" of lostinjit.blogspot.fr: the blog, not its platform
    label = re.sub(r"\W+", "", parts[-1]) if parts else ""
    return label.removeprefix("the") if len(label) > 6 else label


def _strip_unspaced(title: str) -> str:
    """"NEWS WEB EASY|Headline", "标题-新华网" and "标题_栏目_澎湃新闻-The Paper": short names
    joined without spaces."""
    parts = BAR.split(title)
    if len(parts) == 2 and len(parts[0]) < len(parts[1]) and len(parts[0].split()) <= 4:
        title = parts[1]
    elif len(parts) == 2 and len(parts[1]) < len(parts[0]) and len(parts[1].split()) <= 4:
        title = parts[0]
    match = CJK_SUFFIX.search(title)
    if match and len(title) - len(match.group(0)) >= 8:
        title = title[: match.start()]
    while (match := UNDERSCORE_TAIL.search(title)) and CJK.search(title[:match.start()]) \
            and match.start() >= 8:
        title = title[: match.start()]
    return title.strip()


def strip_site(title: str, site_names: Iterable[str], host: str = "",
               page_title: bool = False) -> str:
    """A title without the site's name before or after it ("Headline | Site").

    ``page_title``: the text is a page's <title> with no site name known (a text dump's
    first line), so a short last segment ("- The River Gazette") is taken for the site."""
    title = _strip_unspaced(title)
    sites = {_norm(s) for s in site_names if s} | ({_norm(host)} if host else set())
    host_word = label if len(label := site_label(host)) >= 3 else ""  # not "co", "dw"

    def is_site(part: str) -> bool:
        p = _norm(part)
        return p in sites or (host_word and host_word in plain_letters(part)) or any(
            p and (p in s or s in p) for s in sites if len(s) > 2)

    colon = COLON_TAIL.search(title)  # "見出し：朝日新聞デジタル", "Headline:phpspot開発日誌"
    if colon and is_site(colon.group(1)) and not SEPARATORS.search(colon.group(1)) and \
            len(title[:colon.start()].strip()) >= 8:  # (not "Head: subhead — Site")
        title = title[:colon.start()].strip().rstrip(":：").strip()  # "Headline :: Site"
    head = SITE_HEAD.match(title)  # "【示例日报】Headline", "Örnek Gazete: Headline"
    if head and (_norm(head["site"]) in sites or (
            head["site"].startswith("【") and is_site(head["site"].strip("【】")))) and len(
            title[head.end():]) >= 8:
        title = title[head.end():].strip()
    parts = SEPARATORS.split(title)
    if len(parts) < 2:
        return title.strip()
    marks = [m.group() for m in SEPARATORS.finditer(title)]  # kept between the parts kept
    first, last = 0, len(parts) - (1 if page_title and len(parts[-1].split()) <= 4 else 0)

    def is_tail(part: str) -> bool:  # a site, a date, or a section after a long headline
        return is_site(part) or bool(DATE_LIKE.fullmatch(part.strip())) or (
            len(part.split()) <= 3 and len(parts[0].split()) > 4)

    while last - first > 1 and is_tail(parts[last - 1]):
        last -= 1
    while last - first > 1 and is_site(parts[first]):
        first += 1
    if last - first > 1 and len(parts[first].split()) <= 2 and len(parts[last - 1].split()) > 4:
        first += 1  # "Politics - Headline"
    kept = [parts[first]] + [marks[i - 1] + parts[i] for i in range(first + 1, last)]
    return "".join(kept).strip()


def choose_title(headlines: list[str], meta_titles: list[str], h1: list[str], html_title: str,
                 site_names: list[str], host: str) -> str:
    """The article's headline, from what the page offers, most trusted first. A title that
    is word for word the page's own headline (an <h1>, JSON-LD's) is kept whole: what
    follows its last dash is then part of it, not a section ("… über FDP - Generalsekretär
    tritt zurück")."""
    own = {_norm(t) for t in [*headlines, *h1]}
    cleaned = [t if _norm(t) in own else _shown_whole(t, strip_site(t, site_names, host), own)
               for t in [*meta_titles, html_title] if t]
    candidates = mended(_whole_ones([t for t in [*cleaned, *headlines, *h1] if t]), h1)
    if not candidates:
        return ""
    titled = cleaned[-1] if html_title and cleaned else ""
    if agreed_over := _agreed_over_social(candidates[0], meta_titles, headlines, h1, titled):
        return agreed_over
    agreed = _norm(candidates[0]) in {_norm(t) for t in headlines} & {_norm(t) for t in h1}
    if _short(candidates[0]) and not agreed:  # "Allergies Health Center": a section, not a
        # headline, unless the <h1> and JSON-LD's headline both say it ("The Last Catch")
        longer = [t for t in candidates if not _short(t)]
        return longer[0] if longer else candidates[0]
    return candidates[0]


def _agreed_over_social(title: str, meta_titles: list[str], headlines: list[str],
                        h1: list[str], titled: str) -> str:
    """Where the social title chosen first (og:title) stands alone and every other source
    says another thing, none agreeing with another: JSON-LD's headline, the ``<title>`` and
    the one ``<h1>`` ("Watch: private lander launches …" of og:title, "Lunar lander launch:
    … | Live updates" of JSON-LD, over the ``<h1>`` "Private lunar lander lifts off …"), the
    ``<h1>``, the reader's headline; else "". (Where two other sources agree, the social
    title stays: the fit half's answers keep it.)"""
    sources = [{_norm(t) for t in meta_titles}, {_norm(t) for t in headlines},
               {_norm(titled)} if titled else set(), {_norm(t) for t in h1}]

    def votes(text: str) -> int:
        return sum(_norm(text) in source for source in sources)
    mine = _norm(title)
    if mine not in sources[0] or votes(title) != 1 or any(
            mine in o or o in mine for o in sources[1] | sources[3]):
        return ""
    if any(votes(t) >= 2 for t in [*headlines, *h1]):
        return ""
    return h1[0] if len(h1) == 1 and headlines and not _short(h1[0]) else ""


def _shown_whole(title: str, stripped: str, own: set[str]) -> str:
    """The title cut at the first separator past the stripped one whose part before it a
    headline of the page ends with: "Tåg stod stilla i timmar – passagerare evakuerades" of
    "… – passagerare evakuerades | Aftonbladet", whose <h1> opens with a kicker, not the
    stripped "Tåg stod stilla i timmar"; the part before a colon's tail that is a headline
    of the page, the tail none ("見出し：朝日新聞デジタル" over the <h1> "見出し"); else
    ``stripped``."""
    if (colon := COLON_TAIL.search(title)) and _norm(title[:colon.start()]) in own and \
            _norm(colon.group(1)) not in own:  # (not an album's "Artist: Album", two <h1>s)
        return title[:colon.start()].strip()
    for mark in SEPARATORS.finditer(title):
        head = title[:mark.start()].strip()
        if len(head) > len(stripped) and any(
                o == _norm(head) or o.endswith(" " + _norm(head)) for o in own):
            return head
    return stripped


def headline_over_site(title: str, site_names: Iterable[str], host: str,
                       h1: list[str], h2: list[str], post: Sequence[str] = ()) -> str:
    """The title, or, when it is the site's name alone (a logo's ``<h1>``, a ``<title>``
    naming the site and no story), the first heading the page names for its post (``post``:
    a blog's ``h3.post-title``, an old page's headline in large type) or else its first
    ``<h2>`` outside its menus and rails, when that is no section's name: an older page's
    headline. A name the page gives its site counts when no ``<h1>`` shows the title as
    text (an application's name may be the story's headline); the host's name always does.
    A section's name ("Local News", :func:`_short`) that no ``<h1>`` shows gives way to
    such a heading of the post too."""
    named = letters(title)
    shown = {letters(h) for h in h1}
    names = {site_label(host)} | ({letters(s) for s in site_names if s}
                                  if named not in shown else set())
    heads = [h for h in [*post[:1], *h2[:1]] if not _short(h) and letters(h) not in names]
    if named and (named in names or named.removeprefix("the") in names) and heads:
        return heads[0]
    if post and heads and heads[0] == post[0] and named not in shown and _short(
            strip_site(title, site_names, host)):
        return heads[0]
    return title


CUT = re.compile(r"\s*(?:…|\.\.\.)$")


def _whole_ones(titles: list[str]) -> list[str]:
    """The titles, each cut short with an ellipsis ("… and the future o…") given in place
    by another that goes on from it."""
    def whole(title: str) -> str:
        cut = CUT.search(title)
        if not cut or len(start := _norm(title[:cut.start()])) < 20:
            return title
        return next((t for t in titles if len(_norm(t)) > len(start)
                     and _norm(t).startswith(start) and not CUT.search(t)), title)
    return [whole(t) for t in titles]


def _short(title: str) -> bool:
    """A section's name: three words or fewer, or in Chinese, Japanese or Korean (written
    with few spaces) fewer than 12 characters."""
    if CJK.search(title):
        return len("".join(title.split())) < 12
    return len(title.split()) <= 3


def trim_by_others(title: str, others: Iterable[str], site_names: Iterable[str],
                   host: str = "") -> str:
    """The title without a part that the page's other titles leave out: when another title
    (the <h1>, og:title, a headline) is this one less a part set off by a bar or a dash
    ("Headline - Site - Section"), less a note in brackets after it ("（写真＝ロイター）",
    "(Video)"), or less the site's name, that other title."""
    names = [letters(s) for s in site_names if s]
    label = site_label(host)
    mine = _norm(title)

    def rest_is_extra(rest: str) -> bool:
        if (SET_OFF.search(rest) and not rest.strip().startswith((":", "："))) or \
                BRACKETED_NOTE.fullmatch(rest):  # "（写真＝ロイター）", "(Video)"
            return True
        extra = letters(rest)
        return bool(extra) and (extra == label or any(
            extra == n or (len(extra) >= 6 and extra in n) for n in names))

    shorter = []
    for other in others:
        theirs = _norm(other)
        if len(theirs) < 8 or theirs == mine:
            continue
        before, after = mine.startswith(theirs), mine.endswith(theirs)
        if ((before and rest_is_extra(mine[len(theirs):]))
                or (after and rest_is_extra(mine[:-len(theirs)]))):
            shorter.append(other.strip())
    return max(shorter, key=len) if shorter else title


# An e-mail address, each part bounded (a long run of letters is read in linear time)
EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}")
SCHEME = re.compile(r"^https?://(?=[\w.-]+/?$)", re.IGNORECASE)  # "https://www.fr.de": an address
HOST_LIKE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+$")  # "DW.COM", "ntv.com.tr"
EMPHASIS_MARKS = ("**", "__", "*", "_")


def emphasised(paragraph: str) -> bool:
    """Set whole in bold or italics, as one run: "**…**", "*…*", "_…_" (not "*Hamilton*
    returns … *Variety*")."""
    return any(paragraph.startswith(mark) and paragraph.endswith(mark) and
               len(paragraph) > 2 * len(mark) and mark not in paragraph[len(mark):-len(mark)]
               for mark in EMPHASIS_MARKS)


def casefolded(text: str) -> str:
    """A text in lower case with its spaces single: names and titles compared as written."""
    return " ".join(text.casefold().split())


def letters(text: str) -> str:
    """A text's letters and digits only, case-folded: the form names are compared in."""
    return re.sub(r"\W+", "", _norm(text))


COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a"
                       "\ufe20-\ufe2f]")  # the marks that NFKD sets apart from their letters


def plain_letters(text: str) -> str:
    """:func:`letters` without accents ("José Álvarez" as "josealvarez")."""
    return letters(COMBINING.sub("", unicodedata.normalize("NFKD", text)))


MONTHS = frozenset([*MONTH_NAMES, *(m[:3] for m in MONTH_NAMES), "sept"])


# What a content system writes when it has no date: the zero of a date type (Go's and .NET's
# 0001-01-01, SQL's 1900-01-01, Unix time 0, a template's 2000-01-01), or a year before any
# newspaper.
PLACEHOLDER_DATES = frozenset({dt.date(1900, 1, 1), dt.date(1970, 1, 1), dt.date(2000, 1, 1)})
EARLIEST_YEAR = 1600


def first_date(candidates: Iterable[str]) -> dt.date | None:
    """The first candidate that holds a full ISO date (YYYY-MM-DD) that is not a content
    system's placeholder for "no date" (see :data:`PLACEHOLDER_DATES`)."""
    for candidate in candidates:
        date = _iso_date(candidate or "") or _mail_date(candidate or "")
        if date and date.year >= EARLIEST_YEAR and date not in PLACEHOLDER_DATES:
            return date
    return None


def _iso_date(text: str) -> dt.date | None:
    match = ISO_DATE.search(text)
    try:
        return dt.date(*(int(g) for g in match.groups())) if match else None
    except ValueError:
        return None


# "Wed, 20 Mar 2024 21:15:00 +0000": a date as e-mail and RSS write it (RFC 2822)
MAIL_DATE = re.compile(r"^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d\d:\d\d")


def _mail_date(text: str) -> dt.date | None:
    """The day a date written as e-mail writes it gives, as written (not moved to UTC)."""
    if not MAIL_DATE.match(text):
        return None
    try:
        return email.utils.parsedate_to_datetime(text.strip()).date()
    except (TypeError, ValueError, IndexError):
        return None


def recased(name: str, texts: Iterable[str]) -> str:
    """A name the page set in capitals ("STEVE PEOPLES"), each word as the text writes it
    elsewhere ("Peoples reported from New York"), else with a capital first letter. One word
    in capitals ("AFP", "DPA") is an agency's name, and stays."""
    words = name.split()
    if len(words) < 2 or not name.isupper():
        return name
    joined = link_text("\n".join(texts))  # not a link's address
    return " ".join(_written(word, joined) for word in words)


MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def link_text(markdown: str) -> str:
    """Markdown with each link (or picture) written as its text alone."""
    return MARKDOWN_LINK.sub(r"\1", markdown)


def _written(word: str, text: str) -> str:
    """The word as the text writes it with a capital ("Peoples", "Thomson-DeVeaux"), never
    the common word ("the peoples of"), else with a capital first letter."""
    for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE):
        found = match.group()
        if found[:1].isupper() and not found.isupper():
            return found
    capitals = "-".join(part[:1] + part[1:].lower() for part in word.split("-"))
    return re.sub(r"\b(\w)'(\w)", lambda m: f"{m[1]}'{m[2].upper()}", capitals)  # O'Neil


# A company's legal form ending its name ("… GmbH & Co. KG", "… S.L.", "Nature Publishing
# Group UK"), not a word inside a name ("SA Breaking News", "AG Report")
COMPANY = re.compile(r"\s(?:GmbH|AG|KG|Ltd|Limited|Inc|LLC|plc|S\.[AL]\.|Group|Verlag|Publishing|"
                     r"Holdings?)\.?(?:\s+[A-Z]{2})?$")
