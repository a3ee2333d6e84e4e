"""Found on session 74's batteries of made-up pages, the fields around the text: desks and
shared accounts that sign no one, a guest writer named in the text, Japanese reporters in
brackets and agencies, signatures in italics, an agency's casing; the header's and the
text's closing lines that repeat them; the local day of a clock written without its offset
and a review's JSON-LD; standfirsts over a signature box or beside the headline."""

from __future__ import annotations

import datetime as dt

import pytest

from explainer.importer.bylinenames import clean_byline
from explainer.importer.bylines import _publisher
from explainer.importer.credits import without_author_notes
from explainer.importer.html import parse_html
from explainer.importer.keypoints import is_key_points
from explainer.importer.pagedates import _shown_instant
from explainer.importer.repeats import is_kicker_and_title, without_header_lines
from explainer.importer.wirecredits import opening_credit
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)



def _page(body: str, head: str = "", lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head><title>Storage plant opens</title>{head}</head><body>"
            f"<article><h1>Storage plant opens</h1>{body}</article></body></html>")


@pytest.mark.parametrize("desk", ["TOI City Desk", "Express News Service", "Star Online Report",
                                  "FP Explainers", "Guest Contributor", "Gazette readers",
                                  "Newsdesk"])
def test_a_desk_or_a_shared_account_signs_no_one(desk):
    page = _page(TEXT, f'<meta name="author" content="{desk}">')
    assert parse_html(page, second_opinions=False).byline == ()


def test_a_site_s_address_as_its_name_is_the_publisher():
    assert _publisher("TOI.in", [], "timesofindia.indiatimes.com")


def test_a_guest_writer_named_in_the_text_is_the_byline():
    page = _page(f"<p><em>Guest post by Harlan Whitby</em></p>{TEXT}",
                 '<meta name="author" content="Guest Contributor">')
    assert parse_html(page, second_opinions=False).byline == ("Harlan Whitby",)


def test_a_place_after_a_comma_with_de_is_no_second_writer():
    assert clean_byline(["Por Helena Campos, de Corumbá (MS)"]) == ("Helena Campos",)


def test_japanese_reporters_in_brackets_are_parted():
    assert clean_byline(["【井上悠、佐々木瞳"]) == ("井上悠", "佐々木瞳")


@pytest.mark.parametrize(("closing", "names"), [
    ("市は支援策を年内にまとめる方針だ。（佐々木玲）", ("佐々木玲",)),
    ("市は慎重に検討したいとしている。（報道部・阿部美和）", ("阿部美和",)),
])
def test_a_japanese_reporter_in_brackets_closing_the_story_signs_it(closing, names):
    assert opening_credit(["函館市漁協によると、水揚げ量は半分以下だ。", closing], []) == names


def test_an_agency_in_brackets_closing_the_story_is_no_reporter():
    closing = "と述べた。（共同）"
    assert opening_credit(["函館市漁協によると、水揚げ量は半分以下だ。", closing], []) == ()


def test_a_japanese_reporter_before_a_closing_date_line_signs_the_story():
    assert opening_credit(["と述べた。（阿部美和）", "2025年2月17日 20:00"], []) == ("阿部美和",)


def test_a_date_line_closing_the_text_goes():
    paragraphs = [*PARAGRAPHS, "2025年2月17日 20:00"]
    assert without_header_lines(paragraphs, "Storage plant opens", ()) == PARAGRAPHS


def test_a_japanese_label_glued_to_the_headline_is_a_kicker():
    assert is_kicker_and_title("速報日経平均、史上初の4万円台", "日経平均、史上初の4万円台")


def test_a_writer_s_name_over_their_note_closing_the_text_goes_with_it():
    paragraphs = [*PARAGRAPHS, "**Marina Teixeira**", "É jornalista e escritora."]
    assert without_author_notes(paragraphs, ("Marina Teixeira",)) == [*PARAGRAPHS,
                                                                       "**Marina Teixeira**"]


def test_a_writer_s_note_in_brackets_closing_the_text_goes():
    note = "(Hal Bracken writes from Cedar Falls. Readers may write to him at P.O. Box 14.)"
    assert without_author_notes([*PARAGRAPHS, note], ("Hal Bracken",)) == PARAGRAPHS


def test_a_clock_written_without_its_offset_gives_the_local_day():
    assert _shown_instant(["2026-04-13T02:15:00Z"], ["2026-04-12 23:15:00"]) == \
        dt.date(2026, 4, 12)


def test_a_clock_written_in_utc_without_its_offset_gives_no_other_day():
    assert _shown_instant(["2026-04-13T02:15:00Z"], ["2026-04-13 02:15:00"]) is None


def test_a_review_s_json_ld_dates_the_page():
    ld = ('<script type="application/ld+json">{"@type": "Review", "name": "Storage plant opens",'
          ' "datePublished": "2026-05-05T12:00:00Z", "dateModified": "2026-06-01T09:30:00Z"}'
          "</script>")
    page = _page(f'<time datetime="2026-06-01T09:30:00Z">Updated June 1, 2026</time>{TEXT}', ld)
    assert parse_html(page, second_opinions=False).date == dt.date(2026, 5, 5)


@pytest.mark.parametrize(("statement", "names"), [
    ("IANS New Delhi", ("IANS",)),
    ("Eric Freeman\u3000著、嶋田 健志\u3000監訳、木下 哲也\u3000訳", ("Eric Freeman",)),
])
def test_a_place_or_a_helper_beside_the_writer_is_no_name(statement, names):
    assert clean_byline([statement]) == names


def test_an_editor_after_the_writer_and_a_comma_is_no_author():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Storage '
          'plant opens", "author": [{"@type": "Person", "name": "Pauline Garnier"}, {"@type": '
          '"Person", "name": "Romain Dupuis"}]}</script>')
    page = _page(f"<p class='byline'><span>Pauline Garnier, édité par Romain Dupuis</span></p>"
                 f"{TEXT}", ld, "fr")
    assert parse_html(page, second_opinions=False).byline == ("Pauline Garnier",)


@pytest.mark.parametrize(("credit", "agency"), [("共同通信", "共同通信"), ("時事通信", "時事通信")])
def test_a_japanese_agency_named_by_json_ld_signs_the_story(credit, agency):
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Storage '
          f'plant opens", "author": {{"@type": "Organization", "name": "{credit}"}}}}</script>')
    assert parse_html(_page(TEXT, ld, "ja"), second_opinions=False).byline == (agency,)


def test_a_japanese_desk_signs_no_one():
    page = _page(TEXT, '<meta name="author" content="国際取材部">', "ja")
    assert parse_html(page, second_opinions=False).byline == ()


def test_an_agency_s_credit_in_small_letters_is_written_as_the_agency_writes_it():
    page = _page(f'{TEXT}<p class="author-footer">mit/apa</p>', lang="de")
    assert parse_html(page, second_opinions=False).byline == ("APA",)


def test_a_desk_s_byline_line_opening_the_text_goes():
    paragraphs = ["di Redazione Online", *PARAGRAPHS]
    assert without_header_lines(paragraphs, "Storage plant opens", ()) == PARAGRAPHS


def test_a_signature_in_italics_flush_right_closing_the_text_signs_it():
    page = _page(f'{TEXT}<p class="firma" style="text-align:right"><i>Marta Ricci</i></p>',
                 lang="it")
    article = parse_html(page, second_opinions=False)
    assert (article.byline, article.paragraphs[-1]) == (("Marta Ricci",), PARAGRAPHS[-1])


@pytest.mark.parametrize("label", ["I punti chiave", "Pontos-chave"])
def test_key_points_in_italian_and_portuguese_are_a_key_points_box(label):
    assert is_key_points(label, "- Il tasso scende al 3 per cento\n- La Bce attende giugno")


def test_a_standfirst_beside_the_headline_the_story_in_another_box_is_the_summary():
    deck = "Le parquet financier s’intéresse à un marché attribué en 2022."
    page = _page(f'<p class="news__heading__chapo">{deck}</p><div class="body">{TEXT}</div>',
                 lang="fr")
    article = parse_html(page, second_opinions=False)
    assert (article.summary, article.paragraphs[0]) == (deck, PARAGRAPHS[0])


def test_a_standfirst_over_a_signature_box_is_the_summary():
    deck = "Inés Moral firma un drama rural hondo y paciente, al que solo le sobra el final"
    page = _page(f'<p class="entradilla">{deck}</p><div class="firma">Por Javier Olmedo</div>'
                 f"{TEXT}", lang="es")
    assert parse_html(page, second_opinions=False).summary == deck


def test_a_summary_box_s_label_is_no_part_of_the_summary():
    deck = "Des difficultés de creusement obligent Tisséo à revoir son calendrier."
    page = _page(f'<div class="article-full__chapo"><p>L\'essentiel</p><p>{deck}</p></div>'
                 f"{TEXT}", lang="fr")
    assert parse_html(page, second_opinions=False).summary == deck


def test_a_standfirst_search_stops_at_a_japanese_paragraph_of_the_story():
    lede = "在瀋陽日本総領事館によると、電話は午前9時ごろ、学校の代表番号にかかってきた。"
    page = _page(f"<div class='article-body'><p>{lede}中国語の男の声だったという。</p>"
                 "<h2 class='article-body-subtitle'>相次ぐ事件に保護者は不安</h2>"
                 f"{TEXT}</div>", lang="ja")
    assert parse_html(page, second_opinions=False).summary != "相次ぐ事件に保護者は不安"
