"""Markdown instances kept for a process's life: one per kind of document, ``reset()`` between
documents, instead of a new instance (and new extensions) for every body."""

from __future__ import annotations

from collections.abc import Callable, Hashable

import markdown

from explainer.glossary.terms import Glossary

# The last is Python-Markdown's inline pass, skipping the patterns that cannot match a text.
MARKDOWN_EXTENSIONS = ["extra", "sane_lists", "toc",
                       "explainer.glossary.quickinline:QuickInlineExtension"]


class Converters:
    """One Markdown instance per kind of document in this process, ``reset()`` between
    documents (making one costs about as much as converting a short body).

    A kind is the glossary, the policy, the language and the page's depth; its extensions
    are made once with the instance. A new glossary (``serve`` after a term changed) starts
    afresh.
    """

    def __init__(self) -> None:
        self._glossary: Glossary | None = None
        self._made: dict[Hashable, tuple[markdown.Markdown, list]] = {}

    def get(self, glossary: Glossary, kind: Hashable,
            extensions: Callable[[], list]) -> tuple[markdown.Markdown, list]:
        """The instance for this kind of document, reset, with its extensions."""
        if glossary is not self._glossary:
            self._glossary, self._made = glossary, {}
        if kind not in self._made:
            made = extensions()
            self._made[kind] = (markdown.Markdown(extensions=[*MARKDOWN_EXTENSIONS, *made],
                                                  output_format="html"), made)
        md, made = self._made[kind]
        md.reset()
        return md, made

    def drop(self, md: markdown.Markdown) -> None:
        """Forget an instance a document broke (its parser may be left half-way through)."""
        self._made = {kind: made for kind, made in self._made.items() if made[0] is not md}


CONVERTERS = Converters()
