"""Every built page is valid HTML by the W3C Nu HTML checker (vnu).

vnu is the npm package ``vnu-jar`` in ``.tools/node_modules`` and runs on Java; both are installed
by ``scripts/install_web_tools.sh``. It is run once over all the pages, since most of its time
is the JVM starting. Without Java or vnu.jar the tests are skipped, except when ``CI`` is set.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build
from tests.e2e.conftest import CONTENT, PROJECT_ROOT, unavailable

VNU_JAR = PROJECT_ROOT / ".tools" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
INSTALL = "run `bash scripts/install_web_tools.sh`"
# A build with a base_url adds canonical and og:url links, and root-relative links on 404.html.
BASE_URL = "https://example.github.io/repo/"


def vnu(files: list[Path]) -> list[dict[str, Any]]:
    """vnu's error messages about the given HTML files (one JVM for all of them)."""
    java = shutil.which("java")
    if java is None:
        unavailable("Java is not installed (no `java` on the PATH)", INSTALL)
    if not VNU_JAR.is_file():
        where = VNU_JAR.relative_to(PROJECT_ROOT)
        unavailable(f"the Nu HTML checker is not installed (no {where})", INSTALL)
    command = [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--stdout",
               *map(str, files)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    try:
        messages = json.loads(result.stdout)["messages"]
    except (ValueError, KeyError):
        pytest.fail(f"vnu exited with {result.returncode} without a JSON report:\n"
                    f"{result.stdout[-2000:]}\n{result.stderr[-2000:]}", pytrace=False)
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    # vnu exits 1 when it reports an error; any other disagreement is a broken run.
    assert (result.returncode != 0) == bool(errors), (result.returncode, result.stderr[-2000:])
    return errors


def describe(errors: list[dict[str, Any]], roots: dict[Path, str]) -> str:
    """One line per error, ``file:line: message``, with the file relative to its site folder."""
    lines = []
    for error in errors:
        where = error.get("url", "").removeprefix("file:")
        for root, label in roots.items():
            if where.startswith(f"{root}/"):
                where = label + where[len(str(root)):]
                break
        line = error.get("lastLine", error.get("firstLine", "?"))
        extract = " ".join(error.get("extract", "").split())
        lines.append(f"{where}:{line}: {error.get('message', '')}"
                     + (f"\n    {extract}" if extract else ""))
    return "\n".join(lines)


@pytest.fixture(scope="module")
def based_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """content/ built with a base_url (as the Pages workflow builds it), without search."""
    out = tmp_path_factory.mktemp("vnu") / "site"
    result = build(SiteSpec(CONTENT, base_url=BASE_URL), out, search=False)
    assert result.ok, "\n".join(d.format() for d in result.diagnostics)
    return out


def test_every_built_page_is_valid_html(site_dir: Path, based_site: Path) -> None:
    roots = {site_dir: "site", based_site: "site-with-base-url"}
    pages = sorted(p for root in roots for p in root.rglob("*.html"))
    names = {p.relative_to(site_dir).as_posix() for p in pages if p.is_relative_to(site_dir)}
    # vnu says nothing about a file it did not get: make sure the pages are all there.
    assert {"index.html", "404.html", "glossary/index.html", "glossary/arab-league/index.html",
            "explainers/us-says-it-will-not-normalise-relations-with-syrias-assad/index.html",
            "search/index.html", "tags/index.html"} <= names, sorted(names)
    errors = vnu(pages)
    assert not errors, (f"the Nu HTML checker found {len(errors)} error(s) in "
                        f"{len(pages)} pages:\n{describe(errors, roots)}")


def test_vnu_reports_a_planted_error_at_its_line(tmp_path: Path) -> None:
    page = tmp_path / "bad.html"
    page.write_text('<!doctype html>\n<html lang="en">\n<title>Bad</title>\n'
                    "<p>A paragraph <div>with a block inside</div></p>\n", encoding="utf-8")
    errors = vnu([page])
    report = describe(errors, {tmp_path: "tmp"})
    assert "tmp/bad.html:4: No “p” element in scope but a “p” end tag seen." in report, report
