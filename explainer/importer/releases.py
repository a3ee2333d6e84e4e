"""A press release's furniture, which the pages of governments, agencies and companies set
around the statement itself: the label over it ("Press release", "For immediate release",
"Communiqué de presse"), its reference number ("Ref: MIN/PR/031/2024"), and the contacts for
the media under it (a heading such as "For media enquiries" or "Personnes-ressources", then
names, offices, telephone numbers and e-mail addresses). None of it is the statement's
text."""

from __future__ import annotations

import re

from explainer.importer.clean import EMAIL, link_text

_LINE_END = r"[*_.:\s]*$"
RELEASE_LABEL = re.compile(
    r"^[#*_\s]*(?:(?:joint |official )?(?:press|news|media) (?:release|statement)|"
    r"for (?:immediate|general) release|communiqué(?: de presse)?|"
    r"pour (?:diffusion|publication) immédiate|comunicado(?: de prensa| de imprensa)?|"
    r"nota de (?:prensa|imprensa)|para (?:publicación|difusión|divulgação|publicação) "
    r"(?:inmediata|imediata)|pressemitteilung|presseinformation|persbericht|"
    r"comunicato stampa|taarifa kwa vyombo vya habari|persverklaring)" + _LINE_END,
    re.IGNORECASE)
REFERENCE = re.compile(
    r"^[*_\s]*(?:ref(?:erence)?|our ref|release|statement|press release)\.?\s*(?:no\.?|"
    r"number|#)?\s*[:.]?\s*(?=[\w/.-]*\d)[A-Z0-9][\w/.-]*[*_\s]*$", re.IGNORECASE)
CONTACT_HEADING = re.compile(
    r"^[#*_\s]*(?:(?:for )?(?:media|press) (?:enquiries|inquiries|contacts?)|"
    r"(?:media|press|news) contacts?|contacts?(?: for (?:the )?(?:media|press))?|"
    r"personnes?-ressources|relations avec les médias|contacts? (?:pour les )?médias|"
    r"contactos? (?:de|para) (?:prensa|medios|imprensa)|pressekontakt|kontakt für medien|"
    r"contatti (?:per la )?stampa|perscontact|stay connected|restez branchés)" + _LINE_END,
    re.IGNORECASE)
PHONE = re.compile(r"(?<!\w)\+?\d[\d ().-]{6,}\d(?!\w)")
OPENING = 4  # paragraphs from the start where a release's label is looked for
CONTACT_WORDS = 25  # a contact's line (an office and its address) is no longer
CONTACT_CHARS = 400  # nor a contact's paragraph of several lines (nor read past it)


def without_release_furniture(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a press release's label and reference near the start, and
    without the contacts for the media that end the text (see the module)."""
    end = _contacts_from(paragraphs)
    return [p for i, p in enumerate(paragraphs[:end]) if not (
        i < OPENING and all(RELEASE_LABEL.match(line) or REFERENCE.match(line)
                            for line in _lines(p)))]


def _lines(paragraph: str) -> list[str]:
    return [line for line in link_text(paragraph).splitlines() if line.strip()] or [""]


def _contacts_from(paragraphs: list[str]) -> int:
    """Where the contacts for the media start: the first of their headings in the run of
    contacts and such headings that ends the text, past its first paragraph; else its end."""
    cut = len(paragraphs)
    for index in range(len(paragraphs) - 1, 0, -1):  # (not the first: the text's own)
        if CONTACT_HEADING.match(link_text(paragraphs[index]).strip()):
            cut = index
        elif not _contact(paragraphs[index]):
            break
    return cut


def _contact(paragraph: str) -> bool:
    """A contact's paragraph: a short one (a name, an office and its address), or one of a
    few lines holding an e-mail address or a telephone number."""
    text = link_text(paragraph)
    if len(text.split()) <= CONTACT_WORDS:
        return True
    return len(text) <= CONTACT_CHARS and bool(EMAIL.search(text) or PHONE.search(text))
