"""Second opinions on the body: a paragraph that neither goose3 nor newspaper4k reads as the
story's is left out (explainer/importer/opinions.py)."""

from __future__ import annotations

from explainer.importer import opinions
from explainer.importer.html import parse_html
from explainer.importer.opinions import second_readings, voted
from tests.test_import_html import PARAGRAPHS, page

STORY = ["The council voted on Tuesday to close the old bridge for repairs.",
         "Engineers found cracks in two of its piers during an inspection in May.",
         "Sign up for our newsletter to get the day's news every morning."]
READING = "The council voted on Tuesday to close the old bridge for repairs. Engineers found " \
    "cracks in two of its piers during an inspection in May."


def test_a_paragraph_no_reading_holds_is_left_out():
    assert voted(STORY, [READING]) == (STORY[:2], STORY[2:])


def test_a_paragraph_one_reading_holds_is_kept():
    assert voted(STORY, [READING, READING + " " + STORY[2]]) == (STORY, [])


def test_a_paragraph_half_of_whose_words_a_reading_holds_is_kept():
    mixed = "The council voted to close it, said a spokesman for the mayor's office."
    assert voted([*STORY[:2], mixed], [READING])[1] == []


def test_a_short_paragraph_is_kept_whatever_the_readings_say():
    assert voted([*STORY[:2], "## Read more"], [READING]) == ([*STORY[:2], "## Read more"], [])


def test_a_reading_with_under_half_our_words_has_no_say():
    assert voted(STORY, ["The council voted on Tuesday."]) == (STORY, [])


def test_without_readings_every_paragraph_is_kept():
    assert voted(STORY, []) == (STORY, [])


def test_a_links_address_is_not_counted_as_the_paragraphs_words():
    linked = "The council [voted on Tuesday](https://example.org/council-minutes-2024-05-04" \
        "-agenda-item-nine-bridge) to close the bridge."
    assert voted([linked, *STORY[1:2]], [READING])[1] == []


def test_case_and_width_are_folded():
    assert voted(["THE COUNCIL VOTED ON TUESDAY"], ["the council voted on tuesday"]) == (
        ["THE COUNCIL VOTED ON TUESDAY"], [])


def test_both_extractors_read_a_plain_article():
    readings = second_readings(page())
    assert len(readings) == 2
    for reading in readings:
        assert PARAGRAPHS[0][:40] in reading


def test_an_extractor_that_fails_has_no_say(monkeypatch):
    def broken(page: str, url: str | None) -> str:
        raise ValueError("unreadable")

    monkeypatch.setattr(opinions, "_goose", broken)
    monkeypatch.setattr(opinions, "_newspaper", broken)
    assert second_readings(page()) == []


def test_a_page_of_many_elements_is_not_read_again(monkeypatch):
    monkeypatch.setattr(opinions, "MOST_ELEMENTS", 10)
    assert second_readings(page()) == []


def test_the_one_extractor_option_reads_with_trafilatura_alone(tmp_path, monkeypatch):
    from explainer.commands.cli import main

    def no(page: str, url: str | None) -> list[str]:
        raise AssertionError("second opinions were asked for")

    monkeypatch.setattr("explainer.importer.html.second_readings", no)
    source = tmp_path / "story.html"
    source.write_text(page(), encoding="utf-8")
    out = tmp_path / "story.md"
    assert main(["import", str(source), "--output", str(out), "--one-extractor", "-q"]) == 0
    assert PARAGRAPHS[0] in out.read_text(encoding="utf-8")


def test_the_import_leaves_out_the_paragraph_and_says_so(monkeypatch):
    prompt = "Forecasters expect heavy snowfall across northern mountain passes by Friday."
    held = " ".join(PARAGRAPHS)
    monkeypatch.setattr("explainer.importer.html.second_readings",
                        lambda page, url: [held, held])
    article = parse_html(page(body_extra=f"<p>{prompt}</p>"))
    assert prompt not in article.paragraphs
    assert [n for n in article.notes if "neither goose3 nor newspaper4k" in n] == [
        "1 paragraph(s) left out that neither goose3 nor newspaper4k reads as the story's, "
        f"the first: '{prompt}'"]
