"""The shapes a Chinese, Japanese or Korean page gives its byline where no markup names it:
a Korean reporter's line ("김민수 기자"), the writer after the word for text ("文・佐藤花子"),
an outlet's reporters on a line of their own ("澎湃新闻记者 王晓雨"), and the reporters a
story's lead names ("新华社北京3月1日电（记者 王海涛）", "〔記者陳永吉／台北報導〕",
"【北京＝小林大輔】"). Read by :mod:`explainer.importer.fallbacks`."""

from __future__ import annotations

import re

KOREAN_LINE = re.compile(r"^(?P<name>[\uac00-\ud7af]{2,4})\s*기자$")
# "文・佐藤花子　写真・鈴木一郎", "文／张伟", "撰文：陳小明": the writer of a Japanese or
# Chinese story after the word for text, a photographer's or an editor's credit after it
_CJK_NAME = r"[\u3400-\u9fff\u3040-\u30ff]{2,8}(?:\s[\u3400-\u9fff\u3040-\u30ff]{1,5})?"
CJK_WRITER = re.compile(
    r"^(?:文・写真|文と写真|文[／/]图|文[／/]圖|文|撰文|撰稿)\s*[・／/＝=：:｜|]\s*"
    rf"(?P<name>{_CJK_NAME})"
    r"(?:\s+(?:写真|撮影|イラスト|図版|图|圖|摄影|攝影|编辑|編輯|责编|責編)\s*[・／/＝=：:｜|].*)?$")


# "澎湃新闻记者 王晓雨", "本报记者 张伟 李娜": the outlet's reporters on a line of their own
# "每观记者｜陈思远　每观编辑｜刘洋": the reporter, then the editor after a bar
CHINESE_REPORTERS = re.compile(
    r"^(?P<name>[\u3400-\u9fff]{0,6}(?:记者|記者)\s*[:：｜|]?\s*[\u3400-\u9fff]{2,4}"
    r"(?:\s*[、 ]\s*[\u3400-\u9fff]{2,4})*)"
    r"(?:\s+[\u3400-\u9fff]{0,6}(?:编辑|編輯|责编|責編)\s*[:：｜|]\s*[\u3400-\u9fff]{2,4})?$")
# a Chinese story's lead naming its reporters after the outlet's word for news: "新京报讯
# （记者 王倩）", "新华社北京3月1日电（记者 王海涛、刘晓敏）" (not a photographer's
# "（记者 才扬 摄）"); Taiwan's papers' "〔記者陳永吉、林巧璉／台北報導〕", where they
# reported from after a slash; a Japanese paper's "【北京＝小林大輔】", the place, then the
# reporter (not an agency)
LEAD_REPORTERS = re.compile(
    r"^[^（(]{0,30}(?:讯|訊|电|電)\s*[（(]\s*(?P<name>(?:记者|記者)\s*[\u3400-\u9fff]{2,4}"
    r"(?:\s*[、 ]\s*[\u3400-\u9fff]{2,4})*)\s*[）)]|"
    r"^[〔［\[（(]\s*(?P<reported>(?:记者|記者)\s*[\u3400-\u9fff]{2,4}(?:\s*[、，,]\s*"
    r"[\u3400-\u9fff]{2,4})*)\s*[／/]\s*[\u3400-\u9fff]{2,8}(?:报导|報導|报道|報道)\s*[〕］\]）)]|"
    r"^【[^＝=】\s]{1,10}[＝=](?!共同|時事|新華社|聯合|連合)(?P<filed>[\u3400-\u9fff々]{2,5}"
    r"(?:[、・][\u3400-\u9fff々]{2,5}){0,3})】")


# a Chinese credit line's labelled parts: the writer's ("作者：", "撰文：") and the others' (the
# source, the editor, the photographer, the picture): "本文来源：江城晚报 作者：邵佳琪 责任编辑：…"
CREDIT_PART = re.compile(r"(本文来源|来源|來源|作者|记者|記者|撰文|文字|责任编辑|責任編輯|"
                         r"版面编辑|图片编辑|圖片編輯|编辑|編輯|摄影|攝影|图片|圖片|图|圖|校对|"
                         r"校對)\s*[：:]\s*")
# a Korean reporter's link to their other stories after the name: "박영희 기자 다른기사 보기"
MORE_BY = re.compile(r"\s*(?:기자의\s*)?다른\s?기사\s?(?:더\s?)?보기$")
WRITER_LABELS = frozenset({"作者", "记者", "記者", "撰文", "文字"})


def writer_part(statement: str) -> str:
    """A Chinese line of labelled credits cut to the writer's part: the name after the
    writer's label ("本文来源：江城晚报 作者：邵佳琪 责任编辑：王晓雪": "邵佳琪"), or the
    words before the first other label ("陳嘉欣 攝影： 李大明": "陳嘉欣"), or "" when
    it credits only others ("责任编辑：屈运栩 | 版面编辑：刘玉玲"); other statements as
    they are, but for a Korean reporter's link to their other stories (:data:`MORE_BY`)."""
    statement = MORE_BY.sub("", statement)
    parts = CREDIT_PART.split(statement)
    if len(parts) < 5 and not (len(parts) == 3 and parts[0].strip()):
        return statement  # one label only, opening the line: the byline's own ("作者：…")
    writers = [parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)
               if parts[i] in WRITER_LABELS and parts[i + 1].strip()]
    return "、".join(writers) or parts[0].strip()  # (others' credits alone: no one's)
