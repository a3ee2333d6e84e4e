"""Stage 4, output: turn the site into files (Jinja2 layouts and the theme, feeds, JSON-LD, the
search index) and write them to the output folder all at once or not at all.
"""
