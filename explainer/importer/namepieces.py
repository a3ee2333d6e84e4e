"""Capitalised words that are pieces of something other than a name, for
:mod:`explainer.importer.candidates`: a line or a quotation in Title Case (a heading, a pull
quote, a song's or a slogan's title), a heading or a label in bold (a name read only there is
none), and a capital after a prefix that makes the word an adjective ("pan-European",
"anti-Trump")."""

from __future__ import annotations

import bisect
import re

from explainer.importer.articlewords import ArticleWords
from explainer.importer.namewords import HEADING_WORDS
from explainer.site.checks import Candidate

PREFIXED = re.compile(r"(?<![\w-])[a-z]{2,5}-$")  # "pan-", "anti-", "non-" before a capital
QUOTED = re.compile(r"[“\"]([^“”\"\n]{3,160})[”\"]|(?<!\w)‘([^‘’\n]{3,160})’(?!\w)")  # a
# quotation, a title, a slogan, in double or single quotes
QUOTED_TITLE_WORDS = 12
HEADING = re.compile(r"#{1,6}\s")
LABEL = re.compile(r"\*\*[^*\n]{1,80}?(?::\*\*|\*\*:)|\*\*[^*\n]{1,80}\*\*$")  # "**Label:**", a
# line in bold alone


def labelled(text: str) -> int:
    """Where the paragraph's running text starts: after a heading (the whole line) or a label
    in bold that opens it ("**Tech Enabled:** …"); 0 when it has none."""
    if HEADING.match(text):
        return len(text)
    label = LABEL.match(text)
    return label.end() if label else 0


def title_case(text: str, article: ArticleWords) -> bool:
    """A line of four words or more whose every word of four letters or more is capitalised,
    some of them words the article also writes in lower case: a heading or a pull quote set in
    Title Case ("'No Sense of Pride. No Sense of Loyalty.'"), not running text (which has a
    verb or a common word in lower case) nor a list of names (whose words are names
    everywhere); or a line of four words or more in capitals."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if not 4 <= len(words) <= HEADING_WORDS:
        return False
    if all(w.isupper() for w in words):
        return True  # "THE POINT -- NOW ON YOUTUBE!"
    long = [w for w in words if len(w) >= 4]
    return all(w[0].isupper() for w in long) and any(
        w.casefold() in article.tokens for w in long[1:] if w.isalpha() and not w.isupper())


def in_quoted_title(candidate: Candidate, quotes: list[re.Match[str]]) -> bool:
    """Whether the name is a piece of a quoted title or slogan in Title Case ("Not Gonna Take
    It" of “We’re Not Gonna Take It”, "More Money" of “Less Money on Testing, More Money on
    Students”); the whole title, but for an article opening it, is read ("The Tortured Poets
    Department"), and so is a name quoted inside running words (“I met Joe Biden”)."""
    at = bisect.bisect_right(quotes, candidate.start, key=lambda q: q.start()) - 1
    if at < 0:  # the quotes stand in order and apart: only the last opening before it
        return False
    quote = quotes[at]
    inner = 1 if quote.group(1) is not None else 2
    if not quote.start(inner) <= candidate.start <= candidate.end <= quote.end(inner):
        return False
    words = quote.group(inner).strip(" ,.!?;:")
    whole = re.sub(r"^(?:The|A|An)\s+", "", words)
    return candidate.name not in (words, whole) and _titled(words)


def _titled(words: str) -> bool:
    """A quotation of at most 12 words set in Title Case: every word of four letters or more
    capitalised ("100 Greatest Guitar Tracks", "So High School"), none in lower case."""
    found = re.findall(r"[^\W\d_][\w'’-]*", words)
    return 1 < len(found) <= QUOTED_TITLE_WORDS and all(
        w[0].isupper() for w in found if len(w) >= 4)


def unprefixed(text: str, candidate: Candidate) -> Candidate:
    """The name without its first word, which a prefix made an adjective ("pan-European
    STOXX 600" is "STOXX 600"); an empty name when nothing is left ("anti-Trump")."""
    first = re.match(r"\S+\s+", candidate.name)
    if first is None:
        return Candidate("", candidate.end, candidate.end)
    start = candidate.start + first.end()
    return Candidate(text[start:candidate.end], start, candidate.end)
