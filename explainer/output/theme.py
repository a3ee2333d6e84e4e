"""The default theme, and a site's own layouts over it, file by file.

The repository's top-level ``layouts/`` folder is the default theme's only copy: installing
Explainer maps it into the package ``explainer_theme`` (see ``pyproject.toml``), so an
installed copy finds its layouts wherever it runs, and an editable install finds the
repository's folder itself.

A site may have its own ``layouts/`` folder (beside its ``content/``, or named with
``--layouts``). A template or an asset there replaces the default theme's file of the same
name; every other file still comes from the default theme.
"""

from __future__ import annotations

from pathlib import Path

from explainer.core.spec import DEFAULT_THEME


def site_layouts(content: Path) -> Path:
    """The layouts a site is built with when ``--layouts`` is not given: its own
    ``layouts/`` folder beside the content folder (with the default ``--content content``,
    the working folder's), or else the default theme alone."""
    own = content.parent / "layouts"
    return own if own.is_dir() else DEFAULT_THEME


def search_path(layouts: Path) -> list[Path]:
    """Where templates are looked for, first match wins: the site's layouts, then the theme."""
    if layouts.resolve() == DEFAULT_THEME.resolve():
        return [DEFAULT_THEME]
    return [layouts, DEFAULT_THEME]


def asset_paths(layouts: Path) -> dict[str, Path]:
    """Every asset by its name in ``output/`` ("assets/style.css"): the default theme's, each
    replaced by the site's file of the same name, plus the site's own, sorted by name."""
    found: dict[str, Path] = {}
    for folder in reversed(search_path(layouts)):
        assets = folder / "assets"
        if assets.is_dir():
            found.update((f"assets/{p.relative_to(assets).as_posix()}", p)
                         for p in assets.rglob("*") if p.is_file())
    return dict(sorted(found.items()))


def is_theme_file(path: Path, layouts: Path) -> bool:
    """Whether ``path`` is one of the layout files a build with ``layouts`` reads."""
    resolved = path.resolve()
    return any(resolved.is_relative_to(folder.resolve()) for folder in search_path(layouts))
