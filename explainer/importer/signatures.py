"""A writer's name signing the text, as many sites sign their stories: a paragraph alone in
bold set flush right, the text's last, or just after the text's box (outside what the
extractor read)."""

from __future__ import annotations

import re
from typing import Any

from explainer.importer.clean import letters
from explainer.importer.fallbacks import OUTSIDE_ARTICLE, SIGNED_LINE
from explainer.importer.textlines import text_of

SIGNATURE = re.compile(r"^\*\*([^*\d]{3,40})\*\*$|^\*([^*\d]{3,40})\*$")  # bold, or italics
SIGNED_TAIL = 40  # letters closing the text's last paragraph, found before a signature
SIGNATURES_READ = 20  # flush-right paragraphs in bold looked at, the first


# (or named for a signature: Belgian and French papers' "article-signature")
FLUSH_RIGHT = ("//p[contains(translate(@style, ' ', ''), 'text-align:right') or @align='right' or "
               "contains(translate(@class, 'SIGNATURE', 'signature'), 'signature')]"
               f"[not({OUTSIDE_ARTICLE})]")


def right_aligned(tree: Any) -> list[str]:
    """The text of each paragraph the page sets flush right or names for a signature (where
    a signature goes)."""
    return [text_of(p, SIGNED_LINE) for p in tree.xpath(FLUSH_RIGHT)]


def signed_after(tree: Any) -> dict[str, str]:
    """Each paragraph set flush right and all in bold (a signature), with the text of the
    paragraph before it: the text's last, where the signature stands outside the text's box."""
    signed = {}
    for p in tree.xpath(f"{FLUSH_RIGHT}[count(*) = 1][b or strong]")[:SIGNATURES_READ]:
        text, before = text_of(p, SIGNED_LINE), p.xpath("preceding::p[1]")
        if text and text == text_of(p[0], SIGNED_LINE) and before:
            signed[text] = text_of(before[0])
    return signed


def closing_signature(paragraphs: list[str], flush_right: list[str],
                      after: dict[str, str]) -> str | None:
    """The writer's name signing the text, as many sites sign their stories: the last of
    two paragraphs or more, alone in bold or italics, set flush right (``flush_right``: see
    :func:`right_aligned`), or such a paragraph right after the text's last outside its box
    (``after``: see :func:`signed_after`), two to four words, each capitalised ("**Lê
    Phương**")."""
    match = SIGNATURE.match(paragraphs[-1].strip()) if len(paragraphs) > 1 else None
    words = (match.group(1) or match.group(2)).split() if match else []
    last = letters(paragraphs[-1])[-SIGNED_TAIL:] if paragraphs else ""
    if not words and last:
        words = next((name.split() for name, before in after.items()
                      if letters(before)[-SIGNED_TAIL:] == last), [])
        flush_right = [" ".join(words)]
    if 2 <= len(words) <= 4 and " ".join(words) in flush_right and all(
            w[:1].isupper() and w.replace("-", "").replace("'", "").replace(".", "").isalpha()
            for w in words):
        return " ".join(words)
    return None
