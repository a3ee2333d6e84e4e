"""Upstream answers of one page, read from the pinned test files of its source.

Each reader returns {"title", "body", "summary", "date", "authors"}: None where the source
does not annotate the field; authors is a list of names, or "" where the source states that
the page has no author.
"""

from __future__ import annotations

import ast
import gzip
import itertools
import json
import re
from collections.abc import Callable
from typing import Any

from eval.devset import HERE
from eval.devset.repos import Repos

Answers = dict[str, Any]


def read_html(repos: Repos, page: dict) -> bytes:
    """The page exactly as stored upstream (fundus stores it gzipped)."""
    raw = repos.show(page["repo"], page["commit"], page["html"])
    return gzip.decompress(raw) if page["html"].endswith(".gz") else raw


def fundus(repos: Repos, page: dict) -> Answers:
    """fundus: <Publisher>.json holds one answer set per parser version ('path#V1')."""
    path, version = page["answers"].split("#")
    answer = json.loads(repos.text(page["repo"], page["commit"], path))[version]
    body, summary = _fundus_body(answer.get("body"))
    authors = [a for a in answer.get("authors") or [] if isinstance(a, str) and a.strip()]
    return {"title": answer.get("title"), "body": body, "summary": summary,
            "date": answer.get("publishing_date"), "authors": authors or None}


def _fundus_body(body: Any) -> tuple[str | None, str | None]:
    """Subheadings and paragraphs as the body; the standfirst ('summary') kept apart."""
    if not isinstance(body, dict):
        return None, None
    summary = "\n\n".join(s.strip() for s in body.get("summary") or [] if s.strip())
    parts: list[str] = []
    for section in body.get("sections") or []:
        parts += [h.strip() for h in section.get("headline") or [] if h.strip()]
        parts += [p.strip() for p in section.get("paragraphs") or [] if p.strip()]
    return "\n\n".join(parts) or None, summary or None


_ASSERT = re.compile(r"assert\.equal\(\s*(title|author|date_published|dek|first\d+)\s*,")
_JS_STRING = re.compile(r"""('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)""", re.S)


def postlight(repos: Repos, page: dict) -> Answers:
    """postlight/parser: the values typed into assert.equal in the extractor's test."""
    js = repos.text(page["repo"], page["commit"], page["answers"])
    found = _postlight_values(_postlight_segment(js, page["html"]))
    first = next((k for k in found if k.startswith("first")), None)
    author = found.get("author")
    authors = [author] if author else ("" if "author" in found else None)
    return {"title": found.get("title"), "body": found.get(first) if first else None,
            "summary": found.get("dek"), "date": found.get("date_published"),
            "authors": authors}


def _postlight_segment(js: str, fixture: str) -> str:
    """The beforeAll block that loads this fixture (a test file may load several)."""
    starts = [m.start() for m in re.finditer(r"beforeAll\(", js)] + [len(js)]
    for start, end in itertools.pairwise(starts):
        if fixture in js[start:end]:
            return js[start:end]
    raise ValueError(f"{fixture} is not loaded in the test file")


def _postlight_values(segment: str) -> dict[str, str | None]:
    values: dict[str, str | None] = {}
    for m in _ASSERT.finditer(segment):
        value, ok = _js_literal(segment, m.end())
        if ok and m.group(1) not in values:
            values[m.group(1)] = value
    return values


def _js_literal(text: str, pos: int) -> tuple[str | None, bool]:
    """A JS string literal (possibly joined with '+') or null at text[pos:]."""
    pos = re.compile(r"\s*").match(text, pos).end()
    if text.startswith("null", pos):
        return None, True
    parts: list[str] = []
    while m := _JS_STRING.match(text, pos):
        part = _js_string(m.group(1))
        if part is None:
            return None, False
        parts.append(part)
        plus = re.compile(r"\s*\+\s*").match(text, m.end())
        if not plus:
            break
        pos = plus.end()
    return ("".join(parts), True) if parts else (None, False)


def _js_string(literal: str) -> str | None:
    body = literal[1:-1]
    if literal[0] == "`":
        if "${" in body:
            return None
        body = body.replace("\\`", "`")
        literal = '"' + body.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    elif literal[0] == "'":
        literal = '"' + body.replace("\\'", "'").replace('"', '\\"') + '"'
    try:
        return json.loads(literal)
    except ValueError:
        try:
            return ast.literal_eval(literal)
        except (ValueError, SyntaxError):
            return None


def goose3(repos: Repos, page: dict) -> Answers:
    """goose3: the accepted output; cleaned_text is the beginning of the body."""
    data = json.loads(repos.text(page["repo"], page["commit"], page["answers"]))
    expected = data.get("expected") or {}
    return {"title": expected.get("title"), "body": expected.get("cleaned_text"),
            "summary": None, "date": None, "authors": None}


def newspaper4k(repos: Repos, page: dict) -> Answers:
    """newspaper4k: stored output; names whose last word holds a dot are dropped (noise)."""
    data = json.loads(repos.text(page["repo"], page["commit"], page["answers"]))
    authors = [a for a in data.get("authors") or [] if a and "." not in a.split()[-1]]
    return {"title": data.get("title"), "body": data.get("text"), "summary": None,
            "date": data.get("publish_date"), "authors": authors or None}


def ours(repos: Repos, page: dict) -> Answers:
    """Our own answers, read from the page alone (the metascraper pages: its stored answers
    are its output, with publishers and dates a reader would not take): labels.json#<id>."""
    name, key = page["answers"].split("#")
    answer = json.loads((HERE / name).read_text(encoding="utf-8"))[key]
    authors = answer.get("authors")  # null: not decided; []: the page credits no one
    return {"title": answer.get("title"), "body": None, "summary": None,
            "date": answer.get("date"), "authors": None if authors is None else authors or ""}


READERS: dict[str, Callable[[Repos, dict], Answers]] = {
    "fundus": fundus, "postlight": postlight, "goose3": goose3, "newspaper4k": newspaper4k,
    "metascraper": ours,
}
