"""Stage 3, the site: gather the content and rendered bodies into one :class:`Site` (pages, URLs,
backlinks, related lists, what has happened since) and run the glossary's checks on it.
"""
