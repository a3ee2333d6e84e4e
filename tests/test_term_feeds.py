"""Following a story: a feed per glossary term, the site's feed of updates and corrections,
the dates feed.xml and the sitemap give an explainer and a term, and the links to the feeds."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pytest

from explainer.commands.check import check
from explainer.commands.cli import main
from explainer.content.history import dated_ids
from explainer.content.model import Event
from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build_files
from explainer.pipeline.livebuild import LiveSite

BASE = "https://example.org/news/"
TERM_FEED = "glossary/arab-league/feed.xml"
TERM_PAGE = "glossary/arab-league/index.html"

TERM = """\
---
term: Arab League
summary: A regional organisation of Arab states.
kind: organisation
as_of: 2024-01-01
sources:
  - {title: Arab League, url: "https://example.org/al"}
events:
  - date: 2023-05-07
    text: "Syria is readmitted."
    source: {title: Cairo statement, url: "https://example.org/cairo", publisher: Arab League}
  - {date: 2025-03-04, text: "Al-Sharaa attends the Cairo summit."}
  - {date: 2025-03-04, text: "The summit backs a plan for Gaza."}
---
The Arab League was founded in Cairo in 1945.
"""

OLD = """\
---
title: "The old story"
summary: "What happened in 2023."
date: 2023-05-05
updates:
  - date: 2024-12-08
    text: "Assad *fell*."
    sources: [{title: UN News, url: "https://news.un.org/x", publisher: United Nations}]
  - {date: 2024-12-08, text: "He fled to Moscow."}
corrections:
  - {date: 2024-01-10, wrong: "Hafez took power in 1971.", right: "Hafez took power in 1970."}
---
Syria was suspended from the Arab League in 2011.
"""

NEW = """\
---
title: "The new story"
summary: "What happened in 2024."
date: 2024-06-01
---
The Arab League met in Bahrain.
"""

DRAFT = """\
---
title: "A draft"
summary: "Not yet."
date: 2026-01-01
draft: true
updates: [{date: 2026-01-02, text: "Drafted."}]
corrections: [{date: 2026-01-03, wrong: "A", right: "B"}]
---
The Arab League, again.
"""

SITE = {"glossary/arab-league.md": TERM, "explainers/test.md": OLD, "explainers/new.md": NEW,
        "explainers/draft.md": DRAFT}


def files_of(make_site, base: bool = True, drafts: bool = False,
             extra: dict[str, str] | None = None) -> dict[str, bytes]:
    site_yml = f"title: Test site\nbase_url: {BASE}\n" if base else "title: Test site\n"
    content = make_site({"site.yml": site_yml, **SITE, **(extra or {})})
    result = build_files(SiteSpec(content, drafts=drafts))
    assert result.ok, [d.format() for d in result.diagnostics]
    return result.files


def parsed(data: bytes, where: str = "") -> feedparser.FeedParserDict:
    headers = ({"content-location": where, "content-type": "application/atom+xml"}
               if where else None)
    feed = feedparser.parse(data, response_headers=headers)
    assert feed.bozo == 0 and feed.version == "atom10", feed.get("bozo_exception")
    return feed


@pytest.fixture
def files(make_site) -> dict[str, bytes]:
    return files_of(make_site)


# --- the ids of dated items ---------------------------------------------------------------


def test_dated_ids_number_the_second_and_third_of_a_day_in_written_order() -> None:
    events = [Event(dt.date(2024, 12, 8), "a"), Event(dt.date(2025, 1, 1), "b"),
              Event(dt.date(2024, 12, 8), "c"), Event(dt.date(2024, 12, 8), "d")]
    assert dated_ids(events, "update") == [
        "update-2024-12-08", "update-2025-01-01", "update-2024-12-08-2", "update-2024-12-08-3"]


# --- a feed per term ------------------------------------------------------------------------


def test_a_term_feed_is_valid_atom_named_for_its_term(files) -> None:
    feed = parsed(files[TERM_FEED]).feed
    assert (feed.title, feed.id) == ("Arab League · Test site", BASE + TERM_FEED)
    assert feed.subtitle == "A regional organisation of Arab states."
    assert feed.updated == "2025-03-04T00:00:00Z"
    assert feed.link == BASE + "glossary/arab-league/"


def test_a_term_feed_lists_its_events_and_explainers_newest_first(files) -> None:
    entries = parsed(files[TERM_FEED]).entries
    assert [(e.title, e.updated[:10]) for e in entries] == [
        ("Arab League, 4 March 2025", "2025-03-04"), ("Arab League, 4 March 2025", "2025-03-04"),
        ("The old story", "2024-12-08"), ("The new story", "2024-06-01"),
        ("Arab League, 7 May 2023", "2023-05-07")]


def test_an_event_entry_links_to_its_place_on_the_term_page(files) -> None:
    entries = parsed(files[TERM_FEED]).entries
    assert [e.id for e in entries if "event" in e.id] == [
        BASE + "glossary/arab-league/#event-2025-03-04",
        BASE + "glossary/arab-league/#event-2025-03-04-2",
        BASE + "glossary/arab-league/#event-2023-05-07"]
    assert entries[0].link == BASE + "glossary/arab-league/#event-2025-03-04"


def test_each_event_entry_links_to_an_id_the_term_page_has(files) -> None:
    html = files[TERM_PAGE].decode()
    fragments = [e.link.partition("#")[2] for e in parsed(files[TERM_FEED]).entries
                 if "#" in e.link]
    assert fragments and all(f'id="{f}"' in html for f in fragments), fragments


def test_an_event_entry_holds_its_sentence_and_its_source(files) -> None:
    entry = parsed(files[TERM_FEED]).entries[-1]
    assert entry.content[0].value == (
        '<p>Syria is readmitted.</p><p>Source: <a href="https://example.org/cairo">'
        "Cairo statement</a>, Arab League</p>")


def test_an_explainer_entry_is_dated_with_its_last_update(files) -> None:
    entry = parsed(files[TERM_FEED]).entries[2]
    assert (entry.id, entry.link) == (BASE + "explainers/test/", BASE + "explainers/test/")
    assert (entry.published, entry.updated) == ("2023-05-05T00:00:00Z", "2024-12-08T00:00:00Z")
    assert entry.summary == "What happened in 2023."


def test_drafts_stay_out_of_a_term_feed_even_when_built(make_site) -> None:
    feed = parsed(files_of(make_site, drafts=True)[TERM_FEED])
    assert "A draft" not in [e.title for e in feed.entries]


def test_a_term_without_events_or_mentions_has_an_empty_feed(make_site) -> None:
    lone = TERM.replace("Arab League", "Gulf Council").split("events:")[0] + "---\nA body.\n"
    files = files_of(make_site, extra={"glossary/gulf-council.md": lone})
    feed = parsed(files["glossary/gulf-council/feed.xml"])
    assert feed.entries == [] and feed.feed.updated == "2024-01-01T00:00:00Z"


def test_without_a_base_url_term_feed_links_start_from_the_feed(make_site) -> None:
    feed = parsed(files_of(make_site, base=False)[TERM_FEED],
                  "https://x.org/s/glossary/arab-league/feed.xml")
    assert [e.link for e in feed.entries][:3] == [
        "https://x.org/s/glossary/arab-league/index.html#event-2025-03-04",
        "https://x.org/s/glossary/arab-league/index.html#event-2025-03-04-2",
        "https://x.org/s/explainers/test/index.html"]


def test_without_a_base_url_entry_ids_are_stable_and_unique(make_site) -> None:
    first = parsed(files_of(make_site, base=False)[TERM_FEED]).entries
    again = parsed(files_of(make_site, base=False)[TERM_FEED]).entries
    ids = [e.id for e in first]
    assert all(i.startswith("urn:uuid:") for i in ids) and len(set(ids)) == len(ids)
    assert ids == [e.id for e in again]


# --- updates.xml ----------------------------------------------------------------------------


def test_updates_xml_lists_updates_and_corrections_newest_first(files) -> None:
    feed = parsed(files["updates.xml"])
    assert feed.feed.title == "Updates and corrections · Test site"
    assert [(e.title, e.updated[:10], e.id) for e in feed.entries] == [
        ("Update: The old story", "2024-12-08", BASE + "explainers/test/#update-2024-12-08"),
        ("Update: The old story", "2024-12-08", BASE + "explainers/test/#update-2024-12-08-2"),
        ("Correction: The old story", "2024-01-10",
         BASE + "explainers/test/#correction-2024-01-10")]


def test_update_and_correction_entries_link_to_their_item_on_the_explainer(files) -> None:
    """The page gives each update and correction the id its entry links to."""
    entries = parsed(files["updates.xml"]).entries
    assert [e.link for e in entries] == [e.id for e in entries]
    assert all(e.link.startswith(BASE + "explainers/test/#") for e in entries)


def test_an_update_entry_holds_its_text_as_html_and_its_sources(files) -> None:
    entry = parsed(files["updates.xml"]).entries[0]
    assert entry.content[0].value == (
        '<p>Assad <em>fell</em>.</p><p>Sources: <a href="https://news.un.org/x">UN News</a>, '
        "United Nations</p>")
    assert entry.id == BASE + "explainers/test/#update-2024-12-08"


def test_a_correction_entry_says_what_was_wrong_and_what_is_right(files) -> None:
    entry = parsed(files["updates.xml"]).entries[2]
    assert entry.content[0].value == (
        "<p>We wrote: “Hafez took power in 1971.”</p><p>In fact: Hafez took power in 1970.</p>")


def test_drafts_stay_out_of_updates_xml_even_when_built(make_site) -> None:
    feed = parsed(files_of(make_site, drafts=True)["updates.xml"])
    assert [e.title for e in feed.entries if "draft" in e.title.lower()] == []
    assert len(feed.entries) == 3


def test_updates_xml_is_written_with_no_updates(make_site) -> None:
    files = files_of(make_site, extra={"explainers/test.md": NEW.replace("new", "other")})
    feed = parsed(files["updates.xml"])
    assert feed.entries == [] and feed.feed.updated == "2024-06-01T00:00:00Z"


def test_without_a_base_url_updates_link_from_the_site_root(make_site) -> None:
    feed = parsed(files_of(make_site, base=False)["updates.xml"], "https://x.org/s/updates.xml")
    assert feed.entries[1].link.startswith("https://x.org/s/explainers/test/index.html#")


# --- feed.xml and the sitemap -------------------------------------------------------------


def test_a_feed_entry_is_updated_on_the_explainers_last_update(files) -> None:
    feed = parsed(files["feed.xml"])
    entry = next(e for e in feed.entries if e.title == "The old story")
    assert (entry.published, entry.updated) == ("2023-05-05T00:00:00Z", "2024-12-08T00:00:00Z")
    assert feed.feed.updated == "2024-12-08T00:00:00Z"


def sitemap(files: dict[str, bytes]) -> dict[str, str | None]:
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    return {u.findtext(f"{ns}loc") or "": u.findtext(f"{ns}lastmod")
            for u in ET.fromstring(files["sitemap.xml"])}


def test_the_sitemap_dates_an_explainer_by_its_last_update(files) -> None:
    assert sitemap(files)[BASE + "explainers/test/"] == "2024-12-08"


def test_the_sitemap_dates_a_term_by_its_newest_event_when_newer_than_as_of(files) -> None:
    assert sitemap(files)[BASE + "glossary/arab-league/"] == "2025-03-04"


def test_the_sitemap_dates_a_term_without_newer_events_by_its_as_of(make_site) -> None:
    files = files_of(make_site, extra={"glossary/arab-league.md": TERM.replace(
        "as_of: 2024-01-01", "as_of: 2026-01-01")})
    assert sitemap(files)[BASE + "glossary/arab-league/"] == "2026-01-01"


# --- links to the feeds ---------------------------------------------------------------------


def test_a_term_page_names_its_feed_in_the_head(files) -> None:
    assert ('<link rel="alternate" type="application/atom+xml" title="Arab League · Test site" '
            'href="feed.xml">') in files[TERM_PAGE].decode()


def test_a_term_page_links_to_its_feed_near_the_top(files) -> None:
    html = files[TERM_PAGE].decode()
    link = ('<p class="follow" data-pagefind-ignore><a href="feed.xml" '
            'type="application/atom+xml">Follow this term (Atom feed)</a></p>')
    assert link in html and html.index(link) < html.index('<div class="term-body">')


def test_every_page_names_updates_xml_in_the_head_and_the_footer(files) -> None:
    pages = {name: data.decode() for name, data in files.items() if name.endswith(".html")}
    assert pages
    for name, html in pages.items():
        assert 'title="Updates and corrections · Test site"' in html, name
        assert ">updates and corrections</a>" in html, name
    assert ('<p class="feeds">Atom feeds: <a href="../../feed.xml">new explainers</a> · '
            '<a href="../../updates.xml">updates and corrections</a></p>') in pages[TERM_PAGE]


def test_only_term_pages_name_a_term_feed(files) -> None:
    assert files["index.html"].decode().count('type="application/atom+xml"') == 2


# --- build, serve and check agree ---------------------------------------------------------


def test_serve_writes_the_same_feeds_as_build(make_site, tmp_path: Path) -> None:
    content = make_site({"site.yml": "title: Test site\n", **SITE})
    folder = tmp_path / "served"
    folder.mkdir()
    LiveSite(SiteSpec(content), folder).rebuild()
    files = build_files(SiteSpec(content)).files
    built = {n: data for n, data in files.items() if n.endswith(".xml")}
    served = {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*.xml")}
    assert {"feed.xml", "updates.xml", TERM_FEED} <= served.keys()
    assert served == built


def test_serve_rewrites_updates_xml_when_an_update_is_added(make_site, tmp_path: Path) -> None:
    content = make_site({"site.yml": "title: Test site\n", **SITE})
    folder = tmp_path / "served"
    folder.mkdir()
    site = LiveSite(SiteSpec(content), folder)
    site.rebuild()
    path = content / "explainers/new.md"
    path.write_text(NEW.replace("date: 2024-06-01", "date: 2024-06-01\nupdates: "
                                "[{date: 2025-01-01, text: Later.}]"), encoding="utf-8")
    outcome = site.rebuild([path])
    assert {"updates.xml", TERM_FEED} <= outcome.changed
    assert parsed((folder / "updates.xml").read_bytes()).entries[0].title == (
        "Update: The new story")


def test_serve_removes_the_feed_of_a_deleted_term(make_site, tmp_path: Path) -> None:
    content = make_site({"site.yml": "title: Test site\n", **SITE,
                         "glossary/gulf.md": TERM.replace("Arab League", "Gulf Council")})
    folder = tmp_path / "served"
    folder.mkdir()
    site = LiveSite(SiteSpec(content), folder)
    site.rebuild()
    assert (folder / "glossary/gulf/feed.xml").is_file()
    (content / "glossary/gulf.md").unlink()
    site.rebuild([content / "glossary/gulf.md"])
    assert not (folder / "glossary/gulf/feed.xml").exists()


def test_check_finds_the_feeds_the_pages_link_to(make_site) -> None:
    result = check(SiteSpec(make_site({"site.yml": "title: Test site\n", **SITE})))
    assert result.built and result.diagnostics.errors == []


def test_the_build_command_writes_the_feeds(make_site, tmp_path: Path) -> None:
    content, out = make_site({"site.yml": "title: Test site\n", **SITE}), tmp_path / "out"
    assert main(["build", "--no-search", "-q", "--content", str(content),
                 "--output", str(out)]) == 0
    assert (out / "updates.xml").is_file() and (out / TERM_FEED).is_file()
