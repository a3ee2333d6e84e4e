"""A box that asks the reader to sign up for a newsletter, taken out before the article is read.

Pages set their sign-up forms among or after the story's paragraphs, in a box named for them
(``<div class="newsletter-module">``, ``<ps-newsletter-module>``, ``id="signup-box"``): its
title and its small print ("You may occasionally receive promotional content from …") read
as paragraphs of the story. Such a box is recognised by its name and by its few words (at most
:data:`MOST_WORDS`: a form, not a newsletter's own text set as the article). So is a box laid
over the page that holds its own close control (a donation appeal with its "✕").
"""

from __future__ import annotations

import re
from typing import Any

from explainer.importer.picboxes import words_outside
from explainer.importer.stated import READ_ON, WALL_BOX, WALL_WORDS
from explainer.importer.textlines import class_word, short_text

SIGNUP_NAME = re.compile(r"(?:^|[\s_-])(?:newsletter|sign-?up)", re.IGNORECASE)
MOST_WORDS = 150
STORY_WORDS = 100  # the page's paragraphs outside the boxes: fewer, and a box is the text
KEPT = frozenset({"html", "body", "main", "article"})


# a newsletter's own title opening its box: "The Morning Newsletter", "Nieuwsbrief", "뉴스레터"
NEWSLETTER_TITLE = re.compile(r"(?:^|\s)(?:newsletters?|nieuwsbrief|infolettre|boletín|"
                              r"рассылка|뉴스레터|ニュースレター)\s*$", re.IGNORECASE)
TITLED_WORDS = 60  # a box under a newsletter's title: its pitch; more is a story about one


def drop_signup_boxes(tree: Any) -> Any:
    """The tree without the boxes named for a newsletter or a sign-up, of at most
    :data:`MOST_WORDS` words, or opening with a newsletter's title (:data:`NEWSLETTER_TITLE`),
    of at most :data:`TITLED_WORDS`, or around a form asking for an e-mail address
    (:func:`_form_box`; their tail text kept), outermost first; none goes when
    the page's paragraphs outside them are fewer than :data:`STORY_WORDS` words (the box is
    then the page's text: a newsletter's own issue)."""
    boxes: list[Any] = []
    found: set[Any] = set()
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in KEPT:
            continue
        name = f"{element.tag} {element.get('class') or ''} {element.get('id') or ''}"
        most = MOST_WORDS if SIGNUP_NAME.search(name) else \
            TITLED_WORDS if _newsletter_titled(element) else 0
        if most and len(element.text_content().split()) <= most \
                and not any(a in found for a in element.iterancestors()):
            boxes.append(element)
            found.add(element)
    boxes += [box for box in map(_form_box, tree.xpath(EMAIL_FORMS)[:FORMS])
              if box is not None and not any(a in found for a in box.iterancestors())]
    return without_boxes(tree, boxes)


# a form asking for the reader's e-mail address (beehiiv's untitled "<div data-block=
# "subscribe"><h3>…</h3><p>Join 12,400+ readers …</p><form><input type="email">")
EMAIL_FORMS = "//form[.//input[@type='email' or contains(@name, 'email')]]"
FORMS = 20  # looked at


def _form_box(form: Any) -> Any | None:
    """The outermost box around a form of :data:`EMAIL_FORMS` of at most
    :data:`TITLED_WORDS` words, the form itself when its box holds more; a form of more
    words is none (a page's own form)."""
    box = None
    for element in (form, *form.iterancestors()):
        if element.tag in KEPT or len(element.text_content().split()) > TITLED_WORDS:
            break
        box = element
    return box


def _newsletter_titled(box: Any) -> bool:
    """Whether a box opens with a heading that is a newsletter's title, and holds more."""
    first = next(iter(box), None)
    return box.tag in ("div", "section", "aside") and first is not None and \
        first.tag in HEADINGS and len(box) > 1 and bool(NEWSLETTER_TITLE.search(
            " ".join(first.text_content().split())))


def drop_skipped_boxes(tree: Any) -> Any:
    """The tree without the regions a reader may skip: a box labelled by its heading
    (``aria-labelledby``) that opens with a link past itself to its own last element (the
    BBC's "Most read": ``<a href="#end-of-mostread">Skip Most read …</a> … <span
    id="end-of-mostread">End of Most read</span>``), of at most :data:`OVERLAY_WORDS` words."""
    boxes = []
    for box in tree.xpath("//*[@aria-labelledby][.//a[starts-with(@href, '#')]]")[:FORMS]:
        ends = [element.get("id") for element in box.iterdescendants()
                if isinstance(element.tag, str) and element.get("id")]
        skip = box.xpath(".//a[starts-with(@href, '#')]")[0].get("href", "")[1:]
        if ends and skip and ends[-1] == skip and box.tag not in KEPT \
                and len(box.text_content().split()) <= OVERLAY_WORDS:
            boxes.append(box)
    return without_boxes(tree, boxes)


# a box of the readers' reactions to the story, by a word of its class ("box_emotion",
# "post-reactions"): "추천해요 좋아요 화나요", "What's your reaction? Happy Sad Angry"
REACTIONS = " or ".join(class_word(w) for w in ("emotion", "emotions", "reaction", "reactions"))
# a box asking the reader to support the site's journalism, by a word of its class
# ("pt-support-box", "donation-appeal")
APPEALS = " or ".join(class_word(w) for w in ("support", "donate", "donation", "donations",
                                                "petition"))
# a box promoting the site's other stories, events or products, by a word of its class
# ("recirc-module", "wp-block-tc23-event-promo", "article-pitch-container", a call to action's
# "report-cta", "vikatan-subscribe", a sponsor's "pb-sponsor"; not "subscriber-content", a
# paywalled story's), a block's
PROMOS = " or ".join(class_word(w) for w in ("promo", "promos", "promotion", "recirc",
                                              "recirculation", "pitch", "upsell", "cta",
                                              "subscribe", "sponsor", "sponsored"))
# a player's box: its title, length and buttons ("Audio herunterladen (1,7 MB | MP3)")
PLAYERS = " or ".join(class_word(w) for w in ("audioplayer", "videoplayer", "audio player",
                                              "video player", "podcast player"))
BLOCKS = " or ".join(f"self::{tag}" for tag in ("div", "section", "aside", "figure", "ul", "ol",
                                                 "form", "table"))
REACTION_WORDS = 40  # more is no box of buttons


def drop_reaction_boxes(tree: Any) -> Any:
    """The tree without the boxes of the readers' reactions (:data:`REACTIONS`), of at most
    :data:`REACTION_WORDS` words, and the boxes of appeals for support (:data:`APPEALS`), of
    promotions (:data:`PROMOS`) and of players (:data:`PLAYERS`), of at most
    :data:`OVERLAY_WORDS`, outermost first."""
    boxes = [box for box in tree.xpath(f"//*[{REACTIONS}][not(ancestor::*[{REACTIONS}])]")
             if box.tag not in KEPT and len(box.text_content().split()) <= REACTION_WORDS]
    boxes += [box for box in tree.xpath(f"//*[{APPEALS}][not(ancestor::*[{APPEALS}])]")
              if box.tag not in KEPT and len(box.text_content().split()) <= OVERLAY_WORDS]
    boxes += [box for box in tree.xpath(f"//*[({BLOCKS}) and ({PROMOS} or {PLAYERS})]"
                                        f"[not(ancestor::*[{PROMOS} or {PLAYERS}])]")
              if len(box.text_content().split()) <= OVERLAY_WORDS]
    return without_boxes(tree, boxes)


# the heading of the readers' comments, with their count: "コメント 128件", "跟贴 36"
COMMENTS_HEADING = re.compile(
    r"^(?:comments?|コメント|跟贴|跟帖|评论|評論|댓글|kommentare?|commentaires?|comentarios?|"
    r"comentários|commenti|reacties|komentarze|комментарии|коментарі|yorumlar|kommentarer|"
    r"kommentit|komentáře|komentáre|kommentek|hozzászólások|diskuse|diskusia|diskussion|"
    r"discussion|dyskusja|σχόλια|تعليقات|תגובות)\s*[(（]?\s*\d[\d,.]*\s*"
    r"[)）件条則개]?$", re.IGNORECASE)
# (Israeli sites call them "talkbacks"; an obituary's are its guest book's entries, its tributes)
COMMENT_BOXES = " or ".join(class_word(w) for w in (
    "comments", "talkback", "talkbacks", "guestbook", "guest-book", "tribute-wall", "condolences",
    "forum"))  # (a news site's readers' "forum": Spiegel's <div data-area="forum">)
HEADINGS = ("h2", "h3", "h4", "h5", "h6")
# a comments box's first line set as a heading or in bold type (Daum's "<strong class="tit_cmt">
# 댓글 <span>19</span></strong>")
COMMENTS_TITLES = (*HEADINGS, "strong", "b", "span", "p")
HEADED_STORY_WORDS = 20  # a story's words besides a box so headed: fewer, and it is the text


def drop_comment_boxes(tree: Any) -> Any:
    """The tree without the boxes of the readers' comments inside the story's (Yahoo!
    Japan's "<div class="sc-comments"><h2>コメント 128件</h2><p>コメントは個人の見解であり
    …</p>"): a block named for comments, or opening with their heading and count (or a line
    in bold type saying so, "댓글 19"), of at most
    :data:`OVERLAY_WORDS` words, outermost first; their notes are no part of the story."""
    named = [box for box in tree.xpath(f"//*[({BLOCKS}) and {COMMENT_BOXES}]")
             if len(box.text_content().split()) <= OVERLAY_WORDS]
    without_boxes(tree, _outermost(named))
    headed = [box for heading in tree.iter(*COMMENTS_TITLES)
              if heading.getprevious() is None and (box := heading.getparent()) is not None
              and box.tag in ("div", "section", "aside")
              and COMMENTS_HEADING.match(" ".join(heading.text_content().split()))
              and len(box.text_content().split()) <= OVERLAY_WORDS]
    return without_boxes(tree, _outermost(headed), HEADED_STORY_WORDS)


def _outermost(boxes: list[Any]) -> list[Any]:
    return [b for b in boxes if not any(a in boxes for a in b.iterancestors())]


POLL_WORDS = 80  # a poll's question and its answers; more is the story around it
POLL_ANSWERS = 2
POLL_CHARS = 1_000  # characters read of a box around a poll: more is no poll's alone
MOST_POLLS = 100  # groups of buttons looked at


def drop_polls(tree: Any) -> Any:
    """The tree without the reader polls among the story's paragraphs: a box that holds two
    or more radio buttons of one name (the answers) and the question above them ("Sollten
    Plattformen … strenger reguliert werden?"), of at most :data:`POLL_WORDS` words."""
    groups: dict[str, list[Any]] = {}
    for button in tree.xpath("//input[@type='radio']"):
        groups.setdefault(button.get("name") or "", []).append(button)
    boxes = [box for buttons in list(groups.values())[:MOST_POLLS] if len(buttons) >= POLL_ANSWERS
             and (box := _poll_box(buttons)) is not None]
    return without_boxes(tree, boxes)


def _poll_box(buttons: list[Any]) -> Any:
    """The largest box around all the buttons of at most :data:`POLL_WORDS` words."""
    box = buttons[0].getparent()
    while box is not None and not all(box in b.iterancestors() for b in buttons):
        box = box.getparent()
    while box is not None and box.tag not in KEPT:
        parent = box.getparent()
        text = short_text(parent, POLL_CHARS) if parent is not None else None
        if parent is None or parent.tag in KEPT or text is None or \
                len(text.split()) > POLL_WORDS:
            return box
        box = parent
    return None


# A control that closes the box it stands in: a cross, or "close" in the page's language
CLOSE_WORDS = frozenset(w.casefold() for w in (
    "✕", "×", "✖", "x", "close", "schließen", "fermer", "cerrar", "chiudi", "sluiten", "stäng",
    "luk", "lukk", "zamknij", "kapat", "閉じる", "닫기", "关闭", "關閉"))
OVERLAY_WORDS = 300
MOST_OVERLAYS = 50


def drop_overlays(tree: Any) -> Any:
    """The tree without the boxes that hold their own close control (a ``<button>`` that says
    only "✕" or "close", or is labelled so): a pop-up, a donation appeal, a menu laid over
    the page, of at most :data:`OVERLAY_WORDS` words; never the story's own box (none goes
    when too few of the page's paragraphs would be left, as for sign-up boxes)."""
    boxes: list[Any] = []
    for button in tree.iter("button"):
        said = " ".join(button.text_content().split()).casefold()
        label = " ".join((button.get("aria-label") or "").split()).casefold()
        box = button.getparent()
        if box is None or box.tag in KEPT or not (said in CLOSE_WORDS or label in CLOSE_WORDS):
            continue
        if len(boxes) < MOST_OVERLAYS and len(box.text_content().split()) <= OVERLAY_WORDS:
            boxes.append(box)
    return without_boxes(tree, boxes)


# A button that asks the reader to subscribe: its few words hold a subscribe stem
SUBSCRIBE_BUTTON = re.compile(
    r"^(?:\W*\w+\W+){0,3}\w*(?:subscri|abonn|abbon|suscr[ií]b|prenumer)\w*\W*(?:\w+\W*){0,3}$",
    re.IGNORECASE)
APPEAL_CHARS = 2_000  # characters read of a button's box: more is no appeal's alone


def drop_subscribe_appeals(tree: Any) -> Any:
    """The tree without the boxes that end in a button asking the reader to subscribe
    ("Jetzt abonnieren", "Subscribe now"): a subscription or solidarity appeal after the
    story, of at most :data:`OVERLAY_WORDS` words (read no further than
    :data:`APPEAL_CHARS` characters); never the story's own box, as for sign-up boxes."""
    boxes: list[Any] = []
    for button in tree.iter("button"):
        said = " ".join(button.text_content().split())
        box = button.getparent()
        if box is None or box.tag in KEPT or not SUBSCRIBE_BUTTON.match(said):
            continue
        text = short_text(box, APPEAL_CHARS)
        if len(boxes) < MOST_OVERLAYS and text is not None and len(text.split()) <= OVERLAY_WORDS:
            boxes.append(box)
    return without_boxes(tree, boxes)


WALL_CHARS = 1_000  # characters read of a wall's box: more is the story's box
# what a wall asks besides reading on: to subscribe, to log in, for unlimited access
WALL_ASKS = re.compile(r"\bsubscri|\babonn|\blog ?in\b|\bsign ?in\b|\bunlimited access\b|"
                       r"\bprenumer|\blogga in\b|\blogg inn\b|\blog ind\b",
                       re.IGNORECASE)


def drop_walls(tree: Any) -> Any:
    """The tree without the boxes it classes as a wall to read on (``div.paywall-modal``,
    ``div.paywall-container``: :data:`stated.WALL_BOX`) of at most :data:`stated.WALL_WORDS`
    words that ask the reader to read on, subscribe or log in, set among the story's
    paragraphs though the story goes on past them ("Unlock this article … Subscribe for
    $1"); the page's note that a wall is shown is read apart
    (:func:`stated.shown_wall`). Never the story's own box."""
    boxes = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in KEPT or len(boxes) >= MOST_OVERLAYS:
            continue
        if not WALL_BOX.search(f"{element.get('class') or ''} {element.get('id') or ''}"):
            continue
        words = short_text(element, WALL_CHARS)
        if words and len(words.split()) <= WALL_WORDS and (
                READ_ON.search(words) or WALL_ASKS.search(words)):
            boxes.append(element)  # (not a paragraph for subscribers: "<p class=paywall>")
    return without_boxes(tree, _outermost(boxes))


def without_boxes(tree: Any, boxes: list[Any], least: int = STORY_WORDS) -> Any:
    """The tree without the boxes (their tail text kept), unless the page's paragraphs outside
    them are fewer than ``least`` words: the boxes are then the page's text."""
    if not boxes or words_outside(tree, boxes) < least:
        return tree
    for box in boxes:
        if box.getparent() is not None:
            box.drop_tree()
    return tree
