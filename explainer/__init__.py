"""Explainer: a static site generator for news explainer pages with a linked glossary."""

__version__ = "0.1.0"
