"""Precision of the importer's candidate new terms on the development set's labelled articles.

    python -m eval.terms [--corpus .cache/devset] [--top 5 10] [--german]

``eval/devset/term_labels.json`` says, for 50 English articles (25 of each half), which
candidates an editor would keep as glossary entries (see eval/devset/README.md);
``term_labels_de.json`` the same for 40 German articles (20 of each half, ``--german``).
Each article is imported again from CORPUS/pages/ and its suggestions are compared with the
labels: the importer's rule (:func:`explainer.importer.candidates.suggest`) and, as the
baseline, the glossary check's candidates counted by mentions (the importer's rule before
issue 16).
Precision counts only labelled candidates; a suggestion the labels do not cover is counted
apart ("unlabelled").
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from explainer.core.diagnostics import Diagnostics
from explainer.glossary.terms import Glossary, build_glossary
from explainer.importer.article import ImportedArticle
from explainer.importer.candidates import suggest
from explainer.importer.html import parse_html
from explainer.site.checks import find_candidates

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "eval" / "devset"
Rule = Callable[[ImportedArticle, Glossary], list[str]]


def by_mentions(article: ImportedArticle, glossary: Glossary) -> list[str]:
    """The baseline: the glossary check's candidates, most mentioned first."""
    counts: dict[str, int] = {}
    for paragraph in article.paragraphs:
        for candidate in find_candidates(paragraph, glossary):
            counts[candidate.name] = counts.get(candidate.name, 0) + 1
    return sorted(counts, key=lambda n: (-counts[n], n.casefold()))


def central(article: ImportedArticle, glossary: Glossary) -> list[str]:
    return suggest(article.title, article.paragraphs, glossary, article.source_name)


RULES: dict[str, Rule] = {"baseline (by mentions)": by_mentions, "importer": central}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / ".cache" / "devset")
    parser.add_argument("--top", type=int, nargs="+", default=[5, 10])
    parser.add_argument("--german", action="store_true",
                        help="the 40 German articles' labels (term_labels_de.json)")
    args = parser.parse_args()
    labelled = "term_labels_de.json" if args.german else "term_labels.json"
    labels = json.loads((DEVSET / labelled).read_text(encoding="utf-8"))
    pages = {p["id"]: p for p in map(json.loads, (DEVSET / "pages.jsonl").open())}
    glossary = build_glossary([], Diagnostics())
    articles = {pid: parse_html((args.corpus / "pages" / f"{pid}.html").read_text(
        encoding="utf-8", errors="replace"), url=pages[pid].get("url")) for pid in labels}
    print("| half | rule | top | precision | kept / labelled | unlabelled |")
    print("|---|---|---|---|---|---|")
    for half in ("fit", "report"):
        for name, rule in RULES.items():
            found = {pid: rule(a, glossary) for pid, a in articles.items()
                     if pages[pid]["split"] == half}
            for top in args.top:
                print(_row(half, name, top, found, labels))


def _row(half: str, name: str, top: int, found: dict[str, list[str]],
         labels: dict[str, dict[str, bool]]) -> str:
    kept = labelled = unlabelled = 0
    for pid, names in found.items():
        for candidate in names[:top]:
            if candidate in labels[pid]:
                labelled += 1
                kept += labels[pid][candidate]
            else:
                unlabelled += 1
    share = f"{kept / labelled:.3f}" if labelled else "-"
    return f"| {half} | {name} | {top} | {share} | {kept} / {labelled} | {unlabelled} |"


if __name__ == "__main__":
    main()
