"""What feed readers, search engines and hosts read: the Atom feed, the sitemap, robots.txt,
CNAME and .nojekyll, canonical and link-preview tags, and JSON-LD."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pytest

from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build_files
from tests.conftest import EXPLAINER

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
BASE = "https://name.github.io/repo/"
PAGE = "explainers/test/index.html"
FULL = EXPLAINER.replace("tags: [syria]", """tags: [syria]
updated: 2023-05-07
byline: [Ali Hashem, Jane Roe]
source: {name: Al Jazeera, url: "https://www.aljazeera.com/news/2023/5/5/story"}
image: {src: "https://example.org/photo.jpg", alt: "Foreign ministers in Amman"}""")


def built(make_site, files: dict[str, str] | None = None, **options) -> dict[str, bytes]:
    result = build_files(SiteSpec(make_site(files), **options))
    assert result.ok, [d.format() for d in result.diagnostics]
    return result.files


def site_yml(extra: str) -> dict[str, str]:
    return {"site.yml": f"title: Test site\nauthor: The Desk\n{extra}"}


def json_ld(html: str, kind: str) -> dict:
    found = [json.loads(m) for m in re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]
    return next(d for d in found if d["@type"] == kind)


def meta(html: str, key: str) -> str | None:
    match = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)">', html)
    return match.group(1) if match else None


# --- the Atom feed ------------------------------------------------------------------------


@pytest.fixture
def feed(make_site) -> ET.Element:
    files = built(make_site, {**site_yml(f"base_url: {BASE}\n"), "explainers/test.md": FULL})
    return ET.fromstring(files["feed.xml"])


def test_the_feed_is_valid_atom_for_feedparser(make_site) -> None:
    files = built(make_site, {**site_yml(f"base_url: {BASE}\n"), "explainers/test.md": FULL})
    parsed = feedparser.parse(files["feed.xml"])
    assert parsed.bozo == 0 and parsed.version == "atom10"


def test_the_feed_has_its_required_elements(feed: ET.Element) -> None:
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}id") == BASE
    assert feed.findtext(f"{ATOM}title") == "Test site"
    assert feed.findtext(f"{ATOM}updated") == "2023-05-07T00:00:00Z"
    assert feed.findtext(f"{ATOM}author/{ATOM}name") == "The Desk"
    self_link = feed.find(f"{ATOM}link[@rel='self']")
    assert self_link is not None and self_link.get("href") == BASE + "feed.xml"


def test_an_entry_has_ids_dates_authors_summary_and_content(feed: ET.Element) -> None:
    entry = feed.find(f"{ATOM}entry")
    assert entry is not None
    assert entry.findtext(f"{ATOM}id") == BASE + "explainers/test/"
    assert entry.findtext(f"{ATOM}published") == "2023-05-05T00:00:00Z"
    assert entry.findtext(f"{ATOM}updated") == "2023-05-07T00:00:00Z"
    assert [a.findtext(f"{ATOM}name") for a in entry.findall(f"{ATOM}author")] == [
        "Ali Hashem", "Jane Roe"]
    assert entry.findtext(f"{ATOM}summary") == "What happened, in one line."
    content = entry.find(f"{ATOM}content")
    assert content is not None and content.get("type") == "html"
    assert "Arab League" in (content.text or "")


def test_an_entry_resolves_its_relative_links_from_its_page(feed: ET.Element) -> None:
    content = feed.find(f"{ATOM}entry/{ATOM}content")
    assert content is not None
    assert content.get("{http://www.w3.org/XML/1998/namespace}base") == BASE + "explainers/test/"
    assert 'href="../../glossary/arab-league/index.html"' in (content.text or "")


def test_without_a_base_url_entry_links_resolve_from_the_feed(make_site) -> None:
    parsed = feedparser.parse(built(make_site)["feed.xml"],
                              response_headers={"content-location": "https://x.org/s/feed.xml"})
    assert parsed.entries[0].link == "https://x.org/s/explainers/test/index.html"


def test_control_characters_never_reach_the_feed(make_site) -> None:
    """XML cannot hold them: the build refuses them at their place (the feed is not made)."""
    body = EXPLAINER.replace("in 2011.", "in 2011.\x0c And then \x1b.")
    result = build_files(SiteSpec(make_site({"explainers/test.md": body})))
    assert not result.ok and "feed.xml" not in result.files
    assert [d.message for d in result.diagnostics.errors] == [
        "the text contains the control character U+000C (FORM FEED)",
        "the text contains the control character U+001B (ESCAPE)"]


def test_without_a_base_url_the_ids_are_stable_urns(make_site) -> None:
    first = ET.fromstring(built(make_site)["feed.xml"])
    again = ET.fromstring(built(make_site)["feed.xml"])
    assert (first.findtext(f"{ATOM}id") or "").startswith("urn:uuid:")
    assert first.findtext(f"{ATOM}id") == again.findtext(f"{ATOM}id")


def test_drafts_stay_out_of_the_feed(make_site) -> None:
    draft = EXPLAINER.replace("tags: [syria]", "draft: true")
    files = built(make_site, {"explainers/draft.md": draft})
    assert b"explainers/draft/" not in files["feed.xml"]


# --- sitemap, robots.txt, CNAME, .nojekyll ------------------------------------------------


def test_the_sitemap_lists_every_page_with_its_last_change(make_site) -> None:
    files = built(make_site, {**site_yml(f"base_url: {BASE}\n"), "explainers/test.md": FULL})
    urls = {u.findtext(f"{SITEMAP}loc"): u.findtext(f"{SITEMAP}lastmod")
            for u in ET.fromstring(files["sitemap.xml"])}
    assert urls[BASE + "explainers/test/"] == "2023-05-07"  # updated, not date
    assert urls[BASE + "glossary/arab-league/"] == "2026-11-28"  # as_of
    assert not any(u.endswith("404.html") for u in urls)


def test_no_sitemap_without_a_base_url(make_site) -> None:
    assert "sitemap.xml" not in built(make_site)


def test_robots_txt_names_the_sitemap(make_site) -> None:
    files = built(make_site, site_yml(f"base_url: {BASE}\n"))
    expected = f"User-agent: *\nAllow: /\n\nSitemap: {BASE}sitemap.xml\n"
    assert files["robots.txt"] == expected.encode()


def test_nojekyll_is_always_written(make_site) -> None:
    assert built(make_site)[".nojekyll"] == b""


def test_a_custom_domain_writes_cname_and_sets_the_base_url(make_site) -> None:
    files = built(make_site, site_yml("domain: explainers.example.org\n"))
    assert files["CNAME"] == b"explainers.example.org\n"
    assert b"<id>https://explainers.example.org/</id>" in files["feed.xml"]


def test_a_domain_with_a_scheme_is_an_error(make_site) -> None:
    content = make_site(site_yml("domain: https://explainers.example.org/\n"))
    result = build_files(SiteSpec(content))
    assert [d.format() for d in result.diagnostics.errors] == [
        f"{content / 'site.yml'}:3:9: error: 'domain' must be a host name such as "
        "explainers.example.org, not 'https://explainers.example.org/'\n"
        "  hint: write the domain alone, without https:// or a path"]


def test_the_base_url_option_replaces_site_yml(make_site) -> None:
    files = built(make_site, site_yml("base_url: https://old.example.org/\n"),
                  base_url="https://name.github.io/other")
    assert b"<id>https://name.github.io/other/</id>" in files["feed.xml"]


# --- tags in the page head ----------------------------------------------------------------


@pytest.fixture
def page(make_site) -> str:
    files = built(make_site, {**site_yml(f"base_url: {BASE}\n"), "explainers/test.md": FULL})
    return files[PAGE].decode()


def test_an_explainer_names_its_canonical_address(page: str) -> None:
    assert f'<link rel="canonical" href="{BASE}explainers/test/">' in page


def test_an_explainer_has_open_graph_and_twitter_tags(page: str) -> None:
    assert meta(page, "og:type") == "article"
    assert meta(page, "og:title") == meta(page, "twitter:title") == "A test explainer"
    assert meta(page, "og:description") == "What happened, in one line."
    assert meta(page, "og:url") == BASE + "explainers/test/"
    assert meta(page, "og:image") == meta(page, "twitter:image") == (
        "https://example.org/photo.jpg")
    assert meta(page, "og:image:alt") == "Foreign ministers in Amman"
    assert meta(page, "twitter:card") == "summary_large_image"


def test_a_page_without_a_picture_has_a_summary_card(make_site) -> None:
    html = built(make_site)[PAGE].decode()
    assert meta(html, "twitter:card") == "summary" and meta(html, "og:image") is None


def test_a_local_picture_gets_a_full_address(make_site, tmp_path: Path) -> None:
    explainer = FULL.replace('"https://example.org/photo.jpg"', "media/photo.jpg")
    content = make_site({**site_yml(f"base_url: {BASE}\n"), "explainers/test.md": explainer})
    (content / "media").mkdir()
    (content / "media/photo.jpg").write_bytes(b"\xff\xd8")
    html = build_files(SiteSpec(content)).files[PAGE].decode()
    assert meta(html, "og:image") == BASE + "media/photo.jpg"


def test_an_explainer_is_a_background_news_article_in_json_ld(page: str) -> None:
    article = json_ld(page, "BackgroundNewsArticle")
    assert article["headline"] == "A test explainer"
    assert (article["datePublished"], article["dateModified"]) == ("2023-05-05", "2023-05-07")
    assert article["author"] == [{"@type": "Person", "name": "Ali Hashem"},
                                 {"@type": "Person", "name": "Jane Roe"}]
    assert article["publisher"] == {"@type": "Organization", "name": "The Desk", "url": BASE}
    assert article["isBasedOn"] == {
        "@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Al Jazeera"},
        "url": "https://www.aljazeera.com/news/2023/5/5/story"}
    assert article["mainEntityOfPage"] == BASE + "explainers/test/"


def test_a_term_page_has_breadcrumbs_through_the_glossary(make_site) -> None:
    files = built(make_site, site_yml(f"base_url: {BASE}\n"))
    crumbs = json_ld(files["glossary/arab-league/index.html"].decode(), "BreadcrumbList")
    assert [(i["position"], i["name"], i["item"]) for i in crumbs["itemListElement"]] == [
        (1, "Test site", BASE), (2, "Glossary", BASE + "glossary/"),
        (3, "Arab League", BASE + "glossary/arab-league/")]


def test_the_home_page_has_no_breadcrumbs(make_site) -> None:
    assert "BreadcrumbList" not in built(make_site)["index.html"].decode()


def test_every_page_has_the_feed_and_a_favicon(make_site) -> None:
    for name, data in built(make_site).items():
        if name.endswith(".html"):
            html = data.decode()
            assert 'type="application/atom+xml"' in html, name
            assert 'rel="icon"' in html, name


def test_the_404_page_links_from_the_site_path(make_site) -> None:
    html = built(make_site, site_yml(f"base_url: {BASE}\n"))["404.html"].decode()
    assert 'href="/repo/assets/style.css"' in html and 'href="/repo/index.html"' in html
    assert '<meta name="robots" content="noindex">' in html
