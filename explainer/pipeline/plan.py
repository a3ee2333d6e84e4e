"""The build plan: every file of the built site as a :class:`Job`, with the inputs it reads.

:func:`plan` is the one list of what a site's output holds: ``build`` runs it (in one process
or in a pool: :mod:`explainer.pipeline.parallel`), ``serve`` runs it after each save (the open pages
first) and ``check`` reads the pages it lists with where each comes from. A new kind of page
or file is added here once.

A job names its inputs as a cache needs them: the content files it shows (explainers, terms,
media), the glossary terms whose entries it shows (by slug), the layouts it is rendered with
(each with the layouts it extends or includes) and whether it reads the site's settings
(``site.yml`` and the build's options). A page that lists every explainer (the home page,
topics, the feeds) names every explainer file; a page that ranks them by the terms they share
(related explainers) or lists a term's mentions (backlinks) also reads the term → explainers
index (``mentions``), which changes only when an explainer's terms do.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from explainer.content.files import media_files, read_media_file
from explainer.core.diagnostics import Diagnostics
from explainer.core.spec import MEDIA, SiteSpec
from explainer.output import minify
from explainer.output.feeds import FEED, SITEMAP, atom, robots, sitemap
from explainer.output.render import PageSpec, page_specs
from explainer.output.term_feeds import UPDATES, term_feed, term_feed_file, updates_feed
from explainer.output.theme import asset_paths, search_path
from explainer.site.pages import ExplainerPage, Site, TermPage

SEARCH = "pagefind/"  # the search index: one job, run over the written pages
INCLUDE = re.compile(r"""\{%-?\s*(?:extends|include|import|from)\s+["']([^"']+)["']""")
Make = Callable[[Diagnostics], "bytes | None"]


@dataclass(frozen=True)
class Inputs:
    """What a job reads; a cache keys the job by the content of these."""

    files: tuple[Path, ...] = ()  # content files: explainers, terms, media
    terms: tuple[str, ...] = ()  # slugs of the glossary terms whose entries it shows
    layouts: tuple[str, ...] = ()  # layout files (and theme assets), inside the layouts
    settings: bool = True  # site.yml and the build's options (drafts, base URL)
    mentions: bool = False  # which explainers mention which terms (related, backlinks)


@dataclass(frozen=True)
class Job:
    """One output file: what renders it and what it reads.

    ``kind`` is ``page`` (a layout renders ``page``), ``file`` (``make`` writes it: feeds,
    sitemap, robots.txt), ``copy`` (``make`` reads ``source``: media and theme assets) or
    ``search`` (the index, made over the written site).
    """

    output: str
    kind: str
    inputs: Inputs
    page: PageSpec | None = None
    make: Make | None = None
    source: Path | None = None


def plan(site: Site, spec: SiteSpec, search: bool = False,
         pages: Collection[str] | None = None) -> dict[str, Job]:
    """Every output file of the site, by its path inside ``output/``, in the order a
    one-process build runs them (the media first, the search index last).

    With ``pages``, only those pages' jobs and the copies (media and theme assets): the jobs
    ``serve`` runs first, for the pages open in a browser."""
    content, layouts = spec.content, spec.layouts
    everything = Inputs(files=_explainer_files(site))
    if pages is not None:
        return {job.output: job for job in (*_media_jobs(content), *_asset_jobs(layouts),
                                            *_page_jobs(site, layouts, everything, pages))}
    jobs = [*_media_jobs(content), *_page_jobs(site, layouts, everything),
            *_asset_jobs(layouts), *_feed_jobs(site, everything)]
    if search:
        jobs.append(Job(SEARCH, "search", Inputs(
            files=(*everything.files, *(p.term.path for p in site.terms)))))
    return {job.output: job for job in jobs}


def run(job: Job, render: Callable[[PageSpec, Diagnostics], bytes | None],
        diags: Diagnostics) -> bytes | None:
    """The bytes of one job (a page through ``render``), or None after reporting why not."""
    if job.page is not None:
        return render(job.page, diags)
    return job.make(diags) if job.make is not None else None


def _explainer_files(site: Site) -> tuple[Path, ...]:
    return tuple(p.explainer.path for p in site.explainers)


def _media_jobs(content: Path) -> list[Job]:
    folder = content / MEDIA  # the listing's problems were reported when the site was read
    return [Job(f"media/{path.relative_to(folder).as_posix()}", "copy", Inputs((path,),
                                                                             settings=False),
                make=functools.partial(read_media_file, path), source=path)
            for path in media_files(content, Diagnostics())]


def _asset_jobs(layouts: Path) -> list[Job]:
    """The theme's files, each replaced by the site's of the same name; stylesheets minified."""
    return [Job(name, "copy", Inputs(layouts=(name,), settings=False),
                make=functools.partial(_asset, path), source=path)
            for name, path in asset_paths(layouts).items()]


def _asset(path: Path, diags: Diagnostics) -> bytes:
    return minify.asset(path.name, path.read_bytes())


def _given(data: bytes, diags: Diagnostics) -> bytes:
    return data


def _page_jobs(site: Site, layouts: Path, everything: Inputs,
               only: Collection[str] | None = None) -> list[Job]:
    chains: dict[str, tuple[str, ...]] = {}
    jobs = []
    for name, spec in page_specs(site, only).items():
        layout = spec[0]
        if layout not in chains:
            chains[layout] = layout_chain(layouts, layout)
        jobs.append(Job(name, "page", _page_inputs(site, spec, everything, chains[layout]),
                        page=spec))
    return jobs


def _page_inputs(site: Site, spec: PageSpec, everything: Inputs,
                 chain: tuple[str, ...]) -> Inputs:
    _, page, objects = spec
    item = objects.get("item")
    if isinstance(item, ExplainerPage):
        shown = [item, *(r.page for r in objects["related"])]
        return Inputs(_paths(p.explainer.path for p in shown),
                      tuple(t.slug for t in item.terms), chain, mentions=True)
    if isinstance(item, TermPage):
        shown = [*(b.page for b in item.mentioned_in),
                 *(r.page for r in objects["related_explainers"])]
        return Inputs(_paths([item.term.path, *(p.explainer.path for p in shown)]),
                      (item.term.slug, *(t.slug for t in item.related)), chain, mentions=True)
    if page.kind == "glossary":
        return Inputs(tuple(p.term.path for p in site.terms),
                      tuple(p.term.slug for p in site.terms), chain)
    if page.kind in ("404", "search"):
        return Inputs(layouts=chain)
    return Inputs(everything.files, layouts=chain)  # lists: every explainer orders them


def _paths(paths: Iterable[Path]) -> tuple[Path, ...]:
    return tuple(dict.fromkeys(paths))


def _feed_jobs(site: Site, everything: Inputs) -> list[Job]:
    terms = tuple(p.term.path for p in site.terms)
    # The full-text feed holds the bodies, whose glossary links and boxes come from every term.
    jobs = [Job(FEED, "file", Inputs((*everything.files, *terms)), make=_made(atom, site)),
            Job(UPDATES, "file", everything, make=_made(updates_feed, site)),
            Job("robots.txt", "file", Inputs(), make=_made(robots, site)),
            Job(".nojekyll", "file", Inputs(settings=False), make=functools.partial(_given, b""))]
    jobs += [Job(term_feed_file(p), "file", _term_feed_inputs(p),
                 make=_made(term_feed, site, p)) for p in site.terms]
    if site.config.base_url:
        jobs.append(Job(SITEMAP, "file", Inputs((*everything.files, *terms)),
                        make=_made(sitemap, site)))
    if site.config.domain:
        jobs.append(Job("CNAME", "file", Inputs(), make=functools.partial(
            _given, f"{site.config.domain}\n".encode())))
    return jobs


def _term_feed_inputs(page: TermPage) -> Inputs:
    """A term's feed lists its events and the explainers that mention it (their titles,
    summaries and dates)."""
    return Inputs(_paths([page.term.path, *(b.page.explainer.path for b in page.mentioned_in)]),
                  (page.term.slug,), mentions=True)


def _made(function: Callable[..., bytes], *args: object) -> Make:
    """A job's ``make`` from a function of the site that reports nothing."""
    return lambda diags: function(*args)


def layout_chain(layouts: Path, name: str) -> tuple[str, ...]:
    """A layout and every layout it extends, includes or imports, in that order."""
    order = [name]
    for current in order:
        order += [n for n in INCLUDE.findall(_layout_text(layouts, current)) if n not in order]
    return tuple(order)


def _layout_text(layouts: Path, name: str) -> str:
    """A layout's text, from the site's layouts or else the theme's ("" when unreadable)."""
    for folder in search_path(layouts):
        try:
            return (folder / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
    return ""
