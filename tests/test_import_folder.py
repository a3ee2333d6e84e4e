"""A folder import reads its pages in a pool of processes and writes the same files, in the
same order, as one process does."""

from __future__ import annotations

from pathlib import Path

from explainer.commands.cli import main
from tests.test_import_html import page

TITLES = ["Towns agree plan for new river bridge", "Council votes on the ferry",
          "Towns agree plan for new river bridge", "Market hall to reopen in spring"]


def folder_of_pages(root: Path) -> Path:
    folder = root / "pages"
    folder.mkdir()
    for n, title in enumerate(TITLES):
        html = page().replace("Towns agree plan for new river bridge", title)
        (folder / f"page-{n}.html").write_text(html, encoding="utf-8")
    (folder / "broken.html").write_text("<html><body></body></html>", encoding="utf-8")
    return folder


def imported(folder: Path, out: Path, jobs: str, content: Path) -> dict[str, str]:
    main(["import", str(folder), "--output", str(out), "--jobs", jobs, "--content",
          str(content)])
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.glob("*.md"))}


def test_two_processes_write_what_one_writes(make_site, tmp_path, capsys):
    folder, content = folder_of_pages(tmp_path), make_site()
    one = imported(folder, tmp_path / "one", "1", content)
    two = imported(folder, tmp_path / "two", "2", content)
    assert one == two and len(one) == 4
    assert "towns-agree-plan-for-new-river-bridge-2.md" in two  # the same title, in order
    assert capsys.readouterr().err.count("broken.html: error: cannot import") == 2
