"""The default theme in the package, a site's own layouts over it file by file, and ``init``."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from explainer.commands.cli import main
from explainer.commands.newsite import WORKFLOW
from explainer.core.spec import DEFAULT_THEME
from explainer.output.theme import asset_paths, site_layouts
from tests.test_workflow import actionlint, findings

ROOT = Path(__file__).resolve().parent.parent


def built_page(site: Path, page: str) -> str:
    return (site / "output" / page).read_text(encoding="utf-8")


@pytest.fixture
def new_site(tmp_path, monkeypatch, capsys) -> Path:
    """A site written by ``init``, the working folder set to it."""
    assert main(["init", str(tmp_path / "site")]) == 0
    capsys.readouterr()
    monkeypatch.chdir(tmp_path / "site")
    return tmp_path / "site"


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_the_installed_theme_is_the_repositorys_layouts_folder():
    assert DEFAULT_THEME.resolve() == (ROOT / "layouts").resolve()


def test_pyproject_installs_every_package_and_every_theme_folder():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    listed = set(config["setuptools"]["packages"])
    packages = {".".join(p.parent.relative_to(ROOT).parts)
                for p in (ROOT / "explainer").rglob("__init__.py")}
    theme = {".".join(("explainer_theme", *p.relative_to(ROOT / "layouts").parts))
             for p in [ROOT / "layouts", *(ROOT / "layouts").rglob("*")] if p.is_dir()}
    assert packages | theme <= listed
    assert set(config["setuptools"]["package-data"]) >= theme


def test_a_site_without_layouts_uses_the_default_theme(tmp_path):
    assert site_layouts(tmp_path / "content") == DEFAULT_THEME


def test_a_sites_layouts_folder_beside_its_content_is_used(tmp_path):
    (tmp_path / "layouts").mkdir()
    assert site_layouts(tmp_path / "content") == tmp_path / "layouts"


def test_init_writes_a_site_that_builds_at_once(new_site, capsys):
    assert main(["build"]) == 0
    assert "Sample: how an explainer page is made" in built_page(new_site, "index.html")


def test_init_sample_passes_check_without_warnings(new_site, capsys):
    assert main(["check"]) == 0
    assert "no problems" in capsys.readouterr().out


def test_init_prints_the_files_and_the_next_commands(tmp_path, capsys):
    assert main(["init", str(tmp_path / "site")]) == 0
    out = capsys.readouterr().out
    assert "content/site.yml" in out and ".github/workflows/pages.yml" in out
    assert "explainer build" in out


def test_init_refuses_a_folder_that_is_not_empty(tmp_path, capsys):
    write(tmp_path / "site" / "notes.txt", "mine")
    assert main(["init", str(tmp_path / "site")]) == 1
    assert "not empty" in capsys.readouterr().err
    assert [p.name for p in (tmp_path / "site").iterdir()] == ["notes.txt"]


def test_init_accepts_an_empty_folder(tmp_path, capsys):
    (tmp_path / "site").mkdir()
    assert main(["init", str(tmp_path / "site")]) == 0
    assert (tmp_path / "site" / "content" / "site.yml").is_file()


def test_a_sites_template_replaces_the_themes_and_the_others_remain(new_site, capsys):
    home = (DEFAULT_THEME / "home.html").read_text(encoding="utf-8")
    write(new_site / "layouts" / "home.html",
          home.replace("{% block main %}", "{% block main %}<!-- the site's own home page -->"))
    assert main(["build"]) == 0
    assert "the site's own home page" in built_page(new_site, "index.html")
    assert "gloss-term" in built_page(new_site, "explainers/sample-explainer/index.html")


def test_layouts_option_names_the_override_folder(new_site, tmp_path, capsys):
    write(tmp_path / "mine" / "404.html",
          '{% extends "base.html" %}{% block main %}<p>The site\'s own 404</p>{% endblock %}\n')
    assert main(["build", "--layouts", str(tmp_path / "mine")]) == 0
    assert "The site's own 404" in built_page(new_site, "404.html")


def test_a_sites_stylesheet_replaces_the_themes_and_other_assets_remain(new_site, capsys):
    write(new_site / "layouts" / "assets" / "style.css", "body { color: #123456; }\n")
    assert main(["build"]) == 0
    assert "#123456" in built_page(new_site, "assets/style.css")
    favicon = (new_site / "output" / "assets" / "favicon.svg").read_bytes()
    assert favicon == (DEFAULT_THEME / "assets" / "favicon.svg").read_bytes()


def test_a_sites_own_asset_is_added_to_the_themes(tmp_path):
    write(tmp_path / "layouts" / "assets" / "extra.js", "")
    names = asset_paths(tmp_path / "layouts")
    assert names["assets/extra.js"] == tmp_path / "layouts" / "assets" / "extra.js"
    assert names["assets/style.css"] == DEFAULT_THEME / "assets" / "style.css"


def test_an_error_in_an_overriding_layout_names_its_file_and_line(new_site, capsys):
    write(new_site / "layouts" / "base.html", "<html>\n{{ page.no_such_name.x }}\n</html>\n")
    assert main(["build"]) == 1
    err = capsys.readouterr().err
    assert "layouts/base.html:2:1: error: template error: UndefinedError" in err


def test_check_reads_the_sites_layouts_too(new_site, capsys):
    write(new_site / "layouts" / "404.html", '{% extends "base.html" %}\n{% block main %}'
          '<a href="{{ link(\'gone/\') }}">gone</a>{% endblock %}\n')
    assert main(["check"]) == 1
    assert "layouts/404.html:2:" in capsys.readouterr().err


def test_the_new_sites_workflow_is_the_projects_but_for_install_and_build():
    project = (ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    differ = [(a, b) for a, b in zip(project.splitlines(), WORKFLOW.splitlines(), strict=True)
              if a != b]
    assert differ == [
        ("          cache-dependency-path: pyproject.toml",
         "          cache-dependency-path: requirements.txt"),
        ("        run: python -m pip install .", "        run: python -m pip install -r "
                                                  "requirements.txt"),
        ('        run: python build.py build -v --base-url "${{ steps.pages.outputs.base_url }}/"',
         '        run: explainer build -v --base-url "${{ steps.pages.outputs.base_url }}/"'),
    ]


def test_the_new_sites_workflow_passes_actionlint(new_site):
    result = actionlint(new_site / ".github" / "workflows" / "pages.yml")
    assert result.returncode == 0, findings(result)
