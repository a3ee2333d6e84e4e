"""Found on session 74's batteries of made-up pages (French, Italian and German regional
papers, South Asian and Japanese sites, US partisan outlets, reviews and columns, pages of
front-end frameworks): lists the other extractors pass over kept through the vote, a
correction in a box of its own and the story's last paragraphs after a link card put back,
a subheading in a box of its own or marked for screen readers found, broadcasters' slots,
petitions, shops' prices and affiliate notes left out, desks and columns that sign no one,
a guest writer named in the text, a Japanese reporter in brackets closing the story, and the
local day of a clock written without its offset."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html as lxml_html

from explainer.importer.bylinenames import clean_byline
from explainer.importer.bylines import _publisher
from explainer.importer.credits import without_author_notes
from explainer.importer.furniture import is_furniture
from explainer.importer.headings import subheadings, with_subheadings
from explainer.importer.html import parse_html
from explainer.importer.keypoints import is_key_points
from explainer.importer.opinions import voted
from explainer.importer.pagedates import _shown_instant
from explainer.importer.repeats import is_kicker_and_title, without_header_lines
from explainer.importer.restore import notes_restored, restored, tail_restored
from explainer.importer.setapart import Page
from explainer.importer.summary import plain_text
from explainer.importer.wirecredits import opening_credit
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
STORY = ["The council voted on Tuesday to close the old bridge for repairs.",
         "Engineers found cracks in two of its piers during an inspection in May."]
READING = " ".join(STORY)
KIND = ("p", "div", "", "article-body")
BODY, SOURCES = object(), object()  # the story's box, and a box of its own after it
LIST_KIND = ("ul", "div", "", "article-body")


def _page(body: str, head: str = "", lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head><title>Storage plant opens</title>{head}</head><body>"
            f"<article><h1>Storage plant opens</h1>{body}</article></body></html>")


def test_a_plain_list_after_a_kept_paragraph_in_its_box_survives_the_vote():
    listed = "- Diabetes and other chronic conditions\n- Chronic kidney disease"
    paragraphs = [*STORY, listed]
    boxes = [(KIND, BODY)] * 2 + [(LIST_KIND, BODY)]
    assert voted(paragraphs, [READING], boxes=boxes) == (paragraphs, [])


def test_a_list_and_its_lead_in_between_kept_paragraphs_survive_the_vote():
    lead = "The network is made of three lines, two thousand kilometres long:"
    listed = "1. Sokhna to Alamein and Matrouh.\n2. October City to Luxor and Aswan."
    paragraphs = [STORY[0], lead, listed, STORY[1]]
    boxes = [(KIND, BODY), (KIND, BODY), (LIST_KIND, BODY), (KIND, BODY)]
    assert voted(paragraphs, [READING], boxes=boxes) == (paragraphs, [])


def test_a_list_under_a_subheading_after_the_story_survives_the_vote():
    listed = "- Civil protection office: 010 5570 333\n- Local police: 010 5570"
    paragraphs = [*STORY, "### Useful numbers", listed]
    boxes = [(KIND, BODY)] * 2 + [(("h3", "div", "", "article-body"), BODY), (LIST_KIND, BODY)]
    assert voted(paragraphs, [READING], boxes=boxes) == (paragraphs, [])


def test_a_sources_list_in_a_box_of_its_own_is_voted_on():
    listed = "- Robert Koch Institute, epidemiological bulletin\n- German Dermatology Society"
    paragraphs = [*STORY, "### Sources", listed]
    boxes = [(KIND, BODY)] * 2 + [(("h3", "div", "", "sources"), SOURCES),
                                  (("ul", "div", "", "sources"), SOURCES)]
    assert voted(paragraphs, [READING], boxes=boxes)[1] == ["### Sources", listed]


@pytest.mark.parametrize("listed", [
    "- Facebook\n- Twitter\n- Email\n- WhatsApp",  # share buttons: one word each
    "- [Bridge closed for a week](https://example.com/a)\n- [Ferry back](https://example.com/b)",
])
def test_a_list_of_buttons_or_links_after_the_story_is_voted_on(listed):
    boxes = [(KIND, BODY)] * 2 + [(LIST_KIND, BODY)]
    assert voted([*STORY, listed], [READING], boxes=boxes)[1] == [listed]


def test_a_paragraph_opening_with_a_bold_label_is_running_text_for_the_vote():
    line_up = "**Kelbury Town:** Fenwick, Ashby, Kerrigan, Mills, Patel, Hurst. Subs: Blake."
    boxes = [(KIND, BODY)] * 3
    assert voted([*STORY, line_up], [READING], boxes=boxes) == ([*STORY, line_up], [])


def test_a_correction_in_a_box_of_its_own_in_the_story_is_put_back():
    note = "Correction: The committee vote was 41-17, not 41-16."
    page = Page(_page(f'<section class="gh-content">{TEXT}<div class="kg-callout-card">'
                      f'<div class="kg-callout-emoji">!</div><div class="kg-callout-text">{note}'
                      f"</div></div></section>"))
    assert notes_restored(list(PARAGRAPHS), page, None, plain_text) == [*PARAGRAPHS, note]


def test_a_correction_outside_the_story_s_box_is_not_put_back():
    note = "Correction: An earlier version of another story misnamed the mayor."
    page = Page(_page(f'<div class="body">{TEXT}</div><div class="rail"><div><div><p>{note}'
                      "</p></div></div></div>"))
    assert notes_restored(list(PARAGRAPHS), page, None, plain_text) == PARAGRAPHS


def test_the_story_s_last_paragraphs_after_a_link_card_are_put_back():
    card = '<a href="/other" class="my-6 flex"><span>Read also</span><span>Other</span></a>'
    boxes = "".join(f'<div class="mt-5 font-serif">{p}</div>' for p in PARAGRAPHS)
    rest = '<div class="mt-5 font-serif">The tolls will be reviewed after five years.</div>'
    page = Page(_page(f"<div>{boxes}{card}{rest}</div>"))
    assert tail_restored(list(PARAGRAPHS), page, None, plain_text)[-1] == \
        "The tolls will be reviewed after five years."


def test_a_paragraph_after_the_story_with_no_card_between_is_not_put_back():
    boxes = "".join(f'<div class="mt-5">{p}</div>' for p in PARAGRAPHS)
    rest = '<div class="mt-5">Der Artikel geht nach der Anzeige weiter</div>'
    page = Page(_page(f"<div>{boxes}{rest}</div>"))
    assert tail_restored(list(PARAGRAPHS), page, None, plain_text) == PARAGRAPHS


def test_a_caption_after_a_picture_past_the_card_is_not_put_back():
    boxes = "".join(f'<p class="t">{p}</p>' for p in PARAGRAPHS)
    rest = ('<a href="/x">Read also</a><img src="a.jpg"><p class="t">The old bridge, seen from '
            "the north bank in 1950</p>")
    page = Page(_page(f"<div>{boxes}{rest}</div>"))
    assert tail_restored(list(PARAGRAPHS), page, None, plain_text) == PARAGRAPHS


def test_a_box_of_another_kind_after_the_story_is_not_put_back():
    rest = '<div class="author-bio">Jane Roe covers the river towns for the paper.</div>'
    boxes = "".join(f'<div class="mt-5">{p}</div>' for p in PARAGRAPHS)
    page = Page(_page(f"<div>{boxes}{rest}</div>"))
    assert tail_restored(list(PARAGRAPHS), page, None, plain_text) == PARAGRAPHS


def test_a_subheading_in_a_box_of_its_own_is_put_back_before_its_section():
    first = "The snow closed the motorway between the two cities for most of the day."
    second = "Trains ran again by the evening, the operator said in a statement."
    tree = lxml_html.fromstring(
        f'<html><body><div class="body"><div class="body-text"><p>{first}</p></div></div>'
        f'<div class="body"><div class="body-title"><h2>Traffic disrupted</h2></div>'
        f'<div class="body-text"><p>{second}</p><p>More later.</p></div></div></body></html>')
    assert with_subheadings([first, second], subheadings(tree)) == \
        [first, "## Traffic disrupted", second]


def test_a_subheading_put_back_is_marked_as_the_text_marks_its_level():
    first, second = STORY
    middle = "The repairs will take two years and cost the towns four million euros."
    tree = lxml_html.fromstring(
        f"<html><body><div><p>{first}</p><h2>What the engineers found</h2><p>{middle}</p>"
        f"<div class='sub'><h2>Who pays</h2></div><p>{second}</p></div></body></html>")
    text = [first, "### What the engineers found", middle, second]
    assert with_subheadings(text, subheadings(tree))[3] == "### Who pays"


def test_a_heading_that_is_mostly_a_link_is_no_subheading():
    tree = lxml_html.fromstring('<html><body><h4>Read more: <a href="/x">Apple and Google are '
                                "playing catch-up</a></h4><p>The keynote ran long.</p>"
                                "</body></html>")
    assert subheadings(tree) == []


def test_a_heading_that_is_a_link_alone_is_a_subheading():
    tree = lxml_html.fromstring('<html><body><h2><a href="https://isbgpsafeyet.com">Is BGP safe '
                                "yet? No.</a></h2><p>Did you know the internet is held together."
                                "</p></body></html>")
    assert [h.text for h in subheadings(tree)] == ["Is BGP safe yet? No."]


def test_a_box_marked_as_a_second_level_heading_is_a_subheading():
    tree = lxml_html.fromstring(
        '<html><body><div role="heading" aria-level="2"><span>Vendor blames </span>'
        "<span>traffic spike</span></div><p>The vendor said the app was overwhelmed.</p>"
        "</body></html>")
    assert [h.text for h in subheadings(tree)] == ["Vendor blames traffic spike"]


def test_a_box_marked_as_a_fourth_level_heading_is_no_subheading():
    tree = lxml_html.fromstring('<html><body><div role="heading" aria-level="4">Specs:</div>'
                                "<p>Weight: 1.2 kilograms, battery: ten hours.</p></body></html>")
    assert subheadings(tree) == []


def test_a_list_put_back_brings_its_subheading():
    listed = ("<ul><li>Trapping of 18 drains that discharge sewage</li>"
              "<li>Upgrading 12 plants to the new standards</li></ul>")
    page = Page(_page(f"<div><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><h2>What the plan "
                      f"includes</h2>{listed}<p>{PARAGRAPHS[2]}</p></div>"))
    assert restored(list(PARAGRAPHS[:3]), page, None, plain_text)[2:4] == [
        "## What the plan includes",
        "- Trapping of 18 drains that discharge sewage\n- Upgrading 12 plants to the new standards"]


@pytest.mark.parametrize("line", [
    "Dieses Thema im Programm: MDR THÜRINGEN - Das Radio | Nachrichten | 03. Dezember 2025 | "
    "12:00 Uhr",
    "NDR 1 Niedersachsen \\| Aktuell \\| 10.01.2025 \\| 08:00 Uhr",
    "Über dieses Thema berichten wir am 24.09.2025 auch im WDR Fernsehen: Lokalzeit aus Köln, "
    "19.30 Uhr.",
    "Tell Congress: Hands off Social Security. Add your name now.",
    "**RELATED — Cartels Shift Smuggling Routes as Crossings Plunge**",
    "Catch all the Business News, Market News, Breaking News Events and Latest News Updates "
    "on Live Mint. Download The Mint News App to get Daily Market Updates.",
    "Subscribe to Mint Newsletters",
    "$899 at Corvid",
    "549 € chez Boulanger",
    "Este post contém links de afiliados. Se você reservar por eles, ganhamos uma comissão.",
    "Have an opinion? Send a letter to the editor of up to 250 words to letters@example.com.",
    "[The Indian Express](https://indianexpress.com/)",
    "## Discover more web stories",
    "### Mais lidas",
    "Más notas de Gastronomía",
    "会員限定",
    "ニュースをもっと読むなら北海道新聞デジタル。初月無料キャンペーン実施中",
    "1456文字",
    "スポンサーリンク",
    "PR",
    "有料",
    "日経電子版 有料会員なら、すべての記事が読み放題",
    "この記事は読者会員限定です",
    "朝と夕方の１日２回、注目ニュースをまとめてお届けします。",
    "動画の再生には時間がかかる場合があります",
    "**Lisez « Montréal : les incendies de balcons en hausse depuis le début de l’été »**",
    "Commentaires fermés",
    "[Voir les commentaires](#comments)",
    "Annonce",
    "Ce contenu a été publié le 12 juin 2024 - 15:42",
])
def test_a_site_s_line_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Related to the case, the court heard from three witnesses.",
    "More — and better — buses are promised for the spring.",
    "The shop sold it for $899 at first, then cut the price twice.",
    "[The report](https://example.com/report.pdf)",
    "The programme was broadcast on Tuesday | and repeated on Friday.",
    "PR会社が発表した。",
    "Lisez le rapport, disait-elle, avant de juger.",
])
def test_a_sentence_like_a_site_s_line_is_no_furniture(line):
    assert not is_furniture(line)


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
