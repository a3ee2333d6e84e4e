"""Updates, corrections and the [[updates]] placeholder on an explainer page, and the
explainer's JSON-LD (issue 14)."""

from __future__ import annotations

import json
import re

import markdown

from explainer.content.updates import MARKER, UpdatesPlaceholder
from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build_files

PAGE = "explainers/test/index.html"
STORY = """\
---
title: "A test explainer"
summary: "What happened, in one line."
date: 2023-05-05
{front}---
{body}
"""
BODY = "Syria was suspended from the Arab League in 2011.\n\nIt came back in 2023."
TWO_UPDATES = """\
updates:
  - date: 2024-12-10
    text: "Assad's government **fell**. See [the report](https://example.org/fall)."
    sources: [{title: Assad flees, url: "https://example.org/fall", publisher: Example News},
              {title: UN, url: "https://news.un.org/"}]
  - date: 2025-01-02
    text: "A second update."
"""
CORRECTION = """\
corrections:
  - date: 2024-01-02
    wrong: "The League was founded in 1946."
    right: "It was founded in 1945."
"""


def build(make_site, front: str = "", body: str = BODY, **files: str):
    story = STORY.format(front=front, body=body)
    return build_files(SiteSpec(make_site({"explainers/test.md": story, **files})))


def page(make_site, front: str = "", body: str = BODY, **files: str) -> str:
    result = build(make_site, front, body, **files)
    assert result.ok, [d.format() for d in result.diagnostics]
    return result.files[PAGE].decode()


def problems(make_site, front: str = "", body: str = BODY) -> list[str]:
    return [d.format() for d in build(make_site, front, body).diagnostics
            if "event" not in d.message]


def section(html: str, cls: str) -> str:
    match = re.search(rf'<section class="{cls}".*?</section>', html, re.S)
    return match.group(0) if match else ""


def article(html: str) -> dict:
    found = [json.loads(m) for m in re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]
    return next(d for d in found if "headline" in d)


# ------------------------------------------------------------------ updates


def test_the_newest_update_is_shown_and_earlier_ones_are_folded_under_it(make_site) -> None:
    assert section(page(make_site, TWO_UPDATES), "updates") == """\
<section class="updates" aria-labelledby="updates-title">
<h2 id="updates-title">Updates</h2>
<ol class="dated-list">
<li class="update" id="update-2025-01-02">
<p class="dated-label"><span class="label">Update</span> \
<time datetime="2025-01-02">2 January 2025</time></p>
<div class="update-text">
<p>A second update.</p>
</div>
</li>
</ol>
<details class="earlier-updates">
<summary>1 earlier update</summary>
<ol class="dated-list">
<li class="update" id="update-2024-12-10">
<p class="dated-label"><span class="label">Update</span> \
<time datetime="2024-12-10">10 December 2024</time></p>
<div class="update-text">
<p>Assad's government <strong>fell</strong>. See <a href="https://example.org/fall">the \
report</a>.</p>
</div>
<p class="dated-sources" data-pagefind-ignore>Sources: <a href="https://example.org/fall">Assad \
flees</a>, Example News; <a href="https://news.un.org/">UN</a></p>
</li>
</ol>
</details>
</section>"""


def test_by_default_the_updates_block_is_above_the_body(make_site) -> None:
    html = page(make_site, TWO_UPDATES)
    assert html.index('<section class="updates"') < html.index('<div class="explainer-body"')


def test_unsafe_html_in_an_update_is_removed_and_reported_at_its_line(make_site) -> None:
    front = "updates:\n  - date: 2024-12-10\n    text: \"Fell <script>alert(1)</script>.\"\n"
    result = build(make_site, front)
    assert "<script>alert" not in result.files[PAGE].decode()
    assert [d.format() for d in result.diagnostics if "unsafe" in d.message] == [
        f"{make_site() / 'explainers/test.md'}:7:6: warning: unsafe HTML removed: the <script> "
        "element and its content\n  hint: raw HTML in Markdown may use text elements only (see "
        "'Security and limits' in the README)"]


def test_without_updates_there_is_no_block(make_site) -> None:
    assert 'class="updates"' not in page(make_site)


# ------------------------------------------------------------------ the placeholder


def test_the_placeholder_places_the_block_in_the_body(make_site) -> None:
    body = "First paragraph.\n\n[[updates]]\n\nSecond paragraph."
    html = page(make_site, TWO_UPDATES, body)
    inside = re.search(r'<div class="explainer-body".*?<p>Second paragraph\.</p>', html, re.S)
    assert inside is not None
    assert re.findall(r"<p>First paragraph\.</p>\s*<section class=\"updates\"",
                      inside.group(0))
    assert html.count('<section class="updates"') == 1
    assert "[[updates]]" not in html


def test_the_placeholder_is_not_linked_by_the_glossary(make_site) -> None:
    term = ("---\nterm: Updates\nsummary: S.\nkind: concept\nas_of: 2026-11-28\n"
            "sources:\n  - {title: T, url: 'https://example.org/'}\n---\nText.\n")
    body = "Read the updates.\n\n[[updates]]\n\nMore."
    html = page(make_site, TWO_UPDATES, body, **{"glossary/updates.md": term})
    assert html.count('data-term="updates"') == 1  # the mention in "Read the updates."


def test_the_placeholder_without_updates_shows_nothing(make_site) -> None:
    html = page(make_site, "", "First.\n\n[[updates]]\n\nSecond.")
    assert "[[updates]]" not in html and 'class="updates"' not in html


def test_the_placeholder_in_code_is_text(make_site) -> None:
    html = page(make_site, TWO_UPDATES, "Write:\n\n```\n[[updates]]\n```\n\nAnd `[[notes]]`.")
    assert "<pre><code>[[updates]]\n</code></pre>" in html
    assert html.index('<section class="updates"') < html.index('<div class="explainer-body"')


def test_an_unknown_placeholder_is_an_error_at_its_line(make_site) -> None:
    assert problems(make_site, body="One.\n\n[[update]]\n") == [
        f"{make_site() / 'explainers/test.md'}:8:1: error: unknown placeholder '[[update]]' "
        "(did you mean '[[updates]]'?)\n  hint: the only placeholder is [[updates]], on a line "
        "of its own; to show the brackets as they are, write them in `code`"]


def test_the_placeholder_inside_a_paragraph_is_an_error(make_site) -> None:
    assert problems(make_site, body="One [[updates]] two.\n") == [
        f"{make_site() / 'explainers/test.md'}:6:5: error: '[[updates]]' must be a paragraph "
        "of its own to place the Updates block\n  hint: write [[updates]] on a line by itself, "
        "with a blank line before and after, outside lists and quotes"]


def test_the_placeholder_written_twice_is_an_error(make_site) -> None:
    assert problems(make_site, body="[[updates]]\n\nText.\n\n[[updates]]\n") == [
        f"{make_site() / 'explainers/test.md'}:6:1: error: '[[updates]]' is written twice: the "
        "Updates block is shown once\n  hint: keep one [[updates]] line and delete the others"]


# ------------------------------------------------------------------ dates and corrections


def test_the_last_update_is_shown_beside_the_published_date(make_site) -> None:
    html = page(make_site, TWO_UPDATES)
    assert ('<time datetime="2023-05-05">5 May 2023</time>\n · Updated '
            '<time datetime="2025-01-02">2 January 2025</time>') in html
    assert '<meta property="article:modified_time" content="2025-01-02">' in html


def test_without_a_later_date_there_is_no_updated_date(make_site) -> None:
    html = page(make_site)
    assert "Updated" not in html and "article:modified_time" not in html


def test_the_corrections_block_is_after_the_body(make_site) -> None:
    html = page(make_site, CORRECTION)
    assert section(html, "corrections") == """\
<section class="corrections" aria-labelledby="corrections-title" data-pagefind-ignore>
<h2 id="corrections-title">Corrections</h2>
<ol class="dated-list">
<li class="correction" id="correction-2024-01-02">
<p class="dated-label"><span class="label">Correction</span> \
<time datetime="2024-01-02">2 January 2024</time></p>
<p><span class="correction-said">We wrote:</span> “The League was founded in 1946.”</p>
<p><span class="correction-said">In fact:</span> It was founded in 1945.</p>
</li>
</ol>
</section>"""
    assert html.index('<div class="explainer-body"') < html.index('class="corrections"')


def test_items_of_one_day_are_numbered_in_the_order_written(make_site) -> None:
    front = ("updates:\n  - {date: 2024-12-10, text: A}\n  - {date: 2024-12-10, text: B}\n"
             + CORRECTION + "  - {date: 2024-01-02, wrong: X, right: Y}\n")
    html = page(make_site, front)
    assert re.findall(r'<li class="update" id="([\w-]+)">\n.*\n<div class="update-text">\n'
                      r'<p>(\w)</p>', html) == [("update-2024-12-10", "A"),
                                               ("update-2024-12-10-2", "B")]
    assert re.findall(r'<li class="correction" id="([\w-]+)">', html) == [
        "correction-2024-01-02", "correction-2024-01-02-2"]


def test_corrections_are_newest_first(make_site) -> None:
    front = CORRECTION + "  - {date: 2025-02-01, wrong: Later, right: Fixed}\n"
    dates = re.findall(r'<time datetime="([\d-]+)"', section(page(make_site, front),
                                                            "corrections"))
    assert dates == ["2025-02-01", "2024-01-02"]


# ------------------------------------------------------------------ JSON-LD


def test_an_explainer_is_a_background_news_article(make_site) -> None:
    assert article(page(make_site))["@type"] == "BackgroundNewsArticle"


def test_news_is_a_news_article(make_site) -> None:
    assert article(page(make_site, "type: news\n"))["@type"] == "NewsArticle"


def test_analysis_is_an_analysis_news_article(make_site) -> None:
    assert article(page(make_site, "type: analysis\n"))["@type"] == "AnalysisNewsArticle"


def test_date_modified_is_the_last_update(make_site) -> None:
    data = article(page(make_site, "updated: 2024-01-01\n" + TWO_UPDATES))
    assert (data["datePublished"], data["dateModified"]) == ("2023-05-05", "2025-01-02")


def test_corrections_are_correction_comments(make_site) -> None:
    assert article(page(make_site, CORRECTION))["correction"] == [{
        "@type": "CorrectionComment", "datePublished": "2024-01-02",
        "text": "We wrote: “The League was founded in 1946.” In fact: It was founded in 1945."}]


def test_without_corrections_there_is_no_correction_key(make_site) -> None:
    assert "correction" not in article(page(make_site))


def test_the_placeholder_extension_is_ready_again_after_reset() -> None:
    md = markdown.Markdown(extensions=[UpdatesPlaceholder()])
    first = md.convert("[[updates]]")
    md.reset()
    assert md.convert("[[updates]]") == first and MARKER in first
