"""Who a wire story's opening credits, for a page that names no author anywhere else: the
agency in brackets in its dateline ("Berlin (dpa) - …", "Madrid, 14 mar (EFE).- …",
"(ANSA) - ROMA, 03 MAR - …"), or the reporters a Chinese or Korean agency's dateline
names ("新华社北京3月3日电（记者王小明）", "（中央社記者曾智怡台北7日電）", "(서울=연합뉴스)
홍길동 기자 ="), or a Japanese paper's closing its text ("…方針だ。【佐藤美咲】"). Such a
byline is inferred, and marked low.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from explainer.importer.bylines import WIRE_AGENCIES
from explainer.importer.bylinesites import site_first_word
from explainer.importer.clean import letters

# a place of up to forty letters (or none), the agency in brackets, a dash or a colon after
AGENCY = re.compile(
    r"^[*_]*(?:[^\W\d_][^()\n]{0,40}?\s*)?\((?P<agency>[A-Za-z]{2,12}(?:/[A-Za-z]{2,12}){0,2})\)"
    r"[*_]*\s*\.?\s*[-–—:]")
# words in brackets that are no agency: a story's label or a picture's
NOT_AGENCIES = frozenset({"update", "updated", "video", "photo", "photos", "live", "file",
                          "opinion", "analysis", "audio", "watch", "breaking"})
# "新华社北京3月3日电（记者王小明）", "…电 (记者 王小明 李华)"
REPORTERS = re.compile(r"^[^（(\n]{0,30}电\s*[（(]\s*(?:记者|記者)\s*"
                       r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:[ 　、，,][\u4e00-\u9fff·]{2,4}){0,3})"
                       r"\s*[）)]")
# "（中央社記者曾智怡台北7日電）": Taiwan's agency, its reporters (names of three characters
# read first), then the place and the day
BRACKETED_REPORTERS = re.compile(
    r"^[*_]*[（(][\u4e00-\u9fff]{2,8}?(?:记者|記者)\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:[、，,][\u4e00-\u9fff]{2,3}){0,3})"
    r"[\u4e00-\u9fff]{2,4}\d{1,2}日[电電][）)]")
# "(서울=연합뉴스) 홍길동 기자 = …", "(세종=뉴스1) 김철수 이영희 기자 =": a Korean agency's
# dateline, the place and the agency in brackets, then its reporters
KOREAN_REPORTERS = re.compile(r"^[*_]*[(（][^()（）=\n]{1,12}=[^()（）\n]{1,20}[)）]\s*"
                              r"(?P<names>[\uac00-\ud7af]{2,4}(?:[ ·,][\uac00-\ud7af]{2,4}){0,3})"
                              r"\s*(?:기자|특파원)\s*=")
KOREAN_PARTS = re.compile(r"[ ·,]+")
# "…まとめる方針だ。【佐藤美咲】", "…予定だ。（報道部・阿部美和）": a Japanese paper's
# reporters in brackets closing the text, after their desk (not an agency's "【共同】")
_CLOSING_NAMES = r"[\u3400-\u9fff々]{2,5}(?:[、・][\u3400-\u9fff々]{2,5}){0,3}"  # "佐々木"
_AGENCIES = "共同|時事|新華社|聯合|連合"
CLOSING_MARK = re.compile(rf"(?<=[。」）!?！？])\s*(?:【(?!(?:{_AGENCIES})】)"
                          rf"(?P<names>{_CLOSING_NAMES})】|"
                          rf"（(?!(?:{_AGENCIES})）)(?P<named>{_CLOSING_NAMES})）)$")
DESK = re.compile(r"(?:部|局|課|班|室|センター)$")  # "報道部", "長野支局": no one's name
# the agencies that write their names in lower case ("dpa", "epd"); any other is capitalised
LOWER_CASE = frozenset({"dpa", "epd", "apa", "sda", "dts", "kna", "afp", "ap", "ats", "ansa"})
NAME_PARTS = re.compile(r"[ 　、，,]+")
OWN_LOWER_CASE = frozenset({"dpa", "epd", "dts"})  # the others write their names in capitals


def agency_cased(name: str) -> str:
    """An agency's name as the agency writes it: "apa" (a credit "mit/apa") as "APA"; "dpa"
    stays."""
    folded = name.casefold()
    return name.upper() if folded in LOWER_CASE - OWN_LOWER_CASE and name.islower() else name


def opening_credit(paragraphs: Iterable[str], site_names: Iterable[str],
                   host_label: str = "") -> tuple[str, ...]:
    """The names the text's first paragraph (Markdown) credits in its dateline: an agency,
    unless it is the publisher ("(CNN) —" on cnn.com), or a Chinese agency's reporters; or
    the reporters a Japanese paper names in brackets closing its last, or the one before it
    (:data:`CLOSING_MARK`)."""
    texts = [p.strip() for p in paragraphs if p.strip() and not p.startswith("#")]
    if mark := next(filter(None, map(CLOSING_MARK.search, texts[-2:][::-1])), None):
        return tuple(n for n in re.split("[、・]", mark["names"] or mark["named"])
                     if not DESK.search(n))  # (the last paragraph, or one before a date line)
    first = texts[0] if texts else ""
    if reporters := REPORTERS.match(first):
        return tuple(NAME_PARTS.split(reporters["names"]))
    if reporters := BRACKETED_REPORTERS.match(first):
        return tuple(NAME_PARTS.split(reporters["names"]))
    if reporters := KOREAN_REPORTERS.match(first):
        return tuple(KOREAN_PARTS.split(reporters["names"]))
    match = AGENCY.match(first)
    if match is None or match["agency"].casefold() in NOT_AGENCIES:
        return ()
    agency, place = match["agency"], first[:match.start("agency")].strip("*_ (")
    if (place and not place[0].isupper()) or not (
            agency[0].isupper() or agency.casefold() in LOWER_CASE):
        return ()  # "The council met (again) - …": no dateline
    if not place and not agency.isupper() and agency.casefold() not in \
            LOWER_CASE | WIRE_AGENCIES:
        return ()  # "(Bangkok) – …": a statement's place alone, as Human Rights Watch dates it
    return () if _publisher(agency, site_names, host_label) else (agency,)


def _publisher(agency: str, site_names: Iterable[str], host_label: str) -> bool:
    """Whether the agency in the dateline is the site's own name, its first word ("Yonhap"
    of "Yonhap News Agency"), its initials ("AP" of "Associated Press") or the opening of its
    address ("apnews")."""
    code = letters(agency)
    names = [site for site in site_names if site]
    initials = {"".join(word[0] for word in name.split()).casefold() for name in names}
    return (code in {letters(name) for name in names} | initials
            or site_first_word(agency, names)
            or (bool(host_label) and host_label.startswith(code)))
