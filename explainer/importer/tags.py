"""The page's keywords as tags an editor keeps: each once, without a content system's flags
("Lite:true", "Tag:JavaScript" as "JavaScript"), a taxonomy's code ("Technology (TRBC)"),
words that tag every story ("News", "Top Stories", "son dakika"), the site's own name
("Metro newspaper" on Metro, "dailymail" on the Daily Mail) or a sentence (a headline
repeated as a keyword); without a system's codes (a UUID, "p"; "AER", "AIRS08", "CRSH" and
"MTVID", or "AIR", "NP" and "AE", together, which the article never writes in capitals); a
field's name before its value is dropped ("Category: Economy" is "Economy"); a word set in
capitals that the article writes otherwise ("FUNDRAISING") is written as a word."""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from explainer.importer.bylinenames import CREDENTIALS

CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # kana, kanji, hangul
TAG_WORDS = 6  # a keyword longer than this is a sentence (often the headline), not a topic
TAGS = 12
KEYWORDS_READ = 100  # of a page's keywords: each is looked up in the text
FLAG = re.compile(r"^(\w+):(?=\S)(.+)$")  # "Lite:true", "Tag:JavaScript"
CODE = re.compile(r"(?:\s*\([A-Z]{2,6}(?: level \d{1,2})?\))+$")  # "Technology (TRBC)",
# "Online Services (NEC) (TRBC level 5)": a classification's codes
GENERIC = frozenset("""news|general|breaking news|top stories|top story|latest|latest news|
headlines|home|homepage|longform|long read|featured|article|articles|story|stories|
newsroom daily|uncategorized|default|none|son dakika|son dakika haber|haber|haberler|
nachrichten|aktuell|news aktuell|noticias|actualités|actualite|notizie|nieuws|nyheter|
nyheder|uutiset|internal""".replace("\n", "").split("|"))
# A desk's or a wire's label: "General news", "Domestic News", "NE State Wire"
# "Category: Economy", "NLP Entity Tokens: Canada": a field of the content system and its value
FIELD = re.compile(r"^(?:[\w-]+ ){0,3}(?:tags?|categor(?:y|ies)|topics?|sections?|keywords?|"
                   r"entit(?:y|ies)|tokens|subjects?|regions?): (?=\S)(.+)$", re.IGNORECASE)
# a system's code: a UUID
SYSTEM_CODE = re.compile(r"^[0-9a-f]{8}(?:-?[0-9a-f]{4}){3}-?[0-9a-f]{12}$", re.IGNORECASE)
# capitals, perhaps with digits ("AER", "AIRS08"; "NATO", "G7" and "COP28" look the same)
CAPITALS = re.compile(r"^[A-Z][A-Z\d]{1,7}$")
CODES = 3  # unwritten acronyms in a page's keywords that make them a system's codes
DESK = re.compile(r"^(?i:(?:ap |reuters |afp )?(?:general|domestic|international|world|national|"
                  r"local|business|top|company|regional) news)$|"
                  r"(?i:\b(?:state wire|news wire|newswire|desk))$")
COUNTRY_DESK = re.compile(r"^[A-Z]{2,3} (?i:news)$")  # "UK News", "US news"; "BBC News" where
# the text names it stays


def page_tags(keywords: Iterable[str], site: str | None, text: str,
              address: str | None = None, people: Iterable[str] = ()) -> tuple[str, ...]:
    """The tags of a page (see the module); ``text`` is the article's, to tell a word set in
    capitals from an acronym; ``address``, the page's, whose words are no tags; ``people``,
    its byline's, whom a tag that only names them is not about ("Jane Roe and John Doe")."""
    own = _words(site or "")
    bylined = {" ".join(name.casefold().split()) for name in people}
    tags = [_tag(keyword, text) for keyword in itertools.islice(keywords, KEYWORDS_READ)]
    codes = _unwritten_capitals(tags, text) | _address_words(tags, address)
    kept: dict[str, str] = {}
    for tag in tags:
        if not tag or len(tag.split()) > TAG_WORDS or tag.casefold() in GENERIC or \
                DESK.search(tag) or tag in codes or _code(tag) or (
                    COUNTRY_DESK.match(tag) and tag not in text):
            continue
        if own and _names_site(tag, own):
            continue  # "Metro newspaper", "BBC News" on the BBC
        if bylined and set(NAME_LIST.split(tag.casefold())) <= bylined:
            continue  # the writers, whom the page's keywords name
        if kept.setdefault(tag.casefold(), tag).islower() and not tag.islower():
            kept[tag.casefold()] = tag  # "taylor swift" and "Taylor Swift": the capitals
    return tuple(kept.values())[:TAGS]


BOILERPLATE = 5  # keywords in a list that may be the site's own, the same on every page


def topical(keywords: list[str], text: str) -> bool:
    """Whether a page's keywords are about its article: not a list of :data:`BOILERPLATE` or
    more of which at most one in five the title and text write (:func:`_written`): the site's
    names and sections, the same on every page ("産経新聞, 産経, サンケイ, 新聞, ニュース,
    …", "Recht, Hintergründe, Analysen, Experten, …")."""
    tags = [t for t in (_tag(k, text) for k in keywords[:KEYWORDS_READ]) if t]
    if len(tags) < BOILERPLATE:
        return True
    return sum(1 for t in tags if _written(t, text)) * 5 > len(tags)


def _written(keyword: str, text: str) -> bool:
    """Whether the text writes a keyword: in Chinese, Japanese or Korean, the keyword anywhere;
    a keyword without a word of four letters ("EU", "CDU", "G7"), as a whole word; else the
    opening of one of its words ("Bond" of "Bonds", "Econo" of "Economy", "Моск" of "Москва",
    which the text may write "Москве") at a word's start."""
    if CJK.search(keyword):
        return keyword.casefold() in text.casefold()
    words = re.findall(r"[^\W\d_]{4,}", keyword)
    if not words:
        return bool(re.search(rf"(?<!\w){re.escape(keyword)}(?!\w)", text, re.IGNORECASE))
    return any(re.search(rf"(?<!\w){re.escape(word[:max(4, len(word) - 2)])}", text,
                         re.IGNORECASE) for word in words)


CREDENTIAL_TAIL = re.compile(r"(?<=\w),\s*((?:[A-Za-z.]{2,5}(?:,\s*)?)+)$")
NAME_LIST = re.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*")


def _tag(keyword: str, text: str) -> str:
    tag = " ".join(html.unescape(keyword or "").split())
    if flag := FLAG.match(tag):
        tag = flag.group(2) if flag.group(1).casefold() == "tag" else ""
    if field := FIELD.match(tag):
        tag = field.group(1)
    tag = CODE.sub("", tag)
    if (title := CREDENTIAL_TAIL.search(tag)) and all(
            c.casefold().replace(".", "") in CREDENTIALS for c in re.split(r",\s*", title[1])):
        tag = tag[:title.start()]  # "Lee Baker, CFP": the person, whose title is no topic
    if tag.isupper() and tag.isalpha() and len(tag) >= 5 and re.search(
            rf"\b{re.escape(tag.casefold())}\b", text, re.IGNORECASE | re.ASCII) and not \
            re.search(rf"\b{re.escape(tag)}\b", text):
        tag = tag.capitalize()  # "FUNDRAISING", which the article writes "fundraising"
    return tag


SLUG_RUN = 4  # keywords that follow the page's address word for word: a list made from it


def _address_words(tags: list[str], address: str | None) -> set[str]:
    """The keywords made from the page's address: when four or more of them follow its words
    one after another ("israel", "asesina", "sabado", "58" for ".../israel-asesina-sabado-
    58-..."), every keyword that is a word of it in lower case; not topics that the address
    also names ("emc", "aws" for ".../emc-will-target-aws-s3-...")."""
    try:
        path = urlsplit(address or "").path
    except ValueError:  # a malformed address ("http://[::1")
        path = ""
    slug = [w for w in re.split(r"[^\w]+|_", path.casefold()) if w]
    follows = set(itertools.pairwise(slug))
    run = longest = 1
    for a, b in itertools.pairwise(tags):
        run = run + 1 if (a, b) in follows else 1
        longest = max(longest, run)
    if longest < SLUG_RUN:
        return set()
    words = set(slug)
    return {t for t in tags if t and t == t.casefold() and t in words}


def _code(tag: str) -> bool:
    """A content system's code rather than a topic: a UUID, or one or two Latin letters not in
    capitals ("p"; "社会" and "UK" are tags)."""
    return bool(SYSTEM_CODE.match(tag) or (
        len(tag) <= 2 and tag.isascii() and tag.isalpha() and not tag.isupper()))


def _unwritten_capitals(tags: list[str], text: str) -> set[str]:
    """A system's codes among the keywords. The keywords are a code list when at least
    :data:`CODES` words in capitals (digits allowed) of three letters or more are never written
    in the article, in any case ("AER", "AIRS08", "CRSH", "MTVID"; one acronym tagging a story
    that does not spell it, "NATO", is no sign). Then every word in capitals the text does not
    write so is a code too ("AIR", "NP", "ASIA" where it writes "air" and "Asia")."""
    capitals = [t for t in tags if CAPITALS.match(t)]
    unwritten = [t for t in capitals if len(t) > 2 and not re.search(
        rf"(?<!\w){re.escape(t)}(?!\w)", text, re.IGNORECASE)]
    if len(set(unwritten)) < CODES:
        return set()
    return {t for t in capitals if not re.search(rf"(?<!\w){re.escape(t)}(?!\w)", text)}


SITE_WORDS = frozenset({"newspaper", "news", "online", "digital", "magazine", "website", "com"})
# a host name's start and end ("www.", ".com", ".co.uk"): "nationalpost.com" names the site
HOST_TAIL = re.compile(r"^www\.|\.(?:com|org|net|info|[a-z]{2})(?:\.[a-z]{2})?$")


def _words(name: str) -> list[str]:
    words = re.findall(r"\w+", name.casefold())
    return words[1:] if words[:1] == ["the"] else words


def _names_site(tag: str, own: list[str]) -> bool:
    """Whether a tag is the site's name, alone or with a word such as "newspaper" ("Metro
    newspaper"; not "Metropolitan Police" or "Hillary Clinton" on The Hill)."""
    core = [w for w in own if w not in SITE_WORDS]  # "Daily Mail Online" is "dailymail"
    bare = HOST_TAIL.sub("", tag.casefold()) if " " not in tag.strip() else tag
    if "".join(_words(bare)) in ("".join(own), "".join(core)) and len(own) > 1:
        return True  # "dailymail" on the Daily Mail, "nationalpost.com" on the National Post
    words = _words(tag)
    rest = words[len(own):]
    return words[:len(own)] == own and (not rest or (len(rest) == 1 and rest[0] in SITE_WORDS))


STEM = 5  # letters of a tag's word that the article must write at a word's start


def said(tags: Iterable[str], text: str, shown: frozenset[str] = frozenset(),
         body: str = "") -> tuple[str, ...]:
    """The tags the page says to its reader: those the article (``text``: its title, summary
    and text) writes (:func:`_mentioned`) or the page shows as a link's words ("Latin America"
    among its topics). A content system's flags and a site's standing words that the reader
    never sees go ("yourmoney", "editors_pick", "Special exclusion", "multidisciplinary", a
    photo agency's name). A tag in lower case takes the spelling of the ``body`` within its
    sentences ("rex tillerson": "Rex Tillerson"; not a sentence's first word, "Leave")."""
    return tuple(_recased(tag, body) for tag in tags
                 if tag.casefold() in shown or _mentioned(tag, text))


def _mentioned(tag: str, text: str) -> bool:
    """Whether the article writes a tag: in Chinese, Japanese or Korean, the tag anywhere; one
    of its words of four letters or more by its first :data:`STEM` letters at a word's start
    ("Nahost" for "Nahostkonflikt", "parasitischen" for "Parasitismus"); a tag without such a
    word as a word, perhaps with full stops ("U.S." for "US"), in the same case when it is two
    capitals ("us" is not "US", "un" not "UN")."""
    if CJK.search(tag):
        return tag.casefold() in text.casefold()
    words = re.findall(r"[^\W\d_]{4,}", tag)
    if words:
        return any(re.search(rf"(?<!\w){re.escape(word[:STEM])}", text, re.IGNORECASE)
                   for word in words)
    dotted = r"\.?".join(re.escape(c) for c in tag.replace(".", ""))
    flags = 0 if len(tag) <= 2 and tag.isupper() else re.IGNORECASE
    return bool(tag.strip()) and bool(re.search(rf"(?<!\w){dotted}\.?(?!\w)", text, flags))


SENTENCE_START = re.compile(r"(?:^|[.!?:\"“‘'(\[—–-])\W*$")


def _recased(tag: str, body: str) -> str:
    """A tag in lower case as the text writes it within its sentences, when it never writes
    it in lower case; a name of two words or more also as it opens one ("Donna Kelce")."""
    if tag != tag.casefold() or not re.search(r"[^\W\d_]", tag):
        return tag
    found = list(re.finditer(rf"(?<!\w){re.escape(tag)}(?!\w)", body, re.IGNORECASE))
    forms = [m.group() for m in found
             if not SENTENCE_START.search(body[max(0, m.start() - 4):m.start()])]
    if not forms:  # a name of two words or more opening a sentence: its later capitals say so
        forms = [m.group() for m in found if " " in m.group() and all(
            w[:1].isupper() for w in m.group().split()[1:])]
    if not forms or tag in forms:
        return tag
    words = [f for f in forms if not f.isupper()] or forms  # not a heading's capitals
    return max(sorted(set(words)), key=words.count)


CHOPPED = 0.6  # share of the headline's words that, each a keyword, make the keywords its words
CHOPPED_WORDS = 5  # and at least so many ("Trump, China" under "Trump visits China": topics)


def without_headline_words(keywords: list[str], headline: str) -> list[str]:
    """The keywords without the headline's own words, when a content system made them of the
    headline cut into words ("alabama, workers, leave, state, as, immigration, law, takes,
    effect, business"): each of :data:`CHOPPED` of the headline's words or more a keyword."""
    bare = [re.sub(r"\W", "", w).casefold() for w in re.split(r"[\s-]+", headline)]
    bare = [w for w in bare if w]
    single = {re.sub(r"\W", "", k).casefold() for k in keywords if len(k.split()) == 1}
    found = sum(w in single for w in bare)
    if not bare or found < CHOPPED_WORDS or found < CHOPPED * len(bare):
        return keywords
    return [k for k in keywords if re.sub(r"\W", "", k).casefold() not in {"", *bare}]
