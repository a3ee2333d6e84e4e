"""A correction or an editor's note set under the story ("**Rectificatif** (vendredi 11 h) :
dans une première version de cet article…", "Correction: An earlier version…"): the
newsroom's own word on the story, which an explainer keeps (its corrections are data). Pages
set it in a box of its own, which the second extractors leave out, so the vote on the text
(:mod:`opinions`) must not take it out. Told by the label it opens with, in bold or not,
followed by a colon or a dash, perhaps after a time in brackets."""

from __future__ import annotations

import re

LABELS = (
    # English
    "correction", "corrections", "clarification", "editor's note", "editor’s note",
    "editors' note", "editors’ note", "note from the editor",
    # French, German, Dutch
    "rectificatif", "correctif", "erratum", "précision", "note de la rédaction",
    "berichtigung", "korrektur", "korrekturhinweis", "anmerkung der redaktion",
    "hinweis der redaktion", "transparenzhinweis", "correctie", "rectificatie",
    "noot van de redactie",
    # Spanish, Portuguese, Italian
    "corrección", "fe de errores", "fe de erratas", "aclaración", "nota del editor",
    "nota de la redacción", "correção", "errata", "nota da redação", "nota do editor",
    "rettifica", "correzione", "nota della redazione",
    # Nordic, Polish, Czech, Russian, Turkish
    "rättelse", "rettelse", "rettelser", "korjaus", "oikaisu", "sprostowanie", "korekta",
    "oprava", "поправка", "исправление", "от редакции", "düzeltme", "editörün notu",
    # Chinese, Japanese, Korean
    "更正", "订正", "訂正", "おわび", "정정", "바로잡습니다",
)
_LABEL = "|".join(re.escape(label) for label in sorted(LABELS, key=len, reverse=True))
NOTE = re.compile(rf"^[*_]*(?:{_LABEL})[*_]*\s*(?:\([^)\n]{{1,40}}\)\s*)?[*_]*\s*(?:[:：]|[—–-]\s)",
                  re.IGNORECASE)


def correction_note(paragraph: str) -> bool:
    """Whether a paragraph (Markdown) is a correction or an editor's note: it opens with
    one's label ("Correction:", "**Rectificatif** (vendredi 11 h) :", "Berichtigung –")."""
    return bool(NOTE.match(paragraph.strip()))


# the label alone, as a heading or in bold, over the note's paragraph ("### Fe de errores")
HEADING = re.compile(rf"^(?:#{{1,6}}\s*|[*_]+)(?:{_LABEL})[*_:：\s]*$", re.IGNORECASE)


def correction_notes(paragraphs: list[str]) -> list[bool]:
    """For each paragraph, whether it is a correction or an editor's note: one opening with
    its label (:func:`correction_note`), or such a label alone as a heading and the paragraph
    under it ("### Fe de errores", then "Una versión anterior …")."""
    notes = [correction_note(p) or bool(HEADING.match(p.strip())) for p in paragraphs]
    return [note or (i > 0 and bool(HEADING.match(paragraphs[i - 1].strip())))
            for i, note in enumerate(notes)]
