"""Found on session 70's batteries of made-up pages (East Asian sites, governments and the UN,
think tanks, saved and archived copies, tabloids, German, Dutch and Nordic papers, African
sites, Russian and Ukrainian sites, obituaries, letters and corrections): a site's host as
trafilatura spells it, a photo's agency credit in brackets, Chinese, Taiwanese and Japanese
reporters in a story's lead or its close, a line of bylines cut at its slash, a byline that
signs the text after "By", a byline shown past the publisher's, correspondents named after
their place, offices and styles beside a name, disclaimers in more languages, a reader's
copy's date, a list's stories in JSON-LD, readers' tributes and an app's banner."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html as lxml_html

from explainer.importer.bylinenames import clean_byline
from explainer.importer.clean import choose_title
from explainer.importer.credits import is_credit_line, reporters
from explainer.importer.fallbacks import labelled_authors
from explainer.importer.furniture import is_furniture
from explainer.importer.headerdates import header_date
from explainer.importer.html import parse_html
from explainer.importer.metadata import read_meta
from explainer.importer.notes import is_note
from explainer.importer.pagedates import _copy_or_span_end
from explainer.importer.picboxes import credit_closes
from explainer.importer.postlines import posted_by
from explainer.importer.showndates import shown_date
from explainer.importer.signups import drop_comment_boxes
from explainer.importer.sitelines import is_site_line
from explainer.importer.wirecredits import opening_credit
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
CHINESE = ("<p>3日上午，我国自主设计建造的最大海上风电安装平台在江苏南通交付使用。该平台最大起重"
           "能力达2500吨，作业水深可达70米，能够满足大型海上风电机组的安装需要。</p>"
           "<p>据介绍，平台长126米、宽50米，配备先进的定位系统，可在复杂海况下稳定作业。</p>"
           "<p>业内人士表示，该平台的交付将进一步提升我国海上风电建设能力。</p>")


def _page(header: str, head: str = "", body: str = TEXT, lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head>{head}</head><body><article><h1>Storage plant opens"
            f"</h1>{header}{body}</article></body></html>")


def _labelled(page: str) -> list[str]:
    return labelled_authors(lxml_html.fromstring(page), lambda element, name: False)


def test_a_site_s_host_as_the_author_is_no_name_however_trafilatura_spells_it():
    head = '<meta name="author" content="French.news.cn">'
    assert parse_html(_page("", head), second_opinions=False).byline == ()


def test_an_agency_and_its_photographer_in_brackets_close_a_caption():
    assert credit_closes("An aerial photo taken on March 9 shows a green belt along a railway. "
                         "(Xinhua/Ding Lei)")


def test_a_chinese_site_s_name_as_its_author_gives_way_to_the_reporters_of_its_lead():
    head = '<meta name="author" content="新华网">'
    lead = "<p>新华社南京3月3日电（记者王晓明、李娜）3日上午，平台交付使用。</p>"
    page = _page("", head, lead + CHINESE, lang="zh-CN")
    assert parse_html(page, second_opinions=False).byline == ("王晓明", "李娜")


def test_a_chinese_page_s_names_set_apart_by_a_space_are_two_writers():
    page = _page("<div class='author'>作者：周颖 赵璐</div>", body=CHINESE, lang="zh-CN")
    assert parse_html(page, second_opinions=False).byline == ("周颖", "赵璐")


def test_a_japanese_page_s_writer_with_the_family_name_set_apart_is_one():
    body = "".join(f"<p>{p}</p>" for p in (
        "政府は給食費の無償化に向けた課題を整理するとしている。",
        "文部科学省は今後、無償化の効果や財政負担のあり方を検討する。",
        "6月ごろまでに結果をまとめる方針だ。"))
    page = _page("<div class='author'>佐藤 美咲</div>", body=body, lang="ja")
    assert parse_html(page, second_opinions=False).byline == ("佐藤 美咲",)


def test_a_chinese_line_of_who_wrote_the_story_is_no_paragraph_of_it():
    assert is_site_line("文｜财新 周颖 赵璐")


def test_a_title_s_site_after_a_colon_goes_where_the_headline_shows_the_rest():
    title = "コメ価格、1年で2割上昇　猛暑影響と需要回復で"
    assert choose_title([], [f"{title}：朝日新聞デジタル"], [title], "", ["朝日新聞社"],
                        "") == title


def test_a_taiwanese_paper_s_lead_names_its_reporters_before_where_they_reported():
    lead = "<p>〔記者陳永吉、林巧璉／台北報導〕財政部今天公布2月海關進出口統計。</p>"
    assert _labelled(_page("", body=lead + TEXT)) == ["記者陳永吉、林巧璉"]


def test_a_japanese_paper_s_lead_names_its_reporter_after_the_place():
    lead = "<p>【北京＝小林大輔】中国の全国人民代表大会が5日、北京で開幕した。</p>"
    assert _labelled(_page("", body=lead + TEXT)) == ["小林大輔"]


def test_an_agency_after_the_place_in_a_japanese_lead_is_no_reporter():
    lead = "<p>【北京＝共同】中国の全国人民代表大会が5日、北京で開幕した。</p>"
    assert _labelled(_page("", body=lead + TEXT)) == []


def test_a_japanese_paper_s_reporter_in_brackets_closing_the_text_is_its_writer():
    text = ["政府は課題を整理するとしている。", "6月ごろまでに結果をまとめる方針だ。【佐藤美咲】"]
    assert opening_credit(text, []) == ("佐藤美咲",)


def test_an_agency_in_brackets_closing_a_japanese_text_is_no_reporter():
    assert opening_credit(["政府は課題を整理する。", "結果をまとめる方針だ。【共同】"], []) == ()


def test_a_byline_in_square_brackets_after_its_element_s_id_is_read():
    page = _page("<div id='byline'>[<a href='/author/221133/'>村上健太</a>，ITmedia]</div>",
                 '<meta property="og:site_name" content="ITmedia">')
    assert parse_html(page, second_opinions=False).byline == ("村上健太",)


def test_a_line_of_bylines_is_cut_where_it_goes_on_after_a_slash():
    header = ("<div class='name'>By <a>Chen Yu-fu</a> and <a>Jonathan Chin</a> / Staff "
              "reporter, with staff writer</div>")
    assert _labelled(_page(header)) == ["Chen Yu-fu and Jonathan Chin"]


def test_a_line_that_signs_the_text_after_by_is_a_credit():
    assert is_credit_line("BY LEE JAE-LIM, SHIN HA-NEE [shin.hanee@joongang.co.kr]")


def test_a_line_that_signs_the_text_after_by_names_its_writers():
    assert reporters(["BY LEE JAE-LIM, SHIN HA-NEE [shin.hanee@joongang.co.kr]"]) == (
        "LEE JAE-LIM", "SHIN HA-NEE")


def test_a_sentence_opening_with_by_is_no_credit():
    assert not is_credit_line("By noon, tour groups are posing for photos at her gate.")


def test_an_outlet_then_a_korean_portal_after_a_bar_is_no_name():
    assert clean_byline(["뉴스1 | 네이버"]) == ()


def test_an_abbreviated_month_after_a_bar_is_no_second_writer():
    assert clean_byline(["Mactilda Mbenywe | Mar. 05, 2024"]) == ("Mactilda Mbenywe",)


def test_a_byline_shown_over_the_text_wins_over_the_publisher_s_under_the_headline():
    head = ('<meta name="author" content="Vanguard">'
            '<meta property="og:site_name" content="Vanguard News">')
    header = ("<div class='entry-meta'><span class='byline'><span class='author vcard'>By <a "
              "href='/author/vanguard/'>Vanguard</a></span></span><span class='posted-on'><time "
              "datetime='2024-09-18T15:30:00+00:00'>September 18, 2024</time></span></div>")
    body = "<p><strong>By Vincent Ujumadu, Awka</strong></p>" + TEXT
    assert parse_html(_page(header, head, body), second_opinions=False).byline == (
        "Vincent Ujumadu",)


@pytest.mark.parametrize("note", [
    "Les opinions exprimées dans ce texte n'engagent que la responsabilité de l'auteur.",
    "Las opiniones expresadas en este artículo son responsabilidad exclusiva del autor.",
    "Der Beitrag gibt die Meinung des Autors wieder.",
    "This article was edited by The Syrian Observer. The Syrian Observer has not verified the "
    "content of this story. Source: Asharq Al-Awsat."])
def test_a_disclaimer_is_a_note(note):
    assert is_note(note)


def test_a_correspondent_named_after_the_place_is_the_writer():
    page = _page("", body="<p><strong>Avec notre correspondant à Bamako, Serge Daniel</strong>"
                          "</p>" + TEXT)
    assert _labelled(page) == ["Serge Daniel"]


@pytest.mark.parametrize("statement", ["Corrections and clarifications column editor",
                                       "Letters", "Van onze verslaggever",
                                       "From our correspondent"])
def test_a_section_s_name_or_the_paper_s_own_reporter_is_no_name(statement):
    assert clean_byline([statement]) == ()


def test_the_paper_s_own_reporters_named_before_their_names_are_two_writers():
    assert clean_byline(["Door onze redacteuren Nina Jurna en Erik van der Walle"]) == (
        "Nina Jurna", "Erik van der Walle")


@pytest.mark.parametrize("statement", ["Antony J. Blinken, Secretary of State",
                                       "Antony J. Blinken, Minister for Foreign Affairs"])
def test_an_office_after_the_name_is_no_second_writer(statement):
    assert clean_byline([statement]) == ("Antony J. Blinken",)


@pytest.mark.parametrize("statement", ["Senator the Hon Penny Wong", "The Hon Penny Wong MP"])
def test_a_minister_s_style_is_no_part_of_the_name(statement):
    assert clean_byline([statement]) == ("Penny Wong",)


def test_a_call_to_watch_another_video_is_furniture():
    assert is_furniture("**Simak juga Video: Detik-detik Truk Tabrak Deretan Motor di Turunan**")


def test_a_statement_s_number_alone_is_no_paragraph_of_it():
    assert is_site_line("Nr: 2024/0731")


def test_a_reader_s_tribute_signed_posted_by_names_no_writer():
    tree = lxml_html.fromstring(_page("", body=TEXT + (
        "<div class='tribute-wall'><div class='tribute'><p>A true gentleman.</p>"
        "<p class='tribute-by'>Posted by Jean and Bill Tesar</p></div></div>")))
    assert posted_by(tree) == []


def test_a_list_s_term_beside_a_date_is_no_name():
    header = ("<dl><dt>Funeral Service</dt><dd>Friday, January 12, 2024, 10:30 AM</dd></dl>")
    assert _labelled(_page(header)) == []


def test_a_date_labelled_as_a_copy_s_is_not_shown_as_the_story_s():
    assert shown_date("Saved June 19, 2023 · View Original") is None


def test_a_date_written_only_as_a_copy_s_is_labelled_so():
    assert _copy_or_span_end("Saved June 19, 2023 · View Original", dt.date(2023, 6, 19))


def test_a_list_s_stories_in_json_ld_give_the_page_no_date():
    graph = ('{"@graph": [{"@type": "ItemList", "itemListElement": [{"@type": "NewsArticle", '
             '"headline": "Other", "datePublished": "2024-09-30T06:00:00+02:00"}]}]}')
    own = '{"@type": "NewsArticle", "datePublished": "2024-10-15T06:00:00+01:00"}'
    head = "".join(f'<script type="application/ld+json">{d}</script>' for d in (graph, own))
    assert read_meta(_page("", head)).published == ["2024-10-15T06:00:00+01:00"]


def test_a_list_s_story_in_json_ld_is_read_when_the_page_gives_no_other():
    graph = ('{"@type": "ItemList", "itemListElement": [{"@type": "NewsArticle", '
             '"datePublished": "2024-09-30"}]}')
    head = f'<script type="application/ld+json">{graph}</script>'
    assert read_meta(_page("", head)).published == ["2024-09-30"]


def test_an_app_s_banner_names_no_author():
    header = ("<div class='smartbanner'><div class='smartbanner__info__author'>FREE - In Google "
              "Play</div></div>")
    assert read_meta(_page(header)).visible_authors == []


def test_an_outlet_s_word_then_an_agency_after_a_slash_credits_the_agency():
    page = _page("<span class='author'>RND/dpa</span>",
                 '<meta property="og:site_name" content="Leipziger Volkszeitung">')
    assert parse_html(page, second_opinions=False).byline == ("dpa",)


def test_an_obituary_s_guest_book_is_no_part_of_it():
    tree = lxml_html.fromstring(_page("", body=TEXT + (
        "<section class='guestbook'><h2>Guest Book</h2><div class='gb-entry'><p>Sending love to "
        "the family.</p><p>Tom Becker, Springfield, IL</p></div></section>")))
    assert "Sending love" not in drop_comment_boxes(tree).text_content()


@pytest.mark.parametrize("button", ["[Get Directions](https://example.com/map)",
                                    "[Add to Calendar](https://example.com/ics)",
                                    "[Watch Livestream](https://example.com/live)"])
def test_a_funeral_home_s_buttons_are_furniture(button):
    assert is_furniture(button)


def test_where_and_when_a_notice_was_published_is_no_paragraph_of_it():
    assert is_site_line("Published by The Springfield Herald on Mar. 3, 2024.")


def test_a_span_of_two_dates_dates_no_story():
    assert shown_date("April 2, 1940 – January 6, 2024") is None


def test_a_life_s_span_under_the_headline_is_no_date_of_the_story():
    header = ("<div class='obit-dates'><span class='born'>April 2, 1940</span> – "
              "<span class='died'>January 6, 2024</span></div>")
    assert header_date(lxml_html.fromstring(_page(header))) is None


def test_a_service_s_date_in_a_list_of_terms_is_no_date_of_the_story():
    header = ("<dl><dt>Visitation</dt><dd>Thursday, January 11, 2024, 4:00 PM</dd></dl>")
    assert header_date(lxml_html.fromstring(_page(header))) is None


def test_a_date_in_a_list_of_terms_under_a_label_of_publication_dates_the_story():
    header = ("<dl><dt>Published</dt><dd>Thursday, January 11, 2024, 4:00 PM</dd></dl>")
    assert header_date(lxml_html.fromstring(_page(header))) == dt.date(2024, 1, 11)


def test_a_line_of_the_desk_s_contacts_is_no_paragraph_of_the_story():
    assert is_site_line("카카오톡 : 'KBS제보' 검색, 채널 추가 \\| 전화 : 02-781-1234, 4444 \\| "
                        "이메일 : kbs1234@kbs.co.kr")


def test_a_sentence_with_a_number_after_a_bar_is_no_line_of_contacts():
    assert not is_site_line("The council meets at 7 p.m. | Call 555-123-4567 for details.")


def test_a_title_s_part_after_a_colon_that_is_a_headline_too_stays():
    title = "Harbor Lights: Harbor Lights"  # a self-titled album: the artist's, then its <h1>
    assert choose_title([], [title], ["Harbor Lights", "Harbor Lights"], "", ["Pitch"],
                        "") == title


def test_a_date_in_a_list_of_terms_under_a_word_for_day_dates_the_story():
    header = "<dl><dt>配信開始日</dt><dd>2019/3/5</dd></dl>"
    assert header_date(lxml_html.fromstring(_page(header))) == dt.date(2019, 3, 5)


def test_a_teaser_s_date_run_into_its_time_is_no_span():
    header = "<div><span>Jan. 5, 2021</span><span>01:20</span></div>"
    assert header_date(lxml_html.fromstring(_page(header))) == dt.date(2021, 1, 5)


def test_a_region_s_heading_named_for_the_byline_is_no_byline():
    header = ("<section aria-labelledby='article-byline'><h2 id='article-byline'>Article "
              "information</h2></section>")
    assert read_meta(_page(header)).visible_authors == []


def test_an_element_whose_id_names_the_byline_is_read():
    assert read_meta(_page("<div id='byline'>Jane Roe</div>")).visible_authors == ["Jane Roe"]


def test_a_date_written_only_as_a_span_s_end_is_no_story_s():
    assert _copy_or_span_end("Born April 2, 1940 – January 6, 2024", dt.date(2024, 1, 6))
