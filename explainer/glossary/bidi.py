"""Right-to-left text in pages: the direction of a language, and mixed scripts in a body.

An explainer in Arabic or Hebrew (``language: ar``) is laid out right to left by its layout
(``dir="rtl"``). Inside a left-to-right page, this module's Markdown extension keeps an Arabic
name or quotation readable and announced in its language:

- a run of right-to-left script the editor did not mark becomes ``<bdi lang=".." dir="rtl">``,
  which isolates it, so that punctuation and numbers around it stay in place; its language is
  guessed from the letters (Arabic, or Persian, Urdu or Hebrew when their own letters show);
- an element the editor marked with a right-to-left ``lang`` (raw HTML such as
  ``<span lang="ar">``, or ``{lang=ar}`` with attr_list) gets ``dir="rtl"``; its ``lang``
  is kept as written.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable

import markdown
from markdown.postprocessors import Postprocessor
from markdown.treeprocessors import Treeprocessor

from explainer.glossary.rawhtml import last_raw

RTL_LANGUAGES = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "ug",
                           "ur", "yi"})
_LETTERS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
RTL_RUN = re.compile(rf"[{_LETTERS}]+(?:[\s\u060c\u061b\u061f.,:;!?\-]*[{_LETTERS}]+)*")
HEBREW = re.compile("[\u0590-\u05ff]")
URDU = re.compile("[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]")  # ٹ ڈ ڑ ں ھ ہ ے
PERSIAN = re.compile("[\u067e\u0686\u0698\u06a9\u06af\u06cc]")  # پ چ ژ ک گ ی
SKIP = frozenset({"code", "pre", "bdi", "bdo", "script", "style", "kbd", "samp"})
_VALUE = r"""(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+)"""
OPENING_TAG = re.compile(rf"<(?P<tag>[a-zA-Z][\w-]*)(?P<attrs>(?:\s+[^\s=<>\"'/]+"
                         rf"(?:\s*=\s*{_VALUE})?)*)\s*(?P<end>/?)>")
ATTRIBUTE = re.compile(rf"(?P<name>[^\s=<>\"'/]+)(?:\s*=\s*(?P<value>{_VALUE}))?")


def attributes(text: str) -> dict[str, str]:
    """The attributes of an opening tag's attribute text, by lower-case name."""
    return {m.group("name").lower(): (m.group("value") or "").strip("\"'")
            for m in ATTRIBUTE.finditer(text)}


def direction(language: str | None) -> str:
    """``rtl`` for a right-to-left language code such as ``ar`` or ``he-IL``, else ``ltr``."""
    primary = (language or "").split("-")[0].lower()
    return "rtl" if primary in RTL_LANGUAGES else "ltr"


def guess_language(text: str) -> str:
    """The language of a run of right-to-left letters, from the letters alone."""
    if HEBREW.search(text):
        return "he"
    if URDU.search(text):
        return "ur"
    return "fa" if PERSIAN.search(text) else "ar"


def _isolated(text: str) -> ET.Element:
    element = ET.Element("bdi", {"lang": guess_language(text), "dir": "rtl"})
    element.text = text
    return element


def _split(text: str, marked: Callable[[str], bool]) -> list[str | ET.Element]:
    """The text as plain strings and ``<bdi>`` elements for its right-to-left runs (not the
    runs inside raw HTML the editor marked with a language, told by ``marked``)."""
    parts: list[str | ET.Element] = []
    at = 0
    for match in RTL_RUN.finditer(text):
        if marked(text[:match.start()]):
            continue
        parts += [text[at:match.start()], _isolated(match.group())]
        at = match.end()
    parts.append(text[at:])
    return parts


class BidiTreeprocessor(Treeprocessor):
    """Wraps the unmarked right-to-left runs of a left-to-right body."""

    def run(self, root: ET.Element) -> None:
        self._visit(root)

    def _in_marked_html(self, before: str) -> bool:
        """Whether text after ``before`` is inside a raw HTML tag that has a ``lang``: the
        last raw tag before it (Python-Markdown keeps raw tags aside as placeholders)."""
        raw = last_raw(self.md, before)
        tag = OPENING_TAG.match(raw) if isinstance(raw, str) else None
        return tag is not None and "lang" in attributes(tag.group("attrs"))

    def _visit(self, parent: ET.Element) -> None:
        for child in list(parent):
            if child.tag not in SKIP and "lang" not in child.attrib and "dir" not in child.attrib:
                self._visit(child)
            self._wrap_tail(parent, child)
        if parent.text and RTL_RUN.search(parent.text):
            parts = _split(parent.text, self._in_marked_html)
            parent.text = parts[0] if isinstance(parts[0], str) else ""
            self._insert(parent, 0, parts[1:])

    def _wrap_tail(self, parent: ET.Element, child: ET.Element) -> None:
        if not child.tail or not RTL_RUN.search(child.tail):
            return
        parts = _split(child.tail, self._in_marked_html)
        child.tail = parts[0] if isinstance(parts[0], str) else ""
        self._insert(parent, list(parent).index(child) + 1, parts[1:])

    @staticmethod
    def _insert(parent: ET.Element, index: int, parts: list[str | ET.Element]) -> None:
        """Insert ``[element, text, element, text, ...]``: each text is the tail before it."""
        for part in parts:
            if isinstance(part, str):
                parent[index - 1].tail = part
            else:
                parent.insert(index, part)
                index += 1


class LangDirPostprocessor(Postprocessor):
    """Adds ``dir="rtl"`` to elements the editor marked with a right-to-left ``lang``."""

    def run(self, text: str) -> str:
        return OPENING_TAG.sub(self._with_dir, text) if "lang=" in text else text

    @staticmethod
    def _with_dir(match: re.Match[str]) -> str:
        attrs = attributes(match.group("attrs"))
        if "dir" in attrs or direction(attrs.get("lang")) != "rtl":
            return match.group()
        end = " /" if match.group("end") else ""
        return f'<{match.group("tag")}{match.group("attrs")} dir="rtl"{end}>'


class BidiExtension(markdown.Extension):
    """Mixed scripts in a body written in ``language`` (runs are wrapped only in LTR pages)."""

    def __init__(self, language: str | None = None) -> None:
        super().__init__()
        self.language = language

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        if direction(self.language) == "ltr":
            md.treeprocessors.register(BidiTreeprocessor(md), "bidi", -10)
        md.postprocessors.register(LangDirPostprocessor(md), "lang_dir", 5)
