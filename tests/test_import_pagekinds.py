"""The text of kinds of pages an explainer is made from besides a news story: a press
release (its label, reference and media contacts left out), a live blog (every entry kept),
an explainer of questions set as headings over lists."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from explainer.importer.customtags import named_elements
from explainer.importer.furniture import is_furniture
from explainer.importer.headings import subheadings, with_subheadings
from explainer.importer.html import parse_html
from explainer.importer.releases import without_release_furniture
from explainer.importer.repeats import without_section_label
from explainer.importer.restore import restored
from explainer.importer.setapart import Page
from explainer.importer.splitbody import _story_box, body_parts, joined_boxes
from explainer.importer.stretch import is_consent
from explainer.importer.summary import plain_text
from tests.test_import_html import PARAGRAPHS

STATEMENT = ["The ministry has begun dredging three river channels to ease flooding.",
             "Work on the first channel will take four months, the minister said."]


@pytest.mark.parametrize("label", ["Press release", "**For immediate release**",
                                   "**Communiqué de presse**\nPour diffusion immédiate",
                                   "Ref: FMIWI/PR/031/2024", "Nota de prensa"])
def test_a_press_releases_label_or_reference_opening_it_leaves_the_text(label):
    assert without_release_furniture([label, *STATEMENT]) == STATEMENT


def test_a_sentence_about_a_press_release_stays():
    text = ["The press release was issued on Monday.", *STATEMENT]
    assert without_release_furniture(text) == text


def test_the_media_contacts_that_end_a_release_leave_the_text():
    contacts = ["Personnes-ressources",
                "Geneviève Arsenault  \nAttachée de presse  \n613-555-0148",
                "Relations avec les médias  \nmedias@pcc.gc.example", "Restez branchés"]
    assert without_release_furniture([*STATEMENT, *contacts]) == STATEMENT


def test_a_contacts_heading_followed_by_the_story_stays():
    text = [*STATEMENT, "## Contacts", "The ministry said it had been in contact with every "
            "council along the river since January, and that each would be told in writing "
            "before work began near its towns."]
    assert without_release_furniture(text) == text


def test_a_call_to_join_a_channel_is_furniture():
    assert is_furniture("📣 Click here to join our Telegram channel (@deccanexplained) and stay "
                        "updated with the latest explainers")


@pytest.mark.parametrize("banner", [
    "Овај сајт користи колачиће ради бољег рада и мерења посећености.",
    "یہ ویب سائٹ بہتر تجربے کے لیے کوکیز استعمال کرتی ہے۔",
])
def test_cookie_banners_in_more_scripts(banner):
    assert is_consent(banner)


ENTRY = ('<article class="block"><header><p><time>{time}</time></p></header>'
         '<h3>{head}</h3><p>{text}</p></article>')


def live_blog() -> lxml_html.HtmlElement:
    entries = [ENTRY.format(time=f"0{n}:00", head=f"Update number {n}", text=text)
               for n, text in enumerate(PARAGRAPHS, 1)]
    return lxml_html.fromstring(f"<html><body><div class='blocks'>{''.join(entries)}</div>"
                                "</body></html>")


def test_a_live_blogs_entries_are_read_as_parts_of_one_story():
    assert len(body_parts(live_blog())[0]) == len(PARAGRAPHS)


def test_a_live_blogs_entries_are_joined_when_the_reading_kept_one():
    read = lambda box: box.split("<p>")[-1].split("</p>")[0]  # noqa: E731 (the entry's text)
    assert joined_boxes(PARAGRAPHS[0], body_parts(live_blog()), read).split("\n\n") == \
        PARAGRAPHS


def test_an_article_alone_in_its_parent_is_no_entry():
    tree = lxml_html.fromstring("<html><body><div><article><p>One</p></article></div>"
                                "<div><article><p>Two</p></article></div></body></html>")
    assert body_parts(tree) == []


QUESTIONS = lxml_html.fromstring(
    "<html><body><article><p>The city's water utility estimates that Bengaluru needs about "
    "2,600 million litres a day.</p><h3>Why is the shortage so bad?</h3>"
    "<p>Several factors have come together:</p><ul><li>the monsoon brought less rain than "
    "normal to the basin;</li><li>groundwater levels dropped sharply.</li></ul>"
    "<h3>Who is worst affected?</h3><p>The crisis is sharpest in the eastern and southern "
    "suburbs of the city.</p></article></body></html>")


def test_a_heading_over_a_short_lead_in_is_put_back():
    text = ["The city's water utility estimates that Bengaluru needs about 2,600 million "
            "litres a day.", "Several factors have come together:",
            "The crisis is sharpest in the eastern and southern suburbs of the city."]
    out = with_subheadings(text, subheadings(QUESTIONS))
    assert out[1] == "### Why is the shortage so bad?"


def test_a_heading_after_a_list_is_put_back_by_the_lists_first_item():
    text = ["Several factors have come together:",
            "the monsoon brought less rain than normal to the basin;",
            "groundwater levels dropped sharply.",
            "The crisis is sharpest in the eastern and southern suburbs of the city."]
    out = with_subheadings(text, subheadings(QUESTIONS))
    assert out[3] == "### Who is worst affected?"


EXPLAINER = """<html><head><title>Why Bengaluru is running out of water</title></head><body>
<article><h1>Why Bengaluru is running out of water</h1>
<p>Residents of several neighbourhoods have spent the past month organising their lives around
water tankers, and the price of a tanker has doubled in some parts of the city.</p>
<h3>How much water does the city need?</h3>
<p>The city's water utility estimates that Bengaluru needs about 2,600 million litres a day,
of which piped supply from the Cauvery river provides around 1,450.</p>
<h3>Why is the shortage so bad this year?</h3>
<p>Several factors have come together:</p>
<ul><li>the south-west monsoon brought much less rain than normal to the basin;</li>
<li>groundwater levels, already falling for years, dropped sharply after the weak monsoon;</li>
<li>many newer areas were never connected to the pipeline and depend on groundwater.</li></ul>
<div class="also-read"><span>ALSO READ |</span> <a href="/monsoon">Monsoon likely to be normal
this year, says weather office</a></div>
<h3>Who is worst affected?</h3>
<p>The crisis is sharpest in the eastern and southern suburbs, where large apartment complexes
were built faster than the water network could expand.</p>
<p>Poorer households in informal settlements, which cannot afford private tankers, are also
hard hit, residents' groups say.</p></article></body></html>"""


def test_an_explainers_questions_and_lists_are_kept_in_their_order():
    paragraphs = parse_html(EXPLAINER).paragraphs
    questions = [p for p in paragraphs if p.startswith("#")]
    assert questions == ["## How much water does the city need?",
                         "## Why is the shortage so bad this year?", "## Who is worst affected?"]
    listed = paragraphs.index("## Why is the shortage so bad this year?")
    assert paragraphs[listed + 2].startswith("- the south-west monsoon")
    assert paragraphs[listed + 3] == "## Who is worst affected?"


def test_a_list_dropped_before_a_kept_subheading_is_put_back_above_it():
    lead_in, crisis = "Several factors have come together:", EXPLAINER.split(
        "<h3>Who is worst affected?</h3>\n<p>")[1].split("</p>")[0]
    crisis = " ".join(crisis.split())
    text = [lead_in, "## Who is worst affected?", crisis]
    out = restored(text, Page(EXPLAINER), None, plain_text)
    assert out[0] == lead_in and out[1].startswith("- the south-west monsoon")
    assert out[2:] == text[1:]


def test_a_live_entry_with_its_own_heading_is_a_story_box():
    entry = ("### Schools closed in Keswick\n\nThe county council says four schools in and "
             "around Keswick are closed today because of flooding or because staff cannot "
             "reach them.")
    assert _story_box(entry)


def test_a_teaser_with_its_linked_headline_is_no_story_box():
    teaser = ("### [Schools closed in Keswick](/news/schools)\n\nThe county council says four "
              "schools in and around Keswick are closed today because of flooding.")
    assert not _story_box(teaser)


def test_a_long_paragraph_with_a_telephone_number_after_a_contacts_heading_stays():
    long = ("Residents who were moved out of their homes can call the council's housing line "
            "on 0800 555 0199, which is open every day from eight in the morning until ten at "
            "night, and officers will visit anyone who cannot reach the line by telephone, "
            "the council said, adding that a second line would open next week for businesses "
            "whose premises had been flooded, and that grants of up to five hundred pounds "
            "were available to every household that had lost belongings in the water.")
    text = [*STATEMENT, "Contacts", long]
    assert without_release_furniture(text) == text


@pytest.mark.parametrize("trail", ["News › Salisbury", "Home > World > Africa",
                                   "[News](/news) › [Salisbury](/news/salisbury)"])
def test_a_breadcrumb_trail_opening_the_text_leaves_it(trail):
    assert without_section_label([trail, *STATEMENT], []) == STATEMENT


def test_a_sentence_with_an_angle_mark_opening_the_text_stays():
    text = ["Demand > supply in every district, the report found.", *STATEMENT]
    assert without_section_label(text, []) == text


def test_a_custom_element_named_for_a_paragraph_is_one():
    tree = named_elements(lxml_html.fromstring(
        "<html><body><story-paragraph>Text.</story-paragraph></body></html>"))
    assert [p.text for p in tree.iter("p")] == ["Text."]


def test_other_custom_elements_are_boxes_that_keep_their_names():
    tree = named_elements(lxml_html.fromstring(
        "<html><body><comment-thread><p>Great!</p></comment-thread></body></html>"))
    assert tree.xpath("//div/@class") == ["comment-thread"]


def test_a_custom_element_named_for_a_paragraph_that_holds_paragraphs_is_a_box():
    tree = named_elements(lxml_html.fromstring(
        "<html><body><text-block><p>One.</p><p>Two.</p></text-block></body></html>"))
    assert not tree.xpath("//p//p")


COMPONENTS = f"""<html><head><title>Ferry house to become a museum</title></head><body>
<site-header><nav-menu><nav-item>News</nav-item><nav-item>Sport</nav-item></nav-menu></site-header>
<article-header><story-headline><h1>Ferry house to become a museum</h1></story-headline>
</article-header><article-body>
{''.join(f'<story-paragraph>{p}</story-paragraph>' for p in PARAGRAPHS)}
</article-body><comment-thread><h2>Comments</h2><comment-item><span>Ann</span>
<p>About time somebody looked after that old house by the river.</p></comment-item>
</comment-thread></body></html>"""


def test_a_page_of_custom_elements_is_read_as_its_names_say():
    assert list(parse_html(COMPONENTS).paragraphs) == PARAGRAPHS


@pytest.mark.parametrize("button", ["Show less", "...more", "…more"])
def test_a_description_boxs_buttons_are_furniture(button):
    assert is_furniture(button)
