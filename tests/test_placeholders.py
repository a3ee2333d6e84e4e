"""Placeholders are never published: a TODO summary or text, or no text, outside drafts."""

from __future__ import annotations

from explainer.commands.cli import main
from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build_files

HINT = ("  hint: write it, or keep 'draft: true' in the front matter until it is ready "
        "(drafts are not published)")


def explainer(summary: str = "What happened.", body: str = "The talks went on.\n",
              draft: bool = False) -> str:
    return (f"---\ntitle: Talks\nsummary: {summary}\ndate: 2024-01-02\n"
            + ("draft: true\n" if draft else "") + "---\n" + body)


def errors(make_site, text: str, drafts: bool = False) -> list[str]:
    content = make_site({"explainers/talks.md": text})
    result = build_files(SiteSpec(content, drafts=drafts))
    return [d.format().removeprefix(f"{content}/explainers/talks.md:")
            for d in result.diagnostics.errors]


def test_a_todo_summary_is_an_error_at_its_value(make_site):
    assert errors(make_site, explainer(summary='"TODO: the standfirst, one or two sentences"')) \
        == ['3:10: error: the summary is still a placeholder: '
            '"TODO: the standfirst, one or two sentences"\n' + HINT]


def test_a_todo_anywhere_in_the_summary_is_an_error(make_site):
    assert errors(make_site, explainer(summary="The talks (TODO check the date).")) == [
        '3:10: error: the summary is still a placeholder: "The talks (TODO check the date)."\n'
        + HINT]


def test_a_todo_line_in_the_text_is_an_error_at_its_column(make_site):
    body = "The talks went on.\n\nThey met in Cairo. TODO: add who came.\n"
    assert errors(make_site, explainer(body=body)) == [
        '8:20: error: the text still holds a placeholder: "TODO: add who came."\n' + HINT]


def test_each_todo_line_is_reported(make_site):
    body = "TODO: the lead.\n\nTODO\n"
    assert [e.split(": error")[0] for e in errors(make_site, explainer(body=body))] == [
        "6:1", "8:1"]


def test_a_long_placeholder_is_shortened_in_the_message(make_site):
    body = "TODO: " + "write about the talks " * 5 + "\n"
    assert errors(make_site, explainer(body=body)) == [
        '6:1: error: the text still holds a placeholder: '
        '"TODO: write about the talks write about the talks write a..."\n' + HINT]


def test_an_empty_text_is_an_error_at_the_closing_line(make_site):
    assert errors(make_site, explainer(body="\n\n")) == [
        "5:1: error: the explainer has no text: nothing follows its front matter\n"
        "  hint: write the explainer in Markdown below the closing '---', or keep "
        "'draft: true' until it is ready (drafts are not published)"]


def test_todo_in_code_is_not_a_placeholder(make_site):
    body = "The `TODO` list.\n\n```\n# TODO: in code\n```\n"
    assert errors(make_site, explainer(body=body)) == []


def test_words_containing_todo_are_not_placeholders(make_site):
    assert errors(make_site, explainer(body="Todo lists and TODOs are a TODO-free topic.\n")) \
        == []


def test_drafts_are_exempt_even_when_built(make_site):
    draft = explainer(summary="TODO", body="", draft=True)
    assert errors(make_site, draft) == []
    assert errors(make_site, draft, drafts=True) == []


def test_check_reports_a_placeholder_and_fails(make_site, capsys):
    content = make_site({"explainers/talks.md": explainer(summary="TODO")})
    assert main(["check", "--content", str(content)]) == 1
    out = capsys.readouterr()
    assert out.err == (f"{content}/explainers/talks.md:3:10: error: the summary is still a "
                       f'placeholder: "TODO"\n{HINT}\n')
    assert out.out == ("check: 1 error in 1 file; the build failed, so links and images were "
                       "not checked\n")
