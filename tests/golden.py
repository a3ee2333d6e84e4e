"""Regenerate the golden files: ``python -m tests.golden`` (or ``make golden``).

Review the diff before committing it: the golden files are what the tests hold the output to.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from explainer.core.spec import SiteSpec
from explainer.importer import parse_text, to_markdown
from explainer.pipeline.builder import build

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GOLDEN = HERE / "golden"
SEED = HERE / "fixtures" / "seed" / "000_9bc3c6dfe5868321.txt"


def seed_import() -> str:
    return to_markdown(parse_text(SEED.read_text(encoding="utf-8"), source="Al Jazeera"))


def build_seed_site(out: Path) -> None:
    result = build(SiteSpec(ROOT / "content"), out, search=False)
    if not result.ok:
        raise SystemExit("\n".join(d.format() for d in result.diagnostics))


def main() -> None:
    (GOLDEN / "import").mkdir(parents=True, exist_ok=True)
    (GOLDEN / "import" / "seed.md").write_text(seed_import(), encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        build_seed_site(Path(tmp) / "site")
        shutil.rmtree(GOLDEN / "site", ignore_errors=True)
        shutil.copytree(Path(tmp) / "site", GOLDEN / "site")
    print(f"Golden files written to {GOLDEN.relative_to(ROOT)}/")


if __name__ == "__main__":
    main()
