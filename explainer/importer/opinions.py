"""Second opinions on the body: goose3 and newspaper4k read the page too.

The body is trafilatura's reading, cleaned by our rules. Two other maintained extractors,
which find the story by another method (a block's density of common words and its links),
then read the same page, and a paragraph of ours of four words or more that neither of them
holds (fewer than half of its words in their text) is left out: a subscription dialog, a
newsletter's prompt, a list of the site's sections. Either one holding a paragraph keeps it,
and so does the page's own copy of its text; a heading goes only with its section; block
quotes, code and tables are never voted on (see :func:`voted`). An extractor has a say only
when it read the same story: its text has at least half as many words as ours and holds at
least half of our different words (one that found another block, or a line, or nothing,
does not). A page that neither has a say on keeps every paragraph, and a vote that would
leave out every paragraph is not taken.

Measured on the development set (README, "What a second extractor would buy"): body F1
0.9559 -> 0.9590 on the fit half, 0.9518 -> 0.9562 on the report half, the shared corpus
unchanged or up; either extractor alone, readability-lxml, or a majority of three did worse
on one half or the other.
"""

from __future__ import annotations

import html as html_lib
import logging
import re
import unicodedata
import warnings
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from explainer.importer.bounds import OPENING, TAG
from explainer.importer.clean import UNSPACED
from explainer.importer.corrections import correction_notes
from explainer.importer.setapart import LIST
from explainer.importer.teasers import LINK_TARGET

SHARE = 0.5  # an extractor has a say when its text holds this share of our words
HELD = 0.5  # a paragraph is held when this share of its words is in an extractor's text
SHORTEST = 4  # paragraphs of fewer words (headings, labels) are always kept
EXEMPT = re.compile(r">| {4}|\|")  # block quotes (embedded posts), indented code, tables
FENCE_OPEN = re.compile(r"(`{3,})[^`]*$|(~{3,}).*$")  # not "```` ``` ```` opens a …"
BOLD_LINE = re.compile(r"\*\*([^*\n]+)\*\*")
BOLD_HEADING_WORDS = 8  # a line in bold of more words is a prompt or a lead-in, no heading
ESCAPE = re.compile(r"\\(\W)")  # "SEVEN\!" as the reader sees it
# Elements beyond which a page is read by trafilatura alone: every news page measured has
# fewer (99 % under 3,200, the largest 11,533), and newspaper4k's time grows faster than the
# page (28,000 paragraphs: 29 s, against goose3's 6.5 s and the rest of the import's 10 s)
MOST_ELEMENTS = 12_000


def words(text: str) -> list[str]:
    """A text's words, as the vote compares them (case and width folded); in the scripts
    written without spaces (Chinese, Japanese, Thai...) each character is a word, so that a
    link or emphasis inside a run of them splits nothing."""
    text = UNSPACED.sub(r" \g<0> ", unicodedata.normalize("NFKC", text).casefold())
    return re.findall(r"[^\W_]+", text)


def visible_words(block: str) -> list[str]:
    """A Markdown block's words as a reader sees them: without its links' addresses, its
    emphasis marks and escapes."""
    return words(html_lib.unescape(ESCAPE.sub(r"\1", LINK_TARGET.sub("]", block))))


def voted(paragraphs: Sequence[str], readings: Sequence[str],
          stated: str = "", boxes: Sequence[Any] = ()) -> tuple[list[str], list[str]]:
    """(the paragraphs kept, those left out): a paragraph of ``SHORTEST`` words or more is
    left out when no reading that has a say holds it, nor the page's own copy of its text
    (``stated``, its JSON-LD ``articleBody``, when it is of the same story); a heading, or a
    short line all in bold, goes only with its section (see :func:`_sections`); block quotes,
    code and tables are never voted on (the other extractors leave out embedded posts, code
    and tables by design); the story's prose is never left out whole. ``boxes`` gives, for
    each paragraph, the kind of box the page sets it in and that box's parent (None when not
    found): running text in a second box of the kept story's kind stays
    (:func:`_same_kind_held`); a correction or an editor's note always stays
    (:mod:`corrections`)."""
    ours = [visible_words(p) for p in paragraphs]
    judged = _judged(paragraphs, ours)
    prose = [found for found, judge in zip(ours, judged, strict=True) if judge]
    voters = [set(w) for w in map(words, readings) if _has_say(prose, w)]
    if not voters:
        return list(paragraphs), []
    own = words(TAG.sub(" ", stated))
    keepers = [*voters, set(own)] if _has_say(prose, own) else voters
    held = [not judge or any(_holds(known, found) for known in keepers)
            for judge, found in zip(judged, ours, strict=True)]
    if not any(h for h, judge in zip(held, judged, strict=True) if judge):
        return list(paragraphs), []  # no prose would be left
    _between_held(paragraphs, ours, judged, held)
    _same_kind_held(paragraphs, ours, judged, held, boxes)
    _lists_held(paragraphs, ours, held, boxes)
    held = [keep or note for note, keep in zip(correction_notes(list(paragraphs)), held,
                                                strict=True)]
    _sections(paragraphs, ours, judged, held)
    kept = [p for p, keep in zip(paragraphs, held, strict=True) if keep]
    dropped = [p for p, keep in zip(paragraphs, held, strict=True) if not keep]
    return kept, dropped


BETWEEN_WORDS = 20  # a paragraph of running text this long between two kept is the story's
SAME_KIND_WORDS = 6  # and one this long in the same kind of box as a kept one
CLOSING_WORDS = 8  # and one this long after the last kept, in its kind and its parent
CUT = re.compile(r"(?:\.\.\.|…)[\"'”’»)\]]*\s*$")
WHOLE_EMPHASIS = re.compile(r"[*_].*[*_][\"'”’»)\]]*|[*_].*[*_][.!?…]?", re.DOTALL)
SENTENCE_END = re.compile(r"[.!?…।。！？][\"'”’»)\]]*$")


def _between_held(paragraphs: Sequence[str], ours: list[list[str]], judged: list[bool],
                  held: list[bool]) -> None:
    """A paragraph of running text (20 words or more, ending as a sentence does, not set
    whole in emphasis nor one link) stays between two paragraphs of prose that are kept:
    the other extractors lose a paragraph that the page sets in a box of its own ("Absatz
    2" of a paywall's layout), where furniture between two paragraphs of the story is short
    (a prompt, a teaser's headline)."""
    for index in range(1, len(paragraphs) - 1):
        if held[index] or not _running_text(paragraphs[index], ours[index], BETWEEN_WORDS):
            continue
        if all(judged[i] and held[i] for i in (index - 1, index + 1)):
            held[index] = True


def _running_text(paragraph: str, found: list[str], least: int) -> bool:
    """Running text: ``least`` words or more, ending as a sentence does, not set whole in
    emphasis (a label in bold may open it: "**Kelbury Town:** Fenwick, Ashby, …") nor
    opening with a link."""
    text = paragraph.strip()
    return len(found) >= least and bool(SENTENCE_END.search(text)) and \
        not text.startswith("[") and not WHOLE_EMPHASIS.fullmatch(text)


def _same_kind_held(paragraphs: Sequence[str], ours: list[list[str]], judged: list[bool],
                    held: list[bool], boxes: Sequence[Any]) -> None:
    """A paragraph of running text stays when the page sets it in the same kind of box (the
    element's tag and class, and its parent's) as a paragraph of prose that is kept, but in
    another parent: the story went on in a second box of its kind after an advertisement,
    where the other extractors stopped; or in their own parent, before the last one kept
    (the lede, or a paragraph between two kept ones, that a reader counting common words
    passed over); or after the last kept one, of its kind and in its parent, a sentence of
    :data:`CLOSING_WORDS` words or more with no link (the story's closing sentence, which a
    reader counting common words passes over: on the fit half every paragraph the vote
    took after the kept ones stood in another box, or in a box of another kind). One cut
    with an ellipsis is voted on as before (the paywall's teaser of what follows). ``boxes``
    gives each paragraph's (kind, parent) or None."""
    if len(boxes) != len(paragraphs):
        return
    kept = [i for i in range(len(paragraphs)) if held[i] and judged[i] and boxes[i] is not None]
    kinds, parents = {boxes[i][0] for i in kept}, {id(boxes[i][1]) for i in kept}
    last = boxes[kept[-1]] if kept else None
    for index, paragraph in enumerate(paragraphs):
        found = boxes[index]
        if held[index] or found is None or found[0] not in kinds or CUT.search(paragraph):
            continue
        if (id(found[1]) not in parents or index < kept[-1]) and \
                _running_text(paragraph, ours[index], SAME_KIND_WORDS):
            held[index] = True
        elif last is not None and found[0] == last[0] and found[1] is last[1] and \
                "](" not in paragraph and _running_text(paragraph, ours[index], CLOSING_WORDS):
            held[index] = True  # the story's closing sentence, in the last kept one's box


ITEM_WORDS = 2  # words an item of a list the story holds has, on average, at least


def _lists_held(paragraphs: Sequence[str], ours: list[list[str]], held: list[bool],
                boxes: Sequence[Any]) -> None:
    """A list with no link stays right after a kept paragraph in the list's own parent (the
    story's box: "… with certain conditions: - Diabetes - chronic kidney disease"), and so
    does the line that leads into it there, ending with a colon, when a kept paragraph of
    that kind stands before it, or a subheading right after a kept paragraph there: the
    other extractors, counting common words, pass over lists. Not a list of one-word items
    (share buttons), nor of links (related stories), nor one in a box of its own."""
    if len(boxes) != len(paragraphs):
        return
    for index in range(1, len(paragraphs)):
        lead, found = index - 1, boxes[index]
        if held[index] or found is None or not _plain_list(paragraphs[index], ours[index]):
            continue
        before = boxes[lead]
        if before is None or before[1] is not found[1] or "](" in paragraphs[lead]:
            continue
        if _heading(paragraphs[lead]):  # "### Useful numbers" over the list
            held[index] = _after_kept(held, boxes, lead)
            continue
        if not held[lead] and _lead_in(paragraphs, ours, held, boxes, lead):
            held[lead] = True
        held[index] = held[lead]


def _plain_list(paragraph: str, found: list[str]) -> bool:
    """A Markdown list, whole, of no link, of :data:`ITEM_WORDS` words an item or more."""
    return bool(LIST.fullmatch(paragraph)) and "](" not in paragraph and \
        len(found) >= ITEM_WORDS * len(paragraph.strip().split("\n"))


def _after_kept(held: list[bool], boxes: Sequence[Any], index: int) -> bool:
    """Whether the block at ``index`` (a heading) stands right after a kept paragraph in its
    own parent."""
    return index > 0 and held[index - 1] and \
        boxes[index - 1] is not None and boxes[index - 1][1] is boxes[index][1]


def _lead_in(paragraphs: Sequence[str], ours: list[list[str]], held: list[bool],
             boxes: Sequence[Any], index: int) -> bool:
    """A paragraph of ``SAME_KIND_WORDS`` or more ending with a colon, after a kept one of
    its kind in its parent (a heading between them aside)."""
    if not paragraphs[index].rstrip().endswith(":") or len(ours[index]) < SAME_KIND_WORDS:
        return False
    earlier = next((i for i in range(index - 1, -1, -1) if not _heading(paragraphs[i])), None)
    return earlier is not None and held[earlier] and boxes[earlier] is not None and \
        boxes[earlier][0] == boxes[index][0] and boxes[earlier][1] is boxes[index][1]


def _sections(paragraphs: Sequence[str], ours: list[list[str]], judged: list[bool],
              held: list[bool]) -> None:
    """A heading left out on its own words stays when its section (the blocks up to the next
    heading) is kept: when its first block voted on is held, or it holds a quote, code, a
    table or no block voted on ("## 'Ends recession debate'" over kept text stays); a heading
    too short to be voted on goes with its section ("## Headline" over a teaser's text)."""
    for index, paragraph in enumerate(paragraphs):
        if (held[index] and judged[index]) or not _heading(paragraph):
            continue
        end = next((i for i in range(index + 1, len(paragraphs)) if _heading(paragraphs[i])),
                   len(paragraphs))
        section = range(index + 1, end)
        first = next((i for i in section if judged[i]), None)
        exempt = any(not judged[i] and len(ours[i]) >= SHORTEST for i in section)
        held[index] = first is None or exempt or held[first]


def _heading(paragraph: str) -> bool:
    """A heading, or a short line all in bold that stands as one ("**Chelsea in the race**";
    not a sentence, nor a prompt of many words)."""
    if paragraph.startswith("#"):
        return True
    bold = BOLD_LINE.fullmatch(paragraph)
    return bold is not None and len(bold.group(1).split()) <= BOLD_HEADING_WORDS and \
        not bold.group(1).rstrip().endswith((".", "!", "?", ":"))


def _judged(paragraphs: Sequence[str], ours: list[list[str]]) -> list[bool]:
    """Which blocks are voted on: those of ``SHORTEST`` words or more that are no block
    quote, table or code (a fence stays open across blocks that a blank line parts, until a
    line of the same mark, as long or longer, closes it)."""
    judged: list[bool] = []
    fence: str | None = None  # the open fence's mark, as it opened
    for paragraph, found in zip(paragraphs, ours, strict=True):
        inside = fence is not None or EXEMPT.match(paragraph) is not None or \
            FENCE_OPEN.match(paragraph.split("\n", 1)[0]) is not None
        for line in paragraph.split("\n"):
            if fence is None:
                opening = FENCE_OPEN.match(line)
                fence = (opening.group(1) or opening.group(2)) if opening else None
            elif re.fullmatch(rf"{re.escape(fence[0])}{{{len(fence)},}}\s*", line):
                fence = None
        judged.append(len(found) >= SHORTEST and not inside)
    return judged


def _has_say(ours: list[list[str]], reading: list[str]) -> bool:
    """Whether a reading is of the same story as ours: it has at least ``SHARE`` as many
    words, and it holds at least ``SHARE`` of our different words (not another block of the
    page, which shares only the common words, nor a line of it)."""
    every = [w for found in ours for w in found]
    distinct, known = set(every), set(reading)
    return bool(every) and len(reading) >= SHARE * len(every) and \
        len(distinct & known) >= SHARE * len(distinct)


def _holds(known: set[str], found: list[str]) -> bool:
    return sum(w in known for w in found) >= HELD * len(found)


def second_readings(page: str, url: str | None = None) -> list[tuple[str, str]]:
    """The story's text as goose3 and newspaper4k read the page, each as (its name, the
    text); an extractor that fails on it (newspaper4k wants extra packages for Japanese,
    Chinese or Korean text) or finds nothing gives none."""
    if sum(1 for _ in OPENING.finditer(page)) > MOST_ELEMENTS:
        return []
    for library in ("goose3", "newspaper"):  # their warnings ("Publish date … could not be
        logging.getLogger(library).setLevel(logging.CRITICAL)  # resolved") are not ours
    readers: list[tuple[str, Callable[[str, str | None], str]]] = [
        ("goose3", _goose), ("newspaper4k", _newspaper)]
    found = []
    for name, read in readers:
        try:
            found.append((name, read(page, url)))
        except Exception:  # another library failing on an odd page: it has no say
            continue
    return [(name, text) for name, text in found if text.strip()]


def strayed(paragraphs: Sequence[str], readings: Sequence[tuple[str, str]]) -> list[str]:
    """The extractors that read another part of the page as the story (they have no say on
    our paragraphs): where they and trafilatura part, the editor checks the text. On the
    development set, bodies where one did scored 0.93 and 0.94 (fit and report half), against
    0.96 where none did."""
    ours = [visible_words(p) for p in paragraphs]
    prose = [found for found, judge in zip(ours, _judged(paragraphs, ours), strict=True)
             if judge]
    if not prose:  # pictures, code or quotes alone: nothing read otherwise
        return []
    return [name for name, text in readings if not _has_say(prose, words(text))]


@cache
def _goose_reader():  # one per process: it sets up its word lists once
    from goose3 import Goose

    return Goose({"enable_image_fetching": False})


def _goose(page: str, url: str | None) -> str:
    del url  # goose3 reads the page as it is; it fetches nothing with raw_html
    return _goose_reader().extract(raw_html=page).cleaned_text or ""


@cache
def _newspaper_in_order() -> None:
    """newspaper4k gathers its candidate blocks in a ``set`` of lxml elements, whose order
    follows their addresses in memory: where two blocks tie, the story it read changed from
    one run to the next (mdr.de: 5,576 or 9,251 characters, so the vote kept a paragraph in
    one run and dropped it in the next). Its candidates are put in the page's order, once per
    process, so that a tie goes the same way in every run."""
    from newspaper.extractors.articlebody_extractor import ArticleBodyExtractor

    checked = ArticleBodyExtractor.nodes_to_check
    scored = ArticleBodyExtractor.compute_gravity_scores

    def blocks_in_order(self: Any, doc: Any) -> list[Any]:
        nodes = checked(self, doc)  # its <p>, <td> ... in order, then a set of <div>
        divs = [node for node in nodes if node.tag == "div"]
        return [node for node in nodes if node.tag != "div"] + _in_page_order(divs)

    def scored_in_order(self: Any, nodes_with_text: Any) -> list[Any]:
        return _in_page_order(scored(self, nodes_with_text))

    ArticleBodyExtractor.nodes_to_check = blocks_in_order
    ArticleBodyExtractor.compute_gravity_scores = scored_in_order


def _in_page_order(nodes: list[Any]) -> list[Any]:
    if not nodes:
        return nodes
    where = {node: index for index, node in enumerate(nodes[0].getroottree().iter())}
    return sorted(nodes, key=lambda node: where.get(node, len(where)))


def _newspaper(page: str, url: str | None) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "nltk is not installed": its summaries are unused
        from newspaper import Article

        _newspaper_in_order()

        article = Article(url or "https://example.invalid/", fetch_images=False,
                          max_text=len(page))  # not cut at its default 100,000 characters
        article.download(input_html=page)  # the page given: nothing is fetched
        article.parse()
    return article.text or ""
