"""The fenced ``timeline`` block, one behaviour per test, with the expected HTML inline."""

from __future__ import annotations

from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build_files
from explainer.site.gather import render_markdown
from explainer.site.timeline import TimelineExtension


def render(text: str) -> tuple[str, TimelineExtension]:
    ext = TimelineExtension()
    return render_markdown(text, [ext]), ext


def one_event(line: str) -> str:
    html, ext = render(f"```timeline\n{line}\n```\n")
    assert ext.problems == []
    return html


def test_full_date() -> None:
    assert one_event("2011-03-15: Protests begin in Deraa.") == (
        '<ol class="timeline">\n'
        '<li><time datetime="2011-03-15">15 March 2011</time><p>Protests begin in Deraa.</p>\n'
        "</li>\n"
        "</ol>")


def test_month() -> None:
    assert '<time datetime="2011-03">March 2011</time>' in one_event("2011-03: The army moves.")


def test_year() -> None:
    assert '<time datetime="2011">2011</time><p>War.</p>' in one_event("2011: War.")


def test_inline_markdown_in_the_text() -> None:
    assert "<p>Forces take <em>Damascus</em>; <a href=\"https://example.org/\">Assad</a> " \
           "flees.</p>" in one_event("2024-12-08: Forces take *Damascus*; "
                                     "[Assad](https://example.org/) flees.")


def test_events_keep_the_editor_order() -> None:
    html, _ = render("```timeline\n2024: Later.\n2011: Earlier.\n```\n")
    assert html.index("Later.") < html.index("Earlier.")


def test_tilde_fence() -> None:
    html, _ = render("~~~timeline\n2011: War.\n~~~\n")
    assert '<ol class="timeline">' in html


def test_other_fenced_blocks_stay_code() -> None:
    html, _ = render("````markdown\n```timeline\n2011: War.\n```\n````\n")
    assert html == '<pre><code class="language-markdown">```timeline\n2011: War.\n```\n' \
                   "</code></pre>"


def test_malformed_line_is_an_error_at_its_line_and_column() -> None:
    _, ext = render("Intro.\n\n```timeline\n2011: War.\n  Protests began\n```\n")
    (problem,) = ext.problems
    assert (problem.line, problem.col, problem.severity, problem.message) == (
        4, 3, "error",
        "malformed timeline line: expected 'YYYY-MM-DD: text', 'YYYY-MM: text' or 'YYYY: text'")


def test_malformed_line_leaves_the_others() -> None:
    html, _ = render("```timeline\nnot a date\n2011: War.\n```\n")
    assert html == ('<ol class="timeline">\n<li><time datetime="2011">2011</time><p>War.</p>\n'
                    "</li>\n</ol>")


def test_date_that_does_not_exist() -> None:
    _, ext = render("```timeline\n2011-02-30: Nothing.\n```\n")
    assert [(p.line, p.col, p.message) for p in ext.problems] == [
        (1, 1, "timeline date '2011-02-30' does not exist")]


def test_event_without_text() -> None:
    _, ext = render("```timeline\n2011-03-15:\n```\n")
    assert [(p.line, p.col, p.message) for p in ext.problems] == [
        (1, 12, "timeline event 2011-03-15 has no text")]


def test_block_not_closed() -> None:
    _, ext = render("Intro.\n\n```timeline\n2011: War.\n")
    assert [(p.line, p.col, p.message) for p in ext.problems] == [
        (2, 1, "timeline block is not closed")]


def test_empty_block_renders_nothing_and_warns() -> None:
    html, ext = render("Before.\n\n```timeline\n```\n\nAfter.")
    assert html == "<p>Before.</p>\n<p>After.</p>"
    assert [(p.line, p.col, p.severity, p.message) for p in ext.problems] == [
        (2, 1, "warning", "empty timeline block")]


def test_build_reports_the_file_line_and_hint(make_site) -> None:
    content = make_site({"explainers/test.md": """\
        ---
        title: "A test explainer"
        summary: "What happened, in one line."
        date: 2023-05-05
        ---
        Syria was suspended from the Arab League in 2011.

        ```timeline
        2011-03-15: Protests begin in Deraa.
        15 March 2011: Protests begin.
        ```
        """})
    result = build_files(SiteSpec(content))
    assert [d.format() for d in result.diagnostics.errors] == [
        f"{content}/explainers/test.md:10:1: error: malformed timeline line: expected "
        "'YYYY-MM-DD: text', 'YYYY-MM: text' or 'YYYY: text'\n"
        "  hint: write one event a line, its date first: 2011-03-15: Protests begin in Deraa. "
        "(or 2011-03: ..., or 2011: ...)"]


def test_built_page_links_glossary_terms_in_a_timeline(make_site) -> None:
    content = make_site({"explainers/test.md": """\
        ---
        title: "A test explainer"
        summary: "What happened, in one line."
        date: 2023-05-05
        ---
        Intro.

        ```timeline
        2011-11-12: The Arab League suspends Syria.
        ```
        """})
    result = build_files(SiteSpec(content))
    assert result.ok
    html = result.files["explainers/test/index.html"].decode()
    assert '<time datetime="2011-11-12">12 November 2011</time><p>The <a ' in html
    assert 'data-term="arab-league"' in html
