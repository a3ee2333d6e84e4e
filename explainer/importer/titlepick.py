"""The headline a page's metadata gives, mended by the one it shows when the metadata's is a
worse copy of it: cut off in the middle of a word ("… à Bruxelles ce" of "… à Bruxelles cet
été", a field's length reached), set in capitals ("FLOOD DEFENCES AT TEWKESBURY …" of "Flood
defences at Tewkesbury …"), or written in another script than the ``<h1>`` the reader sees
(an English ``og:title`` over a headline in Hindi, for sharing), or with words run together
where the ``<h1>``'s lines are boxes a style sheet sets apart ("… missionfaces …")."""

from __future__ import annotations

import re
import unicodedata

MIN_CUT = 20  # characters: a shorter start is too little to tell a cut headline by
SCRIPT_SHARE = 0.6  # of a headline's letters, in one script
SCRIPT_WORDS = 3  # the <h1>'s words, at least, to be taken over the metadata for its script


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _cut_from(title: str, shown: list[str]) -> str:
    """The headline the page shows (``shown``, its ``<h1>``) that ``title`` is the start of,
    cut in the middle of a word ("… ce" of "… cet été"; not "… Infanta" of a ``<title>`` that
    runs the site's name on, "… InfantaUltima Hora")."""
    if len(title) < MIN_CUT or not title[-1:].isalpha():
        return title
    return next((o for o in shown if len(o) > len(title) and o.startswith(title)
                 and o[len(title)].islower()), title)


def _cased(title: str, others: list[str]) -> str:
    """The title in the case the page writes it when it is set in capitals."""
    if not title.isupper():
        return title
    return next((o for o in others if not o.isupper() and _fold(o) == _fold(title)), title)


def _script(text: str) -> str:
    """The script most of the text's letters are written in ("LATIN", "DEVANAGARI"), or ""
    when none holds :data:`SCRIPT_SHARE` of them."""
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            script = unicodedata.name(char, " ").split(" ")[0]
            counts[script] = counts.get(script, 0) + 1
    total = sum(counts.values())
    best = max(counts, key=counts.__getitem__, default="")
    return best if total and counts[best] >= SCRIPT_SHARE * total else ""


def _shown_script(title: str, h1: list[str]) -> str:
    """The page's ``<h1>`` when it is written in another script than the Latin title."""
    shown = next(iter(h1), "")
    script = _script(shown)
    if _script(title) != "LATIN" or script in ("", "LATIN") or \
            len(shown.split()) < SCRIPT_WORDS:
        return title
    return shown


WORD_GAP = re.compile(r"(?<=\w)\s+(?=\w)")


def _run(title: str) -> str:
    """A title's letters and marks without the spaces between words, nor symbols ("🚀")."""
    kept = "".join(c for c in title if unicodedata.category(c) not in ("So", "Sk"))
    return WORD_GAP.sub("", _fold(kept))


def _spaced(title: str, others: list[str]) -> str:
    """The title as another candidate writes it with a space where it runs two words
    together ("mission faces" for "missionfaces": lines of an ``<h1>`` set as blocks), or
    with the symbol it opens with that metadata for sharing leaves out ("🚀 …")."""
    run, words = _run(title), len(title.split())
    return next((o for o in others if len(o.split()) > words and _run(o) == run), title)


def mended(candidates: list[str], h1: list[str]) -> list[str]:
    """The candidate titles, each cut short, set in capitals or written in another script
    than the ``<h1>`` given in place by the page's own writing of it, and each with words
    run together given in place by a candidate that spaces them."""
    return [_spaced(_shown_script(_cased(_cut_from(t, h1), candidates), h1), candidates)
            for t in candidates]
