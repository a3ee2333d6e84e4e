"""Placeholders are never published: an explainer outside drafts whose summary or text still
holds ``TODO`` (what ``new`` writes in its summary), or which has no text at all, is an error.

Drafts (``draft: true``) are exempt, with or without ``--drafts``: ``new`` and ``import`` write
drafts precisely so that an unfinished file can be previewed. ``TODO`` counts as a placeholder
as a word in capitals (not inside "TODO-free"), outside fenced code and code spans (an
explainer may quote code that holds one).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from explainer.content.model import Explainer
from explainer.core.diagnostics import Diagnostics

TODO = re.compile(r"(?<![\w-])TODO(?![\w-])")
FENCE = re.compile(r"^\s*(```|~~~)")
CODE_SPAN = re.compile(r"(`+).+?\1")
SHOWN = 60  # characters of the placeholder quoted in the message
HINT = "write it, or keep 'draft: true' in the front matter until it is ready (drafts are " \
       "not published)"


def check_placeholders(explainers: Iterable[Explainer], diags: Diagnostics) -> None:
    """Report the placeholders of every explainer that is not a draft."""
    for explainer in explainers:
        if not explainer.draft:
            check_explainer(explainer, diags)


def check_explainer(explainer: Explainer, diags: Diagnostics) -> None:
    if TODO.search(explainer.summary):
        line, col = explainer.where.get("summary", (1, 1))
        diags.error(explainer.path, line, col,
                    f"the summary is still a placeholder: {shown(explainer.summary)}", hint=HINT)
    if not explainer.body or explainer.body.isspace():
        diags.error(explainer.path, max(1, explainer.body_line - 1), 1,
                    "the explainer has no text: nothing follows its front matter",
                    hint="write the explainer in Markdown below the closing '---', or keep "
                         "'draft: true' until it is ready (drafts are not published)")
        return
    for line, col, text in todo_lines(explainer):
        diags.error(explainer.path, line, col,
                    f"the text still holds a placeholder: {shown(text)}", hint=HINT)


def todo_lines(explainer: Explainer) -> Iterator[tuple[int, int, str]]:
    """(line, column, the text from TODO on) for each body line with a placeholder."""
    if "TODO" not in explainer.body:  # most bodies: no line to look at
        return
    fenced = False
    for index, line in enumerate(explainer.body.split("\n")):
        if FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            continue
        match = TODO.search(CODE_SPAN.sub(lambda m: " " * len(m.group()), line))
        if match:
            yield explainer.body_line + index, match.start() + 1, line[match.start():]


def shown(text: str) -> str:
    """The placeholder quoted, shortened to :data:`SHOWN` characters."""
    text = " ".join(text.split())
    return '"' + (text if len(text) <= SHOWN else text[:SHOWN - 3] + "...") + '"'
