"""The people a page credits beside its writer, who wrote none of the words: the editors a
Chinese page labels ("（编辑：张敏）", "责任编辑：…") and the photographers, illustrators and
translators any page credits ("Photographs by …"). Alone, they sign the page; beside another
name, they are not its authors."""

from __future__ import annotations

from explainer.importer.bylinenames import clean_byline
from explainer.importer.clean import letters
from explainer.importer.metadata import PageMeta


def labelled_byline(meta: PageMeta) -> list[str]:
    """The first byline a label or a line's form gives that names someone besides the
    editors and helpers credited beside the writer (a Chinese page's "责任编辑：…" line
    before its "澎湃新闻记者 …"), or the first at all: an editor alone signs the page."""
    edited = {letters(name) for name in clean_byline(meta.credited_beside)}
    return next(([s] for s in meta.labelled_authors
                 if {letters(n) for n in clean_byline([s])} - edited), meta.labelled_authors[:1])


def edited_beside(named: list[str], given: tuple[list[str], ...]) -> set[str]:
    """The editors a Chinese page labels ("（编辑：张敏）") and the photographers, illustrators
    and translators any page credits ("Photographs by …"), when its bylines name someone
    else too: alone, they are taken for its author."""
    edited = {letters(name) for name in clean_byline(named)}
    others = {letters(n) for candidates in given for n in clean_byline(candidates)} - edited
    return edited if others else set()
