"""Found on session 73's batteries of made-up pages (local papers, Asian and right-to-left
sites, broadcasters, wire copy and syndication, magazines): readers' comments under a heading
with their count, an FAQ's answers hidden until clicked, the label over the headline read
after the story, a standfirst over the byline, numbered advertisement labels, a clip's length,
broadcast notes, editors' credit lines, agencies and desks that sign no one, photographers
named by their role, and a story's last box whose sentence holds a link."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html as lxml_html

from explainer.importer.authorboxes import pictured_authors
from explainer.importer.bylinenames import clean_byline
from explainer.importer.bylinetails import credit_alone, pictured, wire_credit
from explainer.importer.credits import is_credit_line
from explainer.importer.customtags import opened_panels
from explainer.importer.furniture import is_furniture
from explainer.importer.headerdates import only_time_shown
from explainer.importer.headlines import headline_element
from explainer.importer.html import parse_html
from explainer.importer.labels import without_kicker_closing
from explainer.importer.scoreboxes import drop_match_boxes
from explainer.importer.showndates import UPDATE_LABEL, shown_date
from explainer.importer.signups import drop_comment_boxes
from explainer.importer.splitbody import _story_box, joined_boxes
from explainer.importer.unseen import drop_unseen
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _tree(markup: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f"<html><body>{markup}</body></html>")


def _page(header: str, head: str = "", body: str = TEXT, lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head>{head}</head><body><article><h1>Storage plant opens"
            f"</h1>{header}{body}</article></body></html>")


@pytest.mark.parametrize("box", [
    '<div class="cmt_view"><strong class="tit_cmt">댓글 <span>19</span></strong><ul>'
    '<li><p>좋은 정책이네요. 계속 유지되길</p></li></ul></div>',
    '<div class="e_ds"><h2>Diskuse (50)</h2><div><p>좋은 정책이네요. 계속 유지되길</p></div></div>',
])
def test_a_box_opening_with_the_comments_count_goes(box):
    tree = _tree(f"<article>{TEXT}{box}</article>")
    assert "계속 유지되길" not in drop_comment_boxes(tree).text_content()


def test_a_box_headed_by_a_comments_count_stays_when_the_page_has_no_other_text():
    box = '<div><h2>Diskuse (50)</h2><p>Konečně rozumná změna.</p></div>'
    assert "rozumná" in drop_comment_boxes(_tree(f"<article>{box}</article>")).text_content()


def test_an_faq_s_answer_hidden_until_clicked_is_shown():
    tree = _tree('<div itemscope itemtype="https://schema.org/Question"><h3>Is there a fee?</h3>'
                 '<div style="display:none" itemprop="acceptedAnswer"><p>Yes.</p></div></div>')
    assert "display" not in (opened_panels(tree).xpath("//div[@itemprop]")[0].get("style"))


def test_the_panel_a_heading_s_button_opens_is_shown():
    tree = _tree('<h3><button aria-controls="p2">How long?</button></h3><div id="p2" hidden>'
                 '<p>Two weeks.</p></div>')
    assert opened_panels(tree).xpath("//div[@id='p2']")[0].get("hidden") is None


def test_another_hidden_box_stays_hidden():
    tree = _tree('<div id="menu" style="display: none"><a href="/">Home</a></div>')
    assert opened_panels(tree).xpath("//div")[0].get("style") == "display: none"


def test_the_label_over_the_headline_read_after_the_story_goes():
    assert without_kicker_closing([*PARAGRAPHS, "리뷰"], "리뷰") == PARAGRAPHS


def test_a_closing_line_that_is_not_the_label_over_the_headline_stays():
    assert without_kicker_closing([*PARAGRAPHS, "리뷰"], "") == [*PARAGRAPHS, "리뷰"]


def test_a_logo_s_heading_of_a_picture_alone_is_not_the_headline():
    tree = lxml_html.fromstring(
        "<html><head><title>Winter stop, the quietest answer | Hanbit Daily</title></head><body>"
        '<h1><a href="/"><img src="l.png" alt="Hanbit Daily"></a></h1><div><p>Review</p>'
        '<h3 class="title">Winter stop, the quietest answer</h3></div></body></html>')
    assert headline_element(tree).get("class") == "title"


def test_a_standfirst_over_the_byline_s_box_is_the_summary_not_the_lede():
    deck = "A month after the flood, many people still wait for the money they were promised."
    imported = parse_html(_page(f'<p class="paragraph-intro">{deck}</p><div class="author-info">'
                                "By Jane Roe</div>", body=f'<div class="r-text">{TEXT}</div>'),
                          second_opinions=False)
    assert (imported.summary, deck in "\n".join(imported.paragraphs)) == (deck, False)


def test_a_lede_named_intro_among_the_story_s_paragraphs_stays_in_the_text():
    lede = "A month after the flood, many people still wait for the money they were promised."
    imported = parse_html(_page('<div class="author-info">By Jane Roe</div>',
                                body=f'<p class="intro">{lede}</p>{TEXT}'), second_opinions=False)
    assert lede in imported.paragraphs


@pytest.mark.parametrize("line", [
    "Advertisement 2",
    "ADV",
    "2:15 min",
    "1分12秒",
    "2 mn",
    "This audio is generated by an AI tool.",
    "Publié le :",
    "Publié le Mis à jour le",
    "شائع",
    "MORE BRISBANE NEWS",
    "## Trending Stories:",
    "《 人民时报 》（ 2026年03月14日 第 04 版）",
    "Diese Nachricht wurde am 17.03.2025 im Programm Deutschlandfunk gesendet.",
    "Accuracy and availability of NPR transcripts may vary. Transcript text may be revised to "
    "correct errors or match updates to audio. Audio on npr.org may be edited after its "
    "original broadcast or publication.",
    "Listen to the full interview on LBC's Global Player",
    "Have something to say? Send a letter to the editor of up to 250 words to letters@x.com.",
    "You can save this article by registering for free here. Or sign-in if you have an account.",
])
def test_a_broadcaster_s_or_a_paper_s_line_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Published by the council on Monday, the report found 40 homes at risk.",
    "More news on the bridge is expected when the council meets again next week.",
    "The advertisement ran for two weeks before the regulator banned it.",
    "He said he would send a letter to the editor of the Gazette before the vote.",
])
def test_a_sentence_like_a_broadcaster_s_line_is_no_furniture(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("line", ["Edited by: Sean Tiernan", "Edição: Carlos Lima"])
def test_an_editor_s_credit_closing_the_story_is_a_credit_line(line):
    assert is_credit_line(line)


def test_the_agencies_word_alone_credits_no_agency():
    assert wire_credit("Staff and agencies") == ""


def test_an_agency_named_after_a_word_credits_it():
    assert wire_credit("Le Parisien avec AFP") == "AFP"


def test_staff_and_agencies_sign_no_one():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Storage '
          'plant opens", "author": {"@type": "Person", "name": "Staff and agencies"}}</script>')
    assert parse_html(_page("", ld), second_opinions=False).byline == ()


def test_the_australian_associated_press_after_a_name_is_no_second_writer():
    assert credit_alone("Holly Nguyen, Australian Associated Press") == "Holly Nguyen"


@pytest.mark.parametrize("desk", ["Redacció", "ویب ڈیسک", "اسٹاف رپورٹر", "নিজস্ব প্রতিবেদক",
                                  "กองบรรณาธิการไทยรุ่ง", "ศูนย์ข่าวภาคเหนือ"])
def test_a_desk_or_a_staff_reporter_signs_no_one(desk):
    assert clean_byline([desk]) == ()


@pytest.mark.parametrize(("statement", "names"), [
    ("كتب- أحمد جمعة", ("أحمد جمعة",)),
    ("كتبت سارة عبد الحميد", ("سارة عبد الحميد",)),
    ("이민수 기자 정하은 기자", ("이민수", "정하은")),
])
def test_a_byline_s_label_and_a_reporter_s_word_part_the_names(statement, names):
    assert clean_byline([statement]) == names


@pytest.mark.parametrize("statement", ["Texto de Inês Carvalhal | Ilustração de Tomás Reis",
                                       "Inês Carvalhal, translated by Ana Lee"])
def test_an_illustrator_s_or_a_translator_s_credit_after_the_writer_s_goes(statement):
    assert credit_alone(statement).endswith("Inês Carvalhal")


def test_a_name_a_byline_box_gives_a_photographer_s_role_is_pictured():
    tree = _tree('<ul class="authors-list"><li class="author"><a class="author__name">Kari '
                 'Haugen</a><span class="author__role">Journalist</span></li><li class="author">'
                 '<a class="author__name">Martin Aas</a><span class="author__role">Fotograf</span>'
                 '</li></ul>')
    assert pictured_authors(tree) == ["Martin Aas"]


def test_a_photographer_the_metadata_lists_as_an_author_signs_nothing():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Storage '
          'plant opens", "author": [{"@type": "Person", "name": "Erik Lindqvist"}, {"@type": '
          '"Person", "name": "Jonas Berg"}]}</script>')
    boxes = ('<div class="author"><span class="author__name">Erik Lindqvist</span> <span '
             'class="author__role">Reporter</span></div><div class="author"><span class='
             '"author__name">Jonas Berg</span> <span class="author__role">Fotograf</span></div>')
    assert parse_html(_page(boxes, ld), second_opinions=False).byline == ("Erik Lindqvist",)


def test_an_editor_s_note_given_as_the_description_is_no_summary():
    note = "Editor’s note: This story has been updated to include comment from the authority."
    imported = parse_html(_page("", f'<meta name="description" content="{note}">',
                                body=f"<p><em>{note}</em></p>{TEXT}"), second_opinions=False)
    assert imported.summary != note and any(note in p for p in imported.paragraphs)


def test_the_first_time_not_labelled_as_a_change_gives_the_day_shown():
    tree = _tree('<p>Posted <time datetime="2025-03-04T17:30:00.000Z">Wed 5 Mar 2025 at 4:30am'
                 '</time>, updated <time datetime="2025-03-04T20:12:00.000Z">Wed 5 Mar 2025 at '
                 '7:12am</time></p>')
    assert only_time_shown(tree) == dt.date(2025, 3, 5)


def test_a_short_box_of_prose_with_a_link_inside_its_sentence_is_the_story_s():
    assert _story_box("Rest centres have been opened at [Calderside Leisure Centre](/news/x) and "
                      "St Mary's Church Hall.")


def test_a_teaser_s_linked_headline_and_sentence_are_no_story_box():
    assert not _story_box("[Town braced for more rain after wettest February](/a)\n\n"
                          "Residents are filling sandbags again.")


def test_a_summary_s_box_under_its_heading_is_the_summary_without_the_heading():
    deck = "Pilgrims must register online before they set out for the four shrines this year."
    imported = parse_html(_page(f'<div class="article-desc-summary"><h2>सार</h2><p>{deck}</p>'
                                '</div>', body=f'<div class="article-desc">{TEXT}</div>',
                                lang="hi"), second_opinions=False)
    assert (imported.summary, deck in imported.paragraphs) == (deck, False)


@pytest.mark.parametrize(("statement", "names"), [
    ("本文来源：江城晚报 作者：邵佳琪 责任编辑：王晓雪", ("邵佳琪",)),
    ("陳嘉欣 攝影： 李大明", ("陳嘉欣",)),
])
def test_a_chinese_credit_line_gives_the_writer_s_part_alone(statement, names):
    assert clean_byline([statement]) == names


def test_a_chinese_byline_under_its_one_label_is_read_as_before():
    assert clean_byline(["作者：邵佳琪"]) == ("邵佳琪",)


@pytest.mark.parametrize("line", ["下載「香港零一」App，即時接收新聞通知",
                                  "香港零一有限公司版權所有 © 2026"])
def test_a_hong_kong_site_s_app_pitch_and_rights_line_are_furniture(line):
    assert is_furniture(line)


def test_the_reading_s_subheading_the_joined_boxes_lack_is_put_back_in_its_place():
    read = lambda box: box.split("<p>")[-1].split("</p>")[0]  # noqa: E731 (the box's text)
    added = ("Experts expect rents to keep rising in 2025 because building lags far behind "
             "demand in every town along the river.")
    boxes = [f'<div class="text-block"><p>{p}</p></div>' for p in [*PARAGRAPHS, added]]
    reading = "\n\n".join([*PARAGRAPHS[:2], "## Barrier overtopped", *PARAGRAPHS[2:]])
    assert joined_boxes(reading, [boxes], read).split("\n\n") == [
        *PARAGRAPHS[:2], "## Barrier overtopped", *PARAGRAPHS[2:], added]


def test_the_bbc_s_byline_region_labelled_with_a_persian_comma_names_the_writer():
    region = ('<section aria-labelledby="article-byline" role="region"><h2 id="article-byline">'
              'اطلاعات مقاله</h2><ul><li><span>نویسنده،</span><span>مریم افشار</span></li><li>'
              '<span>نقش،</span><span>بی‌بی‌سی فارسی</span></li></ul></section>')
    assert parse_html(_page(region, lang="fa"), second_opinions=False).byline == ("مریم افشار",)


@pytest.mark.parametrize("line", ["خبرهای مرتبط", "مطالب پیشنهادی", "متعلقہ عنوانات"])
def test_the_bbc_s_persian_and_urdu_rails_headings_are_furniture(line):
    assert is_furniture(line)


def test_a_chinese_line_crediting_only_editors_names_no_writer():
    assert clean_byline(["责任编辑：屈运栩 | 版面编辑：刘玉玲"]) == ()


def test_a_korean_reporter_s_link_to_their_other_stories_is_no_part_of_the_name():
    assert clean_byline(["박영희 기자 다른기사 보기"]) == ("박영희",)


def test_a_columnist_whose_name_is_the_section_s_still_signs_the_column():
    head = ('<meta property="article:section" content="Renato Lemos"><script type="application/'
            'ld+json">{"@type": "NewsArticle", "headline": "Storage plant opens", "author": '
            '{"@type": "Person", "name": "Renato Lemos"}}</script>')
    signature = ('<div class="c-signature"><strong class="c-signature__author"><a href="/colunas/'
                 'renato-lemos/">Renato Lemos</a></strong></div>')
    imported = parse_html(_page(signature, head, lang="pt"), second_opinions=False)
    assert imported.byline == ("Renato Lemos",)


@pytest.mark.parametrize("statement", ["Por Renata Alves, da CNN, São Paulo",
                                       "Por Renata Alves, do Rio de Janeiro"])
def test_the_outlet_or_the_place_after_a_brazilian_name_is_no_second_writer(statement):
    assert credit_alone(statement) == "Por Renata Alves"


def test_a_name_given_the_photographs_in_brackets_in_portuguese_is_pictured():
    assert pictured("Nuno Ferreira", ["Sofia Marques (texto) e Nuno Ferreira (fotografia)"])


@pytest.mark.parametrize("line", [
    "Suscríbase aquí a la newsletter de EL PAÍS México y reciba todas las claves informativas.",
    "**Pročitajte još:**",
    "**ПРОЧЕТЕТЕ ОЩЕ:**",
    "**Mirá también**",
    "Последвайте ни в Google News Showcase, за да научавате най-важното",
])
def test_a_pitch_or_a_pointer_in_spanish_or_a_balkan_language_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(("text", "day"), [("05 дек 2026, 10:20", dt.date(2026, 12, 5)),
                                           ("3 мар 2024", dt.date(2024, 3, 3))])
def test_a_month_cut_short_in_cyrillic_is_read(text, day):
    assert shown_date(text) == day


def test_a_greek_update_label_is_an_update_s():
    assert UPDATE_LABEL.search("Ενημερώθηκε:")


def test_the_greek_agency_the_metadata_names_as_the_author_signs_the_story():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Storage '
          'plant opens", "author": {"@type": "Organization", "name": "ΑΠΕ-ΜΠΕ"}}</script>')
    assert parse_html(_page("", ld, lang="el"), second_opinions=False).byline == ("ΑΠΕ-ΜΠΕ",)


@pytest.mark.parametrize("desk", ["Danas Online", "Index Online"])
def test_a_site_s_web_desk_signs_no_one(desk):
    assert clean_byline([desk]) == ()


def test_a_basketball_box_score_beside_the_report_goes():
    box = ('<table class="boxscore"><tr><td>Jugador</td><td>Pts</td></tr><tr><td>S. Dávila</td>'
           '<td>21</td></tr></table>')
    tree = _tree(f"<article>{TEXT}{box}</article>")
    assert "Dávila" not in drop_match_boxes(tree).text_content()


def test_wordpress_s_published_time_gives_the_day_over_its_updated_time_shown_beside_it():
    head = '<meta property="article:published_time" content="2026-10-27T18:45:00+00:00">'
    times = ('<div class="entry-meta"><span class="byline">By <span class="author vcard"><a '
             'href="/author/dostrowski/">Derek Ostrowski</a></span></span><span class="posted-on">'
             '<time class="entry-date published" '
             'datetime="2026-10-27T14:45:00-04:00">October 27, 2026</time><time class="updated" '
             'datetime="2026-10-28T09:05:22-04:00">October 28, 2026</time></span></div>')
    assert parse_html(_page(times, head), second_opinions=False).date == dt.date(2026, 10, 27)


def test_a_glossary_s_tooltip_inside_a_sentence_goes():
    tree = _tree('<p>Birds follow the <span class="glossar"><a href="/g/p">photoperiod</a><span '
                 'role="tooltip" hidden>Photoperiod: the daily length of light.</span></span>, '
                 'which changes.</p>')
    assert "daily length" not in drop_unseen(tree).text_content()


@pytest.mark.parametrize("line", [
    "Techblick.de erhält für Käufe über mit * markierte Links eine kleine Provision, der Preis "
    "ändert sich für Sie nicht.",
    "이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.",
])
def test_an_affiliate_note_in_german_or_korean_is_furniture(line):
    assert is_furniture(line)


def test_a_one_word_section_that_the_metadata_gives_as_a_person_signs_nothing():
    head = ('<meta property="article:section" content="Nachrichten"><script type="application/'
            'ld+json">{"@type": "NewsArticle", "headline": "Storage plant opens", "author": '
            '{"@type": "Person", "name": "Nachrichten"}}</script>')
    assert parse_html(_page("", head, lang="de"), second_opinions=False).byline == ()


def test_agerpres_after_a_writer_s_name_is_the_agency_s_material():
    assert credit_alone("Ana Pop with Agerpres") == "Ana Pop"
