"""The glossary extension, one behaviour per test, with the expected HTML inline."""

import datetime as dt
from pathlib import Path

import markdown
import pytest

from explainer.content.model import Term, TermSource
from explainer.core.diagnostics import Diagnostics
from explainer.glossary.extension import GlossaryExtension, Policy
from explainer.glossary.references import Problem
from explainer.glossary.terms import build_glossary


def term(slug: str, name: str, *aliases: str) -> Term:
    return Term(slug=slug, path=Path(f"{slug}.md"), name=name, summary=f"About {name}.",
                kind="organisation", as_of=dt.date(2026, 11, 28),
                sources=(TermSource("Source", "https://example.org/"),), body="", body_line=1,
                aliases=aliases)


TERMS = [
    term("arab-league", "Arab League", "League of Arab States"),
    term("unscr-2254", "UNSCR 2254", "Resolution 2254", "UN Security Council Resolution 2254"),
    term("assad", "Bashar al-Assad", "al-Assad", "Assad"),
]


def render(text: str, link: str = "first", boxes: bool = False, terms=None, **policy) -> str:
    glossary = build_glossary(TERMS if terms is None else terms, Diagnostics())
    ext = GlossaryExtension(glossary, lambda slug: f"/g/{slug}/",
                            Policy(link=link, boxes=boxes, **policy))
    return markdown.Markdown(extensions=["extra", ext]).convert(text)


def a(slug: str, text: str, describe: bool = False, later: bool = False) -> str:
    extra = f'aria-describedby="gloss-{slug}-summary" ' if describe else ""
    kind = "gloss-term gloss-later" if later else "gloss-term"
    return f'<a {extra}class="{kind}" data-term="{slug}" href="/g/{slug}/">{text}</a>'


def test_first_mention_is_linked():
    assert render("The Arab League met.") == f"<p>The {a('arab-league', 'Arab League')} met.</p>"


def test_only_the_first_mention_is_linked():
    assert render("Arab League and Arab League.") == (
        f"<p>{a('arab-league', 'Arab League')} and Arab League.</p>")


def test_alias_counts_as_a_mention():
    assert render("The League of Arab States.") == (
        f"<p>The {a('arab-league', 'League of Arab States')}.</p>")


def test_matching_ignores_case_and_keeps_the_text():
    assert render("the arab league") == f"<p>the {a('arab-league', 'arab league')}</p>"


def test_possessive_leaves_the_apostrophe_outside_the_link():
    assert render("Assad’s and Assad's") == f"<p>{a('assad', 'Assad')}’s and Assad's</p>"


def test_whole_words_only():
    assert render("Arab Leaguers and SuperAssad") == "<p>Arab Leaguers and SuperAssad</p>"


def test_longest_name_wins():
    assert render("UN Security Council Resolution 2254.") == (
        f"<p>{a('unscr-2254', 'UN Security Council Resolution 2254')}.</p>")


def test_name_across_a_line_break():
    link = a("arab-league", "Arab\nLeague")
    assert render("the Arab\nLeague") == f"<p>the {link}</p>"


def test_not_inside_headings():
    assert render("# Arab League\n\nArab League") == (
        f'<h1>Arab League</h1>\n<p>{a("arab-league", "Arab League")}</p>')


def test_not_inside_links():
    assert render("[Arab League](https://x.org/) then Arab League") == (
        f'<p><a href="https://x.org/">Arab League</a> then {a("arab-league", "Arab League")}</p>')


def test_not_inside_code():
    assert render("`Arab League` and\n\n    Arab League") == (
        "<p><code>Arab League</code> and</p>\n<pre><code>Arab League\n</code></pre>")


def test_not_inside_image_alt_text():
    assert render("![Arab League](x.png)") == '<p><img alt="Arab League" src="x.png" /></p>'


def test_not_inside_raw_html():
    assert render('<span title="x">Arab League</span> ok') == (
        '<p><span title="x">Arab League</span> ok</p>')


def test_inside_emphasis():
    assert render("*the Arab League*") == f"<p><em>the {a('arab-league', 'Arab League')}</em></p>"


def test_several_terms_in_one_text_run():
    assert render("Assad and the Arab League") == (
        f"<p>{a('assad', 'Assad')} and the {a('arab-league', 'Arab League')}</p>")


def test_text_after_an_inline_element_is_searched():
    assert render("*x* Arab League *y* Assad") == (
        f"<p><em>x</em> {a('arab-league', 'Arab League')} <em>y</em> {a('assad', 'Assad')}</p>")


def test_link_all_links_every_mention():
    first, later = a("assad", "Assad"), a("assad", "Assad", later=True)
    assert render("Assad, Assad", link="all") == f"<p>{first}, {later}</p>"


def test_link_none_links_nothing():
    assert render("Assad", link="none") == "<p>Assad</p>"


BOX = ('<div class="gloss-boxes">\n<aside aria-labelledby="gloss-assad-name" class="gloss-box" '
       'data-pagefind-ignore id="gloss-assad">\n<details class="gloss-note">\n<summary>'
       '<span class="gloss-box-name" id="gloss-assad-name">Bashar al-Assad</span> '
       '<span class="gloss-box-summary" id="gloss-assad-summary">About Bashar al-Assad.</span>'
       '</summary>\n<p class="gloss-box-meta">Facts as of <time datetime="2026-11-28">'
       '28 November 2026</time> · <a href="/g/assad/">Bashar al-Assad in the glossary</a></p>\n'
       '</details>\n</aside>\n</div>')


def test_box_comes_before_the_block_of_the_first_mention():
    assert render("Assad.\n\nAssad again.", boxes=True) == (
        f'<div class="gloss-row">\n{BOX}\n<p>{a("assad", "Assad", describe=True)}.</p>\n</div>\n'
        "<p>Assad again.</p>")


def test_boxes_of_neighbouring_blocks_stay_in_their_own_rows():
    html = render("Intro.\n\nAssad.\n\nThe Arab League.", boxes=True)
    assert html.startswith(f'<p>Intro.</p>\n<div class="gloss-row">\n{BOX}\n<p>')
    assert '.</p>\n</div>\n<div class="gloss-row">\n<div class="gloss-boxes">' in html
    assert html.count('<div class="gloss-row">') == 2 and html.endswith("</p>\n</div>")


def test_box_before_a_list_not_inside_it():
    html = render("- one\n- Assad\n\nnext", boxes=True)
    assert html.startswith(f'<div class="gloss-row">\n{BOX}\n<ul>\n<li>one</li>\n<li>')
    assert html.endswith("</li>\n</ul>\n</div>\n<p>next</p>")


def test_box_text_is_not_glossed_again():
    terms = [term("assad", "Assad"), term("arab-league", "Arab League")]
    terms[0] = Term(**{**terms[0].__dict__, "summary": "Not the Arab League."})
    html = render("Assad", boxes=True, terms=terms)
    assert "Not the Arab League." in html and 'href="/g/arab-league/"' not in html


def test_mention_describes_its_box_only_when_boxes_are_on():
    assert 'aria-describedby' not in render("Assad", boxes=False)
    assert 'aria-describedby="gloss-assad-summary"' in render("Assad", boxes=True)


def test_terms_are_reported_in_order_of_first_use():
    glossary = build_glossary(TERMS, Diagnostics())
    ext = GlossaryExtension(glossary, lambda slug: slug, Policy())
    md = markdown.Markdown(extensions=[ext])
    md.convert("Assad, then UNSCR 2254, then the Arab League and Assad.")
    assert ext.result.used == ["assad", "unscr-2254", "arab-league"]


def test_reset_clears_terms_between_documents():
    glossary = build_glossary(TERMS, Diagnostics())
    ext = GlossaryExtension(glossary, lambda slug: slug, Policy())
    md = markdown.Markdown(extensions=[ext])
    md.convert("Assad")
    md.reset()
    md.convert("the Arab League")
    assert ext.result.used == ["arab-league"]


@pytest.mark.parametrize("text", ["", "plain text", "# only a heading"])
def test_text_without_mentions_is_unchanged(text):
    assert render(text) == markdown.markdown(text, extensions=["extra"])


def test_not_inside_a_raw_html_link():
    assert render('<a href="https://x.org/">the Arab League</a> and Assad') == (
        f'<p><a href="https://x.org/">the Arab League</a> and {a("assad", "Assad")}</p>')


def test_after_a_raw_void_element():
    assert render("x<br>Assad") == f"<p>x<br>{a('assad', 'Assad')}</p>"


def test_explicit_reference_ties_words_to_a_term():
    assert render("[the 2015 resolution](term:unscr-2254) said") == (
        f"<p>{a('unscr-2254', 'the 2015 resolution')} said</p>")


def test_explicit_reference_counts_as_the_first_mention():
    assert render("[the resolution](term:unscr-2254) and UNSCR 2254") == (
        f"<p>{a('unscr-2254', 'the resolution')} and UNSCR 2254</p>")


def test_explicit_reference_after_the_first_mention_is_plain_text():
    assert render("UNSCR 2254 and [the resolution](term:unscr-2254)") == (
        f'<p>{a("unscr-2254", "UNSCR 2254")} and '
        '<span class="gloss-stop">the resolution</span></p>')


def test_stop_syntax_keeps_words_from_being_matched():
    assert render("[Arab League](!term) then Arab League") == (
        '<p><span class="gloss-stop">Arab League</span> then '
        f'{a("arab-league", "Arab League")}</p>')


def test_explicit_reference_to_an_unknown_term_is_a_problem():
    glossary = build_glossary(TERMS, Diagnostics())
    ext = GlossaryExtension(glossary, lambda slug: slug, Policy())
    html = markdown.Markdown(extensions=[ext]).convert("[x](term:nope)")
    assert html == '<p><span class="gloss-stop">x</span></p>'
    assert ext.result.problems == [Problem(1, 4, "unknown term 'nope' in [...](term:nope)")]


def test_excluded_term_is_not_linked():
    assert render("Assad and the Arab League", exclude=frozenset({"assad"})) == (
        f"<p>Assad and the {a('arab-league', 'Arab League')}</p>")


def test_block_quotes_are_glossed_by_default():
    assert render("> Assad") == f"<blockquote>\n<p>{a('assad', 'Assad')}</p>\n</blockquote>"


def test_block_quotes_can_be_skipped():
    assert render("> Assad\n\nAssad", skip_quotes=True) == (
        f"<blockquote>\n<p>Assad</p>\n</blockquote>\n<p>{a('assad', 'Assad')}</p>")


def test_link_none_with_boxes_keeps_the_box_and_no_link():
    html = render("Assad", link="none", boxes=True)
    assert html == (f'<div class="gloss-row">\n{BOX}\n<p><span '
                    'aria-describedby="gloss-assad-summary" '
                    'class="gloss-mention" data-term="assad">Assad</span></p>\n</div>')


def test_sentence_of_the_first_mention_is_reported():
    glossary = build_glossary(TERMS, Diagnostics())
    ext = GlossaryExtension(glossary, lambda slug: slug, Policy())
    markdown.Markdown(extensions=[ext]).convert(
        "It began. The *Arab League* met in Cairo. Then “Assad” spoke! Done.")
    assert ext.result.sentences == {"arab-league": "The Arab League met in Cairo.",
                             "assad": "Then “Assad” spoke!"}


def test_sentence_leaves_out_raw_html_tags():
    glossary = build_glossary(TERMS, Diagnostics())
    ext = GlossaryExtension(glossary, lambda slug: slug, Policy())
    markdown.Markdown(extensions=[ext]).convert("It began. The <b>old</b> Arab League met.")
    assert ext.result.sentences == {"arab-league": "The old Arab League met."}


def test_sentence_of_a_one_letter_reference_after_the_same_letter():
    glossary = build_glossary(TERMS, Diagnostics())
    ext = GlossaryExtension(glossary, lambda slug: slug, Policy())
    markdown.Markdown(extensions=[ext]).convert("Then [A](term:assad) met. Later *A* came.")
    assert ext.result.sentences == {"assad": "Then A met."}


def test_references_in_headings_become_plain_text():
    assert render("# About [L](term:arab-league)") == (
        '<h1>About <span class="gloss-stop">L</span></h1>')


def test_references_become_plain_text_with_the_glossary_off():
    assert render("x [L](term:arab-league) [M](!term)", link="none") == (
        '<p>x <span class="gloss-stop">L</span> <span class="gloss-stop">M</span></p>')


def test_unknown_reference_in_a_heading_is_still_a_problem():
    glossary = build_glossary(TERMS, Diagnostics())
    ext = GlossaryExtension(glossary, lambda slug: slug, Policy())
    markdown.Markdown(extensions=[ext]).convert("# [x](term:nope)")
    assert ext.result.problems == [Problem(1, 6, "unknown term 'nope' in [...](term:nope)")]


def problems(text: str) -> list[tuple[int, int]]:
    """The places of the problems found in ``text``."""
    glossary = build_glossary(TERMS, Diagnostics())
    ext = GlossaryExtension(glossary, lambda slug: slug, Policy())
    markdown.Markdown(extensions=["extra", ext]).convert(text)
    return [(problem.line, problem.column) for problem in ext.result.problems]


def test_each_reference_to_an_unknown_term_is_placed_where_it_is_written():
    assert problems("[a](term:nope) and\n\n# [b](term:nope)\n\nthen\t[c](term:nope)") == [
        (1, 4), (3, 6), (5, 9)]


def test_references_in_code_are_not_counted_when_placing_the_others():
    text = "```\n[a](term:nope)\n```\n\n`[b](term:nope)` [c](term:nope)"
    assert problems(text) == [(5, 21)]


def test_a_reference_in_a_footnote_keeps_its_place_though_footnotes_come_last():
    text = "See[^1] [a](term:other).\n\n[^1]: [b](term:gone)\n\nAnd [c](term:other)."
    assert sorted(problems(text)) == [(1, 12), (3, 10), (5, 8)]


def test_a_reference_style_link_is_placed_at_the_start_of_the_body():
    assert problems("Text.\n\n[a][r]\n\n[r]: term:nope") == [(1, 1)]


def test_reset_forgets_the_problems_of_the_last_document():
    glossary = build_glossary(TERMS, Diagnostics())
    ext = GlossaryExtension(glossary, lambda slug: slug, Policy())
    md = markdown.Markdown(extensions=[ext])
    md.convert("[x](term:nope)")
    md.reset()
    md.convert("No references.")
    assert ext.result.problems == []


@pytest.mark.parametrize(("text", "sentence"), [
    ("First sentence. Assad met.", "Assad met."),
    ('He said "the Arab League is back." Then more.', 'He said "the Arab League is back."'),
])
def test_sentence_boundaries(text, sentence):
    glossary = build_glossary(TERMS, Diagnostics())
    ext = GlossaryExtension(glossary, lambda slug: slug, Policy())
    markdown.Markdown(extensions=[ext]).convert(text)
    assert list(ext.result.sentences.values()) == [sentence]
