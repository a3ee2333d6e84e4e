"""The imported summary: one or two complete sentences from the page's descriptions."""

from __future__ import annotations

import pytest

from explainer.importer.emit import front_matter
from explainer.importer.html import parse_html
from explainer.importer.summary import (
    choose_summary,
    opening_text,
    opens_body,
    sentences,
    without_wire_dateline,
)
from explainer.importer.summaryrepeats import REPEATS_TEXT, repeats_text
from tests.test_import_html import PARAGRAPHS, page

CUT = "Syria's foreign minister met his Arab counterparts in Amman on Monday, the first such"
WHOLE = ("Syria's foreign minister met his Arab counterparts in Amman on Monday, the first such "
         "meeting since 2011.")


def test_a_complete_description_wins_over_a_cut_one_before_it():
    assert choose_summary([CUT + "...", WHOLE]) == WHOLE


@pytest.mark.parametrize("tail", [" | Anadolu Ajansı", " | Anadolu Aj", " - VnExpress"])
def test_the_site_s_name_after_a_description_s_last_sentence_goes(tail):
    assert choose_summary([WHOLE + tail, WHOLE]) == WHOLE
    assert choose_summary([WHOLE + tail]) == WHOLE


def test_a_description_that_opens_with_a_separator_is_a_template_s_empty_slot():
    assert choose_summary(["| Lebanon News", WHOLE]) == WHOLE
    assert choose_summary(["- The River Gazette"]) is None


def test_a_description_that_another_goes_on_from_is_cut_even_without_an_ellipsis():
    assert choose_summary([WHOLE.removesuffix(" since 2011."), WHOLE]) == WHOLE
    assert choose_summary(["The talks ended.", "The talks ended. A deal was signed."]) == (
        "The talks ended. A deal was signed.")



@pytest.mark.parametrize("order", [1, -1])
def test_a_description_that_goes_on_from_a_whole_one_and_stops_mid_sentence_is_cut(order):
    whole = "The talks ended on Monday."
    descriptions = [whole, whole + " A deal was signed and"][::order]
    assert choose_summary(descriptions) == whole


@pytest.mark.parametrize("longer", ["Talks with the U.S. resumed on Monday in Geneva",
                                    "The talks ended. A deal was signed on Monday"])
def test_a_longer_description_without_a_full_stop_is_not_taken_for_a_cut_one(longer):
    shorter = longer[:longer.index(".") + 1]
    assert choose_summary([shorter, longer]) == longer


LONG = " ".join(["The ministers of the League met in Cairo on Sunday for the first time in"
                 " twelve years."] * 2)


def test_a_standfirst_is_kept_whole_and_a_longer_text_cut_to_two_sentences():
    three = "One thing happened. Then another did. And a third thing followed."
    assert choose_summary([three]) == three
    longer = f"{three} {LONG} {LONG}"
    assert choose_summary([longer]) == "One thing happened. Then another did."


def test_a_standfirst_without_a_full_stop_is_complete():
    assert choose_summary(["Neighbours said there was a sickening smell from the house"]) == (
        "Neighbours said there was a sickening smell from the house")


def test_ordinals_do_not_end_a_sentence():
    assert sentences("Beim 50. Berlin-Marathon siegte er. Am 17. März folgt mehr.") == [
        "Beim 50. Berlin-Marathon siegte er.", "Am 17. März folgt mehr."]


def test_a_cut_description_keeps_its_complete_sentences():
    assert choose_summary(["The League met in Cairo. Its members voted to readmit Syria, which"
                           " had been…"]) == "The League met in Cairo."


def test_a_description_cut_in_its_first_sentence_gives_no_summary():
    assert choose_summary([CUT + "…"]) is None


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = "Mr. Assad met J. Smith of the U.S. delegation. They spoke for an hour. Then left."
    assert sentences(text) == ["Mr. Assad met J. Smith of the U.S. delegation.",
                               "They spoke for an hour.", "Then left."]


def test_quotes_close_a_sentence():
    assert sentences('He said "no." She agreed.') == ['He said "no."', "She agreed."]


def test_entities_and_spaces_are_cleaned_and_short_texts_ignored():
    assert choose_summary(["Home", "Talks in  Amman &amp; Cairo ended today."]) == (
        "Talks in Amman & Cairo ended today.")


def test_a_description_that_repeats_the_first_paragraphs_gives_two_sentences():
    body = ["The ministers met on Monday.", "They agreed on a plan.", LONG, LONG]
    assert choose_summary([" ".join(body)]) == "The ministers met on Monday. They agreed on a plan."


@pytest.mark.parametrize("joined", ["\n\n", "</p><p>"])
def test_a_description_of_several_paragraphs_gives_its_first(joined):
    lede = "The ministers met in Amman on Monday, the first such meeting since 2011."
    text = f"<p>{lede}{joined}They agreed on a plan, officials said.{joined}{LONG}</p>"
    assert choose_summary([text]) == lede


@pytest.mark.parametrize("first", ["What does the new law mean for you?",
                                   "By Jane Doe, Staff Writer, Reuters"])
def test_a_description_s_first_paragraph_that_states_nothing_is_not_taken_alone(first):
    text = f"<p>{first}</p><p>We explain the rules that start on Monday.</p>"
    assert choose_summary([text]) == f"{first} We explain the rules that start on Monday."


def test_a_description_s_first_paragraph_too_short_to_stand_alone_is_passed_over():
    assert choose_summary(["AMMAN —\n\n" + WHOLE]) == WHOLE


def test_cjk_sentences():
    three = "外相が会談した。合意に達した。来月から始まる。"
    assert choose_summary([three]) == three
    long = three + "両国の関係者はこの合意を歓迎し、今後の協力を約束した。" * 8
    assert choose_summary([long]) == "外相が会談した。合意に達した。"


@pytest.mark.parametrize(("text", "first"), [
    ("회사는 매출이 늘었다. 이사는 만족했다.", "회사는 매출이 늘었다."),  # Korean, spaced
    ("Ο κόσμος άλλαξε. Η χώρα ψήφισε.", "Ο κόσμος άλλαξε."),  # Greek capitals
    ("قال الوزير. وأضاف أن الاتفاق قريب.", "قال الوزير."),  # Arabic, with a full stop
])
def test_a_sentence_ends_before_a_letter_of_a_script_without_capitals(text, first):
    assert sentences(text)[0] == first


def test_a_long_run_of_initials_is_one_sentence():  # each stop looks at one word, not all
    assert sentences("A. " * 20_000 + "End.") == [("A. " * 20_000 + "End.").strip()]


def test_a_summary_that_is_the_first_paragraph_opens_the_body():
    assert opens_body(WHOLE, ["## Background", WHOLE, "More."])


def test_a_summary_that_opens_the_first_paragraph_after_a_dateline_opens_the_body():
    first = "AMMAN (Reuters) - " + WHOLE + " Officials said little."
    assert opens_body(WHOLE, [first])


def test_a_summary_that_opens_the_text_after_highlights_and_a_dateline_set_apart_opens_it():
    assert opens_body(WHOLE, ["### Highlights", "- Talks began\n- Envoys met",
                              "**Washington/ New Delhi:**", WHOLE + " More followed."])


def test_a_summary_said_only_later_or_in_other_words_does_not_open_the_body():
    assert not opens_body(WHOLE, ["Talks began.", WHOLE])
    assert not opens_body("Prices rose sharply in March.", [
        "In the north of the country, far from the capital and its markets, prices rose "
        "sharply in March, officials said."])
    assert not opens_body("The cat sat", ["Bathe cat sat on mats"])
    assert not opens_body("Arab ministers met Syria's envoy.", [WHOLE])
    assert not opens_body(None, [WHOLE])


def test_a_repeated_summary_is_flagged_in_the_file_and_its_confidence():
    article = parse_html(page(f'<meta name="description" content="{PARAGRAPHS[0]}">'))
    assert article.summary == PARAGRAPHS[0]
    assert article.confidence["summary"] == "low"
    assert f"# summary: {REPEATS_TEXT}" in front_matter(article)


def test_a_summary_of_its_own_is_not_flagged():
    article = parse_html(page('<meta name="description" content="Two towns agree to build '
                              'the bridge they have argued over for ten years.">'))
    assert article.confidence["summary"] != "low"
    assert not any(line.startswith("# summary") for line in front_matter(article))


def test_a_description_written_twice_over_is_kept_once():
    assert choose_summary([f"{WHOLE} {WHOLE}", WHOLE]) == WHOLE


def test_a_separator_left_at_a_descriptions_end_is_dropped():
    assert choose_summary([f"{WHOLE} | "]) == WHOLE


def test_a_cut_description_is_completed_by_the_subtitle_that_goes_on_from_it():
    assert choose_summary([CUT + "..."], [WHOLE]) == WHOLE


def test_a_subtitle_is_no_summary_when_the_description_is_whole():
    assert choose_summary([WHOLE], ["A different line the page sets under its headline."]) == WHOLE


def test_a_subtitle_that_does_not_go_on_from_a_cut_description_is_no_summary():
    assert choose_summary([CUT + "..."], ["A different line the page sets under its headline."]) \
        is None


def test_a_french_closing_quotation_mark_is_no_separator():
    text = "Le président a dénoncé une « trahison »"
    assert choose_summary([text]) == text


def test_a_long_run_of_separators_is_quick_to_drop():
    assert choose_summary(["Bridge news" + " |" * 30000 + " x"]) is not None


def test_a_description_holding_the_page_s_markup_is_read_as_text():
    held = "<p>Here&#x27;s a look at what we know &amp;amp; what we don&#x27;t. </p>"
    assert choose_summary([held]) == "Here's a look at what we know & what we don't."


def test_angle_brackets_that_are_no_markup_stay_in_a_description():
    text = "Scores rose where x <y and y> z across the board."
    assert choose_summary([text]) == text


def test_a_description_the_text_goes_on_from_is_cut_short_even_without_an_ellipsis():
    cut = "The start-up said on Monday it has closed an $18 million round led by Scal"
    whole = "Banks are lending again, the survey found."
    opening = [cut + "e Venture Partners, its first since 2014."]
    assert choose_summary([cut, whole], opening=opening) == whole
    assert choose_summary([cut], opening=opening) is None


@pytest.mark.parametrize("dateline", ["KOBE – ", "KOBE, Japan (AP) — ", ""])
def test_a_description_the_text_goes_on_from_after_a_dateline_keeps_its_whole_sentences(
        dateline):
    cut = "Masks were lost at a hospital in Kobe, it was learned Tuesday. Police are treating it as"
    opening = [dateline + cut + " a case of theft."]
    assert choose_summary([cut], opening=opening) == (
        "Masks were lost at a hospital in Kobe, it was learned Tuesday.")


@pytest.mark.parametrize("after", [".", ", sources said.", " (AP)."])
def test_a_description_the_lede_only_closes_is_complete(after):
    whole = "The minister resigned today after weeks of pressure over the housing scandal"
    opening = ["LONDON - " + whole + after]
    assert choose_summary([whole], opening=opening) == whole
    assert choose_summary([whole], opening=[whole + after]) == whole


def test_a_description_cut_across_the_text_s_paragraphs_keeps_its_whole_sentences():
    cut = ("Hanna went missing on Tuesday. Police have opened an inquiry. – Walkers found "
           "clothes, says Johan Hå")
    opening = ["Hanna went missing on Tuesday.", "Police have opened an inquiry.",
               "– Walkers found clothes, says Johan Håkansson of the police."]
    assert choose_summary([cut], opening=opening) == (
        "Hanna went missing on Tuesday. Police have opened an inquiry.")


def test_a_description_made_of_whole_paragraphs_with_an_eszett_is_complete():
    opening = ["Der Bürgermeister sprach an der Hauptstraße über die Pläne der Stadt:",
               "„Wir bauen die Brücke neu“", "Die Arbeiten beginnen im Frühjahr."]
    whole = " ".join(opening[:2])
    assert choose_summary([whole], opening=opening) == whole


def test_a_description_cut_short_keeps_its_whole_sentences_in_arabic():
    cut = "ما الذي يحدث في السودان؟ وإلى أين يتجه البلد؟ ما هي آفاق التحركات الشعبية المست"
    opening = [cut + "قبلية في البلاد."]  # the text goes on inside the cut word
    assert choose_summary([cut], opening=opening) == (
        "ما الذي يحدث في السودان؟ وإلى أين يتجه البلد؟")


def test_a_short_standfirst_that_the_lede_holds_after_a_dateline_is_complete():
    opening = ["LONDON — The minister resigns today after a week of questions."]
    assert choose_summary(["The minister resigns"], opening=opening) == "The minister resigns"


def test_a_whole_sentence_the_text_goes_on_from_is_complete():
    opening = [WHOLE + " Officials said little."]
    assert choose_summary([WHOLE], opening=opening) == WHOLE


def test_the_opening_text_is_plain_and_skips_headings_and_lists():
    paragraphs = ["## Key points", "- One\n- Two", "A [link](https://x.org) and **bold** \\*"]
    assert opening_text(paragraphs) == ["A link and bold *"]


@pytest.mark.parametrize(("description", "summary"), [
    ("Economists weigh in on the bank's next rate decisions. Read on",
     "Economists weigh in on the bank's next rate decisions."),
    ("The council voted for the bridge on Monday. Lesen Sie jetzt mehr …",
     "The council voted for the bridge on Monday."),
    ("Read on to find out why the council voted for the bridge.",
     "Read on to find out why the council voted for the bridge."),
])
def test_a_call_to_read_on_closing_a_description_goes(description, summary):
    assert choose_summary([description]) == summary


def test_a_sites_template_is_no_summary():
    assert choose_summary(["Hier finden Sie Informationen zu dem Thema „Basketball“. Lesen Sie "
                           "jetzt „Star entschuldigt sich“."]) is None


SECOND = ("The intense assault damaged buildings across the capital, including near government "
          "offices, schools and a market, Ukrainian authorities said.")


def test_a_summary_that_nearly_repeats_an_early_paragraph_is_flagged():
    summary = ("The intense assault damaged buildings across the capital, including near "
               "government offices, schools and a market, authorities said.")
    assert repeats_text(summary, ["Russia fired a missile at Kyiv on Sunday.", SECOND])


def test_a_summary_that_is_a_later_paragraph_word_for_word_is_flagged():
    summary = ("Officials said the bridge would open in the spring, two years later than "
               "planned.")
    assert repeats_text(summary, ["Russia fired a missile at Kyiv on Sunday.", SECOND,
                                  "Elsewhere, work went on.", f"In Lviv, {summary[0].lower()}"
                                  f"{summary[1:]}"])


def test_a_pull_quote_that_the_text_says_further_on_is_flagged():
    summary = ("\u201cIs it just me or are the two candidates more appealing than their running "
               "mates?\u201d said a Republican.")
    later = ("Asked a Republican: \u201cIs it just me or are the two candidates more appealing "
             "than their running mates?\u201d")
    assert repeats_text(summary, ["Russia fired a missile at Kyiv on Sunday.", SECOND, later])


def test_a_summary_that_nearly_says_a_later_sentence_is_flagged():
    summary = "Here is a look at what we know and what we do not about the offender and his crimes."
    later = "Here is a look at what we know and what we do not about Epstein and his crimes:"
    assert repeats_text(summary, ["Russia fired a missile at Kyiv on Sunday.", SECOND,
                                  "Elsewhere, work went on.", later])
    assert not repeats_text(summary, ["Russia fired a missile at Kyiv on Sunday.", SECOND,
                                      "Here is what we know about the case so far:"])


def test_a_short_quotation_the_text_says_again_is_not_flagged():
    summary = "The minister called the deal \u201ca good start\u201d for both countries."
    assert not repeats_text(summary, ["She called it \u201ca good start\u201d on Monday."])


def test_a_summary_that_says_something_else_is_not_flagged():
    summary = "Russia's third use of the missile raises the stakes before the talks in Geneva."
    assert not repeats_text(summary, ["Russia fired a missile at Kyiv on Sunday.", SECOND])


@pytest.mark.parametrize(("description", "summary"), [
    ("MEXICO CITY (AP) — Mexico's economy grew.", "Mexico's economy grew."),
    ("KATHMANDU, April 25 (Reuters) - Nepal's government said no.", "Nepal's government said no."),
    ("LA CROSSE, Wis. (AP) — A man was charged.", "A man was charged."),
    ("DUBLIN — She has slammed NATO.", "She has slammed NATO."),
    ("ATLANTA (CNN) — The storm moved north.", "The storm moved north."),  # as datelines.py
    ("NATO — the alliance grew.", "NATO — the alliance grew."),  # no capital after the dash
    ("US - China talks resume.", "US - China talks resume."),  # two letters: no place
    ("Donald Trump — who won — said so.", "Donald Trump — who won — said so."),
])
def test_a_description_loses_the_wire_dateline_it_opens_with(description, summary):
    assert without_wire_dateline(description) == summary


def test_an_imported_summary_does_not_open_with_the_wire_dateline():
    head = ('<meta name="description" content="RIVERTON (AP) — Two towns agreed on Monday to '
            'build a new bridge over the river.">')
    assert parse_html(page(head)).summary == (
        "Two towns agreed on Monday to build a new bridge over the river.")

