"""The built site works where it is hosted: at a domain root (``/``) and under a GitHub Pages
project path (``/repo/``).

The project's ``content/`` is built, served by a real HTTP server that answers as GitHub Pages
does (a folder redirects to its slash form and serves its ``index.html``; a missing file answers
404 with the site's ``404.html``; under ``/repo/`` nothing outside ``/repo/`` is the site), and
crawled from the home page. Every same-site ``href``, ``src`` and ``srcset`` of every page is
fetched and must answer 200; every ``#fragment`` must name an element of its target page; no
link may leave the mount point; and every built page must be reached. Links to other hosts are
not fetched. ``tests/test_crawler.py`` shows that the crawler catches each kind of problem.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import pytest

from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build
from tests.crawler import Crawl, crawl, fetch, report, serve

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
MOUNTS = {"root": "/", "subpath": "/repo/"}

# -- the project's site, served at each mount point ----------------------------------------------


@dataclass(frozen=True)
class Hosted:
    origin: str
    mount: str
    output: Path
    crawl: Crawl


def build_content(output: Path, base_url: str) -> None:
    """Build content/ as the Pages workflow does, with the address it is served at."""
    result = build(SiteSpec(CONTENT, base_url=base_url), output)
    if not result.ok:
        errors = "\n".join(d.format() for d in result.diagnostics.errors)
        pytest.fail(f"content/ does not build:\n{errors}", pytrace=False)


@pytest.fixture(scope="module", params=list(MOUNTS.values()), ids=list(MOUNTS))
def hosted(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hosted]:
    mount: str = request.param
    output = tmp_path_factory.mktemp("hosting") / "output"
    with serve(output, mount) as origin:
        build_content(output, origin + mount)
        yield Hosted(origin, mount, output, crawl(origin, mount))


def test_the_home_page_answers(hosted):
    assert hosted.crawl.start is not None and hosted.crawl.start.status == 200
    assert hosted.crawl.pages, "the crawl read no page"


def test_every_link_and_asset_answers_200(hosted):
    broken = hosted.crawl.problems("status")
    assert not broken, report(broken, "broken links or assets", hosted.mount)


def test_every_fragment_names_an_element_of_its_page(hosted):
    broken = hosted.crawl.problems("fragment")
    assert not broken, report(broken, "broken #fragments", hosted.mount)


def test_no_link_leaves_the_mount_point(hosted):
    broken = hosted.crawl.problems("outside")
    assert not broken, report(broken, "links leaving the site", hosted.mount)


def test_every_built_page_is_reached_from_the_home_page(hosted):
    built = {p.relative_to(hosted.output).as_posix() for p in hosted.output.rglob("*.html")}
    orphans = built - {"404.html"} - hosted.crawl.files_reached()
    assert not orphans, (f"{len(orphans)} built pages no link leads to (served at "
                         f"{hosted.mount}):\n  " + "\n  ".join(sorted(orphans)))


def test_the_404_page_works_at_a_missing_nested_address(hosted):
    """GitHub Pages answers any missing address with 404.html, at that address: its links
    must work from any depth, so they cannot be relative."""
    missing = hosted.mount + "explainers/no-such-explainer/"
    result = crawl(hosted.origin, hosted.mount, start=missing, follow=False)
    assert result.start is not None and result.start.status == 404
    assert result.start.ids, f"{missing} did not answer with the site's 404.html"
    assert not result.broken, report(result.broken, f"broken links on 404.html at {missing}",
                                     hosted.mount)


def absolute_addresses(xml_file: Path) -> list[str]:
    """The addresses a sitemap (``<loc>``) or an Atom feed (``<link href>``) gives."""
    tree = ElementTree.parse(xml_file)
    locs = [e.text.strip() for e in tree.iter() if e.tag.endswith("}loc") and e.text]
    hrefs = [e.get("href", "") for e in tree.iter() if e.tag.endswith("}link")]
    return locs + [h for h in hrefs if h]


@pytest.mark.parametrize("name", ["sitemap.xml", "feed.xml"])
def test_every_address_in_the_sitemap_and_feed_answers_200(hosted, name):
    site = hosted.origin + hosted.mount
    addresses = absolute_addresses(hosted.output / name)
    assert addresses, f"{name} gives no address"
    wrong = [f"  {a}: not under {site}" for a in addresses if not a.startswith(site)]
    wrong += [f"  {a}: HTTP {status}" for a in addresses if a.startswith(site)
              and (status := fetch(a)[0].status) != 200]
    assert not wrong, f"{len(wrong)} broken addresses in {name}:\n" + "\n".join(wrong)
