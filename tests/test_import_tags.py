"""The tags of an imported page: its keywords as an editor keeps them."""

from __future__ import annotations

import pytest

from explainer.importer.html import parse_html
from explainer.importer.tags import page_tags, said, topical, without_headline_words
from tests.test_import_html import page

TEXT = "Venture capitalists raised more money this year, and fundraising is up."


@pytest.mark.parametrize("keywords, expected", [
    (["Lite:true", "Tag:JavaScript", "LockedPostSource:LOCKED_POST_SOURCE_NONE"], ["JavaScript"]),
    (["Technology (TRBC)", "Software (TRBC)"], ["Technology", "Software"]),
    (["Online Services (NEC) (TRBC level 5)"], ["Online Services"]),
    (["News", "General", "son dakika", "Top Stories", "Floods"], ["Floods"]),
    (["General news", "NE State Wire", "Domestic News", "Elections"], ["Elections"]),
    (["AP Top News", "Company News", "Fake news", "Fox News", "Daily News"],
     ["Fake news", "Fox News", "Daily News"]),
    (["FUNDRAISING", "NATO", "US"], ["Fundraising", "NATO", "US"]),
    (["Gazette newspaper", "The Gazette", "Bridges"], ["Bridges"]),
    (["Bridges", "bridges", "Tom &amp; Jerry"], ["Bridges", "Tom & Jerry"]),
    (["The council agreed on Tuesday to build a bridge over the river"], []),
])
def test_keywords_an_editor_keeps(keywords, expected):
    assert list(page_tags(keywords, "The Gazette", TEXT)) == expected


def test_a_tag_that_only_begins_with_the_site_s_letters_stays():
    assert page_tags(["Hillary Clinton", "The Hill", "Hill newspaper"], "The Hill", "") == \
        ("Hillary Clinton",)
    assert page_tags(["Metropolitan Police", "Metro Manila"], "Metro", "") == \
        ("Metropolitan Police", "Metro Manila")


def test_the_site_s_name_run_together_without_online_is_no_tag():
    assert page_tags(["dailymail", "yourmoney", "Florida"], "Daily Mail Online", "") == (
        "yourmoney", "Florida")


def test_the_site_s_host_name_is_no_tag():
    assert page_tags(["nationalpost.com", "Pakistan", "Node.js"], "National Post", "") == (
        "Pakistan", "Node.js")


def test_acronyms_the_article_writes_in_another_case_are_tags():
    text = "Die Nato und die Uno berieten über die Ukraine und die Usa."
    assert page_tags(["NATO", "Ukraine", "EU", "USA", "UNO"], None, text) == (
        "NATO", "Ukraine", "EU", "USA", "UNO")


def test_a_code_list_loses_the_words_it_writes_in_capitals_too():
    text = "The plane caught fire in the air over Asia, Nepal said."
    assert page_tags(["AER", "AIRS08", "CRSH", "AIR", "NP", "AE", "ASIA", "Nepal"], None,
                     text) == ("Nepal",)
    assert page_tags(["AER", "AIRS08", "CRSH", "AIR", "NATO"], None, "NATO met in the air.") == \
        ("NATO",)


def test_acronyms_a_text_spells_out_are_no_code_list():
    text = "Britain and the European Union agreed to deepen defence ties within Nato."
    assert page_tags(["UK", "EU", "NATO", "Defence"], None, text) == (
        "UK", "EU", "NATO", "Defence")


def test_only_a_page_s_first_hundred_keywords_are_read():
    assert page_tags(["News"] * 100 + ["Floods"], None, "") == ()
    assert page_tags(["News"] * 99 + ["Floods"], None, "") == ("Floods",)


SLUGGED = "https://example.es/internacional/israel-asesina-sabado-58-palestinos_1_12328678.html"


def test_keywords_made_from_the_pages_address_are_no_tags():
    keywords = ["Politics", "israel", "asesina", "sabado", "58", "palestinos"]
    assert page_tags(keywords, None, "", SLUGGED) == ("Politics",)


def test_topics_that_the_address_also_names_stay():
    address = "https://example.com/news/emc-will-target-aws-s3-with-new-storage.htm"
    assert page_tags(["emc", "aws", "s3", "storage"], None, "", address) == (
        "emc", "aws", "s3", "storage")


@pytest.mark.parametrize("keyword", ["Maggie Roe and Shira Doe", "maggie roe, Shira Doe",
                                     "Maggie Roe"])
def test_a_keyword_that_only_names_the_writers_is_no_tag(keyword):
    assert page_tags([keyword, "Elections"], None, "", None,
                     ["Maggie Roe", "Shira Doe"]) == ("Elections",)


def test_a_keyword_naming_a_writer_and_more_stays():
    assert page_tags(["Maggie Roe and the Senate"], None, "", None, ["Maggie Roe"]) == (
        "Maggie Roe and the Senate",)


def test_a_malformed_address_makes_no_tags_fail():
    assert page_tags(["Bridges"], None, "", "http://[::1") == ("Bridges",)


@pytest.mark.parametrize("keywords", [
    ["Recht", "Hintergründe", "Analysen", "Experten", "Rechtsthemen"],  # the site's, every page
    ["産経新聞", "産経", "ニュース", "速報", "政治"],
])
def test_a_keyword_list_the_article_hardly_writes_is_the_site_s_not_the_story_s(keywords):
    assert not topical(keywords, "Die Bundesregierung hat Exporte genehmigt. 岸田首相は述べた。")


@pytest.mark.parametrize(("keywords", "text"), [
    (["Bonds", "Economy", "Interest Rates", "Central Banks", "Debt"],  # "bond", "economic"
     "Bond yields rose as the economic outlook dimmed, the bank said."),
    (["Bridges", "Floods"], "Nothing about them."),  # too few to tell
    (["CDU", "SPD", "FDP", "AfD", "Grüne"], "Die CDU und die SPD verhandeln, die AfD nicht."),
    (["Москва", "Россия", "Путин", "Украина", "выборы"],
     "В Москве заявили, что выборы в России пройдут в срок."),  # written inflected
])
def test_keywords_whose_words_the_article_writes_are_about_it(keywords, text):
    assert topical(keywords, text)


def test_a_page_with_site_keywords_takes_its_links_marked_as_tags():
    head = ('<meta name="keywords" content="Recht, Hintergründe, Analysen, Experten, Fragen">'
            '<a rel="tag" href="/tag/bridges">Bridges</a>')
    assert parse_html(page(head)).tags == ("Bridges",)


def test_a_tag_the_article_never_writes_is_no_tag():
    assert said(["yourmoney", "Bridges", "editors_pick", "Special exclusion"],
                "Bridges closed as floods rose.") == ("Bridges",)


def test_a_tag_the_page_shows_as_a_link_stays():
    assert said(["Latin America"], "Mexico's president spoke.", frozenset({"latin america"})) == \
        ("Latin America",)


@pytest.mark.parametrize(("tag", "text"), [
    ("Nahostkonflikt", "Im Nahost-Konflikt wurde verhandelt."),  # a compound, by its stem
    ("Parasitismus", "Die parasitischen Pflanzen blühen."),
    ("US", "The U.S. said so."),
    ("4g", "The 4G network went down."),
    ("選挙", "選挙の結果が出た。"),
])
def test_a_tag_the_article_writes_another_way_stays(tag, text):
    assert said([tag], text)


@pytest.mark.parametrize(("tag", "text"), [
    ("US", "He told us so."),  # two capitals are no word in lower case
    ("UN", "Il y a un homme."),
    ("無料記事", "選挙の結果が出た。"),
])
def test_an_acronym_or_a_cjk_tag_the_article_does_not_write_goes(tag, text):
    assert said([tag], text) == ()


def test_a_tag_in_lower_case_takes_the_article_s_spelling():
    body = "Gates said Rex Tillerson had met Vladimir Putin in Russia. Takes time, he said."
    assert said(["rex tillerson", "russia", "takes"], body, body=body) == (
        "Rex Tillerson", "Russia", "takes")  # not a sentence's first word


def test_a_name_in_lower_case_that_only_opens_sentences_takes_their_spelling():
    body = "Donna Kelce has praised the album. Takes time, she said. Kelce agreed."
    assert said(["donna kelce", "takes"], body, body=body) == ("Donna Kelce", "takes")


def test_a_person_s_credentials_leave_the_tag_and_it_is_kept_once():
    tags = page_tags(["Lee Baker, CFP", "Lee Baker", "Jane Roe, PhD, MBA", "Washington, DC"],
                     None, "Lee Baker and Jane Roe spoke in Washington, DC.")
    assert tags == ("Lee Baker", "Jane Roe", "Washington, DC")


def test_a_tag_the_article_also_writes_in_lower_case_keeps_its_case():
    body = "Budget talks failed. The budget was cut."
    assert said(["budget"], body, body=body) == ("budget",)


def test_an_imported_page_keeps_only_the_tags_it_says():
    head = '<meta name="keywords" content="bridge, editors_pick, towns">'
    assert parse_html(page(head)).tags == ("bridge", "towns")


def test_of_a_keyword_s_spellings_the_one_with_capitals_is_kept():
    assert page_tags(["taylor swift", "Taylor Swift", "Floods"], None, "") == (
        "Taylor Swift", "Floods")


def test_a_country_s_news_desk_is_no_tag_unless_the_text_names_it():
    assert page_tags(["UK News", "US news", "Elections"], None, "") == ("Elections",)
    assert page_tags(["BBC News"], None, "BBC News reported it first.") == ("BBC News",)


def test_a_tag_takes_the_spelling_of_a_link_s_words():
    html = page('<meta name="keywords" content="riverton bridge">',
                "<p>The old <a href='https://example.org/rb'>Riverton Bridge</a> will close "
                "when the new one opens, the council said.</p>")
    assert parse_html(html).tags == ("Riverton Bridge",)


HEADLINE = "Alabama workers leave the state as immigration law takes effect"


def test_keywords_that_are_the_headline_cut_into_words_lose_its_words():
    cut = ["Alabama", "workers", "leave", "state", "immigration", "law", "takes", "effect",
           "business", "'"]
    assert without_headline_words(cut, HEADLINE) == ["business"]


@pytest.mark.parametrize("keywords", [
    ["Alabama", "immigration", "farm labour"],  # topics the headline also names
    ["Alabama", "workers", "state", "law", "courts", "farming", "HB 56"],
])
def test_topics_that_the_headline_names_stay(keywords):
    assert without_headline_words(keywords, HEADLINE) == keywords


def test_a_short_headline_s_words_as_keywords_are_topics():
    assert without_headline_words(["Trump", "China"], "Trump visits China") == ["Trump", "China"]


def _tags(box: str) -> tuple[str, ...]:
    return parse_html(page(body_extra=box), second_opinions=False).tags


def test_the_links_of_a_box_named_for_tags_are_the_tags():  # 9news.com.au
    box = ('<ul><li class="article__tag"><a href="/bridges">Bridges</a></li>'
           '<li class="article__tag"><a href="/river-towns">River towns</a></li></ul>')
    assert _tags(box) == ("Bridges", "River towns")


def test_a_story_s_class_per_tag_is_no_box_of_tags():  # WordPress: "tag-bridges"
    box = '<div class="post type-post tag-bridges"><a href="/meeting">the meeting</a></div>'
    assert _tags(box) == ()


def test_a_cloud_of_the_site_s_tags_is_none_of_the_story_s():
    links = "".join(f'<a href="/t/{i}">Topic {i}</a>' for i in range(16))
    assert _tags(f'<div class="tags-list">{links}</div>') == ()
