"""The elements a page marks as its author or byline (by ``itemprop``, ``rel`` or a class
word such as "byline", "author", "reporter", "muhabir"), outside its readers' comments, and
the short text each gives as the writer's name, labels removed."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import Any

from explainer.importer.bylinejoins import PLACE_WORDS, class_words, names_apart, words_apart
from explainer.importer.bylinelabels import COLON_ONLY, either
from explainer.importer.bylinenames import clean_byline
from explainer.importer.bylinetails import AGENCY
from explainer.importer.fallbacks import AUTHOR_LABELS
from explainer.importer.textlines import class_word, short_lines, text_of
from explainer.importer.unseen import for_screen_readers

_WORDS = "concat(' ', normalize-space(translate(@class, 'COMENTSLIAR', 'comentsliar')), ' ')"
COMMENTS = " or ".join([*(f"contains({_WORDS}, ' {word}')" for word in (
    "comment ", "comments ", "comment-", "commentlist ", "comments-area ")),
    "@id='comments'", "starts-with(@id, 'comment-')",
    f"contains({_WORDS}, ' smartbanner')"])  # or an app's banner ("smartbanner__info__author":
# its store's "FREE - In Google Play")


# a byline's class words in other languages, each a word of its own: the reporter in
# Turkish ("muhabir"), Indonesian ("wartawan", "penulis": writer) and Swedish or German
# ("journalist"), the writer in Turkish ("yazar"), Norwegian and Danish ("forfatter"),
# Finnish ("kirjoittaja"); and the credits of Firefox's reader view ("reader-credits"), a
# page saved from it
CLASS_WORDS = ("reporter", "muhabir", "wartawan", "penulis", "journalist", "yazar", "forfatter",
               "kirjoittaja", "reader credits")
AUTHOR_XPATH = ("(//*[@itemprop='author'] | //*[@rel='author'] | "
                # a framework's test name, where the classes are hashes (data-testid="byline")
                "//*[contains(translate(@data-testid, 'BYLINEAUTHOR', 'bylineauthor'), 'byline')"
                " or contains(translate(@data-testid, 'AUTHOR', 'author'), 'author')] | "
                # "cmsByline" (not a region's heading: the BBC's "<h2 id="article-byline">")
                "//*[contains(translate(@id, 'BYLINE', 'byline'), 'byline')][not(self::h1 or "
                "self::h2 or self::h3 or self::h4 or self::h5 or self::h6)] | "
                "//*[@class and ("
                "contains(translate(@class, 'BYLINEAUTHOR', 'bylineauthor'), 'byline') or "
                "contains(translate(@class, 'AUTHOR', 'author'), 'author') or "
                f"{' or '.join(class_word(w) for w in CLASS_WORDS)} or "
                "contains(translate(@class, 'AUTEOR', 'auteor'), 'auteur') or "
                "contains(translate(@class, 'AUTOR', 'autor'), 'autor'))])"
                # not a reader's comment's author ("comment-author vcard"), in a class or id
                # word of its own ("comment", "comments-area"; not "has-comments")
                f"[not(ancestor-or-self::*[{COMMENTS}])]"
                # nor a picture's credit ("<figcaption>… <span class="photo-author">"), a
                # button ("<button class="followAuthorBtn">Folgen</button>", a link so named)
                # or a pull quote's speaker ("<div class="pull-quote__author">")
                "[not(self::button or ancestor::button or ancestor-or-self::figcaption or "
                "ancestor::figure or ancestor::blockquote or ancestor-or-self::*[position() <= 3]"
                "[contains(translate(@class, 'QUOTE', 'quote'), 'quote')] or " + " or ".join(
                    f"contains(translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                    f"'abcdefghijklmnopqrstuvwxyz'), '{word}')" for word in (
                        "photo-author", "photo_author", "photographer", "foto-autor",
                        "foto_autor", "fotografo", "btn", "button")) + ")]")
LABEL = re.compile(rf"^(?:(?:{AUTHOR_LABELS})\b\s*:?\s*|"
                   rf"(?:{either(COLON_ONLY)})(?:\s*[:：]\s*|\s+|$))", re.IGNORECASE)
BYLINE_BOX = 100  # an element marked "author" holding more text is a wider box


BYLINE_CHARS = 60  # a byline is short; longer is a sentence
AGENCY_CODE = re.compile(rf"(?=(?-i:[A-Z]{{2}})$){AGENCY}", re.IGNORECASE)  # "TT", "AP"
BIO = re.compile(r"\s[—–-]\s+(?:\S+\s+){3,}\S+[.!]$")
# the staff a byline's names belong to, set apart after them ("… / Yomiuri Shimbun Staff
# Writers"), which the length of a byline leaves out
JOB_APART = re.compile(r"\s+[/|]\s+[^/|]*\b(?:staff|writers?|reporters?|correspondents?|"
                       r"enviad[oa]s?|corresponsal(?:es)?|envoyée?s?|correspondante?s?|"
                       r"inviat[oaie]|korrespondent(?:in)?|redaktion|redacción)\b"
                       r"[^/|]*$", re.IGNORECASE)


def visible_authors(tree: Any, elsewhere: Callable[[Any, str], bool],
                    labels: Sequence[str] = ()) -> list[str]:
    """Short texts the page marks as its author or byline, labels removed (``labels``: those
    written for screen readers only, :func:`hidden_labels`): each element's first line that
    names someone ("Joe Davidson", not an "Updated May 3" above it nor the "Washington Post"
    and the date below it), not its buttons' words read as one line ("ShareSave"); not one
    that ``elsewhere`` says signs another story. The first is joined to the bylines of the
    boxes beside it (:func:`_boxes_side_by_side`)."""
    found, read = [], {}  # (a name, then a sentence of their life after a dash, is a writers' box)
    for element in tree.xpath(AUTHOR_XPATH)[:12]:
        lines = short_lines(element, BYLINE_BOX)
        if lines is None:
            continue
        words = [text_of(b) for b in itertools.islice(element.iter("button"), LABELS_READ)]
        buttons = button_runs(words)
        unlabelled = [t for line in lines if (t := _button_off(LABEL.sub("", unlabelled_by(
            line, labels)), words)) and "".join(t.split()).casefold() not in buttons]
        text = next((t for t in unlabelled if clean_byline([t])), next(iter(unlabelled), ""))
        text = names_apart(element, text)
        if (2 < len(JOB_APART.sub("", text)) <= BYLINE_CHARS or AGENCY_CODE.fullmatch(text)) \
                and not BIO.search(text) and not elsewhere(element, text):
            # (not "Jane Roe — She writes on …."; an agency's code of two capitals: "TT")
            found.append(text)
            read[element] = text
    return _boxes_side_by_side(found, read)


def _button_off(line: str, words: list[str]) -> str:
    """A line without a button's words run into its end ("정유진 기자구독": the name, then
    Naver's "구독", subscribe, button)."""
    for word in words:
        if word and line.endswith(word) and len(line) > len(word):
            return line[:-len(word)].strip()
    return line


def _boxes_side_by_side(found: list[str], read: dict[Any, str]) -> list[str]:
    """``found`` with its first byline joined to those of the boxes beside it, siblings of
    the same tag and class that name someone too: a writer's box each (Patch's "<div
    class="styles_Byline">Tomás Grijalva, Patch Staff</div><div class="styles_Byline">Renee
    Kowal, Patch Staff</div>"), of which the first's reading is only the first; not a box
    built otherwise (:func:`_shape`) or whose label credits other work ("Texte par : FRANCE
    24", then "Vidéo par : …")."""
    for element, text in read.items() if found else ():
        if text != found[0] or not element.get("class") or not clean_byline([text]):
            continue
        beside = [read[s] for s in element.itersiblings()
                  if (s.tag, s.get("class")) == (element.tag, element.get("class"))
                  and s in read and _shape(s) == _shape(element)
                  and clean_byline([read[s]]) and not LABELLED.search(read[s])]
        if beside:
            return [", ".join([text, *beside]), *found[1:]]
    return found


def _shape(box: Any) -> tuple[tuple[str, str], ...]:
    """The tags and classes of a box's elements, in order: two writers' boxes are built alike
    (not a writer's box and the "Comment Now" link's beside it, of the same class)."""
    return tuple((part.tag, part.get("class") or "") for part in itertools.islice(
        box.iterdescendants(), LABELS_READ) if isinstance(part.tag, str))


def button_runs(buttons: Sequence[str]) -> set[str]:
    """The words of two buttons or more one after the other, without spaces and in small
    letters ("sharesave" of the BBC's "<button>Share</button><button>Save</button>" in its
    byline's box): read as one line or one name, they are no writer's. One button alone
    may open a writer's card."""
    return {"".join(" ".join(buttons[i:j]).split()).casefold() for i in range(len(buttons))
            for j in range(i + 2, min(i + BUTTONS_JOINED, len(buttons)) + 1)}


def buttons_joined(byline: str | None, buttons: Sequence[str]) -> str | None:
    """trafilatura's byline without a part that is the words of buttons one after the other
    (:func:`button_runs`: "Share Save")."""
    if not byline or len(buttons) < 2:
        return byline
    runs = button_runs(buttons)
    return "; ".join(p for p in byline.split("; ") if "".join(p.split()).casefold()
                     not in runs) or None


BUTTONS_JOINED = 4  # the most buttons whose words are read as one part
LABELLED = re.compile(r"[:：]")  # a box with a label of its own ("Vidéo par : …") credits more


# an element in a byline's box that holds the writer's job or outlet, not a name (BLOX's
# "tnt-byline-role", "byline-job"), or the place it was filed from ("content-location":
# "ANKARA"); not "title" nor "description", which name the writer's name in many author
# boxes ("author-title", "c-article-top-byline__description")
ROLE_CLASS = class_words(f"role|job|position|affiliation|{PLACE_WORDS}")


def byline_roles(tree: Any, labels: Sequence[str] = ()) -> list[str]:
    """The texts of the elements in the page's byline boxes that hold a job, an outlet or a
    place by their class (:data:`ROLE_CLASS`): "…, <span class="tnt-byline-role">The Texas
    Tribune</span>", none of them a writer; and the names of the photographers among them
    (:func:`pictured_authors`)."""
    return [text for part in _role_parts(tree)
            if 0 < len(text := unlabelled_by(" ".join(part.text_content().split()), labels))
            <= BYLINE_CHARS] + pictured_authors(tree)


def _role_parts(tree: Any) -> list[Any]:
    """The elements of the page's byline boxes whose class names a role (:data:`ROLE_CLASS`)."""
    return [part for element in tree.xpath(AUTHOR_XPATH)[:12]
            for part in element.iterdescendants()
            if isinstance(part.tag, str)
            and ROLE_CLASS.search(words_apart(part.get("class") or ""))]


# a role that is the pictures': NRK's and SVT's "<span class="author__role">Fotograf</span>"
PICTURE_ROLE = re.compile(r"^(?:foto(?:graf(?:in|o|a|e)?)?|photos?|photograph(?:er|e|y)|"
                          r"fotógraf[oa]|fotografia|kuvaaja|valokuvaaja|illustrat(?:or|ion|rice)|"
                          r"illustrat[øo]r|ilustrador[a]?|grafik(?:er)?|video(?:grapher)?|"
                          r"camera|kamera|bild(?:er)?)$", re.IGNORECASE)


def pictured_authors(tree: Any) -> list[str]:
    """The names of the people a byline box gives a picture's role by its role element
    (:data:`ROLE_CLASS`: "<li class="author"><a>Martin Aas</a><span class="author__role">
    Fotograf</span></li>"): the photographers, whom JSON-LD may list among the authors."""
    found = []
    for part in _role_parts(tree):
        if PICTURE_ROLE.match(" ".join(part.text_content().split()).strip(" ,:|")):
            item = part.getparent()
            name = " ".join(item.text_content().replace(part.text_content(), " ", 1).split())
            if 0 < len(name) <= BYLINE_CHARS:
                found.append(name)
    return list(dict.fromkeys(found))  # (boxes inside boxes: "ul.authors" and its "li.author")


LABELS_READ = 500  # of a byline box's elements, the first looked at for labels
# a label's words for screen readers before a comma or a colon: the BBC's "Author, ", "Role, "
_WORD = r"[^\W\d_][^\s\d,:،：.;!?()]*"  # a word, its vowel signs too ("எழுதியவர்")
HIDDEN_LABEL = re.compile(rf"^({_WORD}(?:[\s\u200c]{_WORD}){{0,2}})\s*[,:،：]$")


def hidden_labels(tree: Any) -> list[str]:
    """The words the page's byline boxes give screen readers only, as a label before a comma
    or a colon (:data:`HIDDEN_LABEL`: the BBC's "نویسنده, " and "نقش, ", its "Author, " and
    "Role, " in Persian): no sighted reader sees them, and they name no one. So are two or
    more such labels of one class, each before the element of its value, though a saved page
    lost the style that hid them ("எழுதியவர்,", "பதவி,"; a comma's, not "Text:" and "Foto:",
    which part the names the reader sees)."""
    found: dict[str, None] = {}
    for element in tree.xpath(AUTHOR_XPATH)[:12]:
        alike: dict[str, list[str]] = {}  # labels set alike before their values, by class
        for part in itertools.islice(element.iter(), LABELS_READ):
            if not isinstance(part.tag, str) or not (label := HIDDEN_LABEL.match(
                    " ".join(part.text_content().split()))):
                continue
            if for_screen_readers(part):
                found[label[1]] = None
            elif part.getnext() is not None and part.get("class") and \
                    part.text_content().rstrip()[-1:] in ",،":  # (a visible "Foto:" parts names)
                alike.setdefault(part.get("class"), []).append(label[1])
        found.update((label, None) for labels in alike.values() if len(labels) > 1
                     for label in labels)
    return list(found)


def unlabelled_by(text: str, labels: Sequence[str]) -> str:
    """``text`` without the label for screen readers it opens with, and its comma or colon."""
    for label in labels:
        if text.startswith(label) and (rest := text[len(label):]).lstrip()[:1] in ",:،：":
            return rest.lstrip()[1:].strip()
    return text


def without_labels(byline: str | None, labels: list[str]) -> str | None:
    """trafilatura's byline without the labels for screen readers it read as words
    ("نویسنده; نیلوفر رستمی نقش; …": "نیلوفر رستمی; …"), its parts that held only one left out."""
    if not byline or not labels:
        return byline
    for label in labels:
        byline = re.sub(rf"(?<!\w){re.escape(label)}(?!\w)", "", byline)
    return "; ".join(part for p in byline.split(";") if (part := " ".join(p.split()).strip(" ,")))

