"""Key players: the people and organisations an explainer mentions, each with a one-line role.

Shown near the top of an explainer with ``key_players: true``. The role is the first clause
of the term's summary ("President of Syria from 2000 to 2024, ..." gives "President of Syria
from 2000 to 2024"): the summary is already the one-line definition an editor wrote and
sourced, so no new key is needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from explainer.content.model import Term

if TYPE_CHECKING:
    from explainer.site.pages import ExplainerPage

PLAYER_KINDS = ("person", "organisation")
SENTENCE_END = re.compile(r"(?<=[a-z0-9)”\"’])[.!?](?=\s+[\"“‘(\[]*[A-Z0-9])|[.!?]$")
CLAUSE_END = re.compile(r";|:\s|\s[–—]\s|,\s")
LONG = 60  # a first sentence longer than this is cut at its first clause


@dataclass(frozen=True)
class Player:
    term: Term
    role: str


def key_players(page: ExplainerPage) -> list[Player]:
    """The people and organisations among the terms, in the order the explainer names them."""
    return [Player(term, role_of(term.summary)) for term in page.terms
            if term.kind in PLAYER_KINDS]


def role_of(summary: str) -> str:
    """The summary's first sentence, cut at its first clause when it is long, without the
    full stop: "A regional organisation of Arab states, founded in 1945." gives "A regional
    organisation of Arab states, founded in 1945" (short enough to keep whole)."""
    text = " ".join(summary.split())
    end = SENTENCE_END.search(text)
    sentence = text[:end.start()] if end else text
    if len(sentence) > LONG:
        clause = CLAUSE_END.search(sentence)
        if clause and clause.start() > 0:
            sentence = sentence[:clause.start()]
    return sentence.rstrip(" ,;:")
