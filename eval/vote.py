"""Which extractors pay as second opinions on the body? The importer's paragraph vote, measured.

    python -m eval.vote --half fit [--voters readability newspaper4k goose3 trafilatura]

Reads Markdown that the importer wrote without its second opinions (``python -m
eval.compare --only ours-alone``, that is ``import --one-extractor``) and each voter's, as
`eval.compare` left them in CORPUS/results/<half>-<name>/, and applies the importer's rule
(:func:`explainer.importer.opinions.voted`) with those voters: a paragraph of four words or
more that no voter with a say holds goes. The result goes to CORPUS/results/<half>-vote/ for
../shared/eval/score_import.py --predictions.

Measured on 2026-11-30 and 2026-12-02 (README, "What a second extractor would buy"):
readability-lxml alone moved body F1 from 0.932 to 0.936 on the fit half and from 0.942 to
0.934 on the report half; newspaper4k and goose3 together, 0.956 to 0.961 and 0.952 to 0.956,
so the importer asks those two.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from explainer.importer import opinions

ROOT = Path(__file__).resolve().parents[1]
AEB = "article-extraction-benchmark"


def voted(ours: str, others: list[str]) -> str:
    """The importer's Markdown without the paragraphs its rule leaves out given the others'
    texts (:func:`explainer.importer.opinions.voted`)."""
    head, sep, body = ours.partition("\n---\n") if ours.startswith("---") else ("", "", ours)
    kept, _ = opinions.voted(body.split("\n\n"), others)
    return head + sep + "\n\n".join(kept)


def _body(path: Path) -> str:
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    return text.partition("\n---\n")[2] if text.startswith("---") else text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("fit", "report"), default="fit")
    parser.add_argument("--corpus", type=Path, default=ROOT / ".cache" / "devset")
    parser.add_argument("--voters", nargs="+", default=["newspaper4k", "goose3"])
    args = parser.parse_args()
    results = args.corpus / "results"
    out = results / f"{args.half}-vote" / AEB
    shutil.rmtree(out.parent, ignore_errors=True)
    out.mkdir(parents=True)
    for md in (results / f"{args.half}-ours-alone" / AEB).glob("*.md"):
        others = [_body(results / f"{args.half}-{v}" / AEB / md.name) for v in args.voters]
        (out / md.name).write_text(voted(md.read_text(encoding="utf-8"), others),
                                   encoding="utf-8")
    print(f"python ../shared/eval/score_import.py --corpus {args.corpus / args.half} "
          f"--predictions {out.parent} --collections {AEB}")


if __name__ == "__main__":
    main()
