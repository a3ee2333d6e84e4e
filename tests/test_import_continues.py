"""The page's note that its text goes on past a picture or an advertisement leaves it."""

from __future__ import annotations

import pytest

from explainer.importer.continues import is_continuation_note
from explainer.importer.html import parse_html
from tests.test_import_html import PARAGRAPHS, page


@pytest.mark.parametrize("text", [
    "(Tekst gaat verder onder de foto.)",
    "Story continues below advertisement",
    "Article continues below",
    "Der Artikel geht nach der Anzeige weiter",
    "Weiter nach der Anzeige",
    "(La suite après la publicité)",
    "El artículo continúa debajo del anuncio",
])
def test_a_note_that_the_text_goes_on_past_a_picture_or_an_advertisement(text):
    assert is_continuation_note(text)


@pytest.mark.parametrize("text", [
    "The story continues below the surface of the lake",  # a sentence of the story
    "The text continues after the break of dawn",
    "Weiter geht es am Montag",
])
def test_a_sentence_that_goes_on_is_no_such_note(text):
    assert not is_continuation_note(text)


def test_a_note_closing_a_paragraph_leaves_it_and_the_paragraph_stays():  # nieuwsblad.be
    note = ' <span class="italic">(Tekst gaat verder onder de foto.)</span>'
    html = page().replace(f"{PARAGRAPHS[1]}</p>", f"{PARAGRAPHS[1]}{note}</p>")
    paragraphs = parse_html(html, second_opinions=False).paragraphs
    assert PARAGRAPHS[1] in paragraphs and not any("Tekst" in p for p in paragraphs)


def test_a_note_set_as_a_paragraph_of_its_own_leaves_the_text():
    html = page(body_extra="<p>Der Artikel geht nach der Anzeige weiter</p>")
    assert not any("Anzeige" in p for p in parse_html(html, second_opinions=False).paragraphs)
