"""A press release's furniture, which the pages of governments, agencies and companies set
around the statement itself: the label over it ("Press release", "For immediate release",
"Communiqué de presse"), its reference number ("Ref: MIN/PR/031/2024"), and the contacts for
the media under it (a heading such as "For media enquiries" or "Personnes-ressources", then
names, offices, telephone numbers and e-mail addresses). None of it is the statement's
text. Nor, in a release sent through a wire (its dateline marked "/PRNewswire/", "(BUSINESS
WIRE)"), is what closes it: the sections about the company, its forward-looking statements,
the contacts, "###" and the wire's "SOURCE" line."""

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


# a release wire's mark in the dateline: "AUSTIN, Texas, March 4, 2025 /PRNewswire/ --",
# "/CNW/", "/美通社/", "--(BUSINESS WIRE)--", "(GLOBE NEWSWIRE) --", "(ACCESSWIRE)"
WIRE_MARK = re.compile(r"/\s*(?:PRNewswire(?:-[A-Za-z]+)*|CNW|美通社|PRNasia)\s*/|"
                       r"\(\s*(?:BUSINESS\s+WIRE|GLOBE\s+NEWSWIRE|ACCESSWIRE|ACCESS\s+Newswire|"
                       r"EZ\s+Newswire|Newsfile\s+Corp\.?)\s*\)")
# the headings that close a wire's release: "About Meridian Gridworks", "À propos d'…",
# "Über …", "Acerca de …", "Sobre …", "Informazioni su …", "Over …", "O společnosti …", "…
# hakkında", "关于…", "…について",
# "Forward-Looking Statements", "Safe Harbor Statement", "Cautionary Note …", "###"
CLOSING_HEADING = re.compile(
    r"^[#*_\s]*(?:(?:about|à propos d(?:e\s+|['’])|über|acerca de|sobre|informazioni su|over|"
    r"om|o (?:společnosti|spoločnosti|firmie|spółce|компании|компанії)|tentang|关于|關於)"
    r"\s*\S.{0,70}?|.{1,70}?(?:\shakkında|について|에 대하여)|"
    r"(?:cautionary (?:note|statement)s?.{0,50}|forward[- ]looking (?:statements?|information)|"
    r"safe harbou?r(?: statement)?|déclarations prospectives|zukunftsgerichtete aussagen|"
    r"declaraciones prospectivas|dichiarazioni previsionali|前瞻性陈述|前瞻性聲明)|#{3})"
    r"[*_:.\s]*$", re.IGNORECASE)
SOURCE_LINE = re.compile(r"^[*_\s]*SOURCE\s+\S.{0,100}$")  # "SOURCE Meridian Gridworks, Inc."
HEADING_WORDS = 10  # a closing section's heading is no longer
TEXT_BEFORE = 3  # paragraphs of the release before its closing sections


def without_release_furniture(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a press release's label and reference near the start, and
    without the contacts for the media that end the text, nor a wire's closing sections
    (see the module)."""
    end = min(_contacts_from(paragraphs), _wire_closing(paragraphs))
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


def _wire_closing(paragraphs: list[str]) -> int:
    """Where a wire's release closes (see the module): the first closing section's heading, or
    its "SOURCE" line, past the release's first paragraphs; the end of a text that no wire
    marks."""
    texts = [link_text(p).strip() for p in paragraphs]
    if not any(WIRE_MARK.search(t) for t in texts[:OPENING]):
        return len(paragraphs)
    return next((i for i, t in enumerate(texts) if i >= TEXT_BEFORE and (
        SOURCE_LINE.match(t) or (len(t.split()) <= HEADING_WORDS and "\n" not in t
                                 and CLOSING_HEADING.match(t)))), len(paragraphs))
