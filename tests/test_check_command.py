"""The check command: links, anchors, images, alt text, sources, web addresses, the summary.

Each test writes a small site, checks it, and compares the exact messages.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest

from explainer.commands.arguments import add_check as add_parser
from explainer.commands.arguments import site_spec
from explainer.commands.check import check, run_check
from explainer.core.spec import DEFAULT_THEME, SiteSpec

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path("tests/fixtures/check_problems")

SOURCE = 'source: {name: Al Jazeera, url: "https://www.aljazeera.com/news"}\n'
PAGES = "(1 explainer, 1 term, 7 pages)"
PAGE_HINT = ("  hint: from this page, an explainer is '../<slug>/index.html' and a glossary term "
             "'../../glossary/<slug>/index.html'")
HOST_HINT = "write the full address, e.g. https://www.example.org/page"


def explainer(body: str = "", front: str = SOURCE) -> str:
    """An explainer that mentions the test term; with the default front matter the body
    starts on line 9."""
    return (f'---\ntitle: "A test explainer"\nsummary: "What happened."\ndate: 2023-05-05\n'
            f"{front}---\nSyria left the Arab League in 2011.\n\n{body}\n")


SECOND = explainer("## Background\n\nThe League was founded in 1945.").replace(
    "A test explainer", "A second explainer")


@pytest.fixture
def site(make_site, tmp_path, monkeypatch):
    """A site folder at ./content with one explainer (body and front matter given)."""
    monkeypatch.chdir(tmp_path)

    def make(body: str = "", front: str = SOURCE, files: dict | None = None) -> Path:
        return make_site({"explainers/test.md": explainer(body, front), **(files or {})})

    return make


def problems(content: Path, layouts: Path = DEFAULT_THEME, drafts: bool = False) -> list[str]:
    spec = SiteSpec(content, layouts=layouts, drafts=drafts)
    return [d.format() for d in check(spec).diagnostics]


def run(*argv: str) -> int:
    top = argparse.ArgumentParser(prog="build.py")
    add_parser(top.add_subparsers(dest="command"))
    args = top.parse_args(["check", *argv])
    return run_check(args, site_spec(args))


def test_a_clean_site_has_no_problems(site, capsys):
    assert run("--content", str(site())) == 0
    assert capsys.readouterr() == (f"check: no problems {PAGES}\n", "")


def test_broken_link_in_a_body_is_an_error_at_its_place_in_the_markdown(site):
    assert problems(site("Read [the other story](../other/index.html) too.")) == [
        "content/explainers/test.md:9:24: error: broken link '../other/index.html': "
        "explainers/other/index.html is not in the site\n" + PAGE_HINT]


def test_broken_link_hint_names_the_closest_page(site):
    content = site("See [the second](../secnd/index.html).",
                   files={"explainers/second.md": SECOND})
    assert problems(content) == [
        "content/explainers/test.md:9:18: error: broken link '../secnd/index.html': "
        "explainers/secnd/index.html is not in the site\n"
        "  hint: did you mean '../second/index.html'?"]


def test_links_to_an_existing_page_folder_and_anchor_are_fine(site):
    content = site("See [the background](../second/index.html#background), "
                   "[the second](../second/) and [the glossary](../../glossary/index.html).",
                   files={"explainers/second.md": SECOND})
    assert problems(content) == []


def test_broken_anchor_on_the_same_page(site):
    assert problems(site("## Background\n\nSee [above](#backgrond).")) == [
        "content/explainers/test.md:11:13: error: broken anchor '#backgrond': this page has no "
        "element with id 'backgrond'\n  hint: did you mean '#background'?"]


def test_broken_anchor_on_another_page(site):
    content = site("See [why](../second/index.html#nowhere).",
                   files={"explainers/second.md": SECOND})
    assert problems(content) == [
        "content/explainers/test.md:9:11: error: broken anchor '../second/index.html#nowhere': "
        "explainers/second/index.html has no element with id 'nowhere'"]


def test_a_repeated_broken_link_is_reported_at_each_place(site):
    assert problems(site("[One](../gone/index.html) and [two](../gone/index.html).")) == [
        "content/explainers/test.md:9:7: error: broken link '../gone/index.html': "
        "explainers/gone/index.html is not in the site\n" + PAGE_HINT,
        "content/explainers/test.md:9:37: error: broken link '../gone/index.html': "
        "explainers/gone/index.html is not in the site\n" + PAGE_HINT]


def test_missing_image_is_an_error(site):
    assert problems(site("![A map](../../media/map.png)")) == [
        "content/explainers/test.md:9:10: error: image '../../media/map.png' not found: "
        "media/map.png is not in the site\n"
        "  hint: put the image in content/media/ and write '../../media/map.png'"]


def test_image_written_from_the_site_root_gets_the_path_from_its_page(site):
    content = site("![A map](media/map.png)", files={"media/map.png": b"\x89PNG"})
    assert problems(content) == [
        "content/explainers/test.md:9:10: error: image 'media/map.png' not found: "
        "explainers/test/media/map.png is not in the site\n"
        "  hint: write it relative to this page: '../../media/map.png'"]


def test_image_without_alt_text_in_a_body_is_a_warning(site):
    content = site("![](../../media/map.png)", files={"media/map.png": b"\x89PNG"})
    assert problems(content) == [
        "content/explainers/test.md:9:5: warning: image '../../media/map.png' has no alt text\n"
        "  hint: describe the picture for readers who cannot see it: "
        "![What it shows](../../media/map.png)"]


def test_lead_image_without_alt_text_is_a_warning_at_its_key(site):
    content = site(front=SOURCE + "image: {src: media/map.png, caption: A map}\n",
                   files={"media/map.png": b"\x89PNG"})
    assert problems(content) == [
        "content/explainers/test.md:6:8: warning: the lead image 'media/map.png' has no alt "
        "text\n"
        "  hint: describe the picture in image.alt (or write alt: \"\" only if it is "
        "decorative)"]


def test_explainer_without_a_source_is_a_warning(site):
    assert problems(site(front="")) == [
        "content/explainers/test.md:1:1: warning: explainer has no source\n"
        "  hint: name the original article: source: {name: Al Jazeera, url: https://...}"]


@pytest.mark.parametrize(("written", "reason", "hint"), [
    ("htp://example.org/a", "unknown scheme 'htp:'", "did you mean 'http://example.org/a'?"),
    ("ftp2://example.org/a", "unknown scheme 'ftp2:'",
     "web addresses start with https:// or http://"),
    ("javascript:alert(1)", "'javascript:' links are not allowed",
     "link to a web page: https://..."),
    ("data:text/html,hi", "'data:' links are not allowed", "link to a web page: https://..."),
    ("https://example.org:port/", "its port is not a number from 0 to 65535", HOST_HINT),
    ("http://[abc/", "its host name is not valid", HOST_HINT),
])
def test_address_a_page_cannot_use_is_removed_with_a_warning(site, written, reason, hint):
    assert problems(site(f"[The source](<{written}>).")) == [
        f"content/explainers/test.md:9:15: warning: link removed: malformed web address "
        f"'{written}': {reason}\n  hint: {hint}"]


@pytest.mark.parametrize(("written", "reason", "hint"), [
    ("https:///a", "it has no host name", HOST_HINT),
    ("https://example", "'example' is not a full host name", HOST_HINT),
    ("https://example.org/a b", "it contains a space", "remove the space, or write it as %20"),
    ("//example.org/a", "it has no scheme", "write it in full: 'https://example.org/a'"),
])
def test_malformed_web_address_is_an_error(site, written, reason, hint):
    assert problems(site(f"[The source](<{written}>).")) == [
        f"content/explainers/test.md:9:15: error: malformed web address '{written}': "
        f"{reason}\n  hint: {hint}"]


def test_empty_mailto_is_an_error(site):
    assert problems(site("[Write to us](mailto:).")) == [
        "content/explainers/test.md:9:15: error: malformed web address 'mailto:': it is empty"]


def test_image_written_into_the_page_is_fine(site):
    assert problems(site("![A dot](data:image/gif;base64,R0lGODlhAQABAAAAACw=)")) == []


def test_good_web_addresses_are_fine(site):
    assert problems(site("[A](https://example.org/a?b=1&c=2#d), [B](http://[::1]:8080/), "
                         "[C](mailto:desk@example.org) and [D](tel:+441234567890).")) == []


def test_source_address_is_checked_at_its_key(site):
    assert problems(site(front='source: {name: X, url: "https://example"}\n')) == [
        "content/explainers/test.md:5:9: error: malformed web address 'https://example': "
        f"'example' is not a full host name\n  hint: {HOST_HINT}"]


def test_link_from_the_site_root_is_an_error(site):
    assert problems(site("[The glossary](/glossary/)")) == [
        "content/explainers/test.md:9:16: error: link '/glossary/' starts with '/': it breaks "
        "when the site is opened from disk or served under a sub-path\n"
        "  hint: write it relative to this page: '../../glossary/index.html'"]


def test_link_that_leaves_the_site_is_an_error(site):
    assert problems(site("[Up](../../../up.html)")) == [
        "content/explainers/test.md:9:6: error: broken link '../../../up.html': it leads "
        "outside the site\n  hint: links between pages are relative to the page they are on"]


def test_broken_link_in_a_term_is_reported_in_the_term_file(site):
    term = (ROOT / FIXTURE / "content/glossary/arab-league.md").read_text(encoding="utf-8")
    content = site(files={"glossary/arab-league.md": term})
    hint = ("  hint: from this page, an explainer is '../../explainers/<slug>/index.html' and a "
            "glossary term '../<slug>/index.html'")
    assert problems(content) == [
        "content/glossary/arab-league.md:9:53: error: broken link "
        "'../../explainers/syria/index.html': explainers/syria/index.html is not in the site\n"
        + hint,
        "content/glossary/arab-league.md:10:15: error: broken link "
        "'../../explainers/history/index.html': explainers/history/index.html is not in the "
        "site\n" + hint]


def test_unused_glossary_term_is_a_warning(site):
    term = (ROOT / FIXTURE / "content/glossary/caesar-act.md").read_text(encoding="utf-8")
    assert problems(site(files={"glossary/caesar-act.md": term})) == [
        "content/glossary/caesar-act.md:1:1: warning: term 'Caesar Act' is not mentioned in any "
        "explainer\n  hint: add an alias that the explainers use, or remove the term"]


def test_layout_link_is_reported_once_at_the_layout_line(site, tmp_path):
    layouts = tmp_path / "layouts"
    shutil.copytree(DEFAULT_THEME, layouts)
    base = layouts / "base.html"
    lines = base.read_text(encoding="utf-8").split("\n")
    line = lines.index("</ul>")
    lines.insert(line, "<li><a href=\"{{ link('about/') }}\">About</a></li>")
    base.write_text("\n".join(lines), encoding="utf-8")
    assert problems(site(), layouts) == [
        f"layouts/base.html:{line + 1}:23: error: broken link 'about/index.html': "
        "about/index.html is not in the site (on 404.html and 6 other pages)"]


def test_layout_anchor_is_reported_once_at_the_layout_line(site, tmp_path):
    layouts = tmp_path / "layouts"
    shutil.copytree(DEFAULT_THEME, layouts)
    base = layouts / "base.html"
    text = base.read_text(encoding="utf-8")
    base.write_text(text.replace('href="#main"', 'href="#content"'), encoding="utf-8")
    line = text[:text.index('href="#main"')].count("\n") + 1
    assert problems(site(), layouts) == [
        f"layouts/base.html:{line}:28: error: broken anchor '#content': this page has no "
        "element with id 'content' (on 404.html and 6 other pages)"]


def test_drafts_are_checked_only_with_drafts(site):
    draft = explainer("[Gone](../gone/index.html)", SOURCE + "draft: true\n")
    content = site(files={"explainers/draft.md": draft})
    assert problems(content) == []
    assert problems(content, drafts=True) == [
        "content/explainers/draft.md:10:8: error: broken link '../gone/index.html': "
        "explainers/gone/index.html is not in the site\n" + PAGE_HINT]


def test_warnings_pass_without_strict(site, capsys):
    assert run("--content", str(site(front=""))) == 0
    assert capsys.readouterr().out == f"check: 1 warning in 1 file {PAGES}\n"


def test_warnings_fail_with_strict(site, capsys):
    assert run("--content", str(site(front="")), "--strict") == 1
    assert capsys.readouterr().out == (f"check: 1 warning in 1 file {PAGES}; "
                                       "--strict makes the warnings fail\n")


def test_errors_fail(site, capsys):
    assert run("--content", str(site("[Gone](../gone/index.html)"))) == 1
    out, err = capsys.readouterr()
    assert out == f"check: 1 error in 1 file {PAGES}\n"
    assert err.startswith("content/explainers/test.md:9:8: error: broken link ")


def test_content_error_is_reported_without_a_traceback(site, capsys):
    content = site()
    (content / "explainers/test.md").write_text("---\ntitle: T\ndate: 2023-05-05\n---\nBody\n")
    assert run("--content", str(content)) == 1
    assert capsys.readouterr() == (
        "check: 1 error in 1 file; the build failed, so links and images were not checked\n",
        "content/explainers/test.md:2:1: error: missing required key 'summary'\n"
        "  hint: add a line: summary: \"One or two sentences: the standfirst\"\n")


def test_problems_are_grouped_by_file_with_one_summary_line(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    assert run("--content", str(FIXTURE / "content")) == 1
    out, err = capsys.readouterr()
    assert err + out == (FIXTURE / "expected.txt").read_text(encoding="utf-8")


def test_the_projects_own_content_has_no_errors(monkeypatch):
    monkeypatch.chdir(ROOT)
    assert [d.format() for d in check(SiteSpec(Path("content"))).diagnostics.errors] == []


def test_check_options_and_their_defaults():
    top = argparse.ArgumentParser()
    add_parser(top.add_subparsers(dest="command"))
    assert vars(top.parse_args(["check"])) == {
        "command": "check", "content": Path("content"), "layouts": DEFAULT_THEME,
        "drafts": False, "strict": False}


def test_a_link_is_placed_where_it_is_written_not_where_its_text_is_quoted(site):
    body = "The address ../other/index.html is quoted here.\n\nThen [a link](../other/index.html)."
    assert problems(site(body)) == [
        "content/explainers/test.md:11:15: error: broken link '../other/index.html': "
        "explainers/other/index.html is not in the site\n" + PAGE_HINT]


def test_a_missing_site_folder_is_named(tmp_path, capsys):
    assert run("--content", str(tmp_path / "nowhere")) == 1
    assert capsys.readouterr().err == (
        f"{tmp_path / 'nowhere'}: error: no such folder\n"
        "  hint: run check in the site's folder, or name the folder with --content\n")


def test_a_null_alt_text_is_a_warning_at_its_own_line(site):
    content = site(front=SOURCE + 'image:\n  src: media/map.png\n  alt: null\n',
                   files={"media/map.png": b"\x89PNG"})
    assert problems(content) == [
        "content/explainers/test.md:8:8: warning: the lead image 'media/map.png' has no alt "
        "text\n"
        "  hint: describe the picture in image.alt (or write alt: \"\" only if it is "
        "decorative)"]
