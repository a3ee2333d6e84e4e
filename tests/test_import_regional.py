"""Found on batteries of made-up pages of regional outlets, article genres and publishing
platforms: a byline's label in Hebrew, Thai, Greek, Persian, Hindi and Portuguese, the vowel
sign trafilatura cuts from a name's end, desks and jobs after the names, reporters' classes
in other languages, a pointer to another story in bold closing a paragraph, a Japanese era's
date, an update's label before a time of day, and the titles of a home page's ``og:url``."""

from __future__ import annotations

import datetime as dt

import pytest

from explainer.importer.bylinenames import clean_byline
from explainer.importer.html import parse_html
from explainer.importer.labels import without_pointer_tail
from explainer.importer.notbylines import marks_kept
from explainer.importer.notes import is_note
from explainer.importer.showndates import shown_date
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
TITLE = "Towns agree plan for new river bridge"


def _page(header: str = "", head: str = "", lang: str = "en", title: str = TITLE) -> str:
    return (f'<html lang="{lang}"><head><title>{title}</title>{head}</head><body><article>'
            f'<h1>{TITLE}</h1>{header}{TEXT}</article></body></html>')


@pytest.mark.parametrize(("statement", "name"), [
    ("מאת דנה לוי", "דנה לוי"),
    ("โดย สมชาย ใจดี", "สมชาย ใจดี"),
    ("Του Γιώργου Παπαδόπουλου", "Γιώργου Παπαδόπουλου"),
    ("خبرنگار: مریم احمدی", "مریم احمدی"),
    ("रिपोर्ट: राजेश कुमार शर्मा", "राजेश कुमार शर्मा"),
    ("Texto e fotos: Carlos Eduardo Souza", "Carlos Eduardo Souza"),
    ("Penulis Budi Santoso", "Budi Santoso"),
], ids=["hebrew", "thai", "greek", "persian", "hindi", "portuguese", "indonesian"])
def test_a_bylines_label_in_other_languages_is_no_part_of_the_name(statement, name):
    assert clean_byline([statement]) == (name,)


def test_greek_writers_are_parted_by_and():
    assert clean_byline(["Του Γιώργου Παπαδόπουλου και Μαρίας Νικολάου"]) == (
        "Γιώργου Παπαδόπουλου", "Μαρίας Νικολάου")


def test_a_japanese_desk_in_brackets_after_the_name_is_no_part_of_it():
    assert clean_byline(["文・写真　佐藤健一（報道部）"]) == ("佐藤健一",)


def test_a_bureau_after_the_name_is_no_writer():
    assert clean_byline(["Priya Nair | Sacramento Bureau"]) == ("Priya Nair",)


def test_a_turkish_desk_after_the_names_is_no_writer():
    assert clean_byline(["Ayşe Yılmaz ve Mehmet Öztürk | Ekonomi Servisi"]) == (
        "Ayşe Yılmaz", "Mehmet Öztürk")


def test_a_ukrainian_job_after_the_name_is_no_writer():
    assert clean_byline(["Роман Гончаренко, журналіст УП"]) == ("Роман Гончаренко",)


def test_the_vowel_sign_cut_from_a_names_end_is_put_back():
    page = '<span class="author">रिपोर्ट: <a href="/a/rks">राजेश कुमार शर्मा</a>, गया</span>'
    assert marks_kept("राजेश कुमार शर्म", page) == "राजेश कुमार शर्मा"


def test_a_name_the_page_writes_without_a_mark_after_it_is_kept_as_read():
    assert marks_kept("Jane Roe", "<span>Jane Roe</span>") == "Jane Roe"


def test_a_thai_byline_keeps_its_last_vowel_sign():
    header = '<div class="art-info"><span class="post-author">โดย สมชาย ใจดี</span></div>'
    assert parse_html(_page(header, lang="th")).byline == ("สมชาย ใจดี",)


def test_a_turkish_reporters_class_marks_the_byline():
    header = ('<div class="muhabir"><img src="/m.jpg" alt=""> '
              '<span class="muhabir-ad">Mehmet YILMAZ</span></div>')
    assert parse_html(_page(header, lang="tr")).byline == ("Mehmet YILMAZ",)


POINTER = ("She said the bridge would open next year. **ALSO READ: [Floods hit Anambra]"
           "(https://example.ng/floods/)**")


def test_a_pointer_in_bold_closing_a_paragraph_is_left_out():
    assert without_pointer_tail(POINTER) == "She said the bridge would open next year."


def test_a_paragraph_closing_with_a_link_in_its_sentence_is_kept():
    paragraph = "She said the plan was [published on Monday](https://example.ng/plan/)."
    assert without_pointer_tail(paragraph) == paragraph


def test_a_japanese_eras_year_is_read():
    assert shown_date("令和6年4月3日(水)") == dt.date(2024, 4, 3)


def test_an_updates_label_before_a_time_and_its_zone_passes_to_the_next_date():
    shown = "Updated 3:45 p.m. PDT March 21, 2024 Posted 9:10 a.m. PDT March 20, 2024"
    assert shown_date(shown) == dt.date(2024, 3, 20)


def test_a_time_element_labelled_as_an_update_with_its_month_is_not_the_publication():
    header = ('<div class="entry-meta"><time class="updated" datetime="2024-01-10T10:22:41">'
              'Updated January 10, 2024</time> — <time class="entry-date published" '
              'datetime="2024-01-08T07:00:00">Originally published January 8, 2024</time></div>')
    assert parse_html(_page(header)).date == dt.date(2024, 1, 8)


def test_the_metadatas_date_wins_over_one_shown_as_an_update_after_a_time():
    head = '<meta property="article:published_time" content="2026-02-11T14:05:00Z">'
    header = '<div class="Page-dateModified">Updated 4:47 AM EST, February 12, 2026</div>'
    assert parse_html(_page(header, head)).date == dt.date(2026, 2, 11)


def test_the_titles_of_a_home_pages_og_url_are_not_the_headline():
    head = ('<meta property="og:title" content="Vyatka Region News - Kirov and its region">'
            '<meta property="og:url" content="https://www.vyatkakray.ru/">')
    page = _page(head=head, title="Vyatka Region News - Kirov and its region")
    assert parse_html(page).title == TITLE


def test_a_signature_in_bold_flush_right_after_the_texts_box_signs_it():
    page = (f'<html lang="vi"><head><title>{TITLE}</title></head><body><div class="main">'
            f'<h1 class="art-title">{TITLE}</h1><div class="art-content">{TEXT}</div>'
            '<p style="text-align:right;"><strong>Minh Anh</strong></p><div class="share">'
            '<a href="https://facebook.com/sharer">Chia sẻ Facebook</a></div></div></body></html>')
    assert parse_html(page).byline == ("Minh Anh",)


def test_a_korean_outlet_and_its_portal_are_no_byline():
    assert clean_byline(["한빛일보; 네이버"]) == ()


def test_the_reporter_a_portal_shows_wins_over_the_outlet_its_metadata_names_alone():
    head = '<meta property="og:article:author" content="중앙경제신문">'
    header = '<span class="info_view"><span class="txt_info">박서연 기자</span></span>'
    assert parse_html(_page(header, head, lang="ko")).byline == ("박서연",)


def test_the_reporter_a_portal_shows_wins_over_the_outlet_its_metadata_names():
    head = '<meta property="og:article:author" content="한빛일보 | 네이버">'
    header = '<em class="media_end_head_journalist_name">김민준 기자</em>'
    assert parse_html(_page(header, head, lang="ko")).byline == ("김민준",)


CHINESE = ["　　新京报讯（记者 王倩）每天上午十一点，家住朝阳区的李大爷都会准时来到"
           "小区楼下的社区食堂。一荤两素加一碗米饭，老年人凭卡只需十元。",
           "社区食堂由街道引入专业餐饮企业运营，场地由社区无偿提供，水电费用由街道补贴。"
           "食堂每天供应早餐和午餐，周末也不休息。",
           "负责人介绍，开业三个月以来，食堂每天接待老人三百多人次，附近的上班族也常来就餐。"
           "街道计划年内在辖区再开两家社区食堂。"]


def _chinese(lead: str, after: str = '<p class="article-editor">责任编辑：刘德宾</p>') -> str:
    text = "".join(f"<p>{p}</p>" for p in [lead, *CHINESE[1:]] * 2)
    return (f'<html lang="zh"><head><title>社区食堂开进老小区</title></head><body><article>'
            f'<h1>社区食堂开进老小区</h1>{text}{after}</article></body></html>')


def test_the_reporter_a_chinese_lead_names_wins_over_the_editor():
    assert parse_html(_chinese(CHINESE[0])).byline == ("王倩",)


def test_a_photographer_a_chinese_lead_credits_is_no_writer():
    lead = CHINESE[0].replace("（记者 王倩）", "（记者 才扬 摄）")
    assert parse_html(_chinese(lead)).byline == ("刘德宾",)


def test_a_chinese_reporter_line_with_its_editor_after_a_bar_names_the_reporter():
    lead = "每观记者｜陈思远　　每观编辑｜刘洋"
    page = _chinese(CHINESE[0].replace("新京报讯（记者 王倩）", ""), after="")
    page = page.replace("</h1>", f'</h1><p class="one-p">{lead}</p>')
    assert parse_html(page).byline == ("陈思远",)


def test_a_box_of_the_readers_reactions_is_no_text():
    box = ('<div class="box_emotion"><strong>이 기사에 대한 감정표현</strong><ul><li>추천해요</li>'
           '<li>좋아요</li><li>화나요</li></ul></div>')
    page = _page().replace("</article>", f"{box}</article>")
    assert "감정표현" not in "\n".join(parse_html(page).paragraphs)


def test_a_platforms_note_that_it_only_stores_what_its_users_post_is_a_note():
    assert is_note("Notice: The content above (including the pictures and videos if any) is "
                   "uploaded and posted by a user of NetEase Hao, which is a social media "
                   "platform and only provides information storage services.")


def test_a_pictures_box_whose_caption_closes_with_a_bracketed_credit_is_no_text():
    box = ('<div class="sc-gdv5m1-0"><picture><img src="https://example.jp/p.jpg" alt="">'
           '</picture><p class="sc-gdv5m1-1">学生寮として改修された空き家（共同通信）</p></div>')
    page = _page(box, lang="ja")
    assert "空き家（共同通信）" not in "\n".join(parse_html(page).paragraphs)


def test_a_last_paragraph_naming_the_signer_after_the_texts_box_stays():
    text = TEXT.replace("if the weather allows.", "if the weather allows, said Minh Anh.")
    page = (f'<html lang="vi"><head><title>{TITLE}</title></head><body><div class="main">'
            f'<h1 class="art-title">{TITLE}</h1><div class="art-content">{text}</div>'
            '<p style="text-align:right;"><strong>Minh Anh</strong></p></div></body></html>')
    assert parse_html(page).paragraphs[-1].endswith("said Minh Anh.")
