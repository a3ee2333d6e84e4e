"""The summary an editor keeps: the page's own standfirst, from what the page says about
itself (its descriptions: ``description``, ``og:description``, ``twitter:description``,
JSON-LD), never a description cut short when a complete one exists, and never a run of the
body's paragraphs (some pages repeat their first paragraphs as the description): a
description longer than a standfirst (over 50 words) is cut to its first two sentences.

A description is cut when it ends in an ellipsis, or when another description goes on from
where it stops. (Many standfirsts end without a full stop, so that alone is no sign.) When
every one is cut, its complete sentences are kept and the fragment after them dropped; when
none is left, there is no summary (the editor writes one).
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterable

from explainer.importer.clean import link_text
from explainer.importer.confidence import fold
from explainer.importer.datelines import WIRE_TAIL
from explainer.importer.ontopic import cjk

MAX_SENTENCES = 2  # of a description longer than a standfirst
MAX_WORDS = 50  # a standfirst's length at most
MIN_WORDS = 2  # a word alone ("Home") is no summary
MIN_PARAGRAPH_WORDS = 5  # a description's first paragraph that can stand alone, not "LONDON —"
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
PARAGRAPH_END = re.compile(r"</p\s*>", re.IGNORECASE)
STATES = re.compile(r"[.!。！][\"'”’»)\]]*$")  # a paragraph that ends by stating, not asking
# the words after a description cut short: its word or sentence going on, not a stop or a
# clause after a comma (", sources said."); a quote may open in any language's marks
# ("… mit Israels „Meet the Press“", "« Nous … »", "»Wir …«")
GOES_ON = re.compile(r"\w|\s+[\w\"'“‘„‚«‹»「『¿¡]")
CUT_WORDS = 10  # a description cut short after a dateline is a long one
DATELINE_WORDS = 8  # "BEIRUT/THE HAGUE, March 7 (Reuters) -" before the story's first words
ELLIPSIS = re.compile(r"\s*(?:\.{3}|…)\s*$")
CLOSE = "\"'”’»)]"
ENDS = re.compile(rf"[.!?。！？؟۔।][{re.escape(CLOSE)}]*$")  # Arabic's "؟", Urdu's, Hindi's stops
# A sentence ends at . ! ? and any closing quotes, before a space and a capital, a digit, a
# letter of a script without capitals (Korean: "…했다. 이어…") or an opening quote (or the
# dash that opens a quote in Swedish or French: "– Vi har …"); or right after a CJK full stop.
CASELESS = "\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
BREAK = re.compile(rf"(?<=[.!?])(?P<close>[{re.escape(CLOSE)}]*)\s+"
                   rf"(?=[\"'“‘«(]?[A-Z0-9À-ÝА-ЯΑ-Ω{CASELESS}]|[–—] [A-ZÀ-ÝА-Я])|(?<=[。！？])|"
                   r"(?<=[؟۔।])\s+")  # scripts without capitals: after their stops
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "jr",
                 "sr", "no", "vs", "inc", "corp", "co", "prof", "rev", "sgt", "capt", "maj",
                 "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s",
                 "u.k", "u.n", "e.g", "i.e", "approx", "est", "dept", "univ"}


def choose_summary(descriptions: Iterable[str], others: Iterable[str] = (),
                   opening: Iterable[str] = ()) -> str | None:
    """The summary from the page's descriptions, in the page's order (see the module).
    ``others`` (a JSON-LD ``alternativeHeadline``) count only as the whole of a description
    that was cut ("... el contr..."): a page's subtitle may be its standfirst, or not.
    ``opening``, the text's first paragraphs as plain text, shows a description cut short
    without an ellipsis ("… led by Scal" where the text goes on "led by Scale Venture")."""
    texts = _distinct(descriptions)
    stems = [ELLIPSIS.sub("", t).casefold() for t in texts if ELLIPSIS.search(t)]
    texts += [o for o in _distinct(others) if any(o.casefold().startswith(s) for s in stems)]
    went_on = [" ".join(p.split()) for p in opening]
    complete = [t for t in texts if _complete(t, texts) and (
        ENDS.search(t) or not (_goes_on(t, went_on) or _cut_across(t, went_on)))]
    if complete:
        return _with_drop_cap(_first_sentences(complete[0]), went_on)
    for text in sorted(texts, key=len, reverse=True):
        kept = _whole_sentences(ELLIPSIS.sub("", text))
        if kept:
            return _with_drop_cap(_first_sentences(kept), went_on)
    return None


DROP_CAP_MATCH = 20  # letters of a description that the text's opening must go on with


def _with_drop_cap(text: str, paragraphs: list[str]) -> str:
    """A description that lost its first letter to the page's drop cap ("nvironmentalists
    have …" where the text says "Environmentalists have …") with that letter back."""
    if not text[:1].islower():
        return text
    stem = text[:DROP_CAP_MATCH]
    for paragraph in paragraphs:
        if paragraph[:1].isupper() and paragraph[1:1 + len(stem)] == stem:
            return paragraph[0] + text
    return text


# A wire story's dateline opening a description ("MEXICO CITY (AP) — ", "KATHMANDU, April 25
# (Reuters) - "): a place in capitals, maybe its state, a day and an agency, then a dash.
# Stricter than text.DATELINE, which reads a story's first line: a description may open
# with a name and a dash ("Donald Trump — who …")
WIRE_DATELINE = re.compile(
    rf"^(?:[A-Z][A-Z.'’-]+ )*[A-Z][A-Z.'’-]{{2,}}{WIRE_TAIL}(?=[A-Z\"“‘'])")


def without_wire_dateline(description: str) -> str:
    """A description without the wire dateline it opens with: the summary says what
    happened, and the place is the text's."""
    return WIRE_DATELINE.sub("", description.strip(), count=1)


# A call to read on closing a description ("… rate decisions. Read on", "Lesen Sie jetzt …")
READ_ON = re.compile(
    r"(?:(?<=[.!?…])|\s[|–—-])\s*(?:read on|read more|continue reading|find out more|"
    r"click here(?: to read more)?|lesen sie (?:jetzt|mehr|weiter)|weiterlesen|lire la suite|"
    r"leer más|leggi tutto)\b[^.!?]{0,40}?[.!:…]*\s*$", re.IGNORECASE)
# A site's template that tells the reader where they are, not what happened ("Hier finden Sie
# Informationen zu dem Thema …", "Here you will find …"), or an archive's note of when it
# copied the page ("archived 26 Jan 2025 09:41:12 UTC", archive.today's description)
PAGE_TEMPLATE = re.compile(r"^(?:hier finden sie|here you(?:'ll| will)? find|on this page you|"
                           r"auf dieser seite finden sie|archived\s+\d{1,2}\s+\w+\s+\d{4})\b",
                           re.IGNORECASE)


# "... 이어지고 있다. |": a separator left where a site's name was cut off (not "»", which
# French sets after a space to close a quotation)
SEPARATORS = frozenset({"|", "-", "–", "—", "·", "•"})


# the site's name after a description's last sentence ("… açıkladı. | Anadolu Ajansı", "…
# said. - VnExpress"): at most four words after a separator
SITE_TAIL = re.compile(r"(?<=[.!?。！？\"'”’»)])\s+[|•·–—-]\s+(?:[^\s.!?|]+\s?){1,4}$")
# a picture's credit after the description's words ("… zum Panafrikagipfel • Foto: Deja
# Gaston", "… in Kyiv | Photo: AP"): the picture's, not the story's
CREDIT_TAIL = re.compile(r"\s+[|•·–—-]\s+(?:fotos?|photos?|bild(?:er)?|images?|pictures?|"
                         r"credits?|crédits?|imagen|quelle|source)\s*:\s*[^.!?:|•]{1,60}$",
                         re.IGNORECASE)


# "<p>", "</p>", "<a href=…>", "<br/>": the markup a description holds ("x <y and y> z" is no tag)
TAG = re.compile(r"</?(?:p|br|a|b|i|em|strong|span|div|ul|ol|li|h[1-6]|blockquote|sup|sub|"
                 r"small|u|s|img|figure|figcaption)(?:\s[^<>]*)?/?>", re.IGNORECASE)
# the page's keywords run on after the description by its template: a comma after a space (no
# sentence puts one there), then three or more short terms between commas and no sentence's
# stop ("… adoption in the US , Institutes,Accounting standards, ACCA,ICAEW,IFRS")
KEYWORD_TAIL = re.compile(r"(?<=\S)\s+,\s*(?:[^\s,.!?;:]+(?: [^\s,.!?;:]+){0,3}\s*,\s*){2,}"
                          r"[^\s,.!?;:]+(?: [^\s,.!?;:]+){0,3}\s*$")

KEYWORD_CHARS = 400


def _without_keywords(text: str) -> str:
    """A description without the keywords its page's template ran on after it (see
    :data:`KEYWORD_TAIL`): they are the page's tags, not its standfirst. Only the last
    :data:`KEYWORD_CHARS` characters are searched (the pattern is slow on long runs of commas)."""
    cut = max(0, len(text) - KEYWORD_CHARS)
    return text[:cut] + KEYWORD_TAIL.sub("", text[cut:])


def _plain(text: str) -> str:
    """A description as text: a JSON-LD description may hold the page's markup, escaped
    once or twice ("<p>Here&#x27;s a look …</p>", "&amp;quot;"); a paragraph's end is a
    blank line."""
    for _ in range(2):
        text = html.unescape(text)
    return TAG.sub(" ", PARAGRAPH_END.sub("\n\n", text))


def _first_paragraph(text: str) -> str:
    """A description of several paragraphs (a JSON-LD description that is the story's first
    paragraphs) as its first that can stand alone: the standfirst, not the lede run on into
    the next paragraph. A description of one paragraph whole."""
    paragraphs = PARAGRAPH_BREAK.split(text.strip())
    first = next((p for p in paragraphs if len(p.split()) >= MIN_PARAGRAPH_WORDS or cjk(p)),
                 text)
    # a question over its answer ("What does the law mean for you?", "We explain …") and a
    # byline or a time ("By Jane Doe, Staff Writer") are no standfirst alone
    return first if len(paragraphs) > 1 and STATES.search(first.strip()) else text


def _distinct(descriptions: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for text in descriptions:
        clean = READ_ON.sub("", _once(_without_separator(SITE_TAIL.sub("", CREDIT_TAIL.sub(
            "", _without_keywords(_first_paragraph(_plain(text or "")).strip()))).split())))
        if PAGE_TEMPLATE.match(clean) or clean[:1] in SEPARATORS:
            continue  # a template's words, or its slot left empty before the site's name
            # ("| Lebanon News")
        if len(clean.split()) >= MIN_WORDS or cjk(clean):
            seen.setdefault(clean.casefold(), clean)
    return list(seen.values())


def _without_separator(words: list[str]) -> str:
    """The words joined, without separators left at the end (see :data:`SEPARATORS`)."""
    while len(words) > 1 and words[-1] in SEPARATORS:
        words.pop()
    return " ".join(words)


def _once(text: str) -> str:
    """A description that a page wrote twice over ("X. X.") once."""
    half = len(text) // 2
    return text[:half] if len(text) % 2 == 1 and text[half] == " " and \
        text[:half] == text[half + 1:] else text


def _complete(text: str, others: list[str]) -> bool:
    """Ends without an ellipsis, and no other description goes on from it, unless it ends a
    sentence where the other stops on a word no sentence ends with: then the other was cut
    ("… a view of San Francisco Bay. It has ping-pong and" beside "… San Francisco Bay.")."""
    if ELLIPSIS.search(text):
        return False
    stem, stops = text.casefold(), bool(ENDS.search(text))
    return not any(
        (len(o) > len(text) and o.casefold().startswith(stem) and not (stops and _cut(o))) or
        (len(o) < len(text) and stem.startswith(o.casefold()) and ENDS.search(o) and _cut(text))
        or _stopped_in(text, o) for o in others)


def _stopped_in(text: str, other: str) -> bool:
    """Whether the text is the other's opening given a full stop inside its sentence ("… will
    continue until Dec. 31." of "… until Dec. 31 after the department released …"): a
    social title's description cut to its length."""
    bare = text.rstrip()
    if not bare.endswith(".") or len(other) <= len(bare):
        return False
    bare = bare[:-1]
    rest = other[len(bare):]
    return other.casefold().startswith(bare.casefold()) and (
        rest.startswith(",") or (rest[:1].isspace() and rest.lstrip()[:1].islower()))


CUT_ON = frozenset({"and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "for", "with",
                    "at", "by", "from", "as", "that", "which", "who", "its", "their", "his",
                    "her"})  # an English text stopped on one of these words was cut


def _cut(text: str) -> bool:
    """Whether a description stops where no sentence does: on a comma or an article, a
    conjunction or a preposition."""
    words = text.rstrip().split()
    return text.rstrip().endswith(",") or (bool(words) and words[-1].casefold() in CUT_ON)


def _goes_on(text: str, paragraphs: list[str]) -> bool:
    """Whether one of the paragraphs goes on from the text, at its start or after at most a
    dateline ("KOBE – A total of … as" in "KOBE – A total of … as a case of theft.")."""
    stem = text.casefold()
    for paragraph in (p.casefold() for p in paragraphs):
        at = paragraph.find(stem)
        if at >= 0 and GOES_ON.match(paragraph, at + len(stem)) and (at == 0 or (
                paragraph[:at].count(" ") <= DATELINE_WORDS
                and len(stem.split()) >= CUT_WORDS)):  # not a short standfirst that the
            return True  # lede happens to hold ("LONDON — The minister resigns today …")
    return False


def _cut_across(text: str, paragraphs: list[str]) -> bool:
    """Whether the text is the opening of the paragraphs run together, over more than the
    first, cut inside one of them ("… Polisen har inlett en utredning. – Vi har hittat
    kläder, säger Johan Hå" where the third paragraph says "Håkansson")."""
    folded = [p.casefold() for p in paragraphs]  # ("ß" is "ss": lengths counted once folded)
    joined, stem = " ".join(folded), text.casefold()
    if not folded or len(stem) <= len(folded[0]) or not joined.startswith(stem):
        return False
    boundaries = set(itertools.accumulate(len(p) + 1 for p in folded))
    return len(stem) + 1 not in boundaries and bool(GOES_ON.match(joined, len(stem)))


def sentences(text: str) -> list[str]:
    """The sentences of a text, not broken after an abbreviation or an initial ("Mr. Assad",
    "J. Smith", "U.S. troops")."""
    parts: list[str] = []
    start = 0
    for match in BREAK.finditer(text):
        words = text[max(start, match.start() - 40):match.start()].rstrip(CLOSE + ".!?").split()
        last = words[-1].casefold() if words else ""  # the word before the stop, alone
        if last.rstrip(".") in ABBREVIATIONS or (len(last) == 1 and last.isalpha()) or (
                last.isdigit() and len(last) <= 2):  # "Beim 50. Berlin-Marathon", "17. März"
            continue
        parts.append(text[start:match.start() + len(match.group("close") or "")].strip())
        start = match.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def _first_sentences(text: str) -> str:
    """A standfirst whole; a longer text (the body's paragraphs) to its first sentences."""
    if len(text.split()) <= MAX_WORDS and not (cjk(text) and len(text) > 3 * MAX_WORDS):
        return text
    return _joined(sentences(text)[:MAX_SENTENCES])


def _joined(parts: list[str]) -> str:
    """Sentences put back together: a space between them, none after a CJK full stop."""
    out = ""
    for part in parts:
        out += part if not out or out[-1] in "。！？" else " " + part
    return out


def _whole_sentences(text: str) -> str | None:
    """The complete sentences at the start of a cut text, or None when the first is cut."""
    kept = list(itertools.takewhile(ENDS.search, sentences(text)))
    joined = _joined(kept)
    return joined if len(joined.split()) >= MIN_WORDS or cjk(joined) else None


OPENING = 3  # paragraphs of the text that may go on from a description cut short
ESCAPED = re.compile(r"\\(.)")
EMPHASIS_MARKS = re.compile(r"(?<![\w\\])[*_]+|(?<!\\)[*_]+(?!\w)")  # not "\\*"


def opening_text(paragraphs: Iterable[str]) -> list[str]:
    """The text's first paragraphs of running text, as plain text (links as their words, no
    escapes or emphasis): what a description cut short is compared with."""
    running = (p for p in paragraphs if p.strip() and not before_text(p))
    return [plain_text(p) for p in itertools.islice(running, OPENING)]


def plain_text(paragraph: str) -> str:
    """A paragraph of Markdown as plain text: links as their words, no escapes, emphasis or
    character references ("CD&amp;V" is "CD&V")."""
    return " ".join(html.unescape(ESCAPED.sub(r"\1", EMPHASIS_MARKS.sub(
        "", link_text(paragraph)))).split())


LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s")


def opens_body(summary: str | None, paragraphs: Iterable[str]) -> bool:
    """Whether the summary is how the body's first paragraph of running text opens (past
    headings, a list of highlights and a dateline set apart: "**Washington:**"), or all of
    it, after at most a dateline: many pages use their first paragraph as their
    description."""
    first = next((p for p in paragraphs if p.strip() and not before_text(p)), "")
    wanted, text = fold(summary or ""), fold(link_text(first))
    if not wanted:
        return False
    at = f" {text} ".find(f" {wanted} ")
    return at >= 0 and text[:at].count(" ") <= DATELINE_WORDS


def before_text(paragraph: str) -> bool:
    """A heading, a list, or a dateline set apart: what can stand before the text opens."""
    bare = paragraph.strip().strip("*_").strip()
    return (paragraph.lstrip().startswith("#") or bool(LIST_ITEM.match(paragraph))
            or (len(bare.split()) <= DATELINE_WORDS and bare.endswith((":", "—", "–", "-"))))
