"""The box of key points a page sets beside its story: its own summary, not its text.

Pages sum a story up in a few bullets under a label ("In Kürze:", "### Darum gehts",
"## Highlights", "Key takeaways", "What to know about the 2024 Election"), above the text or
after it. Extractors read the label and its list as the story's first or last paragraphs.
A label is recognised only when a list follows it at once, of a few short items; the box
repeats what the text says, so nothing of the story is lost with it.
"""

from __future__ import annotations

import re

from explainer.importer.addresses import site_and_path

LABEL_WORDS = 8  # a longer line is a sentence of the story, or a heading of its own
MOST_ITEMS = 8
ITEM_WORDS = 60
EDGE = 3  # a box stands among the text's first or last paragraphs
KEY_LABEL = re.compile(
    r"^[#*_\s]*(?:in kürze|kurz gesagt|das wichtigste(?: in kürze)?|darum geht['’]?s|"
    r"key points|key takeaways|takeaways|at a glance|highlights|(?:in )?summary|in short|"
    r"in brief|(?:das wichtigste )?auf einen blick|im überblick|"
    r"the gist|tl;?dr|if your time is short|synopsis|"
    r"what (?:you need )?to know(?: about [^.!?\n]{1,60})?|"
    r"zusammenfassung|en bref|l['’]essentiel|en resumen|resumen|lo esencial|in sintesi|"
    r"riassunto|i punti chiave|punti chiave|em resumo|pontos-chave|puntos clave|"
    r"points clés|les points clés|in het kort|kort sagt|kort fortalt|i korthet|w skrócie|"
    r"najważniejsze|özet|要点|요약)[\s*_:：.]*$", re.IGNORECASE)
ITEM = re.compile(r"^(?:[-*+]|\d{1,2}\.)\s+\S")


def is_key_points(label: str, block: str) -> bool:
    """Whether ``label`` is a key points box's label and ``block`` (Markdown) its list."""
    if len(label.split()) > LABEL_WORDS or not KEY_LABEL.match(label.strip()):
        return False
    items = block.strip().split("\n")
    return (len(items) <= MOST_ITEMS and all(ITEM.match(item) for item in items)
            and all(len(item.split()) <= ITEM_WORDS for item in items))


# a call to the reader to act: what a box of the site's own offers asks
CALL = re.compile(r"\b(?:sign up|subscribe|newsletters?|follow|tell us|learn more|read more|"
                  r"download|listen|watch|join|register|donate|send us|contact us|"
                  r"abonnieren|anmelden|folgen|inscrivez|suivez|suscríbete|síguenos)\b",
                  re.IGNORECASE)
LINKED = re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)\)")  # a link's words and its target


def promotes(block: str) -> bool:
    """Whether a list (Markdown) is the site's box of offers: two items or more, each with a
    link, half of them or more asking the reader to act ("[Sign up for AP's weekly politics
    newsletter](…)", "[Tell us why …](…)", "[Learn more.](…)")."""
    items = block.strip().split("\n")
    return (2 <= len(items) <= MOST_ITEMS and all(ITEM.match(item) for item in items)
            and all(LINKED.search(item) for item in items)
            and 2 * sum(bool(CALL.search(item)) for item in items) >= len(items))


RELATED_ITEMS = 3


def related(block: str, host: str) -> bool:
    """Whether a list (Markdown) is a box of the site's other stories: three items or more,
    most of each item's words those of links to the site's own pages ("- **Russische
    Drohnen:** [Auch in Deutschland versteckt? …](…)")."""
    items = block.strip().split("\n")
    return (RELATED_ITEMS <= len(items) <= MOST_ITEMS and bool(host)
            and all(ITEM.match(item) and _mostly_own_links(item, host) for item in items))


def _mostly_own_links(item: str, host: str) -> bool:
    links = LINKED.findall(item)
    shown = ITEM.sub("", LINKED.sub(lambda m: m.group(1), item), count=1).replace("*", "")
    own = sum(len(words) for words, target in links
              if (parts := site_and_path(target)) is not None and parts[0] in ("", host))
    return bool(links) and 2 * own >= len(shown.strip()) + 1


def without_key_points(paragraphs: list[str], address: str = "") -> list[str]:
    """The paragraphs without the key points boxes: each label with the list it heads, among
    the text's first or last :data:`EDGE` paragraphs, headings not counted before the box (a
    "## Highlights" over the goals of a match, in the middle of its report, is the
    story's); and without the site's box of
    offers (:func:`promotes`) or of its other stories (:func:`related`; ``address``, the
    page's) wherever it stands, with a short label over it."""
    host = (site_and_path(address) or ("", ""))[0]

    def offers(block: str) -> bool:
        return promotes(block) or related(block, host)

    kept: list[str] = []
    skip = False
    for index, paragraph in enumerate(paragraphs):
        if skip:
            skip = False
            continue
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
        edge = _before(paragraphs, index) < EDGE or index + 1 >= len(paragraphs) - EDGE
        if following and ((edge and is_key_points(paragraph, following)) or (
                offers(following) and _label(paragraph))):
            skip = True
            continue
        if not offers(paragraph):
            kept.append(paragraph)
    return kept


def _before(paragraphs: list[str], index: int) -> int:
    """How many paragraphs that are no heading stand before ``index``: the headline and the
    standfirst the text may still open with do not put a box past the text's edge."""
    return sum(not paragraph.lstrip().startswith("#") for paragraph in paragraphs[:index])


def _label(line: str) -> bool:
    """A short line in bold or a heading: a box's label ("**What to know about …**")."""
    bare = line.strip()
    return len(bare.split()) <= LABEL_WORDS and (bare.startswith("#") or (
        bare.startswith("**") and bare.endswith("**")))


def without_label_left(before: list[str], after: list[str]) -> list[str]:
    """The text (``after``) without a summary box's label that opened it ("## Synopsis"),
    left alone once the paragraph under it left the text (``before``, the text until then)
    as the page's summary."""
    if len(before) >= 2 and len(after) >= 2 and after[0] == before[0] and after[1] != before[
            1] and _label(after[0]) and KEY_LABEL.match(after[0].strip()):
        return after[1:]
    return after
