"""What serve builds on, without a server: the build cache, live rebuilds and the event hub."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from explainer.content.loader import load_explainer
from explainer.core.diagnostics import Diagnostics
from explainer.core.spec import DEFAULT_THEME, SiteSpec
from explainer.pipeline.builder import build_files
from explainer.pipeline.livebuild import LiveSite
from explainer.server.serve import Hub
from explainer.site.memo import BuildCache
from tests.conftest import EXPLAINER
from tests.serving import BROKEN, PAGE, edit

# --- the build cache ------------------------------------------------------------------------


def test_an_unchanged_file_is_not_loaded_again(make_site) -> None:
    path = make_site() / "explainers/test.md"
    cache = BuildCache()
    first = cache.load("explainer", path, load_explainer, Diagnostics())
    assert cache.load("explainer", path, load_explainer, Diagnostics()) is first


def test_a_changed_file_is_loaded_again(make_site) -> None:
    path = make_site() / "explainers/test.md"
    cache = BuildCache()
    cache.load("explainer", path, load_explainer, Diagnostics())
    edit(path, EXPLAINER.replace("A test explainer", "A new title"))
    assert cache.load("explainer", path, load_explainer, Diagnostics()).title == "A new title"


def test_a_cached_file_reports_its_problems_again(make_site) -> None:
    path = make_site({"explainers/test.md": BROKEN}) / "explainers/test.md"
    cache = BuildCache()
    cache.load("explainer", path, load_explainer, Diagnostics())
    again = Diagnostics()
    cache.load("explainer", path, load_explainer, again)
    assert [d.line for d in again.errors] == [2]


def test_a_cached_build_gives_the_same_files_as_a_fresh_one(make_site) -> None:
    content = make_site()
    cache = BuildCache()
    build_files(SiteSpec(content), cache=cache)
    edit(content / "explainers/test.md", EXPLAINER + "\nMore about the Arab League.\n")
    assert build_files(SiteSpec(content), cache=cache).files == build_files(SiteSpec(content)).files


# --- live rebuilds ------------------------------------------------------------------------


def live(content: Path, tmp_path: Path) -> LiveSite:
    folder = tmp_path / "served"
    folder.mkdir()
    return LiveSite(SiteSpec(content), folder)


def test_the_first_build_writes_the_whole_site(make_site, tmp_path: Path) -> None:
    site = live(make_site(), tmp_path)
    outcome = site.rebuild()
    assert outcome.ok and (site.folder / PAGE).is_file() and "index.html" in outcome.changed


def test_a_rebuild_writes_only_the_files_that_changed(make_site, tmp_path: Path) -> None:
    content = make_site()
    site = live(content, tmp_path)
    site.rebuild()
    edit(content / "explainers/test.md", EXPLAINER + "\nA new paragraph.\n")
    assert site.rebuild([content / "explainers/test.md"]).changed == {PAGE, "feed.xml"}


def test_open_pages_are_rendered_and_reported_first(make_site, tmp_path: Path) -> None:
    content = make_site()
    site = live(content, tmp_path)
    site.rebuild()
    edit(content / "explainers/test.md", EXPLAINER.replace("A test explainer", "Renamed"))
    seen: list[set[str]] = []
    site.rebuild([content / "explainers/test.md"], first=[PAGE],
                 on_first=lambda o: seen.append(set(o.first)))
    assert seen == [{PAGE}]


def test_the_rest_waits_when_a_newer_change_arrives(make_site, tmp_path: Path) -> None:
    content = make_site()
    site = live(content, tmp_path)
    site.rebuild()
    edit(content / "explainers/test.md", EXPLAINER.replace("A test explainer", "Renamed"))
    outcome = site.rebuild([content / "explainers/test.md"], first=[PAGE],
                           interrupted=lambda: True)
    assert outcome.interrupted and outcome.changed == {PAGE}


def test_a_failed_rebuild_keeps_the_last_good_site(make_site, tmp_path: Path) -> None:
    content = make_site()
    site = live(content, tmp_path)
    site.rebuild()
    good = (site.folder / PAGE).read_bytes()
    edit(content / "explainers/test.md", BROKEN)
    outcome = site.rebuild([content / "explainers/test.md"], first=[PAGE])
    assert not outcome.ok and (site.folder / PAGE).read_bytes() == good


def test_a_deleted_explainer_loses_its_page(make_site, tmp_path: Path) -> None:
    content = make_site({"explainers/second.md": EXPLAINER})
    site = live(content, tmp_path)
    site.rebuild()
    (content / "explainers/second.md").unlink()
    outcome = site.rebuild([content / "explainers/second.md"])
    assert "explainers/second/index.html" in outcome.changed
    assert not (site.folder / "explainers/second/index.html").exists()


def test_a_changed_layout_is_used_at_once(make_site, tmp_path: Path) -> None:
    layouts = tmp_path / "layouts"
    shutil.copytree(DEFAULT_THEME, layouts)
    folder = tmp_path / "served"
    folder.mkdir()
    site = LiveSite(SiteSpec(make_site(), layouts=layouts), folder)
    site.rebuild()
    base = layouts / "base.html"
    edit(base, base.read_text(encoding="utf-8").replace("</body>", "<p>NEW FOOTER</p></body>"))
    site.rebuild([base])
    assert "NEW FOOTER" in (folder / PAGE).read_text(encoding="utf-8")


# --- the event hub --------------------------------------------------------------------------


def test_only_the_browsers_showing_a_changed_page_reload() -> None:
    hub = Hub()
    here, there = hub.connect(PAGE), hub.connect("index.html")
    here.events.get(), there.events.get()  # the state sent on connecting
    assert hub.reload({PAGE}) == 1
    assert here.events.get_nowait() == ("reload", "") and there.events.empty()


def test_a_page_changed_before_its_browser_listened_reloads_at_once() -> None:
    hub = Hub()
    sent_at = hub.generation
    hub.reload({PAGE})
    client = hub.connect(PAGE, since=sent_at)
    assert [client.events.get_nowait(), client.events.get_nowait()] == [("ok", "{}"),
                                                                        ("reload", "")]


def test_a_browser_that_opens_during_a_failure_is_shown_the_errors() -> None:
    hub = Hub()
    hub.failed(["content/explainers/test.md:2:13: error: the message"])
    name, data = hub.connect(PAGE).events.get_nowait()
    assert name == "failed"
    assert json.loads(data)["problems"] == ["content/explainers/test.md:2:13: error: the message"]


def test_a_passing_build_clears_the_errors() -> None:
    hub = Hub()
    hub.failed(["x"])
    client = hub.connect(PAGE)
    client.events.get()
    hub.passed()
    assert client.events.get_nowait() == ("ok", "{}") and hub.failure is None


def test_one_page_open_twice_counts_as_one_page() -> None:
    hub = Hub()
    hub.connect(PAGE), hub.connect(PAGE)
    assert hub.reload({PAGE}) == 1


def test_the_cache_forgets_a_deleted_file(make_site) -> None:
    from explainer.site.gather import gather
    content = make_site({"explainers/second.md": EXPLAINER})
    cache = BuildCache()
    gather(SiteSpec(content), Diagnostics(), cache=cache)
    (content / "explainers/second.md").unlink()
    gather(SiteSpec(content), Diagnostics(), cache=cache)
    assert not any(Path(path).name == "second.md" for _, path in cache._files)
