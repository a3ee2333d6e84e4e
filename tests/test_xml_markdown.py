"""trafilatura's XML to Markdown: blocks, and the text trafilatura leaves loose between them."""

from __future__ import annotations

import pytest

from explainer.importer.body import leveled
from explainer.importer.xml_markdown import xml_to_markdown


def md(main: str) -> str:
    return xml_to_markdown(f"<doc><main>{main}</main></doc>")


@pytest.mark.parametrize("main, expected", [
    ('<head rend="h2">Cheaper minutes</head>After the success of the offer the company brings it '
     'back and sells the plan<p><ref target="https://example.org/t">for 5.99 euros</ref> a '
     "month.</p>",
     "## Cheaper minutes\n\nAfter the success of the offer the company brings it back and sells "
     "the plan [for 5.99 euros](https://example.org/t) a month."),
    ('<p>The first paragraph.</p>The council said the work would start in the spring, and the '
     "towns agreed.<p>The last paragraph.</p>",
     "The first paragraph.\n\nThe council said the work would start in the spring, and the towns "
     "agreed.\n\nThe last paragraph."),
    ("<p>The story.</p>05.08.2024, 20:59 Uhr<p>More of it.</p>",
     "The story.\n\nMore of it."),
    ('<quote>She said <hi rend="#b">no</hi> twice.</quote>', "> She said **no** twice."),
    ("<p>One.</p><list><item>First item</item><item>Second item</item></list>",
     "One.\n\n- First item\n- Second item"),
    ("<p>Install it with <code>npm install *x*</code> first.</p>",  # code inside a line
     "Install it with `npm install *x*` first."),
    ("<code>module.exports = {<lb/>  plugins: []<lb/>};</code>",  # its line breaks kept
     "```\nmodule.exports = {\n  plugins: []\n};\n```"),
    ('<p><ref target="https://x.org/up/shot.png">Recruiting engineers is a headache for both '
     "startups and large firms.</ref></p>",  # sentences nested in a picture's link
     "Recruiting engineers is a headache for both startups and large firms."),
    ('<p>See <ref target="https://x.org/up/shot.png">the screenshot</ref>.</p>',
     "See [the screenshot](https://x.org/up/shot.png)."),
])
def test_blocks_and_loose_text(main, expected):
    assert md(main) == expected


def test_loose_text_that_opens_like_a_list_is_escaped():
    assert md("<p>Before.</p>1. is the number the council gave the plan among the proposals "
              "it read") == "Before.\n\n1\\. is the number the council gave the plan among the " \
                            "proposals it read"


@pytest.mark.parametrize("main, expected", [
    ('<p>served <ref target="/a">free drinks </ref>in <ref target="/l">Laos</ref>.</p>',
     "served [free drinks](/a) in [Laos](/l)."),
    ('<p><hi rend="#b">Oct. 6, 1923: </hi>First game.</p>', "**Oct. 6, 1923:** First game."),
    ('<p>said<hi rend="#i"> nothing</hi>.</p>', "said *nothing*."),
    ('<p>The news comes<hi rend="#b"> </hi>during talks.</p>', "The news comes during talks."),
    ('<p>The news comes<hi rend="#b"/>during talks.</p>', "The news comes during talks."),
    ('<p>Ends here.<hi rend="#b"/>(Photo)</p>', "Ends here.(Photo)"),
    ('<p>Half<hi rend="#b">way</hi> there.</p>', "Half**way** there."),
    ('<p>Un <ref target="/a">article sur ce sujet \ufeff</ref>avait paru.</p>',
     "Un [article sur ce sujet](/a) avait paru."),  # a space before a zero-width mark
])
def test_spaces_at_the_edges_of_emphasis_and_links_stay_outside_the_marks(main, expected):
    assert md(main) == expected


@pytest.mark.parametrize("main, expected", [
    ('<p>found <hi rend="#b"><hi rend="#b"><ref target="/f"><hi rend="#b">Fed statement</hi>'
     '</ref> </hi></hi>to be gloomy.</p>', "found **[Fed statement](/f)** to be gloomy."),
    ('<p><hi rend="#i">a <hi rend="#b">b</hi> c</hi></p>', "*a **b** c*"),
    ('<p><hi rend="#strong"><hi rend="#b">Bold</hi> twice</hi></p>', "**Bold twice**"),
])
def test_emphasis_inside_the_same_emphasis_is_not_set_again(main, expected):
    assert md(main) == expected


@pytest.mark.parametrize("main, expected", [
    ('<head rend="h2">Heads up, travelers: hundreds of workers at the airport are striking on '
     "Tuesday over pay.</head>",
     "Heads up, travelers: hundreds of workers at the airport are striking on Tuesday over "
     "pay."),
    ('<head rend="h2">What happens next for the thousands of travelers who booked flights '
     "through the airport this week?</head>",
     "## What happens next for the thousands of travelers who booked flights through the "
     "airport this week?"),
    ('<head rend="h3">Who pays</head>', "### Who pays"),
])
def test_a_heading_that_is_running_text_is_a_paragraph(main, expected):
    assert md(main) == expected


def test_sentences_heading_a_series_of_parts_stay_headings():
    slide = ('<head rend="h2">The actor wore a similar suit at the {} film festival in the old '
             "town.</head><p>It was grey.</p>")
    expected = "## The actor wore a similar suit at the {} film festival in the old town."
    assert md("".join(slide.format(n) for n in ("first", "second", "third"))) == (
        "\n\n".join(f"{expected.format(n)}\n\nIt was grey." for n in ("first", "second", "third")))


LEDE = ('<head rend="h2">Heads up, travelers: hundreds of workers at the {} airport are '
        "striking on Tuesday.</head><p>More.</p>")


@pytest.mark.parametrize("others", [
    LEDE.format("south"),  # two such sentences are no series
    '<head rend="h2">What happens next</head><p>A.</p><head rend="h2">Who pays</head>',
])
def test_a_lede_set_as_a_heading_stays_a_paragraph_outside_a_series(others):
    assert md(LEDE.format("north") + others).startswith(
        "Heads up, travelers: hundreds of workers at the north airport are striking on Tuesday.")


QUESTION = ("How did Kamala Harris end up living on the top floor of a Westmount Victorian in "
            "the 1970s and 80s?")  # twenty words


def test_a_long_question_among_short_headings_of_its_level_is_a_heading_too():
    short = "".join(f'<head rend="h3">Where did she {w}?</head><p>In Montreal.</p>'
                    for w in ("live", "study", "work"))
    assert md(f'<head rend="h3">{QUESTION}</head><p>Her mother moved.</p>{short}').startswith(
        f"### {QUESTION}\n\nHer mother moved.")
    assert md(f'<head rend="h3">{QUESTION}</head><p>Her mother moved.</p>').startswith(
        f"{QUESTION}\n\n")  # alone, it is running text


def test_a_lede_s_statement_among_short_headings_stays_a_paragraph():
    lede = LEDE.format("north").replace("<p>More.</p>", "")
    short = "".join(f'<head rend="h2">What happens {w}</head><p>A.</p>'
                    for w in ("next", "then", "now"))
    assert md(lede + short).startswith("Heads up, travelers:")


@pytest.mark.parametrize(("main", "expected"), [
    ("<p>as weather conditions<lb/>deteriorate, he said.</p>",
     "as weather conditions deteriorate, he said."),
    ('<p>weather <hi rend="#b">conditions<lb/></hi>deteriorate.</p>',
     "weather **conditions** deteriorate."),
    ('<p>weather <ref target="https://a.example/c">conditions<lb/></ref>worsen.</p>',
     "weather [conditions](https://a.example/c) worsen."),
    ("<p>気象状況が<lb/>悪化する。</p>", "気象状況が悪化する。"),  # no space in Japanese
])
def test_a_line_break_inside_a_sentence_parts_its_words(main, expected):
    assert md(main) == expected


@pytest.mark.parametrize(("main", "expected"), [
    ("<p>The council met on Monday.<lb/>It agreed the plan.</p>",
     "The council met on Monday.\n\nIt agreed the plan."),
    ("<p>The council met on Monday.<lb/><lb/>It agreed the plan.</p>",
     "The council met on Monday.\n\nIt agreed the plan."),
    ('<p><hi rend="#b">市長が来た。</hi><lb/>市長は言った。</p>',
     "**市長が来た。**\n\n市長は言った。"),
    ("<p>The staff are split evenly between the two offices.<lb/>New add-ons</p>",
     "The staff are split evenly between the two offices.\n\nNew add-ons"),
])
def test_a_line_after_a_sentences_end_is_a_paragraph(main, expected):
    assert md(main) == expected


@pytest.mark.parametrize(("main", "expected"), [
    ("<p>Dressing<lb/>1 cup plain yogurt<lb/>1 garlic clove, peeled<lb/>Salt to taste</p>",
     "Dressing  \n1 cup plain yogurt  \n1 garlic clove, peeled  \nSalt to taste"),
    ("<p>MEDIA CONTACT:<lb/>Ann Lee<lb/>Lee &amp; Roe<lb/>ann@example.org</p>",
     "MEDIA CONTACT:  \nAnn Lee  \nLee & Roe  \nann@example.org"),
    ("<quote>No buses on Royal Parade<lb/>Buses to the station at Western Approach<lb/>"
     "Buses to North Hill at Charles Street</quote>",
     "> No buses on Royal Parade  \n> Buses to the station at Western Approach  \n"
     "> Buses to North Hill at Charles Street"),
    ("<p>1 cup yogurt<lb/>2. add the mint<lb/># of cloves: 2</p>",  # each line escaped
     "1 cup yogurt  \n2\\. add the mint  \n\\# of cloves: 2"),
])
def test_short_lines_set_apart_keep_their_breaks(main, expected):
    assert md(main) == expected


def test_lines_of_sentences_in_a_list_item_stay_in_the_item():
    assert md("<list><item>The first thing.<lb/>Then the second.</item><item>Last.</item></list>") \
        == "- The first thing.  \nThen the second.\n- Last."


def test_a_recipes_lines_reach_the_import_and_render_as_breaks():
    import markdown

    from explainer.importer.html import parse_html
    from tests.test_import_html import page
    html = page().replace("</h1>", "</h1><p>For the dressing you need:</p><p>1 cup plain yogurt"
                          "<br>1 garlic clove, peeled<br>2 tablespoons chopped mint</p>", 1)
    found = [p for p in parse_html(html).paragraphs if p.startswith("1 cup")]
    assert found == ["1 cup plain yogurt  \n1 garlic clove, peeled  \n2 tablespoons chopped mint"]
    assert markdown.markdown(found[0]).count("<br />") == 2


def test_an_empty_link_inside_a_word_is_nothing():
    assert md('<p>Wash<ref target="#x"/>ington is here.</p>') == "Washington is here."


@pytest.mark.parametrize(("main", "expected"), [
    ('<head rend="h3"><hi rend="#b">But that did not last.</hi></head>',
     "### But that did not last."),
    ('<head rend="h2"><hi rend="#i">Dune</hi> and <hi rend="#b">Arrival</hi></head>',
     "## *Dune* and **Arrival**"),
])
def test_emphasis_around_a_whole_heading_goes(main, expected):
    assert md(main) == expected


def test_headings_move_up_together_to_start_at_the_second_level():
    assert leveled("### Chased by dogs\n\nText.\n\n#### The return\n\n###### Notes") == (
        "## Chased by dogs\n\nText.\n\n### The return\n\n##### Notes")
    assert leveled("## A\n\n### B") == "## A\n\n### B"


def test_a_code_blocks_lines_are_no_headings():
    text = "### Setup\n\n```\nmake\n\n#### configure\n```"
    assert leveled(text) == "## Setup\n\n```\nmake\n\n#### configure\n```"


def test_an_imported_page_with_subheadings_in_h3_starts_them_at_the_second_level():
    from explainer.importer.html import parse_html
    from tests.test_import_html import page
    html = page().replace("</h1>\n<p>", "</h1>\n<h3>The vote</h3><p>", 1)
    assert "## The vote" in parse_html(html).paragraphs


def test_a_page_whose_reading_xml_refuses_still_imports():
    from explainer.importer.html import parse_html
    parse_html("<html><head><title>T</title></head><body><code>0<A</body></html>")


def test_a_text_heading_its_parts_with_h1_keeps_its_levels_apart():
    assert md('<head rend="h1">What is new?</head><head rend="h2">Scope hoisting</head>'
              '<p>Text.</p><head rend="h1">Thank you</head>') == (
        "## What is new?\n\n### Scope hoisting\n\nText.\n\n## Thank you")


def test_lines_that_end_in_links_are_no_sentences():
    assert md('<p><hi rend="#b">One year ago:</hi> <ref target="https://a.example/1">Pasta salad'
              '</ref><lb/><hi rend="#b">Two years ago:</hi> <ref target="https://a.example/2">'
              'Carrot salad</ref><lb/><hi rend="#b">Three years ago:</hi> Sangria</p>') == (
        "**One year ago:** [Pasta salad](https://a.example/1)  \n**Two years ago:** "
        "[Carrot salad](https://a.example/2)  \n**Three years ago:** Sangria")


def test_lines_of_links_read_as_one_line():
    assert md('<p><hi rend="#b">Related</hi><lb/><ref target="https://a.example/1">Bridge vote'
              '</ref><lb/><ref target="https://a.example/2">Toll plan</ref></p>') == (
        "**Related** [Bridge vote](https://a.example/1) [Toll plan](https://a.example/2)")


def test_headings_move_up_again_once_a_boxs_heading_above_them_is_left_out():
    from explainer.importer.body import releveled
    assert releveled(["Text.", "### Russia vowed to strike back", "More."]) == [
        "Text.", "## Russia vowed to strike back", "More."]
    assert releveled(["## A", "### B"]) == ["## A", "### B"]


@pytest.mark.parametrize("main, expected", [
    ("<p>&amp;#151; -- Clinton has an explanation.</p>", "Clinton has an explanation."),
    ("<p>Prices rose &amp;mdash; again &amp;#8212; in May.</p>", "Prices rose — again — in May."),
    ("<p>Smith &amp;Co; and AT&amp;T&amp;amp;T.</p>", "Smith &amp;Co; and AT&T&T."),
    ("<p>Bell &amp;#1; rang.</p>", "Bell &amp;#1; rang."),  # no code for a control character
])
def test_character_references_written_out_as_text_are_the_characters(main, expected):
    """A page that escaped them twice shows "&#151;" where it meant a dash."""
    assert md(main) == expected


@pytest.mark.parametrize("main, expected", [
    ("<p>— Clinton spoke on Thursday.</p>", "Clinton spoke on Thursday."),
    ("<p>-- <ref target='https://a.example/c'>Clinton</ref> spoke.</p>",
     "[Clinton](https://a.example/c) spoke."),
    ("<p>First.</p><p>— Second, set off.</p>", "First.\n\n— Second, set off."),
    ("<list><item>Clinton spoke.</item></list>", "- Clinton spoke."),
    ("<p>WASHINGTON — Clinton spoke.</p>", "WASHINGTON — Clinton spoke."),
])
def test_dashes_left_of_a_dateline_at_the_start_go(main, expected):
    assert md(main) == expected
