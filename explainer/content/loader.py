"""Load and validate the content folder: ``site.yml``, explainers and glossary terms."""

from __future__ import annotations

import os
import re
from pathlib import Path

import yaml

from explainer.content.history import (
    CORRECTIONS_KEY,
    EVENTS_KEY,
    KEY_PLAYERS_KEY,
    SEEN_KEY,
    SINCE_KEY,
    TIMELINE_KEY,
    TYPE_KEY,
    UPDATES_KEY,
    corrections_from,
    events_from,
    since_from,
    updates_from,
)
from explainer.content.model import (
    LINK_POLICIES,
    TERM_KINDS,
    Config,
    Explainer,
    GlossaryOptions,
    GlossaryOverride,
    Image,
    SinceOptions,
    Source,
    Term,
    TermSource,
)
from explainer.content.schema import Checked, Key, validate
from explainer.content.source import SourceFile, read_source, read_yaml_file
from explainer.content.topics import PER_PAGE_KEY, TOPICS_KEY, per_page_from, topics_from
from explainer.core.diagnostics import Diagnostics
from explainer.core.urls import site_address_problem

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# names Windows cannot give a file or folder: a page with such a slug cannot be checked out
WINDOWS_RESERVED = frozenset({"con", "aux", "nul", "prn", *(f"com{n}" for n in range(1, 10)),
                              *(f"lpt{n}" for n in range(1, 10))})
NAME_HINT = ("a name needs two characters or more, one of them a letter or digit: a shorter "
             "one would match almost anywhere in the text")

DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$",
                    re.IGNORECASE)

SITE_SCHEMA = {
    "title": Key("str", required=True, hint="give the site a name, e.g. title: Explainers"),
    "description": Key("str"),
    "base_url": Key("url", hint="the address the site is published at, e.g. "
                                "base_url: https://name.github.io/repo/"),
    "domain": Key("str", hint="a custom domain, without https://, e.g. "
                              "domain: explainers.example.org"),
    "language": Key("str"),
    "author": Key("str"),
    "embeds": Key("list[str]", hint="list the hosts whose videos or maps pages may embed, "
                                    "e.g. embeds: [www.youtube-nocookie.com]"),
    "glossary": Key("map", fields={
        "link": Key("enum", choices=LINK_POLICIES),
        "boxes": Key("bool"),
        "skip_quotes": Key("bool"),
        "max_age_days": Key("int", hint="warn about terms checked longer ago than this, "
                                        "e.g. max_age_days: 365"),
    }),
    "topics": TOPICS_KEY,
    "per_page": PER_PAGE_KEY,
    "since": SINCE_KEY,
}

EXPLAINER_SCHEMA = {
    "title": Key("str", required=True, hint="add a line: title: \"The headline\""),
    "summary": Key("str", required=True,
                   hint="add a line: summary: \"One or two sentences: the standfirst\""),
    "date": Key("date", required=True,
                hint="add the date the article was first published: date: 2023-05-05"),
    "updated": Key("date", hint="write dates as YYYY-MM-DD, e.g. 2023-05-06"),
    "dateline": Key("str"),
    "byline": Key("list[str]", hint="write a list of names: byline: [Jane Doe, John Roe]"),
    "source": Key("map", hint="write source: {name: Al Jazeera, url: https://...}", fields={
        "name": Key("str", required=True, hint="name the publication: name: Al Jazeera"),
        "url": Key("url"),
    }),
    "image": Key("map", fields={
        "src": Key("str"), "alt": Key("str"), "caption": Key("str"), "credit": Key("str"),
    }),
    "tags": Key("list[str]", hint="write a list: tags: [syria, diplomacy]"),
    "language": Key("str", hint="a language code such as en or ar"),
    "draft": Key("bool"),
    "pinned": Key("bool", hint="pinned: true puts the explainer at the top of the home page"),
    "glossary": Key("map", fields={
        "link": Key("enum", choices=LINK_POLICIES),
        "boxes": Key("bool"),
        "exclude": Key("list[str]", hint="list term slugs: exclude: [arab-league]"),
    }),
    "type": TYPE_KEY,
    "updates": UPDATES_KEY,
    "corrections": CORRECTIONS_KEY,
    "since": SINCE_KEY,
    "seen": SEEN_KEY,
    "key_players": KEY_PLAYERS_KEY,
    "timeline": TIMELINE_KEY,
}

TERM_SCHEMA = {
    "term": Key("str", required=True, hint="add the display name: term: Arab League"),
    "aliases": Key("list[str]", hint="write a list: aliases: [League of Arab States]"),
    "summary": Key("str", required=True, hint="add one or two sentences for the glossary box"),
    "kind": Key("enum", required=True, choices=TERM_KINDS,
                hint="kind is one of: " + ", ".join(TERM_KINDS)),
    "as_of": Key("date", required=True,
                 hint="add the date the facts were last checked: as_of: 2026-11-28"),
    "sources": Key("list[map]", required=True,
                   hint="cite at least one source: sources: [{title: ..., url: https://...}]",
                   fields={
                       "title": Key("str", required=True,
                                    hint="name the page or book you cite: title: Arab League"),
                       "publisher": Key("str"),
                       "url": Key("url", required=True,
                                  hint="give its web address: url: https://..."),
                   }),
    "related": Key("list[str]", hint="list the slugs of related terms: related: [arab-league]"),
    "events": EVENTS_KEY,
}


def load_config(path: Path, diags: Diagnostics) -> Config | None:
    """Read ``site.yml``; None (with errors reported) when it is missing or invalid."""
    checked = _site_settings(path, diags)
    if checked is None:
        return None
    values = checked.values
    domain, embeds = values.get("domain", ""), tuple(values.get("embeds", ()))
    if not (_domain_ok(path, domain, checked, diags)
            and _embed_hosts_ok(path, embeds, checked.where.get("embeds", (1, 1)), diags)
            and _base_url_ok(path, values.get("base_url", ""), checked, diags)
            and _language_ok(path, values.get("language"), checked, diags)):
        return None
    topics = topics_from(path, values.get("topics", {}), checked.where, diags)
    per_page = per_page_from(path, values.get("per_page"), checked.where, diags)
    if topics is None or per_page is None:
        return None
    options = values.get("glossary", {})
    base_url = values.get("base_url") or (f"https://{domain}/" if domain else "")
    return Config(
        path=path, title=values["title"], description=values.get("description", ""),
        base_url=normal_base_url(base_url), language=values.get("language", "en"),
        author=values.get("author", ""), domain=domain, embeds=embeds,
        topics=topics, per_page=per_page,
        since=since_from(values.get("since"), None) or SinceOptions(),
        glossary=GlossaryOptions(link=options.get("link", "first"),
                                 boxes=options.get("boxes", True),
                                 skip_quotes=options.get("skip_quotes", False),
                                 max_age_days=options.get("max_age_days")),
    )


def _site_settings(path: Path, diags: Diagnostics) -> Checked | None:
    """``site.yml``'s keys checked against the schema; None (with errors reported) when the
    file is missing, is not YAML or is not a set of "key: value" lines."""
    if not os.path.isfile(path):
        diags.error(path, 1, 1, "site settings file not found",
                    hint="create it with at least a line: title: My explainers")
        return None
    before = len(diags.errors)
    node, loader = read_yaml_file(path, diags)
    if len(diags.errors) > before:  # unreadable YAML: its keys cannot be checked
        return None
    if node is not None and not isinstance(node, yaml.MappingNode):
        diags.error(path, node.start_mark.line + 1, node.start_mark.column + 1,
                    "site.yml must be a set of 'key: value' lines",
                    hint="write one setting per line, e.g. title: My explainers")
        return None
    checked = validate(path, node, loader, 1, SITE_SCHEMA, diags)
    return None if len(diags.errors) > before or loader is None else checked


def _domain_ok(path: Path, domain: str, checked: Checked, diags: Diagnostics) -> bool:
    if not domain or DOMAIN.match(domain):
        return True
    line, col = checked.where.get("domain", (1, 1))
    diags.error(path, line, col, f"'domain' must be a host name such as "
                f"explainers.example.org, not '{domain}'",
                hint="write the domain alone, without https:// or a path")
    return False


LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


def _language_ok(path: Path, language: str | None, checked: Checked,
                 diags: Diagnostics) -> bool:
    """A language is a code such as en, ar or pt-BR (it is written into pages' lang)."""
    if language is None or LANGUAGE.fullmatch(language):
        return True
    line, col = checked.where.get("language", (1, 1))
    diags.error(path, line, col, f"'language' must be a language code such as en, ar or "
                f"pt-BR, not '{language}'", hint="write the code alone: language: en")
    return False


def _embed_hosts_ok(path: Path, hosts: tuple[str, ...], where: tuple[int, int],
                    diags: Diagnostics) -> bool:
    """Each embed host is a host name (no scheme, path or wildcard)."""
    bad = [host for host in hosts if not DOMAIN.match(host)]
    for host in bad:
        diags.error(path, *where, f"'embeds' must list host names such as "
                    f"www.youtube-nocookie.com, not '{host}'",
                    hint="write each host alone, without https:// or a path")
    return not bad


def _base_url_ok(path: Path, url: str, checked: Checked, diags: Diagnostics) -> bool:
    """base_url is written into robots.txt, feeds and every page's head: only a plain
    http(s) address with a host passes."""
    problem = site_address_problem(url) if url else None
    if problem is not None:
        line, col = checked.where.get("base_url", (1, 1))
        diags.error(path, line, col, f"'base_url' is not a usable web address: {problem}",
                    hint=SITE_SCHEMA["base_url"].hint)
    return problem is None


def normal_base_url(url: str) -> str:
    """The base URL ending with one slash (so page URLs can be appended), or ''."""
    return url.rstrip("/") + "/" if url else ""


def _slug_of(path: Path, diags: Diagnostics) -> str | None:
    slug = path.stem
    if not SLUG.match(slug):
        diags.error(path, 1, 1, f"the file name '{path.name}' is not a valid slug",
                    hint="use lowercase letters, digits and single hyphens, e.g. arab-league.md")
        return None
    if slug in WINDOWS_RESERVED:
        diags.error(path, 1, 1, f"the file name '{path.name}' is reserved on Windows: "
                    f"a page named '{slug}' cannot be saved there",
                    hint="rename the file: Windows reserves con, aux, nul, prn, com1 to com9 "
                         "and lpt1 to lpt9")
        return None
    return slug


def _read_valid(path: Path, schema: dict[str, Key],
                diags: Diagnostics) -> tuple[str, SourceFile, Checked] | None:
    """A content file's slug, source and checked front matter; None after reporting errors."""
    slug = _slug_of(path, diags)
    src = read_source(path, diags)
    if src is None:
        return None
    before = len(diags.errors)
    checked = validate(path, src.meta, src.loader, src.meta_line, schema, diags)
    if len(diags.errors) > before or slug is None:
        return None
    return slug, src, checked


def load_explainer(path: Path, diags: Diagnostics) -> Explainer | None:
    """One explainer file as a validated :class:`Explainer`, or None after reporting errors."""
    valid = _read_valid(path, EXPLAINER_SCHEMA, diags)
    if valid is None:
        return None
    slug, src, checked = valid
    v = checked.values
    if not _language_ok(path, v.get("language"), checked, diags):
        return None
    source = Source(**v["source"]) if "source" in v else None
    image = Image(**v["image"]) if v.get("image") else None
    return Explainer(
        slug=slug, path=path, title=v["title"], summary=v["summary"], date=v["date"],
        body=src.body, body_line=src.body_line, updated=v.get("updated"),
        dateline=v.get("dateline"), byline=tuple(v.get("byline", ())), source=source,
        image=image, tags=tuple(v.get("tags", ())), draft=v.get("draft", False),
        pinned=v.get("pinned", False),
        glossary=_override(v.get("glossary", {})), language=v.get("language"),
        type=v.get("type", "explainer"),
        updates=updates_from(v.get("updates", []), checked.where),
        corrections=corrections_from(v.get("corrections", []), checked.where),
        since=since_from(v.get("since"), None), seen=v.get("seen", {}),
        key_players=v.get("key_players", False), timeline=v.get("timeline"),
        where=checked.where,
    )



def _override(values: dict) -> GlossaryOverride:
    return GlossaryOverride(link=values.get("link"), boxes=values.get("boxes"),
                            exclude=tuple(values.get("exclude", ())))


def load_term(path: Path, diags: Diagnostics) -> Term | None:
    """One glossary file as a validated :class:`Term`, or None after reporting errors."""
    valid = _read_valid(path, TERM_SCHEMA, diags)
    if valid is None:
        return None
    slug, src, checked = valid
    v = checked.values
    if not _names_ok(path, v["term"], v.get("aliases", ()), checked.where, diags):
        return None
    return Term(
        slug=slug, path=path, name=v["term"], summary=v["summary"], kind=v["kind"],
        as_of=v["as_of"], sources=tuple(TermSource(**s) for s in v["sources"]),
        body=src.body, body_line=src.body_line, aliases=tuple(v.get("aliases", ())),
        related=tuple(v.get("related", ())),
        events=events_from(v.get("events", []), checked.where), where=checked.where,
    )


def _name_problem(name: str) -> tuple[str, str] | None:
    """Why a term's name or alias cannot be matched in text, and the hint, or None."""
    if not any(char.isalnum() for char in name):
        return "has no letter or digit", NAME_HINT
    if len(name) < 2:
        return "is one character long", NAME_HINT
    if len(name) > MAX_NAME:
        return (f"is {len(name):,} characters long; the limit is {MAX_NAME}",
                "a name is the words the text uses, e.g. Arab League: put the description "
                "in the summary")
    return None


MAX_NAME = 200  # characters in a term's name or alias (the matcher nests one level a character)


def _shown(name: str) -> str:
    return name if len(name) <= 60 else name[:59] + "…"


def _names_ok(path: Path, name: str, aliases: tuple[str, ...] | list[str],
              where: dict[str, tuple[int, int]], diags: Diagnostics) -> bool:
    """The term's name and every alias can be a mention: not empty, not a lone character."""
    ok = True
    problem = _name_problem(name)
    if problem is not None:
        diags.error(path, *where.get("term", (1, 1)),
                    f"the term name '{_shown(name)}' {problem[0]}", hint=problem[1])
        ok = False
    for index, alias in enumerate(aliases, start=1):
        line, col = where.get(f"aliases[{index}]", where.get("aliases", (1, 1)))
        if not alias:
            diags.error(path, line, col, "an alias is empty",
                        hint="remove the empty item from aliases")
        elif (problem := _name_problem(alias)) is not None:
            diags.error(path, line, col, f"the alias '{_shown(alias)}' {problem[0]}",
                        hint=problem[1])
        else:
            continue
        ok = False
    return ok
