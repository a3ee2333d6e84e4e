"""The importer's development set: provenance in pages.jsonl, our corrections in relabel.json.

`python -m eval.devset` rebuilds the pages and answers from the pinned upstream commits.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages.jsonl"
RELABEL = HERE / "relabel.json"
