"""Who wrote a page and what it is called, as pages write them: a beat's job in title case
after the name, names with particles linked side by side, a writer named only in a note that
closes the text, a Chinese page's editor beside its reporters; a metadata headline cut off,
set in capitals or written in another script than the ``<h1>``; a label set over the headline
and a list of jumps to places on the page left out of the text."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from explainer.importer.bylinejoins import names_apart
from explainer.importer.bylinenames import clean_byline
from explainer.importer.clean import choose_title
from explainer.importer.credits import noted_author, without_author_notes
from explainer.importer.headlines import kicker_over
from explainer.importer.html import parse_html
from explainer.importer.jumplists import drop_jump_lists
from tests.test_import_html import PARAGRAPHS


def test_a_beats_job_in_title_case_after_the_name_is_no_second_name():
    assert clean_byline(["By Harriet Brookes, Local Democracy Reporter"]) == (
        "Harriet Brookes",)


def test_a_second_name_after_the_comma_stays():
    assert clean_byline(["By Harriet Brookes, Tom Ellis"]) == ("Harriet Brookes", "Tom Ellis")


def test_names_with_particles_linked_side_by_side_are_parted():
    box = lxml_html.fromstring('<div><a href="/author/tn">Thabo Nkosi</a>'
                               '<a href="/author/lvdm">Lindiwe van der Merwe</a></div>')
    assert names_apart(box, box.text_content()) == "Thabo Nkosi, Lindiwe van der Merwe"


def test_a_note_closing_the_text_names_its_writer():
    text = [*PARAGRAPHS, "*— Fiona McAllister is a health reporter for the Borders Herald*"]
    assert noted_author(text) == ("Fiona McAllister",)


def test_a_closing_sentence_about_someone_else_names_no_writer():
    text = [*PARAGRAPHS, "Mark Hughes is a local councillor who has opposed the plan."]
    assert noted_author(text) == ()


def test_the_note_opened_by_a_dash_leaves_the_text():
    note = "*— Fiona McAllister is a health reporter for the Borders Herald*"
    assert without_author_notes([*PARAGRAPHS, note], ("Fiona McAllister",)) == PARAGRAPHS


def test_a_page_naming_its_writer_only_in_a_closing_note_is_signed_by_them():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = ("<html><head><title>Towns agree plan for new river bridge</title></head><body>"
            f"<article><h1>Towns agree plan for new river bridge</h1>{body}"
            "<p><em>— Fiona McAllister is a local government reporter for the Gazette</em>"
            "</p></article></body></html>")
    article = parse_html(page)
    assert article.byline == ("Fiona McAllister",)
    assert not any("Fiona McAllister" in p for p in article.paragraphs)


def _chinese_page(authors: str) -> str:
    text = "".join(f"<p>{p}</p>" for p in [
        "杭州市运河沿线的夜跑步道今天正式开放，全长十二公里，沿途设置了智能照明系统。",
        "沿线还新增了八处饮水点和四个驿站，方便市民在夜间锻炼时休息和补充水分。",
        "市民张先生说，以前晚上跑步只能在马路边，现在终于有了专门的步道，安全多了。"])
    return ('<html lang="zh"><head><title>运河夜跑步道正式开放</title>'
            '<meta name="author" content="张敏"><script type="application/ld+json">'
            f'{{"@type": "NewsArticle", "author": [{authors}]}}</script></head><body>'
            f"<article><h1>运河夜跑步道正式开放</h1>{text}"
            '<p class="editor">（编辑：张敏）</p></article></body></html>')


def test_a_chinese_pages_editor_beside_its_reporters_is_no_author():
    page = _chinese_page(", ".join(f'{{"@type": "Person", "name": "{name}"}}'
                                   for name in ("王丽", "李强", "张敏")))
    assert parse_html(page).byline == ("王丽", "李强")


def test_a_chinese_pages_editor_alone_is_taken_for_its_author():
    assert parse_html(_chinese_page('{"@type": "Person", "name": "张敏"}')).byline == ("张敏",)


def _title(meta: str, h1: str) -> str:
    return choose_title([], [meta], [h1], "", [], "")


def test_a_metadata_headline_cut_in_a_word_gives_way_to_the_whole_h1():
    h1 = "La SNCB supprimera une centaine de trains par jour à Bruxelles cet été"
    assert _title(h1[:-6], h1) == h1


def test_a_shorter_metadata_headline_ending_on_a_whole_word_is_kept():
    h1 = "Towns agree plan for new river bridge after ten years of talks"
    assert _title("Towns agree plan for new river bridge", h1) == (
        "Towns agree plan for new river bridge")


def test_a_metadata_headline_in_capitals_takes_the_h1s_case():
    h1 = "Flood defences at Tewkesbury will not be finished until 2027"
    assert _title(h1.upper(), h1) == h1


def test_a_latin_metadata_headline_gives_way_to_an_h1_in_another_script():
    h1 = "जयपुर में पुराने बाज़ारों की छतों पर लगेंगे सोलर पैनल"
    assert _title("Solar panels to come up on roofs of Jaipur old markets", h1) == h1


def test_the_label_set_over_the_headline_is_read():
    tree = lxml_html.fromstring('<div><p class="cat">Research news</p><h1>Young sharks use '
                                "the bay as a nursery</h1><p>Text.</p></div>")
    assert kicker_over(tree) == "Research news"


def test_a_sentence_before_the_headline_is_no_label():
    tree = lxml_html.fromstring("<div><p>Read this first.</p><h1>Young sharks use the bay as "
                                "a nursery</h1></div>")
    assert kicker_over(tree) == ""


def test_the_label_over_the_headline_leaves_the_text():
    body = "".join(f'<p class="body-text">{p}</p>' for p in PARAGRAPHS)
    page = ("<html><head><title>ICMR | Towns agree plan for new river bridge</title></head>"
            '<body><div class="wrap"><div class="news-head"><p class="news-cat">Research news'
            "</p><h1>Towns agree plan for new river bridge</h1><ul class='info'><li>09 July 2024"
            f"</li></ul></div><div class='news-content'>{body}</div></div></body></html>")
    assert parse_html(page).paragraphs[0] == PARAGRAPHS[0]


def _jumps(inside: str) -> str:
    tree = lxml_html.fromstring(f"<div>{inside}<p>{PARAGRAPHS[0]}</p></div>")
    return lxml_html.tostring(drop_jump_lists(tree), encoding="unicode")


def test_a_box_of_jumps_to_places_on_the_page_goes_with_its_heading():
    box = ('<div class="key"><h2>Key events</h2><ul><li><a href="#post-1"><span>16:45</span> '
           'Supply to return</a></li><li><a href="#post-2">Tankers added</a></li></ul></div>')
    assert _jumps(box) == f"<div><p>{PARAGRAPHS[0]}</p></div>"


def test_footnotes_linking_back_stay():
    notes = ('<ol><li>Council minutes, 3 March. <a href="#ref-1">↩</a></li>'
             '<li>Budget paper, p. 12. <a href="#ref-2">↩</a></li></ol>')
    assert "Council minutes" in _jumps(notes)


def test_a_list_of_links_to_other_pages_stays():
    links = '<ul><li><a href="/a">First story</a></li><li><a href="/b">Second</a></li></ul>'
    assert "First story" in _jumps(links)


@pytest.mark.parametrize("written", ["About the author", "Über die Autorin", "Par La rédaction",
                                     "La rédaction 28 mai 2024 à 17h45", "編集部"])
def test_a_desk_or_an_author_boxs_heading_names_no_one(written):
    assert clean_byline([written]) == ()


def test_a_desk_beside_a_writer_leaves_the_writer():
    assert clean_byline(["By Jane Roe, La rédaction"]) == ("Jane Roe",)


@pytest.mark.parametrize("written", [
    "Marek Novák · Aus dem Tschechischen übersetzt von Lena Huber",
    "Marek Novák; translated by Lena Huber"])
def test_the_translator_after_the_writer_is_no_author(written):
    assert clean_byline([written]) == ("Marek Novák",)


def test_a_table_of_contents_goes_with_its_title_paragraph():
    box = ('<div class="toc"><p class="toc-title">Sommaire</p><ol><li><a href="#s0">Où en '
           'est le réseau ?</a></li><li><a href="#s1">Les inquiétudes</a></li></ol></div>')
    assert _jumps(box) == f"<div><p>{PARAGRAPHS[0]}</p></div>"


def test_an_h1_running_the_sites_name_on_is_no_whole_headline():
    meta = "Anticorrupción decidirá en Madrid si recurre la imputación de la Infanta"
    assert _title(meta, f"{meta}Ultima Hora Mallorca") == meta
