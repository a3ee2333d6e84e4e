"""Screenshots of the seed explainer for the README: 375 and 1280 px wide, light and dark.

    .venv/bin/python scripts/screenshots.py        # writes docs/explainer-<width>-<scheme>.png

Builds content/ into a temporary folder, serves it, and photographs the top of the explainer
in Debian's Chromium (the browser the tests use).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explainer.builder import build  # noqa: E402
from tests.e2e.conftest import CHROMIUM_ARGS, chromium_path, serve  # noqa: E402

PAGE = "explainers/us-says-it-will-not-normalise-relations-with-syrias-assad/"
SHOTS = [(375, 812), (1280, 900)]


def main() -> None:
    from playwright.sync_api import sync_playwright
    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        result = build(ROOT / "content", site, search=False)
        if not result.ok:
            raise SystemExit("\n".join(d.format() for d in result.diagnostics))
        server = serve(site)
        base = next(server)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(),
                                                 args=CHROMIUM_ARGS)
            for width, height in SHOTS:
                for scheme in ("light", "dark"):
                    context = browser.new_context(viewport={"width": width, "height": height},
                                                  color_scheme=scheme, device_scale_factor=1)
                    page = context.new_page()
                    page.goto(base + PAGE, wait_until="networkidle")
                    target = docs / f"explainer-{width}-{scheme}.png"
                    page.screenshot(path=str(target))
                    print(f"wrote {target.relative_to(ROOT)}")
                    context.close()
            browser.close()
        server.close()


if __name__ == "__main__":
    main()
