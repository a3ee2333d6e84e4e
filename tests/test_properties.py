"""Property-based tests of the glossary extension: whatever the text and the glossary."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from pathlib import Path

import markdown
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from explainer.content.model import Term, TermSource
from explainer.core.diagnostics import Diagnostics
from explainer.glossary.extension import GlossaryExtension, Policy
from explainer.glossary.terms import build_glossary

VOID = {"br", "hr", "img", "input", "meta", "link"}
WORDS = ["Arab", "League", "UN", "Resolution", "2254", "Assad", "al-Assad", "the", "of", "’s"]
MARKUP = ["", " ", "\n", "\n\n", "*", "`", "# ", "> ", "- ", "[", "](x)", "<b>Arab League</b>",
          "<a href=\"y\">Assad</a>", "_"]

text = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKUP)), max_size=40).map(
    "".join)
names = st.lists(st.lists(st.sampled_from(WORDS[:7]), min_size=1, max_size=3).map(" ".join),
                 min_size=1, max_size=5, unique_by=str.casefold)


class Collect(HTMLParser):
    """Checks nesting and collects the visible text outside glossary boxes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.nested_link = False
        self.box_depth = 0
        self.marks: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in VOID:
            return
        if tag == "a" and "a" in self.stack:
            self.nested_link = True
        if tag == "a" and attrs.get("class") == "gloss-term":
            self.marks.append(attrs["href"])
        if self.box_depth or attrs.get("class") == "gloss-box":
            self.box_depth += 1
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack}"
        self.stack.pop()
        if self.box_depth:
            self.box_depth -= 1

    def handle_data(self, data):
        if not self.box_depth:
            self.text.append(data)


def parse(html: str) -> Collect:
    parser = Collect()
    parser.feed(html)
    parser.close()
    assert parser.stack == [], f"unclosed {parser.stack}"
    return parser


def well_formed(html: str) -> bool:
    """Whether Python-Markdown itself made balanced HTML (``*a**a*<b>x</b>`` it does not)."""
    try:
        parse(html)
    except AssertionError:
        return False
    return True


def glossary_of(term_names: list[str]):
    terms = [Term(slug=f"t{i}", path=Path(f"t{i}.md"), name=name, summary="S", kind="concept",
                  as_of=dt.date(2026, 1, 1), sources=(TermSource("s", "https://x.org/"),),
                  body="", body_line=1) for i, name in enumerate(term_names)]
    return build_glossary(terms, Diagnostics())


def convert(source: str, glossary=None, link: str = "first") -> str:
    extensions: list = ["extra"]
    if glossary is not None:
        extensions.append(GlossaryExtension(glossary, lambda s: f"/g/{s}/", Policy(link=link)))
    return markdown.Markdown(extensions=extensions).convert(source)


@settings(max_examples=300, deadline=None)
@given(text, names, st.sampled_from(["first", "all"]))
@example("*Arab**Arab*<b>Arab League</b>", ["Arab"], "first")  # Markdown's slip, not ours
def test_output_is_well_formed_and_never_nests_links(source, term_names, link):
    assume(well_formed(convert(source)))  # Python-Markdown's own slips are not the glossary's
    parsed = parse(convert(source, glossary_of(term_names), link))
    assert not parsed.nested_link or parse(convert(source)).nested_link  # the author's own


@settings(max_examples=300, deadline=None)
@given(text, names)
def test_visible_text_is_unchanged(source, term_names):
    assume(well_formed(convert(source)))  # Python-Markdown's own slips are not the glossary's
    plain = "".join(parse(convert(source)).text)
    glossed = "".join(parse(convert(source, glossary_of(term_names))).text)
    assert "".join(glossed.split()) == "".join(plain.split())


@settings(max_examples=300, deadline=None)
@given(text, names)
def test_link_first_marks_each_term_at_most_once(source, term_names):
    assume(well_formed(convert(source)))  # (as above)
    marks = parse(convert(source, glossary_of(term_names), "first")).marks
    assert len(marks) == len(set(marks))
