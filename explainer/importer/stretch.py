"""Where the article is in a whole page's plain-text dump: whether a text is such a dump
(menus, labels and footers around the story), the stretch of its lines with the most running
text, and where that stretch ends at the latest (before readers' comments, or before a run of
other stories' headlines and openings), for :mod:`explainer.importer.text`."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from explainer.importer.clean import SENTENCE_ENDS

UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
CLUTTER = 12
# cookies by their names in other languages: "vafrakökur", "kolačići", "piškotki", "sütik",
# "evästeet", "küpsised", "slapukai", "sīkdatnes", "ciasteczka", "μπισκότα", "куки",
# "колачиће", "бисквитки", "کوکیز", "कुकीज़", "كوكيز"
COOKIES = re.compile(r"\bcookies?\b|\b(?:vafrakök|kolačić|piškot|sütik|evästee|küpsis|"
                     r"slapuk|sīkdat|ciastecz|μπισκότ|куки|колачић|колачињ|бисквитк|کوکی|"
                     r"कुकी|كوكيز)\w*|cookie(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])|"
                     r"クッキー|쿠키", re.IGNORECASE)
SAID = re.compile(r"\b(?:said|says|told|sagte|sagt|erklärte|a déclaré|dijo|"
                  r"ha detto)\b", re.IGNORECASE)  # a banner's text quotes "Accept all": no verb
BANNER = re.compile(r"\b(?:we|our|us|you|your|this cookie|these cookies|the cookie is|"
                    r"wir|unsere?[mnrs]?|ihr(?:e[mnrs]?)?|nous|notre|vous|votre|nosotros|"
                    r"nuestr[oa]s?|usted|usamos|utilizamos|nossa|nosso|você|folosim|utilizăm|notum|käytämme|używamy|"
                    r"používáme|használ|koristimo|uporabljamo|χρησιμοποιούμε|используем|"
                    r"this (?:web)?site|þessi vefur|(?:acest|ce|este|questo|dit|deze|dieser?) "
                    r"(?:web)?site|овај сајт|ovaj sajt|този сайт|этот сайт|цей сайт|"
                    r"یہ ویب سائٹ|این سایت|यह वेबसाइट|هذا الموقع|bu site)(?!\w)|"
                    r"当サイト|本サイト|当社|本网站|本網站|本站|이 사이트|본 사이트|당사",
                    re.IGNORECASE)
UNENDED_PROSE = 30  # words: a paragraph this long is prose even without a sentence's end


def words(paragraph: str) -> int:
    """How many words a paragraph holds; in Chinese, Japanese, Korean or Thai, written with
    few spaces, about one for every two of their characters."""
    return max(len(paragraph.split()), len(UNSPACED.findall(paragraph)) // 2)


def is_prose(paragraph: str) -> bool:
    """A paragraph of running text, not a menu item, a label, a button or another story's
    headline ("GE raises low end of 2023 profit forecast on aviation boost, article with
    image"): it ends as a sentence does, or is long."""
    n = words(paragraph)
    return n >= UNENDED_PROSE or (n >= 6 and paragraph.rstrip().endswith(SENTENCE_ENDS))


def looks_like_dump(paras: list[str]) -> bool:
    """A whole-page text dump: menus, labels and footers around the article, told by its
    many short lines, or by two runs or more of :data:`MENU_LINES` short lines in a row (a
    menu each; an article's text may hold a list, not a page's menus)."""
    short = [words(p) < SHORT_LINE for p in paras]
    runs = sum(1 for is_short, run in itertools.groupby(short)
               if is_short and len(list(run)) >= MENU_LINES)
    return len(paras) >= 25 and (sum(short) > 0.4 * len(paras) or runs >= MENUS)


SHORT_LINE = 5  # words: a shorter line is a menu's item, a label or a button
MENU_LINES = 4  # short lines in a row that make a menu
MENUS = 2  # menus that make a page's dump


def _worth(paragraph: str) -> int:
    """A line's weight in the article's stretch: its words for running text, ``-CLUTTER``
    for the rest (a menu's item, a label, another story's headline, a cookie banner's text;
    a list's item without a full stop too, which measured better than any lighter weight)."""
    return words(paragraph) if is_prose(paragraph) and not is_consent(paragraph) else -CLUTTER


def is_consent(paragraph: str) -> bool:
    """A cookie banner's or a consent dialog's text: cookies named as the site speaks of
    them to its reader ("we store cookies on your browser", "This cookie is installed by
    Google Analytics"), in the languages of the pages we read; never a paragraph that quotes
    or reports someone (a story about a fine for cookies)."""
    return bool(COOKIES.search(paragraph) and BANNER.search(paragraph)
                and not SAID.search(paragraph))


def main_region(paras: list[str]) -> tuple[int, int]:
    """The stretch of paragraphs with the most prose and the least clutter: each prose
    paragraph counts its words, every other line costs ``CLUTTER``; the best stretch is found
    as a maximum-sum run (as body-text extraction does on HTML tags)."""
    best, best_span, total, start = 0, (0, 0), 0, 0
    for index, para in enumerate(paras):
        total += _worth(para)
        if total <= 0:
            total, start = 0, index + 1
        elif total > best:
            best, best_span = total, (start, index + 1)
    return best_span


COMMENT_MARK = re.compile(r"^(?:.{1,60}\s(?:says|sagt|dit|dice|zegt|scrive|skriver):|reply|"
                          r"log in to reply|antworten|répondre|responder|rispondi)$",
                          re.IGNORECASE)
COMMENT_MARKS = 2  # a comment section shows its marks (an author's "… says:", "Reply") twice


def before_comments(paras: list[str], start: int, end: int) -> int:
    """Where the article's stretch ends at the latest: before the readers' comments, whose
    long texts would otherwise count as the story's (a section with two or more of a
    comment's marks: "Jane says:", "Reply", "Log in to Reply")."""
    marks = [i for i in range(start, end) if COMMENT_MARK.match(paras[i].strip())]
    return marks[0] if len(marks) >= COMMENT_MARKS else end


TEASERS = 3  # other stories' headlines, each with its opening, that close a page's stretch
TEASER_WORDS = 60  # an opening is longer than a headline and shorter than this
STAMP = re.compile(r"^[\w.,: -]{0,12}\d{1,2}[:.]\d{2}(?:\s*(?:uhr|am|pm|h))?\.?$|^[\d./ -]{6,10}$",
                   re.IGNORECASE)  # "Heute, 12:34 Uhr", "2024-10-10": when a teaser was posted


def before_teasers(paras: list[str], start: int, end: int, shown: Counter[str]) -> int:
    """Where the article's stretch ends at the latest: before the run of other stories that
    closes it, each a headline (no sentence) and one paragraph of its opening, with a time
    or a date between them or not, three or more in a row, fewer words than the story before
    them (a story made of short sections keeps them); a line the page repeats ("Article
    content") is no headline."""
    index, found, cut = end, 0, end
    while index - 2 > start:
        opening, at = paras[index - 1], index - 2
        while at > start and STAMP.match(paras[at].strip()):
            at -= 1  # when it was posted, between its headline and its opening
        head = paras[at]
        if not (is_prose(opening) and words(opening) <= TEASER_WORDS and _headline(head)
                and shown[head] < 2):
            break
        found, index = found + 1, at
        while index - 1 > start and STAMP.match(paras[index - 1].strip()):
            index -= 1  # or before its headline
        cut = index
    if found < TEASERS or sum(map(words, paras[cut:end])) * 2 > sum(map(words, paras[start:end])):
        return end  # fewer, or most of the stretch: the story's own sections
    return cut


def _headline(line: str) -> bool:
    """A line shaped as another story's headline: no sentence, label or question (a story's
    own questions head its sections)."""
    return 2 <= words(line) <= 20 and not line.rstrip().endswith((".", "。", ":", "?", "？"))
