"""Capitalised words that are pieces of something else than a name: a quoted title in Title
Case, an adjective made with a prefix or a suffix, an opening adjective, a job, a credit, a
time; and names that hold a particle or an apostrophe."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from explainer.importer.candidates import suggest
from explainer.site.checks import CANDIDATE
from tests.test_import_candidates import EMPTY


def test_a_piece_of_a_quoted_slogan_in_title_case_is_no_candidate():
    paragraphs = ["Signs said “Less Money on Testing, More Money on Students.”",
                  "Teachers played “We’re Not Gonna Take It” to take on more money."]
    assert suggest("Rally", paragraphs, EMPTY) == []


def test_a_quoted_title_read_whole_but_for_its_article_is_a_candidate():
    paragraphs = ["She praised “The Tortured Poets Department” as her best record.",
                  "The department store sold it.", "Taylor Swift spoke."]
    assert "Tortured Poets Department" in suggest("Album", paragraphs, EMPTY)


def test_a_name_quoted_in_running_words_is_a_candidate():
    paragraphs = ["“I met Joe Biden yesterday,” she said.", "The Arab League met."]
    assert suggest("Talks", paragraphs, EMPTY) == ["Joe Biden", "Arab League"]


def test_an_adjective_opening_the_headline_is_not_part_of_the_name():
    paragraphs = ["Gordon Sondland will testify.", "Sondland said so."]
    assert suggest("Unpredictable Sondland faces questions", paragraphs, EMPTY) == [
        "Gordon Sondland"]


def test_a_name_with_a_particle_is_read_whole():
    paragraphs = ["President Luiz Inácio Lula da Silva invited him.", "Lula spoke."]
    assert suggest("Talks", paragraphs, EMPTY) == ["Luiz Inácio Lula da Silva"]


def test_an_apostrophe_before_letters_that_are_no_contraction_stays_in_the_name():
    found = [m.group() for m in CANDIDATE.finditer("Lupita Nyong'o's dress and Barack Obama's")]
    assert found == ["Lupita Nyong'o", "Barack Obama"]


def test_a_speaker_s_title_before_the_name_goes():
    paragraphs = ["Indiana House Speaker Brian Bosma spoke.", "Bosma left."]
    assert suggest("Vote", paragraphs, EMPTY) == ["Brian Bosma"]


@pytest.mark.parametrize("title", ["Superintendent", "Treasurer", "Councilwoman", "Inspector"])
def test_a_local_office_before_the_name_goes(title):
    paragraphs = [f"State schools {title} Jennifer McCormick spoke.", "McCormick left."]
    assert suggest("Vote", paragraphs, EMPTY) == ["Jennifer McCormick"]


@pytest.mark.parametrize("name", ["Inspector Morse", "Constable Country"])
def test_a_title_that_is_a_common_word_too_keeps_the_name(name):
    assert suggest("TV", [f"{name} was on again.", f"{name} ran for years."], EMPTY) == [name]


def test_a_name_made_an_adjective_with_a_participle_is_the_name():
    paragraphs = ["The Nobel Prize-winning chemist spoke.", "The Nobel Prize was his."]
    assert suggest("Prize", paragraphs, EMPTY) == ["Nobel Prize"]


def test_a_hyphenated_given_name_ending_like_a_participle_stays():
    paragraphs = ["Li Ka-shing sold the stake.", "Li Ka-shing left."]
    assert suggest("Deal", paragraphs, EMPTY) == ["Li Ka-shing"]


def test_an_adjective_made_of_an_acronym_is_not_part_of_the_name():
    paragraphs = ["Leaders of the GOP-dominated Legislature waited.", "The Arab League met."]
    assert suggest("Vote", paragraphs, EMPTY) == ["Arab League"]


def test_a_capital_after_a_prefix_is_an_adjective_not_a_name():
    paragraphs = ["The pan-European STOXX Index fell.", "The STOXX Index rose."]
    assert suggest("Markets", paragraphs, EMPTY) == ["STOXX Index"]


def test_a_job_named_by_what_it_is_for_is_no_candidate():
    paragraphs = ["Philip Luther, Research and Advocacy Director for the Middle East, spoke.",
                  "David Moura-George, Managing Director of Athena Advisers Portugal, agreed.",
                  "James Kennedy, the U.S. Attorney for the Western District of New York, said so."]
    assert suggest("Talks", paragraphs, EMPTY) == [
        "Philip Luther", "David Moura-George", "James Kennedy"]


def test_a_picture_agency_s_credit_after_a_caption_is_not_part_of_the_name():
    paragraphs = ["Models walk at Milan Fashion Week Getty Images", "Milan Fashion Week ended."]
    assert suggest("Fashion", paragraphs, EMPTY) == ["Milan Fashion Week"]


def test_a_clock_time_before_a_day_is_no_candidate():
    paragraphs = ["It was taken between 8 AM and 9 PM Wednesday.", "The Arab League met."]
    assert suggest("Theft", paragraphs, EMPTY) == ["Arab League"]


def test_a_name_read_only_in_headings_and_labels_is_no_candidate():
    paragraphs = ["## Final Tips", "**Numbers Game:** the count rose.", "The Arab League met.",
                  "## Arab League", "The Arab League spoke."]
    assert suggest("Talks", paragraphs, EMPTY) == ["Arab League"]


def test_a_name_in_a_heading_and_in_the_text_is_a_candidate():
    paragraphs = ["## Deepwater Horizon", "The Deepwater Horizon rig sank."]
    assert suggest("Spill", paragraphs, EMPTY) == ["Deepwater Horizon"]


def test_a_headline_run_into_the_next_line_is_no_name():
    paragraphs = ["Billie Eilish Steps Out With Jesse Rutherford The singer smiled.",
                  "Jesse Rutherford waved."]
    assert suggest("Night out", paragraphs, EMPTY) == ["Jesse Rutherford"]


def test_will_before_the_opens_a_question_and_names_no_one():
    paragraphs = ["Will the Chavista state survive?", "The Arab League met."]
    assert suggest("Venezuela", paragraphs, EMPTY) == ["Arab League"]


def test_a_quantity_opening_a_sentence_is_not_part_of_the_name():
    paragraphs = ["Thousands of Hamas fighters fled.", "Hamas said so.", "The Arab League met."]
    assert suggest("War", paragraphs, EMPTY) == ["Arab League"]


def test_a_co_founder_s_title_before_the_name_goes():
    paragraphs = ["Co-founder Michael Horvath spoke.", "Horvath left."]
    assert suggest("Startup", paragraphs, EMPTY) == ["Michael Horvath"]


def test_members_of_a_body_are_a_role_not_a_name():
    paragraphs = ["Members of the House of Commons voted.", "The House of Commons sat late."]
    assert suggest("Vote", paragraphs, EMPTY) == ["House of Commons"]


def test_a_piece_of_a_title_in_single_quotes_is_no_candidate():
    paragraphs = ["It topped the ‘100 Greatest Guitar Tracks’ list of great tracks.",
                  "The Arab League met."]
    assert suggest("Music", paragraphs, EMPTY) == ["Arab League"]


def test_what_the_people_of_a_well_known_place_are_called_is_no_candidate():
    paragraphs = ["South Dakotans and New Yorkers voted, as did African Americans.",
                  "The New Yorker reported it."]
    assert suggest("Vote", paragraphs, EMPTY) == ["New Yorker"]


@pytest.mark.parametrize("sentence, name", [
    ("Professor Paul Kelly spoke.", "Paul Kelly"),
    ("NZ First MP Darroch Ball spoke.", "Darroch Ball"),
    ("CTO Yoav Landman spoke.", "Yoav Landman"),
    ("Adjunct Professor Jane Roe spoke.", "Jane Roe"),
])
def test_a_professor_s_an_mp_s_or_an_officer_s_title_before_the_name_goes(sentence, name):
    assert name in suggest("Talks", [sentence, f"{name.split()[-1]} left."], EMPTY)


def test_a_well_known_place_before_a_day_names_no_day():
    paragraphs = ["Leaders met in Berlin Monday with the Arab League.", "The Arab League met."]
    assert suggest("Talks", paragraphs, EMPTY) == ["Arab League"]


def test_a_day_before_the_opens_no_name():
    paragraphs = ["On Friday the Fed cut rates.", "The Arab League met."]
    assert suggest("Rates", paragraphs, EMPTY) == ["Arab League"]


def test_much_of_a_body_is_the_body():
    paragraphs = ["Much of the IFRS Interpretations Committee agreed.",
                  "The IFRS Interpretations Committee met."]
    assert suggest("Rules", paragraphs, EMPTY) == ["IFRS Interpretations Committee"]


def test_the_publisher_written_without_its_the_is_no_candidate():
    paragraphs = ["Huffington Post reported it.", "The Arab League met."]
    assert suggest("News", paragraphs, EMPTY, "The Huffington Post") == ["Arab League"]


def test_an_acronym_with_its_number_is_read_whole():
    paragraphs = ["COVID-19 cases rose.", "More COVID-19 deaths came.", "The Arab League met."]
    assert suggest("Health", paragraphs, EMPTY) == ["COVID-19", "Arab League"]


def test_the_holder_of_an_office_named_after_another_title_word_is_the_name():
    paragraphs = ["Foreign Minister of Japan Yoko Kamikawa spoke.", "Kamikawa left."]
    assert suggest("Talks", paragraphs, EMPTY) == ["Yoko Kamikawa"]


def test_a_title_word_inside_a_body_s_name_before_of_is_no_title():
    paragraphs = ["The Associated General Contractors of Alabama said so.", "The Arab League met."]
    assert suggest("Talks", paragraphs, EMPTY) == [
        "Associated General Contractors of Alabama", "Arab League"]


@pytest.mark.parametrize("text", [
    "'‘Aa Bb’ ' * 60_000",  # each name looked for among all the quotes: 400 s for 100,000
    "' and '.join(['Aa Bb'] * 60_000) + ' (AB)'",  # the names kept copied for each name
])
def test_a_paragraph_of_many_names_is_read_at_once(text):
    # a subprocess, so that a return of time growing with the square of the names fails
    # rather than hangs the suite (about 3 s each now)
    code = ("from explainer.importer.candidates import suggest; "
            "from tests.test_import_candidates import EMPTY; "
            f"suggest('T', [{text}], EMPTY)")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60,
                   cwd=Path(__file__).resolve().parent.parent)


@pytest.mark.parametrize(("sentence", "name"), [
    ("The vote came under House Resolution 11, which passed.", "House Resolution 11"),
    ("Executive Order 14117 was signed on Wednesday.", "Executive Order 14117"),
    ("Members joined Teamsters Local 90 in the morning.", "Teamsters Local 90"),
])
def test_the_number_a_name_is_known_by_is_part_of_it(sentence, name):
    assert name in suggest("A vote", [sentence, "Nothing else happened."], EMPTY)


def test_a_decimal_after_a_numbering_word_is_not_part_of_the_name():
    found = suggest("A vote", ["Workers under House Resolution 11.5 per cent said no."], EMPTY)
    assert not [n for n in found if n.startswith("House Resolution 11")]


def test_a_sentence_s_first_word_and_for_before_a_name_are_not_part_of_it():
    paragraphs = ["Expectations for Kaine are high.", "Tim Kaine said he was ready.",
                  "Kaine smiled."]
    assert suggest("Debate", paragraphs, EMPTY) == ["Tim Kaine"]


def test_a_name_with_for_written_whole_each_time_stays_whole():
    paragraphs = ["Physicians for Human Rights said so.", "Physicians for Human Rights agreed.",
                  "Teach for America hired teachers.", "Teach for America said America grew."]
    found = suggest("Groups", paragraphs, EMPTY)
    assert "Physicians for Human Rights" in found and "Teach for America" in found
