"""``serve`` itself: addresses, the injected script, and the server in its own process."""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from explainer.commands.cli import main
from explainer.core.spec import DEFAULT_THEME
from explainer.server.devloop import drafts_line
from explainer.server.serve import inject, page_file
from tests.conftest import EXPLAINER
from tests.serving import BROKEN, PAGE, Events, edit, fetch, request, serving

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


def test_serve_says_how_many_drafts_it_left_out(make_site) -> None:
    with serving(make_site({"explainers/draft.md": DRAFT})) as served:
        lines = list(served.output)
    assert "Left out 1 draft (an explainer with draft: true); serve --drafts shows it" in lines


def test_serve_with_drafts_says_nothing_of_drafts(make_site) -> None:
    with serving(make_site({"explainers/draft.md": DRAFT}), "--drafts") as served:
        lines = list(served.output)
    assert not [line for line in lines if "draft" in line]


def test_the_drafts_line_counts_them() -> None:
    assert drafts_line(2) == ("Left out 2 drafts (explainers with draft: true); "
                              "serve --drafts shows them")


def test_serve_with_drafts_marks_them_with_a_banner(make_site) -> None:
    with serving(make_site({"explainers/draft.md": DRAFT}), "--drafts") as served:
        status, html = fetch(served, "/explainers/draft/")
    assert status == 200
    assert 'role="note" data-pagefind-ignore>Draft: not published</p>' in html


def test_serve_never_answers_outside_its_folder(make_site, tmp_path) -> None:
    secret = tmp_path / "secret.html"
    secret.write_text("<p>private</p>")
    # serve's folder is in the temporary folder too: one "../" leads out of it
    outside = "/../" + secret.resolve().relative_to(
        Path(tempfile.gettempdir()).resolve()).as_posix()
    with serving(make_site()) as served:
        status, _, body = request(served, "GET", outside)
    assert (status, body) == (404, b"Not found")


def test_serve_names_a_missing_content_folder(tmp_path, capsys) -> None:
    assert main(["serve", "--content", str(tmp_path / "nowhere"), "--port", "0"]) == 1
    assert capsys.readouterr().err == (
        f"{tmp_path / 'nowhere'}: error: no such folder\n"
        "  hint: run serve in the site's folder, or name the folder with --content\n")


def test_serve_builds_the_search_index_in_the_background(make_site) -> None:
    with serving(make_site()) as served:
        deadline = time.monotonic() + 60
        while fetch(served, "/pagefind/pagefind.js")[0] != 200:
            assert time.monotonic() < deadline, "serve never wrote the search index"
            time.sleep(0.2)


def test_serve_refuses_a_port_out_of_range(make_site, capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["serve", "--content", str(make_site()), "--port", "70000"])
    assert stopped.value.code == 2
    assert "'70000' is not a port: use a number from 0 to 65535" in capsys.readouterr().err


def test_a_folder_address_keeps_its_query_when_redirected(make_site) -> None:
    with serving(make_site()) as served:
        status, headers, _ = request(served, "GET", "/glossary?kind=person")
    assert (status, headers["Location"]) == (301, "/glossary/?kind=person")


def test_editors_temporary_files_are_not_changes() -> None:
    from watchfiles import Change

    from explainer.server.devloop import _SiteFiles
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
    assert int(line.split()[3]) >= 10  # the watcher's own wait (10 ms without a change) counts


def test_head_answers_like_get_without_a_body(make_site) -> None:
    with serving(make_site()) as served:
        status, headers, body = request(served, "HEAD", "/explainers/test/")
        get = request(served, "GET", "/explainers/test/")
    assert (status, body) == (200, b"")
    assert headers["Content-Length"] == str(len(get[2]))


def test_a_nul_byte_in_an_address_is_a_badrequest(make_site) -> None:
    with serving(make_site()) as served:
        assert request(served, "GET", "/%00")[0] == 400


def test_a_missing_page_without_an_extension_gets_the_404_page(make_site) -> None:
    with serving(make_site()) as served:
        status, _, body = request(served, "GET", "/explainers/nope")
    assert status == 404 and b"/__explainer/live.js" in body


def test_a_changed_stylesheet_reloads_every_open_page(make_site, tmp_path) -> None:
    layouts = tmp_path / "layouts"
    shutil.copytree(DEFAULT_THEME, layouts)
    with serving(make_site(), "--layouts", str(layouts)) as served:
        events = Events(served, "/")
        assert events.next()[0] == "ok"
        css = layouts / "assets/style.css"
        edit(css, css.read_text(encoding="utf-8") + "\n.new-rule { color: red; }\n")
        assert events.next()[0] == "reload"



def test_serve_answers_only_to_local_host_names(make_site) -> None:
    with serving(make_site()) as served:
        assert request(served, "GET", "/", {"Host": "attacker.example:80"})[0] == 403
        assert request(served, "GET", "/")[0] == 200
