"""Benchmark: what the glossary costs a build, and how matching scales.

    python bench/benchmark.py [--explainers 1000] [--terms 1000] [--repeat 3]

1. Builds a generated site (``bench/sitegen.py``) of N explainers and M terms with the
   glossary on (``link: first``, boxes) and off (``link: none, boxes: false``), as a user
   does (``python build.py --content SITE --output OUT``, a new process each time, writing
   the output), alternating the two, and prints the median and best wall time of each and
   the overhead of the glossary.
2. Times the matcher alone on the same text with 100, 1,000 and 5,000 terms, and on texts of
   1x, 2x and 4x the length: matching time should follow the text, not the number of terms.

3. Runs ``bench/reload.py``: ``serve`` on a generated site of N explainers, one explainer
   edited 20 times, and the time from each save to the page reloaded with the edit.

``--only instructions`` counts the instructions of the two builds of part 1 instead, under
valgrind's callgrind: slow, but the same on every run, where wall and CPU times on a shared
machine drift by more than the difference being measured.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import sitegen

from explainer.glossary.matcher import Matcher

OFF = "glossary: {link: none, boxes: false}"


def timed_build(content: Path) -> tuple[float, float, int]:
    """One whole build in a new process: wall time, CPU time (user + system) and the number
    of files written. CPU time is steadier than wall time on a shared machine."""
    out = content.parent / f"{content.name}-output"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "build.py"), "--content", str(content),
                    "--output", str(out), "-q"], check=True, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu, sum(1 for p in out.rglob("*") if p.is_file())


def build_overhead(explainers: int, terms: int, repeat: int) -> None:
    """Builds with the glossary off and on, alternating so that drift hits both alike."""
    with tempfile.TemporaryDirectory() as tmp:
        on = sitegen.write_site(Path(tmp) / "on", explainers, terms)
        off = sitegen.write_site(Path(tmp) / "off", explainers, terms, glossary=OFF)
        timed_build(off)  # warm the file cache
        times: dict[tuple[str, str], list[float]] = {}
        for _ in range(repeat):
            for name, content in (("off", off), ("on", on)):
                wall, cpu, files = timed_build(content)
                times.setdefault((name, "wall"), []).append(wall)
                times.setdefault((name, "cpu"), []).append(cpu)
    print(f"Build of {explainers:,} explainers and {terms:,} terms ({files:,} files), "
          f"{repeat} runs each (python build.py, a new process each time):")
    print("                   wall median   wall best   CPU median   CPU best")
    for name in ("off", "on"):
        cells = [pick(times[(name, kind)]) for kind in ("wall", "cpu")
                 for pick in (statistics.median, min)]
        print(f"  glossary {name:<4}  " + "".join(f"{c:10.2f} s " for c in cells))
    cells = []
    for kind in ("wall", "cpu"):
        for pick in (statistics.median, min):
            t_on, t_off = pick(times[("on", kind)]), pick(times[("off", kind)])
            cells.append(100 * (t_on - t_off) / t_off)
    print("  overhead       " + "".join(f"{c:+10.1f} % " for c in cells) + "  (goal: +10 %)")


def counted_build(content: Path, out: Path) -> subprocess.Popen[bytes]:
    """A whole build under callgrind, which counts the instructions it runs."""
    return subprocess.Popen(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable,
         str(ROOT / "build.py"), "--content", str(content), "--output", f"{content}-output",
         "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONHASHSEED": "0"})


def instruction_overhead(explainers: int, terms: int) -> None:
    """The same two builds counted in instructions: one run each, the same every time, and
    untouched by a shared machine's drift (about 50 times slower than a normal run)."""
    if not shutil.which("valgrind"):
        print("Instruction counts need valgrind (apt-get install valgrind): skipped.")
        return
    with tempfile.TemporaryDirectory() as tmp:
        sites = {"off": sitegen.write_site(Path(tmp) / "off", explainers, terms, glossary=OFF),
                 "on": sitegen.write_site(Path(tmp) / "on", explainers, terms)}
        runs = {name: counted_build(site, Path(tmp) / f"{name}.out")
                for name, site in sites.items()}
        counts = {}
        for name, run in runs.items():
            run.wait()
            summary = re.search(r"^summary: (\d+)", (Path(tmp) / f"{name}.out").read_text(),
                                re.MULTILINE)
            counts[name] = int(summary.group(1)) if summary else 0
    print(f"Build of {explainers:,} explainers and {terms:,} terms, in instructions "
          "(valgrind --tool=callgrind):")
    for name in ("off", "on"):
        print(f"  glossary {name:<4} {counts[name] / 1e9:7.2f} G")
    if counts["off"]:
        print(f"  overhead      {100 * (counts['on'] - counts['off']) / counts['off']:+7.1f} %"
              "   (goal: +10 %)")


def sample_text(words: int, names: list[str], rng: random.Random) -> str:
    out = []
    for index in range(words):
        out.append(rng.choice(names) if index % 40 == 0 else rng.choice(sitegen.FILLER))
    return " ".join(out)


def time_matching(matcher: Matcher, text: str, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        for _found in matcher.finditer(text):
            pass
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def matching_scaling() -> None:
    rng = random.Random(11)
    all_names = sitegen.term_names(5000, rng)
    text = sample_text(100_000, [n for n, _ in all_names[:100]], rng)
    print(f"Matching alone, on {len(text) / 1024:,.0f} KiB of text (median of 5):")
    for count in (100, 1000, 5000):
        started = time.perf_counter()
        matcher = Matcher([(n, str(i)) for i, (n, a) in enumerate(all_names[:count])]
                          + [(a, str(i)) for i, (n, a) in enumerate(all_names[:count])])
        compiled = time.perf_counter() - started
        seconds = time_matching(matcher, text)
        print(f"  {count:5,} terms  {1000 * seconds:7.1f} ms   "
              f"{1e6 * seconds / (len(text) / 1024):6.1f} µs/KiB   (compiled in "
              f"{1000 * compiled:.0f} ms)")
    matcher = Matcher([(n, str(i)) for i, (n, _a) in enumerate(all_names[:1000])])
    print("  1,000 terms, by length of text:")
    for factor in (1, 2, 4):
        seconds = time_matching(matcher, text * factor)
        print(f"    {factor}x ({factor * len(text) / 1024:,.0f} KiB)  {1000 * seconds:7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--explainers", type=int, default=1000)
    parser.add_argument("--terms", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", choices=["build", "matching", "instructions", "reload"])
    args = parser.parse_args()
    if args.only in (None, "build"):
        build_overhead(args.explainers, args.terms, args.repeat)
    if args.only == "instructions":
        instruction_overhead(args.explainers, args.terms)
    if args.only in (None, "matching"):
        matching_scaling()
    if args.only in (None, "reload"):
        print("\n3. serve: from saving an explainer to its page reloaded (bench/reload.py)")
        subprocess.run([sys.executable, str(ROOT / "bench" / "reload.py"), "--explainers",
                        str(args.explainers), "--terms", "300"], check=True)


if __name__ == "__main__":
    main()
