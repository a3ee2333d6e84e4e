"""Found on session 67's batteries of made-up pages: byline boxes whose parts the reading runs
together (a name and a job, a place and a date), writers' boxes side by side, the site's
initials before an agency's name, a byline in a list's only item under the headline, labels
written for screen readers only, buttons, an agency's code of two capitals, outlets and the
rest of jobs read as names, the photographer's label, and the credit lines that close a
story (its writer's "Story by", Indonesian labels, a broadcast crew's)."""

from __future__ import annotations

from lxml import html as lxml_html

from explainer.importer.authorboxes import (
    buttons_joined,
    byline_roles,
    hidden_labels,
    unlabelled_by,
    without_labels,
)
from explainer.importer.bylinejoins import as_shown, names_apart
from explainer.importer.bylinenames import clean_byline
from explainer.importer.bylinetails import initials, without_site_name
from explainer.importer.credits import is_credit_line, reporters
from explainer.importer.fallbacks import _labelled_lines
from explainer.importer.html import parse_html
from explainer.importer.metadata import read_meta
from tests.test_import_html import PARAGRAPHS

TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
HEADLINE = "Weekend closures ahead as the bridge's signals are replaced"


def _page(header: str, head: str = "") -> str:
    return (f"<html><head>{head}</head><body><h1>{HEADLINE}</h1>{header}{TEXT}</body></html>")


def _element(markup: str):
    return lxml_html.fragment_fromstring(markup)


def test_a_name_run_into_the_job_below_it_is_read_apart_from_the_next_line_s_words():
    box = _element("<div class='author-information'><div class='author-info'><a>Jessica Tierney"
                   "</a><span class='author-title'>Court and crime reporter</span></div><div "
                   "class='author-info'><span>and</span> <a>Liam Brogan</a></div></div>")
    assert names_apart(box, "Jessica TierneyCourt and crime reporter") == "Jessica Tierney"


def test_trafilatura_s_names_after_the_first_writer_s_job_are_kept_when_shown():
    assert as_shown("Jessica Tierney Court; Crime Reporter; Liam Brogan",
                    ["Jessica Tierney", "Liam Brogan"]) == "Jessica Tierney, Liam Brogan"


def test_trafilatura_s_words_after_the_job_that_the_page_shows_as_no_writer_are_left():
    assert as_shown("Jessica Tierney Court; Crime Reporter; Metro Desk",
                    ["Jessica Tierney"]) == "Jessica Tierney"


def test_writers_boxes_side_by_side_each_give_a_writer():
    box = ("<div class='styles_BylineContainer'>" + "".join(
        f"<div class='styles_Byline'><a class='styles_Byline__Author'>{name}</a>,"
        "<span class='styles_Byline__Title'>Patch Staff</span></div>"
        for name in ("Tomás Grijalva", "Renee Kowal")) + "</div>")
    assert parse_html(_page(box), second_opinions=False).byline == ("Tomás Grijalva",
                                                                    "Renee Kowal")


def test_a_box_beside_the_byline_that_names_no_one_is_not_joined_to_it():
    box = ("<div class='meta'><span class='byline'>By Renee Kowal</span>"
           "<span class='byline'>Updated 5:00 p.m.</span></div>")
    assert read_meta(_page(box)).visible_authors[:1] == ["Renee Kowal"]


def test_the_site_s_initials_before_an_agency_s_name_are_the_site_s():
    assert without_site_name("OLJ / AFP", ["L'Orient-Le Jour"]) == "AFP"


def test_initials_that_are_not_the_site_s_are_kept():
    assert without_site_name("AB / AFP", ["L'Orient-Le Jour"]) == "AB / AFP"


def test_a_site_s_initials_are_read_with_and_without_an_elided_article():
    assert initials("L'Orient-Le Jour") == {"LOLJ", "OLJ"}


def test_a_place_s_element_in_a_byline_box_is_no_writer():
    box = ("<div class='content-author-date'><span class='content-location'>ANKARA</span>"
           "<span class='content-date'>March 20 2024 10:41:00</span></div>")
    assert parse_html(_page(box), second_opinions=False).byline == ()


def test_a_name_whose_class_holds_city_inside_a_word_is_no_place():
    box = _element("<div class='byline'><a class='name u-opacity-80'>Paul Wiseman</a>"
                   "<a class='name'>Fatima Hussein</a></div>")
    assert names_apart(box, "Paul WisemanFatima Hussein") == "Paul Wiseman, Fatima Hussein"


def test_a_byline_in_a_list_s_only_item_under_the_headline_is_read():
    page = _page("<div class='name'><ul><li>By Lin Chia-nan / Staff reporter</li></ul></div>")
    assert parse_html(page, second_opinions=False).byline == ("Lin Chia-nan",)


def test_a_byline_in_a_list_s_only_item_after_the_story_s_paragraphs_is_a_teaser_s():
    page = (f"<html><body><h1>{HEADLINE}</h1>{TEXT}<ul><li>By Lin Chia-nan</li></ul>"
            "</body></html>")
    assert read_meta(page).labelled_authors == []


BBC_BOX = ("<div class='bbc-byline'><ul><li class='byline-name'><span class='visually-hidden'>"
           "Author, </span><span>Nilufar Rostami</span></li><li class='byline-role'><span "
           "class='visually-hidden'>Role, </span><span>BBC Persian</span></li></ul></div>")


def test_a_byline_box_s_labels_for_screen_readers_are_found():
    assert hidden_labels(lxml_html.fromstring(_page(BBC_BOX))) == ["Author", "Role"]


def test_a_shown_byline_leaves_its_label_for_screen_readers():
    assert read_meta(_page(BBC_BOX)).visible_authors[0] == "Nilufar Rostami"


def test_a_role_s_element_is_compared_without_its_label_for_screen_readers():
    tree = lxml_html.fromstring(_page(BBC_BOX))
    assert byline_roles(tree, hidden_labels(tree)) == ["BBC Persian"]


def test_trafilatura_s_byline_leaves_the_labels_it_read_as_words():
    assert without_labels("Author; Nilufar Rostami Role; BBC Persian",
                          ["Author", "Role"]) == "Nilufar Rostami; BBC Persian"


def test_a_label_is_taken_off_only_before_its_comma_or_colon():
    assert unlabelled_by("Authority figures", ["Author"]) == "Authority figures"


def test_the_byline_of_a_box_with_labels_for_screen_readers_is_the_writer():
    assert parse_html(_page(BBC_BOX, "<meta property='og:site_name' content='BBC News'>"),
                      second_opinions=False).byline == ("Nilufar Rostami",)


def test_a_byline_box_s_buttons_read_as_one_line_are_no_writer():
    box = ("<div class='ssrcss-byline-wrapper'><time datetime='2024-03-06'>6 March 2024</time>"
           "<div><button>Share</button><button>Save</button></div></div>")
    assert not any("Share" in name for name in read_meta(_page(box)).visible_authors)


def test_trafilatura_s_byline_of_buttons_read_one_after_the_other_is_left():
    assert buttons_joined("Share Save", ["Share", "Save", "Listen"]) is None


def test_one_button_s_words_may_be_a_writer_s():
    assert buttons_joined("Jane Roe", ["Jane Roe", "Follow"]) == "Jane Roe"


def test_the_italian_label_di_alone_in_its_element_reads_the_name_after_it():
    box = ("<div class='c-article-contributors'>Di <a href='/perfil/giulia-ferri'>Giulia Ferri"
           "</a> con ANSA</div>")
    assert parse_html(_page(box), second_opinions=False).byline == ("Giulia Ferri",)


def test_an_agency_s_code_of_two_capitals_in_a_byline_box_is_read():
    box = "<div class='article__meta'><span class='article__author'>TT</span></div>"
    assert read_meta(_page(box)).visible_authors == ["TT"]


def test_two_capitals_that_name_no_agency_are_not_read_as_a_byline():
    box = "<div class='article__meta'><span class='article__author'>JR</span></div>"
    assert read_meta(_page(box)).visible_authors == []


def test_an_outlet_named_with_the_after_a_writer_s_name_is_no_writer():
    box = "<p class='byline'>By Kwame Asante, University of Michigan, The Conversation</p>"
    assert parse_html(_page(box), second_opinions=False).byline == ("Kwame Asante",)


def test_a_reverend_named_with_the_is_a_writer():
    box = "<p class='byline'>By Jane Roe and The Rev. John Doe</p>"
    assert parse_html(_page(box), second_opinions=False).byline == ("Jane Roe",
                                                                    "The Rev. John Doe")


def test_the_rest_of_a_job_in_small_letters_is_no_writer():
    assert clean_byline(["Joanna Pike, Senior Writer and author of CFO Daily"]) == (
        "Joanna Pike",)


def test_a_surname_s_small_word_opens_a_name():
    assert clean_byline(["Jane Roe and van der Merwe"]) == ("Jane Roe", "van der Merwe")


def test_the_site_s_first_word_a_dash_and_a_place_is_no_writer():
    page = _page("<p class='content-publication-data__from'>Por <a href='/autores/rg'>Rafael "
                 "Guimarães</a>, Valor — Rio</p>",
                 "<meta property='og:site_name' content='Valor Econômico'>")
    assert parse_html(page, second_opinions=False).byline == ("Rafael Guimarães",)


def test_names_in_a_script_without_capitals_are_not_read_last_name_first():
    page = _page("", "<meta name='author' content='张晓雯, 李志远'>")
    assert read_meta(page).authors == ["张晓雯, 李志远"]


def test_a_name_written_last_name_first_is_turned():
    assert read_meta(_page("", "<meta name='author' content='Okonkwo, Adaeze'>")).authors == [
        "Adaeze Okonkwo"]


def test_a_byline_after_a_bar_on_the_date_s_line_is_read():
    box = ("<div class='cph-article__meta'>March 4th, 2025 12:30 pm| by <a href='/author/bh/'>"
           "Ben Hamilton</a></div>")
    assert _labelled_lines(lxml_html.fromstring(_page(box)), lambda *_: False) == [
        "Ben Hamilton"]


def test_a_name_after_a_picture_s_label_in_the_byline_is_no_writer():
    box = ("<div class='byline'><div class='byline-person'><span class='byline-label'>Av</span> "
           "<a href='/forfatter/ib'>Ingrid Bakke</a></div><div class='byline-person'><span "
           "class='byline-label'>Foto</span> <span>Tor Stenersen</span></div></div>")
    page = _page(box, '<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
                 '{"@type": "Person", "name": "Ingrid Bakke"}, {"@type": "Person", "name": '
                 '"Tor Stenersen"}]}</script>')
    assert parse_html(page, second_opinions=False).byline == ("Ingrid Bakke",)


def test_a_closing_credit_s_story_by_names_the_writer():
    assert reporters(["Story by Anastasia Lotareva. Abridged translation by Sam Whitfield."]) == (
        "Anastasia Lotareva",)


def test_a_closing_credit_s_story_and_translation_line_is_a_credit_line():
    assert is_credit_line("Story by Anastasia Lotareva. Abridged translation by Sam Whitfield.")


def test_labelled_credits_closing_the_text_are_a_credit_line():
    assert is_credit_line("Pewarta: Budi Santoso  \nEditor: Rina Kusuma  \nCopyright © ANTARA 2024")


def test_the_reporter_of_labelled_credits_is_the_writer_not_the_editor():
    assert reporters(["Pewarta: Budi Santoso  \nEditor: Rina Kusuma"]) == ("Budi Santoso",)


def test_the_crew_s_credits_closing_a_broadcast_story_are_a_credit_line():
    assert is_credit_line("촬영기자:박찬걸/영상편집:이웅/그래픽:채상우")


def test_a_sentence_with_colons_and_a_slash_is_no_crew_s_credits():
    assert not is_credit_line("Home: the city / Away: the town of Springfield")


def test_an_agency_s_name_of_one_word_in_small_letters_first_stays():
    assert clean_byline(["dpa-AFX"]) == ("dpa-AFX",)


def test_boxes_beside_a_first_box_that_names_no_one_are_not_joined_to_it():
    boxes = ("<div class='documentByLine'><span>Publicado em</span> <span>15/04/2024 18h20</span>"
             "</div><div class='documentByLine'><span>Categoria</span> <a href='#'>Saúde e "
             "Vigilância Sanitária</a></div>")
    page = _page(boxes, "<meta property='og:site_name' content='Ministério da Saúde'>")
    assert parse_html(page, second_opinions=False).byline == ()


def test_a_programme_and_its_network_set_apart_by_a_dot_are_read_apart():
    assert clean_byline(["The Current · CBC Radio"]) == ("The Current", "CBC Radio")


def test_a_box_beside_the_byline_that_credits_a_video_is_not_joined_to_it():
    boxes = ("<div class='t-content__authors'><p class='m-from-author'><span>Texte par :</span> "
             "<span>Léa Martin</span></p><p class='m-from-author'><span>Vidéo par :</span> "
             "<span>Mathilde Renaud</span></p></div>")
    assert "Mathilde Renaud" not in read_meta(_page(boxes)).visible_authors[0]


def test_the_polish_label_compiled_by_is_no_part_of_the_name():
    assert clean_byline(["oprac. Anna Nowak"]) == clean_byline(["Oprac Anna Nowak"]) == (
        "Anna Nowak",)


def test_the_indonesian_label_of_the_reporter_before_a_colon_names_the_writer():
    page = _page("").replace("</body>", "<p class='credits'>Pewarta: Budi Santoso<br>Editor: "
                                         "Rina Kusuma</p></body>")
    assert read_meta(page).labelled_authors[0] == "Budi Santoso"


def test_a_writer_credited_for_a_caption_s_picture_stays_a_writer():
    box = ("<h4 class='gh-article-author-name'><a href='/author/jk/'>Jana Köhler</a>, <a "
           "href='/author/fb/'>Felix Brandt</a></h4><figure><img src='a.jpg' alt=''><figcaption>"
           "Parzellen. <span class='credit'>Foto: Felix Brandt</span></figcaption></figure>")
    assert parse_html(_page(box), second_opinions=False).byline == ("Jana Köhler",
                                                                    "Felix Brandt")


def test_labelled_credits_on_one_line_are_read_apart():
    assert reporters(["Pewarta: Rina Kusuma Editor: Atman Ahdiat"]) == ("Rina Kusuma",)


def test_a_dot_before_words_that_name_no_one_parts_no_names():
    assert not any(name.startswith("Hundreds") for name in clean_byline([
        "Jane Roe · Hundreds of paid subscribers"]))


def test_a_box_beside_the_byline_built_otherwise_is_not_joined_to_it():
    boxes = ("<div class='author-info-block'><a href='/author-bio.asp?id=837'>Kelly Sheridan</a>"
             "</div><div class='author-info-block'><span class='smallest allcaps'><a href='#msgs'"
             ">Comment Now</a></span></div>")
    assert read_meta(_page(boxes)).visible_authors[0] == "Kelly Sheridan"
