"""Fuzzing the content loaders with Hypothesis: front matter, site.yml, mutations of a valid
file, deep nesting and whole sites. Loading never raises, and every problem points inside its
file (a longer run: scripts/fuzz_content.py)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explainer.content.loader import load_config, load_explainer, load_term
from explainer.core.diagnostics import Diagnostics
from explainer.core.spec import SiteSpec
from explainer.site.gather import gather
from tests.test_hostile_content import GOOD

YAML_SIGNIFICANT = [*":-?[]{},#&*!|>'\"%@`\\ \t\n\r",
    "\x00", "\x1b", "\x7f", "\x85", "\x9b", "\u2028", "\u2029", "\ufeff", "\uffff", "a", "1",
    "é", "title", "summary", "date", "2023-05-05", "!!python/object:os.system", "&a", "*a",
    "<<", "---", "...", "\r\n", "  ", "- "]
FUZZ = settings(max_examples=300, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])
yaml_text = st.lists(st.sampled_from(YAML_SIGNIFICANT), max_size=80).map("".join)
nesting = st.tuples(st.sampled_from(["[", "{", "- ", "{a: ", "[a, ", "? "]),
                    st.integers(0, 3000)).map(lambda pair: pair[0] * pair[1])
mutation = st.lists(st.tuples(st.integers(0, len(GOOD)), st.integers(0, 3),
                              st.sampled_from(YAML_SIGNIFICANT)), max_size=8)


def mutate(text: str, edits: list[tuple[int, int, str]]) -> str:
    """Replace ``length`` characters at each position with the piece."""
    for at, length, piece in edits:
        at = min(at, len(text))
        text = text[:at] + piece + text[at + length:]
    return text


def assert_located(loader, folder: Path, data: str | bytes, name: str = "x.md") -> None:
    """Loading never raises; each problem is an error with a line and column in the file."""
    path = folder / name
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    path.write_bytes(raw)
    diags = Diagnostics()
    loader(path, diags)
    lines = raw.count(b"\n") + 1
    for problem in diags:
        assert 1 <= problem.line <= lines and problem.col >= 1, problem.format()


@FUZZ
@given(front=yaml_text)
def test_fuzz_front_matter(tmp_path, front):
    assert_located(load_explainer, tmp_path, f"---\n{front}\n---\nBody\n")
    assert_located(load_term, tmp_path, f"---\n{front}\n---\nBody\n")


@FUZZ
@given(text=yaml_text)
def test_fuzz_site_yml(tmp_path, text):
    assert_located(load_config, tmp_path, text, "site.yml")


@FUZZ
@given(edits=mutation)
def test_fuzz_mutations_of_a_valid_file(tmp_path, edits):
    assert_located(load_explainer, tmp_path, mutate(GOOD, edits))


@FUZZ
@given(prefix=nesting, tail=yaml_text)
def test_fuzz_deep_nesting(tmp_path, prefix, tail):
    assert_located(load_explainer, tmp_path, f"---\ntitle: {prefix}{tail}\n---\n")
    assert_located(load_config, tmp_path, f"title: {prefix}{tail}\n", "site.yml")


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(front=yaml_text, site=yaml_text)
def test_fuzz_whole_site(make_site, front, site):
    content = make_site({"site.yml": f"title: T\n{site}", "explainers/test.md":
                         f"---\n{front}\n---\nBody\n"})
    diags = Diagnostics()
    gather(SiteSpec(content), diags)
    for problem in diags:
        assert problem.line >= 1 and problem.col >= 1, problem.format()
