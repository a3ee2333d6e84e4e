"""The engine's packages read as the pipeline, and imports go one way only: a package imports
from the packages before it in LAYERS, never from one after it. The importer and the dev server
are side branches: each may use the stages, neither uses the other."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "explainer"
LAYERS = ["core", "content", "glossary", "site", "output", "pipeline", "importer", "server",
          "commands"]
BRANCHES = {"importer", "server"}


def _modules() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if path.parent != PACKAGE)


def _imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("explainer."):
            found.append((node.lineno, node.module or ""))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("explainer.")]
    return found


def _wrong_way(own: str, other: str) -> bool:
    if own in BRANCHES and other in BRANCHES:
        return own != other
    return LAYERS.index(other) > LAYERS.index(own)


def test_every_module_is_in_a_stage_package() -> None:
    loose = [path.name for path in PACKAGE.glob("*.py") if path.name != "__init__.py"]
    assert loose == []
    assert {path.name for path in PACKAGE.iterdir()
            if path.is_dir() and path.name != "__pycache__"} == set(LAYERS)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_go_one_way(path: Path) -> None:
    own = path.relative_to(PACKAGE).parts[0]
    wrong = [f"{path.name}:{line}: {name}" for line, name in _imports(path)
             if _wrong_way(own, name.split(".")[1])]
    assert wrong == []


def test_the_rule_catches_an_import_the_wrong_way() -> None:
    assert _wrong_way("content", "site") and _wrong_way("importer", "server")
    assert not _wrong_way("site", "content") and not _wrong_way("commands", "server")


def test_the_readme_lists_every_module_where_it_is() -> None:
    readme = (PACKAGE.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Project layout"):readme.index("## Speed")]
    listed, package = set(), ""
    for line in section.splitlines():
        if m := re.match(r"  (\w+)/ ", line):
            package = m.group(1)
        elif m := re.match(r"    (\w+\.py) ", line):
            listed.add(f"{package}/{m.group(1)}")
    present = {str(path.relative_to(PACKAGE)) for path in _modules()
               if path.name != "__init__.py" and path.parent.name != "importer"}
    assert present == listed
