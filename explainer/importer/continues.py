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
        r"advertentie|anzeige|werbung|publicité|publicidad|anuncio|recommended content|"
        r"doporučeným obsahem|reklamou|fotografií|videem|galerií|reklamami)s?")
CONTINUES = re.compile(
    r"^[\s(\[*_]*(?:"
    r"(?:the )?(?:text|story|article) continues (?:below|after|under)(?: " + PAST + r")?|"
    r"(?:de )?tekst gaat (?:verder|door) (?:onder|na) " + PAST + r"|"
    r"(?:der )?(?:text|artikel|beitrag) geht (?:unter|nach) " + PAST + r" weiter|"
    r"(?:lesen sie )?weiter (?:unter|nach) " + PAST + r"|"
    r"lesen sie (?:unter|nach) " + PAST + r" weiter|"
    r"(?:la suite|l['’]article continue) (?:sous|après) " + PAST + r"|"
    r"(?:článek|článok|text) pokračuje (?:pod|za) " + PAST + r"|"  # Czech, Slovak: "… pod
    # doporučeným obsahem"; Hungarian, Romanian: "A cikk a hirdetés után folytatódik"
    r"(?:a )?cikk (?:a )?(?:hirdetés|videó|kép|galéria) (?:után|alatt) folytatódik|"
    r"articolul continuă (?:după|sub) (?:reclamă|publicitate|video|foto)|"
    r"(?:el )?(?:texto|artículo) (?:continúa|sigue) (?:debajo|tras|después)(?: de)? " + PAST +
    r")[\s.:…)\]*_]*$", re.IGNORECASE)
NOTE_CHARS = 80  # an element's text longer than this is no such note
TAGS = ("p", "span", "em", "i", "strong", "b", "div", "small", "h2", "h3", "h4", "h5", "h6")
WORDS = re.compile(r"continu|verder|door|weiter|suite|sigue|pokračuje|folytatódik",
                   re.IGNORECASE)  # any
LINKED_WORDS = 0.8  # a box past the note whose words are mostly its links' holds other stories


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
            box = _box_of_links(note)
            (box if box is not None else note).drop_tree()
            dropped.add(box if box is not None else note)
    return tree


def _box_of_links(note: Any) -> Any:
    """The box a note heads when the rest of it is other stories' links (Seznam's "Článek
    pokračuje pod doporučeným obsahem" over a list of them): the box goes with the note."""
    box = note.getparent()
    if box is None or box.tag not in ("div", "section", "aside") or note.getprevious() is not None:
        return None
    rest = len(box.text_content().split()) - len(note.text_content().split())
    linked = sum(len(a.text_content().split()) for a in box.iter("a"))
    return box if rest > 0 and linked >= LINKED_WORDS * rest else None
