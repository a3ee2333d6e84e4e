"""Found on batteries of made-up pages in the templates of major sites and of headlines the
metadata words otherwise: a headline's opening symbol, a reporter's class, the BBC services'
byline region, Persian joiners in the description trafilatura reads, a linked writer's note
closing the text, and the sites' own lines (share buttons, follow prompts, a wire's end
mark, a machine narration's note, paywall pitches, an app's promotion)."""

from __future__ import annotations

import pytest

from explainer.importer.credits import without_author_notes
from explainer.importer.furniture import is_furniture
from explainer.importer.html import parse_html
from explainer.importer.notes import is_note
from explainer.importer.sitelines import is_site_line
from explainer.importer.titlepick import mended
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def test_the_symbol_a_shown_headline_opens_with_is_kept():
    shown = "🚀 Startup launches its first satellite from New Zealand"
    assert mended([shown[2:], shown], [shown])[0] == shown


def _page(header: str, head: str = "", lang: str = "en") -> str:
    return (f'<html lang="{lang}"><head><title>Towns agree plan for new river bridge</title>'
            f'{head}</head><body><article><h1>Towns agree plan for new river bridge</h1>'
            f'{header}{TEXT}</article></body></html>')


def test_a_reporters_class_marks_the_byline():
    header = '<div class="info"><span class="reporter">Misaki Sato</span><span>Paid</span></div>'
    assert parse_html(_page(header)).byline == ("Misaki Sato",)


def test_a_class_that_only_begins_with_reporter_marks_no_byline():
    header = '<div class="reporterrbox"><div class="reporterrbox-title">Found a mistake?</div>'
    assert parse_html(_page(header + "</div>")).byline == ()


BBC_BYLINE = ('<section aria-labelledby="article-byline" role="region"><h2 id="article-byline">'
              'Article information</h2><ul><li><span role="text"><span class="hidden">Author, '
              '</span><span>Maryam Afshang</span></span></li><li><span role="text"><span '
              'class="hidden">Role, </span><span>BBC Persian</span></span></li></ul></section>')


def test_the_writer_a_region_named_for_the_byline_lists_first_is_the_byline():
    assert parse_html(_page(BBC_BYLINE)).byline == ("Maryam Afshang",)


def test_the_region_named_for_the_byline_is_no_text():
    assert "Article information" not in "\n".join(parse_html(_page(BBC_BYLINE)).paragraphs)


def test_the_descriptions_persian_joiners_are_kept():
    described = "حجم آب ذخیره\u200cشده در پنج سد اصلی تهران به کمتر از ۱۰ درصد ظرفیت رسیده است."
    story = "".join(f"<p>{p}</p>" for p in [
        "مسئولان آب تهران می\u200cگویند حجم آب ذخیره\u200cشده در پنج سد اصلی پایتخت به کمتر از "
        "۱۰ درصد ظرفیت رسیده است.",
        "بارش\u200cها در استان تهران از ابتدای سال آبی نزدیک به ۸۰ درصد کمتر از میانگین بوده "
        "و ورودی سدها به شدت کاهش یافته است.",
        "در هفته\u200cهای اخیر فشار آب در بسیاری از مناطق تهران کاهش یافته و ساکنان از "
        "قطعی\u200cهای چندساعته خبر داده\u200cاند."] * 2)
    page = (f'<html lang="fa"><head><title>کم\u200cآبی در تهران</title><meta name="description" '
            f'content="{described}"></head><body><article><h1>کم\u200cآبی در تهران؛ سدهای '
            f'پایتخت به کمتر از ۱۰ درصد ظرفیت رسیدند</h1>{story}</article></body></html>')
    assert "ذخیره\u200cشده در پنج سد" in (parse_html(page).summary or "")


def test_a_note_on_a_writer_linked_to_their_page_closes_no_text():
    note = "[Alex Horton](https://example.com/people/alex-horton/) is a national reporter."
    assert without_author_notes([*PARAGRAPHS, note], ("Alex Horton",)) == PARAGRAPHS


@pytest.mark.parametrize("line", ["Share on Facebook", "Partager sur X"])
def test_a_share_buttons_words_alone_are_the_sites_line(line):
    assert is_site_line(line)


@pytest.mark.parametrize("line", ["Urmărește știrile Digi24.ro și pe Google News",
                                  "ताज़ा खबरों के लिए हमें Google News पर फॉलो करें।"])
def test_a_call_to_follow_the_site_in_romanian_or_hindi_is_the_sites_line(line):
    assert is_site_line(line)


def test_a_call_to_follow_topics_is_furniture():
    assert is_furniture("## Click the alert icon to follow topics:")


@pytest.mark.parametrize("line", ["kyh@yna.co.kr (END)", "Produced by ElevenLabs and News "
                                  "Over Audio (Noa) using AI narration."])
def test_a_wires_end_mark_or_a_machine_narrations_note_is_a_note(line):
    assert is_note(line)


@pytest.mark.parametrize("line", [
    "朝日新聞デジタルに登録すると、すべての記事が読み放題になります。今なら2カ月間無料。",
    "हिन्दुस्तान ऐप पर पढ़ें देश-दुनिया की ताजा खबरें, लेटेस्ट और ब्रेकिंग न्यूज।",
])
def test_a_paywalls_pitch_or_an_apps_promotion_is_the_sites_line(line):
    assert is_site_line(line)


def test_an_article_named_by_its_headline_and_byline_keeps_its_text():
    page = (f'<html><body><article aria-labelledby="headline byline"><h1 id="headline">Towns '
            f'agree plan</h1><p id="byline">By Jane Roe</p>{TEXT}</article></body></html>')
    assert len(parse_html(page).paragraphs) == len(PARAGRAPHS)
