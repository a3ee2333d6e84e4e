"""Single extractors run alone, each turned into the scorer's Markdown with front matter."""
