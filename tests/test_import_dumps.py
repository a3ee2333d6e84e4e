"""Whole-page text dumps: what the page's layout leaves in its text is taken back out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from explainer.importer.stretch import looks_like_dump
from explainer.importer.text import parse_text
from tests.test_import_html import MENU, PARAGRAPHS


def dump(*before: str, after: str = "") -> str:
    body = "\n\n".join([*before, *PARAGRAPHS])
    return (f"Bridge plan agreed - The River Gazette\n\n{MENU}\n\n{body}\n\n{after}"
            f"Most read\n{MENU}\n")


def test_the_pictures_caption_and_credit_above_the_text_are_the_lead_picture():
    caption = ("The old crossing at dusk, seen from the north bank of the river. "
               "Photograph: Jane Roe")
    article = parse_text(dump(caption))
    assert (article.image_caption, article.image_credit) == (
        "The old crossing at dusk, seen from the north bank of the river.", "Jane Roe")
    assert article.paragraphs == tuple(PARAGRAPHS)


def test_a_drop_cap_set_apart_is_joined_to_its_word():
    text = dump().replace(PARAGRAPHS[0], "T he" + PARAGRAPHS[0][3:])
    assert parse_text(text).paragraphs[0] == PARAGRAPHS[0]


def test_a_capital_that_is_no_drop_cap_stays_apart():
    first = "B is the name the engineers gave the second design for the crossing, the cheaper one."
    assert parse_text(dump(first)).paragraphs[0] == first


def test_a_read_more_button_is_no_paragraph():
    text = dump().replace(PARAGRAPHS[1], PARAGRAPHS[1] + "\n\nRead More")
    assert parse_text(text).paragraphs == tuple(PARAGRAPHS)


def test_a_letter_and_a_common_word_stay_apart():
    first = "B and Q said the shop would stay open while a band played outside on Saturday."
    assert parse_text(dump(first)).paragraphs[0] == first


def test_other_stories_headlines_after_the_text_are_not_read_as_the_article():
    teasers = "\n".join([
        "World category",
        "Floods close the ferry between the two towns for a second week, article with image",
        "Business category",
        "Regional fund pays for three more bridges on the river after a long review, "
        "article with image"] * 4)
    assert parse_text(dump(after=teasers + "\n\n")).paragraphs == tuple(PARAGRAPHS)


def test_a_cookie_dialog_s_long_text_is_not_the_article():
    consent = "\n\n".join([
        "When you visit our website, we store cookies on your browser to collect information. "
        "The information collected might relate to you, your preferences or your device, and "
        "is mostly used to make the site work as you expect it to and to provide a more "
        "personalized web experience, as the law allows and as our partners require of us.",
        "Allow All", "Manage Consent Preferences"] * 6)
    assert parse_text(dump(after=consent + "\n\n")).paragraphs == tuple(PARAGRAPHS)


def test_a_block_that_retells_the_whole_story_is_left_out():
    retold = " ".join(PARAGRAPHS * 2)
    assert parse_text(dump(after=retold + "\n\n")).paragraphs == tuple(PARAGRAPHS)


def test_a_paragraph_that_goes_on_from_a_shorter_one_is_kept():
    teaser = PARAGRAPHS[0].split(",")[0] + " and more."
    assert parse_text(dump(teaser)).paragraphs == (teaser, *PARAGRAPHS)


def test_a_sentence_closed_by_a_german_quotation_mark_is_prose():  # 16 words, no full stop
    quote = "„Wir bauen die Brücke im Frühjahr, und sie wird vor dem Winter fertig“"
    text = dump().replace(PARAGRAPHS[2], f"Der Bürgermeister sagte: {quote}")
    assert f"Der Bürgermeister sagte: {quote}" in parse_text(text).paragraphs


JAPANESE = ["川の両岸の町は火曜日に会議を開き、新しい橋の建設計画に合意した。"
            "技術者によると、新しい橋は古い橋の二倍の交通量を運べるという。",
            "住民は十年以上もこの計画を待っており、会議では毎日の長い回り道について"
            "何人もが発言した。",
            "市長は、費用は地域の基金とトラックの通行料でまかない、乗用車と自転車は"
            "最初の五年間は無料になると述べた。"]


def test_a_japanese_dump_keeps_the_article_whose_words_have_no_spaces():
    menu = "\n".join(["ホーム", "国際", "経済", "スポーツ", "天気", "動画"] * 5)
    text = f"橋の建設に合意 - 川新聞\n\n{menu}\n\n" + "\n\n".join(JAPANESE) + f"\n\n{menu}\n"
    assert parse_text(text).paragraphs == tuple(JAPANESE)


def test_a_story_about_cookies_is_the_article():
    story = ["The European data regulator fined an online retailer 40 million euros on Tuesday "
             "for setting advertising cookies without asking its customers first.",
             "Investigators found that the company's website placed tracking cookies in "
             "visitors' browsers as soon as a page loaded, before any consent banner appeared.",
             "The retailer said it would appeal and that its privacy team had already changed "
             "how cookies are set on its website."]
    text = (f"Retailer fined over cookies - The River Gazette\n\n{MENU}\n\n"
            + "\n\n".join(story) + f"\n\nMost read\n{MENU}\n")
    assert parse_text(text).paragraphs == tuple(story)


def test_a_lede_that_goes_on_from_its_standfirst_is_kept():
    standfirst = PARAGRAPHS[0]
    lede = " ".join([PARAGRAPHS[0], *PARAGRAPHS[1:3]] * 2)
    text = dump().replace(PARAGRAPHS[0], f"{standfirst}\n\n{lede}")
    assert lede in parse_text(text).paragraphs


HINDI = ["नगर निगम ने मंगलवार को नदी पर नए पुल की योजना को मंजूरी दी और कहा कि काम अगले साल "
         "शुरू होगा।",
         "अधिकारियों ने बताया कि पुल बनने से दोनों किनारों के लोगों का रोज़ का लंबा चक्कर "
         "खत्म हो जाएगा।",
         "स्थानीय निवासियों ने इस फैसले का स्वागत किया और कहा कि वे दस साल से इसका इंतज़ार "
         "कर रहे थे।"]


def test_a_hindi_dump_s_sentences_end_with_a_danda():
    text = f"नदी पर नया पुल - नदी समाचार\n\n{MENU}\n\n" + "\n\n".join(HINDI) + f"\n\n{MENU}\n"
    assert parse_text(text).paragraphs == tuple(HINDI)


def test_a_paywall_s_full_text_after_the_opening_is_left_out_of_copied_text():
    full = " ".join(["The paywall's copy opens in a new place.", *PARAGRAPHS])
    text = "Bridge plan agreed\n\n" + "\n\n".join([*PARAGRAPHS, full])
    assert parse_text(text).paragraphs == tuple(PARAGRAPHS[1:])  # the first is the standfirst


def test_short_lines_a_paragraph_holds_do_not_make_it_a_retelling():
    lines = ["Photo", "Advertisement", "Share"]
    long = PARAGRAPHS[1] + " The photo, the advertisement and the share button were moved."
    text = "Bridge plan agreed\n\n" + "\n\n".join([*lines, PARAGRAPHS[0], long])
    assert long in parse_text(text).paragraphs


def test_a_placeholder_shown_for_every_embed_is_left_out():
    placeholder = ("Your privacy settings prevent external content such as graphics, tables "
                   "and videos from loading and being shown.")
    paragraphs = [p for para in PARAGRAPHS for p in (para, placeholder)]
    assert parse_text(dump().replace("\n\n".join(PARAGRAPHS), "\n\n".join(paragraphs))
                      ).paragraphs == tuple(PARAGRAPHS)


def test_readers_comments_after_the_text_are_not_the_article():
    comments = "\n\n".join([
        "Jane Roe says:",
        "I have waited for this bridge for twenty years, and I will believe it when I see "
        "the first lorry cross it without a toll booth in sight.",
        "Reply",
        "Ali Hashem says:",
        "The ferry was better. Nobody asked the people on the north bank what they wanted, "
        "and now the council will spend our money on a bridge we never needed.",
        "Reply"])
    assert parse_text(dump(after=comments + "\n\n")).paragraphs == tuple(PARAGRAPHS)


def test_one_line_that_says_reply_is_not_a_comment_section():
    text = dump().replace(PARAGRAPHS[2], f"Reply\n\n{PARAGRAPHS[2]}")
    assert parse_text(text).paragraphs[-1] == PARAGRAPHS[-1]


def test_paragraphs_of_a_like_length_that_hold_one_another_are_all_kept():
    lines = [f"{n} {PARAGRAPHS[0]}" for n in (0, 10, 110, 2110)]  # each holds the one before
    text = "Bridge plan agreed\n\n" + "\n\n".join([PARAGRAPHS[1], *lines])
    assert parse_text(text).paragraphs[-4:] == tuple(lines)


def test_a_pictures_caption_among_the_paragraphs_is_told_by_its_credit():
    captioned = ("Crowds watch from the old crossing as the new span is lifted into place "
                 "on Tuesday. (AP Photo/Jane Roe)")
    text = dump().replace(PARAGRAPHS[1], f"{PARAGRAPHS[1]}\n\n{captioned}")
    assert parse_text(text).paragraphs == tuple(PARAGRAPHS)


def test_a_credit_labelled_in_german_closes_a_caption_too():
    captioned = "Die neue Brücke bei der Eröffnung am Dienstag. Foto: Jane Roe/dpa"
    text = dump().replace(PARAGRAPHS[1], f"{PARAGRAPHS[1]}\n\n{captioned}")
    assert parse_text(text).paragraphs == tuple(PARAGRAPHS)


def test_a_paragraph_of_the_story_that_names_a_photographer_stays():
    said = ("The photographer Jane Roe, who took the picture of the old crossing, said the "
            "new span would change the view from the north bank.")
    text = dump().replace(PARAGRAPHS[1], f"{PARAGRAPHS[1]}\n\n{said}")
    assert said in parse_text(text).paragraphs


def test_a_pictures_credit_alone_on_a_line_is_no_heading():
    text = dump().replace(PARAGRAPHS[1], f"{PARAGRAPHS[1]}\n\nJane Roe/Getty Images")
    assert parse_text(text).paragraphs == tuple(PARAGRAPHS)


def test_a_label_the_page_repeats_between_paragraphs_is_no_heading():
    text = "\n\n".join([dump().split(PARAGRAPHS[0])[0] + PARAGRAPHS[0],
                        *(f"Article content\n\n{p}" for p in PARAGRAPHS[1:]),
                        "Article content", "Most read", MENU])
    assert parse_text(text).paragraphs == tuple(PARAGRAPHS)


def test_a_subheading_shown_once_stays():
    text = dump().replace(PARAGRAPHS[1], f"What happens next\n\n{PARAGRAPHS[1]}")
    assert "What happens next" in parse_text(text).paragraphs


def test_short_lines_in_a_row_are_no_headings_but_the_last_over_the_text():
    others = ["Council approves new ferry timetable", "Floods close the river road again",
              "What the bridge will cost"]
    text = dump().replace(PARAGRAPHS[1], "\n\n".join([PARAGRAPHS[1], *others]))
    assert parse_text(text).paragraphs == (*PARAGRAPHS[:2], others[-1], *PARAGRAPHS[2:])


def test_a_lists_items_closed_by_semicolons_stay():
    items = ["Keep to the marked paths;", "Leave the old crossing to walkers;"]
    text = dump().replace(PARAGRAPHS[1], "\n\n".join([PARAGRAPHS[1], *items]))
    assert [p for p in parse_text(text).paragraphs if p in items] == items


def test_a_box_the_page_shows_twice_is_no_part_of_the_text():
    offer = "Unlimited online access to The River Gazette.\n\nSupport local journalism."
    text = dump().replace(PARAGRAPHS[1], f"{PARAGRAPHS[1]}\n\n{offer}\n\n{offer}")
    assert parse_text(text).paragraphs == tuple(PARAGRAPHS)


def test_a_long_paragraph_the_page_quotes_again_stays_once():
    text = dump().replace(PARAGRAPHS[2], f"{PARAGRAPHS[2]}\n\n{PARAGRAPHS[1]}")
    assert parse_text(text).paragraphs == tuple(PARAGRAPHS)


def test_a_story_the_page_holds_twice_is_kept_once():
    text = dump().replace(PARAGRAPHS[-1], "\n\n".join([PARAGRAPHS[-1], *PARAGRAPHS]))
    assert parse_text(text).paragraphs == tuple(PARAGRAPHS)


SECTIONS = "\n".join(["News", "Sport", "Business", "Culture", "Weather"])


def test_a_text_with_two_menus_is_read_as_a_page_dump():
    lines = ["Bridge plan agreed - The River Gazette", SECTIONS, *PARAGRAPHS * 5, SECTIONS]
    assert looks_like_dump("\n".join(lines).split("\n"))


def test_an_articles_text_with_one_list_is_no_page_dump():
    lines = ["Bridge plan agreed", *PARAGRAPHS * 4, SECTIONS, *PARAGRAPHS]
    assert not looks_like_dump("\n".join(lines).split("\n"))


def test_a_byline_on_a_line_of_its_own_is_no_heading():
    text = dump().replace(PARAGRAPHS[1], f"{PARAGRAPHS[1]}\n\nVon Jane Roe und John Doe")
    assert parse_text(text).paragraphs == tuple(PARAGRAPHS)


@pytest.mark.parametrize("heading", ["By the numbers", "Di Maio backs the bridge"])
def test_a_heading_that_opens_like_a_byline_stays(heading):
    text = dump().replace(PARAGRAPHS[1], f"{PARAGRAPHS[1]}\n\n{heading}")
    assert heading in parse_text(text).paragraphs


def test_a_long_line_of_slashes_and_spaces_is_read_at_once():
    # The credit pattern once tried every way of parting "ab / ab / …" between a part's
    # spaces and the spaces after a slash: 2^n steps. A subprocess, so that a return of it
    # fails here instead of hanging the run.
    code = ("from explainer.importer.text import CREDIT_ONLY; "
            "CREDIT_ONLY.match('ab / ' * 60 + 'x')")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=30,
                   cwd=Path(__file__).resolve().parent.parent)


def test_a_wire_dateline_stays_in_the_text_and_names_the_place():
    opened = "RIVERTON (AP) — " + PARAGRAPHS[0]
    article = parse_text(dump().replace(PARAGRAPHS[0], opened))
    assert (article.dateline, article.paragraphs[0]) == ("Riverton", opened)


def test_the_spaces_a_dump_puts_around_links_in_japanese_are_taken_out():
    lede = ("気象庁 は13日、日向灘で震度5弱の地震があったと発表した。地震の規模（ マグニチュード ）"
            "は6.9と推定される。この地震で、気象庁は 高知県 と 宮崎県 に津波注意報を出した。")
    article = parse_text(dump(lede))
    assert article.paragraphs[0] == (
        "気象庁は13日、日向灘で震度5弱の地震があったと発表した。地震の規模（マグニチュード）"
        "は6.9と推定される。この地震で、気象庁は高知県と宮崎県に津波注意報を出した。")


@pytest.mark.parametrize("kept", [
    "本当にすごい！ 次の試合も楽しみだ。",  # a space after a sentence's end is the writer's
    "トランプ大統領 Donald Trump は演説した。",  # between Japanese and Latin letters
    "서울시는 13일 새 버스 노선을 발표했다.",  # Korean is written with spaces
    "รัฐบาลประกาศ มาตรการใหม่ วันนี้",  # so is Thai, between phrases
])
def test_spaces_a_writer_puts_stay(kept):
    assert parse_text(f"Headline\n\n{kept}\n\nThe second paragraph.").paragraphs[0] == kept


def test_chinese_keeps_the_space_after_a_wire_s_dateline():
    kept = "新华社北京4月24日电 题：促进航天事业高质量发展，记者 王明 报道。"
    assert parse_text(f"Headline\n\n{kept}\n\nThe second paragraph.").paragraphs[0] == kept



# other stories' headlines, when they were posted, and their openings: long enough to be
# counted as running text where the page's stretch is measured
TEASERS = [
    ("Ferry fares rise again", "Heute, 12:34 Uhr",
     "The ferry company said on Monday that fuel and wages had gone up sharply over the winter "
     "and that its fares would follow in May, the second rise this year for the people who "
     "cross the river to work every day."),
    ("Floods close the riverside path", "2024-10-10",
     "Walkers and cyclists are asked to keep away from the towpath between the two bridges "
     "until the water has gone down again, which the council expects to take at least a week "
     "if no more rain falls on the hills."),
    ("New school opens on the north bank", "09:15",
     "Two hundred pupils started at the new school on the north bank this week, the first "
     "school to open in the town for forty years, and the head teacher said more would join "
     "them after the holidays in the autumn."),
]
STORY_SECTIONS = [
    "The engineers chose a steel arch after comparing three designs over a year of tests on "
    "models of the river, which floods most winters and once carried away a wooden bridge.",
    "Shops on the south bank hope the bridge will bring back the customers they lost when the "
    "old crossing was closed to lorries, though some fear the works will keep them away first.",
    "The regional fund will pay two thirds of the cost, and the tolls on lorries are meant to "
    "pay back the loan that covers the rest within twenty years of the bridge's opening.",
]


def teasers(kept: int = 3) -> str:
    return "\n\n".join("\n\n".join(teaser) for teaser in TEASERS[:kept]) + "\n\n"


def test_other_stories_openings_under_their_headlines_after_the_text_are_left_out():
    assert parse_text(dump(*STORY_SECTIONS, after=teasers())).paragraphs == (
        *STORY_SECTIONS, *PARAGRAPHS)


def test_short_sections_that_make_most_of_the_story_are_its_own():
    assert len(parse_text(dump(after=teasers())).paragraphs) > len(PARAGRAPHS)


def test_questions_heading_short_answers_are_the_story_s_sections():
    questions = ["What happens next?", "Who pays for it?", "When does work start?"]
    asked = "\n\n".join(f"{q}\n\n{teaser[2]}" for q, teaser in zip(questions, TEASERS, strict=True))
    article = parse_text(dump(*STORY_SECTIONS, after=asked + "\n\n"))
    assert len(article.paragraphs) > len(STORY_SECTIONS) + len(PARAGRAPHS)


def test_two_sections_of_one_paragraph_under_subheadings_are_the_story_s():
    assert len(parse_text(dump(after=teasers(2))).paragraphs) > len(PARAGRAPHS)


def test_a_line_the_page_repeats_between_paragraphs_is_no_teaser_s_headline():
    sections = [f"Article content\n\n{text}" for text in STORY_SECTIONS]
    article = parse_text(dump(after="\n\n".join(sections) + "\n\n"))
    assert article.paragraphs == (*PARAGRAPHS, *STORY_SECTIONS)


def test_chinese_with_a_word_in_katakana_keeps_its_spaces():
    kept = ("新华社北京4月24日电 题：促进航天事业高质量发展，记者 王明 报道。"
            "他说，アニメ在中国很受欢迎。")
    assert parse_text(f"Headline\n\n{kept}\n\nThe second paragraph.").paragraphs[0] == kept


def test_a_japanese_headline_keeps_the_spaces_between_its_phrases():
    title = "東京株 大幅続落 半導体株に売り"
    text = f"{title}\n\n気象庁 は13日、地震があったと発表した。\n\n次の段落です。"
    article = parse_text(text)
    assert article.title == title
    assert article.paragraphs[0] == "気象庁は13日、地震があったと発表した。"
