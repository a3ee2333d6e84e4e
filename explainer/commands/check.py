"""The ``check`` command: build the site in memory and report what would trip a reader up.

Besides every problem the build itself reports (content errors, placeholders outside drafts,
and the glossary's warnings: unused and out-of-date terms, and the freshness check of
:mod:`explainer.site.freshness`: terms' events after an explainer's last update that are not marked
``seen``, stale ``as_of``), ``check`` reads every built page and reports:

- errors: a link to a page or file that is not in the site, an ``#anchor`` that no element
  on the target page has, an image that is not in the site, a link that leaves the site or
  starts with ``/`` (it breaks on disk and under a sub-path), and a malformed web address
  (no host, a space, an unknown scheme such as ``htp:``, or ``javascript:``);
- warnings: an image without alt text (a warning, not an error: empty alt text is right for
  a purely decorative image, so only the editor can tell), and an explainer without a source.
  An explainer without a summary never gets this far: the build refuses it.

Each problem is reported where the editor can fix it: at its line and column in the Markdown
of an explainer or term, at the front-matter key it comes from, or in the layout (with the
pages it shows on) when the link is the layout's own. Output is grouped by file, then one
summary line; the exit code is 1 on any error, and on any warning with ``--strict``.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from explainer.content.linkcheck import Built, Link, Problem, link_problem, resolve, scan
from explainer.content.model import Explainer, Term
from explainer.core.diagnostics import WARNING, Diagnostic, Diagnostics, display_path
from explainer.core.spec import SiteSpec
from explainer.core.urls import relative
from explainer.pipeline.builder import build_files
from explainer.pipeline.plan import Job
from explainer.site.pages import ExplainerPage, Site, TermPage

INCLUDE = re.compile(r"""\{%-?\s*(?:extends|include|import|from)\s+["']([^"']+)["']""")
Place = tuple[Path, int, int]


@dataclass(frozen=True)
class Origin:
    """Where a built page comes from: its layout, and the explainer or term it shows."""

    layout: str
    doc: Explainer | Term | None = None
    body_html: str = ""
    fields: Mapping[str, str] = field(default_factory=dict)  # value in the page -> key


@dataclass(frozen=True)
class CheckResult:
    diagnostics: Diagnostics  # grouped by file, then by line and column
    built: bool
    explainers: int = 0
    terms: int = 0
    pages: int = 0

    @property
    def files(self) -> int:
        return len({d.path for d in self.diagnostics})


def check(spec: SiteSpec) -> CheckResult:
    """Build in memory and check it; a failed build gives its own problems only."""
    result = build_files(spec)
    if result.site is None or result.diagnostics.has_errors:
        return CheckResult(grouped(result.diagnostics), built=False)
    site = result.site
    pages = {name: data.decode("utf-8", "replace") for name, data in result.files.items()
             if name.endswith(".html")}
    diags = Diagnostics()
    diags.extend(result.diagnostics)
    for page in site.explainers:
        check_explainer(page.explainer, diags)
    diags.extend(check_links(site, result.jobs, pages, result.files, spec.layouts))
    return CheckResult(grouped(diags), True, len(site.explainers), len(site.terms), len(pages))


def grouped(diags: Diagnostics) -> Diagnostics:
    """The problems sorted by file, then line and column (otherwise in the order found)."""
    ordered = Diagnostics()
    ordered.extend(sorted(diags, key=lambda d: (d.path, d.line, d.col)))
    return ordered


def check_explainer(explainer: Explainer, diags: Diagnostics) -> None:
    """Front-matter problems the build accepts: no source. (A lead image without alt text is
    the build's own warning: see explainer.site.pictures.)"""
    if explainer.source is None:
        diags.warning(explainer.path, 1, 1, "explainer has no source",
                      hint="name the original article: source: {name: Al Jazeera, "
                           "url: https://...}")


def origins(jobs: Mapping[str, Job]) -> dict[str, Origin]:
    """Every page's origin, by its file in the site, from the build's plan."""
    found = {}
    for name, job in jobs.items():
        if job.page is None:
            continue
        layout, page, objects = job.page
        item, lead = objects.get("item"), objects.get("lead")
        if isinstance(item, ExplainerPage):
            found[name] = Origin(layout, item.explainer, item.body_html, explainer_fields(item))
        elif isinstance(item, TermPage):
            found[name] = Origin(layout, item.term, item.body_html,
                                 {s.url: "sources" for s in item.term.sources})
        elif isinstance(lead, ExplainerPage):  # the home page shows the lead's picture
            found[name] = Origin(layout, lead.explainer, "", explainer_fields(lead, page.url))
        else:
            found[name] = Origin(layout)
    return found


def explainer_fields(page: ExplainerPage, shown_on: str | None = None) -> dict[str, str]:
    """The front-matter values an explainer's page (or the page at ``shown_on``) shows as
    links, with their keys."""
    e = page.explainer
    fields = {e.source.url: "source"} if e.source and e.source.url else {}
    if e.image and e.image.src:
        src = e.image.src
        fields[src if src.startswith(("http://", "https://")) else
               relative(page.url if shown_on is None else shown_on, src)] = "image"
    return fields


def link_problems(built: Built, page: str, link: Link, from_field: bool) -> Iterator[Problem]:
    """What is wrong with a link; a front-matter image's alt text is checked on its own."""
    problem = link_problem(built, page, link)
    if problem:
        yield problem
    if link.is_image and not from_field and not (link.alt or "").strip():
        target = resolve(page, link.value)[0] if "://" not in link.value else link.value
        yield Problem(WARNING, f"image '{link.value}' has no alt text", f"alt:{target}",
                      hint="describe the picture for readers who cannot see it: "
                           f"![What it shows]({link.value})")


def check_links(site: Site, jobs: Mapping[str, Job], pages: Mapping[str, str],
                files: Mapping[str, bytes], layouts: Path) -> list[Diagnostic]:
    """Problems with links and images: once each in content, once per layout line.

    HTML files copied as they are (from content/media/ or layouts/assets/) are link targets
    whose ids count as anchors; their own links are not checked.
    """
    built = Built(files, {name: scan(html) for name, html in pages.items()},
                  root=urlsplit(site.config.base_url).path if site.config.base_url else "")
    found = origins(jobs)
    finder = Layouts(layouts)
    reports: dict[tuple, tuple[Diagnostic, list[str]]] = {}
    for page in sorted(found.keys() & pages.keys()):
        origin = found[page]
        for link, nth in body_links(pages[page], built.scans[page].links, origin.body_html):
            from_field = nth < 0 and link.value in origin.fields
            for problem in link_problems(built, page, link, from_field):
                key, diag, shared = report(origin, link, nth, problem, finder)
                reports.setdefault(key, (diag, []))[1].append(page if shared else "")
    return [on_pages(diag, names) for diag, names in reports.values()]


def report(origin: Origin, link: Link, nth: int, problem: Problem,
           finder: Layouts) -> tuple[tuple, Diagnostic, bool]:
    """A problem's diagnostic, the key that merges its repeats, and whether it is a layout's."""
    place, shared = locate(origin, link, nth, problem, finder)
    hint = layout_hint(problem) if shared else problem.hint
    diag = Diagnostic(display_path(place[0]), place[1], place[2], problem.severity,
                      problem.message, hint)
    return (*place, problem.severity, problem.target if shared else problem.message), diag, shared


def layout_hint(problem: Problem) -> str | None:
    """A hint for a layout's problem, which does not depend on the page it shows on."""
    if problem.closest:
        return f"the closest file is {problem.closest}"
    if problem.target.startswith("alt:"):
        return 'give the <img> an alt="..." that describes it'
    return None if problem.page_hint else problem.hint


def on_pages(diag: Diagnostic, pages: list[str]) -> Diagnostic:
    """A layout's problem names the pages it shows on (content problems have no pages)."""
    if not pages[0]:
        return diag
    more = len(pages) - 1
    where = pages[0] + (f" and {more} other page{'s' * (more != 1)}" if more else "")
    return Diagnostic(diag.path, diag.line, diag.col, diag.severity,
                      f"{diag.message} (on {where})", diag.hint)


def body_links(html: str, links: tuple[Link, ...], body_html: str) -> Iterator[tuple[Link, int]]:
    """Each link with its occurrence number among the body's links of its value, or -1."""
    start = html.find(body_html) if body_html else -1
    in_body: Counter[str] = Counter()
    if start < 0 and body_html:  # a layout that changes the body: count its links instead
        in_body.update(link.value for link in scan(body_html).links)
    seen: Counter[str] = Counter()
    for link in links:
        inside = (start <= link.offset < start + len(body_html) if start >= 0
                  else seen[link.value] < in_body[link.value])
        yield link, seen[link.value] if inside else -1
        seen[link.value] += int(inside)


def locate(origin: Origin, link: Link, nth: int, problem: Problem,
           finder: Layouts) -> tuple[Place, bool]:
    """Where to report a link's problem, and whether it is a layout's (shared by pages)."""
    doc = origin.doc
    if doc is not None and nth >= 0:
        return in_markdown(doc, link.value, nth), False
    if doc is not None and link.value in origin.fields:
        line, col = doc.where.get(origin.fields[link.value], (1, 1))
        return (doc.path, line, col), False
    return finder.find(origin.layout, needles(link, problem)), True


LINK_BEFORE = re.compile(r"""(?:\]\(\s*<?|<|\]:\s*<?|(?:href|src)\s*=\s*["']?)$""")


def in_markdown(doc: Explainer | Term, value: str, nth: int) -> Place:
    """The nth place the Markdown names a link target (the body's start if it does not)."""
    body = doc.body
    for text in dict.fromkeys((value, value.replace("&", "&amp;"))):
        pattern = re.compile(r"(?<![\w/.%#~-])" + re.escape(text) + r"(?!\.?[\w/%~-])")
        plain = [m.start() for m in pattern.finditer(body)]
        # where Markdown or HTML writes it as a link: ](x  <x>  ]: x  href="x"  src='x'
        written = [at for at in plain if LINK_BEFORE.search(body, max(0, at - 8), at)]
        hits = written or plain
        if hits:
            offset = hits[min(nth, len(hits) - 1)]
            line = body.count("\n", 0, offset)
            col = offset - (body.rfind("\n", 0, offset) + 1) + 1
            return doc.path, doc.body_line + line, col
    return doc.path, doc.body_line, 1


def needles(link: Link, problem: Problem) -> list[str]:
    """Texts that may write a link in a layout: the link itself, its anchor, its target."""
    found = [link.value]
    path, _, fragment = problem.target.removeprefix("alt:").partition("#")
    if fragment:
        found.append("#" + fragment)
    if path and "://" not in path:
        forms = dict.fromkeys((path, path.removesuffix("index.html")))
        found += [quote + form + quote for form in forms if form for quote in "'\""]
    return found


class Layouts:
    """The layout files, read once, searched for the text of a link."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lines: dict[str, list[str]] = {}
        self._found: dict[tuple[str, tuple[str, ...]], Place] = {}
        self._all = sorted(p.relative_to(folder).as_posix()
                           for p in folder.rglob("*.html")) if folder.is_dir() else []

    def lines(self, name: str) -> list[str]:
        if name not in self._lines:
            try:
                self._lines[name] = (self.folder / name).read_text(encoding="utf-8").split("\n")
            except (OSError, UnicodeDecodeError):
                self._lines[name] = []
        return self._lines[name]

    def chain(self, name: str) -> list[str]:
        """A layout and every layout it extends, includes or imports, in that order."""
        order = [name]
        for current in order:
            for line in self.lines(current):
                order += [n for n in INCLUDE.findall(line) if n not in order]
        return order

    def find(self, name: str, texts: list[str]) -> Place:
        """The first place a layout (its own chain first) writes one of the texts."""
        key = (name, tuple(texts))
        if key not in self._found:
            self._found[key] = self._search(name, texts)
        return self._found[key]

    def _search(self, name: str, texts: list[str]) -> Place:
        for layout in dict.fromkeys([*self.chain(name), *self._all]):
            for text in texts:
                for number, line in enumerate(self.lines(layout), start=1):
                    col = line.find(text)
                    if col >= 0:
                        return self.folder / layout, number, col + 1 + (text[0] in "'\"")
        return self.folder / name, 1, 1


def summary(result: CheckResult, strict: bool = False) -> str:
    """The last line: how many problems in how many files, and what was checked."""
    errors, warnings = len(result.diagnostics.errors), len(result.diagnostics.warnings)
    counts = [f"{n:,} {word}{'s' * (n != 1)}"
              for n, word in ((errors, "error"), (warnings, "warning")) if n]
    files = f"{result.files:,} file{'s' * (result.files != 1)}"
    found = f"{' and '.join(counts)} in {files}" if counts else "no problems"
    if not result.built:
        return f"check: {found}; the build failed, so links and images were not checked"
    scope = (f"{result.explainers:,} explainer{'s' * (result.explainers != 1)}, "
             f"{result.terms:,} term{'s' * (result.terms != 1)}, "
             f"{result.pages:,} page{'s' * (result.pages != 1)}")
    fails = "; --strict makes the warnings fail" if strict and warnings and not errors else ""
    return f"check: {found} ({scope}){fails}"


def exit_code(result: CheckResult, strict: bool = False) -> int:
    diags = result.diagnostics
    return 1 if not result.built or diags.has_errors or (strict and diags.warnings) else 0


def run_check(args: argparse.Namespace, spec: SiteSpec) -> int:
    """Run ``check``: problems grouped by file on stderr, the summary line on stdout."""
    if not args.content.is_dir():
        print(f"{display_path(args.content)}: error: no such folder\n"
              "  hint: run check in the site's folder, or name the folder with --content",
              file=sys.stderr)
        return 1
    try:
        result = check(spec)
    except OSError as exc:
        print(f"{display_path(exc.filename or args.content)}: error: {exc.strerror or exc}",
              file=sys.stderr)
        return 1
    for index, (_, items) in enumerate(itertools.groupby(result.diagnostics,
                                                          key=lambda d: d.path)):
        if index:
            print(file=sys.stderr)
        for diagnostic in items:
            print(diagnostic.format(), file=sys.stderr)
    print(summary(result, args.strict))
    return exit_code(result, args.strict)
