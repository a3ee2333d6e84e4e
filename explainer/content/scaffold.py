"""``python build.py new explainer|term "Title"``: start a content file with every key in place.

A new **explainer** loads without errors: it has its title, today's date, a placeholder
summary (the key is required, so it must hold text) and ``draft: true``, so nothing
unfinished is published: the build leaves a draft out until the editor deletes that line
(``--drafts`` shows it). Deleting that line before the summary and the text are written is
an error at each placeholder (:mod:`explainer.content.placeholders`). The optional keys the editor
fills in (``updated``, ``dateline``, ``byline``, ``source``, ``image``, ``tags``) are written
as ``null`` or ``[]``, which the build reads as "not given", each with a comment saying what
goes there.

A new glossary **term** is the same file ``import --new-terms`` writes (:func:`term_file`): its
definition is the editor's to write, so ``summary`` and the source's ``title`` and ``url`` are
left empty, and the build refuses the term, with an error at each of those lines saying what
to write, until they are filled in.

Neither command ever overwrites a file, nor writes one whose slug another file already has.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

from explainer.content.loader import SLUG, _names_ok, _slug_of
from explainer.core.diagnostics import Diagnostics, display_path
from explainer.core.spec import EXPLAINERS, GLOSSARY, SETTINGS
from explainer.core.urls import slugify

KINDS = {"explainer": EXPLAINERS, "term": GLOSSARY}  # kind -> its folder in content/
CONTROL = re.compile(r"[\x7f-\x9f\u2028\u2029\ufffe\uffff]")
SUMMARY_PLACEHOLDER = "TODO: the standfirst, one or two sentences"

EXPLAINER = """---
# A new explainer: fill in the values, write the text in Markdown below the closing '---',
# then delete the line 'draft: true' to publish it.
title: {title}  # the headline
summary: {summary}  # required: shown under the headline
date: {today}  # required: the date it was first published, YYYY-MM-DD
updated: null  # the date it was last updated, YYYY-MM-DD
dateline: null  # where the story was filed, e.g. Washington, DC
byline: []  # the authors' names, e.g. [Jane Doe, John Roe]; leave [] when not known
source: null  # the original article, e.g. {{name: Al Jazeera, url: https://...}}
image: null  # e.g. {{src: media/photo.jpg, alt: ..., caption: ..., credit: ...}}
tags: []  # topics, e.g. [syria, diplomacy]
draft: true  # delete this line to publish the explainer
---
"""

TERM = """---
term: {name}
aliases: []  # other names that count as a mention, e.g. [League of Arab States]
summary:  # required: one or two sentences that define the term (the box shows them)
kind: concept  # organisation | person | event | document | place | concept
as_of: {today}  # the date you checked the facts
sources:  # required: at least one real source you have read
  - title:  # the page or book, e.g. Arab League
    url:  # its web address, https://...
related: []  # the slugs of related terms, e.g. [arab-league]
# The build refuses this term until its summary and a source are filled in. A longer
# explanation, shown on the term's own page, may follow the closing '---'.
---
"""


def quote(value: str | None) -> str:
    """A double-quoted YAML string (JSON's escaping), control characters escaped too, and
    the other characters that YAML refuses in a file ("\\ufffe", a noncharacter)."""
    if value is None:
        return "null"
    return CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False))


def explainer_file(title: str, today: dt.date) -> str:
    """A new explainer: a draft that loads without errors, with a comment on every key."""
    return EXPLAINER.format(title=quote(title), summary=quote(SUMMARY_PLACEHOLDER),
                            today=today.isoformat())


def term_file(name: str, today: dt.date) -> str:
    """A new glossary term, its definition and sources left for the editor to write."""
    return TERM.format(name=quote(name), today=today.isoformat())


def write_file(path: Path, text: str) -> None:
    """Write a new file whole: the bytes are ready before it is created, and it is created
    only if no file of that name exists (never an empty or half file left behind)."""
    data = text.encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    file = path.open("xb")
    try:
        with file:
            file.write(data)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def slug_problem(slug: str) -> str | None:
    """The build's error for a file named ``<slug>.md`` (one Windows reserves), or None."""
    diags = Diagnostics()
    _slug_of(Path(f"{slug}.md"), diags)
    return diags.errors[0].message if diags.errors else None


def name_problem(name: str) -> tuple[str, str | None] | None:
    """The build's error for a glossary term named ``name`` and its hint, or None."""
    diags = Diagnostics()
    _names_ok(Path("term.md"), name, (), {}, diags)
    return (diags.errors[0].message, diags.errors[0].hint) if diags.errors else None


def run_new(args: argparse.Namespace, today: dt.date | None = None) -> int:
    """Write the new file and print its path; 1 with a message when nothing was written."""
    title = " ".join(args.title.split())
    problem = _refusal(args, title)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    path = args.content / KINDS[args.kind] / f"{_slug(args, title)}.md"
    today = today or dt.date.today()
    explainer = args.kind == "explainer"
    try:
        write_file(path, explainer_file(title, today) if explainer else term_file(title, today))
    except OSError as exc:
        cause = "the file exists" if isinstance(exc, FileExistsError) else exc.strerror or exc
        print(f"{display_path(path)}: error: cannot write {display_path(path)}: {cause}; "
              "nothing was written", file=sys.stderr)
        return 1
    if explainer:
        print(f"Wrote {display_path(path)} (a draft: write its summary and text, then delete "
              "'draft: true' to publish it)")
    else:
        print(f"Wrote {display_path(path)} (write its summary and a source: the build "
              "refuses the term until then)")
    return 0


def _slug(args: argparse.Namespace, title: str) -> str:
    return args.slug if args.slug is not None else slugify(title)


def _refusal(args: argparse.Namespace, title: str) -> str | None:
    """Why the file cannot be written (as the message to print), or None."""
    if not (args.content / SETTINGS).is_file():
        return (f"{display_path(args.content)}: error: not a site folder (it has no "
                "site.yml); nothing was written\n"
                "  hint: run this in the project folder, or pass --content DIR")
    if not title:
        return f"error: the {args.kind}'s {_what(args.kind)} is empty; nothing was written"
    slug = _slug(args, title)
    if not SLUG.match(slug):
        return _bad_slug(args, title, slug)
    problem = _rule_broken(args, title, slug)
    if problem is not None:
        return problem
    folder = args.content / KINDS[args.kind]
    existing = sorted(folder.rglob(f"{slug}.md")) if folder.is_dir() else []
    if existing:
        return (f"{display_path(existing[0])}: error: the {args.kind} '{slug}' exists; "
                "nothing was written\n  hint: edit that file, or give another "
                f"{_what(args.kind)} or --slug ('new' never overwrites a file)")
    return None


def _rule_broken(args: argparse.Namespace, title: str, slug: str) -> str | None:
    """The build's refusal of this file (a slug Windows reserves, a term name too short)."""
    path = display_path(args.content / KINDS[args.kind] / f"{slug}.md")
    problem = slug_problem(slug)
    if problem is not None:
        return (f"{path}: error: {problem}; nothing was written\n  hint: give another file "
                f"name with --slug, e.g. --slug {slug}-{args.kind}")
    named = name_problem(title) if args.kind == "term" else None
    if named is not None:
        return f"{path}: error: {named[0]}; nothing was written\n  hint: {named[1]}"
    return None


def _bad_slug(args: argparse.Namespace, title: str, slug: str) -> str:
    if args.slug is not None:
        return (f"error: '{slug}' is not a valid slug; nothing was written\n"
                "  hint: use lowercase letters, digits and single hyphens, e.g. --slug "
                "syria-talks")
    return (f"error: cannot make a file name from {quote(title)}: it has no Latin letters "
            "or digits; nothing was written\n  hint: give the file name with --slug, e.g. "
            "--slug syria-talks")


def _what(kind: str) -> str:
    return "title" if kind == "explainer" else "name"
