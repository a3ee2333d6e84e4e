"""libyaml's fast path (yamlguard.compose): on valid front matter it gives the guarded loader's
nodes, values and positions; anything a guard looks at goes through the guarded loader."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.content import yamlguard
from explainer.content.yamlguard import GuardedLoader, LimitError, compose, scan

ROOT = Path(__file__).resolve().parent.parent
needs_libyaml = pytest.mark.skipif(yamlguard.C_LOADER is None,
                                   reason="PyYAML was built without libyaml")

VALID = [
    "title: \"Syria: what the Arab League vote means\"\nsummary: A short guide.\n"
    "date: 2023-05-05\ntags: [syria, diplomacy]\nsource: {name: Al Jazeera}\n",
    "term: Caesar Act\naliases:\n  - Caesar Syria Civilian Protection Act\n  - Caesar law\n"
    "summary: >-\n  A US law of sanctions\n  on Syria.\nkind: document\nas_of: 2025-06-15\n"
    "sources:\n- {title: 'It''s the text', url: \"https://example.org/caesar\"}\n",
    "title: É 😀 [x]\nsummary: |\n  Two lines\n  of text\ndraft: true\ncount: 12\n"
    "seen: {arab-league: 2025-03-04}\nempty:\nnull_value: ~\n",
    "title: Windows\r\nsummary: line endings\r\ntags: [a,\r\n  b]\r\n",
    "# only a comment\n",
]
# Each is something a guard, or a difference between libyaml and PyYAML, looks at
SLOW = {
    "an alias": "a: &x [1]\nb: *x\n",
    "a tag": "title: !!str 2023\n",
    "a local tag": "title: !local x\n",
    "a directive": "%YAML 1.1\n---\ntitle: x\n",
    "deep nesting": "a: " + "[" * 17 + "]" * 17 + "\n",
    "an escape for a control character": 'title: "\\e[31m"\n',
    "a tab in a plain value": "title: a\tb\n",
    "a comment right after '|'": "summary: |#\n  x\n",
    "a '?' in a plain value in brackets": "tags: [what?]\n",
    "an empty value in braces": "source: {name: }\n",
    "no line break at the end": "title: x",
    "a syntax error": "title: [x\n",
}


def tree(node: yaml.Node | None) -> object:
    """Everything the build reads from a node: kind, tag, style, value, start and end marks."""
    if node is None:
        return None
    marks = tuple((mark.line, mark.column, mark.index)
                  for mark in (node.start_mark, node.end_mark))
    head = (type(node).__name__, node.tag, getattr(node, "style", None), marks)
    if isinstance(node, yaml.ScalarNode):
        return (*head, node.value)
    if isinstance(node, yaml.SequenceNode):
        return (*head, [tree(item) for item in node.value])
    return (*head, [(tree(key), tree(value)) for key, value in node.value])


def guarded(text: str) -> tuple[yaml.Node | None, GuardedLoader]:
    loader = GuardedLoader(text)
    return loader.get_single_node(), loader


def seed_front_matter() -> list[str]:
    texts = []
    for path in sorted((ROOT / "content").rglob("*.md")):
        lines = path.read_text(encoding="utf-8").split("\n")
        end = lines.index("---", 1)
        texts.append("\n".join(lines[1:end]) + "\n")
    return texts


@needs_libyaml
@pytest.mark.parametrize("text", VALID + seed_front_matter())
def test_fast_path_gives_the_guarded_nodes(text):
    assert yamlguard._compose_fast(text) is not yamlguard._GUARDED
    assert tree(compose(text)[0]) == tree(guarded(text)[0])


@needs_libyaml
@pytest.mark.parametrize("text", VALID + seed_front_matter())
def test_fast_path_gives_the_guarded_values(text):
    (fast, fast_loader), (slow, slow_loader) = compose(text), guarded(text)
    fast_value = fast and fast_loader.construct_object(fast, deep=True)
    assert fast_value == (slow and slow_loader.construct_object(slow, deep=True))


def test_fast_path_keeps_long_numbers_as_text():
    node, loader = compose(f"count: {'9' * 5000}\n")
    assert loader.construct_object(node, deep=True) == {"count": "9" * 5000}


@pytest.mark.parametrize("text", SLOW.values(), ids=SLOW.keys())
def test_what_a_guard_looks_at_goes_the_guarded_way(text):
    assert yamlguard._compose_fast(text) is yamlguard._GUARDED


@pytest.mark.parametrize("text", [SLOW["an alias"], "a: " + "[" * 21 + "]" * 21 + "\n",
                                  SLOW["an escape for a control character"]])
def test_guards_still_fire(text):
    with pytest.raises(LimitError):
        compose(text)


def test_tags_are_still_recorded():
    _, loader = compose(SLOW["a tag"])
    assert list(loader.tagged.values()) == ["tag:yaml.org,2002:str"]


def test_without_libyaml_the_guarded_loader_composes(monkeypatch):
    monkeypatch.setattr(yamlguard, "C_LOADER", None)
    node, loader = compose(VALID[0])
    assert loader.construct_object(node, deep=True)["tags"] == ["syria", "diplomacy"]


PIECES = [*":-?[]{},#&*!|>'\"%@`\\ \t\n", "\r\n", "a", "1", "é", "😀", "title", "2023-05-05",
          "  ", "- ", "\n  ", "\n- ", ": ", "? ", "'it''s'", '"\\x41"', "|-\n  x\n", "~", "yes"]


@needs_libyaml
@settings(max_examples=400, deadline=None)
@given(st.sampled_from(VALID[:3]), st.lists(st.tuples(st.integers(0, 200), st.integers(0, 3),
                                                      st.sampled_from(PIECES)), max_size=6))
def test_whatever_the_fast_path_keeps_is_what_the_guarded_loader_makes(text, edits):
    for at, length, piece in edits:
        text = text[:at] + piece + text[at + length:]
    if scan(text, "the file") or yamlguard._compose_fast(text) is yamlguard._GUARDED:
        return
    assert tree(compose(text)[0]) == tree(guarded(text)[0])
