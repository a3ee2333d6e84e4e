"""Lighthouse scores of the built site: performance, accessibility, best practices and SEO.

    .venv/bin/python scripts/lighthouse.py                  # builds content/, audits 3 pages
    .venv/bin/python scripts/lighthouse.py --site output    # audits a folder already built
    .venv/bin/python scripts/lighthouse.py --base-url https://name.github.io/repo/
    .venv/bin/python scripts/lighthouse.py --page tags/ --save lh-reports

Serves the site on a free loopback port (``http.server`` in a thread; with ``--base-url`` under
that address's path, as GitHub Pages serves a project site), runs Lighthouse 12.2.3 from
``.tools/node_modules`` (``npx --prefix .tools lighthouse``; ``scripts/install_web_tools.sh``
installs it) in Debian's headless Chromium with the default mobile preset and simulated
throttling, one page after the other, and prints the four scores of each page. Under a score
below its target it lists the audits that cost points. Exits 0 when every score meets its
target, 1 when one does not, and 2 when a tool is missing or Lighthouse fails.

tests/e2e/test_lighthouse.py runs it on the same three pages and holds the same targets.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT / ".tools"
LIGHTHOUSE_CLI = TOOLS / "node_modules" / "lighthouse" / "cli" / "index.js"

# The home page, the seed explainer and a glossary term, as site URLs.
PAGES = (
    "",
    "explainers/us-says-it-will-not-normalise-relations-with-syrias-assad/",
    "glossary/arab-league/",
)
# Lighthouse's category ids and the lowest score (0-100) each may have.
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
SHORT = {"performance": "perf", "accessibility": "a11y", "best-practices": "best", "seo": "seo"}
# --no-sandbox is needed as root; the rest keep Chromium quiet and off the network.
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
                "--disable-background-networking --disable-component-update --disable-sync")
TIMEOUT_S = 120


class LighthouseError(RuntimeError):
    """Lighthouse could not audit a page (Chromium did not start, the page did not load...)."""


@dataclass
class PageResult:
    page: str  # the site URL, "" for the home page
    url: str  # the address Lighthouse audited
    scores: dict[str, int]  # category id -> 0-100
    lost: dict[str, list[str]] = field(default_factory=dict)  # category id -> audits, in words
    seconds: float = 0.0

    def below(self, targets: dict[str, int] = TARGETS) -> dict[str, int]:
        """The categories whose score is under its target, with the score."""
        return {c: self.scores.get(c, 0) for c, t in targets.items() if self.scores.get(c, 0) < t}


def chromium_path() -> str:
    """The Chromium binary: $CHROMIUM_PATH, else `chromium` on PATH, else Debian's."""
    return (os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
            or "/usr/bin/chromium")


def missing_tools() -> tuple[str, str] | None:
    """What is missing to run Lighthouse here and how to install it; None when nothing is."""
    if shutil.which("npx") is None or shutil.which("node") is None:
        return "Node.js (node and npx) is not installed", "install Node.js 18 or newer with npm"
    if not LIGHTHOUSE_CLI.is_file():
        return (f"Lighthouse is not installed (no {LIGHTHOUSE_CLI.relative_to(ROOT)})",
                "run `bash scripts/install_web_tools.sh`")
    chromium = chromium_path()
    if not (os.path.isfile(chromium) and os.access(chromium, os.X_OK)):
        return (f"Chromium is not installed (no executable at {chromium})",
                "run `bash scripts/install_browser.sh`")
    return None


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve a folder on a free loopback port; yields ``http://127.0.0.1:PORT/``."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="lighthouse-http", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def run_lighthouse(url: str) -> dict[str, Any]:
    """Lighthouse's JSON report (the "LHR") on one page; a second try if the first fails."""
    command = [
        "npx", "--no", "--prefix", str(TOOLS), "lighthouse", url,
        f"--chrome-flags={CHROME_FLAGS}", "--output=json", "--output-path=stdout", "--quiet",
        f"--only-categories={','.join(TARGETS)}",
    ]
    env = {**os.environ, "CHROME_PATH": chromium_path()}
    problem = ""
    for _ in range(2):
        try:
            result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT,
                                    timeout=TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired:
            problem = f"Lighthouse took more than {TIMEOUT_S} s on {url}"
            continue
        try:
            report = json.loads(result.stdout)
        except ValueError:
            tail = "\n".join(result.stderr.strip().splitlines()[-15:])
            problem = f"Lighthouse exited with {result.returncode} on {url}:\n{tail}"
            continue
        error = report.get("runtimeError")
        if error:
            problem = (f"Lighthouse could not audit {url}: "
                       f"{error.get('code')}: {error.get('message')}")
            continue
        return report
    raise LighthouseError(problem)


def _item(item: dict[str, Any]) -> str:
    """One row of an audit's details, in a few words."""
    def part(key: str) -> dict[str, Any]:
        value = item.get(key)
        return value if isinstance(value, dict) else {}

    node = part("node")
    text = (node.get("snippet") or item.get("url") or part("sourceLocation").get("url")
            or part("source").get("url") or item.get("description") or node.get("selector")
            or "")
    description = item.get("description")
    if description and text != description:
        text = f"{text} ({description})"
    text = " ".join(str(text).split())
    return text if len(text) <= 160 else text[:157] + "..."


def _audit_line(report: dict[str, Any], audit_id: str) -> str:
    audit = report["audits"][audit_id]
    line = f"{audit_id}: {audit.get('title', '')}"
    if audit.get("displayValue"):
        line += f" ({audit['displayValue']})"
    items = (audit.get("details") or {}).get("items") or []
    shown = [text for text in (_item(i) for i in items[:3] if isinstance(i, dict)) if text]
    if shown:
        line += "".join(f"\n      {text}" for text in shown)
        if len(items) > 3:
            line += f"\n      ... and {len(items) - 3} more"
    return line


def lost_points(report: dict[str, Any], category: str) -> list[str]:
    """The audits that cost a category points: weighted ones that did not pass, and for
    performance also the opportunities and diagnostics that flag a problem."""
    lines = []
    refs = report["categories"][category]["auditRefs"]
    for ref in refs:
        audit = report["audits"][ref["id"]]
        score = audit.get("score")
        if score is None or audit.get("scoreDisplayMode") in ("manual", "notApplicable",
                                                              "informative"):
            continue
        weighted = ref.get("weight", 0) > 0
        if (weighted and score < 1) or (category == "performance" and not weighted
                                        and score < 0.9):
            lines.append(_audit_line(report, ref["id"]))
    return lines


def summarize(page: str, url: str, report: dict[str, Any], seconds: float) -> PageResult:
    scores = {c: round((report["categories"][c]["score"] or 0) * 100)
              for c in TARGETS if c in report["categories"]}
    result = PageResult(page=page, url=url, scores=scores, seconds=seconds)
    result.lost = {c: lost_points(report, c) for c in result.below()
                   if c in report["categories"]}
    return result


def audit(site: Path, pages: Sequence[str] = PAGES, prefix: str = "",
          save: Path | None = None) -> list[PageResult]:
    """Serve ``site`` (under ``prefix``, e.g. "repo/") and audit each page, one by one."""
    with contextlib.ExitStack() as stack:
        served = site
        if prefix:
            served = Path(stack.enter_context(tempfile.TemporaryDirectory()))
            (served / prefix).parent.mkdir(parents=True, exist_ok=True)
            (served / prefix.rstrip("/")).symlink_to(site.resolve(), target_is_directory=True)
        base = stack.enter_context(serve(served)) + prefix
        results = []
        for page in pages:
            url = base + page
            start = time.monotonic()
            report = run_lighthouse(url)
            results.append(summarize(page, url, report, time.monotonic() - start))
            if save is not None:
                save.mkdir(parents=True, exist_ok=True)
                name = page.strip("/").replace("/", "_") or "home"
                (save / f"{name}.json").write_text(json.dumps(report, indent=1), "utf-8")
    return results


def table(results: Sequence[PageResult], targets: dict[str, int] = TARGETS,
          details: bool = True) -> str:
    """The scores, one page a line, then (with ``details``) what cost points wherever a score
    is under its target."""
    width = max([len("page")] + [len("/" + r.page) for r in results])
    head = f"{'page':<{width}}  " + "  ".join(f"{SHORT[c]:>4}" for c in targets) + "    time"
    lines = [head, "-" * len(head)]
    for r in results:
        cells = []
        for c, target in targets.items():
            score = r.scores.get(c, 0)
            cells.append(f"{score:>4}" + ("!" if score < target else " "))
        lines.append(f"{'/' + r.page:<{width}}  " + " ".join(cells) + f"  {r.seconds:5.1f}s")
    lines.append("targets: " + ", ".join(f"{c} >= {t}" for c, t in targets.items())
                 + " (! marks a score below target)")
    for r in results if details else ():
        for category, score in r.below(targets).items():
            lines.append(f"\n/{r.page} {category} {score} < {targets[category]}; "
                         "audits that cost points:")
            lines.extend(f"  - {line}" for line in r.lost.get(category) or ["(none listed)"])
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--site", type=Path, help="a built site folder to audit "
                       "(default: build content/ into a temporary folder)")
    where.add_argument("--base-url", help="build content/ with this base_url and serve it "
                       "under its path (e.g. https://name.github.io/repo/ -> /repo/)")
    parser.add_argument("--page", action="append", dest="pages", metavar="URL",
                        help="a site URL to audit, e.g. tags/ (repeatable; default: the home "
                             "page, the seed explainer and glossary/arab-league/)")
    parser.add_argument("--json", type=Path, help="also write the scores to this JSON file")
    parser.add_argument("--save", type=Path, metavar="DIR",
                        help="keep Lighthouse's full JSON report of each page in DIR")
    args = parser.parse_args(argv)

    missing = missing_tools()
    if missing:
        print(f"lighthouse: {missing[0]}; {missing[1]}", file=sys.stderr)
        return 2
    pages = args.pages or list(PAGES)
    with tempfile.TemporaryDirectory() as tmp:
        site, prefix = args.site, ""
        if site is None:
            sys.path.insert(0, str(ROOT))
            from explainer.core.spec import SiteSpec
            from explainer.pipeline.builder import build

            prefix = urlsplit(args.base_url).path.lstrip("/") if args.base_url else ""
            site = Path(tmp) / "site"
            built = build(SiteSpec(ROOT / "content", base_url=args.base_url), site)
            if not built.ok:
                print("\n".join(d.format() for d in built.diagnostics), file=sys.stderr)
                return 2
        elif not (site / "index.html").is_file():
            print(f"lighthouse: {site} has no index.html; build the site first", file=sys.stderr)
            return 2
        try:
            results = audit(site, pages, prefix, args.save)
        except LighthouseError as error:
            print(f"lighthouse: {error}", file=sys.stderr)
            return 2
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n", "utf-8")
    return 1 if any(r.below() for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
