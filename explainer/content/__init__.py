"""Stage 1, content: read and validate the content folder (``site.yml``, explainers, glossary
terms, media) into the model, with every problem at its line and column.
"""
