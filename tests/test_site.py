"""The whole site: the seed site against its golden copy, links, determinism, safety."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from explainer.core.spec import SiteSpec
from explainer.importer import parse_text, to_markdown
from explainer.output.folders import OutputError
from explainer.output.writer import write_site
from explainer.pipeline.builder import build, build_files
from tests.conftest import EXPLAINER
from tests.golden import GOLDEN, ROOT, SEED

SEED_PAGE = "explainers/us-says-it-will-not-normalise-relations-with-syrias-assad/index.html"
LINK = re.compile(r'(?:href|src)="([^"]+)"')


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed") / "site"
    result = build(SiteSpec(ROOT / "content"), out, search=False)  # the index is Pagefind's output
    assert result.ok, [d.format() for d in result.diagnostics]
    return out


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_seed_site_matches_the_golden_copy(seed_site):
    """Regenerate after an intended change with: python -m tests.golden"""
    golden, built = files_of(GOLDEN / "site"), files_of(seed_site)
    assert sorted(built) == sorted(golden)
    for name in golden:
        assert built[name] == golden[name], f"{name} differs from tests/golden/site/{name}"


def test_seed_explainer_has_the_three_required_boxes(seed_site):
    html = (seed_site / SEED_PAGE).read_text(encoding="utf-8")
    for slug in ("arab-league", "unscr-2254", "austin-tice-case"):
        assert f'<aside aria-labelledby="gloss-{slug}-name" class="gloss-box"' in html
        assert (seed_site / "glossary" / slug / "index.html").is_file()


def test_every_internal_link_and_asset_resolves(seed_site):
    broken = []
    for page in seed_site.rglob("*.html"):
        for target in LINK.findall(page.read_text(encoding="utf-8")):
            if target.startswith(("http://", "https://", "mailto:", "#")):
                continue
            path = (page.parent / target.split("#")[0]).resolve()
            if not path.is_file():
                broken.append(f"{page.relative_to(seed_site)} -> {target}")
    assert broken == []


def test_no_link_goes_to_another_host_for_assets(seed_site):
    for page in seed_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r'<(?:link|script|img)[^>]+(?:href|src)="https?://', text), page


def test_two_builds_are_byte_identical():
    first = build_files(SiteSpec(ROOT / "content")).files
    second = build_files(SiteSpec(ROOT / "content")).files
    assert first == second


def test_committed_seed_explainer_body_is_the_importer_output():
    """The editor's only change to the imported text: words tied to a term by hand
    ("[US sanctions](term:us-sanctions-on-syria)", where an alias would match any country's
    sanctions)."""
    imported = to_markdown(parse_text(SEED.read_text(encoding="utf-8"), source="Al Jazeera"))
    committed = next((ROOT / "content" / "explainers").glob("us-says-*.md")).read_text("utf-8")
    untied = re.sub(r"\[([^\]]+)\]\(term:[a-z0-9-]+\)", r"\1", committed)
    assert untied.split("\n---\n", 1)[1] == imported.split("\n---\n", 1)[1]


def test_an_explainer_without_a_date_is_refused(make_site):
    content = make_site({"explainers/test.md": "---\ntitle: T\nsummary: S\ndate:\n---\nB\n"})
    result = build_files(SiteSpec(content))
    assert not result.ok
    assert [d.message for d in result.diagnostics] == ["'date' is empty"]


def test_another_site_folder_builds(make_site, tmp_path):
    result = build(SiteSpec(make_site()), tmp_path / "elsewhere")
    assert result.ok
    page = (tmp_path / "elsewhere/explainers/test/index.html").read_text(encoding="utf-8")
    assert 'href="../../glossary/arab-league/index.html"' in page


def test_term_page_lists_the_explainers_that_mention_it(make_site, tmp_path):
    build(SiteSpec(make_site()), tmp_path / "o")
    page = (tmp_path / "o/glossary/arab-league/index.html").read_text(encoding="utf-8")
    assert '<a href="../../explainers/test/index.html">A test explainer</a>' in page


def test_related_terms_show_both_ways(make_site, tmp_path):
    content = make_site({"glossary/syria.md": "---\nterm: Syria\nsummary: S\nkind: place\n"
                         "as_of: 2026-11-28\nsources: [{title: T, url: 'https://x.org/'}]\n"
                         "related: [arab-league]\n---\nB\n"})
    build(SiteSpec(content), tmp_path / "o")
    page = (tmp_path / "o/glossary/arab-league/index.html").read_text(encoding="utf-8")
    assert '<a href="../syria/index.html">Syria</a>' in page


def test_tag_pages_are_built(make_site, tmp_path):
    build(SiteSpec(make_site()), tmp_path / "o")
    assert "A test explainer" in (tmp_path / "o/tags/syria/index.html").read_text("utf-8")


def test_output_paths_cannot_escape_the_output_folder(tmp_path):
    with pytest.raises(OutputError, match="outside the output folder"):
        write_site({"../escaped.html": b"x"}, tmp_path / "out")
    assert not (tmp_path / "escaped.html").exists()


def test_output_cannot_be_the_content_folder(make_site):
    content = make_site()
    with pytest.raises(OutputError, match="overlaps the content folder"):
        build(SiteSpec(content), content)


def test_missing_local_image_is_an_error(make_site):
    content = make_site({"explainers/test.md": "---\ntitle: T\nsummary: S\ndate: 2023-05-05\n"
                         "image: {src: media/none.jpg, alt: A}\n---\nB\n"})
    result = build_files(SiteSpec(content))
    assert [d.format().split(": ", 1)[1] for d in result.diagnostics] == [
        f"error: image 'media/none.jpg' not found in {content / 'media'}\n"
        "  hint: put the image in content/media/ and write src: media/<file name>"]


def test_local_image_is_copied_and_linked(make_site, tmp_path):
    content = make_site({"explainers/test.md": "---\ntitle: T\nsummary: S\ndate: 2023-05-05\n"
                         "image: {src: media/a.png, alt: A map}\n---\nB\n",
                         "media/a.png": b"\x89PNG"})
    assert build(SiteSpec(content), tmp_path / "o").ok
    page = (tmp_path / "o/explainers/test/index.html").read_text(encoding="utf-8")
    assert '<img src="../../media/a.png" alt="A map" decoding="async">' in page
    assert (tmp_path / "o/media/a.png").read_bytes() == b"\x89PNG"


def test_explicit_reference_to_an_unknown_term_is_an_error_at_its_line(make_site):
    content = make_site({"explainers/test.md": "---\ntitle: T\nsummary: S\ndate: 2023-05-05\n"
                         "---\nFirst line.\n\nSee [the league](term:arab-leage) here.\n"})
    result = build_files(SiteSpec(content))
    assert [d.format().removeprefix(f"{d.path}:") for d in result.diagnostics] == [
        "8:17: error: unknown term 'arab-leage' in [...](term:arab-leage) "
        "(did you mean 'arab-league'?)\n"
        "  hint: write [words](term:<slug>) with the slug of a glossary file"]


def test_explainer_can_exclude_a_term(make_site, tmp_path):
    content = make_site({"explainers/test.md": "---\ntitle: T\nsummary: S\ndate: 2023-05-05\n"
                         "glossary: {exclude: [arab-league]}\n---\nThe Arab League.\n"})
    assert build(SiteSpec(content), tmp_path / "o").ok
    assert "gloss-term" not in (tmp_path / "o/explainers/test/index.html").read_text("utf-8")


def test_excluding_an_unknown_term_is_an_error(make_site):
    content = make_site({"explainers/test.md": "---\ntitle: T\nsummary: S\ndate: 2023-05-05\n"
                         "glossary: {exclude: [arab-leag]}\n---\nB\n"})
    found = build_files(SiteSpec(content)).diagnostics
    assert [d.format().removeprefix(f"{d.path}:") for d in found] == [
        "5:11: error: glossary.exclude names unknown term 'arab-leag'\n"
        "  hint: did you mean 'arab-league'?"]


def test_explainer_can_link_every_mention(make_site, tmp_path):
    content = make_site({"explainers/test.md": "---\ntitle: T\nsummary: S\ndate: 2023-05-05\n"
                         "glossary: {link: all}\n---\nArab League, Arab League.\n"})
    assert build(SiteSpec(content), tmp_path / "o").ok
    page = (tmp_path / "o/explainers/test/index.html").read_text("utf-8")
    assert page.count('class="gloss-term') == 2


def test_backlink_shows_the_sentence_of_the_first_mention(make_site, tmp_path):
    build(SiteSpec(make_site()), tmp_path / "o")
    page = (tmp_path / "o/glossary/arab-league/index.html").read_text(encoding="utf-8")
    assert "<p>Syria was suspended from the Arab League in 2011.</p>" in page


def json_ld(page: str, kind: str | None = None) -> dict:
    """The page's JSON-LD object of this @type (default: the last one, after breadcrumbs)."""
    import json
    found = [json.loads(m) for m in re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', page, re.S)]
    assert found, "no JSON-LD"
    return next((d for d in found if d["@type"] == kind), found[-1] if kind is None else None)


def test_glossary_index_has_a_defined_term_set(seed_site):
    data = json_ld((seed_site / "glossary/index.html").read_text(encoding="utf-8"))
    assert data["@context"] == "https://schema.org" and data["@type"] == "DefinedTermSet"
    names = [t["name"] for t in data["hasDefinedTerm"]]
    terms = list((ROOT / "content/glossary").glob("*.md"))
    assert "Arab League" in names and len(names) == len(terms)


def test_term_page_has_a_defined_term(seed_site):
    data = json_ld((seed_site / "glossary/unscr-2254/index.html").read_text(encoding="utf-8"))
    assert data["@type"] == "DefinedTerm" and data["name"] == "UNSCR 2254"
    assert "Resolution 2254" in data["alternateName"]
    assert data["citation"][0].startswith("https://")


def test_defined_term_url_is_absolute_with_a_base_url(make_site, tmp_path):
    content = make_site({"site.yml": "title: T\nbase_url: https://example.github.io/repo/\n"})
    build(SiteSpec(content), tmp_path / "o")
    data = json_ld((tmp_path / "o/glossary/arab-league/index.html").read_text(encoding="utf-8"))
    assert data["url"] == "https://example.github.io/repo/glossary/arab-league/"


def test_key_terms_list_only_on_a_page_without_boxes(make_site, tmp_path):
    no_boxes = EXPLAINER.replace("tags: [syria]", "tags: [syria]\nglossary: {boxes: false}")
    build(SiteSpec(make_site({"explainers/plain.md": no_boxes})), tmp_path / "o")
    with_boxes = (tmp_path / "o/explainers/test/index.html").read_text("utf-8")
    without = (tmp_path / "o/explainers/plain/index.html").read_text("utf-8")
    assert 'class="gloss-box"' in with_boxes and 'class="key-terms"' not in with_boxes
    assert 'class="gloss-box"' not in without and 'id="key-summary-arab-league"' in without
