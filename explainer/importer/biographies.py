"""The writer named only in a note about them under the text: a guest column's contributor
box ("**Leah Moreno** is a professor of urban planning at Tarwick University."), read when
the page names its author nowhere else. The note follows the story's last paragraph, close
to it in the page (within :data:`LEVELS` containers of it), and sets the name apart (in
bold or italics, or the whole note in italics, or in a box named for the author), so an
interviewee's introduction before the text, or a quoted person, is not taken."""

from __future__ import annotations

import re
from typing import Any

from explainer.importer.fallbacks import plain_name
from explainer.importer.setapart import Page

LEVELS = 3  # the containers of the story's last paragraph that the note may be in
MOST_CHARS = 400  # a longer block is more than a note
EMPHASIS = frozenset({"b", "strong", "em", "i"})
# "Leah Moreno is a professor…", "… est professeure…", "… ist Professorin…", "… es
# profesora…", "… è docente…", "… was a reporter…", "… writes about…"
BIO = re.compile(r"^(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})\s+"
                 r"(?:is|was|writes|works|est|ist|es|è|é|jest|är|er)\s+\w", re.UNICODE)
NOTE_BOX = re.compile(r"bio|contributor|author|autor|auteur|about", re.IGNORECASE)
SKIP = frozenset({"nav", "footer", "li", "a", "figure", "figcaption", "script", "style"})


def bio_author(page: Page, last: str | None) -> str | None:
    """The name a note about the writer gives after the story's last paragraph (``last``,
    its plain text), when it sets the name apart; else None."""
    box = page.box(last) if last else None
    if box is None:
        return None
    area = box
    for _ in range(LEVELS):
        area = area.getparent() if area.getparent() is not None else area
    after = False
    for element in area.iter("p", "div"):
        if element is box:
            after = True
            continue
        if after and not any(a.tag in SKIP for a in element.iterancestors()) and \
                (name := _named(element)):
            return name
    return None


def _named(element: Any) -> str | None:
    """The writer's name if the element is a note about them that sets it apart."""
    text = " ".join(element.text_content().split())
    found = BIO.match(text) if 0 < len(text) <= MOST_CHARS else None
    if found is None or not plain_name(name := found.group("name")):
        return None
    first = next(iter(element), None)
    apart = first is not None and first.tag in EMPHASIS and not (element.text or "").strip() \
        and " ".join(first.text_content().split()) == name
    whole = len(element) == 1 and first is not None and first.tag in {"em", "i"} and \
        not (element.text or "").strip() and not (first.tail or "").strip()
    boxed = any(NOTE_BOX.search(e.get("class") or "") for e in (element, element.getparent())
                if e is not None)
    return name if apart or whole or boxed else None
