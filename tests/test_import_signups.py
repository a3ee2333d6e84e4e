"""A newsletter's sign-up box is no part of the story."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import pytest
from lxml import html as lxml_html

from explainer.importer.body import article_body
from explainer.importer.signups import (
    drop_overlays,
    drop_polls,
    drop_signup_boxes,
    drop_subscribe_appeals,
)

STORY = [f"Paragraph {n}: the council voted to build the bridge over the river this spring, "
         "and the work will take two years." for n in range(6)]
BOX = ('<ps-newsletter-module class="module newsletter-module"><p class="module-title">The '
       "stories shaping California</p><p>Get up to speed with our Essential California "
       "newsletter.</p><p class='module-disclaimer'>You may occasionally receive promotional "
       "content from the Gazette.</p></ps-newsletter-module>")


def text_of(markup: str) -> str:
    tree = lxml_html.fromstring(f"<html><body>{markup}</body></html>")
    return " ".join(drop_signup_boxes(tree).text_content().split())


def left_by(drop: Callable[[Any], Any], markup: str) -> str:
    """The words of a page that one of the box rules (``drop``) left."""
    tree = lxml_html.fromstring(f"<html><body>{markup}</body></html>")
    return " ".join(drop(tree).text_content().split())


STORY_TEXT = "".join(f"<p>{s}</p>" for s in STORY)


@pytest.mark.parametrize("box", [
    BOX, '<div id="signup-box"><p>Sign in to get the morning briefing.</p></div>',
    '<aside class="c-nl-signup"><h3>The Briefing</h3><p>Every weekday.</p></aside>',
])
def test_a_sign_up_box_goes_and_the_text_after_it_stays(box):
    assert text_of(f"{STORY_TEXT}{box} after") == text_of(f"{STORY_TEXT} after")


def test_a_sign_up_box_that_is_the_page_s_text_stays():  # a newsletter's own issue
    assert "Essential California" in text_of(f"<p>{STORY[0]}</p>{BOX}")


@pytest.mark.parametrize("markup", [
    '<div class="newsletter-issue">' + " ".join(STORY * 3) + "</div>",  # a newsletter's text
    '<div class="designup">Sign of the times.</div>',  # a name that only holds the letters
])
def test_what_is_no_sign_up_box_stays(markup):
    assert text_of(markup) == " ".join(lxml_html.fromstring(markup).text_content().split())


def test_an_imported_text_has_no_sign_up_box():
    page = ("<html><head><title>Bridge</title></head><body><article><h1>Bridge vote</h1>"
            + "".join(f"<p>{s}</p>" for s in STORY[:3]) + BOX
            + "".join(f"<p>{s}</p>" for s in STORY[3:]) + "</article></body></html>")
    markdown, _ = article_body(page, None)
    assert STORY[-1] in markdown and "promotional" not in markdown
    assert "stories shaping" not in markdown


APPEAL = ('<div class="support"><img src="a.png"><button>✕</button><div><strong>Any amount'
          "</strong> keeps this paper free.<br>Give by PayPal <a href='/give'>here</a></div></div>")


overlays_dropped = functools.partial(left_by, drop_overlays)


@pytest.mark.parametrize("box", [
    APPEAL, APPEAL.replace("<button>✕</button>", "<button aria-label='Close'></button>"),
    APPEAL.replace("<button>✕</button>", "<button>schließen</button>"),
])
def test_a_box_with_its_own_close_control_goes(box):
    assert overlays_dropped(f"{STORY_TEXT}{box}") == overlays_dropped(STORY_TEXT)


def test_a_box_with_a_close_control_that_holds_the_page_s_text_stays():
    assert "council" in overlays_dropped(f"<div><button>✕</button><p>{STORY[0]}</p></div>")


def test_a_page_s_text_in_a_script_without_spaces_counts_by_its_characters():
    thai = "".join(f"<p>{'การสนับสนุนจากคุณคือการร่วมสร้างสื่อเสรี' * 4}</p>" for _ in range(4))
    assert "PayPal" not in overlays_dropped(f"{thai}{APPEAL}")


POLL = ('<div class="poll"><p>Should the platforms be regulated more strictly?</p>'
        '<label><input type="radio" name="vote" value="1"> Yes</label>'
        '<label><input type="radio" name="vote" value="2"> No</label></div>')
APPEAL_BOX = ("<div><p>Independent journalism needs readers who pay for it.</p>"
              "<button>Jetzt abonnieren</button></div>")


@pytest.mark.parametrize(("drop", "box"), [(drop_polls, POLL),
                                           (drop_subscribe_appeals, APPEAL_BOX)])
def test_a_reader_poll_or_a_box_ending_in_a_button_to_subscribe_goes(drop, box):
    assert left_by(drop, f"{STORY_TEXT}{box}") == left_by(drop, STORY_TEXT)


@pytest.mark.parametrize(("drop", "box", "kept"), [
    (drop_polls, POLL.replace('<label><input type="radio" name="vote" value="2"> No</label>',
                              ""), "regulated"),  # a single radio button is no poll
    (drop_subscribe_appeals, APPEAL_BOX.replace("Jetzt abonnieren", "Mehr lesen"),
     "Independent journalism"),  # another button
])
def test_a_box_that_is_no_poll_nor_appeal_stays(drop, box, kept):
    assert kept in left_by(drop, f"{STORY_TEXT}{box}")


@pytest.mark.parametrize(("drop", "box"), [(drop_polls, POLL),
                                           (drop_subscribe_appeals, "<button>Subscribe</button>")])
def test_a_poll_or_a_button_to_subscribe_in_the_story_s_own_box_leaves_the_story(drop, box):
    assert "council voted" in left_by(drop, f"<div>{STORY_TEXT}{box}</div>")
