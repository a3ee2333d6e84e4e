"""Write an :class:`ImportedArticle` as an explainer file: YAML front matter and Markdown.

Every string is written double-quoted (JSON's escaping is valid YAML), so a colon or a quote
in a headline never breaks the front matter; a value the article does not give is left empty,
with a comment saying what to put there. The file is a draft (``draft: true``): the build
leaves it out until the editor has checked it and deleted that line.
"""

from __future__ import annotations

import frontmatter

from explainer.content.scaffold import quote as quote_json
from explainer.content.yamlguard import CONTROL
from explainer.importer.article import ImportedArticle
from explainer.importer.inert import escape_text
from explainer.importer.summary import LIST_ITEM, plain_text
from explainer.importer.summaryrepeats import REPEATS_TEXT, repeats_text

DRAFT = "draft: true  # delete this line to publish the explainer"


def quote(value: str | None) -> str:
    """A value double-quoted for YAML, without the control characters a page may hold (an
    escape such as "\u001b" would be refused by the build)."""
    return quote_json(CONTROL.sub("", value) if isinstance(value, str) else value)


def _unlisted(line: str) -> str:
    """A line of Markdown as plain text, without the list's marker it was an item of ("- –
    additional reporting by …")."""
    return plain_text(LIST_ITEM.sub("", line, count=1))


def escape_markdown(paragraph: str) -> str:
    """Text that renders as itself and as nothing else (see :mod:`inert`)."""
    return escape_text(paragraph)


def front_matter(article: ImportedArticle) -> list[str]:
    """The front-matter lines; a value the article does not give is written as null, with a
    comment above it saying what to put there."""
    lines = [f"title: {quote(article.title)}"]
    if article.summary:
        if repeats_text(article.summary, article.paragraphs):
            lines.append(f"# summary: {REPEATS_TEXT}")
        lines.append(f"summary: {quote(article.summary)}")
    else:
        lines += ["# summary: not found; write the standfirst, one or two sentences",
                  "summary: null"]
    if article.date:
        lines.append(f"date: {article.date.isoformat()}")
    else:
        lines += ["# date: not in the article; add the date it was first published, "
                  "e.g. 2023-05-05", "date: null"]
    if article.updated:
        lines.append(f"updated: {article.updated.isoformat()}")
    lines += [f"dateline: {quote(article.dateline)}",
              *(f"# credit line left out of the text: '{_one_line(_unlisted(line))}' (credit "
                "it if the explainer uses that copy)" for line in article.credits),
              "byline: [" + ", ".join(quote(name) for name in article.byline) + "]"]
    if article.source_name or article.source_url:
        lines += ["source:", f"  name: {quote(article.source_name)}",
                  f"  url: {quote(article.source_url)}"]
    else:
        lines += ["# source: where the article came from, e.g. {name: ..., url: https://...}",
                  "source: null"]
    lines += image_lines(article)
    if article.language:
        lines.append(f"language: {quote(article.language)}")
    lines.append("tags: [" + ", ".join(quote(tag) for tag in article.tags) + "]")
    lines += [f"# check the text: {_one_line(gap)}" for gap in article.gaps]
    return [*lines, DRAFT]


def _one_line(text: str) -> str:
    """Text for a comment, on one line: no break YAML would read (U+2028 too)."""
    return " ".join(CONTROL.sub(" ", text).split())


def date_place(article: ImportedArticle) -> tuple[int, int] | None:
    """Where the file leaves the date empty (line, column of ``null``), or None: it has one."""
    if article.date:
        return None
    return front_matter(article).index("date: null") + 2, len("date: ") + 1  # after '---'


def image_lines(article: ImportedArticle) -> list[str]:
    """The ``image`` map: the saved picture (never an address on another host), its alt
    text, caption and credit; a comment where the editor has something to do."""
    if not (article.image_caption or article.image_credit or article.image_src
            or article.image_refs):
        return []
    lines = ["image:"]
    if article.image_refs and not article.image_src:
        lines.append("  # src: the page's picture was not saved; put it in content/media/ and "
                     "write media/<file name>")
    lines.append(f"  src: {quote(article.image_src)}")
    if article.image_src and not article.image_alt:
        lines.append("  # alt: the page gives none; describe the picture for readers who "
                     "cannot see it")
    return [*lines, f"  alt: {quote(article.image_alt)}",
            f"  caption: {quote(article.image_caption)}",
            f"  credit: {quote(article.image_credit)}"]


def to_markdown(article: ImportedArticle) -> str:
    """The whole explainer file; the same article always gives the same text."""
    body = "\n\n".join(p if article.markdown_body else escape_markdown(p)
                         for p in article.paragraphs)
    text = "---\n" + "\n".join(front_matter(article)) + "\n---\n" + body + "\n"
    check = frontmatter.loads(text)  # the file must read back as what was written
    if check.get("title") != CONTROL.sub("", article.title):
        raise AssertionError("the imported front matter does not read back")
    return text
