"""Paragraphs the extracted text says twice: one said again word for word (a standfirst the
page repeats further down) and a pull quote, which sets words of the text near it large."""

from __future__ import annotations

import difflib
import re

MARKUP = re.compile(r"[*_#>\\]+")


def _plain(paragraph: str) -> str:
    return " ".join(MARKUP.sub("", paragraph).split())


REPEAT_WORDS = 12  # a shorter paragraph may be said twice ("Read on.", a refrain)
PULL_WORDS = 6  # a shorter quote ("> No.") is a quotation, whatever the text around it says
NEARBY = 10  # paragraphs on either side of a pull quote where its words are looked for
CLOSE_BY = 6  # and where its words shortened or cut are
MOSTLY = 0.8  # of a pull quote's words, in its order, in a paragraph: the quote set large
FUZZY_QUOTES = 100  # the text's first quotes compared so (words of a longer quote or
FUZZY_WORDS, FUZZY_PARAGRAPH = 60, 400  # paragraph are compared whole only)


def without_repeats(paragraphs: list[str]) -> list[str]:
    """The paragraphs without one said again word for word (a standfirst the page repeats
    further down) and without a pull quote, which repeats words of the text near it set
    large ("> Trouble is, …" beside the paragraph that holds them)."""
    words = [" ".join(re.findall(r"\w+", _plain(p).casefold())) for p in paragraphs]
    quoted = [p.lstrip().startswith(">") for p in paragraphs]
    seen: set[str] = set()
    kept = []
    pulls = 0
    pulled = False  # the paragraph before was a pull quote, left out
    for index, paragraph in enumerate(paragraphs):
        key = words[index]
        if quoted[index]:
            pulls += 1
            pulled = _pulled(index, words, quoted, fuzzy=pulls <= FUZZY_QUOTES)
            if pulled:
                continue
        elif pulled and _speaker(paragraph):
            pulled = False
            continue  # who said the pull quote: "**Samantha Burgess**, Copernicus"
        elif len(paragraph.split()) >= REPEAT_WORDS and key in seen:
            continue
        pulled = False
        seen.add(key)
        kept.append(paragraph)
    return kept


SPEAKER_WORDS = 20
# a name, in bold or capitalised, perhaps after a dash, and what they are after a comma or dash
SPEAKER = re.compile(r"^(?:[—–-]\s*)?(?:\*\*[^\W\d_][^*\n]{1,60}\*\*|"
                     r"[^\W\d_][\w'’.-]+(?: [^\W\d_][\w'’.-]+){1,3})(?:\s*[,–—-]\s+\S.*)?$")


def _speaker(paragraph: str) -> bool:
    """Whether a line is a pull quote's speaker: a name, and what they are ("**Karsten
    Haustein**, Universität Leipzig"), in at most twenty words that end no sentence."""
    line = paragraph.strip()
    return len(line.split()) <= SPEAKER_WORDS and line[:1] not in "#>" and \
        not line.rstrip("*_").endswith((".", "!", "?", "\"", "”", "“", ":")) and \
        bool(SPEAKER.match(line)) and line.lstrip("*—–- ")[:1].isupper()


def _pulled(index: int, words: list[str], quoted: list[bool], fuzzy: bool = True) -> bool:
    """Whether the quote at ``index`` (six words or more) is words of a paragraph near it
    (ten on either side), or, within six, mostly its words in their order: a pull quote
    shortens what the paragraph says („Wir wissen, dass …“ from „Wir wissen aber, dass
    …“)."""
    quote = words[index]
    if len(quote.split()) < PULL_WORDS:
        return False
    near = range(max(0, index - NEARBY), min(len(words), index + NEARBY + 1))
    if any(not quoted[i] and f" {quote} " in f" {words[i]} " for i in near):
        return True
    if not fuzzy or len(quote.split()) > FUZZY_WORDS:
        return False
    close = [i for i in near if abs(i - index) <= CLOSE_BY and not quoted[i]]
    return any(_mostly_in(quote.split(), words[i].split()) for i in close)


def _mostly_in(quote: list[str], paragraph: list[str]) -> bool:
    """Whether most of a quote's words (:data:`MOSTLY`) stand in the paragraph in order."""
    if not len(quote) * MOSTLY <= len(paragraph) <= FUZZY_PARAGRAPH:
        return False
    matcher = difflib.SequenceMatcher(None, quote, paragraph, autojunk=False)
    return sum(b.size for b in matcher.get_matching_blocks()) >= MOSTLY * len(quote)
