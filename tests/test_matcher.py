"""The matching rules, one per test: which words count as a mention of which term."""

import pytest

from explainer.glossary.matcher import Matcher, is_capitals


def found(names: list[tuple[str, str]], text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.slug) for f in Matcher(names).finditer(text)]


LEAGUE = [("Arab League", "al"), ("League of Arab States", "al")]


def test_term_and_alias():
    assert found(LEAGUE, "the Arab League, or League of Arab States") == [
        ("Arab League", "al"), ("League of Arab States", "al")]


@pytest.mark.parametrize("text", ["Arab Leagues", "Arab Leaguees"])
def test_plural_s_and_es(text):
    assert found(LEAGUE, text) == [(text, "al")]


def test_plural_ies():
    assert found([("militia party", "p")], "two militia parties") == [("militia parties", "p")]


@pytest.mark.parametrize("text", ["Arab League’s", "Arab League's", "Arab Leagues'"])
def test_possessive_leaves_the_apostrophe_out(text):
    assert found(LEAGUE, text)[0][0] in ("Arab League", "Arab Leagues")


@pytest.mark.parametrize("text", ["normalisation", "normalization", "Normalization"])
def test_ise_and_ize_spellings(text):
    assert found([("normalisation", "n")], text) == [(text, "n")]


def test_case_is_ignored():
    assert found(LEAGUE, "ARAB LEAGUE and arab league") == [
        ("ARAB LEAGUE", "al"), ("arab league", "al")]


def test_name_in_capitals_matches_only_in_capitals():
    assert found([("UN", "un"), ("UAE", "uae")], "the UN, the un, the Un, the UAE") == [
        ("UN", "un"), ("UAE", "uae")]


@pytest.mark.parametrize("name,capitals", [("UN", True), ("UNSCR 2254", True), ("U.S.", True),
                                           ("Arab League", False), ("A", False), ("iPhone", False)])
def test_what_counts_as_capitals(name, capitals):
    assert is_capitals(name) is capitals


def test_word_boundaries():
    assert found([("Assad", "a"), ("UN", "un")], "Assadist UNESCO SuperAssad") == []


@pytest.mark.parametrize(("before", "found_after"), [
    ("\u00a0", True), ("\u2014", True), ("\u201c", True), ("\U0001f4f0", True),  # nbsp — “ 📰
    ("\u00e9", False), ("\u0661", False), ("\u00b2", False), ("_", False),  # é ١ ² _
    ("\U00020000", False),  # a CJK ideograph beyond the Basic Multilingual Plane
])
def test_boundary_before_a_name_is_any_character_but_a_word_character(before, found_after):
    assert found([("Assad", "a")], f"x {before}Assad") == ([("Assad", "a")] if found_after else [])


def test_names_starting_or_ending_with_punctuation():
    names = [("(UNSCR) 2254", "r"), ("U.S.", "us")]
    assert found(names, "Resolution (UNSCR) 2254 and U.S.-backed") == [
        ("(UNSCR) 2254", "r"), ("U.S.", "us")]


def test_longest_match_wins():
    names = [("Resolution 2254", "r"), ("UN Security Council Resolution 2254", "r"),
             ("UN Security Council", "sc")]
    assert found(names, "UN Security Council Resolution 2254") == [
        ("UN Security Council Resolution 2254", "r")]


def test_longest_match_wins_across_capitals_and_other_names():
    names = [("UN", "un"), ("UN Security Council", "sc")]
    assert found(names, "the UN Security Council and the UN") == [
        ("UN Security Council", "sc"), ("UN", "un")]


def test_shorter_name_when_the_longer_does_not_end_on_a_boundary():
    names = [("Arab League", "al"), ("Arab League summit", "s")]
    assert found(names, "Arab League summitry") == [("Arab League", "al")]


def test_spaces_match_any_white_space():
    assert found(LEAGUE, "Arab\n  League") == [("Arab\n  League", "al")]


def test_matching_is_left_to_right_without_overlap():
    names = [("Saudi Arabia", "sa"), ("Arabia and Iran", "x")]
    assert found(names, "Saudi Arabia and Iran") == [("Saudi Arabia", "sa")]


def test_regex_characters_in_names_are_literal():
    assert found([("C++ (language)", "c")], "C++ (language) and C (language)") == [
        ("C++ (language)", "c")]


def test_many_names_compile_and_match():
    names = [(f"Term number {i}", f"t{i}") for i in range(5000)]
    assert found(names, "see Term Number 4999 and term number 12") == [
        ("Term Number 4999", "t4999"), ("term number 12", "t12")]


def test_text_whose_length_changes_when_lower_cased():
    assert found(LEAGUE, "İstanbul and the ARAB League") == [("ARAB League", "al")]


def test_plural_of_a_name_in_capitals():
    assert found([("NGO", "ngo")], "two NGOs and an NGO, not NGOS") == [
        ("NGOs", "ngo"), ("NGO", "ngo")]


@pytest.mark.parametrize("text", ["People's Protection Units", "People’s Protection Units"])
def test_straight_and_typographic_apostrophes_match(text):
    assert found([("People's Protection Units", "ypg")], text) == [(text, "ypg")]


def test_accented_capitals_count_as_lower_case_letters():
    assert not is_capitals("Aé")


def test_one_word_proper_names_have_no_plural():
    assert found([("Hama", "hama")], "Hamas fighters near Hama") == [("Hama", "hama")]
