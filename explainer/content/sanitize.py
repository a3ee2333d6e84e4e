"""Safe HTML by default: what a Markdown body may put on a page, and where it broke the rule.

Raw HTML and ``attr_list`` attributes in content pass through Python-Markdown untouched, so
every rendered body is cleaned with an allow-list by `nh3 <https://nh3.readthedocs.io/>`_ (the
Rust sanitiser ammonia) before it reaches a page or the feed: no script, event handler,
``javascript:``/``data:`` address, frame, object, form, meta refresh or style that could load
another host. A site can allow ``<iframe>`` embeds from hosts it lists in ``site.yml``
(``embeds: [www.youtube-nocookie.com]``); such frames are sandboxed.

nh3 does the cleaning; :func:`findings` reads the same HTML against the same allow-list to say
what was removed, so that each removal can be reported where the editor wrote it
(:func:`locate`).
"""

from __future__ import annotations

import bisect
import functools
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import nh3

from explainer.content.linkcheck import DATA_PICTURE, PAGE_SCHEMES, SCHEME, web_problem
from explainer.core.diagnostics import Diagnostics

TAGS = frozenset({
    "a", "abbr", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite",
    "code", "col", "colgroup", "data", "dd", "del", "details", "dfn", "div", "dl", "dt", "em",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd",
    "li", "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small",
    "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
    "time", "tr", "u", "ul", "var", "wbr"})
# removed together with what they hold (a script's code is not text for the reader)
DROP_CONTENT = frozenset({"script", "style", "template", "noscript", "iframe", "object",
                          "embed", "frame", "frameset", "applet", "svg", "math", "textarea",
                          "select", "title", "xmp", "noembed", "noframes", "plaintext"})
VOID = frozenset({"area", "base", "basefont", "bgsound", "input", "keygen", "link", "meta",
                  "param", "source", "track"})
GLOBAL_ATTRIBUTES = frozenset({"id", "class", "lang", "dir", "title", "translate", "role"})
PREFIXES = ("aria-", "data-")
ATTRIBUTES: dict[str, frozenset[str]] = {
    "a": frozenset({"href", "hreflang"}),
    "img": frozenset({"src", "alt", "width", "height", "loading", "decoding"}),
    "td": frozenset({"colspan", "rowspan", "headers", "align", "style"}),
    "th": frozenset({"colspan", "rowspan", "headers", "align", "scope", "abbr", "style"}),
    "col": frozenset({"span"}), "colgroup": frozenset({"span"}),
    "ol": frozenset({"start", "reversed", "type"}), "li": frozenset({"value"}),
    "time": frozenset({"datetime"}), "data": frozenset({"value"}),
    "del": frozenset({"cite", "datetime"}), "ins": frozenset({"cite", "datetime"}),
    "blockquote": frozenset({"cite"}), "q": frozenset({"cite"}),
    "details": frozenset({"open"}),
}
EMBED_ATTRIBUTES = frozenset({"src", "width", "height", "allow", "allowfullscreen", "loading",
                              "referrerpolicy"})
EMBED_SANDBOX = "allow-scripts allow-same-origin allow-popups allow-presentation"
URL_ATTRIBUTES = frozenset({"href", "src", "cite"})
STYLE_PROPERTIES = frozenset({"text-align"})  # the tables extension aligns columns with it
IGNORED_IN_ADDRESS = re.compile(r"[\x00-\x20\x7f]")  # browsers skip them in a scheme
ALIGNMENT = re.compile(r"\s*text-align\s*:\s*(?:left|right|center|justify|start|end)\s*;?\s*",
                       re.IGNORECASE)
RESERVED_PREFIX = "data-pagefind"  # the search index's own attributes, set by the layouts
SEARCH_IGNORE = "data-pagefind-ignore"  # keeps words out of the index: harmless, and boxes use it
REMOTE = re.compile(r"\s*(?:https?:)?//", re.IGNORECASE)
REMOTE_HINT = ("save it in content/media/ and use it from there, so that the page asks no "
               "other host for anything")
MAX_REPORTED = 100  # removals reported one by one in a file
URL_VALUES = (' href="', ' src="', ' cite="')  # as Python-Markdown writes them


@dataclass(frozen=True)
class Finding:
    """Something the sanitiser removes: what to look for in the source, and what to say."""

    needle: str
    message: str
    hint: str


class Sanitizer:
    """The allow-list of one site (with its embed hosts), applied to rendered bodies."""

    def __init__(self, embed_hosts: Iterable[str] = ()) -> None:
        self.embed_hosts = frozenset(host.lower().rstrip(".") for host in embed_hosts)
        tags = set(TAGS)
        attributes = {tag: set(names) for tag, names in ATTRIBUTES.items()}
        attributes["*"] = set(GLOBAL_ATTRIBUTES)
        drop = set(DROP_CONTENT)
        if self.embed_hosts:
            tags.add("iframe")
            drop.discard("iframe")
            attributes["iframe"] = set(EMBED_ATTRIBUTES)
        self._options = dict(
            tags=tags, clean_content_tags=drop, attributes=attributes,
            generic_attribute_prefixes=set(PREFIXES), url_schemes={*PAGE_SCHEMES, "data"},
            link_rel=None, filter_style_properties=set(STYLE_PROPERTIES),
            set_tag_attribute_values={"iframe": {"sandbox": EMBED_SANDBOX}}
            if self.embed_hosts else None)

    def clean(self, html: str, source: str | None = None) -> tuple[str, list[Finding]]:
        """The HTML with everything outside the allow-list removed, and what was removed.

        (nh3 writes U+00A0 as ``&nbsp;``; a literal ampersand is always ``&amp;``, so putting
        the character back is exact and leaves pages as Python-Markdown wrote them.)"""
        kept: list[tuple[str, str]] = []  # the addresses nh3 kept, in document order

        def keep(tag: str, name: str, value: str) -> str | None:
            if name == "style":
                return _alignment(value)
            if _reserved(name):
                return None
            if not self._allowed(tag, name, value):
                return None
            if name in URL_ATTRIBUTES:
                kept.append((name, value))
            return value

        cleaned = nh3.clean(html, attribute_filter=keep, **self._options)
        return cleaned.replace("&nbsp;", "\xa0"), self._findings(html, source, kept)

    def embed_allowed(self, src: str) -> bool:
        parts = urlsplit(src.strip())
        return parts.scheme == "https" and (parts.hostname or "") in self.embed_hosts

    def _allowed(self, tag: str, name: str, value: str) -> bool:
        """The checks nh3 does not make: embed hosts, the scheme of every address (``cite``
        too), and data: only for pictures."""
        if tag == "iframe" and name == "src":
            return self.embed_allowed(value)
        if name in URL_ATTRIBUTES:
            scheme = SCHEME.match(IGNORED_IN_ADDRESS.sub("", value))
            if scheme is None:
                return True
            if scheme.group(1).lower() == "data":
                return tag == "img" and name == "src" and bool(DATA_PICTURE.match(value.strip()))
            return scheme.group(1).lower() in PAGE_SCHEMES
        return True

    def _findings(self, html: str, source: str | None,
                  kept: list[tuple[str, str]]) -> list[Finding]:
        """What was removed from this HTML, in document order. Python-Markdown writes only
        safe elements and attributes of its own, so when the source has no raw HTML ('<')
        and no attribute list ('{'), and nh3 kept every address, nothing was removed."""
        if (source is not None and "<" not in source and "{" not in source
                and len(kept) == sum(html.count(value) for value in URL_VALUES)
                and ' src="http' not in html and ' src="//' not in html):
            return []
        reader = _Reader(self, kept)
        reader.feed(html)
        reader.close()
        return reader.found


class _Reader(HTMLParser):
    """Reads rendered HTML against a sanitiser's allow-list and notes each removal."""

    def __init__(self, sanitizer: Sanitizer, kept: list[tuple[str, str]]) -> None:
        super().__init__(convert_charrefs=True)
        self.sanitizer = sanitizer
        self.kept = kept
        self.found: list[Finding] = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "iframe" and self.sanitizer.embed_hosts:
            self._iframe(attrs)
        elif tag not in TAGS:
            self.found.append(_element(tag))
            return
        for name, value in attrs:
            self._attribute(tag, name, value or "")

    def _iframe(self, attrs: list[tuple[str, str | None]]) -> None:
        src = dict(attrs).get("src") or ""
        if not self.sanitizer.embed_allowed(src):
            hosts = ", ".join(sorted(self.sanitizer.embed_hosts))
            self.found.append(Finding(
                src or "<iframe", f"unsafe HTML removed: the address of an <iframe> "
                f"('{_short(src)}') is not on a host listed under 'embeds' in site.yml",
                f"embeds are allowed from: {hosts}; the frame is left empty"))

    def _attribute(self, tag: str, name: str, value: str) -> None:
        if tag == "iframe" and self.sanitizer.embed_hosts:
            allowed = name in EMBED_ATTRIBUTES or name in GLOBAL_ATTRIBUTES
        else:
            allowed = (name in GLOBAL_ATTRIBUTES or name.startswith(PREFIXES)
                       or name in ATTRIBUTES.get(tag, ()))
        if _reserved(name):
            self.found.append(Finding(name, f"HTML removed: the attribute '{name}' of <{tag}>",
                                      "the search index reads these attributes from the "
                                      "layouts; a body cannot set them"))
        elif not allowed:
            self.found.append(Finding(name, f"unsafe HTML removed: the attribute '{name}' of "
                                      f"<{tag}>", ATTRIBUTE_HINT))
        elif name in URL_ATTRIBUTES and tag != "iframe":
            self._address(name, value)
        elif name == "style":
            self._style(tag, value)

    def _address(self, name: str, value: str) -> None:
        """An address nh3 did not keep (they are kept in order, so compare with the next)."""
        if self.kept and self.kept[0] == (name, value):
            self.kept.pop(0)
            if name == "src" and REMOTE.match(value):
                self.found.append(Finding(value.strip(), f"a picture from another host: "
                                          f"'{_short(value)}': readers' browsers will ask "
                                          "that host for it", REMOTE_HINT))
            return
        address = value.strip()
        problem = (web_problem(address) if SCHEME.match(address) or address.startswith("//")
                   else None)
        if problem is not None:
            self.found.append(Finding(address, f"link removed: {problem.message}",
                                      problem.hint or URL_HINT))
        else:
            self.found.append(Finding(address, f"link removed: '{_short(value)}' is not "
                                      "an address a page may use", URL_HINT))

    def _style(self, tag: str, value: str) -> None:
        for declaration in value.split(";"):
            prop = declaration.partition(":")[0].strip().lower()
            if prop and (prop not in STYLE_PROPERTIES or not ALIGNMENT.fullmatch(declaration)):
                self.found.append(Finding(declaration.strip(), f"unsafe HTML removed: the "
                                          f"style '{_short(declaration.strip())}' of <{tag}>",
                                          "only text-align is kept in a style; use a class "
                                          "and the site's stylesheet"))


def _alignment(style: str) -> str | None:
    """A style reduced to its text-align declarations with a value CSS knows, or None."""
    kept = [" ".join(d.split()) for d in style.split(";") if ALIGNMENT.fullmatch(d)]
    return ";".join(kept) if kept else None


ELEMENT_HINT = ("raw HTML in Markdown may use text elements only (see 'Security and limits' "
                "in the README)")
ATTRIBUTE_HINT = "raw HTML and {: ...} may set id, class, lang, dir, title, aria-* and data-*"
URL_HINT = "links may be http:, https:, mailto:, tel: or relative addresses"


def _element(tag: str) -> Finding:
    if tag == "iframe":
        hint = ("to embed from a host, list it in site.yml (embeds: [www.youtube-nocookie.com])"
                ": see 'Security and limits' in the README")
    else:
        hint = ELEMENT_HINT
    what = (" and its content" if tag in DROP_CONTENT else "" if tag in VOID
            else " (its text is kept)")
    return Finding(f"<{tag}", f"unsafe HTML removed: the <{tag}> element{what}", hint)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def locate(source: str, findings: list[Finding]) -> list[tuple[int, int, Finding]]:
    """Each finding with the (line, column) of its needle in the source, line 0-based and
    column 1-based; searched in order, so that repeated needles point at successive places.
    A needle written with character references (``jav&#x61;script:``) is looked for in the
    lines as read; (0, 1) when it is nowhere."""
    folded = source.lower()
    starts = [0, *(match.end() for match in re.finditer("\n", source))]
    cursor: dict[str, int] = {}
    read: list[str] | None = None  # the lines with their references read, made when needed
    placed = []
    for finding in findings:
        needle = finding.needle.lower()
        index = folded.find(needle, cursor.get(needle, 0)) if needle else -1
        if index < 0 and needle and needle not in cursor:
            index = folded.find(needle)
        if index < 0:
            read = read if read is not None else [html.unescape(line).lower()
                                                  for line in source.split("\n")]
            placed.append((*_in_lines(read, needle), finding))
            continue
        cursor[needle] = index + len(needle)
        line = bisect.bisect_right(starts, index) - 1
        placed.append((line, index - starts[line] + 1, finding))
    return placed


def _in_lines(lines: list[str], needle: str) -> tuple[int, int]:
    """The first line holding the needle (0-based) and its column, or (0, 1)."""
    for number, line in enumerate(lines):
        index = line.find(needle) if needle else -1
        if index >= 0:
            return number, index + 1
    return 0, 1


@functools.lru_cache(maxsize=8)
def sanitizer_for(embed_hosts: tuple[str, ...]) -> Sanitizer:
    """One sanitiser per set of embed hosts (nh3's options are built once)."""
    return Sanitizer(embed_hosts)


def safe_body(html: str, source: str, path: Path, first_line: int,
              embed_hosts: tuple[str, ...], diags: Diagnostics) -> str:
    """A rendered body cleaned of unsafe HTML, each removal a warning at its place in the
    Markdown file (``first_line`` is the file line of the body's first line)."""
    cleaned, found = sanitizer_for(embed_hosts).clean(html, source)
    for line, col, finding in dict.fromkeys(locate(source, found[:MAX_REPORTED])):
        diags.warning(path, first_line + line, col, finding.message, hint=finding.hint)
    if len(found) > MAX_REPORTED:
        diags.warning(path, first_line, 1, f"{len(found) - MAX_REPORTED:,} more removals of "
                      "unsafe HTML or links in this file, not listed one by one",
                      hint="the first ones above show what to fix")
    return cleaned


def _reserved(name: str) -> bool:
    """A search index attribute that only the layouts may set (all but "ignore")."""
    return name.startswith(RESERVED_PREFIX) and name != SEARCH_IGNORE
