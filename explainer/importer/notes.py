"""The page's notes to its reader that extractors keep in a story's text: a call for tips with
the newsroom's address ("*Are protests breaking out in your area? Get in touch at
news@example.com*"), a reporter's address standing alone, a note that the story is breaking
("*This is a breaking news story - more to follow*"), a note about where the text was first
published or that it was translated ("*First published in The Conversation*", "*Dies ist eine
maschinelle Übersetzung …*"), a request for the reader's rating ("Wie hat Ihnen dieser
Artikel gefallen?") and a pointer down the page ("Scroll down to see how …").

Each is short. A sentence of the story that reports such words (a police appeal quoted, "the
site said the story would be updated") is longer, quotes someone, or is not set apart in
italics, and stays.
"""

from __future__ import annotations

import re

NOTE_WORDS = 40  # a note is short: longer is the story's own text
ADDRESS_WORDS = 6  # a reporter's name and address, and no more
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# the reader addressed, or asked something
TO_READER = re.compile(r"\?|\b(?:you|your|Sie|Ihnen|Ihre?|du|dir|vous|usted)\b")
REPORTED = re.compile(r"[\"“”„«»]|\b(?:said|says|told|according to|sagte|sagt|erklärte)\b",
                      re.IGNORECASE)
BREAKING = re.compile(
    r"^[*_(\[]*(?:this is an? (?:breaking|developing|live)(?: news?)? (?:story|article)|"
    r"(?:more|further) (?:details )?to follow|"
    r"this (?:story|article|page) (?:is being|will be|is) (?:updated|regularly updated)|"
    r"(?:dieser|der) (?:artikel|beitrag|text) wird (?:laufend |fortlaufend |ständig )?"
    r"aktualisiert|mehr in kürze|cet article (?:sera|est) (?:mis à jour|actualisé))\b",
    re.IGNORECASE)
# where the text was first published, or that it is a translation: in italics or bold whole
PUBLISHED = re.compile(
    r"\b(?:first published|originally published|(?:was |is )?republished|"
    r"(?:ursprünglich|zuerst) (?:erschienen|veröffentlicht)|erschien zuerst|"
    r"publié (?:initialement|à l'origine)|publicado originalmente|"
    r"übersetzung|übersetzt|translated (?:from|by)|translation|traduction|traducción|"
    r"originalartikel|im original|original article|in the original)\b", re.IGNORECASE)
RATING = re.compile(
    r"^[#*_\s]*(?:how did you like this (?:article|story)|was this (?:article|story) "
    r"(?:helpful|useful)|did you (?:like|enjoy|find) this (?:article|story)|"
    r"(?:wie )?hat ihnen (?:dieser|der) (?:artikel|beitrag|text) gefallen|"
    r"war (?:dieser|der) (?:artikel|beitrag) hilfreich|"
    r"(?:cet|l'|l’)article vous a-t-il plu)\b", re.IGNORECASE)
# The page pointing its reader down the page ("Scroll down to see how to identify …",
# "Scroll down for video")
SCROLL = re.compile(r"^[*_\[]*(?:scroll (?:down|up|further)|scrollen sie (?:nach unten|weiter)|"
                    r"faites défiler)\b", re.IGNORECASE)
SCROLL_WORDS = 15
EMPHASIS = "*_"


def is_note(paragraph: str) -> bool:
    """Whether a paragraph of the extracted text (Markdown) is one of the page's notes to its
    reader (see the module)."""
    text = paragraph.strip()
    words = len(text.split())
    if words > NOTE_WORDS:
        return False
    if (BREAKING.match(text) and not REPORTED.search(text)) or RATING.match(text) or (
            SCROLL.match(text) and words <= SCROLL_WORDS):
        return True
    if EMAIL.search(text) and (words <= ADDRESS_WORDS or (
            TO_READER.search(EMAIL.sub(" ", text)) and not REPORTED.search(text))):
        return True  # "**Jane Roe** reporter jane@example.com"; a call for tips
    return _set_apart(text) and bool(PUBLISHED.search(text))


def _set_apart(text: str) -> bool:
    """Set whole in italics or bold: "*…*", "**…**", "_…_"."""
    return text[:1] in EMPHASIS and text[-1:] in EMPHASIS and len(text.strip(EMPHASIS)) > 0
