"""Score the importer and single extractors on one half of the development set.

    python -m eval.compare [--half report] [--corpus .cache/devset] [--jobs 2]
                           [--only ours ours-alone trafilatura readability newspaper4k goose3]
                           [--peers-python PATH] [--scorer PATH] [--reuse] [--dumps]

Runs ../shared/eval/score_import.py once per extractor on CORPUS/<half>/ (built by
`python -m eval.devset`) and prints one Markdown table: a row per metric, a column per
extractor (by default the importer, trafilatura and readability-lxml; with --only, also the
importer without its second opinions, and newspaper4k and goose3 alone, run by
--peers-python: a venv where the importer's pinned versions need not be).
The scorer's per-page scores go to CORPUS/results/<half>-<extractor>.json.
With --dumps, each extractor reads the full-body pages' plain-text dumps
(scrape.html-text.txt) instead of their HTML, and only the body rows are printed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
EXTRACTORS = {
    "ours": f"{PY} build.py import {{input}} --output {{out_md}} --force",
    # the importer without goose3's and newspaper4k's second opinions (see eval/vote.py)
    "ours-alone": f"{PY} build.py import {{input}} --output {{out_md}} --force --one-extractor",
    "trafilatura": f"{PY} eval/adapters/trafilatura_md.py {{input}} {{out_md}}",
    "readability": f"{PY} eval/adapters/readability_md.py {{input}} {{out_md}}",
    # run by --peers-python: a venv of their own, with newspaper4k's language extras
    "newspaper4k": "{peers} eval/adapters/newspaper_md.py {{input}} {{out_md}}",
    "goose3": "{peers} eval/adapters/goose_md.py {{input}} {{out_md}}",
}
PEERS = ("newspaper4k", "goose3")
AEB, TRAF = "article-extraction-benchmark", "trafilatura"
DUMP = "scrape.html-text.txt"
# (label, collection, metric): the held-out table, then diagnostics
ROWS = [
    ("body F1, HTML (full bodies)", AEB, "body_f1"),
    ("  fundus pages", AEB, "body_f1:fundus"),
    ("  newspaper4k pages", AEB, "body_f1:newspaper4k"),
    ("body start found (snippet pages)", TRAF, "snip_with:"),
    ("title exact", TRAF, "title_exact"),
    ("date exact", TRAF, "date_exact"),
    ("no date invented (page has none)", TRAF, "date_none_ok"),
    ("byline exact", TRAF, "byline_exact"),
    ("no byline invented (page has none)", TRAF, "byline_none_ok"),
    ("summary (fuzzy)", TRAF, "summary_fuzzy"),
    ("crashes or timeouts", "overall", "fail"),
]


def score(name: str, corpus: Path, results: Path, args: argparse.Namespace) -> dict:
    """Run the scorer for one extractor; returns its JSON (aggregates and pages)."""
    label = f"{corpus.name}-{name}" + ("-dumps" if args.dumps else "")
    out = results / f"{label}.json"
    if args.reuse and out.is_file():
        return json.loads(out.read_text(encoding="utf-8"))
    cmd = [PY, str(args.scorer), "--corpus", str(corpus), "--cwd", str(ROOT),
           "--jobs", str(args.jobs), "--timeout", str(args.timeout),
           "--command", EXTRACTORS[name].format(peers=args.peers_python) if name in PEERS
           else EXTRACTORS[name], "--json", str(out), "--label", name,
           "--out-dir", str(results / label)]
    if args.dumps:
        cmd += ["--input-file", DUMP, "--collections", AEB]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return json.loads(out.read_text(encoding="utf-8"))


def cell(data: dict, collection: str, metric: str) -> str:
    if metric == "fail":
        pages = data["pages"]
        return str(sum(p["status"] in ("crash", "timeout") for p in pages))
    if ":" in metric:  # a subset: pages of one source, or pages that have snippets
        metric, source = metric.split(":")
        vals = [p[metric] for p in data["pages"] if p["collection"] == collection
                and metric in p and _in_subset(data, p, source)]
        return f"{sum(vals) / len(vals):.3f} ({len(vals)})" if vals else "-"
    value = data["aggregate"].get(collection, {}).get(metric)
    return f"{value['mean']:.3f} ({value['n']})" if value else "-"


def _in_subset(data: dict, page: dict, source: str) -> bool:
    if source:
        return page["name"].startswith(source + "-")
    expected = Path(data["corpus"]) / page["collection"] / page["name"] / "expected.json"
    return bool(json.loads(expected.read_text(encoding="utf-8")).get("with"))


def table(half: str, scored: dict[str, dict], rows: list[tuple[str, str, str]] = ROWS) -> str:
    names = list(scored)
    lines = [f"| {half} | " + " | ".join(names) + " |",
             "|---|" + "---|" * len(names)]
    for label, collection, metric in rows:
        cells = [cell(scored[n], collection, metric) for n in names]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=["fit", "report"], default="report")
    ap.add_argument("--corpus", type=Path, default=ROOT / ".cache" / "devset")
    ap.add_argument("--only", nargs="+", choices=list(EXTRACTORS),
                    default=["ours", "trafilatura", "readability"])
    ap.add_argument("--peers-python", default=PY,
                    help="the Python that runs newspaper4k and goose3 (a venv of their own)")
    ap.add_argument("--scorer", type=Path,
                    default=ROOT.parent / "shared" / "eval" / "score_import.py")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--dumps", action="store_true",
                    help="read the plain-text dumps of the full-body pages instead of the HTML")
    ap.add_argument("--reuse", action="store_true",
                    help="print the table from the scores of an earlier run where there are some")
    args = ap.parse_args(argv)
    corpus = (args.corpus / args.half).resolve()
    if not corpus.is_dir():
        ap.error(f"{corpus} is missing: run python -m eval.devset first")
    results = args.corpus.resolve() / "results"
    results.mkdir(parents=True, exist_ok=True)
    scored = {name: score(name, corpus, results, args) for name in args.only}
    rows = [(label.replace("HTML", "plain-text dumps"), collection, metric)
            for label, collection, metric in ROWS if collection != TRAF] if args.dumps else ROWS
    print(table(args.half + (" half, plain-text dumps" if args.dumps else " half"), scored, rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
