"""Names of bodies that hold "and" or open with a possessive are suggested whole; two people
joined by "and" are two."""

from __future__ import annotations

import pytest

from explainer.importer.candidates import suggest
from tests.test_import_candidates import EMPTY


@pytest.mark.parametrize("sentence, name", [
    ("The Securities and Exchange Commission sued the firm.",
     "Securities and Exchange Commission"),
    ("The Department of Health and Human Services agreed.",
     "Department of Health and Human Services"),
    ("The Centers for Disease Control and Prevention said so.",
     "Centers for Disease Control and Prevention"),
    ("The US Bureau of Engraving and Printing printed them.",
     "US Bureau of Engraving and Printing"),
    ("The Smolny College of Liberal Arts and Sciences closed.",
     "Smolny College of Liberal Arts and Sciences"),
    ("The Department of Climate Change and Energy said so.",
     "Department of Climate Change and Energy"),
    # a group's or an office's possessive opening the name
    ("The People's Liberation Army held drills.", "People's Liberation Army"),
    ("The Workers' Party of Korea met.", "Workers' Party of Korea"),
    ("The U.S. Attorney's Office for the Western District of New York charged him.",
     "U.S. Attorney's Office for the Western District of New York"),
    ("She directs the Murdoch Children’s Research Institute.",
     "Murdoch Children’s Research Institute"),
    ("The Philippine Bureau of Fisheries and Aquatic Resources said so.",
     "Philippine Bureau of Fisheries and Aquatic Resources"),
    ("The New York State Division of Military and Naval Affairs said so.",
     "New York State Division of Military and Naval Affairs"),
    # three words after "of" before "and"
    ("Actors are the largest group in the Academy of Motion Picture Arts and Sciences.",
     "Academy of Motion Picture Arts and Sciences"),
    # a title's word inside a body's name across "and"
    ("The Ministry of Foreign and Commonwealth Affairs said so.",
     "Ministry of Foreign and Commonwealth Affairs"),
    ("The Ministry of Justice and Human Rights said so.", "Ministry of Justice and Human Rights"),
    # the words across "and" that the acronym after them spells
    ("The US Food and Drug Administration (FDA) approved it.", "Food and Drug Administration"),
    ("The Official Monetary and Financial Institutions Forum (OMFIF) said so.",
     "Official Monetary and Financial Institutions Forum"),
    ("Identity and Access Management (IAM) was the service.", "Identity and Access Management"),
    # a firm's partners
    ("He joined Kleiner Perkins Caufield & Byers in 2000.", "Kleiner Perkins Caufield & Byers"),
    # a list across commas, the last word a common noun
    ("It met at the American Academy of Allergy, Asthma and Immunology in Houston.",
     "American Academy of Allergy, Asthma and Immunology"),
    ("The Department of Agriculture, Forestry, and Fisheries agreed.",
     "Department of Agriculture, Forestry, and Fisheries"),
    # a plural possessive inside a body's name
    ("Gifts go on the Register of Members’ Financial Interests.",
     "Register of Members’ Financial Interests"),
])
def test_a_body_s_name_read_whole_is_one_candidate(sentence, name):
    assert suggest("Report", [sentence, "The Arab League met."], EMPTY) == [name, "Arab League"]


def test_the_words_across_and_may_end_with_a_word_another_name_holds():
    paragraphs = ["The Division of Military and Naval Affairs said so.",
                  "The Bureau of Indian Affairs agreed."]
    assert suggest("Report", paragraphs, EMPTY) == [
        "Division of Military and Naval Affairs", "Bureau of Indian Affairs"]


def test_a_firm_s_lab_after_a_body_s_name_is_not_part_of_it():
    paragraphs = ["The Department of Energy and Google Research agreed."]
    assert "Department of Energy and Google Research" not in suggest("Report", paragraphs, EMPTY)


def test_two_people_joined_by_and_are_two_candidates():
    paragraphs = ["Secretary of State Antony Blinken and Lloyd Austin met.", "Austin said more.",
                  "Barack Obama and Joe Biden spoke."]
    assert suggest("Talks", paragraphs, EMPTY) == [
        "Antony Blinken", "Lloyd Austin", "Barack Obama", "Joe Biden"]


def test_a_body_beside_a_name_the_article_writes_apart_is_not_joined_to_it():
    paragraphs = ["Obama and White House aides met.", "Barack Obama left."]
    assert suggest("Talks", paragraphs, EMPTY) == ["White House", "Barack Obama"]


def test_words_across_and_that_the_article_also_writes_apart_are_not_joined():
    paragraphs = ["The Department of Health and Human Services agreed.",
                  "Human Services staff were told on Monday."]
    assert "Department of Health and Human Services" not in suggest(
        "Report", paragraphs, EMPTY)


def test_a_list_of_places_after_a_body_s_name_is_not_part_of_it():
    paragraphs = ["The Ministry of Defence, Britain and France agreed.", "France said so."]
    assert suggest("Talks", paragraphs, EMPTY) == ["Ministry of Defence"]


def test_a_singular_possessive_after_a_body_s_name_does_not_join_the_next_name():
    paragraphs = ["The Bank of England's Andrew Bailey spoke.", "Andrew Bailey left."]
    assert suggest("Talks", paragraphs, EMPTY) == ["Andrew Bailey", "Bank of England"]


@pytest.mark.parametrize("sentence", [
    "The Bank of England and Federal Reserve met.", "Canada and European Union leaders met.",
    "Apple and Microsoft Corporation said.", "The Ministry of Defence and Foreign Office agreed.",
    "The Department of Justice and Google said.", "NATO and Pentagon Press Office said.",
])
def test_two_bodies_joined_by_and_are_not_one_name(sentence):
    assert not any(" and " in name for name in suggest("Talks", [sentence], EMPTY))


def test_a_person_s_possessive_does_not_open_a_name():
    paragraphs = ["Trump's White House said so.", "The White House and the Arab League met."]
    assert suggest("Talks", paragraphs, EMPTY) == ["White House", "Arab League"]


def test_a_law_whose_name_holds_and_is_one_candidate():
    paragraphs = ["The Senate passed the Hong Kong Human Rights and Democracy Act.",
                  "The Arab League met."]
    assert suggest("Vote", paragraphs, EMPTY) == [
        "Hong Kong Human Rights and Democracy Act", "Arab League"]


def test_a_person_and_a_law_are_two_candidates():
    paragraphs = ["Then Joe Biden and Clean Air Act supporters met.", "Joe Biden spoke."]
    assert suggest("Talks", paragraphs, EMPTY) == ["Joe Biden", "Clean Air Act"]
