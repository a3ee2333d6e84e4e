"""Evaluation of the importer on a public development set (see devset/README.md)."""
