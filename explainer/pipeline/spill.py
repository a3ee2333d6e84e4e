"""Rendered bodies kept on disk for the length of a build, instead of in its memory.

Once an explainer's body is rendered, ``build`` needs it again only to write the explainer's
page and the full-text feed. Until then it sits in an unnamed temporary file (the operating
system's page cache, not the build's memory, which would otherwise grow with every body and
be copied into each worker that touches it): the page holds where the body is and reads it
back when asked (:attr:`explainer.site.pages.ExplainerPage.body_html`). The explainers'
Markdown sources wait there too, from the checks that read them until the process that
renders each body reads it back, and are dropped once the body is made. The file goes away
with the last page that refers to it. When the file cannot be written, the text stays in
memory.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from pathlib import Path
from typing import IO

from explainer.content.model import Explainer
from explainer.site.pages import ExplainerPage


class Spill:
    """An append-only temporary file of UTF-8 bodies; forked workers read it too."""

    def __init__(self) -> None:
        try:
            self._file: IO[bytes] | None = tempfile.TemporaryFile(  # noqa: SIM115 (lives with the pages)
                prefix="explainer-bodies-")
        except OSError:  # no usable temporary folder: everything stays in memory
            self._file = None
        self._end = 0
        self._sources: dict[Path, Stored] = {}

    def stash(self, explainer: Explainer) -> Explainer:
        """``explainer`` without its Markdown source, which waits in the file until
        :meth:`restored` (in the process that renders the body)."""
        kept = self._keep(explainer.body)
        if isinstance(kept, str):
            return explainer
        self._sources[explainer.path] = kept
        return dataclasses.replace(explainer, body="")

    def restored(self, explainer: Explainer) -> Explainer:
        """A stashed explainer with its source again."""
        kept = self._sources.get(explainer.path)
        return explainer if kept is None else dataclasses.replace(explainer, body=kept.read())

    def page(self, page: ExplainerPage) -> ExplainerPage:
        """``page`` with its body in the file (the build then gives it its own explainer,
        whose source was stashed)."""
        return dataclasses.replace(page, body=self._keep(page.body_html))

    def _keep(self, text: str) -> str | Stored:
        if self._file is None or not hasattr(os, "pwrite"):  # Windows: it stays in memory
            return text
        data = text.encode("utf-8", "surrogatepass")
        try:
            written = os.pwrite(self._file.fileno(), data, self._end)
        except OSError:
            written = -1
        if written != len(data):
            return text
        self._end += len(data)
        return Stored(self, self._end - len(data), len(data))

    def read(self, offset: int, length: int) -> str:
        assert self._file is not None  # nothing was stored without it
        return os.pread(self._file.fileno(), length, offset).decode("utf-8", "surrogatepass")


@dataclasses.dataclass(frozen=True)
class Stored:
    """Where one body is in a :class:`Spill`."""

    spill: Spill = dataclasses.field(repr=False, compare=False)
    offset: int
    length: int

    def read(self) -> str:
        return self.spill.read(self.offset, self.length)
