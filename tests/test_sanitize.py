"""Safe HTML by default: what a body may put on a page, and the warning for each removal.

Each test renders a small Markdown body as the build does (the site's extensions, then the
sanitiser) and compares the exact HTML, or the exact message.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from explainer.commands.cli import main
from explainer.content.sanitize import Sanitizer, safe_body
from explainer.core.diagnostics import Diagnostics
from explainer.site.gather import render_markdown

PATH = Path("content/explainers/test.md")


def safe(markdown: str, embeds: tuple[str, ...] = ()) -> tuple[str, list[str]]:
    """The body as the build renders it (its first line is line 1), and the warnings."""
    diags = Diagnostics()
    html = safe_body(render_markdown(markdown, []), markdown, PATH, 1, embeds, diags)
    return html, [d.format() for d in diags]


def test_script_element_is_removed_with_its_code():
    assert safe("Before <script>alert(1)</script> after.") == (
        "<p>Before  after.</p>",
        ["content/explainers/test.md:1:8: warning: unsafe HTML removed: the <script> element "
         "and its content\n  hint: raw HTML in Markdown may use text elements only (see "
         "'Security and limits' in the README)"])


def test_script_block_is_removed():
    assert safe("<script>\nalert(1)\n</script>\n\nText.")[0] == "\n\n<p>Text.</p>"


def test_event_handler_is_removed_and_the_picture_kept():
    html, warnings = safe('<img src="media/a.png" alt="A" onerror="alert(2)">')
    assert html == '<p><img src="media/a.png" alt="A"></p>'
    assert warnings == [
        "content/explainers/test.md:1:32: warning: unsafe HTML removed: the attribute "
        "'onerror' of <img>\n  hint: raw HTML and {: ...} may set id, class, lang, dir, title, "
        "aria-* and data-*"]


def test_attribute_list_may_not_set_a_handler():
    html, warnings = safe('A paragraph.\n{: onclick="alert(3)" .lead }')
    assert html == '<p class="lead">A paragraph.</p>'
    assert [w.split("\n")[0] for w in warnings] == [
        "content/explainers/test.md:2:4: warning: unsafe HTML removed: the attribute 'onclick' "
        "of <p>"]


def test_attribute_list_on_a_heading_keeps_its_id_and_class():
    assert safe('## Background {: #bg .wide onclick="x" }')[0] == (
        '<h2 class="wide" id="bg">Background</h2>')


def test_attribute_list_keeps_language_and_direction():
    assert safe("A quote.\n{: lang=ar dir=rtl }") == ('<p dir="rtl" lang="ar">A quote.</p>', [])


def test_javascript_link_loses_its_address():
    html, warnings = safe("[click](javascript:alert(5))")
    assert html == "<p><a>click</a></p>"
    assert warnings == [
        "content/explainers/test.md:1:9: warning: link removed: malformed web address "
        "'javascript:alert(5)': 'javascript:' links are not allowed\n"
        "  hint: link to a web page: https://..."]


def test_link_hidden_behind_character_references_is_found():
    html, warnings = safe('<a href="jav&#x61;script:alert(7)">entity</a>')
    assert html == "<p><a>entity</a></p>"
    assert warnings[0].startswith("content/explainers/test.md:1:10: warning: link removed: "
                                  "malformed web address 'javascript:alert(7)'")


def test_data_address_in_a_link_is_removed():
    assert safe("[x](data:text/html,hi)")[0] == "<p><a>x</a></p>"


def test_data_picture_is_kept():
    src = "data:image/gif;base64,R0lGODlhAQABAAAAACw="
    assert safe(f"![A dot]({src})") == (f'<p><img alt="A dot" src="{src}"></p>', [])


def test_data_svg_picture_is_removed():
    assert safe("![A](data:image/svg+xml;base64,PHN2Zz4=)")[0] == '<p><img alt="A"></p>'


def test_web_and_relative_links_are_kept():
    body = ("[A](https://example.org/a?b=1&c=2#d) [B](../x/index.html#top) "
            "[C](mailto:desk@example.org) [D](tel:+441234567890)")
    html, warnings = safe(body)
    assert warnings == []
    assert html == render_markdown(body, [])


def test_iframe_is_removed_by_default():
    html, warnings = safe('<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>')
    assert html == ""
    assert warnings == [
        "content/explainers/test.md:1:1: warning: unsafe HTML removed: the <iframe> element and "
        "its content\n  hint: to embed from a host, list it in site.yml (embeds: "
        "[www.youtube-nocookie.com]): see 'Security and limits' in the README"]


def test_iframe_from_a_listed_host_is_kept_in_a_sandbox():
    html, warnings = safe('<iframe src="https://www.youtube-nocookie.com/embed/x" '
                          'onload="x()" title="Video"></iframe>', ("www.youtube-nocookie.com",))
    assert html == ('<iframe src="https://www.youtube-nocookie.com/embed/x" title="Video" '
                    'sandbox="allow-scripts allow-same-origin allow-popups allow-presentation">'
                    "</iframe>")
    assert [w.split("\n")[0] for w in warnings] == [
        "content/explainers/test.md:1:56: warning: unsafe HTML removed: the attribute 'onload' "
        "of <iframe>"]


def test_iframe_from_another_host_is_emptied_when_embeds_are_listed():
    html, warnings = safe('<iframe src="https://evil.example/x"></iframe>',
                          ("www.youtube-nocookie.com",))
    assert "evil" not in html
    assert warnings == [
        "content/explainers/test.md:1:14: warning: unsafe HTML removed: the address of an "
        "<iframe> ('https://evil.example/x') is not on a host listed under 'embeds' in site.yml"
        "\n  hint: embeds are allowed from: www.youtube-nocookie.com; the frame is left empty"]


def test_meta_refresh_is_removed():
    html, warnings = safe('<meta http-equiv="refresh" content="0;url=https://evil.example">')
    assert "meta" not in html
    assert warnings[0].split("\n")[0] == (
        "content/explainers/test.md:1:1: warning: unsafe HTML removed: the <meta> element")


@pytest.mark.parametrize("markup", [
    "<object data='https://evil.example/x.swf'></object>", "<embed src='https://evil.example'>",
    "<form action='https://evil.example'><input name=a></form>", "<style>p{}</style>",
    "<link rel=stylesheet href='https://evil.example/x.css'>", "<base href='https://evil.ex/'>",
    "<svg><script>alert(1)</script></svg>", "<math><mi>x</mi></math>",
])
def test_active_elements_are_removed(markup):
    html, warnings = safe(f"Text {markup} end.")
    assert not re.search(r"<(object|embed|form|input|style|link|base|svg|math|script)", html)
    assert warnings and all("unsafe HTML removed" in w for w in warnings)


def test_style_that_loads_another_host_is_removed():
    html, warnings = safe('<p style="background:url(https://evil.example/t.png)">styled</p>')
    assert html == "<p>styled</p>"
    assert warnings[0].split("\n")[0] == (
        "content/explainers/test.md:1:4: warning: unsafe HTML removed: the attribute 'style' "
        "of <p>")


def test_table_alignment_is_kept():
    html, warnings = safe("| a |\n|:-:|\n| b |")
    assert warnings == []
    assert '<th style="text-align:center">a</th>' in html


@pytest.mark.parametrize(("style", "kept", "removed", "col"), [
    ("text-align: left; background: url(https://x.example/a)", ' style="text-align:left"',
     "background: url(https://x.example/a)", 41),
    ("text-align: expression(alert(1))", "", "text-align: expression(alert(1))", 23),
])
def test_table_cell_style_keeps_only_alignment_with_a_value_css_knows(style, kept, removed,
                                                                       col):
    html, warnings = safe(f'<table><tr><td style="{style}">a</td></tr></table>')
    assert html == f"<table><tbody><tr><td{kept}>a</td></tr></tbody></table>"
    assert [w.split("\n")[0] for w in warnings] == [
        f"content/explainers/test.md:1:{col}: warning: unsafe HTML removed: the style "
        f"'{removed}' of <td>"]


def test_safe_raw_html_is_kept_as_written():
    body = 'A <span lang="ar" class="x">عربي</span> <abbr title="United Nations">UN</abbr>.'
    assert safe(body) == (render_markdown(body, []), [])


def test_comment_is_removed_silently():
    assert safe("Text <!-- an editor's note --> here.") == ("<p>Text  here.</p>", [])


def test_non_breaking_space_stays_a_character():
    assert safe("a\u00a0b &nbsp; c")[0] == "<p>a\u00a0b \u00a0 c</p>"


def test_same_needle_twice_points_at_each_place():
    warnings = safe("<script>a</script>\n\n<script>b</script>")[1]
    assert [w.split(": warning")[0] for w in warnings] == [
        "content/explainers/test.md:1:1", "content/explainers/test.md:3:1"]


def test_sanitizer_reports_nothing_for_markdown_alone():
    body = "# Title\n\nText with *emphasis*, `code` and a [link](https://example.org).\n\n- a\n"
    assert Sanitizer().clean(render_markdown(body, []))[1] == []


HOSTILE = """Hostile body.

<script>alert(1)</script> <img src=x onerror=alert(2)>

A paragraph.
{: onclick="alert(3)" }

## Background {: onclick="alert(4)" }

<iframe src="https://evil.example/x"></iframe>
<meta http-equiv="refresh" content="0;url=https://evil.example">

[a](javascript:alert(5)) [b](data:text/html,x) [c](JaVaScRiPt:alert(6))
<a href="jav&#x61;script:alert(7)">d</a> <a href="&#106;avascript:alert(8)">e</a>
<p style="background:url(https://evil.example/t.png)">styled</p>
"""
UNSAFE = re.compile(r"<script(?![^>]*(?:src=\"(?:\.\./)*assets/|type=\"application/ld\+json))"
                    r"|\son\w+\s*=|javascript:|<iframe|http-equiv|evil\.example", re.IGNORECASE)


def built_files(out: Path) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): p.read_text("utf-8", "replace")
            for p in out.rglob("*") if p.is_file() and p.suffix in (".html", ".xml", ".txt")}


def test_hostile_explainer_builds_with_no_unsafe_markup_in_any_file(make_site, tmp_path,
                                                                    capsys):
    explainer = ('---\ntitle: "Hostile"\nsummary: "S."\ndate: 2023-05-05\n---\n' + HOSTILE)
    content = make_site({"explainers/test.md": explainer})
    out = tmp_path / "out"
    assert main(["build", "--content", str(content), "--output", str(out), "--no-search",
                 "-v"]) == 0
    found = {name: UNSAFE.findall(text) for name, text in built_files(out).items()}
    assert {name: hits for name, hits in found.items() if hits} == {}
    err = capsys.readouterr().err
    assert err.count("warning: unsafe HTML removed") == 7
    assert err.count("warning: link removed") == 5


def test_strict_build_fails_on_removed_markup(make_site, tmp_path, capsys):
    explainer = ('---\ntitle: "Hostile"\nsummary: "S."\ndate: 2023-05-05\n---\n'
                 "Arab League <script>x</script>\n")
    content = make_site({"explainers/test.md": explainer})
    assert main(["build", "--content", str(content), "--output", str(tmp_path / "out"),
                 "--no-search", "--strict"]) == 1
    assert ("explainers/test.md:6:13: error: unsafe HTML removed: the <script> element and "
            "its content") in capsys.readouterr().err


def test_term_body_is_sanitised_too(make_site, tmp_path, capsys):
    from tests.conftest import TERM_ARAB_LEAGUE
    content = make_site({"glossary/arab-league.md":
                         TERM_ARAB_LEAGUE + "\n<script>alert(1)</script>\n"})
    out = tmp_path / "out"
    assert main(["build", "--content", str(content), "--output", str(out), "--no-search",
                 "-v"]) == 0
    page = (out / "glossary/arab-league/index.html").read_text()
    assert "alert(1)" not in page
    assert "arab-league.md" in capsys.readouterr().err.split("unsafe HTML removed")[0]


def test_embeds_must_be_host_names(make_site, tmp_path, capsys):
    from tests.conftest import SITE_YML
    content = make_site({"site.yml": SITE_YML + "embeds: [https://www.youtube.com/]\n"})
    assert main(["build", "--content", str(content), "--output", str(tmp_path / "o")]) == 1
    assert ("error: 'embeds' must list host names such as www.youtube-nocookie.com, not "
            "'https://www.youtube.com/'") in capsys.readouterr().err


def test_unsafe_fixture_site_reports_each_removal_as_an_error_with_strict(tmp_path, capsys):
    case = Path("tests/fixtures/broken/unsafe-html")
    out = tmp_path / "out"
    assert main(["build", "--content", str(case / "content"), "--output", str(out),
                 "--strict", "--no-search"]) == 1
    expected = (case / "expected.txt").read_text(encoding="utf-8")
    assert capsys.readouterr().err == expected.replace("{output}", str(out))
    assert not out.exists()


def test_unsafe_fixture_site_builds_without_strict_and_publishes_nothing_unsafe(tmp_path):
    out = tmp_path / "out"
    assert main(["build", "--content", "tests/fixtures/broken/unsafe-html/content",
                 "--output", str(out), "--no-search", "-q"]) == 0
    found = {name: UNSAFE.findall(text) for name, text in built_files(out).items()}
    assert {name: hits for name, hits in found.items() if hits} == {}


def test_cite_address_with_an_unsafe_scheme_is_removed():
    html, warnings = safe('<q cite="javascript:alert(1)">Quoted</q>')
    assert html == "<p><q>Quoted</q></p>"
    assert warnings[0].split("\n")[0] == (
        "content/explainers/test.md:1:10: warning: link removed: malformed web address "
        "'javascript:alert(1)': 'javascript:' links are not allowed")


def test_scheme_split_by_a_tab_is_still_recognised():
    assert safe('<a href="java\tscript:alert(1)">x</a>')[0] == "<p><a>x</a></p>"


def test_picture_from_another_host_is_kept_with_a_warning():
    html, warnings = safe("![A map](https://maps.example/syria.png)")
    assert html == '<p><img alt="A map" src="https://maps.example/syria.png"></p>'
    assert warnings == [
        "content/explainers/test.md:1:10: warning: a picture from another host: "
        "'https://maps.example/syria.png': readers' browsers will ask that host for it\n"
        "  hint: save it in content/media/ and use it from there, so that the page asks no "
        "other host for anything"]


def test_search_index_attributes_are_the_layouts_own():
    html, warnings = safe('<p data-pagefind-meta="title:Fake" data-note="x">Text</p>')
    assert html == '<p data-note="x">Text</p>'
    assert warnings == [
        "content/explainers/test.md:1:4: warning: HTML removed: the attribute "
        "'data-pagefind-meta' of <p>\n  hint: the search index reads these attributes from the "
        "layouts; a body cannot set them"]


def test_a_body_may_keep_words_out_of_the_search_index():
    html, warnings = safe('<div data-pagefind-ignore>Aside</div>')
    assert html == '<div data-pagefind-ignore="">Aside</div>'
    assert warnings == []
