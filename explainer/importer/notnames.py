"""Names that are no terms for a glossary, and text not read for names: well-known places
(countries of more than one word, the world's regions, the states of the US, big cities, a
part of one of them told by a word such as "Northern"), what a country's people are called, a
numbered instalment ("Part Two"), and the note closing a piece on who wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from explainer.importer.clean import emphasised
from explainer.importer.namewords import (
    COUNTRIES,
    DEMONYMS,
    INSTALMENT,
    LANDS,
    PART_OF_PLACE,
    US_STATES,
)

# a note on who wrote the piece: "*Jane Roe is a senior researcher at …*"
WRITER_NOTE = re.compile(r"^[*_]+(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+,? (?:is|was) "
                         r"(?:a|an|the)\b")


def without_notes(paragraphs: Sequence[str]) -> list[str]:
    """The paragraphs without the notes closing them, each set whole in italics or bold,
    that say who wrote the piece: their names are the writers', not the story's."""
    kept = list(paragraphs)
    while kept and emphasised(kept[-1].strip()) and WRITER_NOTE.match(kept[-1].strip()):
        kept.pop()
    return kept


def _part_of_place(name: str) -> bool:
    """A part of a country, a continent or a US state, told by a word such as "Northern"
    ("Northern California", "Mountainous Nepal"): a well-known place, not a term."""
    words = name.split()
    return len(words) == 2 and words[0].casefold() in PART_OF_PLACE and (
        words[1] in LANDS or words[1] in US_STATES)


def well_known(name: str) -> bool:
    """Whether the name is a well-known place, a people or an instalment (see the module)."""
    folded = name.casefold()
    return folded in COUNTRIES or folded in DEMONYMS or bool(INSTALMENT.match(name)) or \
        _part_of_place(name)
