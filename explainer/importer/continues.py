"""The page's note that its text goes on past a picture, a video or an advertisement
("(Tekst gaat verder onder de foto.)", "Story continues below advertisement", "Der Artikel
geht nach der Anzeige weiter"): the picture or the advertisement is not in the explainer,
so neither is the note. It is dropped from the page before it is read, as an element of its
own (a ``<p>``, or a ``<span>`` closing a paragraph), its tail kept."""

from __future__ import annotations

import re
from typing import Any

from explainer.importer.textlines import short_text

# what the text goes on past: a picture, a video, a graphic, an advertisement
PAST = (r"(?:the |this |de |het |der |dem |la |le |el |del |de la )?(?:photo|foto|picture|"
        r"image|bild|video|graphic|grafik|gallery|galerie|ad|advert|advertisement|"
        r"advertentie|anzeige|werbung|publicité|publicidad|anuncio)s?")
CONTINUES = re.compile(
    r"^[\s(\[*_]*(?:"
    r"(?:the )?(?:text|story|article) continues (?:below|after|under)(?: " + PAST + r")?|"
    r"(?:de )?tekst gaat (?:verder|door) (?:onder|na) " + PAST + r"|"
    r"(?:der )?(?:text|artikel|beitrag) geht (?:unter|nach) " + PAST + r" weiter|"
    r"(?:lesen sie )?weiter (?:unter|nach) " + PAST + r"|"
    r"lesen sie (?:unter|nach) " + PAST + r" weiter|"
    r"(?:la suite|l['’]article continue) (?:sous|après) " + PAST + r"|"
    r"(?:el )?(?:texto|artículo) (?:continúa|sigue) (?:debajo|tras|después)(?: de)? " + PAST +
    r")[\s.:…)\]*_]*$", re.IGNORECASE)
NOTE_CHARS = 80  # an element's text longer than this is no such note
TAGS = ("p", "span", "em", "i", "strong", "b", "div", "small")
WORDS = re.compile(r"continu|verder|door|weiter|suite|sigue", re.IGNORECASE)  # any of them


def is_continuation_note(text: str) -> bool:
    """Whether a text only says that the story goes on after a picture or an
    advertisement."""
    return bool(CONTINUES.match(" ".join(text.split())))


def drop_continuation_notes(tree: Any) -> Any:
    """The tree without the elements that only say the text goes on past a picture or an
    advertisement (their tails kept)."""
    if not WORDS.search(tree.text_content()):
        return tree
    notes = [element for element in tree.iter(*TAGS)
             if (text := short_text(element, NOTE_CHARS)) and is_continuation_note(text)]
    dropped = set()
    for note in notes:  # the outermost of nested ones ("<p><span>…</span></p>")
        if note.getparent() is not None and not dropped & set(note.iterancestors()):
            note.drop_tree()
            dropped.add(note)
    return tree
