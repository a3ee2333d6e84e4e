"""The only code that writes the built site: all files at once, or nothing.

Files are written to a new folder beside the output folder, which then takes the output
folder's place; a failed build therefore leaves the previous output exactly as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path


class OutputError(Exception):
    """The output folder cannot be written (a message for the user, not a bug)."""


def check_target(out: Path, content: Path) -> None:
    """Refuse an output folder that would overwrite the content or a folder of other files."""
    out, content = out.resolve(), content.resolve()
    if out == content or content.is_relative_to(out) or out.is_relative_to(content):
        raise OutputError(f"the output folder {out} overlaps the content folder {content}")
    if out.is_file():
        raise OutputError(f"the output path {out} is a file, not a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / "index.html").is_file():
        raise OutputError(f"{out} holds files that are not a built site; "
                          "choose an empty or new folder with --output")


def _safe_target(root: Path, relpath: str) -> Path:
    target = (root / relpath).resolve()
    if not target.is_relative_to(root) or target == root:
        raise OutputError(f"refusing to write outside the output folder: {relpath}")
    return target


def write_site(files: dict[str, bytes], out: Path,
               finish: Callable[[Path], None] | None = None) -> None:
    """Replace the output folder with exactly these files, atomically where the OS allows.

    ``finish`` runs on the new folder before it takes the old one's place (the search index
    is written there); if it fails, the old folder stays.
    """
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-new-", dir=out.parent)).resolve()
    try:
        for relpath in sorted(files):
            target = _safe_target(staging, relpath)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(files[relpath])
        os.chmod(staging, 0o755)
        if finish is not None:
            finish(staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _swap(staging, out)


def _swap(staging: Path, out: Path) -> None:
    old = None
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}-old-", dir=out.parent))
        out.rename(old / out.name)
    staging.rename(out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
