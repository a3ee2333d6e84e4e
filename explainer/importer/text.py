"""Parse a plain-text scrape of a news article, like the seed, into an :class:`ImportedArticle`.

The shape it reads: the headline on the first line; an optional image caption ending in a
bracketed credit (``... [File: Agency/Handout via Reuters]``); an optional standfirst; the body,
whose first paragraph may open with a dateline (``Washington, DC – ...``); and, at the end,
comment-form boilerplate, which is dropped. Body paragraphs are kept as written (but for the
spaces a dump sets inside Japanese text). Nothing is
guessed: a date is taken only from an explicit "Published" line or from the caller.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from explainer.importer import confidence
from explainer.importer.article import ImportedArticle
from explainer.importer.bylinenames import BY_WORDS, clean_byline
from explainer.importer.captions import caption_and_credit
from explainer.importer.clean import letters, strip_site
from explainer.importer.datelines import opening_dateline
from explainer.importer.furniture import is_furniture
from explainer.importer.stretch import (
    before_comments,
    before_teasers,
    is_prose,
    looks_like_dump,
    main_region,
    words,
)
from explainer.importer.textlanguage import language_of

BOILERPLATE = re.compile(
    r"^(please enter your (comment|name|email address)( here)?[!.]?"
    r"|you have entered an incorrect email address!?"
    r"|leave a (reply|comment)"
    r"|save my name, email, and website in this browser for the next time i comment\.?"
    r"|post comment)$",
    re.IGNORECASE,
)
CAPTION = re.compile(
    r"^(?P<caption>.*?)\s*\[(?:(?:File|Photo|Image)\s*:\s*)?(?P<credit>[^\[\]]+)\]$")
DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,4}(?: \((?:AP|AFP|Reuters|UPI)\))?)"
    r"\s+[–—-]{1,2}\s+(?P<rest>\S.*)$",
    re.DOTALL,
)
PUBLISHED = re.compile(r"^(?:published|first published|posted)(?: on)?:?\s+(?P<date>.+)$",
                       re.IGNORECASE)
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y")
STANDFIRST_MAX = 400
# In Japanese (a text with kana enough), a space between two of its characters (ideographs, kana,
# their punctuation and full-width forms), not after a sentence's end: a page's dump puts one
# on each side of a link or a mark ("気象庁 は13日", "規模（ マグニチュード ）"), where the page
# shows none. Chinese keeps its spaces: a wire's dateline sets one ("4月24日电 题：…")
KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")  # and half-width katakana
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
CJK_SPACE = re.compile(r"(?<=[\u3001-\u303f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff9f])"
                       r"(?<![。！？]) (?=[\u3001-\u303f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
                       r"\uff01-\uff9f])")


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, stripped, with boilerplate lines removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    result = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.split("\n")]
        kept = [line for line in lines if line and not BOILERPLATE.match(line)]
        if kept:
            result.append("\n".join(kept))
    return result


def parse_date(text: str) -> dt.date | None:
    """A date written in full ("5 May 2023", "May 5, 2023", "2023-05-05"), or None."""
    cleaned = re.sub(r"^\w+day,?\s+", "", text.strip().rstrip("."))
    cleaned = re.sub(r"\s+\d{1,2}:\d{2}.*$", "", cleaned)
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def _caption(paras: list[str]) -> tuple[str | None, str | None]:
    if paras and (match := CAPTION.match(paras[0])) and "\n" not in paras[0]:
        paras.pop(0)
        return match.group("caption") or None, match.group("credit").strip()
    return None, None


def _published(paras: list[str]) -> dt.date | None:
    for index, para in enumerate(paras[:4]):
        if (match := PUBLISHED.match(para)) and (date := parse_date(match.group("date"))):
            paras.pop(index)
            return date
    return None


def _standfirst(paras: list[str]) -> str | None:
    if len(paras) < 2 or DATELINE.match(paras[0]) or len(paras[0]) > STANDFIRST_MAX:
        return None
    if DATELINE.match(paras[1]) or len(paras) >= 3:
        return paras.pop(0)
    return None


def _dateline(paras: list[str]) -> str | None:
    if paras and (match := DATELINE.match(paras[0])):
        paras[0] = match.group("rest")
        return match.group("place")
    return None


BYLINE = re.compile(r"^(?:(?:analysis|story|opinion|photos?|text)\s+)?by\s+(?P<names>.+)$",
                    re.IGNORECASE)


def _dump(paras: list[str]) -> tuple[str, list[str], tuple[str, ...]]:
    """(title, article paragraphs, byline) from a whole-page dump."""
    title = strip_site(" ".join(paras[0].split()), [], page_title=True)
    shown = Counter(paras[1:])
    paras = _without_repeats(paras, shown)
    start, end = main_region(paras)
    end = before_teasers(paras, start, before_comments(paras, start, end), shown)
    byline: tuple[str, ...] = ()
    for para in paras[max(0, start - 8): start + 3]:
        if (match := BYLINE.match(para)) and words(para) <= 12:
            byline = clean_byline([match.group("names").split(",")[0]])
            break
    body = [p for p in paras[start:end] if (is_prose(p) or (
        _heading_like(p) and shown[p] < REPEATS and not CREDIT_ONLY.match(p)
        and not SIGNED.match(p)))
        and not is_furniture(p)]  # no label the page repeats ("Article content"), no credit
    if start and _credited_caption(paras[start - 1]):  # the caption set above the text
        body.insert(0, paras[start - 1])
    return title, _without_retold(_headings_over_text(_shown_once(body, shown))), byline


QUOTED_WORDS = 25  # a paragraph this long that the page shows twice is the story's, quoted


def _shown_once(body: list[str], shown: Counter[str]) -> list[str]:
    """The text without the short lines the page shows twice or more: a box it repeats (a
    subscription offer, a video player's error, a caption beside a gallery's), not the story,
    which a page shows once; a long paragraph shown twice is the story's, quoted again, and
    stays once. When that would leave less than half of the text (a page that holds its story
    twice), the first of each line stays."""
    seen: set[str] = set()
    first = [p for p in body if not (p in seen or seen.add(p))]
    kept = [p for p in first if shown[p] < 2 or words(p) >= QUOTED_WORDS]
    return kept if sum(words(p) for p in kept) * 2 >= sum(words(p) for p in body) else first


# A byline on a line of its own: "By Jane Roe and John Doe", "Von dpa 30.04.2024, 18:58", with
# a capital or an agency after "By" (not "By the numbers"); not Italian's "di", which also
# opens a surname ("Di Maio resigns")
_SIGNING = "|".join(w for w in (*BY_WORDS, "przez") if w != "di")
SIGNED = re.compile(rf"^(?i:{_SIGNING})\s+(?:[A-ZÀ-ÞĀ-Ž]|dpa\b|afp\b|ap\b|red\b)")


# A picture's credit alone on a line of a dump: "Jane Roe/Getty Images", "Getty Images",
# "Photo: Jane Roe", "Fotoğraf : Jane Roe/AA"
_PICTURE_AGENCIES = (r"(?:getty images|getty|dpa|ap|afp|reuters|epa|aa|anadolu|xinhua|"
                     r"shutterstock|istock|alamy|picture alliance|imago|keystone|stringer|"
                     r"pa images|pa|bloomberg|ddp)")
CREDIT_ONLY = re.compile(
    rf"^(?:(?:photo|foto|fotoğraf|bild|image|picture)s?(?: credit)?\s*:\s*)?"
    rf"(?:[^.!?:/\s][^.!?:/]{{0,59}}/\s*)*{_PICTURE_AGENCIES}$|"  # each part after a space
    r"^(?:photo|foto|fotoğraf|photo credit|image credit|credit)s?\s*:\s*[^.!?:]{1,60}$",
    re.IGNORECASE)


REPEATS = 3  # a line the page shows this many times is its furniture


def _without_repeats(paras: list[str], shown: Counter[str]) -> list[str]:
    """The lines without the running text that the page shows ``REPEATS`` times or more
    (``shown`` counts each line after the title), word for word (a placeholder for each
    embed: "Your privacy settings prevent external content from loading ..."); menus' short
    lines stay, for the region's measure."""
    return paras[:1] + [p for p in paras[1:] if shown[p] < REPEATS or not is_prose(p)]


RETOLD = 80  # letters: a shorter paragraph retells nothing
RETOLD_PARAGRAPHS = 3  # earlier paragraphs that a block holds whole when it retells the story
RETOLD_TIMES = 3  # ... being this many times as long as they are on average


def _without_retold(body: list[str]) -> list[str]:
    """The paragraphs without a block that is the story again (a "reading speed" or "listen"
    widget's copy, a paywall's full text after its opening): three times as long as the
    earlier paragraphs are on average, it holds three or more of those of 80 letters or more
    whole (a lede that goes on from a shorter standfirst holds one)."""
    kept: list[str] = []
    earlier: list[str] = []  # the letters of each kept paragraph of RETOLD letters or more
    total = 0
    for para in body:
        text = letters(para)
        long = earlier and len(text) >= RETOLD_TIMES * total / len(earlier)
        if long and sum(e in text for e in earlier) >= RETOLD_PARAGRAPHS:
            continue
        kept.append(para)
        if len(text) >= RETOLD:
            earlier.append(text)
            total += len(text)
    return kept


# "H ong Kong is burning": a page's drop cap, set apart from its word when the page became
# text. Not A, E, I, K, O, S, U, V, W, Y or Z, which are words of their own in some language.
DROP_CAP = re.compile(r"^([B-DF-HJL-NP-RTX]) ([a-z]+)\b")


def _without_drop_cap(body: list[str]) -> list[str]:
    """The first paragraph with its drop cap joined to its word, when the text writes that
    word elsewhere as it would be joined ("Hong", "The"), so "B is for ball" and "B and Q
    said" (beside "a band") stay as they are."""
    match = DROP_CAP.match(body[0]) if body else None
    if match is None:
        return body
    word = match.group(1) + match.group(2)
    rest = "\n".join(body[1:]) + body[0][match.end():]
    if not re.search(rf"\b{word}\b", rest):
        return body
    return [word + body[0][match.end():], *body[1:]]


CAPTION_WORDS = 60  # a longer paragraph is the story's, whatever it ends with
CAPTION_CHARS = 600  # longer, not a caption (and the pattern's search stays quick)


def _dump_caption(body: list[str]) -> tuple[str | None, str | None]:
    """The lead picture's caption and credit when the text opens with them (taken out)."""
    if not body or not _credited_caption(body[0]):
        return None, None
    caption, credit = caption_and_credit(body.pop(0), None)
    return caption, credit


def without_credited_captions(body: list[str]) -> list[str]:
    """The paragraphs without the pictures' captions that a page's text dump keeps among
    them, each told by the credit it closes with ("… in Valencia. (AP Photo/Jane Roe)", "…
    bei der Eröffnung. Foto: dpa", "(Foto: Jane Roe)" alone): short, and read as a caption
    and its credit (:func:`captions.caption_and_credit`). A dump has lost the figures that
    tell a caption from the story's paragraphs; its credit still tells it."""
    kept = [p for p in body if not _credited_caption(p)]
    return kept or body


def _credited_caption(paragraph: str) -> bool:
    if words(paragraph) > CAPTION_WORDS or len(paragraph) > CAPTION_CHARS:
        return False
    return caption_and_credit(paragraph, None)[1] is not None


def _headings_over_text(body: list[str]) -> list[str]:
    """The text without the short lines that no running text follows: a heading stands over
    a paragraph, and lines that follow one another without one are a list of other stories'
    headlines, a menu or buttons ("Increase article font size"); not a list's items, told by
    the comma or semicolon that closes them ("Avoid restricted areas;")."""
    return [p for i, p in enumerate(body) if is_prose(p) or p.rstrip().endswith(LIST_ENDS)
            or (i + 1 < len(body) and is_prose(body[i + 1]))]


LIST_ENDS = (";", ",", "；", "，", "、")


def _heading_like(paragraph: str) -> bool:
    n = words(paragraph)
    return 2 <= n < 12 and paragraph[:1].isupper() and not paragraph.isupper() and (
        not paragraph.rstrip().endswith((":", "|")))


def parse_text(text: str, date: dt.date | None = None, source: str | None = None,
               url: str | None = None) -> ImportedArticle:
    """Read a plain-text scrape; ``date``, ``source`` and ``url`` come from the editor."""
    paras = paragraphs(text)
    if not paras:
        raise ValueError("the file holds no text")
    lines = [line for para in paras for line in para.split("\n")]
    if looks_like_dump(lines):
        title, body, byline = _dump(lines)
        body = _unspaced(body)  # a headline keeps its spaces: they part its phrases
        caption, credit = _dump_caption(body)
        body = _without_drop_cap(without_credited_captions(body))
        dateline = opening_dateline(body)  # kept in the text, as a page shows it
        return ImportedArticle(title=title, paragraphs=tuple(body), date=date,
                               dateline=dateline, byline=byline, source_name=source,
                               source_url=url, image_caption=caption, image_credit=credit,
                               language=language_of(body),
                               confidence=_sure(title, body, None, date, None))
    title = " ".join(paras.pop(0).split())
    paras = _without_retold(_unspaced(paras))
    caption, credit = _caption(paras)
    found_date = _published(paras)
    summary = _standfirst(paras)
    dateline = _dateline(paras)
    return ImportedArticle(
        title=title, paragraphs=tuple(paras), summary=summary, date=date or found_date,
        dateline=dateline, source_name=source, source_url=url,
        image_caption=caption, image_credit=credit, language=language_of(paras),
        confidence=_sure(title, paras, summary, date, found_date),
    )


def _unspaced(paragraphs: list[str]) -> list[str]:
    """Japanese text (one character in ten of its ideographs and kana a kana) without the
    spaces a dump put between its characters (see :data:`CJK_SPACE`), once the lines have
    been weighed as the page showed them; Chinese with a word in katakana keeps its spaces."""
    text = "".join(paragraphs)
    kana = len(KANA.findall(text))
    if not kana or kana * 10 < kana + len(HAN.findall(text)):
        return paragraphs
    return [CJK_SPACE.sub("", p) for p in paragraphs]


def _sure(title: str, body: list[str], summary: str | None, given: dt.date | None,
          found: dt.date | None) -> dict[str, str]:
    """Text states nothing about itself: its parts are read from their places (the first
    line, the paragraph before the dateline...), so at best ``medium``."""
    sure = {"title": confidence.MEDIUM if title else "", "body": confidence.body(body),
            "summary": confidence.MEDIUM if summary else "",
            "date": confidence.GIVEN if given else confidence.MEDIUM if found else ""}
    return {k: v for k, v in sure.items() if v}
