"""Gather, then emit: load and render the whole site in memory before anything is written.

:func:`gather` reads ``content/``, renders every Markdown body (explainers with the glossary
extension) and assembles a :class:`Site`: pages with their URLs, tags, glossary backlinks and
related terms both ways. Problems from every stage are collected in the diagnostics.
"""

from __future__ import annotations

import dataclasses
import functools
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

import markdown

from explainer.content.files import content_files as listed_files
from explainer.content.files import media_files, settings_file
from explainer.content.limits import within_limits
from explainer.content.loader import load_config, load_explainer, load_term, normal_base_url
from explainer.content.model import Config, Explainer, Term
from explainer.content.placeholders import check_placeholders
from explainer.content.sanitize import safe_body
from explainer.content.topics import readable_name, warn_unused
from explainer.content.updates import UpdatesPlaceholder, place_updates, shown_updates
from explainer.core.console import Progress
from explainer.core.diagnostics import (
    Diagnostic,
    Diagnostics,
    did_you_mean,
    display_path,
    reset_suggestions,
)
from explainer.core.memory import give_back
from explainer.core.spec import SiteSpec
from explainer.core.urls import explainer_url, file_of, relative, slugify, term_url
from explainer.glossary.bidi import BidiExtension
from explainer.glossary.converters import CONVERTERS, MARKDOWN_EXTENSIONS
from explainer.glossary.extension import GlossaryExtension, Policy
from explainer.glossary.references import Problem
from explainer.glossary.terms import Glossary, build_glossary
from explainer.site.memo import BuildCache
from explainer.site.pages import (
    Backlink,
    ExplainerPage,
    Letter,
    Site,
    Tag,
    TagPage,
    TermPage,
)
from explainer.site.pictures import check_lead_image
from explainer.site.since import what_since
from explainer.site.timeline import TimelineExtension

T = TypeVar("T", Explainer, Term)
Bodies = Callable[[list[Explainer], Glossary, Config, Progress],
                  list[tuple["ExplainerPage", tuple[Diagnostic, ...]]]]
Item = TypeVar("Item")


def content_files(folder: Path, content: Path | None = None,
                  diags: Diagnostics | None = None) -> list[Path]:
    """The Markdown files of a content folder and its subfolders, in a stable order; links out
    of ``content`` (default: the folder's parent), FIFOs and misnamed files are left out and
    reported to ``diags`` (see :mod:`explainer.content.files`)."""
    return listed_files(folder, content or folder.parent,
                        Diagnostics() if diags is None else diags)


def gather(spec: SiteSpec, diags: Diagnostics, cache: BuildCache | None = None,
           progress: Progress | None = None, bodies: Bodies | None = None,
           stash: Callable[[Explainer], Explainer] | None = None) -> Site | None:
    """The whole site in memory, or None when content errors were found (all reported).

    With a ``cache`` from an earlier build, unchanged files are not read or rendered again.
    The spec's ``base_url`` replaces the one in ``site.yml`` (the Pages workflow passes the
    real one).
    ``bodies`` renders the explainers elsewhere (in a pool: see :mod:`explainer.pipeline.parallel`).
    ``stash`` puts an explainer's Markdown source away once the checks that read it are done
    (``bodies`` then gets the source back); the cache forgets the explainers it loaded, so
    only a one-off build should stash.
    """
    cache = cache or BuildCache()
    progress = progress or Progress(None)
    reset_suggestions()
    config = _config(spec, cache, diags)
    glossary = _glossary(spec, cache, diags)
    glossary_ok = config is not None and not diags.has_errors
    explainers = _explainers(spec, cache, config, progress, diags)
    if not glossary_ok:  # bodies cannot be checked against a glossary that did not load
        return None
    assert config is not None
    left_out = 0 if spec.drafts else sum(e.draft for e in explainers)
    explainers = [e for e in explainers if spec.drafts or not e.draft]
    if stash is not None:  # the sources wait elsewhere until their bodies are rendered
        explainers = [stash(e) for e in explainers]
        cache.drop("explainer")
        give_back()
    pages = _pages(explainers, glossary, config, cache, progress, bodies, diags)
    if diags.has_errors:
        return None
    site = assemble(config, pages, glossary,
                    functools.partial(_term_html, cache, glossary, config, diags))
    cache.prune()
    return dataclasses.replace(site, drafts_left_out=left_out) if left_out else site


def _config(spec: SiteSpec, cache: BuildCache, diags: Diagnostics) -> Config | None:
    """The site's settings (``site.yml``), with the spec's base URL when it gives one."""
    config = (cache.load("config", spec.settings, load_config, diags)
              if settings_file(spec.content, diags) else None)
    if config is None or spec.base_url is None:
        return config
    loaded, base_url = config, spec.base_url
    return cache.derive("config", base_url, (loaded,), lambda _: dataclasses.replace(
        loaded, base_url=normal_base_url(base_url)), diags)


def _glossary(spec: SiteSpec, cache: BuildCache, diags: Diagnostics) -> Glossary:
    """The glossary compiled from the term files (each read once per change)."""
    term_files = content_files(spec.glossary, spec.content, diags)
    terms = _unique([cache.load("term", p, load_term, diags) for p in term_files], diags)
    slugs = frozenset(p.stem for p in term_files)
    return cache.derive("glossary", slugs, tuple(terms),
                        lambda d: build_glossary(terms, d, slugs), diags)


def _explainers(spec: SiteSpec, cache: BuildCache, config: Config | None,
                progress: Progress, diags: Diagnostics) -> list[Explainer]:
    """Every explainer, drafts included, with the checks that need no glossary: their lead
    pictures, placeholders left in, tags the settings do not know."""
    files = content_files(spec.explainers, spec.content, diags)
    media_files(spec.content, diags)  # only to report links out of the folder, FIFOs...
    explainers = _unique([cache.load("explainer", p, load_explainer, diags)
                          for p in counted(files, "Reading explainers", progress)], diags)
    for explainer in explainers:
        check_lead_image(explainer, spec.content, diags)
    check_placeholders(explainers, diags)  # drafts are exempt
    if config is not None:
        warn_unused(config, (tag for e in explainers for tag in e.tags), diags)
    return explainers


def _pages(explainers: list[Explainer], glossary: Glossary, config: Config,
           cache: BuildCache, progress: Progress, bodies: Bodies | None,
           diags: Diagnostics) -> list[ExplainerPage]:
    """The explainers' rendered bodies: here (each kept in the cache), or by ``bodies``."""
    if bodies is None:
        return [cache.derive("page", e.path, (e, glossary, config),
                             functools.partial(explainer_page, e, glossary, config), diags)
                for e in counted(explainers, "Rendering explainers", progress)]
    return [_rebound(e, page, problems, glossary, config, diags) for e, (page, problems)
            in zip(explainers, bodies(explainers, glossary, config, progress), strict=True)]


def _rebound(explainer: Explainer, page: ExplainerPage, problems: tuple[Diagnostic, ...],
             glossary: Glossary, config: Config, diags: Diagnostics) -> ExplainerPage:
    """A page rendered in another process (or read from a cache), holding this process's
    explainer and terms (a build's explainers may have put their sources away: see
    :mod:`explainer.pipeline.spill`)."""
    diags.extend(problems)
    terms = tuple(glossary.terms[t.slug] for t in page.terms)
    return dataclasses.replace(page, explainer=explainer, terms=terms,
                               since=what_since(explainer, terms, config.since))


def counted(items: list[Item], label: str, progress: Progress) -> Iterator[Item]:
    """The items, with the progress line counting them."""
    progress.stage(label, len(items))
    for item in items:
        yield item
        progress.advance()


def _unique(items: list[T | None], diags: Diagnostics) -> list[T]:
    """The loaded items; a slug used by two files is an error naming both."""
    seen: dict[str, T] = {}
    for item in items:
        if item is None:
            continue
        if item.slug in seen:
            first = display_path(seen[item.slug].path)
            diags.error(item.path, 1, 1, f"duplicate slug '{item.slug}': {first} has it too",
                        hint="two files would write the same page: rename one of them")
            continue
        seen[item.slug] = item
    return list(seen.values())


def render_markdown(text: str, extensions: list) -> str:
    """Markdown to HTML with a fresh Markdown instance (no state leaks between pages)."""
    return markdown.Markdown(extensions=[*MARKDOWN_EXTENSIONS, *extensions],
                             output_format="html").convert(text)


def render_body(item: Explainer | Term, extensions: list | markdown.Markdown,
                embeds: tuple[str, ...], diags: Diagnostics) -> str:
    """A content file's body as safe HTML; "" after an error when it breaks a limit.

    ``extensions`` are added to a fresh Markdown instance; a reset instance is used as it is.
    """
    if not within_limits(item.body, item.path, item.body_line, diags):
        return ""
    try:
        html = (extensions.convert(item.body) if isinstance(extensions, markdown.Markdown)
                else render_markdown(item.body, extensions))
    except RecursionError:
        if isinstance(extensions, markdown.Markdown):
            CONVERTERS.drop(extensions)
        diags.error(item.path, item.body_line, 1, "the text is nested too deeply for Markdown "
                    "to read (lists, quotes or definition lists inside one another)",
                    hint="put blank lines between the items, or flatten the nesting")
        return ""
    return safe_body(html, item.body, item.path, item.body_line, embeds, diags)


def policy_for(explainer: Explainer, config: Config) -> Policy:
    """The site's glossary settings with the explainer's own overrides."""
    own, site = explainer.glossary, config.glossary
    return Policy(link=own.link or site.link,
                  boxes=site.boxes if own.boxes is None else own.boxes,
                  exclude=frozenset(own.exclude), skip_quotes=site.skip_quotes)


def _check_excludes(explainer: Explainer, glossary: Glossary, diags: Diagnostics) -> None:
    for slug in explainer.glossary.exclude:
        if slug not in glossary.terms:
            line, col = explainer.where.get("glossary", (1, 1))
            diags.error(explainer.path, line, col, f"glossary.exclude names unknown term '{slug}'",
                        hint=did_you_mean(slug, glossary.terms) or "list term slugs")


def _report_problems(explainer: Explainer, problems: list[Problem], diags: Diagnostics) -> None:
    """Problems the extension found, at their line and column in the file."""
    for problem in dict.fromkeys(problems):  # two reference-style links share a place
        diags.error(explainer.path, explainer.body_line + problem.line - 1, problem.column,
                    problem.message,
                    hint="write [words](term:<slug>) with the slug of a glossary file")


def explainer_page(explainer: Explainer, glossary: Glossary, config: Config,
                   diags: Diagnostics) -> ExplainerPage:
    """An explainer's body rendered with the glossary, and what the glossary found in it."""
    url = explainer_url(explainer.slug)
    _check_excludes(explainer, glossary, diags)
    root = relative(url, "").removesuffix("index.html")  # "../../" from explainers/<slug>/
    policy, language = policy_for(explainer, config), explainer.language or config.language
    md, (ext, _, timeline, _) = CONVERTERS.get(
        glossary, ("explainer", policy, language, root),
        lambda: _explainer_extensions(glossary, policy, language, root))
    html = render_body(explainer, md, config.embeds, diags)
    html, updates_at = place_updates(html, explainer, diags)
    _report_problems(explainer, ext.result.problems, diags)
    timeline.report(explainer.path, explainer.body_line, diags)
    tags = tuple(dict.fromkeys(Tag(slugify(t), t) for t in explainer.tags if slugify(t)))
    terms = tuple(glossary.terms[slug] for slug in ext.result.used)
    return ExplainerPage(explainer, url, html, terms, tags, dict(ext.result.sentences),
                         ext.policy.boxes, shown_updates(explainer, config.embeds, diags),
                         updates_at, what_since(explainer, terms, config.since))


def _explainer_extensions(glossary: Glossary, policy: Policy, language: str | None,
                          root: str) -> list:
    """The extensions of an explainer's body, in the order they are registered."""
    return [GlossaryExtension(glossary, lambda slug: root + file_of(term_url(slug)), policy),
            BidiExtension(language), TimelineExtension(), UpdatesPlaceholder()]


def sort_key(text: str) -> str:
    """Alphabetical order that ignores case and accents."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return plain.casefold().lstrip("'\"‘“(") or text.casefold()


def assemble(config: Config, pages: list[ExplainerPage], glossary: Glossary,
             term_html: Callable[[Term], str] | None = None) -> Site:
    """Order the pages and derive tags, backlinks, related terms and the A–Z letters."""
    term_html = term_html or functools.partial(_term_body, glossary, language=config.language)
    explainers = _named_tags(config, sorted(pages, key=lambda p: (
        -p.explainer.date.toordinal(), sort_key(p.explainer.title))))
    backlinks: dict[str, list[Backlink]] = {slug: [] for slug in glossary.terms}
    for page in explainers:
        for term in page.terms:
            backlinks[term.slug].append(Backlink(page, page.sentences.get(term.slug, "")))
    reverse: dict[str, list[Term]] = {slug: [] for slug in glossary.terms}
    for term in glossary.terms.values():
        for slug in term.related:
            reverse[slug].append(term)
    terms = tuple(sorted((_term_page(t, glossary, reverse[t.slug], backlinks[t.slug], term_html)
                          for t in glossary.terms.values()), key=lambda p: sort_key(p.term.name)))
    return Site(config, explainers, terms, _tag_pages(explainers), _letters(terms), glossary)


def _term_page(term: Term, glossary: Glossary, reverse: list[Term],
               backlinks: list[Backlink], term_html: Callable[[Term], str]) -> TermPage:
    """A term's page: related terms both ways (its own list first), backlinks newest first."""
    named = [glossary.terms[s] for s in term.related]
    others = sorted((t for t in reverse if t.slug not in term.related),
                    key=lambda t: sort_key(t.name))
    related = tuple(t for t in dict.fromkeys([*named, *others]) if t.slug != term.slug)
    return TermPage(term, term_url(term.slug), term_html(term), related, tuple(backlinks))


def _term_body(glossary: Glossary, term: Term, language: str | None = None,
               embeds: tuple[str, ...] = (), diags: Diagnostics | None = None) -> str:
    """A term's own text as safe HTML (the glossary extension only checks its term: links)."""
    md, _ = CONVERTERS.get(glossary, ("term", language), lambda: [
        GlossaryExtension(glossary, lambda slug: slug, Policy(link="none", boxes=False)),
        BidiExtension(language)])
    return render_body(term, md, embeds, diags if diags is not None else Diagnostics())


def _term_html(cache: BuildCache, glossary: Glossary, config: Config, diags: Diagnostics,
               term: Term) -> str:
    return cache.derive("term", term.path, (term, glossary, config),
                        lambda d: _term_body(glossary, term, config.language, config.embeds, d),
                        diags)


def _named_tags(config: Config, pages: list[ExplainerPage]) -> tuple[ExplainerPage, ...]:
    """The pages with readable topic names, the same on every page (explainer.content.topics)."""
    spellings: dict[str, list[str]] = {}
    for page in pages:
        for tag in page.tags:
            spellings.setdefault(tag.slug, []).append(tag.name)
    topics = {topic.slug: topic for topic in config.topics}
    tags = {slug: Tag(slug, readable_name(slug, names, topics.get(slug)),
                      topics[slug].description if slug in topics else "")
            for slug, names in spellings.items()}
    return tuple(dataclasses.replace(page, tags=_unique_tags(tags[t.slug] for t in page.tags))
                 if page.tags else page for page in pages)


def _unique_tags(tags: Iterable[Tag]) -> tuple[Tag, ...]:
    return tuple(dict.fromkeys(tags))


def _tag_pages(explainers: tuple[ExplainerPage, ...]) -> tuple[TagPage, ...]:
    by_slug: dict[str, list[ExplainerPage]] = {}
    names: dict[str, Tag] = {}
    for page in explainers:
        for tag in page.tags:
            names.setdefault(tag.slug, tag)
            by_slug.setdefault(tag.slug, []).append(page)
    order = sorted(by_slug, key=lambda slug: (sort_key(names[slug].name), slug))
    return tuple(TagPage(names[s], tuple(by_slug[s])) for s in order)


def _letters(terms: tuple[TermPage, ...]) -> tuple[Letter, ...]:
    groups: dict[str, list[TermPage]] = {}
    for page in terms:
        first = sort_key(page.term.name)[:1].upper()
        groups.setdefault(first if first.isalpha() else "#", []).append(page)
    return tuple(Letter(letter, tuple(items)) for letter, items in groups.items())
