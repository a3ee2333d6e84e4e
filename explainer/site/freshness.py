"""The freshness check: has the story moved on since an explainer or a term was last checked?

Warnings, made errors by ``--strict`` (they run with the glossary checks, in ``build``,
``check``, ``serve`` and ``glossary``), on every explainer the build includes (drafts too
with ``--drafts``):

- an explainer mentions a term with events after the explainer's last update (the newest of
  ``date``, ``updated`` and its updates' dates) that the editor has not marked seen with
  ``seen: {<term slug>: <date>}``. The warning points at the date the last update comes from
  (the newest update's ``date``, else ``updated``, else ``date``): the date the events are
  compared with, and where a new update goes;
- a ``seen:`` entry names a term that does not exist, or one the explainer does not mention;
- a term's ``as_of`` is older than one of its own events, or else older than the newest event
  of a term its ``related:`` list names (at most one warning per term, at ``as_of``).
"""

from __future__ import annotations

import datetime as dt

from explainer.content.history import newest_first, unseen_events
from explainer.content.model import Event, Explainer, Term
from explainer.core.diagnostics import Diagnostics, did_you_mean
from explainer.site.pages import ExplainerPage, Site

AS_OF_HINT = "check the facts and sources again, then set as_of to the date you checked them"


def check_freshness(site: Site, diags: Diagnostics) -> None:
    """Report explainers and terms that events have overtaken, and stray ``seen:`` entries."""
    for page in site.explainers:
        check_explainer(page, diags)
        check_seen(page, site, diags)
    for term_page in site.terms:
        check_term(term_page.term, site, diags)


def last_update_place(explainer: Explainer) -> tuple[int, int]:
    """Where the explainer's last update date is written (its newest update, ``updated`` or
    ``date``)."""
    newest = explainer.last_update
    dated = [(n, u) for n, u in enumerate(explainer.updates, start=1) if u.date == newest]
    if dated:
        n = dated[-1][0]
        return explainer.where.get(f"updates[{n}].date", (dated[-1][1].line, 1))
    if explainer.updated == newest and explainer.updated != explainer.date:
        return explainer.where.get("updated", (1, 1))
    return explainer.where.get("date", (1, 1))


def check_explainer(page: ExplainerPage, diags: Diagnostics) -> None:
    """A warning for each mentioned term with events after the last update, not seen."""
    explainer = page.explainer
    after = explainer.last_update
    for term in page.terms:
        unseen = unseen_events(term.events, after, explainer.seen.get(term.slug))
        if unseen:
            line, col = last_update_place(explainer)
            diags.warning(explainer.path, line, col, unseen_message(term, unseen, after),
                          hint=unseen_hint(explainer, term, newest_first(tuple(unseen))[0]))


def unseen_message(term: Term, unseen: list[Event], after: dt.date) -> str:
    newest = max(event.date for event in unseen)
    if len(unseen) == 1:
        return (f"'{term.name}' has 1 event after this explainer's last update ({after}), "
                f"on {newest}; add an update or mark it seen")
    return (f"'{term.name}' has {len(unseen)} events after this explainer's last update "
            f"({after}), the newest {newest}; add an update or mark them seen")


def unseen_hint(explainer: Explainer, term: Term, newest: Event) -> str:
    entry = f"{term.slug}: {newest.date}"
    seen = f"add '{entry}' to its seen: map" if explainer.seen else f"write seen: {{{entry}}}"
    return f"add an update dated {newest.date} or later, or {seen}"


def check_seen(page: ExplainerPage, site: Site, diags: Diagnostics) -> None:
    """``seen:`` entries must name terms the explainer mentions."""
    explainer = page.explainer
    mentioned = {term.slug for term in page.terms}
    for slug in explainer.seen:
        if slug in mentioned:
            continue
        line, col = explainer.where.get(f"seen.{slug}", explainer.where.get("seen", (1, 1)))
        if slug not in site.glossary.terms:
            diags.warning(explainer.path, line, col, f"seen: names unknown term '{slug}'",
                          hint=did_you_mean(slug, site.glossary.terms)
                          or "name a term by the slug of its file in content/glossary/")
        else:
            diags.warning(explainer.path, line, col,
                          f"seen: names '{slug}', a term this explainer does not mention",
                          hint=did_you_mean(slug, mentioned)
                          or "remove the entry: only the terms it mentions have events to see")


def check_term(term: Term, site: Site, diags: Diagnostics) -> None:
    """A term whose facts were checked before one of its events, or a related term's."""
    line, col = term.where.get("as_of", (1, 1))
    own = max((event.date for event in term.events), default=None)
    if own is not None and own > term.as_of:
        diags.warning(term.path, line, col,
                      f"'{term.name}' has an event dated {own}, after the date its facts "
                      f"were checked (as_of: {term.as_of})", hint=AS_OF_HINT)
        return
    related = newest_related(term, site)
    if related is not None and related[1] > term.as_of:
        other, date = related
        diags.warning(term.path, line, col,
                      f"'{term.name}' was checked on {term.as_of} (as_of), before the newest "
                      f"event of the related term '{other.name}' ({date}); check its facts "
                      "again and update as_of", hint=AS_OF_HINT)


def newest_related(term: Term, site: Site) -> tuple[Term, dt.date] | None:
    """The related term (of its own ``related:`` list) with the newest event, and its date."""
    found = [(max(event.date for event in other.events), other)
             for slug in term.related
             if (other := site.glossary.terms.get(slug)) is not None and other.events]
    if not found:
        return None
    date, other = max(found, key=lambda pair: pair[0])
    return other, date
