"""Cases left by earlier batteries of made-up pages and mended: an <h1> whose lines run
together where a style sheet sets them apart, a Chinese <title> parted by unspaced "_", a
Chinese outlet's reporter line beside its editors' line, the desk's number for tips, a
transcript's note, a rail's label left alone in the text, a paywall's offer, a page's
buttons and a Korean or Japanese call to react to the story."""

from __future__ import annotations

import pytest

from explainer.importer.clean import strip_site
from explainer.importer.furniture import is_furniture
from explainer.importer.html import parse_html
from explainer.importer.notes import is_note
from explainer.importer.sitelines import is_site_line
from explainer.importer.titlepick import mended
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def test_words_an_h1_runs_together_are_spaced_as_another_title_spaces_them():
    run = "NASA’s Mars sample missionfaces the budget axe"
    spaced = "NASA’s Mars sample mission faces the budget axe"
    assert mended([run, spaced], [run]) == [spaced, spaced]


def test_a_title_with_fewer_words_and_other_letters_is_not_taken():
    titles = ["Mars mission faces axe", "Mars mission faces the axe"]
    assert mended(titles, titles[:1]) == titles


def test_a_chinese_title_loses_the_section_and_site_after_unspaced_underscores():
    title = "县城奶茶店一年倒闭过半？我们走访了五个县城_10%公司_澎湃新闻-The Paper"
    assert strip_site(title, []) == "县城奶茶店一年倒闭过半？我们走访了五个县城"


def _chinese_page(lines: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in [
        "在河南某县城的一条主街上，不到五百米的距离里开着十一家奶茶店，店主们说去年这里还有二十多家。",
        "过去两年，各大茶饮品牌纷纷把目光投向县城，通过低门槛加盟快速扩张，但大量新店开业不到一年便关门。",
        "业内人士分析，县城人口有限，消费频次不高，门店之间互相争抢客源，原料和房租成本也持续上涨。",
        "也有店主选择转型，有人把奶茶店改成了早餐店，有人开始做外卖和团购，还有人回到城市打工。"])
    return (f'<html lang="zh-CN"><head><title>县城奶茶店一年倒闭过半</title></head><body>'
            f'<main><h1>县城奶茶店一年倒闭过半？我们走访了五个县城</h1>{lines}{story}'
            f'<p class="editor">责任编辑：陈晨 图片编辑：金潇</p></main></body></html>')


def test_an_outlets_reporter_line_is_the_byline_beside_its_editors_line():
    page = _chinese_page("<div><span>澎湃新闻记者 王晓雨</span></div>")
    assert parse_html(page).byline == ("王晓雨",)


def test_the_editors_line_alone_signs_the_page():
    # (since session 73 without the picture editor's credit after the name: cjkbylines.writer_part)
    assert parse_html(_chinese_page("")).byline == ("陈晨",)


def test_the_desks_number_for_tips_is_the_sites_line():
    assert is_site_line("澎湃新闻报料：021-962866")


def test_a_transcripts_note_on_how_it_was_made_is_a_note():
    assert is_note("NPR transcripts are created on a rush deadline by an NPR contractor. This "
                   "text may not be in its final form and may be updated or revised in the "
                   "future. Accuracy and availability may vary. The authoritative record of "
                   "NPR’s programming is the audio record.")


def test_a_sentence_about_transcripts_is_no_note():
    assert not is_note("The court transcripts were made public on Monday, and they show the "
                       "judge asked the witness about the missing files twice.")


@pytest.mark.parametrize("label", ["More Must-Reads from TIME", "Recommended for you",
                                   "**Must-reads**"])
def test_a_rails_label_left_alone_in_the_text_is_furniture(label):
    assert is_furniture(label)


@pytest.mark.parametrize("offer", ["Offre numérique : 1 € pendant 1 mois. Je m’abonne",
                                   "Jetzt testen: 0,99 € im ersten Monat",
                                   "Only $1 for 6 months. Subscribe now"])
def test_a_paywalls_offer_is_the_sites_line(offer):
    assert is_site_line(offer)


@pytest.mark.parametrize("sentence", ["Netflix offers its basic plan at $6.99 per month.",
                                      "Der Preis stieg auf 3 Euro pro Monat."])
def test_a_story_sentence_with_a_price_is_no_offer(sentence):
    assert not is_site_line(sentence)


@pytest.mark.parametrize("button", ["Réutiliser ce contenu", "Contribuer",
                                    "Republish this article"])
def test_a_buttons_words_closing_the_text_are_furniture(button):
    assert is_furniture(button)


@pytest.mark.parametrize("prompt", ["이 기사에 대한 공감을 표시해주세요",
                                    "この記事は役に立ちましたか？"])
def test_a_call_to_react_to_the_story_is_a_note(prompt):
    assert is_note(prompt)
