"""Bylines in Chinese, Japanese and Korean: a correspondent named after the reporter, the
writer after the word for text ("文・…"), and a short story's own byline not taken for a
teaser's."""

from __future__ import annotations

import pytest

from explainer.importer.bylinenames import clean_byline
from explainer.importer.html import parse_html


def _page(lang: str, headline: str, header: str, story: str, after: str = "") -> str:
    return (f"<!doctype html><html lang='{lang}'><head><title>{headline}</title></head><body>"
            f"<main><article><h1>{headline}</h1>{header}<div class='body'>{story}</div>"
            f"</article>{after}</main></body></html>")


@pytest.mark.parametrize(("line", "names"), [
    ("记者 刘洋 通讯员 陈静", ("刘洋", "陈静")),
    ("刘洋 通讯员 陈静", ("刘洋", "陈静")),
    ("本报记者 张伟 实习生 李娜", ("张伟", "李娜")),
])
def test_a_correspondent_after_the_reporter_is_a_second_name(line, names):
    assert clean_byline([line]) == names


JA_STORY = ("<p>桜台駅前の商店街で、空き店舗を活用した若手起業家向けの支援事業が始まった。"
            "市が家賃の一部を最長三年間補助する。</p><p>商店街ではこの十年で店舗の数がおよそ半分に"
            "減り、シャッターを下ろしたままの店が目立っていた。</p>")


@pytest.mark.parametrize("credit", ["文・佐藤花子　写真・鈴木一郎", "文・写真：佐藤花子",
                                    "文／佐藤花子"])
def test_the_writer_after_the_word_for_text_is_the_byline(credit):
    page = _page("ja", "空き店舗に若手の店", f"<p class='credit'>{credit}</p>", JA_STORY)
    assert parse_html(page).byline == ("佐藤花子",)


def test_a_line_opening_with_a_word_that_starts_with_text_is_no_byline():
    page = _page("ja", "空き店舗に若手の店", "<p class='kicker'>文化・くらし</p>", JA_STORY)
    assert parse_html(page).byline == ()


KO_STORY = ("<p>청솔군이 다음 달 열리는 가을 국화 축제를 앞두고 행사장 주변 교통 대책을 "
            "발표했다.</p>"
            "<p>올해 축제에는 지난해보다 20% 늘어난 약 30만 명이 찾을 것으로 예상된다.</p>")
KO_RELATED = ("<aside class='related-links'><h2>함께 보면 좋은 기사</h2><ul>"
              "<li><a href='/story/690740'>다리 보수공사로 주말 통제</a></li>"
              "<li><a href='/story/320458'>새 도서관 문 열어</a></li></ul></aside>")


def test_a_short_story_s_own_byline_beside_a_list_of_other_stories_is_read():
    page = _page("ko", "국화 축제 앞두고 셔틀버스 운행",
                 "<div class='info'><span class='byline'>이민호·정수진 기자</span></div>",
                 KO_STORY, KO_RELATED)
    assert parse_html(page).byline == ("이민호", "정수진")


@pytest.mark.parametrize(("line", "names"), [
    ("글 정하늘", ("정하늘",)),
    ("كتب محمود عبد الرحيم", ("محمود عبد الرحيم",)),
    ("लेखक: राहुल वर्मा", ("राहुल वर्मा",)),
    ("Jane Roe | Editor: Bob Smith", ("Jane Roe",)),
])
def test_a_byline_s_label_and_its_editor_are_no_names(line, names):
    assert clean_byline([line]) == names


@pytest.mark.parametrize("desk", ["Redaksi", "Redakcija", "Tim Redaksi", "Redacción El Heraldo"])
def test_a_newsroom_is_no_name(desk):
    assert clean_byline([desk]) == ()
