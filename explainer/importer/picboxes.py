"""A picture set in a box of its own with its caption in plain paragraphs: a figure.

Many pages show a picture without ``<figure>``: a ``<div class="image-widget">`` (or
``picBox``, ``editor-img-box``, ``article--image``) holding one ``<img>`` and, below it, the
caption and the credit as ordinary paragraphs ("Image: Jane Roe", "Foto: REUTERS/…"). An
extractor reads those paragraphs as the story's, between its own. Such a box is recognised by
its name (its class or id names a picture), by holding one picture and no more than
:data:`MOST_PARAGRAPHS` paragraphs, no heading, list or table, and by its few words (at most
:data:`MOST_WORDS`: a caption, not a section of the story). A box named for nothing (hashed
classes) is one by what it holds: a picture, and beside it a few short lines of text, one a
labelled credit alone ("Quelle: AFP"). The body is read with these boxes
as figures, which it leaves out; the lead picture takes its caption and credit from its box.
"""

from __future__ import annotations

import re
from typing import Any

from explainer.importer.captions import (
    CREDIT_LABEL_ONLY,
    LABEL,
    LABELLED,
    LABELLED_PARENTHESES,
    PARENTHESISED,
    name_only,
)
from explainer.importer.clean import UNSPACED
from explainer.importer.sitelines import BRACKETED
from explainer.importer.textlines import short_text

# a class or id naming a picture: "image_image-widget", "picBox", "editor-img-box", "foto"
PICTURE_NAME = re.compile(r"(?:^|[\s_-])(?:image|img|photo|picture|pic|foto|bild|figure)",
                          re.IGNORECASE)
# a class that says a box holds a picture among other things, or a story's text: "has-image",
# "entry-content", "live-post"
NOT_PICTURE = re.compile(r"(?:^|\s)(?:has|no|with|is)-|content|entry|post|story|article-?body|"
                         r"text|live", re.IGNORECASE)
BOX_TAGS = frozenset({"div", "span", "section", "aside"})
MOST_PARAGRAPHS = 3
MOST_WORDS = 60  # a caption and a credit; more is a section of the story
MOST_IMAGES = 200  # pictures looked at on one page
LEVELS = 8  # how far up from the picture its box may be ("div > div > span > picture > img")
STORY_WORDS = 100  # the page's paragraphs outside the boxes: else the boxes are the story
# a page's paragraphs: <p>, and a <div> of text holding no other block (zdf.de's)
PARAGRAPHS = ("//p | //div[normalize-space()][not(ancestor::p)][not(.//div or .//p or "
              ".//section or .//ul or .//ol or .//table or .//article)]")
NOT_CAPTION = ".//h1 | .//h2 | .//h3 | .//h4 | .//ul | .//ol | .//table | .//figure"


def picture_box(element: Any) -> bool:
    """Whether an element is a picture's own box: named for a picture, one picture in it,
    one to three paragraphs and at most :data:`MOST_WORDS` words, no heading, list or table."""
    if element.tag not in BOX_TAGS:
        return False
    name = f"{element.get('class') or ''} {element.get('id') or ''}"
    if not PICTURE_NAME.search(name) or NOT_PICTURE.search(name):
        return False
    paragraphs = element.xpath(".//p")
    return (0 < len(paragraphs) <= MOST_PARAGRAPHS and len(element.xpath(".//img")) == 1
            and len(element.text_content().split()) <= MOST_WORDS
            and not element.xpath(NOT_CAPTION))


CREDITED_LINE_WORDS = 40  # a caption's line in a box named for nothing
# a Japanese or Chinese caption closing with its credit in brackets: an agency's or a
# paper's name (:data:`sitelines.BRACKETED`: "…空き家（共同通信）") or a photographer's
# ("（写真：山田太郎）", "（新华社记者 王海 摄）")
PHOTO_BRACKETED = re.compile(r"（[^（）]{0,20}(?:写真|撮影|提供|摄|攝)[^（）]{0,20}）$")
CREDITED_CHARS = 600  # the box's text, read no further


def credited_box(element: Any) -> bool:
    """Whether an element named for nothing (hashed classes: "c11ms48i") is a picture's own
    box by what it holds: one picture in one of its children, and beside it one to three
    short lines of text (paragraphs or not), one of them a labelled credit alone ("Quelle:
    AFP") or closing with one in brackets (:func:`_bracketed_credit`), no heading, list or
    table (zdf.de's lead picture, its caption a ``<div>``)."""
    if element.tag not in BOX_TAGS or len(element) > MOST_PARAGRAPHS + 2 or NOT_PICTURE.search(
            f"{element.get('class') or ''} {element.get('id') or ''}"):
        return False
    if short_text(element, CREDITED_CHARS) is None or len(element.xpath(".//img")) != 1 \
            or element.xpath(NOT_CAPTION):
        return False
    lines = text_lines(element)
    texts = [" ".join(line.text_content().split()) for line in lines]
    return (0 < len(lines) <= MOST_PARAGRAPHS and len(lines) < len(element)
            and all(len(t.split()) <= CREDITED_LINE_WORDS for t in texts)
            and sum(len(t.split()) for t in texts) <= MOST_WORDS
            and any(((label := CREDIT_LABEL_ONLY.match(t)) and name_only(t[label.end():]))
                    or _bracketed_credit(t) for t in texts))


def _bracketed_credit(line: str) -> bool:
    """Whether a caption's line closes with its credit in brackets (see
    :data:`PHOTO_BRACKETED`)."""
    opening = line.rfind("（")
    return opening > 0 and bool(BRACKETED.match(line[opening:]) or PHOTO_BRACKETED.search(line))


def text_lines(box: Any) -> list[Any]:
    """A box's children that hold text and no picture."""
    return [child for child in box if isinstance(child.tag, str) and not child.xpath(
        ".//img | .//picture") and child.text_content().strip()]


def picture_boxes(tree: Any) -> list[Any]:
    """The picture boxes of the page (the outermost of nested ones, at most :data:`LEVELS`
    up from their picture) that are not in a figure, for the first :data:`MOST_IMAGES`
    pictures; none when the page's paragraphs outside them are fewer than
    :data:`STORY_WORDS` words (a picture and a caption alone are the story)."""
    boxes: list[Any] = []
    for img in tree.xpath("//img[not(ancestor::figure)]")[:MOST_IMAGES]:
        outermost = None
        for level, element in enumerate(img.iterancestors()):
            if level == LEVELS or element.tag in ("article", "main", "body"):
                break
            if picture_box(element) or credited_box(element):
                outermost = element
        if outermost is not None and outermost not in boxes:
            boxes.append(outermost)
    return boxes if boxes and words_outside(tree, boxes, divs=True) >= STORY_WORDS else []


def words_outside(tree: Any, boxes: list[Any], divs: bool = False) -> int:
    """The words of the page's paragraphs outside these boxes (in Chinese, Japanese, Korean
    or Thai, one for about every two characters): when they are few, the boxes hold the
    page's text and are not to be taken out of it. With ``divs``, a ``<div>`` of text holding
    no other block counts as a paragraph too (zdf.de's paragraphs are such)."""
    tags = ("p", "div") if divs else ("p",)
    inside = {p for box in boxes for p in box.iter(*tags)}
    paragraphs = tree.xpath(PARAGRAPHS) if divs else tree.iter("p")
    return sum(_words(p.text_content()) for p in paragraphs if p not in inside)


def _words(text: str) -> int:
    return max(len(text.split()), len(UNSPACED.findall(text)) // 2)


def as_figures(tree: Any) -> Any:
    """The tree with its picture boxes made figures and their paragraphs figcaptions, and
    each picture alone followed by its credited caption (:func:`captions_after`) set in a
    figure with it."""
    for box in picture_boxes(tree):
        for paragraph in _caption_elements(box):
            paragraph.tag = "figcaption"
        box.tag = "figure"
    for paragraph in captions_within(tree):
        _split_caption(paragraph)
    for table in picture_tables(tree):
        _table_figure(table)
    for holder, caption in captions_after(tree):
        figure = holder.makeelement("figure", {})
        holder.addprevious(figure)
        figure.tail, holder.tail = holder.tail, None
        figure.append(holder)
        caption.tag = "figcaption"
        figure.append(caption)
    return tree


# A picture's credit closing its caption in Chinese, Japanese or Korean: "记者 李华 摄",
# "（3日、市役所で）＝山田太郎撮影", "사진=예시일보"
CJK_CREDIT_END = re.compile(r"(?:摄|攝|撮影|提供)[）)]?$|사진\s*=\s*\S{1,20}$")
CAPTION_WORDS = 40
CAPTION_CHARS = 160


def captions_after(tree: Any) -> list[tuple[Any, Any]]:
    """The pictures set alone (in elements holding no text: ``<p><img></p>``, a figure with
    no caption) and, for each, the paragraph right after it when that paragraph is a short
    caption ending in the picture's credit ("… on Tuesday. Photograph: Jane Roe/Example",
    "…＝山田太郎撮影"): the pair, the outermost element holding the picture alone first."""
    pairs = []
    for img in tree.xpath("//img[not(ancestor::figure/figcaption)]")[:MOST_IMAGES]:
        holder = img
        for element in img.iterancestors():
            if element.tag in ("article", "main", "body") or element.text_content().strip() \
                    or len(element.xpath(".//img")) > 1:
                break
            holder = element
        following = holder.getnext()
        if following is not None and _credited_caption(following) \
                and not (holder.tail or "").strip() and holder.getparent() is not None:
            pairs.append((holder, following))
    return pairs


def caption_after_picture(element: Any) -> bool:
    """Whether an element is a credited caption (:func:`_credited_caption`) set right after
    an element that holds a picture and no text."""
    before = element.getprevious()
    return (before is not None and isinstance(before.tag, str) and _credited_caption(element)
            and bool(before.xpath("descendant-or-self::img"))
            and not before.text_content().strip())


def _credited_caption(element: Any) -> bool:
    """A paragraph of a caption's length that ends in its picture's credit."""
    if element.tag not in ("p", "div") or element.xpath(".//img | .//p | .//div | .//ul"):
        return False
    text = " ".join(element.text_content().split())
    return (0 < len(text) <= CAPTION_CHARS * 3 and len(text.split()) <= CAPTION_WORDS
            and (len(text) <= CAPTION_CHARS or " " in text)
            and credit_closes(text))


def credit_closes(text: str) -> bool:
    """Whether a caption's text ends in its picture's credit: labelled ("… Photo: Jane Roe",
    "… Фото: Сибирские вести"), in parentheses ("… (GWS Photo/Rizki Pratama)", "… (Photo:
    Jane Roe)") or in Chinese, Japanese or Korean ("…＝山田太郎撮影", "… /사진=서울시")."""
    return any(pattern.search(text) for pattern in (LABELLED, LABELLED_PARENTHESES,
                                                     PARENTHESISED, CJK_CREDIT_END))


def caption_lines(box: Any) -> tuple[list[Any], list[str]]:
    """A picture box's paragraphs that caption it, and the credits it writes with a label
    ("Image: Jane Roe" is the credit "Jane Roe")."""
    captions, credits = [], []
    for paragraph in _caption_elements(box):
        text = " ".join(paragraph.text_content().split())
        credit = LABEL.sub("", text, count=1)  # "Image: Jane Roe", "Foto: REUTERS/…"
        if credit and credit != text:
            credits.append(credit)
        elif text:
            captions.append(paragraph)
    return captions, credits


def _caption_elements(box: Any) -> list[Any]:
    """The paragraphs of a picture's box, or the lines of text beside its picture when it
    has none (:func:`credited_box`)."""
    return box.xpath(".//p") or text_lines(box)


def captions_within(tree: Any) -> list[Any]:
    """The paragraphs that open with a picture alone and, after a line break, its short
    caption ending in the picture's credit (``<p><img><br><em>… Фото: …</em></p>``)."""
    found = []
    for paragraph in tree.xpath("//p[not(ancestor::figure)][br][.//img]")[:MOST_IMAGES]:
        children = [child for child in paragraph if isinstance(child.tag, str)]
        if len(children) < 2 or (paragraph.text or "").strip() or children[1].tag != "br":
            continue
        first = children[0]
        if not first.xpath("descendant-or-self::img") or first.text_content().strip() \
                or (first.tail or "").strip():
            continue
        rest = " ".join([children[1].tail or "", *(" ".join(c.text_content().split()) + " "
                                                   + (c.tail or "") for c in children[2:])])
        text = " ".join(rest.split())
        if text and _caption_length(text) and not paragraph.xpath(".//p | .//div") \
                and credit_closes(text):
            found.append(paragraph)
    return found


def _split_caption(paragraph: Any) -> None:
    """The paragraph made a figure: its picture, then its caption (what follows the line
    break) as the figcaption."""
    children = [child for child in paragraph if isinstance(child.tag, str)]
    brk = children[1]
    caption = paragraph.makeelement("figcaption", {})
    caption.text = brk.tail
    for child in children[2:]:
        caption.append(child)  # (moving an element moves its tail with it)
    paragraph.remove(brk)
    paragraph.append(caption)
    paragraph.tag = "figure"


TABLE_ROWS = 3


def picture_tables(tree: Any) -> list[Any]:
    """The tables that lay out one picture and its caption (Korean pages' ``<table
    class="photo">``): one picture, at most :data:`TABLE_ROWS` rows of one cell each, a short
    caption ending in the picture's credit."""
    found = []
    for table in tree.xpath("//table[not(ancestor::figure)][.//img]")[:MOST_IMAGES]:
        rows = table.xpath(".//tr")
        if len(table.xpath(".//img")) != 1 or not 0 < len(rows) <= TABLE_ROWS or any(
                len(row.xpath("./td | ./th")) != 1 for row in rows) or table.xpath(".//table"):
            continue
        text = " ".join(table.text_content().split())
        if text and _caption_length(text) and credit_closes(text):
            found.append(table)
    return found


def _caption_length(text: str) -> bool:
    """Whether a text is no longer than a caption: words, and characters for unspaced text."""
    return len(text.split()) <= CAPTION_WORDS and len(text) <= CAPTION_CHARS * 3


def _table_figure(table: Any) -> None:
    """The table replaced by a figure holding its picture and its text as the figcaption."""
    figure = table.makeelement("figure", {})
    image = table.xpath(".//img")[0]
    figure.append(image.makeelement("img", dict(image.attrib)))
    caption = figure.makeelement("figcaption", {})
    caption.text = " ".join(table.text_content().split())
    figure.append(caption)
    figure.tail = table.tail
    table.getparent().replace(table, figure)
