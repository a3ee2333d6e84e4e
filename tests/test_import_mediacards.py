"""A video player's caption, described in its own JSON-LD, is no paragraph of the story."""

from __future__ import annotations

import json

from lxml import html as lxml_html

from explainer.importer.body import article_body
from explainer.importer.mediacards import SHOWN, drop_media_cards, media_descriptions

CAPTION = ("The mayor explains why the old bridge has to close for two years and what the "
           "ferry will cost.")
STORY = [
    "The two towns agreed on Tuesday to share the cost of a new bridge over the river.",
    "Work is to start next spring and should take about two years, the councils said.",
    "Residents have waited for a second crossing since the old ferry stopped running.",
    "The regional fund will pay half, and tolls on lorries will pay for the rest of it.",
    "Cars and bicycles will cross for free for the first five years after it opens.",
]


def script(kind: str = "VideoObject", description: str = CAPTION) -> str:
    data = {"@context": "https://schema.org", "@type": kind, "name": "The bridge",
            "description": description, "duration": "PT3M18S"}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def player(kind: str = "VideoObject", description: str = CAPTION) -> str:
    return (f'<div class="player"><div class="frame"><img src="still.jpg" alt=""></div>'
            f'{script(kind, description)}<span class="text">{description}</span>'
            '<span class="meta">21.04.2024 | 3:18 min</span></div>')


def tree_of(body: str):
    return lxml_html.fromstring(f"<html><body><article>{body}</article></body></html>")


def text_of(tree) -> str:
    """The text a reader sees: no script's."""
    return " ".join(" ".join(tree.xpath(SHOWN)).split())


def test_the_description_of_a_video_is_read_from_its_json_ld():
    tree = tree_of(script())
    assert media_descriptions(tree.find(".//script")) == [CAPTION.casefold()]


def test_a_recording_is_described_as_a_video_is():
    tree = tree_of(script("AudioObject"))
    assert media_descriptions(tree.find(".//script")) == [CAPTION.casefold()]


def test_an_article_s_description_is_no_player_s():
    tree = tree_of(script("NewsArticle"))
    assert media_descriptions(tree.find(".//script")) == []


def test_a_short_description_is_not_matched_on():
    tree = tree_of(script(description="The bridge"))
    assert media_descriptions(tree.find(".//script")) == []


def test_broken_json_ld_describes_nothing():
    tree = tree_of('<script type="application/ld+json">{"@type": "VideoObject",</script>')
    assert media_descriptions(tree.find(".//script")) == []


def test_the_player_s_box_goes_with_its_caption_and_length():
    tree = drop_media_cards(tree_of(f"<p>{STORY[0]}</p>{player()}<p>{STORY[1]}</p>"))
    assert text_of(tree) == f"{STORY[0]} {STORY[1]}"


def test_a_box_that_holds_the_story_too_is_kept():
    body = f'<div>{script()}<p>{CAPTION}</p>{"".join(f"<p>{s}</p>" for s in STORY)}</div>'
    tree = drop_media_cards(tree_of(body))
    assert CAPTION in text_of(tree) and STORY[-1] in text_of(tree)


def test_a_paragraph_that_repeats_the_description_away_from_the_player_is_kept():
    body = f"<p>{CAPTION}</p><p>{STORY[0]}</p><div class='player'>{script()}</div>"
    tree = drop_media_cards(tree_of(body))
    assert text_of(tree) == f"{CAPTION} {STORY[0]}"


def test_a_description_in_the_head_removes_nothing():
    page = lxml_html.fromstring(f"<html><head>{script()}</head><body><p>{CAPTION}</p>"
                                "</body></html>")
    assert CAPTION in text_of(drop_media_cards(page))


def test_an_imported_text_has_no_video_caption():
    """The story's paragraphs in <div>s, as zdf.de sets them: the player's caption reads as
    one of them."""
    before, after = ("".join(f"<div>{s} {s}</div>" for s in part)
                     for part in (STORY[:2], STORY[2:]))
    page = (f"<html><head><title>Towns agree on a bridge</title></head><body><article>"
            f"<h1>Towns agree on a bridge</h1>{before}{player()}{after}"
            "</article></body></html>")
    markdown, _ = article_body(page, "https://news.example/bridge")
    assert "Tuesday" in markdown and "mayor explains" not in markdown and "3:18" not in markdown


def test_json_ld_wrapped_for_old_browsers_is_read():
    data = json.dumps({"@type": "VideoObject", "description": CAPTION})
    tree = tree_of(f'<script type="application/ld+json">// <![CDATA[\n{data}\n// ]]></script>')
    assert media_descriptions(tree.find(".//script")) == [CAPTION.casefold()]
