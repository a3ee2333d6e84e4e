"""Helpers for the output-folder tests: a build through the command line, a folder's files,
and the OSError the system would raise."""

from __future__ import annotations

import os
from pathlib import Path

from explainer.commands.cli import main

PAGE = "explainers/test/index.html"
def run(content: Path, out: Path) -> int:
    return main(["build", "--no-search", "--no-cache", "--content", str(content), "--output",
                 str(out)])  # the swap alone: nothing beside the output but its copies


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def fail(code: int, filename: str | None = None) -> OSError:
    return OSError(code, os.strerror(code), filename)
