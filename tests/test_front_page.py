"""The home page as a front page: the lead (pinned or newest), the cards, the headings, the
topics strip, and the page with 0, 1 and many explainers."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from explainer.content.loader import load_explainer
from explainer.content.model import Explainer
from explainer.core.diagnostics import Diagnostics
from explainer.core.spec import SiteSpec
from explainer.output.pagination import front_page_order, lead_of
from explainer.pipeline.builder import build_files
from explainer.site.pages import ExplainerPage

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x80\x00\x00\x01\xe0"
       b"\x08\x02\x00\x00\x00\x00\x00\x00\x00")  # a 640 x 480 header
WEIGHT_BUDGET = 60 * 1024


def story(n: int, *extra: str, tags: str = "[syria]", summary: str = "") -> str:
    lines = "".join(f"{line}\n" for line in extra)
    return (f"---\ntitle: Story {n}\nsummary: {summary or f'Summary {n}.'}\n"
            f"date: 2023-05-{n:02d}\ntags: {tags}\n{lines}---\nText.\n")


def home(make_site, files: dict[str, str | bytes], name: str = "index.html") -> str:
    result = build_files(SiteSpec(make_site(files)))
    assert result.ok, [d.format() for d in result.diagnostics]
    return result.files[name].decode()


def page(n: int, draft: bool = False, pinned: bool = False) -> ExplainerPage:
    """An ExplainerPage whose only use here is its explainer's flags (n: newest first)."""
    e = Explainer(f"s{n}", Path(f"s{n}.md"), f"Story {n}", "S.", dt.date(2023, 5, 30 - n), "", 1,
                  draft=draft, pinned=pinned)
    return ExplainerPage(e, f"explainers/s{n}/", "", (), (), {})


def main_of(html: str) -> str:
    return html[html.index("<main"):html.index("</main>")]


# choosing the lead


def test_newest_leads_without_a_pinned_one():
    pages = [page(1), page(2)]
    assert lead_of(pages) is pages[0]


def test_pinned_leads_over_newer_ones():
    pages = [page(1), page(2, pinned=True), page(3)]
    assert front_page_order(pages) == (pages[1], pages[0], pages[2])


def test_newest_pinned_leads_when_several_are():
    pages = [page(1), page(2, pinned=True), page(3, pinned=True)]
    assert lead_of(pages) is pages[1]


def test_draft_never_leads_while_a_published_one_can():
    pages = [page(1, draft=True, pinned=True), page(2)]
    assert lead_of(pages) is pages[1]


def test_only_drafts_the_newest_leads():
    pages = [page(1, draft=True), page(2, draft=True)]
    assert lead_of(pages) is pages[0]


def test_no_explainers_no_lead():
    assert lead_of([]) is None and front_page_order([]) == ()


def test_pinned_must_be_true_or_false(tmp_path):
    path = tmp_path / "x.md"
    path.write_text("---\ntitle: T\nsummary: S\ndate: 2023-05-05\npinned: yes please\n---\n",
                    encoding="utf-8")
    diags = Diagnostics()
    assert load_explainer(path, diags) is None
    assert [d.format().removeprefix(f"{path}:") for d in diags] == [
        "5:9: error: 'pinned' must be true or false, not 'yes please'\n"
        "  hint: pinned: true puts the explainer at the top of the home page"]


# the page


def test_site_title_is_in_the_header_and_the_page_has_its_own_heading(make_site):
    html = home(make_site, {})
    assert '<a class="site-title" href="index.html">Test site</a>' in html
    assert re.findall(r"<h1[ >].*?</h1>", html) == ["<h1>Latest explainers</h1>"]


def test_lead_shows_kicker_title_standfirst_and_dates(make_site):
    html = main_of(home(make_site, {"explainers/test.md": story(
        5, "updated: 2023-06-01", tags="[united-states, syria]", summary="What happened.")}))
    lead = html[html.index('<article class="lead-story"'):html.index("</article>")]
    assert '<p class="kicker"><a href="tags/united-states/index.html">United States</a></p>' in lead
    assert ('<h2 id="lead-title" class="lead-title"><a href="explainers/test/index.html">'
            "Story 5</a></h2>") in lead
    assert '<p class="standfirst">What happened.</p>' in lead
    assert ('<time datetime="2023-05-05">5 May 2023</time> · Updated '
            '<time datetime="2023-06-01">1 June 2023</time>') in lead


def test_lead_shows_its_picture_with_alt_text_and_size(make_site):
    html = home(make_site, {
        "explainers/test.md": story(5, "image: {src: media/map.png, alt: A map of Syria}"),
        "media/map.png": PNG})
    assert ('<img class="lead-picture" src="media/map.png" alt="A map of Syria" width="640" '
            'height="480"') in html
    assert '<article class="lead-story has-picture"' in html


def test_lead_without_a_picture_has_no_img(make_site):
    assert "<img" not in main_of(home(make_site, {}))


def test_pinned_explainer_leads_the_built_page(make_site):
    html = home(make_site, {"explainers/old.md": story(1, "pinned: true"),
                            "explainers/new.md": story(9)})
    assert 'href="explainers/old/index.html">Story 1</a></h2>' in html
    assert html.index("Story 1") < html.index("Story 9")


def test_one_explainer_is_the_lead_with_topics_and_the_glossary(make_site):
    html = main_of(home(make_site, {}))
    assert 'class="lead-story has-terms"' in html
    assert "More explainers" not in html and 'class="card"' not in html
    assert '<a href="tags/index.html">All 1 topic</a>' in html
    assert 'The <a href="glossary/index.html">glossary</a> explains 1 key term.' in html


def test_a_lead_without_a_picture_lists_its_key_terms_beside_it(make_site):
    html = main_of(home(make_site, {}))
    terms = html[html.index('<aside class="lead-terms"'):html.index("</aside>")]
    assert '<h3 id="lead-terms-title">Key terms in this story</h3>' in terms
    assert re.search(r'<li><a href="glossary/[^"]+/index.html">[^<]+</a> <span class="kind">',
                     terms)


def test_no_explainers_keeps_the_helpful_message(make_site):
    html = home(make_site, {"explainers/test.md": story(1, "draft: true")})
    assert "No explainers yet. Import an article with" in html
    assert 'class="lead-story"' not in html


def test_others_follow_the_lead_as_cards_with_readable_topics(make_site):
    html = main_of(home(make_site, {"explainers/a.md": story(1, tags="[united-states]"),
                                    "explainers/b.md": story(2)}))
    assert '<h2 id="more-title" class="section-title">More explainers</h2>' in html
    assert html.count('<li class="card">') == 2
    card = html[html.index('<h3 class="card-title"><a href="explainers/a/index.html">'):]
    assert '<li><a href="tags/united-states/index.html">United States</a></li>' in card


def test_topics_strip_names_the_topics_with_most_explainers(make_site):
    html = main_of(home(make_site, {"explainers/a.md": story(1, tags="[united-states, syria]")}))
    strip = html[html.index('<section class="front-topics"'):]
    assert strip.index(">Syria <span") < strip.index(">United States <span")
    assert '<span class="count">2</span>' in strip


def test_older_pages_have_no_lead_and_say_which_page(make_site):
    files = {"site.yml": "title: S\nper_page: 2\n",
             **{f"explainers/s{n}.md": story(n) for n in range(1, 5)}}
    html = main_of(home(make_site, files, "page/2/index.html"))
    assert '<p class="meta">Page 2 of 3</p>' in html
    assert "lead-story" not in html and "front-topics" not in html
    assert '<h2 class="card-title">' in html


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> dict[str, bytes]:
    """A site of 120 explainers with long titles, summaries and four topics each."""
    content = tmp_path_factory.mktemp("many") / "content"
    (content / "explainers").mkdir(parents=True)
    (content / "glossary").mkdir()
    (content / "site.yml").write_text("title: S\nbase_url: https://example.org/news/\n")
    long = "A standfirst of two sentences that says what happened and why it matters. " * 2
    for n in range(120):
        (content / "explainers" / f"story-number-{n:03d}.md").write_text(
            f"---\ntitle: What the {n}th round of talks on the reconstruction fund means for "
            f"the region\nsummary: {long.strip()}\ndate: 20{10 + n % 15}-0{1 + n % 9}-1{n % 9}\n"
            f"updated: 2025-01-01\ntags: [syria, united-states, humanitarian-aid, t{n % 40}]\n"
            "---\nText.\n", encoding="utf-8")
    result = build_files(SiteSpec(content))
    assert result.ok, [d.format() for d in result.diagnostics]
    return result.files


def test_many_explainers_are_listed_twenty_a_page(many):
    assert "page/6/index.html" in many and "page/7/index.html" not in many
    assert many["page/3/index.html"].decode().count('<li class="card">') == 20


def test_every_list_page_is_within_the_weight_budget(many):
    lists = [name for name in many if name == "index.html" or name.startswith(("page/", "tags/"))]
    assert len(lists) > 20
    heavy = {name: len(many[name]) for name in lists if len(many[name]) > WEIGHT_BUDGET}
    assert heavy == {}
