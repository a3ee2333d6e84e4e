"""One plan for build, check and serve: serve writes what build writes, with build's options."""

from __future__ import annotations

from explainer.commands.arguments import parser
from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build_files
from explainer.pipeline.livebuild import LiveSite
from explainer.pipeline.plan import plan

UNUSED_TERM = """\
---
term: Caesar Act
summary: A US sanctions law.
kind: document
as_of: 2026-11-28
sources:
  - {title: Caesar Act, url: "https://example.org/caesar"}
---
"""


def test_serve_writes_every_file_build_makes(make_site, tmp_path):
    content = make_site({"media/photo.png": b"\x89PNG"})
    live = LiveSite(SiteSpec(content), tmp_path / "site")
    assert live.rebuild().ok
    assert live.files == build_files(SiteSpec(content)).files


def test_serve_base_url_gives_the_sitemap(make_site, tmp_path):
    live = LiveSite(SiteSpec(make_site(), base_url="https://example.org/news/"), tmp_path / "site")
    assert live.rebuild().ok
    assert b"https://example.org/news/explainers/test/" in live.files["sitemap.xml"]


def test_serve_strict_makes_warnings_errors(make_site, tmp_path):
    content = make_site({"glossary/caesar-act.md": UNUSED_TERM})
    outcome = LiveSite(SiteSpec(content, strict=True), tmp_path / "site").rebuild()
    assert not outcome.ok
    assert any("not mentioned" in d.message for d in outcome.diagnostics.errors)


def test_serve_accepts_base_url_and_strict():
    args = parser().parse_args(["serve", "--base-url", "https://example.org/", "--strict"])
    assert (args.base_url, args.strict) == ("https://example.org/", True)


def test_serve_refuses_a_base_url_that_is_no_web_address(capsys):
    try:
        parser().parse_args(["serve", "--base-url", "example.org"])
    except SystemExit as exit:
        assert exit.code == 2
    assert "not a web address" in capsys.readouterr().err


def test_lists_declare_every_explainer_and_copies_their_file(make_site):
    content = make_site({"media/photo.png": b"\x89PNG",
                         "explainers/other.md": "---\ntitle: Other\nsummary: One line.\n"
                                                "date: 2023-05-06\n---\nText.\n"})
    result = build_files(SiteSpec(content))
    jobs = plan(result.site, SiteSpec(content))
    explainers = {content / "explainers/test.md", content / "explainers/other.md"}
    assert set(jobs["index.html"].inputs.files) == explainers
    terms = set((content / "glossary").glob("*.md"))
    assert set(jobs["feed.xml"].inputs.files) == explainers | terms  # the bodies' boxes
    media = jobs["media/photo.png"]
    assert (media.kind, media.source, media.inputs.settings) == (
        "copy", content / "media/photo.png", False)
    assert jobs["404.html"].inputs.files == ()
