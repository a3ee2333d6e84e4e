"""Term suggestions for an imported article: the glossary terms it mentions, candidate new
terms (the glossary checks' rules), and scaffolds for the candidates the editor picks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from explainer.content.loader import load_term
from explainer.content.scaffold import term_file
from explainer.core.diagnostics import Diagnostics
from explainer.core.spec import GLOSSARY
from explainer.core.urls import slugify
from explainer.glossary.terms import Glossary, build_glossary
from explainer.importer.article import ImportedArticle
from explainer.importer.bounds import picked_names, term_problem
from explainer.importer.candidates import suggest
from explainer.importer.writing import write_whole


def load_glossary(content: Path) -> Glossary:
    diags = Diagnostics()
    folder = content / GLOSSARY
    files = sorted(p for p in folder.rglob("*.md") if p.is_file()) if folder.is_dir() else []
    terms = [load_term(p, diags) for p in files]  # problems are the build's to report
    return build_glossary([t for t in terms if t is not None], diags)


def suggestions(article: ImportedArticle, content: Path) -> tuple[list[str], list[str]]:
    """(names of glossary terms mentioned, candidate new terms, most central first: see
    :mod:`explainer.importer.candidates`)."""
    glossary = load_glossary(content)
    text = "\n\n".join(article.paragraphs)
    known = list(dict.fromkeys(glossary.terms[m.slug].name for m in glossary.finditer(text)))
    return known, suggest(article.title, article.paragraphs, glossary, article.source_name)


def scaffold_terms(article: ImportedArticle, content: Path, picked: str,
                   force: bool = False) -> list[Path]:
    """Write glossary files for the picked candidates ("all" or a comma-separated list)."""
    _, candidates = suggestions(article, content)
    names = candidates if picked.strip() == "all" else picked_names(picked)
    written = []
    for name in names:
        path = content / GLOSSARY / f"{slugify(name)}.md"
        if not slugify(name) or term_problem(name) or (path.exists() and not force):
            continue  # a name the build would refuse ("all" may find "AUX") is left out
        write_whole(path, term_file(name, dt.date.today()))
        written.append(path)
    return written
