"""More of the page's own words leave the story (a paywall's count of free articles, an
affiliate note naming the site, a newsletter's call in more languages), and more pictures'
captions are read as captions: after a line break in the picture's paragraph, in a paragraph
closing with a credit in parentheses or in Russian, in a table laid out for one picture. More
of the story is kept: a short last part set in a box of its own, running text in a second box
of the story's kind that the other extractors did not read, a ``<div>`` of text beside the
story's paragraphs."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from explainer.importer.breaks import paragraphs_from_divs
from explainer.importer.furniture import is_furniture
from explainer.importer.html import parse_html
from explainer.importer.notes import is_note
from explainer.importer.opinions import voted
from explainer.importer.picboxes import as_figures, credit_closes
from explainer.importer.splitbody import joined_boxes
from tests.test_import_picboxes import STORY, _story_with
from tests.test_import_splitbody import FIRST, box, read_as_text


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


def test_a_short_box_of_running_text_is_joined_to_the_split_story():
    reading = "\n\n".join(f"{s} {s}" for s in FIRST)
    last = ["The bridge should open in the spring of 2028, the councils said.",
            "Tolls on lorries will pay for its upkeep for thirty years."]
    joined = joined_boxes(reading, [[box(FIRST), box(last)]], read_as_text)
    assert joined.split("\n\n")[-2:] == [f"{s} {s}" for s in last]


def test_a_short_box_with_a_link_is_no_part_of_the_split_story():
    reading = "\n\n".join(f"{s} {s}" for s in FIRST)
    teaser = '<div class="body articleBody"><p><a href="/x">Read: the ferry\'s last day, and ' \
        "what the crew will do next</a></p></div>"
    assert joined_boxes(reading, [[box(FIRST), teaser]], read_as_markdown) == reading


def read_as_markdown(markup: str) -> str:
    """Each paragraph's text, a link written as Markdown."""
    paragraphs = lxml_html.fromstring(markup).iter("p")
    return "\n\n".join("".join(f"[{e.text_content()}](/x)" if e.tag == "a" else (e.text or "")
                               for e in p.iter() if e is not p) or p.text_content()
                       for p in paragraphs)


KIND = ("p", "section", "c-paragraph", "story")
FIRST_BOX, SECOND_BOX = object(), object()  # two parents of the story's kind of box
ENDING = ["The bike path on the dike stays open during the works.",
          "Residents fear the lorries' shaking. Houses will be inspected first."]


def test_running_text_in_a_second_box_of_the_kept_story_s_kind_survives_the_vote():
    paragraphs = [*VOTE_STORY, *ENDING]
    boxes = [(KIND, FIRST_BOX)] * 2 + [(KIND, SECOND_BOX)] * 2
    assert voted(paragraphs, [VOTE_READING], boxes=boxes) == (paragraphs, [])


def test_a_closing_sentence_in_the_kept_paragraphs_box_survives_the_vote():
    paragraphs = [*VOTE_STORY, ENDING[0]]
    boxes = [(KIND, FIRST_BOX)] * 3
    assert voted(paragraphs, [VOTE_READING], boxes=boxes) == (paragraphs, [])


def test_a_closing_line_with_a_link_in_the_kept_paragraphs_box_is_voted_on():
    prompt = "Follow the works on the dike every day in [our live page](https://example.com/)."
    boxes = [(KIND, FIRST_BOX)] * 3
    assert voted([*VOTE_STORY, prompt], [VOTE_READING], boxes=boxes)[1] == [prompt]


def test_running_text_in_another_kind_of_box_is_voted_on():
    paragraphs = [*VOTE_STORY, ENDING[0]]
    boxes = [(KIND, FIRST_BOX)] * 2 + [(("p", "div", "", "paywall"), SECOND_BOX)]
    assert voted(paragraphs, [VOTE_READING], boxes=boxes)[1] == [ENDING[0]]


def test_a_paragraph_cut_with_an_ellipsis_in_a_second_box_is_voted_on():
    cut = "The agency said, citing a diplomatic source, that the offer was to take the..."
    paragraphs = [*VOTE_STORY, cut]
    boxes = [(KIND, FIRST_BOX)] * 2 + [(KIND, SECOND_BOX)]
    assert voted(paragraphs, [VOTE_READING], boxes=boxes)[1] == [cut]


VOTE_STORY = ["The council voted on Tuesday to close the old bridge for repairs.",
              "Engineers found cracks in two of its piers during an inspection in May."]
VOTE_READING = " ".join(VOTE_STORY)


def test_a_div_of_text_alone_beside_the_story_s_paragraphs_is_a_paragraph():
    tree = lxml_html.fromstring(
        '<html><body><div class="post-body"><div style="text-align: justify">Floods covered '
        "3,200 houses in six districts after heavy rain since Sunday night.</div>"
        "<div><p>The water reached 1.5 metres in places.</p><p>About 800 people left their "
        "homes.</p></div></div></body></html>")
    paragraphs_from_divs(tree)
    assert tree.xpath("//div[@class='post-body']/*")[0].tag == "p"


def test_a_named_box_of_text_beside_the_story_s_paragraphs_stays_a_box():
    tree = lxml_html.fromstring(
        '<html><body><div class="article-body"><div class="intro">The Democrats try to unmask '
        "him as immoral, but the attacks on his character often miss.</div>"
        '<div class="text"><p>The water reached 1.5 metres.</p></div></div></body></html>')
    paragraphs_from_divs(tree)
    assert tree.xpath("//div[@class='intro']")


@pytest.mark.parametrize("paragraph", [
    "**Newsletter „Guten Morgen, Kreis“:** Was in der Region passiert, jeden Werktag um 6 Uhr "
    "kostenlos in Ihrem Postfach.",
    "Hören Sie „Kreis und quer“ auch bei [Spotify](https://x.example/s), [Apple Podcasts]"
    "(https://x.example/a) und überall, wo es Podcasts gibt.",
    "Listen to “The Valley Hour” on Spotify or wherever you get your podcasts.",
])
def test_the_site_offering_its_newsletter_or_podcast_by_name_is_furniture(paragraph):
    assert is_furniture(paragraph)


def test_a_story_about_a_podcast_platform_is_not_furniture():
    assert not is_furniture("Spotify said on Tuesday that listeners in the region had streamed "
                            "more podcasts this year than ever before.")


def test_an_amp_component_s_stand_in_is_no_text():
    page = _story_with("<amp-youtube data-videoid='x1' layout='responsive' width='480' "
                       "height='270'><div fallback><p>O vídeo não pode ser carregado.</p></div>"
                       "</amp-youtube>")
    assert "carregado" not in "\n".join(parse_html(page).paragraphs)
