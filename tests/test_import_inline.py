"""Found on session 71's batteries of made-up pages (furniture set inside the story in English
and in European languages, embeds and media, WordPress themes, newsroom CMSs, how stories end
and open, stories of other shapes): agencies signing a story in its metadata or in small
letters, desks and studios, live blogs' entries, a story split into boxes around a chart, a
short sentence in a box of the story's kind, a standfirst named by ``data-qa``, a cookie
banner's headline, tables of contents, video players' titles, accordions, corrections under
their own heading, a time's local day, and the sites' lines inside and after the story."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html as lxml_html

from explainer.importer.bylinejoins import as_shown
from explainer.importer.bylinenames import clean_byline
from explainer.importer.corrections import correction_notes
from explainer.importer.customtags import aria_headings
from explainer.importer.decks import decks
from explainer.importer.furniture import ELSEWHERE, is_furniture
from explainer.importer.html import parse_html
from explainer.importer.jumplists import drop_jump_lists
from explainer.importer.mediacards import drop_video_titles
from explainer.importer.metadata import read_meta
from explainer.importer.opinions import voted
from explainer.importer.repeats import is_byline
from explainer.importer.signups import drop_walls
from explainer.importer.splitbody import _story_box, body_parts, joined_boxes
from explainer.importer.standfirst import with_standfirst
from explainer.importer.unseen import drop_unseen
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _page(header: str, head: str = "", body: str = TEXT, lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head>{head}</head><body><article><h1>Storage plant opens"
            f"</h1>{header}{body}</article></body></html>")


def _ld(author: str) -> str:
    return ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
            f'"Storage plant opens", "author": {author}}}</script>')


def test_an_agency_the_metadata_names_as_the_author_signs_the_story():
    assert parse_html(_page("", _ld('{"@type": "Organization", "name": "EFE"}')),
                      second_opinions=False).byline == ("EFE",)


def test_an_agency_named_whole_as_the_author_organisation_signs_the_story():
    assert parse_html(_page("", _ld('{"@type": "Organization", "name": "Anadolu Ajansı"}'),
                            lang="tr"), second_opinions=False).byline == ("Anadolu Ajansı",)


def test_a_publisher_the_metadata_names_as_the_author_signs_nothing():
    assert parse_html(_page("", _ld('{"@type": "Organization", "name": "Harbor Ledger"}')),
                      second_opinions=False).byline == ()


def test_a_label_s_colon_that_trafilatura_dropped_is_read_as_the_page_shows_it():
    assert as_shown("Quelle dpa", ["Quelle: dpa"]) == "Quelle: dpa"


@pytest.mark.parametrize(("statement", "names"), [
    ("Wirtschaftsredaktion 24.04.2025, 17.00 Uhr", ()),  # a desk, then the date
    ("Por Rafael Moura e Bianca Souza, RPC Foz do Iguaçu", ("Rafael Moura", "Bianca Souza")),
    ("Jane Roe and John Doe, Staff Writers", ("Jane Roe", "John Doe")),
    ("Jane Roe, John Doe and Ali Hashem", ("Jane Roe", "John Doe", "Ali Hashem")),
    ("Ban Biên Tập", ()),  # a Vietnamese site's desk
    ("Ein Bericht des Investigativteams", ()),  # a desk: the investigative team
    ("Sam Steam", ("Sam Steam",)),
    ("Article de Camille Guérin", ("Camille Guérin",)),  # MSN's "Story by" in French
    ("김민수 기자이지은 기자", ("김민수", "이지은")),  # two reporters' elements run together
    ("文：高橋彩（マネーライフ記者）", ("高橋彩",)),  # a job in brackets after the name
    ("文：高橋彩（マネーライフ記者", ("高橋彩",)),  # its bracket cut by trafilatura
    ("（田中健太記者）", ("田中健太",)),  # the whole byline in brackets stays a name
    ("Ledger Brand Studio", ()),  # the advertiser's studio
    ("dpa", ()),  # in small letters, as the fit half's answers leave it: no name
    ("AA", ("AA",)),
])
def test_the_names_a_byline_statement_gives(statement, names):
    assert clean_byline([statement]) == names


def test_a_line_of_the_byline_and_the_outlet_is_the_byline():
    assert is_byline("Von Miriam Kassel, WDR", ("Miriam Kassel",))
    assert is_byline("Por **Ana Souza**, g1 Campinas", ("Ana Souza",))


def test_a_sentence_naming_the_writer_is_no_byline_line():
    assert not is_byline("Miriam Kassel, the mayor, said it was over.", ("Miriam Kassel",))


@pytest.mark.parametrize("line", [
    "**ये भी पढ़ें:** [जयपुर मेट्रो का दूसरा चरण](https://example.com/a)",
    "**Read more from Sky News:** [Gatwick second runway approved](https://example.com/a)",
    "**Read more in Daily Meridian: [Durban's sewage crisis](https://example.com/a)**",
    "Follow AP’s coverage of Latin America at https://apnews.com/hub/latin-america",
    "For the latest news, weather, sports, and streaming video, head to KXNV 8 News.",
    "Fehler auf taz entdeckt? Wir freuen uns über eine Mail an fehlerhinweis@taz.de!",
    "Якщо ви знайшли помилку, виділіть її мишею і натисніть Ctrl+Enter.",
    "제보는 카카오톡 hanbitjebo",
    "[Ακολουθήστε τα Αθηναϊκά Νέα στο Google News](https://example.com) και μάθετε πρώτοι",
    "हमें गूगल न्यूज़ पर फॉलो करें",
    "📲 Participe do canal do g1 Campinas no WhatsApp",
    "*Get your news on the go, click here to join the IOLx News WhatsApp channel.*",
    "Would you like to comment on this article? Register (it's quick and free) or sign in now.",
    "License this article",
    "Start a Conversation",
    "Login Now!",
    "Jetzt unterstützen",
    "*Reach Brianna Cole at bcole@example.com.*",
    "This advertisement has not loaded yet, but your article continues below.",
    "skip past newsletter promotion",
    "Sie hören eine KI-generierte Version dieses Artikels.",
    "This summary was generated by AI and reviewed by an editor.",
    "Was this summary helpful? Yes No",
    "記事の要約はAIで作成しています",
    "この記事の続きは会員の方のみお読みいただけます",
    "【纠错】 【责任编辑：王芳】",
    "Video • 02:13 min",
    "Bildergalerie 6 Bilder",
    'Listen to "Storie di mare, ep. 12" on Spreaker.',
    "## Recommended",
    "### Onderwerpen",
    "Zdroj: ČTK, Zprávy Dnes",
    "Redan prenumerant? Logga in",
    "Den här artikeln ingår i Dagens Tidning Plus.",
    "Bli prenumerant",
    "Lee sin límites",
    "(Foto Ansa)",
    "1 / 3",
    "写真特集",
    "コメント151件",
    "*This content was paid for by Keystone Bank and produced by Ledger Brand Studio. The "
    "Chicago Ledger newsroom was not involved in its creation.*",
    "An dieser Stelle finden Sie einen ergänzenden externen Inhalt von Instagram. Um ihn "
    "anzuzeigen, benötigen wir Ihre Zustimmung.",
    "Damit können personenbezogene Daten an Drittplattformen übermittelt werden. Mehr dazu in "
    "unserer Datenschutzerklärung.",
])
def test_a_site_s_line_inside_or_after_the_story_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Reach the summit at dawn, the guide said.",
    "Topics in the debate were many, from rents to the ferry.",
    "The video, which lasted 2:13 minutes, was shared widely.",
    "For the latest figures, the council relied on a survey of 400 homes.",
])
def test_a_sentence_of_the_story_is_no_site_line(line):
    assert not is_furniture(line)


ENTRY = ('<div class="liveblog-entry"><div class="liveblog-meta"><time>{time}</time></div>'
         '<h3>{head}</h3><div class="liveblog-body"><p>{text}</p></div>'
         '<div class="liveblog-share"><a href="#e">Copy link</a></div></div>')


def live_blog() -> lxml_html.HtmlElement:
    entries = [ENTRY.format(time=f"0{n}:00", head=f"Update number {n}", text=text)
               for n, text in enumerate(["Polls have closed in all 41 precincts.", *PARAGRAPHS])]
    return lxml_html.fromstring(f"<html><body><article><div class='entry-content'>"
                                f"{''.join(entries)}</div></article></body></html>")


def test_a_live_blog_s_entries_are_named_by_their_class_inside_the_body_s_box():
    assert len(body_parts(live_blog())[0]) == len(PARAGRAPHS) + 1


def test_a_live_blog_s_short_entries_are_joined_after_a_pinned_summary():
    read = lambda box: box.split("<p>")[-1].split("</p>")[0]  # noqa: E731 (the entry's text)
    pinned = "**Key results:** Kwan wins the mayor's race."
    reading = "\n\n".join([pinned, PARAGRAPHS[0]])
    assert joined_boxes(reading, body_parts(live_blog()), read).split("\n\n") == [
        pinned, "Polls have closed in all 41 precincts.", *PARAGRAPHS]


def test_a_box_of_the_story_s_kind_that_the_reading_lacks_is_put_back_in_its_place():
    boxes = [f'<div class="RichText"><p>{p}</p></div>' for p in PARAGRAPHS]
    last = "Experts expect rents to keep rising in 2025 because building lags far behind."
    read = lambda box: box.split("<p>")[-1].split("</p>")[0]  # noqa: E731
    reading = "\n\n".join(["## A heading the boxes lack", *PARAGRAPHS])
    assert joined_boxes(reading, [[*boxes, f'<div class="RichText"><p>{last}</p></div>']],
                        read).split("\n\n")[-2:] == [PARAGRAPHS[-1], last]


def test_a_box_the_reading_lacks_with_no_box_held_before_it_stays_out():
    read = lambda box: box.split("<p>")[-1].split("</p>")[0]  # noqa: E731
    first = "Experts expect rents to keep rising in 2025 because building lags far behind."
    boxes = [f'<div class="RichText"><p>{p}</p></div>' for p in [first, *PARAGRAPHS]]
    reading = "\n\n".join(["## A heading the boxes lack", *PARAGRAPHS])
    assert joined_boxes(reading, [boxes], read) == reading


KIND = ("p", "div", "block-content", "block text")
STORY = ["The council voted on Tuesday to close the old bridge for repairs.",
         "Engineers found cracks in two of its piers during an inspection in May."]


def test_a_short_sentence_in_another_box_of_the_story_s_kind_survives_the_vote():
    paragraphs = [*STORY, "Parliament debates the budget next week."]
    boxes = [(KIND, object()) for _ in paragraphs]
    assert voted(paragraphs, [" ".join(STORY)], boxes=boxes) == (paragraphs, [])


def test_a_sentence_ended_by_a_danda_is_running_text():
    paragraphs = [*STORY, "बजट भाषण के बाद सेंसेक्स 600 अंक चढ़ गया।"]
    boxes = [(KIND, object()) for _ in paragraphs]
    assert voted(paragraphs, [" ".join(STORY)], boxes=boxes) == (paragraphs, [])


def test_a_correction_under_its_own_heading_survives_the_vote():
    note = ["### Fe de errores", "Una versión anterior de esta información atribuía el voto "
            "en contra al Partido Popular. Fue Vox quien votó en contra."]
    assert voted([*STORY, *note], [" ".join(STORY)])[1] == []


def test_a_correction_s_heading_marks_the_paragraph_under_it_only():
    assert correction_notes(["### Correction", "An earlier version misspelt a name.",
                             "The council meets again in June."]) == [True, True, False]


def _tree(markup: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f"<html><body>{markup}</body></html>")


DECK = "The change, which takes effect in July, will mean no rider pays more than $38."


def test_a_standfirst_named_by_data_qa_is_found_under_a_boxed_headline():
    tree = _tree(f'<div><h1>Metro caps weekly fares</h1></div><div data-qa="subheadline">{DECK}'
                 f"</div>{TEXT}")
    assert decks(tree) == [DECK]


def test_a_cookie_banner_s_headline_and_text_hide_no_standfirst():
    banner = ('<div id="didomi-popup"><h1 class="didomi-popup-notice-title">Your privacy</h1>'
              f"<p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p></div>")
    tree = _tree(f'{banner}<h1>Metro caps weekly fares</h1><h2 class="deck">{DECK}</h2>{TEXT}')
    assert decks(tree) == [DECK]


def test_a_standfirst_the_reading_put_after_the_lede_leaves_the_text():
    summary, text = with_standfirst(DECK, [DECK], [PARAGRAPHS[0], DECK, *PARAGRAPHS[1:]])
    assert (summary, text) == (DECK, PARAGRAPHS)


def test_a_lede_that_is_the_standfirst_stays():
    assert with_standfirst(DECK, [DECK], [DECK, *PARAGRAPHS])[1] == [DECK, *PARAGRAPHS]


def test_a_table_of_contents_goes_with_every_box_that_holds_only_it_and_its_heading():
    tree = _tree('<div class="entry-content"><p>Intro of the story, long enough.</p>'
                 '<div class="wp-block-rank-math-toc-block"><h2>Table of Contents</h2><nav><ul>'
                 '<li><a href="#a">What changed</a></li><li><a href="#b">Who pays</a></li>'
                 "</ul></nav></div><h2 id='a'>What changed</h2><p>Text.</p></div>")
    drop_jump_lists(tree)
    assert "Table of Contents" not in tree.text_content()
    assert "Intro of the story" in tree.text_content()


def test_a_video_player_s_title_and_length_are_dropped_not_a_video_page_s_headline():
    tree = _tree('<h1 class="video-title">Floods in Lismore</h1><div class="video-resource">'
                 '<h3 class="video-resource__headline-text">Hazy skies over the city</h3>'
                 '<span class="video-duration">02:13</span></div><p>The story.</p>')
    drop_video_titles(tree)
    assert [e.text_content() for e in tree.iter("h1", "h3", "span", "p")] == [
        "Floods in Lismore", "The story."]


def test_an_accordion_s_question_in_a_button_is_its_heading_s_text():
    tree = aria_headings(_tree('<h3 class="accordion-header"><button class="accordion-button">'
                               "How long should I boil water?</button></h3>"))
    assert tree.xpath("//h3")[0].text_content() == "How long should I boil water?"
    assert not tree.xpath("//button")


def test_the_day_the_only_time_shows_is_the_local_day_of_the_metadata_s_utc_time():
    stamp = "2024-06-02T22:48:00Z"
    head = (f'<meta property="article:published_time" content="{stamp}">'
            f'<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": '
            f'"{stamp}"}}</script>')
    page = (f"<html lang='de'><head>{head}</head><body><article><h2>Hochwasser an der Donau"
            f"</h2><div><time datetime='{stamp}'>03.06.2024, 00.48 Uhr</time></div>{TEXT}"
            "</article></body></html>")
    assert parse_html(page, second_opinions=False).date == dt.date(2024, 6, 3)


def test_a_danish_update_s_time_is_no_publication_date():
    page = _page('<p><time datetime="2026-03-10T06:12:00Z">Opdateret 10. mar. 2026 kl. 07.12'
                 '</time> <time datetime="2026-03-09T05:00:00Z">9. mar. 2026</time></p>',
                 _ld('{"@type": "Person", "name": "Mette Holm"}').replace(
                     '"author"', '"datePublished": "2026-03-09T05:00:00Z", "author"'), lang="da")
    assert parse_html(page, second_opinions=False).date == dt.date(2026, 3, 9)


def test_a_bold_name_in_a_paragraph_named_for_a_signature_signs_the_story():
    page = _page("", body=TEXT + '<p class="article-signature"><strong>Sophie Lambert</strong></p>',
                 lang="fr")
    assert parse_html(page, second_opinions=False).byline == ("Sophie Lambert",)



def test_a_teaser_s_text_cut_with_an_ellipsis_is_not_put_back_after_the_story():
    read = lambda box: box.split("<p>")[-1].split("</p>")[0]  # noqa: E731
    teaser = ("Source: Volodymyr Zelensky Ukrainian president Volodymyr Zelensky addressed the "
              "morning missile and drone assault on…")
    boxes = [f'<div class="post-content"><p>{p}</p></div>' for p in [*PARAGRAPHS, teaser]]
    reading = "\n\n".join(["## A heading the boxes lack", *PARAGRAPHS])
    assert joined_boxes(reading, [boxes], read) == reading


HEADLINE = "Ancona loses its ferry line to Greece over rising costs"


def _titled(title: str, header: str, head: str = "") -> str:
    return (f"<html lang='it'><head><title>{title}</title>{head}</head><body><article>"
            f"<h1>{HEADLINE}</h1>{header}{TEXT}</article></body></html>")


def test_the_site_the_title_names_after_the_headline_is_no_writer():
    page = _titled(f"{HEADLINE} - Corriere dell’Adriatico",
                   '<span class="writer">di <a href="/autori/mr">Marco Rinaldi</a></span>',
                   '<meta name="author" content="Corriere dell’Adriatico">')
    assert parse_html(page, second_opinions=False).byline == ("Marco Rinaldi",)


def test_a_blog_s_title_naming_the_writer_after_the_headline_keeps_the_writer():
    page = _titled(f"{HEADLINE} – Jane Roe", '<p class="byline">By Jane Roe</p>',
                   '<meta name="author" content="Jane Roe">')
    assert parse_html(page, second_opinions=False).byline == ("Jane Roe",)


def test_a_drop_cap_s_letter_for_screen_readers_stays_with_its_word():
    opening = ('<p><span class="drop-cap" aria-hidden="true">T</span><span class="sr-only">T'
               "</span>he first sign was the sound of the pumps stopping in the night.</p>")
    article = parse_html(_page("", body=opening + TEXT), second_opinions=False)
    assert article.paragraphs[0].startswith("The first sign")


def test_a_screen_reader_s_label_still_goes():
    tree = _tree('<p><span class="sr-only">Author, </span>Jane Roe</p>')
    assert drop_unseen(tree).xpath("//p")[0].text_content() == "Jane Roe"


def test_a_blog_s_name_as_its_headline_gives_no_site_from_its_post_s_title():
    page = ("<html><head><title>Jane's notes - Ancona loses its ferry line to Greece over "
            "rising costs</title></head><body><h1>Jane's notes</h1><article>"
            f"{TEXT}</article></body></html>")
    assert read_meta(page).title_site == ""


def test_the_title_s_site_is_read_only_where_the_page_names_no_other():
    page = _titled(f"{HEADLINE} - Corriere dell’Adriatico", "",
                   '<meta property="og:site_name" content="Corriere Adriatico">')
    assert read_meta(page).title_site == ""
    assert read_meta(_titled(f"{HEADLINE} - Corriere dell’Adriatico", "")).title_site == (
        "Corriere dell’Adriatico")


def test_a_hindi_pointer_s_label_ends_at_its_vowel_sign():
    assert ELSEWHERE.search("**ये भी पढ़ें:** [जयपुर मेट्रो](https://example.com/a)")


def test_boxes_named_rich_text_are_the_story_s_boxes():
    tree = _tree("".join(f'<div class="RichText RichText--iconLinks"><p>{p}</p></div>'
                         for p in PARAGRAPHS))
    assert len(body_parts(tree)[0]) == len(PARAGRAPHS)


def test_a_live_entry_ended_by_a_danda_is_a_story_box():
    assert _story_box("वित्त मंत्री ने संसद में बजट भाषण पढ़ना शुरू किया।", live=True)


def test_a_swedish_wall_among_the_story_s_paragraphs_goes():
    wall = ('<div class="article__premium-content paywall"><h3>Läs vidare</h3><p>Den här '
            "artikeln ingår i Dagens Tidning Plus.</p><p>Redan prenumerant? Logga in</p></div>")
    tree = _tree(f"<article>{TEXT}{wall}<p>{PARAGRAPHS[0]}</p></article>")
    assert "Dagens Tidning Plus" not in drop_walls(tree).text_content()
