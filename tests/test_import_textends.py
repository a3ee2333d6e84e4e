"""More of the story is kept, and less of what follows it: a correction set in a box of its
own, a lede the other extractors passed over, a story held only in a Next.js page's JSON
state; a rail of other stories after the story goes, its heading in more languages."""

from __future__ import annotations

import json

import pytest
from lxml import html as lxml_html

from explainer.importer.clean import strip_site
from explainer.importer.corrections import correction_note
from explainer.importer.flight import state_markup
from explainer.importer.furniture import is_furniture
from explainer.importer.html import parse_html
from explainer.importer.labels import without_rail
from explainer.importer.layouttables import unwrap_layout_tables
from explainer.importer.nextstory import before_next_story
from explainer.importer.opinions import voted
from explainer.importer.setapart import Page
from explainer.importer.summary import plain_text

STORY = ["The council voted on Tuesday to close the old bridge for repairs.",
         "Engineers found cracks in two of its piers during an inspection in May."]
READING = " ".join(STORY)
KIND = ("p", "section", "", "story")
BOX, OTHER_BOX = object(), object()
LEDE = "Drivers from Eastbank must now go twenty kilometres round via Millford, a spokeswoman said."


@pytest.mark.parametrize("note", [
    "Correction: An earlier version of this article gave the wrong date for the vote.",
    "**Rectificatif** (vendredi 11 h) : dans une première version de cet article, nous "
    "indiquions onze stations.",
    "*Editor’s note: This story was updated to add the council's reply.*",
    "**Berichtigung** – In einer früheren Fassung hieß es, die Brücke sei gesperrt.",
])
def test_a_correction_is_a_correction_note(note):
    assert correction_note(note)


@pytest.mark.parametrize("text", [
    "Correctional officers said the prison was full.",
    "Corrections officials said: the prison was full.",
    "Correction-free code is a myth, the engineer said.",
])
def test_a_sentence_about_corrections_is_no_correction_note(text):
    assert not correction_note(text)


def test_a_correction_no_reading_holds_survives_the_vote():
    note = "Correction: An earlier version of this article gave the wrong date for the vote."
    assert voted([*STORY, note], [READING]) == ([*STORY, note], [])


def test_a_lede_beside_the_kept_paragraphs_in_their_box_survives_the_vote():
    lede = LEDE
    paragraphs = [lede, *STORY]
    assert voted(paragraphs, [READING], boxes=[(KIND, BOX)] * 3) == (paragraphs, [])


def test_a_lede_in_another_kind_of_box_is_voted_on():
    lede = LEDE
    boxes = [(("p", "div", "", "promo"), OTHER_BOX), (KIND, BOX), (KIND, BOX)]
    assert voted([lede, *STORY], [READING], boxes=boxes)[1] == [lede]


BODY = ("<p>A walk-in clinic for minor injuries will open in the old post office on Market "
        "Street in January, the health board said.</p><p>The clinic will be staffed by nurses "
        "and paramedics every day from eight to eight.</p>")


def client_page(state: object) -> str:
    return ("<!doctype html><html lang='en'><head><title>Walk-in clinic to open</title></head>"
            "<body><div id='__next'><h1>Walk-in clinic to open</h1><div class='skeleton'></div>"
            "</div><script id='__NEXT_DATA__' type='application/json'>"
            f"{json.dumps(state)}</script></body></html>")


def test_the_story_is_read_from_a_next_js_page_s_json_state():
    page = client_page({"props": {"pageProps": {"article": {"body": BODY}}}})
    assert parse_html(page).paragraphs[0].startswith("A walk-in clinic for minor injuries")


def test_the_longest_markup_in_the_state_is_the_story():
    teaser = "<p>Five walks for a rainy weekend.</p>"
    state = {"related": [{"body": teaser}], "article": {"body": BODY}}
    assert state_markup(client_page(state)) == [BODY]


def test_a_state_nested_past_python_s_reach_is_read_past():
    deep = "[" * 100_000 + "]" * 100_000
    page = client_page({}).replace("{}</script>", deep + "</script>")
    assert state_markup(page) == []


TEASERS = ["## More from Ruth Abernethy", "## Compost in a flat: a beginner’s guide",
           "No smell, no flies, I promise"]


def test_a_rail_of_other_stories_after_the_story_goes():
    assert without_rail([*STORY, *TEASERS]) == STORY


def test_a_rail_heading_with_the_story_s_paragraphs_after_it_cuts_nothing():
    text = [STORY[0], "## Most read", STORY[1] + " Work starts in March next year, it said."]
    assert without_rail(text) == text


@pytest.mark.parametrize("heading", ["## アクセスランキング", "### 相关阅读", "## 관련기사",
                                     "## Les plus lus", "#### Читайте также", "## Read next"])
def test_a_rail_s_heading_alone_is_furniture(heading):
    assert is_furniture(heading)


@pytest.mark.parametrize("label", ["**延伸閱讀**", "**更多北港新聞網報導**", "**আরও পড়ুন**",
                                   "**اقرأ أيضا**", "**Читайте также**", "Lesen Sie auch"])
def test_a_pointer_s_label_left_alone_is_furniture(label):
    assert is_furniture(label)


def test_a_sentence_that_opens_like_a_pointer_s_label_stays():
    assert not is_furniture("Related reading about the war is below.")


NEXT = ("<div class='next-article-divider'>Next story</div><article class='next-article'>"
        "<div class='kicker'>Business</div><h1>Vegetable prices fall in the city markets</h1>"
        "<div class='article-body'><p>The price of green vegetables fell by a fifth this "
        "week as the rains ended, traders said on Monday morning.</p></div></article>")


def story_page(after: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in [
        "The old bridge over the river will close for two years from March, the town "
        "council said on Tuesday after a vote.", *STORY,
        "Ferries will run every twenty minutes while the work goes on, the council added."])
    return ("<!doctype html><html lang='en'><head><title>Old bridge to close</title></head>"
            "<body><main><article><h1>Old bridge to close</h1>"
            f"<div class='article-body'>{body}</div></article>{after}</main></body></html>")


NEXT_TEXT = ("The price of green vegetables fell by a fifth this week as the rains ended, "
             "traders said on Monday morning.")


def test_the_next_story_appended_under_the_page_s_is_left_out():
    paragraphs = [*STORY, "Business", NEXT_TEXT]
    kept = before_next_story(paragraphs, Page(story_page(NEXT)), "Old bridge to close",
                             plain_text)
    assert kept == STORY


def test_a_second_heading_inside_the_story_s_own_article_cuts_nothing():
    inside = story_page("").replace("</div></article>", f"<h1>Timeline</h1><p>{NEXT_TEXT}</p>"
                                    "</div></article>")
    paragraphs = [*STORY, NEXT_TEXT]
    assert before_next_story(paragraphs, Page(inside), "Old bridge to close",
                             plain_text) == paragraphs


def test_a_headline_with_a_colon_keeps_its_second_part_before_the_site_s_name():
    title = "Как в уральском селе спасли школу: история одного учителя — Уральский край"
    assert strip_site(title, ["Уральский край"]) == \
        "Как в уральском селе спасли школу: история одного учителя"


HANDMADE = ("<!doctype html><html lang='en-GB'><head><title>Village News</title></head><body>"
            "<table width='780'><tr><td colspan='2'><font size='6'><b>Village News</b></font>"
            "</td></tr><tr><td width='150'><a href='/news.htm'>News</a><br>"
            "<a href='/sport.htm'>Sport</a></td><td width='620'><font face='Verdana' size='2'>"
            "<font size='5'><b>Hall roof appeal reaches its target</b></font><br><br>"
            "The appeal to repair the roof of the village hall has reached its target of "
            "eighteen thousand pounds, just five months after it was launched by the parish "
            "council.<br><br>The money came from more than 140 donations, two quiz nights, a "
            "sponsored walk and a grant from the district council, the treasurer said.<br><br>"
            "Work on the roof will start in June, and the hall will stay open throughout the "
            "repairs.</font></td></tr></table></body></html>")


def test_a_table_that_lays_out_a_hand_made_page_is_read_as_boxes():
    tree = lxml_html.fromstring(HANDMADE)
    unwrap_layout_tables(tree)
    assert tree.find(".//table") is None and tree.find(".//td") is None


def test_a_table_of_figures_stays_a_table():
    tree = lxml_html.fromstring("<html><body><table><tr><th>Year</th><th>Visitors</th></tr>"
                                "<tr><td>2023</td><td>41,000</td></tr></table></body></html>")
    unwrap_layout_tables(tree)
    assert tree.find(".//table") is not None


def test_the_story_of_a_hand_made_page_reads_as_its_paragraphs():
    paragraphs = parse_html(HANDMADE).paragraphs
    assert any(p.startswith("The money came from more than 140 donations") for p in paragraphs)
    assert not any("|" in p for p in paragraphs)  # no table of the page


def test_a_second_heading_under_next_js_s_root_is_no_next_story():
    page = story_page("").replace("<main>", "<div id='__next'><main>").replace(
        "</article>", f"</article><h1>Timeline</h1><p>{NEXT_TEXT}</p>").replace(
        "</main>", "</main></div>")
    paragraphs = [*STORY, NEXT_TEXT]
    assert before_next_story(paragraphs, Page(page), "Old bridge to close",
                             plain_text) == paragraphs
