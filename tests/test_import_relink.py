"""Links given back to paragraphs whose reading lost them (trafilatura's fallback reading keeps
none: a Reuters story's "click here." had no link)."""

from __future__ import annotations

from trafilatura.utils import load_html

from explainer.importer import body
from explainer.importer.relink import page_links, relinked

URL = "https://news.example.com/world/story"


def links_of(markup: str, url: str | None = URL):
    return page_links(load_html(f"<html><body><article>{markup}</article></body></html>"), url)


def test_a_paragraph_without_links_gets_those_of_the_page_block_of_its_words():
    links = links_of('<div class="paragraph">To read the report, click '
                     '<a href="https://example.org/report.pdf">here</a>.</div>')
    assert relinked(["To read the report, click here."], links) == [
        "To read the report, click [here](https://example.org/report.pdf)."]


def test_links_go_back_in_order_each_after_the_one_before():
    links = links_of('<p><a href="/a">The report</a> said the report was late, and '
                     '<a href="/b">the report</a> was read.</p>')
    assert relinked(["The report said the report was late, and the report was read."],
                    links) == [
        "[The report](https://news.example.com/a) said the report was late, and "
        "[the report](https://news.example.com/b) was read."]


def test_a_link_goes_only_on_whole_words():
    links = links_of('<p>Go there and click <a href="https://example.org/x">here</a>.</p>')
    assert relinked(["Go there and click here."], links) == [
        "Go there and click [here](https://example.org/x)."]


def test_a_link_whose_words_the_markdown_escapes_is_found():
    links = links_of('<p>Shares of <a href="https://example.org/att">AT*T</a> fell.</p>')
    assert relinked(["Shares of AT\\*T fell."], links) == [
        "Shares of [AT\\*T](https://example.org/att) fell."]


def test_a_paragraph_that_kept_a_link_is_left_as_it_is():
    links = links_of('<p>See <a href="https://example.org/a">one</a> and '
                     '<a href="https://example.org/b">two</a>.</p>')
    kept = "See [one](https://example.org/a) and two."
    assert relinked([kept], links) == [kept]


def test_a_paragraph_of_other_words_gets_no_link():
    links = links_of('<p>Click <a href="https://example.org/x">here</a>.</p>')
    assert relinked(["Click here to read more."], links) == ["Click here to read more."]


def test_a_heading_gets_no_link():
    links = links_of('<p><a href="https://example.org/x">The vote</a></p>')
    assert relinked(["## The vote"], links) == ["## The vote"]


def test_a_script_address_and_a_place_on_the_page_give_no_link():
    links = links_of('<p>Open <a href="javascript:void(0)">the menu</a> or '
                     '<a href="#notes">the notes</a> now.</p>')
    assert relinked(["Open the menu or the notes now."], links) == [
        "Open the menu or the notes now."]


def test_a_block_holding_other_blocks_is_no_paragraph_of_links():
    assert links_of('<div>Intro <a href="/x">x</a><p>Body text here.</p></div>') == {}


def test_a_relative_address_stays_relative_without_the_page_address():
    links = links_of('<p>Read <a href="/about">our rules</a>.</p>', url=None)
    assert relinked(["Read our rules."], links) == ["Read [our rules](/about)."]


def test_the_article_body_gives_back_links_its_reading_lost(monkeypatch):
    page = ("<html><body><article><h1>Report out</h1>"
            + "<p>An opening sentence of the story that has enough words to be read.</p>" * 3
            + '<div class="paragraph">To read the report, click '
            '<a href="https://example.org/report.pdf">here</a>.</div></article></body></html>')
    monkeypatch.setattr(body, "_extracted", lambda *args, **kwargs: (
        "An opening sentence of the story that has enough words to be read.\n\n"
        "To read the report, click here."))
    text, _ = body.article_body(page, URL)
    assert text.endswith("To read the report, click [here](https://example.org/report.pdf).")


def test_a_block_of_many_links_each_to_its_own_word():
    count = 300  # each "here" goes to its own address, in the block's order
    links = links_of("<p>" + " ".join(f'Read <a href="/s{i}">here</a>' for i in range(count))
                     + "</p>")
    relinked_text = relinked([" ".join("Read here" for _ in range(count))], links)[0]
    assert relinked_text == " ".join(f"Read [here](https://news.example.com/s{i})"
                                     for i in range(count))
