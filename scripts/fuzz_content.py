"""A long fuzz of the content loaders, outside the test suite (which runs a few hundred cases).

    .venv/bin/python scripts/fuzz_content.py 20000

Runs N generated cases of each kind (front matter, site.yml, mutations of a valid file, deep
nesting) through the loaders of explainer.content.loader and counts crashes: any exception, or a
problem reported outside its file. Prints one line per kind and the total.
"""

from __future__ import annotations

import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from hypothesis import Phase, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from explainer.content.loader import load_config, load_explainer, load_term
from tests.test_hostile_content import (
    GOOD,
    assert_located,
    mutate,
    mutation,
    nesting,
    yaml_text,
)

COUNTS = {"runs": 0, "crashes": 0}
FOLDER = Path(tempfile.mkdtemp())


def run(check: Callable[..., None], *args: object) -> None:
    COUNTS["runs"] += 1
    try:
        check(*args)
    except BaseException:  # counted; the first few printed
        COUNTS["crashes"] += 1
        if COUNTS["crashes"] <= 3:
            traceback.print_exc()


def kinds(n: int) -> list[Callable[[], None]]:
    many = settings(max_examples=n, deadline=None, database=None, phases=[Phase.generate])

    @many
    @given(front=yaml_text)
    def front_matter(front: str) -> None:
        run(assert_located, load_explainer, FOLDER, f"---\n{front}\n---\nBody\n")
        run(assert_located, load_term, FOLDER, f"---\n{front}\n---\nBody\n")

    @many
    @given(text=yaml_text)
    def site_yml(text: str) -> None:
        run(assert_located, load_config, FOLDER, text, "site.yml")

    @many
    @given(edits=mutation)
    def mutations(edits: list[tuple[int, int, str]]) -> None:
        run(assert_located, load_explainer, FOLDER, mutate(GOOD, edits))

    @many
    @given(prefix=nesting, tail=yaml_text)
    def deep_nesting(prefix: str, tail: str) -> None:
        run(assert_located, load_explainer, FOLDER, f"---\ntitle: {prefix}{tail}\n---\n")
        run(assert_located, load_config, FOLDER, f"title: {prefix}{tail}\n", "site.yml")

    return [front_matter, site_yml, mutations, deep_nesting]


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    for kind in kinds(n):
        runs, crashes, started = COUNTS["runs"], COUNTS["crashes"], time.perf_counter()
        kind()
        print(f"{kind.__name__}: {COUNTS['runs'] - runs:,} runs, "
              f"{COUNTS['crashes'] - crashes} crashes, {time.perf_counter() - started:.0f} s")
    print(f"total: {COUNTS['runs']:,} runs, {COUNTS['crashes']} crashes")
    return 1 if COUNTS["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main())
