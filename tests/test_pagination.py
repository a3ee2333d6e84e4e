"""Lists in pages: page URLs, Newer/Older and rel=prev/next, the last page, per_page, and
build, serve and check agreeing on the pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.commands.check import check, origins
from explainer.commands.cli import main
from explainer.content.loader import load_config
from explainer.core.diagnostics import Diagnostics
from explainer.core.spec import SiteSpec
from explainer.output.pagination import Pager, page_url, paginate
from explainer.pipeline.builder import build_files
from explainer.pipeline.livebuild import LiveSite

PAGE = "title: S\nper_page: 2\nbase_url: https://example.org/news/\n"


def story(n: int, tags: str = "[syria]") -> str:
    return (f"---\ntitle: Story {n}\nsummary: Summary {n}.\ndate: 2023-05-{n:02d}\n"
            f"tags: {tags}\n---\nText.\n")


def stories(count: int) -> dict[str, str]:
    """``count`` explainers, story 1 the oldest; with the default one, the fixture's test.md
    (2023-05-05) is there too."""
    return {f"explainers/story-{n}.md": story(n) for n in range(1, count + 1)}


@pytest.fixture
def five(make_site) -> dict[str, str]:
    """A site of 5 explainers (stories 1 to 5, no other), 2 a page: pages 1 to 3."""
    result = build_files(SiteSpec(make_site({"site.yml": PAGE, "explainers/test.md": story(5),
                                    **stories(4)})))
    assert result.ok, [d.format() for d in result.diagnostics]
    return {name: data.decode() for name, data in result.files.items()
            if name.endswith((".html", ".xml"))}


# units


def test_page_one_keeps_the_lists_url():
    assert [page_url("", 1), page_url("", 2), page_url("tags/syria/", 3)] == [
        "", "page/2/", "tags/syria/page/3/"]


def test_items_are_split_into_pages_of_per_page():
    pages = paginate(list(range(5)), 2, "")
    assert [items for items, _ in pages] == [(0, 1), (2, 3), (4,)]
    assert pages[0][1].urls == ("", "page/2/", "page/3/")


def test_no_items_make_one_empty_page():
    assert paginate([], 20, "") == [((), Pager(1, ("",)))]


def test_prev_and_next():
    urls = ("", "page/2/", "page/3/")
    assert (Pager(1, urls).prev, Pager(1, urls).next) == (None, "page/2/")
    assert (Pager(2, urls).prev, Pager(2, urls).next) == ("", "page/3/")
    assert (Pager(3, urls).prev, Pager(3, urls).next) == ("page/2/", None)


def test_page_numbers_leave_out_the_far_ones():
    urls = tuple(page_url("", n) for n in range(1, 51))
    assert Pager(1, urls).numbers() == [1, 2, 3, None, 50]
    assert Pager(25, urls).numbers() == [1, None, 23, 24, 25, 26, 27, None, 50]
    assert Pager(50, urls).numbers() == [1, None, 48, 49, 50]
    assert Pager(4, urls).numbers() == [1, 2, 3, 4, 5, 6, None, 50]


# per_page in site.yml


def per_page_problems(tmp_path: Path, value: str) -> list[str]:
    path = tmp_path / "site.yml"
    path.write_text(f"title: S\nper_page: {value}\n", encoding="utf-8")
    diags = Diagnostics()
    load_config(path, diags)
    return [d.format().removeprefix(f"{path}:") for d in diags]


def test_per_page_is_twenty_unless_set(tmp_path):
    path = tmp_path / "site.yml"
    path.write_text("title: S\n", encoding="utf-8")
    config = load_config(path, Diagnostics())
    assert config is not None and config.per_page == 20


def test_per_page_zero_is_an_error(tmp_path):
    assert per_page_problems(tmp_path, "0") == [
        "2:11: error: 'per_page' must be a whole number from 1 to 100, not '0'\n"
        "  hint: how many explainers each page of a list shows, e.g. per_page: 20"]


def test_per_page_as_text_is_an_error(tmp_path):
    assert per_page_problems(tmp_path, "ten") == [
        "2:11: error: 'per_page' must be a whole number, not 'ten'\n"
        "  hint: how many explainers each page of a list shows, e.g. per_page: 20"]


# built pages


def test_home_page_list_has_a_page_for_each_per_page(five):
    assert {"index.html", "page/2/index.html", "page/3/index.html"} <= set(five)
    assert "page/4/index.html" not in five


def test_each_page_lists_its_explainers_newest_first(five):
    assert five["index.html"].index("Story 5") < five["index.html"].index("Story 4")
    assert "Story 3" in five["page/2/index.html"] and "Story 2" in five["page/2/index.html"]
    assert "Story 1" in five["page/3/index.html"]
    assert "Story 3" not in five["index.html"]


def test_first_page_links_older_only(five):
    html = five["index.html"]
    assert '<link rel="next" href="page/2/index.html">' in html
    assert 'rel="prev"' not in html
    assert '<a href="page/2/index.html" rel="next">Older →</a>' in html


def test_middle_page_links_newer_and_older(five):
    html = five["page/2/index.html"]
    assert '<link rel="prev" href="../../index.html">' in html
    assert '<link rel="next" href="../3/index.html">' in html
    assert '<a href="../../index.html" rel="prev">← Newer</a>' in html


def test_last_page_links_newer_only(five):
    html = five["page/3/index.html"]
    assert '<link rel="prev" href="../2/index.html">' in html
    assert 'rel="next"' not in html
    assert '<a href="index.html" aria-label="Page 3" aria-current="page">3</a>' in html


def test_each_page_has_its_own_canonical_address_and_title(five):
    html = five["page/2/index.html"]
    assert '<link rel="canonical" href="https://example.org/news/page/2/">' in html
    assert "<title>Latest explainers, page 2 · S</title>" in html
    assert '<nav class="pager" aria-label="Pages">' in html


def test_topic_pages_are_paginated_under_the_topic(five):
    assert "tags/syria/page/3/index.html" in five
    html = five["tags/syria/page/2/index.html"]
    assert "<h1>Syria</h1>" in html
    assert "5 explainers · page 2 of 3" in html
    assert '<link rel="prev" href="../../index.html">' in html


def test_sitemap_lists_every_page_of_every_list(five):
    sitemap = five["sitemap.xml"]
    for url in ("page/2/", "page/3/", "tags/syria/page/2/", "tags/syria/page/3/"):
        assert f"<loc>https://example.org/news/{url}</loc>" in sitemap


def test_a_short_list_has_no_pager(make_site):
    html = build_files(SiteSpec(make_site())).files["index.html"].decode()
    assert 'aria-label="Pages"' not in html and 'rel="next"' not in html


def test_check_finds_no_broken_link_between_pages(make_site):
    result = check(SiteSpec(make_site({"site.yml": "title: S\nper_page: 2\n", **stories(4)})))
    assert result.built and result.diagnostics.errors == []


def test_check_knows_every_page_the_build_writes(make_site):
    result = build_files(SiteSpec(make_site({"site.yml": PAGE, **stories(4)})))
    assert result.site is not None
    pages = {name for name in result.files if name.endswith(".html")}
    assert set(origins(result.jobs)) == pages


def test_serve_writes_the_same_pages_as_build(make_site, tmp_path):
    content = make_site({"site.yml": PAGE, **stories(4)})
    folder = tmp_path / "served"
    folder.mkdir()
    LiveSite(SiteSpec(content, layouts=Path(__file__).parent.parent / "layouts"), folder).rebuild()
    served = {p.relative_to(folder).as_posix() for p in folder.rglob("*.html")}
    built = build_files(SiteSpec(content)).files
    assert served == {name for name in built if name.endswith(".html")}


def test_build_command_writes_the_older_pages(make_site, tmp_path):
    content, out = make_site({"site.yml": PAGE, **stories(4)}), tmp_path / "out"
    assert main(["build", "--no-search", "--content", str(content), "--output", str(out)]) == 0
    assert (out / "page" / "3" / "index.html").is_file()
    assert (out / "tags" / "syria" / "page" / "2" / "index.html").is_file()
