"""A page built of custom elements (Web Components: ``<story-paragraph>``,
``<comment-thread>``, ``<ad-slot>``), read as the HTML elements their names say. An
extractor knows only HTML's own names and reads a ``<story-paragraph>`` as nothing at all;
so each custom element (a name with a hyphen) becomes a paragraph when its name says
paragraph, and a ``<div>`` otherwise, its name kept as a class, where the extractor reads
what a box holds by its class ("comment-thread": readers' comments; "ad-slot", "share-buttons").

An application's page may set its headline as a box that says so to screen readers only
(``<div role="heading" aria-level="1">``): it becomes an ``<h1>``.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

PARAGRAPH = re.compile(r"(?:^|-)(?:paragraph|para|p|text-block)(?:-|$)")
# SVG's and MathML's own names with a hyphen; and AMP's components (``<amp-img>``), which
# the reader of AMP pages handles, their stand-in text no story's
KEPT = frozenset({"annotation-xml", "color-profile", "font-face", "font-face-src",
                  "font-face-uri", "font-face-format", "font-face-name", "missing-glyph"})
MOST = 5000  # custom elements renamed in one page
WIDGET_LEVELS = 3  # an accordion's box is this near its panels


def named_elements(tree: Any) -> Any:
    """The tree with its custom elements renamed (see the module)."""
    renamed = 0
    for element in tree.iter():
        tag = element.tag
        if not isinstance(tag, str) or "-" not in tag or tag in KEPT or tag.startswith("amp-"):
            continue
        element.tag = "p" if PARAGRAPH.search(tag) and not _holds_blocks(element) else "div"
        element.set("class", f"{element.get('class') or ''} {tag}".strip())  # its name kept
        renamed += 1
        if renamed >= MOST:
            break
    return tree


def _holds_blocks(element: Any) -> bool:
    return any(isinstance(e.tag, str) and e.tag in ("p", "div", "ul", "ol", "table")
               for e in element.iterdescendants())


# the attributes a framework names its boxes by where its classes are hashes ("css-1ruslxj")
DATA_NAMES = ("data-qa", "data-testid", "data-component", "data-area")  # (Spiegel's, Zeit's)
HASHED = re.compile(r"^(?:css|sc|jsx)-[a-z0-9]{5,}$|^_?[\w-]*\d[\w-]*$|^[\w-]{1,3}$")  # "_3y8JN"


def data_names(tree: Any) -> Any:
    """The tree with a box whose classes are all hashes (or that has none) given the name
    its framework's test attribute gives it as a class (``<section data-qa="Comments">``,
    ``<div class="_3Vb8m" data-testid="related">``), which the extractor reads a box's
    kind by: readers' comments, a rail of other stories, a newsletter's box."""
    named = 0
    for element in tree.xpath("//*[@data-qa or @data-testid or @data-component or @data-area]"):
        classes = (element.get("class") or "").split()
        name = next((element.get(a) for a in DATA_NAMES if element.get(a)), "")
        if name and all(HASHED.match(c) for c in classes) and len(name) <= 60:
            element.set("class", " ".join([*classes, name]))
            named += 1
            if named >= MOST:
                break
    return tree


ARIA_HEADLINE = "//*[@role='heading'][@aria-level='1'][self::div or self::span or self::p]"


def aria_headings(tree: Any) -> Any:
    """The tree with a box marked as the first heading (``role="heading" aria-level="1"``),
    that holds no blocks, made an ``<h1>``: the headline. (Boxes marked as lower headings
    stay as they are: a shop's "Specs:" over each product of a guide is no heading of the
    story's.) A button inside a lower heading gives the heading its words (an accordion's
    question: ``<h3><button>How long should I boil water?</button></h3>``)."""
    for element in tree.xpath(ARIA_HEADLINE)[:MOST]:
        if not _holds_blocks(element):
            element.tag = "h1"
    for button in tree.xpath("//*[self::h2 or self::h3 or self::h4 or self::h5][not("
                             "ancestor::nav or ancestor::header)]//button")[:MOST]:
        button.drop_tag()  # an accordion's question, its heading's words in a button
    return tree


# hidden by the page until a reader opens it: the attribute, or a style's display or visibility
HIDDEN = ("@hidden or contains(translate(@style, 'DISPLAYNOE ', 'displaynoe'), 'display:none')"
          " or contains(translate(@style, 'VISIBLTYHD ', 'visibltyhd'), 'visibility:hidden')")
ANSWERS = ("acceptedAnswer", "suggestedAnswer")  # schema.org's answers to a Question
SHOWN_STYLE = re.compile(r"(?:display|visibility)\s*:\s*(?:none|hidden)\s*(?:!important)?;?",
                         re.IGNORECASE)


def opened_panels(tree: Any) -> Any:
    """The tree with the collapsed panels of an accordion shown, as a reader who opens them
    sees them: an FAQ's answer hidden until its question is clicked (``<div class="faq-a"
    style="display:none" itemprop="acceptedAnswer">``), or the box a heading's button opens
    (``<h3><button aria-controls="p2">…</button></h3>`` over ``<div id="p2" hidden>``). The
    extractor leaves hidden elements out; other hidden boxes stay hidden."""
    opened = {name for value in tree.xpath(
        "//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or self::dt]"
        "/descendant-or-self::*/@aria-controls")[:MOST] for name in value.split()}
    for element in tree.xpath(f"//*[{HIDDEN}]")[:MOST]:
        if element.get("itemprop") in ANSWERS or element.get("id") in opened:
            element.attrib.pop("hidden", None)
            element.attrib.pop("aria-hidden", None)
            if style := element.get("style"):
                element.set("style", SHOWN_STYLE.sub("", style))
            _not_a_widget(element)
    return tree


def _not_a_widget(panel: Any) -> None:
    """An opened panel and the accordion around it without jQuery UI's "ui-widget" classes
    ("ui-widget", "ui-widget-content"), which the extractor reads as a sidebar's widgets and
    drops with the questions and answers."""
    for box in itertools.islice(itertools.chain([panel], panel.iterancestors()),
                                WIDGET_LEVELS + 1):
        classes = (box.get("class") or "").split()
        if any(c.startswith("ui-widget") for c in classes):
            box.set("class", " ".join(c for c in classes if not c.startswith("ui-widget")))
