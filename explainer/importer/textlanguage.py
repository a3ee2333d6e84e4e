"""The language a text is written in, by its commonest words, for a page that declares none
(no ``lang``, no ``og:locale``): a text in English has many of "the", "and", "of", "to"…,
and few of another language's. Only the languages of :data:`COMMON` are told; a text too
short, or not clearly one of them, has none (the editor says it)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

# each language's commonest words that are not also common words of the others
COMMON = {
    "en": "the and of to in is that for it with was on as are be by this from have not but "
          "they his her which were has said would their been",
    "de": "der die und den das ist nicht mit sich auf dem ein eine für von zu auch wird werden "
          "wie bei nach oder aber noch sind wurde",
    "fr": "le la les et des du une est dans pour que qui pas sur au avec sont ce cette ont "
          "mais par ses leur été aux",
    "es": "el la los las y del que en un una por con para es se su al lo como más pero sus "
          "fue ha está este según",
    "it": "il di che la le è per una con non sono del della gli nel alla anche dei come più "
          "ha questo essere stato",
    "nl": "de het een en van in is dat op te voor niet met zijn aan ook als er maar om bij "
          "wordt heeft naar deze",
    "pt": "de que o a os as do da em um uma para com não no na por mais dos das se foi ao "
          "pelo pela está também",
    "sv": "och att det som en på är av för med till den har inte om ett var jag men från "
          "sig han hon de",
}
WORDS = {language: frozenset(words.split()) for language, words in COMMON.items()}
WORD = re.compile(r"[^\W\d_]+")
LEAST_WORDS = 60  # a shorter text tells no language
SHARE = 0.2  # of its words at least among the language's commonest
AHEAD = 2.0  # times as many as the next language's


def language_of(paragraphs: Iterable[str]) -> str | None:
    """The text's language (ISO 639-1), when its commonest words say so clearly."""
    words = [w.casefold() for p in paragraphs for w in WORD.findall(p)]
    if len(words) < LEAST_WORDS:
        return None
    counts = Counter(words)
    hits = sorted(((sum(counts[w] for w in common), language)
                   for language, common in WORDS.items()), reverse=True)
    (best, language), (second, _) = hits[0], hits[1]
    return language if best >= SHARE * len(words) and best >= AHEAD * second else None


def language_read(declared: str, paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """The language the page declares, else the one its text reads as, with a note."""
    if language := declared_language(declared):
        return language, []
    if language := language_of(paragraphs):
        return language, [f"the page declares no language; its text reads as '{language}'"]
    return None, []


def declared_language(lang: str) -> str | None:
    lang = lang.replace("_", "-")  # "en_US", as Open Graph writes a locale
    return lang.split("-")[0].lower() if re.fullmatch(r"[A-Za-z]{2,3}(?:-[\w]+)*", lang) else None
