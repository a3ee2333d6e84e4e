"""``serve`` in Chromium: an edit shows up by itself; a broken file shows its error over the
page, and fixing it brings the page back, with no manual reload."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXPLAINER
from tests.e2e.conftest import DEFAULT_TIMEOUT_MS
from tests.serving import BROKEN, edit, serving

OVERLAY = "#explainer-build-errors"


@pytest.fixture
def tab(browser: Any) -> Any:
    context = browser.new_context()
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    yield context.new_page()
    context.close()


def test_an_edited_explainer_changes_in_the_open_page(make_site, tab: Any) -> None:
    content = make_site()
    with serving(content) as served:
        tab.goto(served.url + "explainers/test/")
        tab.get_by_role("heading", name="A test explainer").wait_for()
        edit(content / "explainers/test.md",
             EXPLAINER.replace("A test explainer", "A title changed in the editor"))
        tab.get_by_role("heading", name="A title changed in the editor").wait_for()


def test_a_broken_file_shows_an_overlay_until_it_is_fixed(make_site, tab: Any) -> None:
    content = make_site()
    source = content / "explainers/test.md"
    with serving(content) as served:
        tab.goto(served.url + "explainers/test/")
        tab.get_by_role("heading", name="A test explainer").wait_for()
        edit(source, BROKEN)
        overlay = tab.locator(OVERLAY)
        overlay.wait_for()
        assert overlay.get_attribute("role") == "alert"
        assert tab.locator(f"{OVERLAY} li").first.inner_text().startswith(
            "content/explainers/test.md:2:13: error: invalid YAML:")
        assert tab.get_by_role("heading", name="A test explainer").is_visible()  # last good page
        edit(source, EXPLAINER.replace("A test explainer", "Fixed and back"))
        tab.get_by_role("heading", name="Fixed and back").wait_for()
        assert tab.locator(OVERLAY).count() == 0


def test_a_site_broken_from_the_start_appears_once_fixed(make_site, tab: Any) -> None:
    content = make_site({"explainers/test.md": BROKEN})
    with serving(content) as served:
        tab.goto(served.url + "explainers/test/")
        tab.locator(OVERLAY).wait_for()
        edit(content / "explainers/test.md", EXPLAINER)
        tab.get_by_role("heading", name="A test explainer").wait_for()
        assert tab.locator(OVERLAY).count() == 0


def test_the_built_files_never_hold_the_script(make_site, tab: Any, tmp_path: Path) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    with serving(make_site(), temp=temp) as served:
        tab.goto(served.url + "explainers/test/")
        assert tab.locator('script[src="/__explainer/live.js"]').count() == 1
        [folder] = temp.glob("explainer-serve-*")
        page = folder / "explainers/test/index.html"
        assert "A test explainer" in page.read_text() and "__explainer" not in page.read_text()
    assert not folder.exists()  # removed when serve stops
