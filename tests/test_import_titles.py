"""A site's name after a colon, as Japanese and Chinese sites write it, leaves the title."""

from __future__ import annotations

import pytest

from explainer.importer.clean import choose_title, strip_site, trim_by_others
from explainer.importer.html import parse_html
from explainer.importer.metadata import PageMeta
from explainer.importer.pagetitle import _said_elsewhere
from tests.test_import_html import page


@pytest.mark.parametrize(("title", "sites", "host", "clean"), [
    ("高知と宮崎に津波注意報 気象庁：朝日新聞デジタル", ["朝日新聞デジタル"], "www.asahi.com",
     "高知と宮崎に津波注意報 気象庁"),
    ("ツリーを描画できる「Treeviz」:phpspot開発日誌", [], "phpspot.org",
     "ツリーを描画できる「Treeviz」"),
    ("Brexit: What happens next", ["BBC News"], "bbc.co.uk", "Brexit: What happens next"),
    ("Syria: the talks in Amman", ["Amman Times"], "ammantimes.jo", "Syria: the talks in Amman"),
])
def test_a_site_after_a_colon(title, sites, host, clean):
    assert strip_site(title, sites, host) == clean


@pytest.mark.parametrize(("title", "others", "sites", "host", "clean"), [
    ("見出しの文章です - 新文芸・ブックス - 書店", ["見出しの文章です"], [], "shop.jp",
     "見出しの文章です"),
    ("O'Reilly Japan - Head First プログラミング", ["Head First プログラミング"], [],
     "oreilly.co.jp", "Head First プログラミング"),
    ("A long headline about the talks MOONGIFT", ["A long headline about the talks"], [],
     "moongift.jp", "A long headline about the talks"),
    ("米朝首脳直通電話 習氏に挑む戦術（写真＝ロイター）", ["米朝首脳直通電話 習氏に挑む戦術"], [],
     "nikkei.com", "米朝首脳直通電話 習氏に挑む戦術"),  # a note on the picture
    ("Towns agree plan for new river bridge (Video)", ["Towns agree plan for new river bridge"],
     [], "example.com", "Towns agree plan for new river bridge"),
])
def test_a_part_the_other_titles_leave_out_goes(title, others, sites, host, clean):
    assert trim_by_others(title, others, sites, host) == clean


@pytest.mark.parametrize(("title", "others"), [
    ("Nationaler Veteranentag: Orden fürs Morden", ["Orden fürs Morden"]),  # a kicker
    ("Talks resume in Amman after a year", ["Talks resume in Amman"]),  # words, no dash
])
def test_a_kicker_or_the_headlines_own_words_stay(title, others):
    assert trim_by_others(title, others, [], "example.com") == title


def test_a_japanese_headline_with_few_spaces_is_no_section_name():
    assert choose_title([], ["wasm-module - RustでDOMを扱うライブラリ"], [],
                        "wasm-module - RustでDOMを扱うライブラリ MOONGIFT", [],
                        "moongift.jp") == "wasm-module - RustでDOMを扱うライブラリ"


def test_a_stray_line_trafilatura_took_for_the_title_is_not_used():
    meta = PageMeta(titles=["Grim outlook for the IMF meetings"],
                    html_title="Grim outlook for the IMF meetings - Politico")
    assert _said_elsewhere("Get Slate in your inbox.", meta) is None
    assert _said_elsewhere("Grim outlook for the IMF meetings", meta) is not None


def test_a_box_heading_after_the_headline_is_not_the_title():
    meta = PageMeta(titles=["Grim outlook for the IMF meetings"],
                    h1=["Grim outlook for the IMF meetings", "Follow us on Twitter"])
    assert _said_elsewhere("Follow us on Twitter", meta) is None


def test_an_h1_trafilatura_chose_stays_when_the_meta_titles_are_no_h1():
    meta = PageMeta(titles=["IMF meetings: what to expect"],
                    h1=["Grim outlook for the IMF meetings"])
    assert _said_elsewhere("Grim outlook for the IMF meetings", meta) is not None


def test_a_short_japanese_headline_is_kept_over_a_longer_h1():
    h1 = "子こどもへの体罰たいばつを禁止きんしする法律ほうりつができる"  # with its readings
    assert choose_title([], ["子どもへの体罰を禁止する法律ができる"], [h1], "", [],
                        "nhk.or.jp") == "子どもへの体罰を禁止する法律ができる"


def test_a_headline_is_not_taken_for_a_site_because_it_holds_the_letters_co():
    title = "Your $1 bill could be worth up THOUSANDS - here's how to check"
    assert strip_site(title, ["Mail Online"], "www.dailymail.co.uk") == title


def test_a_short_host_name_still_names_the_site():
    assert strip_site("Storm hits the coast - BBC Sport", [], "www.bbc.co.uk") == (
        "Storm hits the coast")


def test_a_title_that_is_the_pages_own_headline_keeps_its_last_part():
    headline = "Netz-Spott über die FDP nach dem Wahlabend - Generalsekretär tritt zurück"
    assert choose_title([], [headline], [headline], headline, ["Freie Presse"],
                        "freiepresse.de") == headline


def test_a_title_the_headline_leaves_a_section_off_still_loses_it():
    headline = "Netz-Spott über die FDP nach dem Wahlabend"
    assert choose_title([], [f"{headline} - Politik Inland"], [headline], "", [],
                        "freiepresse.de") == headline


def test_a_japanese_headline_loses_its_closing_full_stop():
    html = page().replace("Towns agree plan for new river bridge", "指紋認証機能付きマウスを発売。")
    assert parse_html(html).title == "指紋認証機能付きマウスを発売"


@pytest.mark.parametrize(("title", "sites", "clean"), [
    ("Il consiglio approva il bilancio :: Corriere Esempio", ["Corriere Esempio"],
     "Il consiglio approva il bilancio"),
    ("Örnek Gazete: Belediye meclisi bütçeyi kabul etti", ["Örnek Gazete"],
     "Belediye meclisi bütçeyi kabul etti"),
    ("【示例日报】市议会经过数周辩论通过修订预算案", ["示例日报"],
     "市议会经过数周辩论通过修订预算案"),
    ("시의회, 수정 예산안 통과… 수주간 논쟁 끝에 합의 < 정치 < 기사본문 - 예시일보", ["예시일보"],
     "시의회, 수정 예산안 통과… 수주간 논쟁 끝에 합의"),
])
def test_the_site_s_name_leaves_the_title_however_it_is_set_off(title, sites, clean):
    assert strip_site(title, sites, "www.example.org") == clean


def test_a_word_before_a_colon_that_is_no_site_s_name_stays():
    title = "Trump: the tariffs take effect on Monday"
    assert strip_site(title, ["Trump News Daily"], "www.example.org") == title


def test_a_title_cut_short_with_an_ellipsis_gives_way_to_the_whole_one():
    whole = "City council approves revised budget after weeks of debate over the library"
    cut = "City council approves revised budget after weeks of debate over the li…"
    assert choose_title([], [cut], [whole], "", [], "example.org") == whole
