"""Fixtures for the browser tests: the built seed site, a local server, and Debian's Chromium.

Playwright drives the system Chromium (``$CHROMIUM_PATH``, else ``chromium`` on PATH, else
``/usr/bin/chromium``; see ``scripts/install_browser.sh``); ``playwright install`` is never needed.
Without Chromium or Playwright the tests are skipped, except when ``CI`` is set: there they fail,
so that CI cannot pass by skipping them.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CONTENT = PROJECT_ROOT / "content"
PACKED_CONTENT = PROJECT_ROOT / "tests" / "fixtures" / "packed" / "content"
E2E_DIR = Path(__file__).resolve().parent

# Flags from the tested recipe: --no-sandbox is needed as root; the rest keep Chromium quiet and
# off the network (no component updates, no sync, no background requests).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DEFAULT_TIMEOUT_MS = 15_000


def unavailable(reason: str, fix: str = "run `bash scripts/install_browser.sh`") -> NoReturn:
    """Skip the test because a tool is missing, or fail it when running in CI."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; {fix} (CI is set, so the browser tests may not be skipped)",
                    pytrace=False)
    pytest.skip(f"{reason}; {fix} to run the browser tests")


def chromium_path() -> str:
    """The Chromium binary to use: $CHROMIUM_PATH, else `chromium` on PATH, else Debian's."""
    return (os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
            or "/usr/bin/chromium")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test under tests/e2e as a browser test (select or deselect with -m browser)."""
    for item in items:
        if item.path.resolve().is_relative_to(E2E_DIR):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """content/ built once per session into a temporary folder."""
    out = tmp_path_factory.mktemp("e2e") / "site"
    result = build(SiteSpec(CONTENT), out)
    problems = "\n".join(d.format() for d in result.diagnostics)
    assert result.ok, f"building {CONTENT} failed:\n{problems}"
    return out


@pytest.fixture(scope="session")
def packed_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tests/fixtures/packed built once per session: many glossary terms in short paragraphs."""
    out = tmp_path_factory.mktemp("e2e-packed") / "site"
    result = build(SiteSpec(PACKED_CONTENT), out)
    problems = "\n".join(d.format() for d in result.diagnostics)
    assert result.ok, f"building {PACKED_CONTENT} failed:\n{problems}"
    return out


@pytest.fixture(scope="session")
def packed_url(packed_dir: Path) -> Iterator[str]:
    """The packed fixture site served on a free loopback port, like ``base_url``."""
    yield from serve(packed_dir)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    """A browser closing a connection mid-answer is not a failure worth a traceback."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    """The built site served on a free loopback port, e.g. ``http://127.0.0.1:41234/``."""
    yield from serve(site_dir)


def serve(site_dir: Path) -> Iterator[str]:
    """Serve a folder on a free loopback port until the generator is closed."""
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="e2e-http", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Debian Chromium for the whole session, driven by Playwright."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright is not installed", "run `pip install -e '.[test]'`")
    executable = chromium_path()
    if not (os.path.isfile(executable) and os.access(executable, os.X_OK)):
        unavailable(f"Chromium is not installed (no executable at {executable})")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def new_page(browser: Any, base_url: str) -> Iterator[Callable[..., Any]]:
    """A factory of pages, each in its own fresh context; relative URLs resolve to the site.

    ``new_page(width=360, color_scheme="dark", javascript=False)`` returns a page that has not
    navigated yet, so a test can listen to its events before calling ``page.goto(...)``.
    """
    contexts: list[Any] = []

    def make(*, width: int = 1280, height: int = 900, color_scheme: str = "light",
             javascript: bool = True) -> Any:
        context = browser.new_context(
            base_url=base_url,
            viewport={"width": width, "height": height},
            color_scheme=color_scheme,
            java_script_enabled=javascript,
        )
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def axe() -> Any:
    """axe-core, through axe-playwright-python (bundles its own axe.min.js: no network)."""
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:
        unavailable("axe-playwright-python is not installed", "run `pip install -e '.[test]'`")
    return Axe()
