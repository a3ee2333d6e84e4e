"""Screenshots for the README: four kinds of page, 375 and 1280 px wide, light and dark.

    .venv/bin/python scripts/screenshots.py        # writes docs/<page>-<width>-<scheme>.png

Builds content/ (with its search index) into a temporary folder, serves it, and photographs the
top of the seed explainer, the front page, a glossary term and a search for "Resolution 2254" in
Debian's Chromium (the browser the tests use).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explainer.core.spec import SiteSpec  # noqa: E402
from explainer.pipeline.builder import build  # noqa: E402
from tests.e2e.conftest import CHROMIUM_ARGS, chromium_path, serve  # noqa: E402

PAGES = {
    "explainer": "explainers/us-says-it-will-not-normalise-relations-with-syrias-assad/",
    "front": "",
    "term": "glossary/unscr-2254/",
    "search": "search/?q=Resolution+2254",
}
SHOTS = [(375, 812), (1280, 900)]


def main() -> None:
    from playwright.sync_api import sync_playwright
    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        result = build(SiteSpec(ROOT / "content"), site)
        if not result.ok:
            raise SystemExit("\n".join(d.format() for d in result.diagnostics))
        server = serve(site)
        base = next(server)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(),
                                                 args=CHROMIUM_ARGS)
            for name, path in PAGES.items():
                for width, height in SHOTS:
                    for scheme in ("light", "dark"):
                        shoot(browser, base + path, docs / f"{name}-{width}-{scheme}.png",
                              (width, height), scheme)
            browser.close()
        server.close()


def shoot(browser, address: str, target: Path, size: tuple[int, int], scheme: str) -> None:
    """One screenshot of the top of a page, once its fonts and search results are in."""
    context = browser.new_context(viewport={"width": size[0], "height": size[1]},
                                  color_scheme=scheme, device_scale_factor=1)
    page = context.new_page()
    page.goto(address, wait_until="networkidle")
    page.evaluate("document.fonts.ready.then(() => true)")
    if "?q=" in address:
        page.wait_for_selector(".search-result", timeout=10_000)
    page.screenshot(path=str(target))
    print(f"wrote {target.relative_to(ROOT)}")
    context.close()


if __name__ == "__main__":
    main()
