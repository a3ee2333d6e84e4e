"""Found on session 75's batteries of made-up pages (Nordic, Korean, African, British and
Irish, Russian-language, breaking, trade-press and Australian, New Zealand and Canadian
sites), the story's text: the site's own lines left out (invitations to follow it on
Telegram, tip lines, newsletter pitches, reactions, a box's leftover button), a desk's or a
writer's line opening or closing the text, and boxes the reader sees that were taken for
hidden ones."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from explainer.importer.credits import is_credit_line
from explainer.importer.customtags import data_names
from explainer.importer.furniture import is_furniture
from explainer.importer.html import parse_html
from explainer.importer.repeats import without_header_lines
from explainer.importer.signups import drop_comment_boxes
from explainer.importer.unseen import for_screen_readers
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _page(body: str, head: str = "", lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head><title>Storage plant opens</title>{head}</head><body>"
            f"<article><h1>Storage plant opens</h1>{body}</article></body></html>")


@pytest.mark.parametrize("line", [
    "Есть о чем рассказать? Пишите в наш телеграм-бот. Это анонимно и быстро",
    "«Kun.uz» Telegram kanaliga obuna bo‘ling",
    "Підписуйтеся на наш Telegram-канал",
    "Подробнее о ситуации на рынке зерна — в материале “Ъ” «Урожай не доехал до порта».",
    "Article content",
    "[Tap here](https://whatsapp.com/channel/x)",
    "Rejoindre",
    "**Do you have a story for The Sun news desk?**",
    "*Stay informed with free updates*",
    "*Simply sign up to the [UK government bonds](https://example.com/myft) myFT Digest -- "
    "delivered directly to your inbox.*",
    "**Send your news stories to GhanaWeb via WhatsApp on 0244 000 111**",
    "Send news tips to news@clinicalwire.example.",
    "Please direct questions or comments to [english@hani.co.kr]",
    "**Related video:**",
    "이 기사를 어떻게 생각하시나요?",
    "How do you feel about this article?",
    "Write to Eun-Ji Lee at ejlee@hankyung.example Edited by Kim Ho-jin",
    "전화 02-781-1234, 4444 · 이메일 kbs1234@kbs.example · 카카오톡 KBS제보",
])
def test_a_site_s_line_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "«Мы не будем это комментировать», — сказал он и попросил писать в Telegram.",
    "Подробнее он рассказал на пресс-конференции в четверг, добавив, что решение принято.",
    "Article content was shared widely on social media before the deletion.",
    "Click here, the sign said, and thousands did.",
    "Stay informed, the council told residents, as the river kept rising overnight.",
    "Related video footage shows the moment the wall gave way, the police said.",
])
def test_a_sentence_like_a_site_s_line_is_no_furniture(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("line", ["**Herald Reporter**", "Staff Writer", "Sunday Mail Reporter"])
def test_a_desk_s_line_opening_the_text_is_left_out(line):
    assert without_header_lines([line, *PARAGRAPHS], "Storage plant opens", ()) == PARAGRAPHS


def test_a_person_s_name_opening_the_text_is_kept():
    paragraphs = ["Herald Reporter Jane Roe spent a week on the river.", *PARAGRAPHS]
    assert without_header_lines(paragraphs, "Storage plant opens", ()) == paragraphs


@pytest.mark.parametrize("line", [
    "세종=김지수 기자 jskim@donga.example 박지영 기자 jypark@donga.example",
    "jskim@yna.example pcm@yna.example",
    "◎공감언론 뉴시스 jek@newsis.example",
    "YTN 남궁선 (namgs@ytn.example)",
])
def test_the_writers_addresses_closing_the_text_are_left_out(line):
    assert without_header_lines([*PARAGRAPHS, line], "Storage plant opens", ()) == PARAGRAPHS


def test_a_sentence_with_an_address_closing_the_text_is_kept():
    line = "Readers can send their photos of the bridge to photos@example.com by Friday."
    paragraphs = [*PARAGRAPHS, line]
    assert without_header_lines(paragraphs, "Storage plant opens", ()) == paragraphs


@pytest.mark.parametrize("line", ["ADI/ASG/OID", "Source: citinewsroom", "Quelle: dpa"])
def test_a_closing_source_or_desk_codes_are_a_credit_line(line):
    assert is_credit_line(line)


@pytest.mark.parametrize("line", ["EU/UK", "Source: the council said the report was late."])
def test_a_sentence_or_two_codes_are_no_credit_line(line):
    assert not is_credit_line(line)


def test_a_box_of_paragraphs_named_like_a_screen_reader_s_is_shown():
    box = lxml_html.fromstring(f'<div class="sr-article__body sr-text">{TEXT}</div>')
    assert not for_screen_readers(box)


def test_a_label_for_screen_readers_is_hidden():
    assert for_screen_readers(lxml_html.fromstring('<span class="sr-text">Advertisement</span>'))


def test_a_story_in_a_box_named_sr_text_is_read():
    page = _page(f'<div class="sr-article__body sr-text">{TEXT}</div>')
    assert list(parse_html(page, second_opinions=False).paragraphs) == PARAGRAPHS


def test_a_forum_box_named_by_its_data_area_is_dropped():
    tree = lxml_html.fromstring(f'<html><body><div data-area="body">{TEXT}</div><div '
                                'data-area="forum"><h3>Diskutieren Sie mit</h3><p>Alles Gute an '
                                'die Passauer!</p></div></body></html>')
    drop_comment_boxes(data_names(tree))
    assert "Passauer" not in tree.text_content()
