"""Whether an SVG may be published on the site's own address: no script, no embedded page,
nothing loaded from another host.

An SVG is a document that can hold scripts. It is parsed by lxml (no entities, no network, no
huge trees, no DTD) and every element and attribute that could run or load something is
reported at its place in the file, in the order of the file.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from lxml import etree

from explainer.content.linkcheck import DATA_PICTURE, PAGE_SCHEMES, SCHEME

MAX_SVG_PROBLEMS = 10  # reported for one SVG, then a note that there are more

SVG_NS = "http://www.w3.org/2000/svg"
XHTML_NS = "http://www.w3.org/1999/xhtml"
PREFIXES = {"http://www.w3.org/1999/xlink": "xlink:",
            "http://www.w3.org/XML/1998/namespace": "xml:"}
EMBEDDING = ("iframe", "embed", "object", "frame", "frameset", "applet", "portal")
ELEMENTS = {"script": "which would run on the site's own address",
            "handler": "which would run on the site's own address",
            "listener": "which would run on the site's own address",
            "foreignobject": "which can carry a page with scripts",
            **{name: "which would load another page into the picture" for name in EMBEDDING}}
SPECIAL = frozenset([*ELEMENTS, "style"])
XHTML_OPEN = f"{{{XHTML_NS}}}"
ADDRESSES = frozenset({"href", "src", "base"})
URL_SCHEMES = "https?|ftp|file|data|javascript|vbscript|blob|wss?"

OTHER_HOST = re.compile(r"[/\\]{2}")
URL_NOISE = re.compile(r"[\t\n\r]")
C0_AND_SPACE = "".join(map(chr, range(33)))
CSS_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6}[ \t\n]?|.)", re.DOTALL)
CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|$)", re.DOTALL)
CSS_URL = re.compile(r"\b(?:url|src)\(\s*(\"[^\"]*\"|'[^']*'|[^)]*)", re.IGNORECASE)
CSS_STRING = re.compile(rf"[\"']\s*((?:(?:{URL_SCHEMES}):|//)[^\"']*)", re.IGNORECASE)
CSS_SCRIPT = re.compile(r"expression\s*\(|-moz-binding|\bbehavior\s*:|(?:java|vb)script:",
                        re.IGNORECASE)
START_TAG = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<!.*?>|<([^\s/>!?]+)",
                       re.DOTALL)
ATTRIBUTE = re.compile(r"\s*([^\s=/>]+)\s*=\s*(?:\"[^\"]*\"|'[^']*')")
STANDARD_DOCTYPES = frozenset({  # public ids of the W3C's own SVG DOCTYPEs
    "-//W3C//DTD SVG 1.0//EN", "-//W3C//DTD SVG 20010904//EN", "-//W3C//DTD SVG 1.1//EN",
    "-//W3C//DTD SVG 1.1 Basic//EN", "-//W3C//DTD SVG 1.1 Tiny//EN"})
GEOMETRY = frozenset({"d", "points", "transform", "gradienttransform", "patterntransform"})
ADDRESS_MARKS = ":/\\"  # an address without any of these stays on the site
CSS_MARKS = "(\\@"  # CSS without any of these loads nothing and runs nothing

HINT_SCRIPT = "remove it, or export the picture again without scripts"
HINT_LOAD = ("every file the site shows comes from the site itself: copy the file into media/ "
             "and refer to it by its name")
HINT_DATA = ("write the picture in as PNG, JPEG, GIF, WebP or AVIF, or put it in media/ and "
             "refer to it by its name")
HINT_XML = "open it in a drawing program and export it again as SVG"


class Problem(NamedTuple):
    """One reason an SVG is not published, at its place in the file."""

    line: int
    col: int
    message: str
    hint: str



_VERDICTS: dict[bytes, tuple[Problem, ...]] = {}  # by digest: serve checks every rebuild


def svg_problems(data: bytes) -> tuple[Problem, ...]:
    """Why these bytes may not be published as an SVG, in the order of the file (the first
    :data:`MAX_SVG_PROBLEMS`, then a note when there are more)."""
    key = hashlib.blake2b(data, digest_size=20).digest()
    if key not in _VERDICTS:
        if len(_VERDICTS) >= 512:
            _VERDICTS.clear()
        found = _SvgCheck(data).problems()
        shown = [Problem(*place(), message, hint)
                 for place, message, hint in found[:MAX_SVG_PROBLEMS]]
        if len(found) > MAX_SVG_PROBLEMS:
            shown.append(Problem(1, 1, "the SVG has more problems like these; only the first "
                                       f"{MAX_SVG_PROBLEMS} are shown", HINT_SCRIPT))
        _VERDICTS[key] = tuple(shown)
    return _VERDICTS[key]


def _doctype_problem(root: etree._Element) -> str | None:
    """Why the SVG's DOCTYPE could hide something, or None: declarations of its own (an
    entity can hold a script, an attribute list a default handler), an entity used in the
    text, or a DOCTYPE other than the W3C's own. Read from the parsed tree (lxml writes the
    declarations back after the DOCTYPE), never from the text, where quotes can hide them."""
    tree = root.getroottree()
    info = tree.docinfo
    if any(isinstance(node, etree._Entity) for node in root.iter()):
        return "the SVG uses an entity (&name;), which could hide a script"
    if not info.doctype:
        return None
    written = etree.tostring(tree, encoding="unicode")
    if written.startswith(info.doctype[:-1] + " [", max(written.find("<!DOCTYPE"), 0)):
        return "the SVG's DOCTYPE declares entities or attributes, which could hide a script"
    if info.public_id not in STANDARD_DOCTYPES:
        return "the SVG's DOCTYPE is not one of the W3C's SVG DOCTYPEs"
    return None


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                           load_dtd=False, dtd_validation=False)


Found = tuple[Callable[[], tuple[int, int]], str, str]  # where (worked out when shown), why


class _SvgCheck:
    """One SVG's problems, each placed at the start of its element or attribute."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.text = ""
        self.lines: list[int] = [0]
        self.tags: list[int] | None = None

    def problems(self) -> list[Found]:
        try:
            root = etree.fromstring(self.data, _parser())
        except etree.XMLSyntaxError as exc:
            line, col = exc.position
            reason = re.sub(r", line \d+, column \d+$", "", exc.msg or str(exc))
            return [(lambda: (max(line, 1), max(col, 1)), f"not a readable SVG: {reason}",
                     HINT_XML)]
        self._read_text(root.getroottree().docinfo.encoding)
        found = self._prolog(root)
        if root.tag != f"{{{SVG_NS}}}svg":
            return [*found, (lambda: self._place(root, None), "not an SVG: the outermost "
                             f"element is <{etree.QName(root).localname}>, not <svg "
                             f"xmlns=\"{SVG_NS}\">",
                             f"an SVG starts with <svg xmlns=\"{SVG_NS}\">")]
        refused: set[etree._Element] = set()  # whole: what they hold is not reported
        for element in filter(_suspect, root.iter(etree.Element)):
            if refused and not refused.isdisjoint(element.iterancestors()):
                continue
            for attribute, message, hint in _element_problems(element):
                found.append((functools.partial(self._place, element, attribute), message, hint))
                if attribute is None and element.tag.rpartition("}")[2] != "style":
                    refused.add(element)
            if len(found) > MAX_SVG_PROBLEMS:  # enough to say what to fix
                break
        return found

    def _read_text(self, encoding: str | None) -> None:
        try:
            self.text = self.data.decode(encoding or "utf-8", errors="replace")
        except LookupError:
            self.text = self.data.decode("utf-8", errors="replace")
        self.lines = [0] + [m.end() for m in re.finditer("\n", self.text)]

    def _prolog(self, root: etree._Element) -> list[Found]:
        found: list[Found] = []
        problem = _doctype_problem(root)
        if problem:
            start = self.text.find("<!DOCTYPE")
            found.append((functools.partial(self._at, max(start, 0)), problem,
                          "delete the DOCTYPE, or export the picture again as plain SVG"))
        outside = [*root.itersiblings(preceding=True), *root.itersiblings()]
        for node in [*outside, *root.iter(etree.ProcessingInstruction)]:
            if isinstance(node, etree._ProcessingInstruction) and node.target == "xml-stylesheet":
                found.append((lambda line=node.sourceline or 1: (line, 1), "the SVG asks for a "
                              "stylesheet (<?xml-stylesheet?>), which could turn it into a page "
                              "with scripts", "delete the line, or write the style in a <style> "
                                              "element"))
        return found

    def _at(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.lines, offset)
        return line, offset - self.lines[line - 1] + 1

    def _place(self, element: etree._Element, attribute: str | None) -> tuple[int, int]:
        """Where the element's start tag begins (lxml knows only the line where it ends), or
        where the attribute's name does."""
        if self.tags is None:
            self.tags = [m.start() for m in START_TAG.finditer(self.text) if m.group(1)]
        line = element.sourceline or 1
        index = int(element.xpath("count(preceding::*) + count(ancestor::*)"))
        if index >= len(self.tags) or self._at(self.tags[index])[0] > line:
            return line, 1
        position = self.tags[index] + 1 + len(element.prefix or "") + len(
            etree.QName(element).localname) + (1 if element.prefix else 0)
        while attribute and (match := ATTRIBUTE.match(self.text, position)):
            if match.group(1) == attribute or match.group(1).endswith(":" + attribute):
                return self._at(match.start(1))
            position = match.end()
        return self._at(self.tags[index])


def _suspect(element: etree._Element) -> bool:
    """Whether :func:`_element_problems` could object to the element: a cheap test, as a
    large drawing has hundreds of thousands of elements."""
    tag = element.tag
    if tag.startswith(XHTML_OPEN) or tag.rpartition("}")[2].lower() in SPECIAL:
        return True
    for key, value in element.items():
        name = key.rpartition("}")[2].lower()
        if name.startswith("on") or name == "attributename":
            return True
        if name in ADDRESSES:
            if any(mark in value for mark in ADDRESS_MARKS):
                return True
        elif name not in GEOMETRY and any(mark in value.replace("url(#", "")
                                          for mark in CSS_MARKS):
            return True  # a reference to a gradient or clip in the picture ("url(#a)") is not
    return False


def _element_problems(element: etree._Element) -> Iterator[tuple[str | None, str, str]]:
    """(attribute or None, message, hint) for each problem of one element."""
    namespace, tag = _split(element.tag)
    if namespace == XHTML_NS:
        yield None, (f"the SVG holds the HTML element <{tag}>, which a browser runs as part "
                     "of a page, scripts and all"), HINT_SCRIPT
        return
    if tag.lower() in ELEMENTS:
        yield None, f"the SVG holds {_a(tag)} <{tag}> element, {ELEMENTS[tag.lower()]}", \
            HINT_SCRIPT
        return
    for key, value in element.items():
        yield from _attribute_problems(tag, key, value)
    changed = element.get("attributeName", "").strip()
    if _is_address(changed) or _is_handler(changed):
        yield "attributeName", (f"the SVG has {_a(tag)} <{tag}> that changes '{changed}', "
                                "which could turn it into a script"), HINT_SCRIPT
    if tag == "style":
        yield from ((None, message, hint) for message, hint
                    in _css_problems("".join(element.itertext()), "<style>"))


def _attribute_problems(tag: str, key: str, value: str) -> Iterator[tuple[str, str, str]]:
    namespace, local = _split(key)
    shown = PREFIXES.get(namespace, "") + local
    where = f"'{shown}' on <{tag}>"
    if _is_handler(local):
        yield local, (f"the SVG has an '{shown}' attribute on <{tag}>: a script that would "
                      "run on the site's own address"), HINT_SCRIPT
    elif _is_address(local):
        problem = _address_problem(value, where, link=tag == "a" and local == "href")
        if problem:
            yield (local, *problem)
    elif local.lower() not in GEOMETRY and any(mark in value for mark in CSS_MARKS):
        yield from ((local, *problem) for problem in _css_problems(value, where))


def _split(name: str) -> tuple[str, str]:
    """The namespace and local part of lxml's ``{namespace}local``."""
    if name.startswith("{"):
        namespace, _, local = name[1:].partition("}")
        return namespace, local
    return "", name


def _is_handler(name: str) -> bool:
    return name.rpartition(":")[2].lower().startswith("on")


def _is_address(name: str) -> bool:
    return name.rpartition(":")[2].lower() in ADDRESSES


def _address_problem(value: str, where: str, link: bool) -> tuple[str, str] | None:
    """(message, hint) when an address would run a script or load from another host."""
    address = URL_NOISE.sub("", value).strip(C0_AND_SPACE)
    match = SCHEME.match(address)
    scheme = match.group(1).lower() if match else None
    shown = address if len(address) <= 60 else address[:57] + "..."
    if scheme in ("javascript", "vbscript"):
        return (f"the SVG has a '{scheme}:' address in {where}, which would run on the "
                "site's own address"), HINT_SCRIPT
    if scheme == "data":
        return None if DATA_PICTURE.match(address) else (
            f"the SVG has a 'data:' address in {where}: only PNG, GIF, JPEG, WebP and AVIF "
            "pictures may be written into an SVG", HINT_DATA)
    if link:
        return None if scheme is None or scheme in PAGE_SCHEMES else (
            f"the SVG links to '{shown}' in {where}: links may use only http:, https:, "
            "mailto: and tel:", "write the link as an https: address")
    if scheme or OTHER_HOST.match(address):
        return f"the SVG loads '{shown}' from another host ({where})", HINT_LOAD
    return None


def _css_problems(css: str, where: str) -> Iterator[tuple[str, str]]:
    text = CSS_ESCAPE.sub(_unescape, css) if "\\" in css else css
    text = CSS_COMMENT.sub(" ", text) if "/*" in text else text
    if "@import" in text.lower():
        yield f"the SVG imports another stylesheet (@import in {where})", HINT_LOAD
        return
    script = CSS_SCRIPT.search(text)
    if script:
        yield (f"the SVG has a script in its style ('{script.group()}' in {where})",
               HINT_SCRIPT)
        return
    addresses = [m.group(1).strip("\"'") for m in CSS_URL.finditer(text)]
    addresses += [m.group(1) for m in CSS_STRING.finditer(text)]
    for address in dict.fromkeys(addresses):
        problem = _address_problem(address, where, link=False)
        if problem:
            yield problem


def _unescape(match: re.Match[str]) -> str:
    """A CSS escape as the character it stands for (``\\75rl(`` is ``url(``)."""
    escaped = match.group(1)
    if len(escaped) > 1 or escaped in "0123456789abcdefABCDEF":
        code = int(escaped.strip(), 16)
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"
    return escaped


def _a(word: str) -> str:
    return "an" if word[:1].lower() in "aeio" else "a"
