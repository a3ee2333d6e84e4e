"""check on a site with a base_url: the 404 page links from the site's path, on purpose."""

from __future__ import annotations

import shutil
from pathlib import Path

from explainer.core.spec import DEFAULT_THEME
from tests.conftest import SITE_YML
from tests.test_check_command import problems

BASE = "base_url: https://name.github.io/news/\n"


def test_the_404_pages_site_rooted_links_are_not_errors(make_site):
    content = make_site({"site.yml": SITE_YML + BASE})
    assert [p for p in problems(content) if "error" in p] == []


def test_a_broken_site_rooted_link_on_the_404_page_is_still_an_error(make_site, tmp_path):
    layouts = tmp_path / "layouts"
    shutil.copytree(DEFAULT_THEME, layouts)
    page = layouts / "404.html"
    page.write_text(page.read_text().replace(
        "<h1>", "<a href=\"{{ link('nowhere/') }}\">x</a>\n<h1>"))
    found = problems(make_site({"site.yml": SITE_YML + BASE}), layouts=Path(layouts))
    wanted = "404.html:3:19: error: broken link '/news/nowhere/index.html'"
    assert any(wanted in p for p in found), found
