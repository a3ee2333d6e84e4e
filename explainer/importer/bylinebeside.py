"""The people a page credits beside its writer, who wrote none of the words: the editors a
Chinese page labels ("（编辑：张敏）", "责任编辑：…") and the photographers, illustrators and
translators any page credits ("Photographs by …"). Alone, they sign the page; beside another
name, they are not its authors."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from explainer.importer.bylinenames import clean_byline
from explainer.importer.clean import letters
from explainer.importer.metadata import PageMeta


def labelled_byline(meta: PageMeta, published: Callable[[str], bool] = lambda name: False
                    ) -> list[str]:
    """The first byline a label or a line's form gives that names someone besides the
    editors and helpers credited beside the writer (a Chinese page's "责任编辑：…" line
    before its "澎湃新闻记者 …") and the publisher (``published``: "Vanguard" under the
    headline, then "By Vincent Ujumadu, Awka" over the text), or the first at all: an
    editor alone signs the page."""
    edited = {letters(name) for name in clean_byline(meta.credited_beside)}
    return next(([s] for s in meta.labelled_authors if {
        letters(n) for n in clean_byline([s]) if not published(n)} - edited),
        meta.labelled_authors[:1])


# a helper's word anywhere in a byline's statement ("Av Ingrid Bakke Foto Tor Stenersen"),
# also run into the name before it ("Yusuf DemirTranslated from the Turkish by …")
HELPER_WORD = re.compile(r"(?:\b|(?<=[a-z])(?=[A-Z]))(?i:photo|foto|bild|illustra|picture|"
                         r"graphic|video|translat|übersetz|tradu|tradott|zdjęci|fot\.)")


def edited_beside(named: list[str], given: tuple[list[str], ...],
                  shown: Sequence[str] = ()) -> set[str]:
    """The editors a Chinese page labels ("（编辑：张敏）") and the photographers, illustrators
    and translators any page credits ("Photographs by …"), when its bylines name someone
    else too: alone, they are taken for its author. A writer that the byline the page shows
    first names with the others, no helper's word in it, stays one, though a caption credits
    their picture too ("Grace Liu and Omar Haddad" over "Photo by Omar Haddad")."""
    edited = {letters(name) for name in clean_byline(named)}
    others = {letters(n) for candidates in given for n in clean_byline(candidates)} - edited
    writers = {letters(n) for s in shown[:1] if not HELPER_WORD.search(s)
               for n in clean_byline([s])}
    return edited - writers if others else set()
