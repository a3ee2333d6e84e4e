"""The standfirst a page shows under its headline: found, and taken as the summary unless
the text opens with it or a description is the whole of it."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from explainer.importer.decks import decks
from explainer.importer.html import parse_html
from explainer.importer.metadata import read_meta
from explainer.importer.standfirst import (
    standfirst_in_text,
    with_standfirst,
    without_deck_lines,
)
from explainer.importer.summaryrepeats import repeats_text
from tests.test_import_html import PARAGRAPHS, page

DECK = "The appointment came days after the minister resigned in Amman"


def test_a_standfirst_set_as_the_first_heading_is_the_summary_and_leaves_the_text():
    summary, text = with_standfirst("Talks ended today.", [DECK], [f"## {DECK}", "Body."])
    assert (summary, text) == (DECK, ["Body."])


def test_a_standfirst_set_as_a_heading_that_is_no_summary_is_a_paragraph():
    whole = f"{DECK}. He is the third to go this year."
    summary, text = with_standfirst(whole, [f"{DECK}."], [f"## {DECK}.", "Body."])
    assert (summary, text) == (whole, [f"{DECK}.", "Body."])


BOLD = "**The council backed more money for schools. The opposition calls it unfair.**"
STORY_TEXT = ["The council voted on Tuesday night after a debate of six hours. " * 6]


def test_a_bold_opening_of_whole_sentences_is_the_summary_when_no_description_is():
    summary, text = standfirst_in_text(None, [BOLD, *STORY_TEXT])
    assert (summary, text) == (BOLD.strip("*"), STORY_TEXT)


def test_a_description_wins_over_a_bold_opening():
    said = "The city's new budget raises spending on schools."
    assert standfirst_in_text(said, [BOLD, *STORY_TEXT]) == (said, [BOLD, *STORY_TEXT])


def test_an_italic_opening_is_no_standfirst():
    italic = BOLD.replace("**", "*")
    assert standfirst_in_text(None, [italic, *STORY_TEXT]) == (None, [italic, *STORY_TEXT])


@pytest.mark.parametrize(("tag", "name"), [("p", "chapo"), ("p", "entradilla"),
                                           ("div", "ingress"), ("p", "bajada"),
                                           ("h3", "standfirst"), ("p", "vorspann")])
def test_a_standfirst_is_found_by_its_name_in_other_languages(tag, name):
    shown = f'<h1>Head</h1><{tag} class="{name}">{DECK}, the palace said.</{tag}>'
    assert decks(lxml_html.fromstring(f"<html><body>{shown}</body></html>")) == [
        f"{DECK}, the palace said."]


def test_a_standfirst_in_chinese_is_counted_by_its_letters():
    deck = "新预算增加了学校和公共交通的投入，但削减了图书馆的开放时间。"
    shown = f'<h1>标题</h1><div class="summary">{deck}</div>'
    assert decks(lxml_html.fromstring(f"<html><body>{shown}</body></html>")) == [deck]


def test_the_standfirst_is_the_summary_when_no_description_is():
    assert with_standfirst(None, [DECK], ["Body text."])[0] == DECK


def test_the_standfirst_is_the_summary_when_the_description_opens_the_text():
    opening = "The council voted for the bridge on Monday night."
    assert with_standfirst(opening, [DECK], [opening, "More."])[0] == DECK


def test_the_standfirst_shown_wins_over_a_description_worded_otherwise():
    assert with_standfirst("Talks ended today.", [DECK], ["Body."])[0] == DECK


def test_a_description_that_goes_on_from_the_standfirst_shown_is_the_whole_of_it():
    whole = f"{DECK}. He is the third to go this year."  # the page marks only the first part
    assert with_standfirst(whole, [f"{DECK}."], ["Body."])[0] == whole


@pytest.mark.parametrize("marks", ["**", "_"])
def test_a_standfirst_the_text_opens_with_in_bold_is_the_summary_over_a_description(marks):
    deck = DECK + "."
    assert with_standfirst("Talks ended today.", [deck], [f"{marks}{deck}{marks}", "Body."]
                           )[0] == deck


def test_quotes_pulled_out_in_bold_over_the_text_are_no_standfirst():
    quotes = "- We were one country. - Now we are two."
    assert with_standfirst("Talks ended today.", [quotes], [f"**{quotes}**", "Body."]
                           )[0] == "Talks ended today."


def test_a_standfirst_the_text_opens_with_plainly_is_its_lede():
    assert with_standfirst("Talks ended today.", [DECK], [DECK, "Body."])[0] == (
        "Talks ended today.")


def test_the_standfirst_after_a_later_headline_is_read():  # the first <h1> a sticky bar's
    menu = "".join(f"<div><span>Menu {n}</span></div>" for n in range(7))
    html = page().replace("<article>", f"<div class='bar'><h1>Towns agree</h1>{menu}</div>"
                          "<article>").replace("</h1>\n", f'</h1><h2 class="dek">{DECK}</h2>\n')
    assert read_meta(html).decks == [DECK]


def test_a_standfirst_moved_out_of_its_heading_by_the_parser_is_read():
    html = page().replace("</h1>", f'</h1><h2 class="article-lead"><p>{DECK}</p></h2>')
    assert read_meta(html).decks == [DECK]


def test_the_standfirst_shown_under_the_headline_is_read():
    html = page().replace("</h1>", f'</h1><p class="article-deck">{DECK}</p>')
    assert read_meta(html).decks == [DECK]


def test_the_standfirst_after_a_lead_picture_of_many_boxes_is_read():  # stern.de
    boxes = "<div>" * 12 + "<img src='a.jpg'>" + "</div>" * 12
    picture = f"<figure>{boxes}<figcaption><div>Logos</div><div>© Agency</div></figcaption>"
    html = page().replace("</h1>", f'</h1>{picture}</figure><div class="intro__text">{DECK}'
                          "</div>")
    assert read_meta(html).decks == [DECK]


def test_the_standfirst_after_empty_boxes_is_read():  # advertisements' places
    empty = '<div class="ad-slot"><div id="ad-top"></div></div>' * 8
    html = page().replace("</h1>", f"</h1>{empty}<div><div>Published 6 May</div></div>"
                          f'<div type="lead"><p>{DECK}</p></div>')
    assert read_meta(html).decks == [DECK]


def test_the_standfirst_named_by_a_framework_s_type_is_read():  # hashed classes
    html = page().replace("</h1>", f'</h1><div type="lead" class="sc-e17c7982-2">{DECK}</div>')
    assert read_meta(html).decks == [DECK]


def test_an_empty_box_named_as_a_standfirst_counts_among_the_elements_read():
    html = page().replace("</h1>", '</h1><h2 class="subtitle"></h2>'
                          f"<p>{DECK}</p>")  # the parser moved the <p> out of the <h2>
    assert read_meta(html).decks == [DECK]


def test_a_subscription_offer_s_subtitle_is_no_standfirst():
    offer = ('<div class="article-subscribe"><span class="article-subscribe--subtitle">Just R20 '
             "for the first month. Support independent journalism by subscribing.</span></div>")
    assert read_meta(page().replace("</h1>", f"</h1>{offer}")).decks == []


def test_a_line_pointing_elsewhere_after_the_standfirst_is_no_part_of_it():
    deck = f'<div class="standfirst"><p>{DECK}<br><br>Click here for the photo shoot</p></div>'
    assert read_meta(page().replace("</h1>", f"</h1>{deck}")).decks == [DECK]


def test_a_standfirst_whose_first_line_points_elsewhere_is_kept_whole():
    deck = f'<div class="standfirst"><p>Read why: {DECK}<br>and the rest</p></div>'
    assert read_meta(page().replace("</h1>", f"</h1>{deck}")).decks == [
        f"Read why: {DECK} and the rest"]


def test_a_caption_is_no_standfirst():
    html = page().replace("</h1>", f'</h1><p class="lead-caption">{DECK}</p>'
                          f'<p class="lead">{DECK}. Foto: Jane Roe/dpa</p>')
    assert read_meta(html).decks == []


@pytest.mark.parametrize("inner", [
    f'<div class="article-lead"><figure><img src="a.jpg"><figcaption>{DECK}</figcaption>'
    "</figure></div>",
    f'<p class="author-description">{DECK}</p>',
])
def test_a_picture_or_an_authors_note_is_no_standfirst(inner):
    assert read_meta(page().replace("</h1>", f"</h1>{inner}")).decks == []


def test_a_later_headline_after_the_story_began_is_another_story_s():
    card = ("<div class='more'><article><h1>Harbour fees to rise</h1><p class='card-excerpt'>"
            f"{DECK}</p></article></div>")
    html = page().replace("</body>", f"{card}</body>")
    assert read_meta(html).decks == []


def test_an_empty_standfirst_before_the_lede_gives_no_summary_that_repeats_it():
    lede = "The council voted for the bridge on Monday night, after a long debate in the hall."
    assert with_standfirst(None, [lede], [lede, "More."])[0] is None


def test_a_standfirst_that_a_description_repeats_is_a_sure_summary():
    html = page(f'<meta name="description" content="{DECK}">').replace(
        "</h1>", f'</h1><p class="article-deck">{DECK}</p>')
    article = parse_html(html)
    assert (article.summary, article.confidence["summary"]) == (DECK, "high")


@pytest.mark.parametrize("tail", [" • Foto: Jane Roe/REUTERS", ". - The River Gazette"])
def test_a_description_that_adds_a_credit_or_the_site_to_the_standfirst_gives_way_to_it(tail):
    assert with_standfirst(DECK + tail, [DECK], ["Body."])[0] == DECK


def test_quotes_pulled_out_as_a_list_under_the_headline_are_no_standfirst():
    quotes = "- We were one country - Now we are two"
    assert with_standfirst("Talks ended today.", [quotes], ["Body."])[0] == "Talks ended today."


def test_an_unnamed_subheading_right_after_the_headline_is_the_standfirst():
    html = page().replace("</h1>", f"</h1><!-- deck --><h2>{DECK}</h2>")
    assert read_meta(html).decks == [DECK]


def test_an_unnamed_subheading_after_other_elements_is_no_standfirst():
    html = page().replace("</h1>", f"</h1><div>Share</div><h2>{DECK}</h2>")
    assert read_meta(html).decks == []


def test_a_short_unnamed_subheading_right_after_the_headline_is_no_standfirst():
    html = page().replace("</h1>", "</h1><h2>The vote</h2>")
    assert read_meta(html).decks == []


def test_a_type_style_named_subtitle_is_no_standfirst():  # "subtitle-2": a text size
    line = '<div class="subtitle-2">By Jane Roe on May 1, 2024 Share on Facebook</div>'
    assert read_meta(page().replace("</h1>", f"</h1>{line}")).decks == []


def test_an_author_s_bio_named_a_description_is_no_standfirst():
    bio = (f'<div class="author-dropdown"><div class="description"><p>{DECK} and writes on '
           "towns.</p></div></div>")
    assert read_meta(page().replace("</h1>", f"</h1>{bio}")).decks == []


def test_a_newsletter_s_pitch_in_the_standfirst_s_place_is_no_standfirst():
    pitch = ("The River Weekly is a newsletter about our towns. Want it in your inbox every "
             "Sunday? Subscribe below! I respect your privacy and you won't get spam.")
    html = page().replace("</h1>", f'</h1><div class="subtitle">{pitch}</div>')
    assert read_meta(html).decks == []


BOLD = "**The council voted for the bridge on Monday night.**"
STORY = ("The vote came after two years of talks between the towns on both banks. The "
         "bridge will carry cars, bicycles and people on foot, and it will replace the old "
         "ferry, which has run every half hour since 1952. Work is to start in the spring and "
         "should take two years, the council said in a statement after the vote.")


def test_a_standfirst_in_bold_that_the_summary_repeats_leaves_the_text():
    summary = "The council voted for the bridge on Monday night."
    assert standfirst_in_text(summary, [BOLD, STORY]) == (summary, [STORY])


def test_a_standfirst_in_italics_after_a_heading_leaves_the_text():
    summary = "The council voted for the bridge on Monday night."
    text = ["## The vote", f"_{summary}_", STORY]
    assert standfirst_in_text(summary, text) == (summary, ["## The vote", STORY])


def test_the_whole_standfirst_is_the_summary_when_the_description_was_cut_from_it():
    summary = "The council voted for the bridge."
    standfirst = "**The council voted for the bridge. Work starts in the spring.**"
    assert standfirst_in_text(summary, [standfirst, STORY]) == (
        "The council voted for the bridge. Work starts in the spring.", [STORY])


@pytest.mark.parametrize("first", [
    "The council voted for the bridge on Monday night.",  # not set apart: the story's lead
    "**The council voted for the bridge on Monday night** after a long debate",  # half bold
    "**The council voted for the bridge on Monday night, and the mayor",  # a fragment
    "*The council* voted for the bridge on Monday *night.*",  # emphasis at both ends only
])
def test_a_paragraph_that_is_no_standfirst_stays(first):
    summary = "The council voted for the bridge on Monday night."
    assert standfirst_in_text(summary, [first, STORY]) == (summary, [first, STORY])


def test_a_page_whose_only_text_is_its_standfirst_keeps_it():  # an audio's page
    summary = "The council voted for the bridge on Monday night."
    text = [BOLD, "Auteur : Jane Roe"]
    assert standfirst_in_text(summary, text) == (summary, text)


def test_a_standfirst_further_down_stays():
    summary = "The council voted for the bridge on Monday night."
    text = [STORY, STORY.replace("two", "three"), BOLD]
    assert standfirst_in_text(summary, text) == (summary, text)


def test_an_imported_page_shows_its_bold_standfirst_once():
    head = ('<meta name="description" content="The towns agreed on Monday to build a new '
            'bridge over the river.">')
    extra = ("<p><strong>The towns agreed on Monday to build a new bridge over the river."
             "</strong></p>")
    html = page(head).replace("<h1>Towns agree plan for new river bridge</h1>",
                              "<h1>Towns agree plan for new river bridge</h1>" + extra)
    article = parse_html(html)
    assert article.summary == "The towns agreed on Monday to build a new bridge over the river."
    assert list(article.paragraphs) == PARAGRAPHS


def test_a_description_that_is_the_headline_again_is_no_summary():
    head = '<meta name="description" content="Towns agree plan for new river bridge">'
    assert parse_html(page(head)).summary is None


def test_a_summary_whose_first_sentence_is_the_lede_repeats_the_text():
    lede = "LA CROSSE, Wis. (AP) — After a summer of tumult, the race is much clearer now."
    summary = ("After a summer of tumult, the race is much clearer now. Both campaigns will "
               "focus on seven states.")
    assert repeats_text(summary, [lede, "The Democratic vice president spoke on Monday."])
    assert not repeats_text(summary, ["The Democratic vice president spoke on Monday.",
                                      "The race has changed a lot since the summer."])


def test_the_description_the_page_shows_over_its_text_wins_over_one_worded_otherwise():
    shown = "The river towns have agreed a plan for the new bridge. When will it open?"
    head = ('<meta property="og:description" content="The towns agreed a plan for a new '
            f'river bridge. When will it open?"><meta name="twitter:description" '
            f'content="{shown}">')  # zdf.de: the meta description, and the JSON-LD's shown
    html = page(head).replace("</h1>", f'</h1><div class="h8x"><p class="ikh9v7p">{shown}</p>'
                              '</div><div class="share"><button>Share</button></div>')
    article = parse_html(html)
    assert article.summary == shown and shown not in article.paragraphs


DECK_LINES = ["Towns agree on a bridge", "Work to start in spring", "Ferry to stop in 2028"]


def test_a_standfirst_of_short_lines_the_text_opens_with_leaves_it():  # mk.co.kr
    summary = "Plan for the river " + " ".join(DECK_LINES)
    assert without_deck_lines(summary, [*DECK_LINES, STORY]) == [STORY]


@pytest.mark.parametrize("opening", [
    ["Towns agree on a bridge.", "Work starts in spring."],  # sentences: a short lede
    ["Towns agree on a bridge"],  # one line alone
    ["## Towns agree on a bridge", "Work to start in spring"],  # a heading
])
def test_lines_that_are_no_standfirst_of_short_lines_stay(opening):
    summary = " ".join(opening).replace("## ", "")
    assert without_deck_lines(summary, [*opening, STORY]) == [*opening, STORY]


@pytest.mark.parametrize("site_title", [
    '<h1 id="site-title"><a href="/" rel="home">Techlog</a></h1>',
    '<h1><a href="/blog/"><img src="/logo.jpg" alt="Techlog"></a></h1>'])
def test_the_line_under_the_site_s_title_is_its_tagline_not_a_standfirst(site_title):
    shown = f'{site_title}<h2 id="site-description">The official blog of our engineers</h2>'
    assert decks(lxml_html.fromstring(f"<html><body>{shown}</body></html>")) == []


def test_a_link_alone_on_the_standfirst_s_last_line_is_left_out_of_it():
    shown = (f'<h1>Head</h1><p class="summary">{DECK}, the palace said.<br><br>'
             '<a href="/sample.pdf">Free sample</a></p>')
    assert decks(lxml_html.fromstring(f"<html><body>{shown}</body></html>")) == [
        f"{DECK}, the palace said."]
