"""bench/paired.py's options and tables, without running any build."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

PAIRED = Path(__file__).resolve().parent.parent / "bench" / "paired.py"


@pytest.fixture(scope="module")
def paired():
    spec = importlib.util.spec_from_file_location("bench_paired", PAIRED)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


def test_options_read_sizes_runs_and_the_kept_folder(paired, tmp_path: Path) -> None:
    args = paired.parse_args(["--sizes", "1000,5_000", "--runs", "3", "--skip-install",
                              "--keep", str(tmp_path)])
    assert (args.sizes, args.runs, args.skip_install, args.keep) == ([1000, 5000], 3, True,
                                                                     tmp_path)


def test_options_default_to_1000_explainers_and_5_runs(paired) -> None:
    args = paired.parse_args([])
    assert (args.sizes, args.runs, args.terms, args.skip_install) == ([1000], 5, 300, False)


def test_a_size_that_is_not_a_number_is_refused(paired, capsys) -> None:
    with pytest.raises(SystemExit):
        paired.parse_args(["--sizes", "1000,many"])
    assert "not a list of numbers: '1000,many'" in capsys.readouterr().err


def test_the_table_shows_medians_peaks_and_ratios(paired) -> None:
    sample = paired.Sample
    results = {
        ("Explainer", paired.NO_SEARCH, "cold"): [sample(6.0, 100), sample(2.0, 120),
                                                  sample(4.0, 90)],
        ("Hugo", paired.NO_SEARCH, "cold"): [sample(1.0, 160)],
        ("Pelican", paired.NO_SEARCH, "cold"): [sample(5.0, 58)],
        ("Explainer", paired.NO_SEARCH, "no change"): [sample(0.5, 80)],
    }
    table = paired.format_table(1000, 300, 3, results).splitlines()
    assert table[2] == ("| cold, without search | 4.00 s, 120 MiB | 1.00 s, 160 MiB | "
                        "5.00 s, 58 MiB | 4.00 × | 0.80 × |")
    assert table[3] == "| no change, without search | 0.50 s, 80 MiB | – | – | – | – |"
    assert "Explainer's no-change build without search over Hugo's cold build: 0.50 ×" in table


def test_time_per_explainer_is_compared_between_sizes(paired) -> None:
    key = ("Explainer", paired.NO_SEARCH, "cold")
    by_size = {1000: {key: [paired.Sample(10.0, 1)]}, 5000: {key: [paired.Sample(60.0, 1)]}}
    table = paired.format_scaling(1000, 5000, by_size).splitlines()
    assert table[2] == "| cold, without search | 1.20 × | – | – |"


def test_the_memory_of_a_process_tree_is_summed(paired) -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; print(); time.sleep(5)"],
                             stdout=subprocess.PIPE)
    try:
        child.stdout.readline()  # the child's interpreter has started
        own = paired.tree_rss_kib(child.pid)
        assert paired.tree_rss_kib(os.getpid()) >= own > 1000
    finally:
        child.kill()
        child.wait()
