"""The glossary index page: counts of explainers, and the kind filter's markup."""

from __future__ import annotations

from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build_files
from tests.conftest import TERM_ARAB_LEAGUE


def other_term(name: str, kind: str = "organisation") -> str:
    return (TERM_ARAB_LEAGUE.replace("Arab League", name)
            .replace("aliases: [League of Arab States]\n", "")
            .replace("kind: organisation", f"kind: {kind}"))


def index(make_site, files: dict[str, str | bytes]) -> str:
    result = build_files(SiteSpec(make_site(files)))
    assert result.ok, [d.format() for d in result.diagnostics]
    return result.files["glossary/index.html"].decode()


def test_a_term_mentioned_in_one_explainer_says_so(make_site):
    assert '<span class="count">In 1 explainer</span>' in index(make_site, {})


def test_a_term_no_explainer_mentions_has_no_count(make_site):
    html = index(make_site, {"glossary/gcc.md": other_term("Gulf Cooperation Council")})
    entry = html[html.index('href="gcc/index.html"'):]
    entry = entry[:entry.index("</dd>")]
    assert "explainer" not in entry and "In 0" not in html


def test_each_kind_button_is_kept_with_its_label(make_site):
    html = index(make_site, {"glossary/ayman-safadi.md": other_term("Ayman Safadi", "person")})
    assert ('<span class="kind-option"><input type="radio" name="kind" id="kind-person" '
            'value="person">\n<label for="kind-person">Person</label></span>') in html
