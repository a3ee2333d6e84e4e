"""A picture's caption and credit apart, as an editor writes them in ``image:``.

Pages often write the credit at the end of the caption ("… in Valencia. Photograph: Eva
Manez/Reuters", "… on Monday. (Robert Roe / Los Angeles Times)"), give a caption that is only
a credit ("(The Independent)"), set the credit in parentheses, or end the caption with an
agency's terms of use in capitals ("THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.").
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from explainer.importer.clean import SENTENCE_ENDS, letters
from explainer.importer.summary import sentences
from explainer.importer.teasers import paragraph_letters

# "Photograph: Eva Manez/Reuters", "Photo by Jane Roe/AP", "Foto: dpa" closing a caption, after
# its last sentence or its closing quote ("… movement.’ Photograph: AFP via Getty")
LABELLED = re.compile(
    r"(?:^|(?<=[.!?”’»\"')\]])\s+|(?<=[.!?])|\s+[|–—-]\s+)(?:photograph|photo|picture|image|"
    r"illustration|foto|bild|credit|фото)s?(?: by|:)\s*"
    r"(?P<who>(?:(?-i:[A-ZА-ЯЁ@])|(?=[^:/]{1,40}/))[^:]{1,79}?)\s*\.?$",  # or a brand in lower
    re.IGNORECASE)  # case with a slash: "Foto: picture alliance / SZ Photo"
# "(Robert Roe / Los Angeles Times)", "(Xinhua/Wang Peng)", "(AP Photo/Jane Roe)", "(Getty
# Images)": a credit in parentheses closing a caption, with a slash or a picture agency's word
# (one word before a slash only with a name of two after it)
_AGENCY_WORDS = (r"(?i:\bvia\b|\bgetty\b|\bimages\b|\bap\b|\bafp\b|\breuters\b|"
                 r"\bepa\b|\bshutterstock\b|\bassociated press\b)")
PARENTHESISED = re.compile(
    rf"\s*\((?P<who>[^()]{{0,80}}{_AGENCY_WORDS}[^()]{{0,60}}|"
    r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)+ ?/ ?[A-Z][\w.'’ -]{1,60}|"
    r"[A-Z][\w.'’-]+ ?/ ?[A-Z][\w.'’-]+ [A-Z][\w.'’ -]{1,50})\)\.?$")  # ("(Brent/WTI)": no one)
# A wire agency's credit written its way: "REUTERS/Jane Roe", "Jane Roe/via REUTERS"
AGENCY = r"(?:REUTERS|AFP|EPA|AP|ANADOLU|XINHUA|GETTY IMAGES)"
WIRE = re.compile(rf"(?<=[.!?”\"')\]])\s+(?P<who>{AGENCY} ?/ ?[\w .'’-]{{2,40}}|"
                  rf"(?:@\w+|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}) ?/ ?(?:via )?{AGENCY})$")
# A caption that is only a wire agency's credit: "REUTERS/Brendan McDermid", "Jane Roe/AFP"
WIRE_ONLY = re.compile(rf"^\s*(?P<who>{AGENCY}/[\w .'’-]{{2,40}}|"
                       rf"(?:@\w+|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}})/(?:via )?{AGENCY})\s*$")
# A caption that is only a photographer's name and the agency in capitals: "Patrick Semansky,
# ASSOCIATED PRESS", "Jane Roe, AFP"
NAMED_WIRE_ONLY = re.compile(rf"^\s*(?P<who>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{1,3}}, "
                             rf"(?:{AGENCY}|(?:THE )?ASSOCIATED PRESS|KYODO|JIJI|YONHAP|DPA))\s*$")
# A caption that is only a copyright notice: "© Jane Roe", "(c) Jane Roe / dpa"
COPYRIGHT_ONLY = re.compile(r"^\s*(?:©|\(c\))\s*(?P<who>[^.!?|–—]{2,60}?)"
                            r"(?:\s+[|–—]\s+(?P<rest>.+))?$", re.IGNORECASE)
# "(Photo credit: HackerRank)", "(Photo: Jane Roe)", "(Credit: …)" closing a caption
LABELLED_PARENTHESES = re.compile(
    r"\s*\((?:(?:photo(?:graph)?|image|picture|foto|bild)\s*(?:credit|courtesy)?|credit|"
    r"courtesy)s?\s*(?:by|of|:)\s*(?P<who>[^()]{1,60})\)\.?$", re.IGNORECASE)
# An agency's terms of use in capitals closing a caption
TERMS = re.compile(r"\s+(?:THIS (?:IMAGE|PICTURE) HAS BEEN|MANDATORY CREDIT|NO RESALES|"
                   r"NO ARCHIVES|(?:ONLY )?FOR EDITORIAL USE|EDITORIAL USE ONLY)\b.*$")


INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"))  # zero-width spaces, no joiners
# A credit's label before the name: "Photo: Jane Roe", "Credit: …", "Foto: dpa", "Photo by …",
# "© Jane Roe", "Copyright: Jane Roe", "коллаж: Jane Roe"
LABEL = re.compile(r"^\s*(?:(?:(?:photo|image|picture) credit|photograph|photo|picture|image|"
                   r"illustration|ilustración|foto|"
                   r"bild|grafik|credit|source|quelle|fuente|фото|коллаж)s?(?: by|\s*:)|©|"
                   r"\(c\)|copyright\b:?)\s*",
                   re.IGNORECASE)
# "… Michael D. Higgins. | Niall Carson/PA Images via Getty Images": a credit after a bar,
# with a slash or a picture agency's word in it (not "Bayern Munich 2023/24"), or a name in
# capitals alone ("… in early February. | KYODO"); "…技官（警視庁提供）": "provided by", in
# Japanese's full-width parentheses
BARRED = re.compile(rf"\s+\|\s+(?P<who>[^|]{{0,60}}(?:[^\W\d_] ?/ ?[^\W\d_]|{_AGENCY_WORDS})"
                    r"[^|]{0,60}|[A-Z]{2,}(?:[ &-][A-Z]{2,}){0,2})$")
PROVIDED = re.compile(r"[（(](?P<who>[^（）()]{1,30}(?:提供|撮影))[）)]$")


# The labels of a credit alone before a name ("Foto: dpa", "коллаж: Андрей Роев"); not
# "Picture:", "Bild:" or "Grafik:", which may say what is shown ("Grafik: Wahlbeteiligung")
CREDIT_LABEL_ONLY = re.compile(r"^\s*(?:(?:(?:photo|image|picture) credit|photo|foto|credit|"
                               r"source|quelle|fuente|фото|коллаж)s?\s*:|©|\(c\)|copyright\b:?)"
                               r"\s*", re.IGNORECASE)  # "Image Credits: Strava"


NAME_WORDS = 5  # a credit's name; more words say what the picture shows


def name_only(text: str) -> bool:
    """Whether a text is only a name: a word ("dpa"), or up to five words that all open with a
    capital ("Андрей Роев", "Jane Roe / AP"; not "the bridge at night")."""
    words = [w for w in text.replace("/", " ").split() if w[0].isalpha()]
    return 1 <= len(words) <= NAME_WORDS and (
        len(words) == 1 or all(w[0].isupper() for w in words))


def _visible(text: str) -> str:
    """A text without the zero-width spaces a page sets to break long words ("Jane Roe/\u200b
    Agencia LOF")."""
    return text.translate(INVISIBLE)


def caption_and_credit(caption: str | None, credit: str | None) -> tuple[str | None,
                                                                          str | None]:
    """The caption without a credit, terms of use or parentheses it closes with, and the
    credit (the page's own, else the one the caption gave), without its label."""
    caption = " ".join(_visible(caption or "").split()) or None  # (the patterns read spaces)
    credit = " ".join(_visible(credit or "").split()) or None
    if caption:
        caption = without_agency_dateline(TERMS.sub("", caption).strip()) or None
    if caption and (tail := SLASH_TAIL.search(caption)):
        caption, credit = _moved_tail(caption, credit, tail)
    caption, credit = _split(caption, credit) if caption else (caption, credit)
    if credit and (inner := re.fullmatch(r"\s*\((.+)\)\s*", credit)):
        credit = inner.group(1).strip()
    if credit and (unlabelled := LABEL.sub("", credit, count=1)):
        credit = unlabelled  # "Photo: Jane Roe" is the credit "Jane Roe"
    if credit:
        credit = credit.lstrip("–—-|:· ") or None  # " – Midjourney": set off in its caption
    return caption, credit


_MONTHS = ("JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|"
           "SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?")
# An agency's dateline opening its caption: the place in capitals, its state, a dash, the day
# ("LAS VEGAS, NV - FEBRUARY 11: ", "KYIV, UKRAINE — MARCH 3, 2024: ")
AGENCY_DATELINE = re.compile(rf"^[A-Z][A-Z.'’ -]{{1,40}}(?:, [A-Z][A-Za-z.' ]{{1,30}})? ?[-–—] ?"
                             rf"(?:{_MONTHS})\.? \d{{1,2}}(?:, \d{{4}})?: (?=\S)")


def without_agency_dateline(text: str) -> str:
    """A caption or alt text without the dateline an agency opens it with: the page's
    reader needs what the picture shows, and the date is the story's."""
    return AGENCY_DATELINE.sub("", text)


# "… in two decades. /AFP via Getty Images": the rest of a credit that the page set apart
# ("Photo by Jane Roe") before its distributor, left at the caption's end after a slash
SLASH_TAIL = re.compile(r"(?<=[.!?”\"')\]])\s+/\s*(?P<who>[A-Z][^/.!?]{1,60})$")


def _moved_tail(caption: str, credit: str | None,
                tail: re.Match[str]) -> tuple[str | None, str | None]:
    """The caption without a credit's tail after a slash, and the credit with it."""
    who = tail.group("who").strip()
    return caption[:tail.start()].strip() or None, f"{credit}/{who}" if credit else who


def _split(caption: str, credit: str | None) -> tuple[str | None, str | None]:
    """A caption, and the credit it gives (when the page gives none apart)."""
    if only := re.fullmatch(r"[(\[]([^()\[\]]{2,60})[)\]]", caption):
        return None, credit or only.group(1).strip()  # "(The Independent)", "[Photo: …]"
    if wire := WIRE_ONLY.match(caption) or NAMED_WIRE_ONLY.match(caption):
        return None, credit or wire.group("who").strip()
    if (owned := COPYRIGHT_ONLY.match(caption)) and len(
            owned.group("who").split()) <= NAME_WORDS:  # "© BART DEWAELE", "© AFP | …"
        return owned.group("rest"), credit or owned.group("who").strip()
    if (label := CREDIT_LABEL_ONLY.match(caption)) and name_only(caption[label.end():]):
        return None, credit or caption[label.end():].strip()  # "коллаж: Андрей Роев"
    for pattern in (LABELLED, LABELLED_PARENTHESES, PARENTHESISED, WIRE, BARRED, PROVIDED):
        if match := pattern.search(caption):
            rest, who = caption[:match.start()].strip(), match.group("who").strip()
            if rest:  # the page's credit, or the caption's when it says more ("AP Photo/…")
                return rest, who if not credit or credit in who else credit
            if pattern is LABELLED and CREDIT_LABEL_ONLY.match(caption) and (
                    "/" in who or name_only(who)):
                return None, credit or who  # "Foto: picture alliance/dpa"
            break
    return caption, credit


# A credit's label without the credit: "Copyright", "Tous droits réservés"
CREDIT_LABEL = re.compile(r"^(?:©|copyright|credits?|photo|foto|bild|image|picture|"
                          r"all rights reserved|tous droits réservés|alle rechte vorbehalten|"
                          r"todos los derechos reservados)\s*[:.]?$", re.IGNORECASE)


def credit_label(text: str) -> bool:
    """Whether a picture's credit is only its label ("Copyright"), the name being elsewhere."""
    return bool(CREDIT_LABEL.match(text.strip()))


ALT_WORDS = 4  # a shorter alt text ("Photo", "Jane Roe") may be any short line's words
MOST_ALTS = 500  # pictures read on one page


def alt_texts(tree: Any) -> set[str]:
    """The letters (:func:`clean.letters`) of the alt texts and titles of the page's pictures
    of ``ALT_WORDS`` words or more (see :func:`without_captions`)."""
    found = set()
    for img in itertools.islice(tree.iter("img"), MOST_ALTS):
        for said in (img.get("alt"), img.get("title")):
            if said and len(said.split()) >= ALT_WORDS:
                found.add(letters(said))
    return found


def without_captions(paragraphs: list[str], alts: set[str]) -> list[str]:
    """The paragraphs without the pictures' captions set apart from their pictures, which the
    text does not keep: a paragraph that is a picture's alt text and ends no sentence ("Jarrad
    Branthwaite (FC Everton) jubelt nach seinem Treffer gegen den FC Liverpool", "Ben Osborn
    (Sheffield United) im Zweikampf mit Antony (Manchester United)"). A sentence
    stays: some sites give a picture the words of the story's paragraph beside it; so does a
    heading (a slide's title may be its picture's alt text too)."""
    kept = [p for p in paragraphs if p.startswith("#") or not (
        paragraph_letters(p) in alts and not _ends_sentence(p))]
    return kept or paragraphs


LAST_BRACKETS = re.compile(r"\s*\([^()]*\)$")


def _ends_sentence(paragraph: str) -> bool:
    """Whether a paragraph ends a sentence, a name in brackets at its end aside ("… mit
    Antony (Manchester United)" ends none; "… said so. (AP)" does)."""
    return LAST_BRACKETS.sub("", paragraph.rstrip("*_ ")).rstrip("*_ ").endswith(SENTENCE_ENDS)


CAPTION_WORDS = 60  # a longer caption (a wire's, telling the story) keeps its first sentences


def opening_sentences(caption: str) -> str:
    """A caption of at most ``CAPTION_WORDS`` words, by whole sentences (at least the first):
    an agency's caption of 185 words that goes on to tell the story says what the picture
    shows in its first."""
    if len(caption.split()) <= CAPTION_WORDS:
        return caption
    kept: list[str] = []
    for sentence in sentences(caption):
        if kept and len(" ".join([*kept, sentence]).split()) > CAPTION_WORDS:
            break
        kept.append(sentence)
    return " ".join(kept)
