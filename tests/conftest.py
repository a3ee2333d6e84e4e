"""Shared fixtures: small sites written by the tests themselves."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.outputs import run

ROOT = Path(__file__).resolve().parent.parent

SITE_YML = "title: Test site\n"

TERM_ARAB_LEAGUE = """\
---
term: Arab League
aliases: [League of Arab States]
summary: A regional organisation of Arab states.
kind: organisation
as_of: 2026-11-28
sources:
  - {title: Arab League, url: "https://en.wikipedia.org/wiki/Arab_League"}
---
The Arab League was founded in Cairo in 1945.
"""

EXPLAINER = """\
---
title: "A test explainer"
summary: "What happened, in one line."
date: 2023-05-05
tags: [syria]
---
Syria was suspended from the Arab League in 2011.
"""


def write_files(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write a folder of files; text is dedented, bytes are written as they are."""
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(textwrap.dedent(data), encoding="utf-8")
    return root


@pytest.fixture
def make_site(tmp_path: Path):
    """Write a content folder: site.yml, one term and one explainer unless replaced."""

    def make(files: dict[str, str | bytes] | None = None, base: bool = True) -> Path:
        content = tmp_path / "content"
        defaults = {"site.yml": SITE_YML, "glossary/arab-league.md": TERM_ARAB_LEAGUE,
                    "explainers/test.md": EXPLAINER} if base else {}
        return write_files(content, {**defaults, **(files or {})})

    return make


@pytest.fixture
def built(make_site, tmp_path, capsys):
    """A content folder and its output folder, built once."""
    content, out = make_site(), tmp_path / "out"
    assert run(content, out) == 0
    capsys.readouterr()
    return content, out
