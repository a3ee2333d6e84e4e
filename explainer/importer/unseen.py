"""Text a page writes for screen readers only, taken out before the article is extracted.

Pages add words that no sighted reader sees, for screen readers: ", opens new tab" inside a
link, "Advertisement", "Image:", "(opens in a new window)". They are hidden by a class that
the page's stylesheet makes a one-pixel clipped box (``sr-only``, ``visually-hidden``,
``screen-reader-text``...) or by the same rules written in a ``style`` attribute. An extractor
reads them as text ("The report, opens new tab by the..."), so they are removed first.
Elements hidden in other ways (``display: none``, ``hidden``) are left alone: pages also hide
the rest of an article that way until a reader opens it.
"""

from __future__ import annotations

import re
from typing import Any

HIDING_CLASSES = frozenset({
    "sr-only", "sr-only-focusable", "visually-hidden", "visuallyhidden", "screen-reader-text",
    "screen-reader-only", "screenreader-only", "sr-text", "a11y-hidden", "u-visually-hidden",
    "element-invisible", "assistive-text", "offscreen", "off-screen",
    "hide-text", "text-hide", "hidden-text"})  # an image replacing its words
HIDING_PARTS = ("visually-hidden", "visuallyhidden", "screen-reader", "screenreader", "sr-only")
LABEL_MOST = 300  # characters: a label for screen readers is short
_NOTHING = r"(?:0|0px|1px)"
CLIPPED = re.compile(rf"clip\s*:\s*rect\(\s*{_NOTHING}(?:[\s,]+{_NOTHING}){{3}}\s*\)"
                     r"|clip-path\s*:\s*inset\(\s*50%\s*\)", re.IGNORECASE)


def for_screen_readers(element: Any) -> bool:
    """Whether an element is one of those one-pixel boxes that only screen readers read: not
    one that holds paragraphs of :data:`LABEL_MOST` characters or more, whatever its class
    says (a site's own prefix: Sveriges Radio's ``sr-text`` holds its story)."""
    classes = (element.get("class") or "").lower().split()
    if any("not-" in c for c in classes):  # "md:not-sr-only": shown again on wide screens
        return False
    if any(c in HIDING_CLASSES or any(part in c for part in HIDING_PARTS) for c in classes):
        return not element.xpath("boolean(.//p)") or len(element.text_content()) < LABEL_MOST
    return bool(CLIPPED.search(element.get("style") or ""))


# A link's words for screen readers, in a box of their own inside it: "(Nouvelle fenêtre)",
# "(opens in a new window)", "öffnet in neuem Fenster", "(link is external)"
_WHERE = (r"(?:(?:dans )?une? nouvel(?:le)? (?:fenêtre|onglet)|nouvel(?:le)? (?:fenêtre|onglet)|"
          r"(?:in )?(?:a )?new (?:window|tab)|(?:in |im |in einem )?neue[mn]? (?:fenster|tab)|"
          r"(?:en )?una? nueva (?:ventana|pestaña))")
NEW_WINDOW = re.compile(
    rf"^\(?\s*(?:(?:opens|open|s['’]ouvre|öffnet|abre|se abre)\s+{_WHERE}|{_WHERE}|"
    r"external link|link is external|lien externe|externer link|enlace externo)"
    r"\s*\)?[.,]?$", re.IGNORECASE)


def _window_notice(element: Any) -> bool:
    """A box inside a link that says only where the link opens (see NEW_WINDOW), where the
    link has words of its own besides: a link left empty would take the words after it."""
    if element.tag not in ("span", "em", "i", "small") or not NEW_WINDOW.match(
            element.text_content().strip()):
        return False
    link = next((a for a in element.iterancestors() if a.tag == "a"), None)
    notice = " ".join(element.text_content().split())
    return link is not None and bool(
        " ".join(link.text_content().split()).replace(notice, "", 1).strip())


def _amp_stand_in(element: Any) -> bool:
    """An AMP component's stand-in, shown while it loads or when it cannot ("<div
    fallback>O vídeo não pode ser carregado.</div>" inside an ``<amp-youtube>``)."""
    parent = element.getparent()
    return (element.get("fallback") is not None or element.get("placeholder") is not None) and (
        parent is not None and isinstance(parent.tag, str) and parent.tag.startswith("amp-"))


BYLINE_REGION = 300  # characters: a region named for the byline holding more is no byline's


def _byline_region(element: Any) -> bool:
    """A short region the page names for its byline (``aria-labelledby="article-byline"``),
    not an article that names its headline and byline as its label."""
    return "byline" in (element.get("aria-labelledby") or "") and \
        len(element.text_content()) <= BYLINE_REGION


def _initial(element: Any) -> bool:
    """A drop cap's letter written for screen readers, its word going on right after it
    (``<span aria-hidden="true">T</span><span class="sr-only">T</span>he first …``)."""
    text = (element.text_content() or "").strip()
    return len(text) == 1 and text.isalpha() and (element.tail or "")[:1].isalpha()


ANCHOR_MARKS = frozenset({"", "#", "¶", "§", "🔗", "link", "permalink", "anchor"})


def _heading_anchor(element: Any) -> bool:
    """A heading's link to itself, a mark shown only when the heading is pointed at (Hugo's
    and Jekyll's ``<h2 id="the-fix">The fix<a hidden class="anchor" href="#the-fix">#</a>``,
    Sphinx's "¶"): the extractor reads the heading as a link to another place and drops it."""
    return (element.tag == "a" and (element.get("href") or "").startswith("#")
            and " ".join(element.text_content().split()).casefold() in ANCHOR_MARKS
            and any(parent.tag in ("h2", "h3", "h4", "h5", "h6")  # (not the headline's)
                    for parent in element.iterancestors()))


def drop_unseen(tree: Any) -> Any:
    """The page's tree without its screen-reader-only elements (their tail text kept), the
    words inside a link that say where it opens, an AMP component's stand-in, a region
    named for the byline (the BBC's "Article information": the byline reads it apart), a
    heading's link to itself (:func:`_heading_anchor`), and a tooltip, shown only while a
    term is pointed at (a glossary's ``<span role="tooltip" hidden>Photoperiode: die
    tägliche …</span>`` inside a sentence)."""
    unseen = [e for e in tree.iter() if isinstance(e.tag, str) and (
        ((e.get("class") or e.get("style")) and for_screen_readers(e) and not _initial(e))
        or _window_notice(e) or _amp_stand_in(e) or _byline_region(e) or _heading_anchor(e)
        or e.get("role") == "tooltip")]
    for element in unseen:
        parent = element.getparent()
        if parent is not None:
            element.drop_tree()
    return tree


# Formatting that shows nothing when it holds no text: trafilatura ended a paragraph at an empty
# <strong> ("the officer recalled: “I <strong></strong>proceeded …" lost all after "I") and
# glued the words around a <b> holding a space ("game.<b> </b>The")
MARKS = ("b", "strong", "em", "i", "u", "span", "font", "small", "mark")


def drop_empty_marks(tree: Any) -> Any:
    """The tree without formatting elements that hold no text (a space they hold is kept)."""
    for element in reversed(list(tree.iter(*MARKS))):  # inner ones first: then the outer
        parent = element.getparent()
        if not len(element) and not (element.text or "").strip() and parent is not None:
            kept = (element.text or "") + (element.tail or "")
            before = element.getprevious()
            if before is not None:
                before.tail = (before.tail or "") + kept
            else:
                parent.text = (parent.text or "") + kept
            parent.remove(element)  # (drop_tag looks its place up: slow with many siblings)
    return tree


# A space alone between two inline elements ("<i>Dear Evan Hansen,</i> <a>and who</a>") is lost
# where trafilatura writes its XML, which it reads back without blank text
INLINE = frozenset({*MARKS, "a", "abbr", "cite", "code", "q", "s", "sub", "sup", "time"})


def spaces_between_marks(tree: Any) -> Any:
    """The tree with each space alone between two inline elements moved to the start of the
    second one's text, where it is kept."""
    for element in tree.iter(*INLINE):
        after = element.getnext()
        if (element.tail and not element.tail.strip() and after is not None
                and isinstance(after.tag, str) and after.tag in INLINE
                and not for_screen_readers(after)):  # it goes, with what it holds
            while after.text is None and len(after) and after[0].tag in INLINE:
                after = after[0]
            if (after.text or "").strip() and not for_screen_readers(after):
                after.text, element.tail = " " + after.text.lstrip(), None
    return tree


def _spaced_mark(element: Any, mark: str) -> None:
    """A space after the mark when a word follows it in the next element, and before it too
    for a bar or a dash (not a colon) when a word precedes it."""
    after, before = element.getnext(), element.getprevious()
    if after is not None and isinstance(after.tag, str) and \
            next(after.itertext(), "")[:1].isalnum():  # its first words only: a page of
        element.tail = " "  # many marks stays quick
    if mark != ":" and before is not None and isinstance(before.tag, str) and \
            not before.tail and _last_text(before)[-1:].isalnum():
        before.tail = " "


def _last_text(element: Any) -> str:
    """The last words an element holds: its last child's tail, or its last child's, or its
    own text."""
    while len(element) and not (element[-1].tail or "").strip():
        element = element[-1]
    return (element[-1].tail if len(element) else element.text) or ""


ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"  # marks that take no room on the line


# A mark set in an element of its own between a kicker and its headline, which the page's
# style spaces ("<span>Deutscher Handel mit Teheran</span><span>:</span><span>Druck …")
KICKER_MARKS = frozenset({":", "|", "–", "—", "·", "•"})


def spaces_after_marks(tree: Any) -> Any:
    """The tree with a space at the edge of an inline element's words also set outside it,
    where a word stands beside it ("<a>sujet &#xFEFF;<svg/></a>avait", "Take a<b> <a>look
    here</a> </b>at"): trafilatura trims the element's words, and the words would run
    together; and with spaces around a kicker's mark in an element of its own."""
    for element in tree.iter(*INLINE):
        tail = element.tail or ""
        words = element.text_content().strip(ZERO_WIDTH)
        if words in KICKER_MARKS and not tail.strip():
            _spaced_mark(element, words)
            continue
        if tail[:1].isalnum() and words[-1:].isspace():
            element.tail = " " + tail
        if words[:1].isspace() and element.getparent() is not None:
            before = element.getprevious()
            if before is not None and (before.tail or "")[-1:].isalnum():
                before.tail += " "
            elif before is None and (element.getparent().text or "")[-1:].isalnum():
                element.getparent().text += " "
    return tree


XML_NAME = re.compile(r"^[A-Za-z_][\w.-]*$")  # the names trafilatura's XML can hold


def drop_unwritable_attributes(tree: Any) -> Any:
    """The tree without element or attribute names that XML refuses (an element "a<" read
    from a page's text "<A"), on which trafilatura's reading fails; an element so named
    keeps its text."""
    for element in list(tree.iter()):
        if not isinstance(element.tag, str):
            continue
        if any(not XML_NAME.match(n) for n in element.attrib):  # "{:" cannot be deleted alone
            kept = [(n, v) for n, v in element.attrib.items() if XML_NAME.match(n)]
            element.attrib.clear()
            element.attrib.update(kept)
        if not XML_NAME.match(element.tag) and element.getparent() is not None:
            element.drop_tag()
    return tree
