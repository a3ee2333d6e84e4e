"""Posts that the story embeds (a tweet it quotes, in ``<blockquote class="twitter-tweet">``)
and that the extractor dropped, put back where the page shows them.

trafilatura keeps some embedded posts and drops others, by the boxes around them ("Musk
appealed for the public's help …", then his post, gone). A post is put back as a quotation,
its words then its author's line ("— Jane Roe (@janeroe) [May 1, 2024](…)"), after the kept
paragraph that it follows on the page, when the two stand in one box (a few levels up at
most) and the next kept paragraph, if any, comes after it: not a rail's post beside the story.
"""

from __future__ import annotations

import copy
from typing import Any

from explainer.importer.restore import HEADING, markdown_of
from explainer.importer.setapart import Page, norm

POSTS = ("//blockquote[contains(concat(' ', normalize-space(@class), ' '), ' twitter-tweet ')]"
         "[not(ancestor::aside or ancestor::nav or ancestor::footer or ancestor::li or "
         "ancestor::blockquote)]")
MOST_POSTS = 20  # posts put back in one text
MOST_CLIMBED = 4  # levels from a post and its paragraph up to the box they share
DASHES = ("—", "–")  # an author's line opens with a dash ("— Jane Roe (@janeroe) …")


def with_posts(paragraphs: list[str], page: Page, url: str | None, plain: Any) -> list[str]:
    """The paragraphs with the embedded posts they lack put back after the paragraph each
    follows on the page. ``plain`` turns a paragraph of Markdown into its plain text."""
    if "twitter-tweet" not in page.page or page.tree is None:
        return paragraphs
    held = norm(" ".join(plain(p) for p in paragraphs))
    boxes = {box: index for index, p in enumerate(paragraphs)
             if not HEADING.match(p) and (box := page.box(plain(p))) is not None}
    box_of = {index: box for box, index in boxes.items()}
    after: dict[int, list[str]] = {}
    for post, index in _placed(page.tree, boxes)[:MOST_POSTS]:
        text = _post_markdown(post, url)
        words = norm(plain(text))
        if words and words not in held and _near(post, box_of[index]):
            after.setdefault(index, []).append(text)
            held += " " + words
    if not after:
        return paragraphs
    return [block for index, p in enumerate(paragraphs) for block in [p, *after.get(index, [])]]


def _placed(tree: Any, boxes: dict[Any, int]) -> list[tuple[Any, int]]:
    """The page's posts, each with the index of the kept paragraph it follows, when the next
    kept paragraph on the page (if any) is the one after that: one walk through the page."""
    posts = set(tree.xpath(POSTS))
    found: list[tuple[Any, int]] = []
    waiting: list[tuple[Any, int]] = []
    last: int | None = None
    for element in tree.iter():
        if element in boxes:
            index = boxes[element]
            found.extend((post, before) for post, before in waiting if index == before + 1)
            waiting, last = [], index
        elif element in posts and last is not None:
            waiting.append((element, last))
    return found + waiting  # after the last paragraph: the story's closing post


def _near(post: Any, box: Any) -> bool:
    """Whether a post and a paragraph's box stand in one box, a few levels up at most."""
    above = set(list(box.iterancestors())[:MOST_CLIMBED])
    return any(a in above for a in list(post.iterancestors())[:MOST_CLIMBED])


def _post_markdown(post: Any, url: str | None) -> str:
    """A post as a quotation in Markdown: its paragraphs, then its author's line."""
    element = copy.deepcopy(post)
    lines: list[str | None] = []
    for paragraph in element.findall("p"):
        line = markdown_of(paragraph, url).strip()
        if line.startswith(DASHES):
            lines.append(None)  # the author's line set as a paragraph
            lines.append(line)
        elif line:
            lines.append(line)
        _drop_keeping_tail(paragraph)
    if (rest := markdown_of(element, url).strip()):
        lines.extend([None, rest])
    return "\n".join(">" if line is None else f"> {line}" for line in lines)


def _drop_keeping_tail(element: Any) -> None:
    """Take an element out of its parent, leaving the text after it in place."""
    parent, tail = element.getparent(), element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)
