"""The pieces every stage shares: diagnostics (``path:line:col: error: message``), what a
command prints (console) and the site's URLs.
"""
