"""More of the page's own words leave the story (a paywall's count of free articles, an
affiliate note naming the site, a newsletter's call in more languages), and more pictures'
captions are read as captions: after a line break in the picture's paragraph, in a paragraph
closing with a credit in parentheses or in Russian, in a table laid out for one picture."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from explainer.importer.furniture import is_furniture
from explainer.importer.html import parse_html
from explainer.importer.notes import is_note
from explainer.importer.picboxes import as_figures, credit_closes
from tests.test_import_picboxes import STORY, _story_with


@pytest.mark.parametrize("line", [
    "You have read all of your free articles this month. Subscribe today for unlimited access "
    "to our journalism.",
    "You've reached your limit of 5 free stories.",
    "You have 2 free articles left this month.",
    "Vous avez lu vos 3 articles gratuits ce mois-ci.",
    "Sie haben Ihre kostenlosen Artikel für diesen Monat gelesen.",
])
def test_a_paywall_s_count_of_free_articles_is_a_note(line):
    assert is_note(line)


def test_a_story_about_free_articles_that_quotes_someone_is_no_note():
    assert not is_note('"You have read all of your free articles," the banner said, and '
                       "readers complained.")


def test_an_affiliate_note_naming_the_site_is_a_note():
    assert is_note("TechWire Daily may earn a commission when you buy through links on our "
                   "site.")


def test_a_story_about_commissions_is_no_note():
    assert not is_note("Agents may earn a commission of 6 percent on the sale, the report found"
                       " in its study of the market.")


@pytest.mark.parametrize("line", [
    "Vous souhaitez recevoir l’essentiel de l’actualité ? Inscrivez-vous gratuitement à notre "
    "newsletter.",
    "**Inscrivez-vous à la newsletter du matin.**",
    "Recibe las noticias en tu correo con nuestro boletín diario.",
    "Iscriviti alla newsletter per ricevere le notizie della settimana.",
    "Meld je aan voor onze nieuwsbrief.",
])
def test_a_newsletter_s_call_in_more_languages_is_furniture(line):
    assert is_furniture(line)


def test_a_sentence_quoting_a_newsletter_s_call_stays():
    assert not is_furniture("« Inscrivez-vous à notre newsletter », répétait le site, a dit "
                            "la plaignante.")


@pytest.mark.parametrize("caption", [
    "Ash rises from the volcano on Tuesday. (GWS Photo/Rizki Pratama)",
    "The landing stage at dawn. (Photo: Jane Roe)",
    "Вечерний Новосибирск, понедельник. Фото: Сибирские вести",
    "14일 서울 강남역 인근에서 버스가 운행하고 있다. /사진=서울시",
])
def test_a_caption_closing_with_its_credit_is_read(caption):
    assert credit_closes(caption)


def test_a_sentence_with_a_name_in_parentheses_credits_no_one():
    assert not credit_closes("The council voted on Monday (Jane Roe abstained).")


def test_a_caption_after_a_picture_with_a_credit_in_parentheses_leaves_the_text():
    caption = "Ash rises from the volcano on Tuesday. (GWS Photo/Rizki Pratama)"
    article = parse_html(_story_with(f'<p><img src="https://cdn.invalid/a.jpg"></p>'
                                     f"<p>{caption}</p>"))
    assert caption not in "\n".join(article.paragraphs)
    assert STORY[2] in article.paragraphs


def test_a_caption_after_a_line_break_in_the_picture_s_paragraph_is_a_figcaption():
    tree = as_figures(lxml_html.fromstring(_story_with(
        '<p><img src="https://cdn.invalid/a.jpg"><br><em>Вечерний Новосибирск. '
        "Фото: Сибирские вести</em></p>")))
    figure = tree.xpath("//figure")[0]
    assert [child.tag for child in figure] == ["img", "figcaption"]
    assert figure[1].text_content() == "Вечерний Новосибирск. Фото: Сибирские вести"


def test_a_paragraph_of_story_after_a_picture_and_a_line_break_stays():
    sentence = "The ferry will keep running until the bridge opens, the council said."
    article = parse_html(_story_with(f'<p><img src="https://cdn.invalid/a.jpg"><br>{sentence}'
                                     "</p>"))
    assert sentence in article.paragraphs


def test_a_table_laid_out_for_one_picture_and_its_caption_is_a_figure():
    caption = "14일 서울 강남역 인근에서 버스가 운행하고 있다. /사진=서울시"
    tree = as_figures(lxml_html.fromstring(_story_with(
        '<table class="photo"><tr><td><img src="https://cdn.invalid/a.jpg"></td></tr>'
        f'<tr><td class="caption">{caption}</td></tr></table>')))
    assert not tree.xpath("//table")
    assert tree.xpath("//figure/figcaption")[0].text == caption


def test_a_table_of_figures_with_a_picture_stays_a_table():
    tree = as_figures(lxml_html.fromstring(_story_with(
        '<table><tr><td><img src="https://cdn.invalid/a.jpg"></td><td>Votes</td></tr>'
        "<tr><td>Yes</td><td>14</td></tr></table>")))
    assert tree.xpath("//table")
