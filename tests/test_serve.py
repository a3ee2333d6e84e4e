"""``serve``: the build cache, live rebuilds, the event hub, and the server in a process."""

from __future__ import annotations

import json
from pathlib import Path

from explainer.builder import DEFAULT_LAYOUTS, build_files
from explainer.cache import BuildCache
from explainer.content import load_explainer
from explainer.diagnostics import Diagnostics
from explainer.livebuild import LiveSite
from explainer.serve import Hub, inject, page_file
from tests.conftest import EXPLAINER
from tests.serving import Events, fetch, serving

PAGE = "explainers/test/index.html"
BROKEN = EXPLAINER.replace('title: "A test explainer"', "title: Syria: the talks")


def edit(path: Path, text: str) -> None:
    """Write new text and make sure the file's stamp changes (as a later save would)."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    if path.stat().st_mtime_ns == before:
        import os
        os.utime(path, ns=(before + 1_000_000, before + 1_000_000))


# --- the address a page is served at ------------------------------------------------------


def test_a_folder_address_shows_its_index_page() -> None:
    assert page_file("/explainers/test/") == PAGE


def test_the_root_address_shows_the_home_page() -> None:
    assert page_file("/") == "index.html"


def test_an_escaped_address_is_unescaped() -> None:
    assert page_file("/tags/caf%C3%A9/index.html?x=1") == "tags/café/index.html"


def test_the_script_goes_before_the_end_of_the_body() -> None:
    assert inject(b"<body><p>x</p></body></html>", 3) == (
        b'<body><p>x</p><script src="/__explainer/live.js" data-since="3" defer></script>'
        b"</body></html>")


def test_the_script_is_appended_to_a_page_without_a_body_end() -> None:
    assert inject(b"<p>x</p>", 0).endswith(b'data-since="0" defer></script>')


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
    build_files(content, cache=cache)
    edit(content / "explainers/test.md", EXPLAINER + "\nMore about the Arab League.\n")
    assert build_files(content, cache=cache).files == build_files(content).files


# --- live rebuilds ------------------------------------------------------------------------


def live(content: Path, tmp_path: Path) -> LiveSite:
    folder = tmp_path / "served"
    folder.mkdir()
    return LiveSite(content, DEFAULT_LAYOUTS, folder)


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
    import shutil
    shutil.copytree(DEFAULT_LAYOUTS, layouts)
    folder = tmp_path / "served"
    folder.mkdir()
    site = LiveSite(make_site(), layouts, folder)
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


# --- the server, in its own process -------------------------------------------------------


def test_serve_injects_the_script_and_never_writes_it(make_site) -> None:
    content = make_site()
    with serving(content) as served:
        status, html = fetch(served, "/explainers/test/")
    assert status == 200 and 'src="/__explainer/live.js"' in html
    assert not (content.parent / "output").exists()


def test_serve_answers_a_missing_page_with_the_404_page(make_site) -> None:
    with serving(make_site()) as served:
        status, html = fetch(served, "/nowhere/")
    assert status == 404 and "Page not found" in html


def test_an_edit_reloads_the_open_page_with_the_new_text(make_site) -> None:
    content = make_site()
    with serving(content) as served:
        events = Events(served, "/explainers/test/")
        assert events.next()[0] == "ok"
        edit(content / "explainers/test.md", EXPLAINER + "\nA sentence added while serving.\n")
        assert events.next()[0] == "reload"
        assert "A sentence added while serving." in fetch(served, "/explainers/test/")[1]
        assert "Reloaded 1 page" in served.wait_for_output("ms after the change")


def test_a_broken_file_is_reported_and_its_fix_clears_it(make_site) -> None:
    content = make_site()
    with serving(content) as served:
        events = Events(served, "/explainers/test/")
        assert events.next()[0] == "ok"
        edit(content / "explainers/test.md", BROKEN)
        name, data = events.next()
        assert name == "failed"
        assert json.loads(data)["problems"][0].startswith(
            "content/explainers/test.md:2:13: error:")
        edit(content / "explainers/test.md", EXPLAINER + "\nFixed.\n")
        assert [events.next()[0], events.next()[0]] == ["ok", "reload"]


def test_serve_refuses_a_port_in_use(make_site, capsys) -> None:
    import socket

    from explainer.cli import main
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code = main(["serve", "--content", str(make_site()), "--port", str(port)])
    assert code == 1
    assert capsys.readouterr().err == (
        f"error: cannot serve on 127.0.0.1:{port}: Address already in use\n"
        "  hint: another program uses that port; choose one with --port\n")


DRAFT = EXPLAINER.replace("tags: [syria]", "tags: [syria]\ndraft: true")


def test_serve_leaves_drafts_out_by_default(make_site) -> None:
    with serving(make_site({"explainers/draft.md": DRAFT})) as served:
        assert fetch(served, "/explainers/draft/")[0] == 404


def test_serve_with_drafts_marks_them_with_a_banner(make_site) -> None:
    with serving(make_site({"explainers/draft.md": DRAFT}), "--drafts") as served:
        status, html = fetch(served, "/explainers/draft/")
    assert status == 200
    assert '<p class="draft-banner" role="note">Draft: not published</p>' in html


def test_serve_never_answers_outside_its_folder(make_site, tmp_path) -> None:
    import http.client
    import tempfile
    secret = tmp_path / "secret.html"
    secret.write_text("<p>private</p>")
    # serve's folder is in the temporary folder too: one "../" leads out of it
    outside = "/../" + secret.resolve().relative_to(
        Path(tempfile.gettempdir()).resolve()).as_posix()
    with serving(make_site()) as served:
        conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=10)
        conn.request("GET", outside)
        response = conn.getresponse()
        assert response.status == 404 and response.read() == b"Not found"


def test_serve_names_a_missing_content_folder(tmp_path, capsys) -> None:
    from explainer.cli import main
    assert main(["serve", "--content", str(tmp_path / "nowhere"), "--port", "0"]) == 1
    assert capsys.readouterr().err == (
        f"{tmp_path / 'nowhere'}: error: no such folder\n"
        "  hint: run serve in the site's folder, or name the folder with --content\n")


def test_serve_builds_the_search_index_in_the_background(make_site) -> None:
    import time
    with serving(make_site()) as served:
        deadline = time.monotonic() + 60
        while fetch(served, "/pagefind/pagefind.js")[0] != 200:
            assert time.monotonic() < deadline, "serve never wrote the search index"
            time.sleep(0.2)


def test_serve_refuses_a_port_out_of_range(make_site, capsys) -> None:
    import pytest

    from explainer.cli import main
    with pytest.raises(SystemExit) as stopped:
        main(["serve", "--content", str(make_site()), "--port", "70000"])
    assert stopped.value.code == 2
    assert "'70000' is not a port: use a number from 0 to 65535" in capsys.readouterr().err


def test_a_folder_address_keeps_its_query_when_redirected(make_site) -> None:
    import http.client
    with serving(make_site()) as served:
        conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=10)
        conn.request("GET", "/glossary?kind=person")
        response = conn.getresponse()
        assert (response.status, response.getheader("Location")) == (301, "/glossary/?kind=person")


def test_one_page_open_twice_counts_as_one_page() -> None:
    hub = Hub()
    hub.connect(PAGE), hub.connect(PAGE)
    assert hub.reload({PAGE}) == 1


def test_editors_temporary_files_are_not_changes() -> None:
    from watchfiles import Change

    from explainer.devloop import _SiteFiles
    keep = _SiteFiles()
    assert keep(Change.modified, "/site/content/explainers/x.md")
    assert not any(keep(Change.added, f"/site/content/explainers/{name}")
                   for name in ("4913", "sed02bBva", "x.md~", ".x.md.swp"))


def test_deleting_an_explainer_is_timed_from_the_deletion(make_site) -> None:
    content = make_site({"explainers/second.md": EXPLAINER})
    with serving(content) as served:
        events = Events(served, "/explainers/second/")
        assert events.next()[0] == "ok"
        (content / "explainers/second.md").unlink()
        assert events.next()[0] == "reload"
        line = served.wait_for_output("ms after the change")
    assert int(line.split()[3]) >= 20  # the watcher's own wait is part of it


def _request(served, method: str, path: str) -> tuple[int, dict, bytes]:
    import http.client
    conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=10)
    conn.request(method, path)
    response = conn.getresponse()
    return response.status, dict(response.getheaders()), response.read()


def test_head_answers_like_get_without_a_body(make_site) -> None:
    with serving(make_site()) as served:
        status, headers, body = _request(served, "HEAD", "/explainers/test/")
        get = _request(served, "GET", "/explainers/test/")
    assert (status, body) == (200, b"")
    assert headers["Content-Length"] == str(len(get[2]))


def test_a_nul_byte_in_an_address_is_a_bad_request(make_site) -> None:
    with serving(make_site()) as served:
        assert _request(served, "GET", "/%00")[0] == 400


def test_a_missing_page_without_an_extension_gets_the_404_page(make_site) -> None:
    with serving(make_site()) as served:
        status, _, body = _request(served, "GET", "/explainers/nope")
    assert status == 404 and b"/__explainer/live.js" in body


def test_a_changed_stylesheet_reloads_every_open_page(make_site, tmp_path) -> None:
    import shutil

    from explainer.builder import DEFAULT_LAYOUTS
    layouts = tmp_path / "layouts"
    shutil.copytree(DEFAULT_LAYOUTS, layouts)
    with serving(make_site(), "--layouts", str(layouts)) as served:
        events = Events(served, "/")
        assert events.next()[0] == "ok"
        css = layouts / "assets/style.css"
        edit(css, css.read_text(encoding="utf-8") + "\n.new-rule { color: red; }\n")
        assert events.next()[0] == "reload"



def test_serve_answers_only_to_local_host_names(make_site) -> None:
    import http.client
    with serving(make_site()) as served:
        conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=10)
        conn.request("GET", "/", headers={"Host": "attacker.example:80"})
        assert conn.getresponse().status == 403
        assert _request(served, "GET", "/")[0] == 200
