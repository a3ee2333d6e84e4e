"""Would readability-lxml pay as a second opinion on the body? A paragraph vote, measured.

    python -m eval.vote --half fit [--share 0.5]

Reads the importer's and readability-lxml's Markdown for one half, as `eval.compare` left
them in CORPUS/results/<half>-ours/ and <half>-readability/ (run both first), keeps each of
the importer's paragraphs of four words or more only when at least half of its words are in
readability's text (when readability's text has at least SHARE of the importer's words), and
writes the result to CORPUS/results/<half>-vote/ for ../shared/eval/score_import.py
--predictions. On 2026-11-30 it moved body F1 from 0.932 to 0.936 on the fit half and from
0.942 to 0.934 on the report half, so the importer does not use it.
"""

from __future__ import annotations

import argparse
import re
import shutil
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AEB = "article-extraction-benchmark"


def words(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())


def voted(ours: str, theirs: str, share: float) -> str:
    """The importer's Markdown without the paragraphs readability's text does not hold."""
    head, sep, body = ours.partition("\n---\n") if ours.startswith("---") else ("", "", ours)
    known, paragraphs = set(words(theirs)), body.split("\n\n")
    if len(words(theirs)) < share * sum(len(words(p)) for p in paragraphs):
        return ours
    kept = [p for p in paragraphs
            if len(w := words(p)) < 4 or sum(x in known for x in w) / len(w) >= 0.5]
    return head + sep + "\n\n".join(kept)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("fit", "report"), default="fit")
    parser.add_argument("--corpus", type=Path, default=ROOT / ".cache" / "devset")
    parser.add_argument("--share", type=float, default=0.5)
    args = parser.parse_args()
    results = args.corpus / "results"
    out = results / f"{args.half}-vote" / AEB
    shutil.rmtree(out.parent, ignore_errors=True)
    out.mkdir(parents=True)
    for md in (results / f"{args.half}-ours" / AEB).glob("*.md"):
        other = results / f"{args.half}-readability" / AEB / md.name
        theirs = other.read_text(encoding="utf-8") if other.is_file() else ""
        (out / md.name).write_text(voted(md.read_text(encoding="utf-8"), theirs, args.share),
                                   encoding="utf-8")
    print(f"python ../shared/eval/score_import.py --corpus {args.corpus / args.half} "
          f"--predictions {out.parent} --collections {AEB}")


if __name__ == "__main__":
    main()
