"""Whether a description speaks of the story it describes, or of the site (its tagline given
as every page's description)."""

from __future__ import annotations

import re
from collections.abc import Iterable

STORY_WORDS = re.compile(r"[^\W\d_]{4,}")  # words of four letters or more, to judge by
STEM = 5  # letters that stand for a word ("councils" is "council"'s)
JUDGED_WORDS = 5  # a description with fewer such words is not judged
ON_STORY = 0.4  # of its words, at least this share the text writes (or one the title does)


def on_story(description: str, title: str, text: Iterable[str]) -> bool:
    """Whether a description speaks of the story: it shares a word with the title, or at
    least ``ON_STORY`` of its words are in the text. The site's tagline given as every page's
    description ("A home cooking weblog from a tiny kitchen in New York City") does neither;
    a standfirst that teases in words of its own ("Zázrak jedné sezony? West Ham United …")
    names what the headline names. Chinese and Japanese, written without spaces, are not
    judged so (they pass)."""
    words = _stems(description)
    if len(words) < JUDGED_WORDS or cjk(description) or words & _stems(title):
        return True
    written = set().union(*(_stems(paragraph) for paragraph in text))
    return len(words & written) >= ON_STORY * len(words)


def _stems(text: str) -> set[str]:
    return {word[:STEM] for word in STORY_WORDS.findall(text.casefold())}


def cjk(text: str) -> bool:
    """Whether a text of ten characters or more is written in Chinese, Japanese or Korean."""
    return len(text) >= 10 and any("\u3000" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af"
                                   for c in text)


# "… wurde das Hotel wieder lebendig. Von Eva Kirchner-Rätsch": the writer named after the
# description's last sentence
SIGNED = re.compile(r"(?<=[.!?…\"”»])\s+(?:von|by|par|por|di|door|av|af|fra|od)\s+"
                    r"(?P<names>[^.!?\n]{3,120})$", re.IGNORECASE)


def without_signature(description: str, people: Iterable[str]) -> str:
    """A description without the byline it ends with, when it names one of the ``people``
    the page's byline names."""
    match = SIGNED.search(description)
    signed = " ".join(match.group("names").casefold().split()) if match else ""
    if signed and any(" ".join(name.casefold().split()) in signed for name in people):
        return description[:match.start()]
    return description
