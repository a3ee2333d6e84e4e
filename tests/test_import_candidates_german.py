"""Candidate new terms of an imported German article: every noun is capitalised, so articles,
prepositions, roles, counts and genitives are told from names."""

from __future__ import annotations

import pytest

from tests.test_import_candidates import EMPTY, case, suggest

GERMAN = [
    case(["Die Engine ist neu. Neben Account gibt es Felder im Mac App Store.",
          "Das Programm nutzt die Engine."], ["Mac App Store"], "a-german-sentence-opener"),
    case(["Die Zeit berichtet heute.", "Das schreibt Die Zeit am Montag."], ["Die Zeit"],
         "a-german-name-with-its-article-written-inside-a-sentence"),
    case(["Der britische Premierminister Boris Johnson will es nicht, sagt er.",
          "Der Premierminister ist nicht allein und wird es auch bleiben."], ["Boris Johnson"],
         "a-german-noun-before-a-name"),
    case(["Der Austritt ist nicht vor Ende Oktober, und das ist auch gut so.",
          "Die Frist wird Ende Oktober nicht enden, sagt sich die Regierung."], [],
         "ende-oktober"),
    case(["Die Premierministerin sagte nichts, und das ist nicht neu.",
          "Premierministerin Theresa May ist nicht mehr im Amt."], ["Theresa May"],
         "a-german-name-ending-like-a-month"),
    case(["Das ist nicht alles, und es wird mehr. [Zur Anmeldung geht es hier](/a).",
          "Die Firma ist nicht groß und sie wird es auch nicht."], [],
         "a-german-sentence-opening-inside-a-link"),
    case(["Das sagte Bundeskanzler Olaf Scholz, und der CSU-Mann Hahn ist nicht allein.",
          "Florian Hahn sagt, es wird auch nicht anders."], ["Florian Hahn", "Olaf Scholz"],
         "a-german-office-or-role-before-a-name"),
    case(["Der Betreiber Preussen Elektra hat gesprengt, und das ist nicht alles.",
          "Ihre Tieflader sind nicht da. Laut Preussen Elektra wird es auch nicht anders."],
         ["Preussen Elektra"],
         "a-german-role-after-an-article-and-a-possessive-opening-a-sentence"),
    case(["Die Galerie ist nicht klein, und das wird auch so bleiben.",
          "Sie bedauert die Aufgabe von Co-Chefin Kerstin Wahala und die Bilder von Judy Lybke.",
          "Judy Lybkes Galerie wird 40, und Judy Lybke ist nicht allein."],
         ["Judy Lybke", "Kerstin Wahala"],
         "german-a-noun-before-von-and-a-genitive"),
    case(["Das ist nicht alles, und es wird auch mehr. Sprechen Sie mit uns.",
          "Millionen Menschen sind betroffen, und das ist nicht neu in Russland.",
          "Die Regionen Russlands sind groß, sagt der Sieg Nadeschdins nicht.",
          "Nadeschdin ist nicht allein."], [],
         "german-a-polite-you-a-count-and-a-genitive-pair"),
    case(["Das sagt die Ehefrau Julia Nawalnaja, und es ist nicht alles.",
          "Der Tod des Kremlkritikers Alexej Nawalny wird auch nicht vergessen."],
         ["Alexej Nawalny", "Julia Nawalnaja"], "german-a-role-in-the-genitive"),
    case(["Russische Raketenangriffe sind nicht neu, und die russische Armee wird auch nicht "
          "kleiner.", "Die Deutsche Bank ist nicht allein."], ["Deutsche Bank"],
         "german-an-adjective-opening-a-sentence"),
]


@pytest.mark.parametrize(("paragraphs", "names"), GERMAN)
def test_suggested_in_german(paragraphs, names):
    assert sorted(suggest("News", paragraphs, EMPTY)) == names


@pytest.mark.parametrize("opening", ["„Eine Frau", "**Update:** Eine Frau", "(Eine Frau"])
def test_a_sentence_opens_after_an_opening_quote_or_a_bold_label(opening):
    paragraphs = [f"{opening} hat Masken genäht“, sagt er. Das ist nicht alles, und es wird mehr.",
                  "Die Firma ist nicht groß und sie wird es auch nicht."]
    assert suggest("Masken", paragraphs, EMPTY) == []
