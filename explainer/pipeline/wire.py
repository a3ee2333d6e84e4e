"""Explainers' rendered bodies as bytes, with the glossary's terms named rather than copied.

A rendered body refers to the terms it mentions (and its "since" block to theirs). Pickled
as they are, those terms would travel with every body, from a worker to the build and into
the cache, and come back as a copy per body. Here each term of the build's glossary is
written as its slug and read back as the glossary's own object; the bytes are compressed
for the cache. A slug that the glossary does not hold makes :func:`loads` fail, so a stale
or damaged value is never half-read.
"""

from __future__ import annotations

import io
import pickle
import zlib
from typing import Any

from explainer.content.model import Term
from explainer.glossary.terms import Glossary


class UnknownTerm(pickle.UnpicklingError):
    """A value names a term the glossary no longer has."""


def dumps(value: Any, glossary: Glossary, compress: bool = False) -> bytes:
    """``value`` pickled, its glossary terms as their slugs (compressed when asked)."""
    buffer = io.BytesIO()
    _Pickler(buffer, glossary).dump(value)
    data = buffer.getvalue()
    return zlib.compress(data, 1) if compress else data


def loads(data: bytes, glossary: Glossary, compressed: bool = False) -> Any:
    """What :func:`dumps` wrote, its terms the glossary's own objects."""
    if compressed:
        data = zlib.decompress(data)
    return _Unpickler(io.BytesIO(data), glossary).load()


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, glossary: Glossary) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._terms = glossary.terms

    def persistent_id(self, obj: Any) -> str | None:
        if type(obj) is Term and self._terms.get(obj.slug) is obj:
            return obj.slug
        return None


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, glossary: Glossary) -> None:
        super().__init__(file)
        self._terms = glossary.terms

    def persistent_load(self, pid: Any) -> Term:
        term = self._terms.get(pid) if isinstance(pid, str) else None
        if term is None:
            raise UnknownTerm(f"no glossary term {pid!r}")
        return term
