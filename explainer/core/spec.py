"""One value describes a site: where its files are and the options that change what is built.

The command line makes a :class:`SiteSpec` once from its arguments; ``build``, ``check`` and
``serve`` and every stage under them take it, so the content folder's layout (``site.yml``,
``explainers/``, ``glossary/``, ``media/``) is spelled out here alone.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

SETTINGS = "site.yml"
EXPLAINERS = "explainers"
GLOSSARY = "glossary"
MEDIA = "media"
THEME_PACKAGE = "explainer_theme"


def _packaged_theme() -> Path:
    """The installed default theme's folder (the repository's layouts/ in an editable install)."""
    spec = importlib.util.find_spec(THEME_PACKAGE)
    locations = spec.submodule_search_locations if spec is not None else None
    for location in locations or ():
        if Path(location).is_dir():  # an editable install also lists its path hook
            return Path(location)
    raise ModuleNotFoundError(f"the default theme ({THEME_PACKAGE}) is not installed: "
                              "reinstall Explainer (pip install .)")


DEFAULT_THEME = _packaged_theme()


@dataclass(frozen=True)
class SiteSpec:
    """A site to build: its content folder, its layouts (the default theme, or a folder of
    the site's own over it), whether drafts are in, the address it is published at (instead
    of ``site.yml``'s) and whether warnings fail the build."""

    content: Path
    layouts: Path = DEFAULT_THEME
    drafts: bool = False
    base_url: str | None = None
    strict: bool = False

    @property
    def settings(self) -> Path:
        return self.content / SETTINGS

    @property
    def explainers(self) -> Path:
        return self.content / EXPLAINERS

    @property
    def glossary(self) -> Path:
        return self.content / GLOSSARY

    @property
    def media(self) -> Path:
        return self.content / MEDIA

    def options(self) -> tuple[object, ...]:
        """What changes the built files besides the files themselves (for cache keys)."""
        return (self.drafts, self.base_url, self.strict)
