"""A match's boxes of facts beside its report, taken out before the article is read.

A sports site sets around a match report boxes that are no part of its prose: the score with
its goals and their minutes above the text (``<div class="kick-scoreboard">``), the line-ups and
the players' marks below it (``<section class="content-lineups">``), the minutes of its live
text (``<section class="Article-ticker">``), a cricket match's scorecard. Read as the story,
they open it with a list of names and minutes or close it with one. Such a box is known by a
word of its class (:data:`MATCH_BOXES`), and goes only when it is short (at most
:data:`signups.OVERLAY_WORDS` words) and the page's paragraphs outside it are the story (at
least :data:`signups.STORY_WORDS` words: a live page whose ticker is its text keeps it).
"""

from __future__ import annotations

from typing import Any

from explainer.importer.signups import BLOCKS, OVERLAY_WORDS, without_boxes
from explainer.importer.textlines import class_word

# the words of a match's boxes' classes: the score, the line-ups, a cricket scorecard, the
# minutes of a live ticker, a match centre's facts and figures
MATCH_WORDS = ("scoreboard", "scoreboards", "scorebox", "scorecard", "lineup", "lineups",
               "liveticker", "ticker", "matchcenter", "matchcentre", "matchfacts", "matchstats",
               "boxscore", "boxscores", "matchsheet")  # (L'Équipe's "MatchSheet")
MATCH_BOXES = " or ".join(class_word(word) for word in MATCH_WORDS)


def drop_match_boxes(tree: Any) -> Any:
    """The tree without a match's boxes of facts (:data:`MATCH_BOXES`), outermost first."""
    boxes = [box for box in tree.xpath(f"//*[({BLOCKS}) and ({MATCH_BOXES})]"
                                       f"[not(ancestor::*[{MATCH_BOXES}])]")
             if len(box.text_content().split()) <= OVERLAY_WORDS]
    return without_boxes(tree, boxes)
