"""Candidate new terms of an imported German article (every noun is capitalised, so
articles, prepositions, roles, counts and genitives are told from names), and of languages
other than English."""

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
    case(["Das ist nicht alles. Denn Deutschland exportiert mehr, und es wird auch so bleiben.",
          "„Obwohl Bennett es nicht schafft, wird es gehen“, sagt Gideon Saar nicht allein."],
         ["Gideon Saar"], "german-a-conjunction-opening-a-sentence"),
    case(["Die Liste ist nicht neu, und das wird auch so bleiben:\n- Das Handy ist neu.\n"
          "- Das Galaxy Ring ist nicht billig."], ["Galaxy Ring"],
         "german-a-later-item-of-a-list-opens-a-sentence"),
    case(["Das sagte Landesbischof Christian Kopp, und Regisseur Jens Erwin Siemssen ist nicht "
          "allein.", "Die Nationalrätin Jane Roe ist es auch nicht, sagt Arzt Hilary Jones."],
         ["Christian Kopp", "Hilary Jones", "Jane Roe", "Jens Erwin Siemssen"],
         "german-more-roles-before-a-name"),
    case(["Es geht um Angriffe von Cyberkriminellen und Mechanismen von Verharmlosung, und "
          "das ist nicht alles.", "Das sagte die Chefin von Nora Back, und sie ist nicht "
          "allein."], ["Nora Back"], "german-things-of-things-and-an-opening-von"),
    case(["Die Zentrale Wahlkommission ist nicht neu, und das wird auch so bleiben.",
          "Der Chef der Zentralen Wahlkommission ist nicht allein. Die Zentralen Wahlkommission"
          " wird nicht gehört."], ["Zentrale Wahlkommission"],
         "german-a-declined-name-goes-into-its-nominative"),
    case(["Tonnen Stahlbeton sind gefallen, und das ist nicht alles.",
          "Die Firma ist nicht groß und sie wird es auch nicht."], [],
         "german-a-measure-before-a-noun"),
]


@pytest.mark.parametrize(("paragraphs", "names"), GERMAN)
def test_suggested_in_german(paragraphs, names):
    assert sorted(suggest("News", paragraphs, EMPTY)) == names


@pytest.mark.parametrize("opening", ["„Eine Frau", "**Update:** Eine Frau", "(Eine Frau"])
def test_a_sentence_opens_after_an_opening_quote_or_a_bold_label(opening):
    paragraphs = [f"{opening} hat Masken genäht“, sagt er. Das ist nicht alles, und es wird mehr.",
                  "Die Firma ist nicht groß und sie wird es auch nicht."]
    assert suggest("Masken", paragraphs, EMPTY) == []


SPANISH = ("El alcalde dijo que la situación es grave y que los vecinos de la zona han "
           "pedido ayuda a las autoridades, pero según los datos del ayuntamiento la "
           "mayoría de las casas ya tiene agua y luz desde el lunes por la noche.")


def test_a_common_word_of_another_language_opening_a_sentence_is_no_part_of_the_name():
    paragraphs = [f"En Los Gallardos cayeron más de cien litros. {SPANISH}",
                  f"La Guardia Civil rescató a dos vecinos en el pueblo. {SPANISH}"]
    assert suggest("Lluvias", paragraphs, EMPTY) == ["Los Gallardos", "Guardia Civil"]


def test_a_name_that_opens_with_a_common_word_written_after_a_word_stays_whole():
    paragraphs = [f"La Liga recibió a los vecinos en el pueblo. {SPANISH}",
                  f"Los equipos de La Liga llegaron tarde. {SPANISH}"]
    assert suggest("Lluvias", paragraphs, EMPTY) == ["La Liga"]


def test_a_one_word_name_stays_with_its_article_where_the_text_writes_the_word_lower():
    paragraphs = [f"Le Monde a publié les chiffres du gouvernement pour le pays. {SPANISH}",
                  "Le ministre a dit que le monde entier regarde la France, et que les "
                  "chiffres sont bons pour le pays et pour les gens qui travaillent dans "
                  "les usines et dans les bureaux de la ville depuis le mois dernier."]
    assert suggest("Chiffres", paragraphs, EMPTY) == ["Le Monde"]
