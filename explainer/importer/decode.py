"""Bytes of a saved web page to text, right even where the page's declared charset is wrong.

UTF-8 is tried first and kept when the bytes are valid UTF-8 (a declared charset that says
otherwise is wrong far more often than valid UTF-8 is a coincidence); then the charset the
page declares (BOM, ``<meta charset>``, ``http-equiv``); then charset-normalizer's guess.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


def _declared(data: bytes) -> str | None:
    match = DECLARED.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_page(data: bytes) -> str:
    """The text of a page; never raises."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared(data)
    if declared and declared != "utf-8":
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("cp1252", errors="replace")
