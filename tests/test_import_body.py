"""The article's text from a page: a story split over several containers is read whole."""

from __future__ import annotations

from trafilatura.utils import load_html

from explainer.importer import body
from explainer.importer.body import _article_words, article_body

SENTENCES = [
    "The two towns agreed on Tuesday to share the cost of a new bridge over the river.",
    "Work is to start next spring and should take about two years, the councils said.",
    "Residents have waited for a second crossing since the old ferry stopped running.",
    "The regional fund will pay half, and tolls on lorries will pay for the rest of it.",
    "Cars and bicycles will cross for free for the first five years after it opens.",
    "Engineers say the new bridge will carry twice the traffic of the old crossing.",
]


AD = ('<aside class="sidebar"><div class="ad"><span class="ad-label">Advertisement</span>'
      '</div></aside><div class="ad full-bleed"><span class="ad-label">Advertisement</span>'
      '</div>')


def split_page(parts: int) -> str:
    """A story in ``parts`` containers of one <article>, advertisements between them (the
    shape of politico.eu's pages)."""
    chunks = [SENTENCES[i::parts] for i in range(parts)]
    header = ('<header class="article__header"><nav class="breadcrumbs"><ol><li>Politics</li>'
              '</ol></nav><div class="hero"><h1>Towns agree on a bridge</h1><p>The river towns '
              'settle a dispute that began in 2019, and the work starts next spring.</p></div>'
              "</header>")
    blocks = "".join(
        f'<div class="sidebar-grid__container">{header if i == 0 else ""}'
        '<div class="sidebar-grid__content article__content">'
        + "".join(f"<p>{s} {s} {s}</p>" for s in chunk) + f"</div></div>{AD}"
        for i, chunk in enumerate(chunks))
    return ("<html><head><title>Towns agree on a bridge</title></head><body><main>"
            f'<article class="article"><div class="sidebar-grid">{blocks}</div></article>'
            "</main></body></html>")


def test_the_words_of_the_one_article_are_counted():
    hero = "Towns agree on a bridge The river towns settle a dispute that began in 2019, and " \
           "the work starts next spring."
    paragraphs = len(hero.split()) - 5 + 3 * sum(len(s.split()) for s in SENTENCES)
    assert _article_words(load_html(split_page(3))) == paragraphs


def test_a_page_with_two_articles_counts_none():
    page = split_page(1).replace("</main>", "<article><p>Another story.</p></article></main>")
    assert _article_words(load_html(page)) == 0


def readings(monkeypatch, precise: str, balanced: str) -> list[bool]:
    """Make trafilatura's two readings return the given texts; record which were asked for."""
    asked: list[bool] = []

    def extracted(page, url, precise_reading=True):
        asked.append(precise_reading)
        return precise if precise_reading else balanced
    monkeypatch.setattr(body, "_extracted", lambda page, url, precise=True: extracted(
        page, url, precise))
    monkeypatch.setattr(body, "body_parts", lambda tree: [])  # the boxes: test_import_splitbody
    return asked


def test_a_story_split_over_containers_is_read_the_balanced_way(monkeypatch):
    asked = readings(monkeypatch, "Only the first part.", " ".join(SENTENCES))
    assert article_body(split_page(3), None)[0] == " ".join(SENTENCES)
    assert asked == [True, False]


def test_a_story_read_whole_the_first_time_is_read_once(monkeypatch):
    whole = " ".join(SENTENCES * 3)
    asked = readings(monkeypatch, whole, "")
    assert article_body(split_page(3), None)[0] == whole and asked == [True]


def test_the_balanced_reading_is_taken_only_when_it_finds_more(monkeypatch):
    readings(monkeypatch, "Only the first part.", "Less.")
    assert article_body(split_page(3), None)[0] == "Only the first part."
