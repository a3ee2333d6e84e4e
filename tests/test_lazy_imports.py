"""The importer's libraries (trafilatura, htmldate, lxml's HTML parser...) load only for
`import`, and for a web page: other commands start without them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("trafilatura", "htmldate", "courlan", "justext", "lxml.html")
PROBE = """
import sys
from explainer.commands.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print("loaded:" + ",".join(name for name in {heavy!r} if name in sys.modules))
"""


def loaded(*argv: str, cwd: Path = ROOT) -> list[str]:
    """The heavy modules loaded after cli.main(argv), in a new interpreter."""
    run = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), *argv], cwd=cwd,
                         capture_output=True, text=True, check=True)
    last = run.stdout.rpartition("loaded:")[2].strip()
    return [name for name in last.split(",") if name]


def test_help_loads_no_importer_library():
    assert loaded("--help") == []


def test_check_loads_no_importer_library():
    assert loaded("check", "--content", str(ROOT / "content")) == []


def test_importing_a_text_file_loads_no_html_library(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text("The headline\n\nBy A Writer\n\nThe first paragraph.\n", encoding="utf-8")
    assert loaded("import", str(article), "--dry-run", "--date", "2024-01-01", "-q") == []
