"""A byline read as a list of people's names: no "By", no dates, no e-mail addresses, no
jobs, desks or "Staff", in the languages read ("Von Jana Müller", "di Marco Conti e Luca
Bianchi", "김철수·이영희 기자", "政治部　山田太郎")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from explainer.importer.bylinejobs import ROLES, a_job, only_roles, staff_name
from explainer.importer.bylinelabels import OUTRIGHT, PREPOSITIONS, TEXT, either
from explainer.importer.bylinetails import AGENCY, credit_alone
from explainer.importer.cjkbylines import writer_part
from explainer.importer.clean import EMAIL, MONTHS, _norm, letters
from explainer.importer.fallbacks import COLON_LABELS, PARTICLES
from explainer.importer.namewords import NEWS_AGENCIES
from explainer.importer.notbylines import (
    ABBREVIATED_RANK,
    COMPANY,
    EDITOR_LABEL,
    HELPER_PART,
    HOST_NAME,
    INSTITUTION,
    NO_ONE,
    NOT_A_NAME,
    OUR_STAFF,
    PHOTO_CREDIT,
    RUN_INTO_DATE,
)
from explainer.importer.showndates import WEEKDAY_NAMES as WEEKDAYS

# "By" before a byline's names, in the languages read (in a byline already found only:
# Korean "글" (text), "글·사진" (text and photos), Arabic "كتب", "كتبت" (he, she wrote), Hindi
# "लेखक" (writer), Greek "Του", "Της" and "Των" (of: the writer's name in the genitive),
# Japanese "文・写真" (text and photos) and its kin before a space)
BY_WORDS = (*OUTRIGHT, *PREPOSITIONS, *TEXT, "автор", "текст",
            "글·사진", "글", "كتب", "लेखक", "του", "της", "των", "文・写真", "写真・文",
            "取材・文・写真", "取材・文", "रिपोर्ट", "خبرنگار", "penulis", "كتبت")
# ("Oleh", Indonesian and Malay, only before a name of two words or more: it is also a
# Ukrainian given name, "Oleh Sentsov"); a label run into the name by a page's markup
# ("<span>Autor</span><strong>Max Müller</strong>" read "AutorMax Müller")
RUN_IN = ("autorin", "autor", "author", "von", "by", "text", "tekst", "texto")
BY = re.compile(rf"^(?:(?:{either(BY_WORDS)})\s*[:\-–]?\s+"
                rf"|oleh\s+(?=\S+\s+\S)|(?:{COLON_LABELS})\s*[:：]\s*"
                rf"|(?-i:(?i:{'|'.join(RUN_IN)})(?=[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]))"
                rf")", re.IGNORECASE)
# a preposition opening the byline after what came first (a place, a desk: "Rio de Janeiro (RJ) |
# Por Gabriela Soares"), which is no writer
OPENS = re.compile(rf"(?:{either(PREPOSITIONS)})\s+\S+\s+\S", re.IGNORECASE)  # (not "Di Lorenzo")
# "y", "e" and "i" part two people only before a name of two words or an agency's: "Jordi
# Puig i Ferrer" and "José Ortega y Gasset" are one person's double surname
_NEXT_NAME = r"(?=\s+(?:\S+\s+\S|[A-Z]{2,}\b))"
# (Dutch "en" only before a name of two words, "Jan van den Berg en Els de Jong": it is
# "in" in Spanish and French, "Ana Souza en Madrid"; Polish "i" before a capital; Turkish
# "ve", Indonesian "dan", Arabic "و" set apart by spaces, Korean "와" after "기자")
NAME_SPLIT = re.compile(r"\s*(?:,|，|、|;|\||&|\band\b|\bund\b|\bet\b|\bog\b|\boch\b|\bκαι\b"
                        rf"|\b[ye]\b{_NEXT_NAME}|\bi\b(?=\s+[A-ZÀ-ÞĀ-Ž]){_NEXT_NAME}"
                        r"|\bve\b|\bdan\b|(?<=\s)و(?=\s)"
                        r"|\ben\b(?=\s+[A-Z\u00c0-\u00de]\w*\s+\S))\s*"
                        r"|(?<=기자)[와과]\s+"
                        r"|(?<=기자)\s*(?=[\uac00-\ud7af]{2,4}\s*기자)"  # "김민수 기자이지은 기자"
                        r"|(?<=[\uac00-\ud7af])·(?=[\uac00-\ud7af])"  # "김철수·이영희"
                        # "The Current · CBC Radio", a programme and its network: before a
                        # name of at most three capitalised words that closes the statement
                        r"|\s+[·•∙]\s+(?=(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*$)"
                        r"|\s+(?:通讯员|通訊員|实习生|實習生)\s+")  # "刘洋 通讯员 陈静"
# a translator's credit after the writer's name: the writer wrote it ("Marek Novák · Aus dem
# Tschechischen übersetzt von Lena Huber", "Jane Roe; translated by John Doe")
TRANSLATED = re.compile(r"(?:^|\s*[·•|,;(/–—-]\s*|\s+)(?:aus dem \w+ )?(?:übersetzt|übersetzung|"
                        r"translated|translation|traducido|traducción|traduit|traduction|"
                        r"tradotto|traduzione|traduzido|tradução|vertaald|vertaling|"
                        r"przetłumaczył\w*|tłumaczenie)\b.*$", re.IGNORECASE)
# A one-word label set before the names with a spaced dot ("Politik · Jane Roe, John Doe"):
# the section, never a name
SECTION_DOT = re.compile(r"^[^\W\d_]+\s+[·•∙]\s+(?=\S)")
LEAD_WORDS = frozenset({"von", "by", "par", "por", "door", "autor", "author", "autorin",
                        "text"})
JOB_LABELS = frozenset({"writer", "writers", "reporter", "reporters", "correspondent",
                        "correspondents"})  # before the names: "by Xinhua writers Wang Xiaoming"
# a date's weekday after the names ("Story by Gareth Linnell | Thursday, June 13, 2024")
TRAILERS = MONTHS | frozenset({"link", "copied", "ceo", "cto", "cfo", "founder", "mp", "mep",
                               "co-founder", "president", "updated", "published",
                               # a follow button's word run in ("Lea Senn Folgen")
                               "follow", "folgen", "abonnieren", "suivre", "seguir", "segui",
                               "volgen", "subscribe"})
FURNITURE = frozenset({"see", "more", "share", "follow", "read", "contact", "email", "link",
                       "copied", "menu", "search", "home", "login", "subscribe"})
REPORTER_SUFFIXES = frozenset({"기자", "記者", "특파원", "特派員", "著"})  # ("著": a book's author)
# a reporter's title written onto a name of two or more characters ("山田太郎記者")
ATTACHED_SUFFIX = re.compile(r"(?<=[\u3400-\u9fff\uac00-\ud7af]{2})"
                             r"(?:記者|记者|기자|特派員|특파원)$")
CJK_DESK = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+(?:部|局|부|팀)$")  # "経済部"
# the desk in brackets after a name ("佐藤健一（報道部）"; trafilatura drops the closing one)
CJK_DESK_AFTER = re.compile(r"(?<=\S)\s*[（(][\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+"
                            r"(?:部|局|부|팀)[）)]?$")
# a Korean, Chinese or Japanese outlet's name, by the word that closes it ("한빛일보",
# "중앙경제신문", "每日财经观察", "北信濃新報", a site's "新华网"): an organisation, not a person
CJK_OUTLET_NAME = (r"(?<=[\u3400-\u9fff\uac00-\ud7af]{2})(?:일보|신문|뉴스|방송|경제|타임스|미디어|"
                   r"新聞|新闻|新報|新报|日报|日報|晚报|晚報|早报|早報|周刊|週刊|通信|通讯社|"
                   r"通訊社|电视台|電視台|财经|財經|观察|觀察|時報|时报|网|網)")
CJK_OUTLET = rf"|{CJK_OUTLET_NAME}$"  # (an alternative closing a name, for a pattern)
# an outlet's name, then a portal's after a bar ("한빛일보 | 네이버", which trafilatura
# reads "한빛일보; 네이버"; "뉴스1 | 네이버"): no one's name
OUTLET_BAR = re.compile(rf"^\s*\S+?{CJK_OUTLET_NAME}\s*[|｜;]|"
                        r"^\s*\S{1,12}\s*[|｜;]\s*(?:네이버|다음|naver|daum)\s*$", re.IGNORECASE)
AND_OTHERS = frozenset({"외", "ほか"})  # "박준석 기자 외 1명": and one other
CREDENTIALS = frozenset({"ma", "md", "phd", "mba", "ms", "msc", "bsc", "ba", "rn", "do", "mph",
                         "dds", "esq", "cpa", "cfp", "cfa"})


PLACE_WORDS = ("in", "en", "em", "à", "aus")  # "Jane Roe in Kyiv", "Julien Roux à Lyon"


def _a_place(part: str) -> bool:
    """A part that is where the writer before it filed from, set apart by commas ("Julien
    Roux, à Lyon, et Inès Benali", "Helena Campos, de Corumbá (MS)")."""
    words = part.split()
    return len(words) > 1 and words[0] in (*PLACE_WORDS, "de", "da", "do", "desde") and \
        words[1][:1].isupper()


GEORGIAN = re.compile("[\u10d0-\u10ff]")  # written in small letters, names too


# a place or an agency in capitals after the name and a dash ("Ayşe Yılmaz - ANKARA",
# "John Doe – WASHINGTON"): where it was filed from, no part of the name
CAPS_AFTER = re.compile(r"(?<=\w)\s+[-–—]\s+(?P<after>[^\W\d_]{2,}(?:\s+[^\W\d_]{2,}){0,2})$")


INITIAL_END = re.compile(r"(?:^|\s)(?:[A-Z]\.)*[A-Z]\.$")  # a name closing with an initial


def _trim_name(part: str) -> str:
    """A name without a leading "By" (or what comes before an inner "Von", "Author"), the
    place it was filed from ("in Johannesburg", "en Madrid"), trailing lower-case words
    ("Aleš Vávra před"), credentials ("MA", "PhD"), a job title or a month ("December": the
    date after it), page furniture ("Link Copied"), a reporter's title and a desk in Japanese,
    Chinese and Korean ("政治部　山田太郎記者"), and said once when the page printed it twice
    ("Ellyn Shook Ellyn Shook")."""
    initial = bool(INITIAL_END.search(part.rstrip(" :-–—")))  # "Serena Josephine M."
    part = part.strip(" .:-–—")
    if (caps := CAPS_AFTER.search(part)) and caps["after"].isupper() and \
            not part[:caps.start()].isupper():
        part = part[:caps.start()]  # "Ayşe Yılmaz - ANKARA" (not "SMITH - JONES")
    if part[:1] in ("(", "（") and (part[-1:] in (")", "）") or not set(part) & set(")）")):
        part = part[1:].removesuffix(")").removesuffix("）")  # "（田中健太記者）", closing a
        # Japanese story (trafilatura keeps "（田中健太記者" of it)
    words = ABBREVIATED_RANK.sub("", BY.sub("", part)).split()  # "podkom. Anna Kędzierska"
    inner = [i for i, w in enumerate(words[:-1])
             if (w.casefold().strip(":") in LEAD_WORDS and not _particle(words, i))
             or (i and w.casefold() in JOB_LABELS and words[i + 1][:1].isupper())]  # "Xinhua
    # writers Wang Xiaoming" (a job opening the statement is read as before: "Reporter …")
    if inner:
        words = words[inner[-1] + 1:]
    place = next((i for i, w in enumerate(words[1:-1], 1)
                  if w in PLACE_WORDS and words[i + 1][:1].isupper()), None)
    if place is not None:  # "Jason Burke in Johannesburg": where the reporter filed from
        words = words[:place]
    stop = next((i for i, w in enumerate(words) if i >= 2 and _after_name(w)), None)
    if stop is not None:  # "Howard Blume Staff Writer", "Marguerite Reardon Dec. 22, 2016"
        apart = next((i for i, w in enumerate(words[1:stop], 1) if w in ("/", "|")), stop)
        words = words[:apart]  # "Tatsuya Tanoue / Yomiuri Shimbun Staff Writers"
        agency = next((i for i, w in enumerate(words[2:], 2) if w.casefold() in NEWS_AGENCIES),
                      None)  # the agency's job: "Jane Roe AP Sports Writer"
        words = words[:agency] if agency is not None else words
        while len(words) > 2 and words[0].isupper() and words[1].isupper() and \
                not words[-1].isupper():
            words.pop()  # a name in capitals, then its job: "JOHN DOE Sports Writer"
    while len(words) > 1 and ((words[-1].islower() and not GEORGIAN.search(words[-1]))
                              or words[-1].strip(".,").casefold() in TRAILERS
                              or not any(c.isalpha() for c in words[-1])):  # "Hagen /"
        words.pop()
    for size in range(1, len(words) // 2 + 1):
        if words[size:2 * size] == words[:size]:
            words = words[:size]
            break
    if len(words) > 1 and words[-1] in AND_OTHERS:  # its count was cut as a date's digits
        words.pop()
    if len(words) > 1 and words[-1] in REPORTER_SUFFIXES:  # "신현주 기자": the reporter
        words.pop()
    if words and (suffix := ATTACHED_SUFFIX.search(words[-1])):  # "山田太郎記者"
        words[-1] = words[-1][:suffix.start()]
    if len(words) > 1 and CJK_DESK.match(words[0]):  # "政治部　山田太郎": the desk, then a name
        words.pop(0)
    name = CJK_DESK_AFTER.sub("", " ".join(words))
    return name + "." if initial and INITIAL_END.search(name + ".") else name


def _particle(words: list[str], index: int) -> bool:
    """Whether a lower-case "von" is part of a name ("Jens von Hohenberg", "Ursula von der
    Leyen"): a capitalised word before it and a surname of one word closing the name."""
    rest = words[index + 1:]
    if words[index] != "von" or not index or not words[index - 1][:1].isupper():
        return False
    rest = rest[1:] if rest[:1] in (["der"], ["dem"], ["den"], ["zu"]) else rest
    return len(rest) == 1 and rest[0][:1].isupper()


def _after_name(word: str) -> bool:
    """A word that follows a name rather than belongs to it: a date's, or a job's."""
    plain = word.strip(".,:;").casefold()
    return any(c.isdigit() for c in word) or plain in MONTHS or plain in ROLES


def _repeats(name: str, earlier: Iterable[str]) -> bool:
    """A name already given: the same letters ("Sauli.giliard" after "Sauli Giliard"), or
    only words of one name before it ("Rachel", "Brazil" after "Rachel Brazil")."""
    words = set(_norm(name).split())
    return any(letters(name) == letters(e) or words <= set(_norm(e).split())
               for e in earlier)


# a source's credit, no byline: "Bron: BELGA", "Bron ANP", "Source: Reuters", "Quelle: dpa",
# "Πηγή: ΑΠΕ-ΜΠΕ"; the source in Estonian, Latvian, Lithuanian and Uzbek ("Allikas: ERR")
SOURCE_CREDIT = re.compile(r"^(?:sources?|bron(?:nen)?|quellen?|fuentes?|fontes?|kilde|källa|"
                           r"lähde|źródło|zdroj|forrás|kaynak|источник|джерело|πηγή|πηγές|sursa|sursă|"
                           r"nguồn|منبع|מקור|allikas|avots|šaltinis|manba)"
                           r"(?:\s*:|\s+(?-i:[A-ZΑ-ΩА-ЯІЇЄ]{2,}\b))", re.IGNORECASE)


BRACKETED_WHOLE = re.compile(r"^(?:\[([^\[\]]+)\]|【([^【】]+)】?)$")  # in brackets: "【A、B】"


# two names joined by "and" with no comma before them, then a comma and what is no third name
# (a list of three writes "A, B and C"): "Por Rafael Moura e Bianca Souza, RPC Foz do Iguaçu",
# "Jane Roe and John Doe, Staff Writers"
PAIR_THEN = re.compile(r"^([^,，;|]{3,60}?\s(?:and|und|e|y|et|en|og|och|ve|i)\s[^,，;|]{3,40}?)"
                       r"\s*,\s*[^,，;|]{2,60}$")


# a job in brackets after a name, in Japanese, Chinese or Korean: "（マネーライフ記者）"
BRACKETED_JOB = re.compile(r"(?<=[^\s（(])[（(][^（）()]{0,30}(?:記者|记者|기자|特派員|特派员|"
                           r"編集委員|ライター|カメラマン)(?:[）)]|$)|"  # (or cut by trafilatura)
                           # a correspondent's or a trainee's job in brackets after the name
                           # ("Moussa Ndiaye (Correspondant à Kaolack)")
                           r"\s*\((?i:correspondant|correspondante|envoyé|envoyée|stagiaire|"
                           r"corresponsal|enviado|enviada|correspondent|inviato|inviata)"
                           r"[^()]{0,50}\)")


AGENCY_PLACE = re.compile(r"^(?P<agency>(?-i:[A-Z]{2,6}))\s+(?P<place>(?-i:[A-Z][a-zà-ÿ'’-]+)"
                          r"(?:\s+(?-i:[A-Z][a-zà-ÿ'’-]+)){0,2})$")


def _agency_alone(candidate: str) -> str:
    """An agency's code without the place run into it after a space ("IANS New Delhi",
    from two elements); not a job ("AP Business Writer")."""
    match = AGENCY_PLACE.match(candidate)
    if match is None or not re.fullmatch(AGENCY, match["agency"], re.IGNORECASE) or any(
            w.casefold() in ROLES for w in match["place"].split()):
        return candidate
    return match["agency"]


def clean_byline(candidates: Iterable[str]) -> tuple[str, ...]:
    """Names from the page's author statements, deduplicated, in order."""
    names: dict[str, str] = {}
    for candidate in candidates:
        candidate = " ".join(EMAIL.sub(" ", candidate).split())  # "김철수 기자 kim@…"
        candidate = BRACKETED_WHOLE.sub(r"\1\2", candidate)  # "[村上健太，ITmedia]"
        candidate = writer_part(BRACKETED_JOB.sub("", candidate))  # "高橋彩（マネーライフ記者）"
        candidate = TRANSLATED.sub("", candidate)  # "… · Aus dem Tschechischen übersetzt von …"
        candidate = RUN_INTO_DATE.sub(" ", candidate)  # "Associated PressOctober 3"
        if SOURCE_CREDIT.match(candidate) or OUTLET_BAR.match(candidate) or \
                INSTITUTION.match(candidate) or COMPANY.search(candidate) or \
                HOST_NAME.match(candidate) or \
                candidate.endswith((":", "：")):  # a label alone ("लिहिले:", written by)
            continue
        candidate = SECTION_DOT.sub("", candidate)  # "Politik · Jane Roe"
        candidate = _agency_alone(candidate)  # "IANS New Delhi": the agency, then its place
        candidate = PAIR_THEN.sub(r"\1", candidate)  # "A e B, RPC Foz do Iguaçu": no third name
        candidate = credit_alone(_reporters_named(candidate))
        credit = False  # a correspondent's credit, then where they filed from ("प्रतिनिधी, पुणे")
        parts = NAME_SPLIT.split(OUR_STAFF.sub("", BY.sub("", candidate)))  # "onze redacteuren"
        labelled = next((i for i, part in enumerate(parts) if i and OPENS.match(part)), 0)
        for index, part in enumerate(parts[labelled:], labelled):  # not "Rio de Janeiro (RJ)"
            credit = credit or (index == 0 and only_roles(part))
            if credit and len(part.split()) == 1:
                continue
            if part.strip(" .").lower().replace(".", "") in CREDENTIALS or only_roles(part) \
                    or staff_name(part) \
                    or PHOTO_CREDIT.match(part.strip()) or NO_ONE.match(
                        re.split(r"\s\d", part, maxsplit=1)[0].strip(" .:,")) \
                    or EDITOR_LABEL.match(part.strip()) or INSTITUTION.match(part.strip()) \
                    or HELPER_PART.match(part.strip()) \
                    or (index and (a_job(part) or _a_place(part))):
                continue
            name = _trim_name(part)
            if not name or staff_name(name) or NOT_A_NAME.search(name) or len(
                    name.split()) > 5 or len(name) > 100:
                continue
            if (name.islower() and not GEORGIAN.search(name)) or _small_word_first(name) or sum(
                    c.isalpha() for c in name) < 2 or "=" in name:
                continue
            if name.casefold().rstrip(".") in FURNITURE | MONTHS | WEEKDAYS \
                    or _repeats(name, names.values()):  # ("Mar." of a date's "Mar. 05, 2024")
                continue
            names.setdefault(_norm(name), name)
    return tuple(names.values())


# a name's first small words: surnames' particles and Romance ones ("de Vries", "da Silva")
NAME_OPENINGS = PARTICLES | {"de", "da", "das", "do", "dos", "del", "della", "di", "du", "des",
                             "le", "la", "ibn", "el", "ben", "bint"}


def _small_word_first(name: str) -> bool:
    """Whether a name of two words or more (not "dpa-AFX") opens with a small word that opens
    no surname, nor Georgian (all small): a job's rest ("of CFO Daily" of "…author of …")."""
    first, *rest = name.split() or [""]
    return bool(rest) and first.isalpha() and first.islower() and \
        first not in NAME_OPENINGS and not GEORGIAN.search(first)


# A Chinese byline: the reporter's word, then names of two to four characters parted by
# spaces or "、", perhaps where the story was reported from ("本报记者 张伟 李娜",
# "記者陳小明／台中報導", "澎湃新闻记者 王晓雨": the outlet's name before the word)
_HAN_NAME = r"[\u3400-\u9fff]{2,4}"
CJK_REPORTERS = re.compile(
    rf"^[\u3400-\u9fff]{{0,6}}?(?:记者|記者|通讯员|通訊員)\s*[:：｜|]?\s*"
    rf"(?P<names>{_HAN_NAME}(?:\s*[、 ]\s*{_HAN_NAME})*)"
    r"(?:\s*[/／]\s*[\u3400-\u9fff]{1,8}(?:报道|報導|电|電))?$")
CJK_ROLES = frozenset({"记者", "記者", "通讯员", "通訊員", "实习生", "實習生"})
# "Imogen Pryce with Marcus Lee": a second writer after "with", a name closing the statement
WITH_NAME = re.compile(r"\s+with\s+(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s*$)")


def _reporters_named(statement: str) -> str:
    """The statement with a Chinese byline's names parted by commas (:data:`CJK_REPORTERS`)
    and a second writer after "with" set apart as one more name."""
    if found := CJK_REPORTERS.match(statement):  # "记者 刘洋 通讯员 陈静": a correspondent
        return ", ".join(name for name in re.split(r"\s*[、 ]\s*", found.group("names"))
                         if name not in CJK_ROLES)  # is named after the reporters
    return WITH_NAME.sub(", ", statement)
