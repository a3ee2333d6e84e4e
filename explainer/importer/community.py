"""Text a publication hosts but does not report: the columns of a paid, invitation-only
community of members that some magazines run under their name ("Content is produced and
managed by the Rolling Stone Culture Council, a fee-based, invitation-only membership
community"). The page says so in a disclosure; the editor is told, so that the explainer
credits the member, not the publication."""

from __future__ import annotations

import re
from collections.abc import Sequence

# a disclosure of a community its members pay to join, by invitation
PAID = r"(?:fee-based|paid|pay-to-join|paying)"
INVITED = r"(?:invitation-only|invite-only|by invitation)"
DISCLOSURE = re.compile(rf"\b{PAID}\b[^.]{{0,80}}\b{INVITED}|\b{INVITED}\b[^.]{{0,80}}\b{PAID}\b",
                        re.IGNORECASE)
QUOTED_CHARS = 160  # of the disclosure's sentence, at most, in the note


def community_note(texts: Sequence[str], publication: str | None) -> list[str]:
    """A note when the page's shown text discloses a paid, invitation-only community of
    members behind the text; empty otherwise."""
    shown = " ".join(" ".join(texts).split())
    found = DISCLOSURE.search(shown)
    if not found:
        return []
    start = max(0, shown.rfind(".", 0, found.start()) + 1)
    end = shown.find(".", found.end()) + 1  # the sentence, or its first words when long
    quoted = shown[start:end].strip() if 0 < end - start <= QUOTED_CHARS else \
        shown[start:start + QUOTED_CHARS].strip() + " …"
    by = f"{publication}'s" if publication else "the publication's"
    return [f"the page says the text comes from a paid, invitation-only community of members "
            f"('{quoted}'), not {by} own reporting: credit its author as a member"]
