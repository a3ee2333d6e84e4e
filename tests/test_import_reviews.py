"""Found on session 74's batteries of made-up pages (French, Italian and German regional
papers, South Asian and Japanese sites, US partisan outlets, reviews and columns, pages of
front-end frameworks), the story's text: lists the other extractors pass over kept through
the vote, a correction in a box of its own and the story's last paragraphs after a link card
put back, a subheading in a box of its own or marked for screen readers found, and
broadcasters' slots, petitions, shops' prices and affiliate notes left out. The fields
around the text are tested in ``test_import_reviewbylines.py``."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from explainer.importer.furniture import is_furniture
from explainer.importer.headings import subheadings, with_subheadings
from explainer.importer.opinions import voted
from explainer.importer.restore import notes_restored, restored, tail_restored
from explainer.importer.setapart import Page
from explainer.importer.summary import plain_text
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
