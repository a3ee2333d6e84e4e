"""Turn an article (a plain-text scrape today) into an explainer draft in Markdown."""

from explainer.importer.article import ImportedArticle
from explainer.importer.emit import to_markdown
from explainer.importer.text import parse_text

__all__ = ["ImportedArticle", "parse_text", "to_markdown"]
