"""The README stays true: every front-matter key and every command is documented."""

from pathlib import Path

import pytest

from explainer.commands.cli import COMMANDS
from explainer.content.loader import EXPLAINER_SCHEMA, SITE_SCHEMA, TERM_SCHEMA

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("key", sorted({*EXPLAINER_SCHEMA, *TERM_SCHEMA, *SITE_SCHEMA}))
def test_every_front_matter_key_is_documented(key):
    assert f"| `{key}` |" in README


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_documented(command):
    assert f"python build.py {command}" in README or f"[{command}]" in README


def test_quick_start_is_two_make_commands():
    assert "make site" in README and "make test" in README
