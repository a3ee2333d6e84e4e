"""The crawler of the hosting tests catches each kind of problem (so they cannot pass
vacuously), on small sites these tests write."""

from __future__ import annotations

from pathlib import Path

from tests.crawler import Broken, Crawl, crawl, serve

# -- the crawler catches each kind of problem ----------------------------------------------------

PAGE = '<!doctype html><html><head><title>t</title>{head}</head><body>{body}</body></html>'


def page(body: str, head: str = "") -> str:
    return PAGE.format(head=head, body=body)


def crawl_folder(folder: Path, files: dict[str, str], mount: str) -> Crawl:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    with serve(folder, mount) as origin:
        return crawl(origin, mount)


def links_of(problems: list[Broken]) -> list[tuple[str, str]]:
    return sorted((p.page, p.link) for p in problems)


def test_a_link_that_escapes_the_sub_path_is_caught(tmp_path):
    files = {"index.html": page('<a href="glossary/index.html">ok</a> <a href="/glossary/">no</a>'),
             "glossary/index.html": page("<h1>Glossary</h1>")}
    at_root = crawl_folder(tmp_path, files, "/")
    under_repo = crawl_folder(tmp_path, files, "/repo/")
    assert at_root.broken == []
    assert links_of(under_repo.broken) == [("/repo/", "/glossary/")]
    assert under_repo.broken[0].kind == "outside"


def test_a_missing_asset_in_a_srcset_is_caught(tmp_path):
    files = {"index.html": page('<img alt="" src="a.svg" srcset="a.svg 1x, b.svg 2x">'),
             "a.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>"}
    result = crawl_folder(tmp_path, files, "/repo/")
    assert links_of(result.problems("status")) == [("/repo/", "b.svg")]


def test_a_missing_stylesheet_is_caught(tmp_path):
    files = {"index.html": page("", head='<link rel="stylesheet" href="assets/style.css">')}
    result = crawl_folder(tmp_path, files, "/")
    assert links_of(result.problems("status")) == [("/", "assets/style.css")]


def test_a_fragment_with_no_element_is_caught(tmp_path):
    files = {"index.html": page('<a href="b.html#there">b</a> <a href="#here">top</a>'
                                '<h2 id="here">Here</h2>'),
             "b.html": page('<h2 id="elsewhere">B</h2>')}
    result = crawl_folder(tmp_path, files, "/")
    assert links_of(result.problems("fragment")) == [("/", "b.html#there")]


def test_a_page_no_link_leads_to_is_not_reached(tmp_path):
    files = {"index.html": page('<a href="a/index.html">a</a>'),
             "a/index.html": page('<a href="../index.html">home</a>'),
             "orphan/index.html": page("<p>alone</p>")}
    result = crawl_folder(tmp_path, files, "/repo/")
    assert result.files_reached() == {"index.html", "a/index.html"}


def test_links_to_other_hosts_are_not_fetched(tmp_path):
    files = {"index.html": page('<a href="https://example.invalid/x">x</a>'
                                '<a href="mailto:a@example.org">mail</a>')}
    result = crawl_folder(tmp_path, files, "/")
    assert result.broken == []
