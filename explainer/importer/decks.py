"""The standfirst a page shows under its headline, found by the name its markup gives it."""

from __future__ import annotations

import re
from typing import Any

from explainer.importer.bylinenames import BY
from explainer.importer.clean import UNSPACED, word_count
from explainer.importer.headlines import headline_text, title_element
from explainer.importer.signups import SIGNUP_NAME
from explainer.importer.textlines import short_lines, short_text

# The standfirst a page shows under its headline, by the name its markup gives it ("desc" only
# as the article's: Le Monde's "article__desc"; not a column's "prop-desc")
DECK = re.compile(r"(?:^|[\s_-]|(?-i:(?<=[a-z])(?=Sub[Tt]itle)))"  # ("articleSubTitle" too; not
                  # "detailSummary", "ArticleModuleTeaser": on the fit half, other boxes)
                  r"(?:deck|dek|standfirst|sub[-_]?title|title[-_]sub|"
                  r"sub-?headline|subhead|strapline|lede|lead|intro|teaser|excerpt|summary|"
                  r"description|(?<=article__)desc|(?<=article-)desc|abstract|chapo|chapeau|"
                  r"entradilla|bajada|sumario|ingress|"
                  r"preamble|perex|vorspann|"
                  r"linha-?fina|sottotitolo|occhiello)"
                  r"(?:$|[\s_]|-(?!\d))", re.IGNORECASE)  # not a type style ("subtitle-2")
# an element styled as an <h2> ("article__like-h2"): right under the headline, its standfirst
AS_H2 = re.compile(r"(?:^|[\s_-])h2(?:$|\s)")
# (and an offer's box, "article-subscribe--subtitle": "Just R20 for the first month.")
NOT_DECK = re.compile(r"caption|credit|image|photo|media|figure|paywall|promo|related|author|"
                      r"bio\b|byline|subscri|site-?desc|tagline|slogan|"
                      rf"{SIGNUP_NAME.pattern}", re.IGNORECASE)  # (the site's tagline too)
# a box around the element that holds the author's details ("author-dropdown"): their bio
AUTHOR_BOX = ("ancestor::*[position() <= 3]"
              "[contains(translate(@class, 'AUTHOR', 'author'), 'author')]")
PICTURE_CREDIT = re.compile(r"\b(?:bild|foto|photo|photograph|image|picture)\s*:|©", re.IGNORECASE)
# the attributes that name an element's part: a framework's "type" or "data-testid" too
# (20min.ch's <div type="lead">, whose classes are hashes)
MARKS = ("class", "id", "itemprop", "type", "data-type", "data-testid", "data-component", "data-qa",
         "data-gu-name", "data-dot")  # (the Guardian's <div data-gu-name="standfirst">, Seznam's
# <p data-dot="perex"> of hashed classes)
DECK_AFTER = 12  # elements after the headline where the standfirst is looked for
HEADLINES = 3  # <h1> elements after which it is looked for
STORY_CHARS = 100  # a paragraph of the story: once one is seen, the standfirst is behind
STORY_UNSPACED = 40  # characters of a script written without spaces
STORY_BOX = 3  # a box holding three times a paragraph's length is the story's
SUBTITLE = re.compile(r"sub[-_]?title|deck|dek\b|standfirst|strapline|subhead|excerpt",
                      re.IGNORECASE)
# a paragraph in a figure or a box named for a picture or a caption: no paragraph of the story
IN_PICTURE = ("ancestor::figure or ancestor::*[position() <= 3][contains(translate(@class, "
              "'IMAGEPHOTCAPNFGUR', 'imagephotcapnfgur'), 'image') or contains(translate("
              "@class, 'PHOTO', 'photo'), 'photo') or contains(translate(@class, 'CAPTION', "
              "'caption'), 'caption') or contains(translate(@class, 'FIGURE', 'figure'), "
              "'figure')]")
# a box of the cookie banner (Didomi's, OneTrust's: an <h1> and a long paragraph of its own)
_NAMED = ("translate(concat(@class, ' ', @id), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
          "'abcdefghijklmnopqrstuvwxyz')")
CONSENT_BOX = " or ".join(f"contains({_NAMED}, '{word}')" for word in (
    "cookie", "consent", "didomi", "onetrust", "gdpr", "usercentrics", "qc-cmp", "sp_message"))
STORY_BEFORE = (f"preceding::p[string-length(normalize-space(.)) >= {STORY_CHARS}]"
                f"[not(ancestor::*[{CONSENT_BOX}])]")
DECK_WORDS = (6, 80)
# Korean words are long and its standfirsts short ("HUG 전세보증 가입 요건 140%→126%")
KOREAN_DECK = (4, 8)  # words, and Hangul syllables, at least
HANGUL = re.compile(r"[\uac00-\ud7af]")
SITE_TITLE = re.compile(r"site-?(?:title|name)|logo|brand|masthead", re.IGNORECASE)
# the site's pitch for its newsletter in the standfirst's place ("… Want it in your inbox every
# Sunday? Subscribe below! I respect your privacy and you won't get spam."): no standfirst
PITCH = re.compile(r"\b(?:subscribe|sign up)(?: (?:below|here|now|today|for free))?[!.]|"
                   r"\bin your inbox\b|\b(?:won't|will not|never) (?:get |send you )?spam\b|"
                   r"\bjetzt abonnieren\b|\bzum newsletter anmelden\b", re.IGNORECASE)
# a line of the standfirst, after a line break, that points the reader elsewhere ("Click here
# for an exclusive fashion shoot …", "Watch the video"): a link's label, not the standfirst
PROMO_LINE = re.compile(r"^[\W_]*(?:click|tap|watch|listen|see|view|read|klicken sie|lesen sie|"
                        r"hören sie|sehen sie)\b", re.IGNORECASE)
DECK_TEXT = 1_000  # characters: more is no standfirst, read no further


def decks(tree: Any) -> list[str]:
    """The standfirst shown under one of the page's first :data:`HEADLINES` <h1> (the first
    may be a logo's or a sticky bar's; a later one only before the story's first long
    paragraph, not another story's card after it), or, where every <h1> is the site's name,
    under the heading that shows the ``<title>``'s headline (:func:`headlines.title_element`):
    an element of the dozen after it, before the story's first long paragraph, whose
    class, id or itemprop names a deck, standfirst, subtitle, lede or summary (an <h4> too),
    or an <h2> right after the headline whatever its name, or a box styled as one
    (:data:`AS_H2`) ("<h1>…</h1><h2>CHINESE AGGRESSION: Manila
    accused…</h2>": on the fit half every such <h2> of 6 to 80 words was one) (or the
    paragraph right after such an element left empty, where the parser moved a ``<p>`` out
    of an ``<h2>``), or a paragraph right after the headline that is alone with it in its box
    (:func:`_alone_with_headline`);
    not a caption, a credit or an author's note (by its name, or a picture's credit in its
    text), nor inside a figure, an aside, a menu or a link, nor holding a picture; of
    :data:`DECK_WORDS` words (:func:`_deck_long`)."""
    heads = tree.xpath(f"//h1[not(ancestor-or-self::*[{CONSENT_BOX}])]")[:HEADLINES]
    if all(map(_logo, heads)):  # the site's name its only <h1>: the headline is set otherwise
        heads = [head for head in [title_element(tree)] if head is not None and (
            head.tag in ("h2", "h3", "h4") or "title" in (head.get("class") or "").casefold())]
        # (a heading, or a box named for the title: not a kicker's line over it)
    for index, headline in enumerate(heads):
        if index and headline.xpath(STORY_BEFORE):
            break  # a later <h1> after the story began: another story's card
        if _logo(headline):
            continue  # the site's title or logo: the line under it is the site's tagline
        following = _following(headline)
        below = _next_element(headline)
        for element in following:
            marks = _marks(element)
            named = bool(DECK.search(marks)) or (element is below and (
                element.tag == "h2" or AS_H2.search(marks) or _alone_with_headline(element)))
            if not named and element.tag == "p" and _story_length(element) and not (
                    element.xpath(IN_PICTURE)):
                break  # the story has begun: a standfirst comes before it
            if not named or NOT_DECK.search(marks) or _in_author_box(element, headline) or \
                    element.xpath("ancestor::figure or ancestor::aside or ancestor::nav or "
                                  "ancestor::a or .//figure or .//img or .//video or "
                                  ".//figcaption"):
                continue
            text = _deck_text(element)
            after = element.getnext()
            if (not text.strip() and after is not None and after.tag == "p"
                    and not after.get("class")):
                text = short_text(after, DECK_TEXT) or ""
            if _deck_long(text) and len(text.split()) <= DECK_WORDS[1] and not (
                    PICTURE_CREDIT.search(text) or PITCH.search(text)):
                return [text]
    return []


def _deck_long(text: str) -> bool:
    """Whether a text is long enough for a standfirst: :data:`DECK_WORDS` words, or in
    Korean :data:`KOREAN_DECK`."""
    return word_count(text) >= DECK_WORDS[0] or (
        len(text.split()) >= KOREAN_DECK[0] and len(HANGUL.findall(text)) >= KOREAN_DECK[1])


def _in_author_box(element: Any, headline: Any) -> bool:
    """Whether the element is in the box of the author's details (:data:`AUTHOR_BOX`), one
    that does not hold the headline too (MK's "news_title_author": the headline, the
    standfirst and the byline)."""
    return any(box not in headline.iterancestors() for box in element.xpath(AUTHOR_BOX))


def _story_length(element: Any) -> bool:
    """Whether a paragraph is as long as the story's: :data:`STORY_CHARS` characters, or
    :data:`STORY_UNSPACED` in a script written without spaces (Japanese, Chinese)."""
    text = " ".join(element.text_content().split())
    return len(text) >= STORY_CHARS or len(UNSPACED.findall(text)) >= STORY_UNSPACED


def boxed_deck(tree: Any, found: list[str]) -> bool:
    """Whether the standfirst found is a paragraph alone with its headline in the headline's box
    (:func:`_alone_with_headline`), or a ``<span>`` right under the headline
    (``span.title_sub``), or an element named as a standfirst over the byline's box
    (:func:`_over_byline`), under a summary's heading (:func:`_titled_summary`) or beside the
    headline, the story in another box (:func:`_beside_headline`), or in a box of its own
    before the story's (:func:`_before_story`): set apart
    from the story, whose paragraphs stand in another box or element, so that the story cannot
    open with it as its lede."""
    return bool(found) and (any(
        below is not None and (_alone_with_headline(below) or below.tag == "span")
        and _deck_text(below) == found[0]
        for below in map(_next_element, tree.xpath("//h1")[:HEADLINES])) or any(
        (_over_byline(element) or _titled_summary(element) or _beside_headline(element, headline)
         or _before_story(element))
        and _deck_text(element) == found[0]
        for headline in tree.xpath("//h1")[:HEADLINES] for element in _following(headline)
        if DECK.search(_marks(element))))


def _before_story(element: Any) -> bool:
    """Whether a box named as a subtitle or a deck (:data:`SUBTITLE`; an "intro" or a "lead"
    may be the story's first paragraph), no paragraph, is followed by the story's box: no
    paragraph nor figure, holding :data:`STORY_BOX` times a story paragraph's length
    ("<div class="articleSubTitle"><p>…</p></div><div class="articleContent">…")."""
    after = _next_element(element)
    if element.tag == "p" or after is None or after.tag in ("p", "figure") or not SUBTITLE.search(
            _marks(element)):
        return False
    text = " ".join(after.text_content().split())  # (its paragraphs perhaps parted by <br>)
    return len(text) >= STORY_BOX * STORY_CHARS or len(UNSPACED.findall(text)) >= (
        STORY_BOX * STORY_UNSPACED)


def _beside_headline(element: Any, headline: Any) -> bool:
    """Whether a paragraph named as a standfirst stands beside the headline, in its box, and
    the story's paragraphs in another: none of that length follows it there
    ("<h1>…</h1><p class="news__heading__chapo">…</p><div>…the story…</div>")."""
    return element.tag == "p" and element.getparent() is headline.getparent() and not any(
        sibling.tag == "p" and _story_length(sibling) for sibling in element.itersiblings())


# the box of the byline or the date, by its name ("author-info", "m-pub-dates", "Article__meta")
SIGNED_BOX = re.compile(r"author|autor|auteur|byline|firma|assinatura|date|fecha|meta|publish|"
                        r"signature|dateline", re.IGNORECASE)  # (Spanish, Portuguese)


def _titled_summary(element: Any) -> bool:
    """Whether the element opens with a summary's heading (:data:`SUMMARY_LABEL`): a box set
    apart as the story's summary."""
    lines = [line for line in short_lines(element, DECK_TEXT) or [] if line]
    return len(lines) > 1 and bool(SUMMARY_LABEL.match(lines[0]))


def _over_byline(element: Any) -> bool:
    """Whether the element's next box is the byline's or the date's (by its name, or holding
    a ``<time>``): the standfirst is over the byline, and the story's lede comes after it
    ("<p class="paragraph-intro">…</p><div class="author-info">…")."""
    after = _next_element(element)
    while after is not None and not "".join(after.itertext()).strip():
        after = _next_element(after)  # an empty box: an advertisement's place
    return after is not None and (bool(SIGNED_BOX.search(_marks(after))) or bool(
        after.xpath("self::time or .//time")))


def _alone_with_headline(element: Any) -> bool:
    """Whether a paragraph right after the headline is the only one in the headline's box,
    holding no link, time or picture, and opening with no byline's label: the standfirst of a
    page whose names were taken away (an archive.today copy, all in inline styles:
    ``<div><h1>…</h1><p>Years of weekend shutdowns …</p></div>``, the story in a box after
    it), not a byline ("By …") or the story's first paragraph, whose siblings follow it."""
    box = element.getparent()
    return element.tag == "p" and box is not None and len(box.xpath(".//p")) == 1 and not (
        element.xpath(".//a or .//time or .//img") or BY.match(element.text_content().strip()))


def _following(headline: Any) -> list[Any]:
    """The :data:`DECK_AFTER` elements after the headline where its standfirst may be: a lead
    picture's boxes count for none, nor do empty boxes (an advertisement's place) unless
    named as a standfirst (the parser may have moved its ``<p>`` out of it)."""
    elements = headline.xpath("following::*[self::h2 or self::h3 or self::h4 or self::p or "
                              "self::div or self::span]"
                              f"[not(ancestor::figure)][position() <= {4 * DECK_AFTER}]")
    return [e for e in elements if DECK.search(_marks(e))
            or any(piece.strip() for piece in e.itertext())][:DECK_AFTER]


def logo_headings(tree: Any) -> list[str]:
    """The words of the ``<h1>``s that are the site's title or logo (by their names, a link
    home or a picture), not a story's headline: WordPress's ``h1.site-title``."""
    return [text for h in tree.xpath("//h1") if _logo(h) and (text := headline_text(h))]


def _logo(heading: Any) -> bool:
    """Whether a heading is the site's title or logo: by its names, a link home or a picture."""
    return bool(SITE_TITLE.search(_marks(heading)) or heading.xpath(
        ".//img | .//a[@rel='home']"))


def _marks(element: Any) -> str:
    return " ".join(element.get(k) or "" for k in MARKS)


def _next_element(element: Any) -> Any:
    """The element right after this one in its parent, past comments."""
    after = element.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    return after


# a summary's box's own heading over its sentences: Sky News Arabia's "ملخص", Amar Ujala's "सार"
SUMMARY_LABEL = re.compile(r"^(?:summary|in short|the essentials|zusammenfassung|das wichtigste|"
                           r"résumé|l['’]essentiel|ce qu['’]il faut retenir|resumen|lo esencial|"
                           r"resumo|riassunto|samenvatting|ملخص|خلاصه|सार|要点|요약|摘要)\s*[:：]?$",
                           re.IGNORECASE)


def _deck_text(element: Any) -> str:
    """The element's text on one line, without its heading as a summary's box
    (:data:`SUMMARY_LABEL`) and the lines from one that points the reader
    elsewhere after the first (:data:`PROMO_LINE`), or that is a link alone (a button: "無料
    お試し版", a free sample's)."""
    lines = [line for line in short_lines(element, DECK_TEXT) or [] if line]
    if len(lines) > 1 and SUMMARY_LABEL.match(lines[0]):
        lines = lines[1:]  # the box's heading: "ملخص", "सार" over the summary
    links = {" ".join(link.text_content().split()) for link in element.iter("a")}
    cut = next((i for i, line in enumerate(lines)
                if i and (PROMO_LINE.match(line) or " ".join(line.split()) in links)),
               len(lines))
    return " ".join(lines[:cut])
