"""The elements a page marks as its author or byline (by ``itemprop``, ``rel`` or a class
word such as "byline", "author", "reporter", "muhabir"), outside its readers' comments, and
the short text each gives as the writer's name, labels removed."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from explainer.importer.bylinejoins import names_apart
from explainer.importer.bylinelabels import COLON_ONLY, either
from explainer.importer.bylinenames import clean_byline
from explainer.importer.fallbacks import AUTHOR_LABELS
from explainer.importer.textlines import class_word, short_lines

_WORDS = "concat(' ', normalize-space(translate(@class, 'COMENTSLIAR', 'comentsliar')), ' ')"
COMMENTS = " or ".join([*(f"contains({_WORDS}, ' {word}')" for word in (
    "comment ", "comments ", "comment-", "commentlist ", "comments-area ")),
    "@id='comments'", "starts-with(@id, 'comment-')"])


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
                "//*[@class and ("
                "contains(translate(@class, 'BYLINEAUTHOR', 'bylineauthor'), 'byline') or "
                "contains(translate(@class, 'AUTHOR', 'author'), 'author') or "
                f"{' or '.join(class_word(w) for w in CLASS_WORDS)} or "
                "contains(translate(@class, 'AUTEOR', 'auteor'), 'auteur') or "
                "contains(translate(@class, 'AUTOR', 'autor'), 'autor'))])"
                # not a reader's comment's author ("comment-author vcard"), in a class or id
                # word of its own ("comment", "comments-area"; not "has-comments")
                f"[not(ancestor-or-self::*[{COMMENTS}])]")
LABEL = re.compile(rf"^(?:(?:{AUTHOR_LABELS})\b\s*:?\s*|"
                   rf"(?:{either(COLON_ONLY)})(?:\s*[:：]\s*|\s+|$))", re.IGNORECASE)
BYLINE_BOX = 100  # an element marked "author" holding more text is a wider box


BYLINE_CHARS = 60  # a byline is short; longer is a sentence
BIO = re.compile(r"\s[—–-]\s+(?:\S+\s+){3,}\S+[.!]$")
# the staff a byline's names belong to, set apart after them ("… / Yomiuri Shimbun Staff
# Writers"), which the length of a byline leaves out
JOB_APART = re.compile(r"\s+[/|]\s+[^/|]*\b(?:staff|writers?|reporters?|correspondents?|"
                       r"enviad[oa]s?|corresponsal(?:es)?|envoyée?s?|correspondante?s?|"
                       r"inviat[oaie]|korrespondent(?:in)?|redaktion|redacción)\b"
                       r"[^/|]*$", re.IGNORECASE)


def visible_authors(tree: Any, elsewhere: Callable[[Any, str], bool]) -> list[str]:
    """Short texts the page marks as its author or byline, labels removed: each element's
    first line that names someone ("Joe Davidson", not an "Updated May 3" above it nor the
    "Washington Post" and the date below it); not one that ``elsewhere`` says signs
    another story."""
    found = []  # (a name, then a sentence of their life after a dash, is a writers' box)
    for element in tree.xpath(AUTHOR_XPATH)[:12]:
        lines = short_lines(element, BYLINE_BOX)
        if lines is None:
            continue
        unlabelled = [t for line in lines if (t := LABEL.sub("", line))]
        text = next((t for t in unlabelled if clean_byline([t])), next(iter(unlabelled), ""))
        text = names_apart(element, text)
        if 2 < len(JOB_APART.sub("", text)) <= BYLINE_CHARS and not BIO.search(text) \
                and not elsewhere(element, text):  # not "Jane Roe — She writes on …."
            found.append(text)
    return found


# an element in a byline's box that holds the writer's job or outlet, not a name (BLOX's
# "tnt-byline-role", "byline-job"); not "title" nor "description", which name the writer's
# name in many author boxes ("author-title", "c-article-top-byline__description")
ROLE_CLASS = re.compile(r"(?:^|[\s_-])(?:role|job|position|affiliation)(?:$|[\s_-])",
                        re.IGNORECASE)


def byline_roles(tree: Any) -> list[str]:
    """The texts of the elements in the page's byline boxes that hold a job or an outlet by
    their class (:data:`ROLE_CLASS`): "…, <span class="tnt-byline-role">The Texas
    Tribune</span>", none of them a writer."""
    return [text for element in tree.xpath(AUTHOR_XPATH)[:12]
            for part in element.iterdescendants()
            if isinstance(part.tag, str) and ROLE_CLASS.search(part.get("class") or "")
            and 0 < len(text := " ".join(part.text_content().split())) <= BYLINE_CHARS]
