"""An article's words, read once, for :mod:`explainer.importer.candidates`: which forms it
writes, where a phrase stands (after a word or alone), and which words it calls someone by."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from explainer.importer.namewords import GERMAN_MARKERS, GERMAN_NOUN, NOT_BEFORE_SURNAME
from explainer.importer.textlanguage import language_of


class ArticleWords:
    """An article's words, read once: which forms it writes, and where a phrase stands."""

    def __init__(self, texts: Sequence[str]) -> None:
        # no word and no space runs across two paragraphs; a link's address is no text (the
        # texts come without them: :func:`explainer.importer.candidates.suggest`)
        self.joined = "\0".join(texts)
        words = re.findall(r"\w+", self.joined)
        self.tokens = set(words)
        self._counts = Counter(words)
        self._pairs = Counter((m.group(1), m.group(2)) for m in re.finditer(
            r"(?<!\w)(\w+)\s+(?=(\w+))", self.joined))
        self.german = sum(w.casefold() in GERMAN_MARKERS for w in words) > 0.05 * len(words)
        self.language = language_of(texts)  # its commonest words' language, if they tell one
        self.nouns = set(GERMAN_NOUN.findall(self.joined)) if self.german else set()
        self._called: set[str] | None = None
        self._word_at: dict[str, list[int]] | None = None
        self._found: dict[str, list[int]] = {}
        self._places: dict[str, tuple[bool, bool]] = {}

    def alone(self, phrase: str) -> bool:
        """Whether the phrase stands somewhere without a word just before it (at a sentence's
        start, after punctuation)."""
        return self._where(phrase)[0]

    def inside(self, phrase: str) -> bool:
        """Whether the phrase stands somewhere with a word just before it."""
        return self._where(phrase)[1]

    def _where(self, phrase: str) -> tuple[bool, bool]:
        """(alone somewhere, after a word somewhere), once per phrase."""
        if phrase not in self._places:
            after = [_after_word(self.joined, at) for at in self._starts(phrase)]
            self._places[phrase] = (not all(after), any(after))
        return self._places[phrase]

    def _starts(self, phrase: str) -> list[int]:
        """Where the phrase stands as words of their own (as ``\\b`` would match it), looked
        up where its rarest word stands, once per phrase (a scan of the text for each name made
        4,000 names take 10 s)."""
        if phrase in self._found:
            return self._found[phrase]
        words = list(re.finditer(r"\w+", phrase))
        if not words or words[0].start() or not re.match(r"\w", phrase[-1:]):
            found = [m.start() for m in re.finditer(rf"\b{re.escape(phrase)}\b", self.joined)]
        else:
            where = self._index()
            anchor = min(words, key=lambda w: len(where.get(w.group(), ())))
            end = len(phrase)
            found = [at for at in (p - anchor.start() for p in where.get(anchor.group(), ()))
                     if at >= 0 and self.joined.startswith(phrase, at)
                     and not re.match(r"\w", self.joined[at - 1:at] if at else "")
                     and not re.match(r"\w", self.joined[at + end:at + end + 1])]
        self._found[phrase] = found
        return found

    def _index(self) -> dict[str, list[int]]:
        """Where each word of the article starts, made on first use."""
        if self._word_at is None:
            self._word_at = {}
            for match in re.finditer(r"\w+", self.joined):
                self._word_at.setdefault(match.group(), []).append(match.start())
        return self._word_at

    def count(self, phrase: str) -> int:
        """How often the article writes the phrase as words of their own."""
        return len(self._starts(phrase))

    def apart(self, first: str, rest: str) -> bool:
        """Whether the article writes the word ``rest`` somewhere without ``first`` just
        before it."""
        return self._counts[rest] > self._pairs[(first, rest)]

    def called(self, word: str) -> bool:
        """Whether the article calls someone by this word alone, as it does a surname: after
        a comma, a closing quote or a word in lower case that is no preposition or article
        ("said Chapin", ", Chapin"; not "in Japan", "the Bank", "Republican-controlled
        House"), or before "said" on its own ("English said"; not "the Bank said", "General
        Motors said")."""
        if self._called is None:  # every such word, in one pass over the text
            after = re.finditer(r"(?:(?<!\S)([a-z]+)|[,”\"]) (?=([A-Z][\w'’-]*)\b(?! of\b))",
                                self.joined)
            self._called = {m.group(2) for m in after
                            if m.group(1) is None or m.group(1) not in NOT_BEFORE_SURNAME}
            said = re.finditer(r"\b([A-Z][\w'’-]*) (?=(?:said|says|told|added)\b)", self.joined)
            self._called |= {m.group(1) for m in said if not _inside_name(self.joined, m.start())}
        return word in self._called

    def writes(self, form: str) -> bool:
        """Whether the article writes this form as a word of its own."""
        if re.fullmatch(r"\w+", form):
            return form in self.tokens
        return re.search(rf"(?<!\w){re.escape(form)}(?!\w)", self.joined) is not None


def _after_word(text: str, at: int) -> bool:
    """Whether a word and spaces come just before position ``at``."""
    before = text[max(0, at - 100):at]
    return before != before.rstrip() and bool(re.search(r"\w\s+$", before))


def _inside_name(text: str, at: int) -> bool:
    """Whether the word at ``at`` ends a longer name or follows "the": a capitalised word or
    "the" just before it ("General Motors said", "the Bank said")."""
    before = re.search(r"([^\s\0]+)\s+$", text[max(0, at - 60):at])  # (\0 ends a paragraph)
    if before is None:
        return False
    word = before.group(1)
    return word in ("the", "The") or (word[:1].isupper() and word[-1:].isalnum())
