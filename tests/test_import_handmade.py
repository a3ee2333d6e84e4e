"""A hand-made page read as a reader sees it: laid out with tables, its headline in a bold
``<font>`` and no ``<h1>``, its text parted by line breaks, its address known only by the
browser that saved it or by where its links lead."""

from __future__ import annotations

import pytest
from lxml import etree
from lxml import html as lxml_html

from explainer.importer.addresses import links_host, saved_address
from explainer.importer.breaks import paragraphs_from_breaks
from explainer.importer.headerdates import header_date
from explainer.importer.headlines import headline_element
from explainer.importer.html import parse_html
from explainer.importer.repeats import without_header_lines, without_tag_line
from explainer.importer.stamps import is_time_stamp
from explainer.importer.stretch import is_consent

HOME = "https://www.eastfold.example"
SITE = "The Eastfold Valley Gazette"
MENU = " | ".join(f'<a href="{HOME}/{s}.htm">{s.title()}</a>'
                  for s in ("news", "sport", "business", "weather", "letters", "contact"))
STORY = [
    "The parish council has agreed to buy the old ferry house on the quay for the village.",
    "The building, empty since the ferry stopped running in 1994, will become a small museum "
    "of the river and a meeting room for clubs.",
    "The council will pay for it from the sale of two plots of land on Mill Lane.",
]


def hand_made(head: str = "", lines: str = "", after: str = "", title: str = "") -> str:
    """A page laid out with tables, its headline in a bold <font>, no <h1>."""
    title = title or f"{SITE} - Ferry house to become village museum"
    text = "<br><br>\n".join(STORY)
    lines = lines or ('<font size="1">Posted on Friday 12th July 2024</font> &middot; '
                      '<font size="1">By <b>Ruth Penrose</b></font><br><br>')
    return f"""<html><head>{head}<title>{title}</title>
<meta name="keywords" content="Parish council, Heritage"></head><body>
<table width="780"><tr><td colspan="2"><font size="6"><b>{SITE}</b></font></td></tr>
<tr><td colspan="2"><font size="2">{MENU}</font></td></tr>
<tr><td width="620"><font face="Verdana" size="2">
<font size="1" color="#cc0000"><b>LOCAL NEWS</b></font><br>
<font size="5"><b>Ferry house to become village museum</b></font><br>
{lines}
<img src="{HOME}/pics/ferry-house.jpg" width="300" align="right"><br>
{text}<br><br>
<hr><font size="1">Topics: Parish council, Heritage</font><br><br>
{after}
<table><tr><td><font size="1"><b>reader42</b> &middot; 3 August 2024, 10:00</font></td></tr>
<tr><td><font size="2">About time somebody looked after that house.</font></td></tr></table>
</font></td></tr></table></body></html>"""


def test_the_address_a_browser_wrote_into_the_page_it_saved_is_read():
    page = "<!-- saved from url=(0040)https://news.example.org/2024/07/ferry -->\n<html>"
    assert saved_address(page) == "https://news.example.org/2024/07/ferry"


def test_the_address_singlefile_wrote_into_the_page_it_saved_is_read():
    page = ("<!DOCTYPE html> <html><!--\n Page saved with SingleFile \n url: "
            "https://news.example.org/ferry \n saved date: Fri Jul 12 2024 -->")
    assert saved_address(page) == "https://news.example.org/ferry"


def test_a_saved_page_keeps_the_address_its_browser_wrote():
    page = "<!-- saved from url=(0040)https://news.example.org/2024/07/ferry -->\n" + hand_made()
    assert parse_html(page).source_url == "https://news.example.org/2024/07/ferry"


def test_the_host_most_links_lead_to_is_the_sites():
    hrefs = [f"{HOME}/{n}.htm" for n in range(6)] + ["https://twitter.example/x", "/about"]
    assert links_host(hrefs) == "eastfold.example"


@pytest.mark.parametrize("hrefs", [
    [f"{HOME}/{n}.htm" for n in range(4)],  # too few to tell
    [f"{HOME}/{n}.htm" for n in range(5)] + [f"https://other{n}.example/" for n in range(5)],
])
def test_no_host_is_named_by_links_that_do_not_agree(hrefs):
    assert links_host(hrefs) == ""


def test_a_pages_title_loses_the_site_its_links_name_when_no_h1_shows_the_headline():
    assert parse_html(hand_made()).title == "Ferry house to become village museum"


def test_the_headline_of_a_page_without_h1_is_the_element_showing_its_title():
    tree = lxml_html.fromstring(hand_made())
    assert headline_element(tree).text_content() == "Ferry house to become village museum"


def test_a_page_with_an_h1_has_it_for_its_headline():
    tree = lxml_html.fromstring("<html><body><h1>Ferry house sold</h1><b>Ferry house sold</b>")
    assert headline_element(tree).tag == "h1"


def test_the_date_under_a_headline_set_in_bold_is_the_pages():
    assert str(parse_html(hand_made()).date) == "2024-07-12"


def test_no_date_is_read_past_the_start_of_a_story_set_as_text_between_breaks():
    tree = lxml_html.fromstring(hand_made(lines='<font size="1">By Ruth Penrose</font><br><br>'))
    assert header_date(tree) is None  # not the reader's comment of 3 August


def test_a_story_parted_by_breaks_inside_a_font_inside_a_cell_is_read_whole():
    assert list(parse_html(hand_made()).paragraphs[:3]) == STORY


def test_text_parted_by_breaks_in_nested_containers_makes_no_nested_paragraphs():
    tree = lxml_html.fromstring(
        f"<div><font>{'<br><br>'.join(STORY)}</font><br><br>"
        "The museum will open next spring, the council said on its notice board.</div>")
    paragraphs_from_breaks(tree)
    assert not tree.xpath("//p//p")


def parted(markup: str) -> list[str]:
    """The paragraphs that line breaks part a box's text into, as markup."""
    tree = paragraphs_from_breaks(lxml_html.fromstring(markup))
    return [etree.tostring(p, encoding="unicode", with_tail=False) for p in tree.iter("p")]


HEADED = ["<p><b>A museum by the river</b></p>", f"<p>{STORY[1]}</p>"]


def test_a_line_of_one_bold_mark_before_a_break_is_apart_from_the_text_after_it():
    markup = f"<div>{STORY[0]}<br><br><b>A museum by the river</b><br>{STORY[1]}</div>"
    assert parted(markup)[1:] == HEADED


def test_a_break_after_a_block_opens_no_paragraph_of_its_own():
    markup = (f"<div>{STORY[0]}<br><br><center>(a picture)</center><br>"
              f"<b>A museum by the river</b><br>{STORY[1]}</div>")
    assert parted(markup)[1:] == HEADED


def test_a_sentence_in_bold_before_a_single_break_stays_in_its_paragraph():
    markup = f"<div>{STORY[0]}<br><br><b>The vote was close.</b><br>{STORY[1]}</div>"
    assert len(parted(markup)) == 2


def test_the_kicker_time_stamp_byline_and_tags_of_a_hand_made_page_leave_its_text():
    paragraphs = parse_html(hand_made()).paragraphs
    assert list(paragraphs) == STORY


def test_a_time_stamp_and_the_byline_on_one_line_leave_the_text():
    line = "Posted on Friday 12th July 2024 · By Ruth Penrose"
    assert without_header_lines([line, *STORY], "Ferry house", ("Ruth Penrose",)) == STORY


def test_a_line_naming_another_person_beside_the_time_stamp_stays():
    line = "Posted on Friday 12th July 2024 · By Ruth Penrose and Alan Hoyle"
    assert without_header_lines([line, *STORY], "Ferry house", ("Ruth Penrose",))[0] == line


@pytest.mark.parametrize("stamp", ["Birt: 14. febrúar 2024 kl. 10:12",
                                   "Publicat: 3 aprilie 2024, 09:40",
                                   "Objavljeno: 12. 07. 2024."])
def test_time_stamps_are_read_in_more_languages(stamp):
    assert is_time_stamp(stamp)


def test_a_kicker_over_the_headline_leaves_the_text():
    paragraphs = ["LOCAL NEWS", "**Ferry house to become village museum**", *STORY]
    assert without_header_lines(paragraphs, "Ferry house to become village museum", ()) == STORY


def test_a_short_last_line_is_no_kicker():
    paragraphs = [*STORY, "See also"]
    assert without_header_lines(paragraphs, "Ferry house", ()) == paragraphs


def test_a_closing_line_listing_the_pages_tags_leaves_the_text():
    tags = ["Parish council", "Heritage"]
    assert without_tag_line([*STORY, "Topics: Parish council, Heritage"], tags) == STORY


def test_a_closing_line_naming_more_than_the_tags_stays():
    line = "Related: Parish council, the new ferry timetable"
    assert without_tag_line([*STORY, line], ["Parish council"]) == [*STORY, line]


@pytest.mark.parametrize("banner", [
    "Folosim cookie-uri pentru funcționarea site-ului și pentru statistici.",
    "Þessi vefur notar vafrakökur til að bæta þjónustu og greina umferð.",
    "Używamy ciasteczek, aby strona działała poprawnie.",
])
def test_a_cookie_banner_is_read_in_more_languages(banner):
    assert is_consent(banner)


def test_a_story_about_cookies_is_no_banner():
    assert not is_consent("The regulator fined the bank for setting cookies without consent.")


def test_a_cookie_banner_opening_a_hand_made_page_leaves_its_text():
    banner = ('<table><tr><td><font size="1">We use cookies to run this site and to measure '
              'its audience. You can withdraw your consent at any time.</font></td></tr>'
              '</table>')
    page = hand_made().replace("<body>", f"<body>{banner}", 1)
    assert list(parse_html(page).paragraphs) == STORY
