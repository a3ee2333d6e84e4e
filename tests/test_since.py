"""'What has happened since' on an explainer, and the timeline on a term page (issue 14)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from explainer.content.model import Event, Explainer, SinceOptions, Term, TermSource
from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build_files
from explainer.site.since import timeline, what_since

D = dt.date
SITE = SinceOptions()
PAGE = "explainers/test/index.html"


def term(slug: str, *events: Event) -> Term:
    return Term(slug, Path(f"{slug}.md"), slug.title(), "S.", "person", D(2026, 1, 1), (),
                "", 1, events=events)


def explainer(**fields: object) -> Explainer:
    return Explainer("x", Path("x.md"), "T", "S", D(2023, 5, 5), "", 1, **fields)  # type: ignore


def ev(date: dt.date, text: str = "It happened.") -> Event:
    return Event(date, text)


def texts(since) -> list[tuple[dt.date, str]]:
    return [(h.date, h.text) for h in since.items]


# ------------------------------------------------------------------ the rules


def test_events_after_the_last_update_are_listed_newest_first() -> None:
    assad = term("assad", ev(D(2024, 12, 8), "Fell."), ev(D(2025, 11, 10), "Visit."))
    caesar = term("caesar", ev(D(2025, 12, 18), "Repealed."))
    since = what_since(explainer(), (assad, caesar), SITE)
    assert texts(since) == [(D(2025, 12, 18), "Repealed."), (D(2025, 11, 10), "Visit."),
                            (D(2024, 12, 8), "Fell.")]


def test_events_up_to_the_last_update_are_left_out() -> None:
    assad = term("assad", ev(D(2023, 5, 5), "Same day."), ev(D(2024, 12, 8), "Fell."),
                 ev(D(2025, 3, 4), "Summit."))
    updated = explainer(updated=D(2024, 12, 8))
    assert texts(what_since(updated, (assad,), SITE)) == [(D(2025, 3, 4), "Summit.")]


def test_an_update_dated_after_every_event_leaves_the_block_out() -> None:
    from explainer.content.model import Update
    later = explainer(updates=(Update(D(2026, 1, 1), "Everything changed."),))
    assert what_since(later, (term("assad", ev(D(2024, 12, 8))),), SITE) is None


def test_no_events_leave_the_block_out() -> None:
    assert what_since(explainer(), (term("assad"),), SITE) is None


def test_the_site_limit_caps_the_list_and_counts_the_rest() -> None:
    assad = term("assad", *(ev(D(2024, 1, day), f"Day {day}.") for day in range(1, 5)))
    caesar = term("caesar", ev(D(2023, 6, 1), "Earliest."))
    since = what_since(explainer(), (assad, caesar), SinceOptions(limit=2))
    assert texts(since) == [(D(2024, 1, 4), "Day 4."), (D(2024, 1, 3), "Day 3.")]
    assert (since.more, [t.slug for t in since.more_terms]) == (3, ["assad", "caesar"])


def test_the_explainers_own_since_replaces_the_sites() -> None:
    assad = term("assad", ev(D(2024, 1, 1)), ev(D(2024, 1, 2)))
    since = what_since(explainer(since=SinceOptions(limit=1)), (assad,), SinceOptions(limit=5))
    assert (len(since.items), since.more) == (1, 1)


def test_show_false_leaves_the_block_out() -> None:
    assad = term("assad", ev(D(2024, 12, 8)))
    assert what_since(explainer(since=SinceOptions(show=False)), (assad,), SITE) is None


def test_show_false_in_the_site_settings_leaves_the_block_out() -> None:
    assert what_since(explainer(), (term("a", ev(D(2024, 1, 1))),),
                      SinceOptions(show=False)) is None


def test_limit_zero_leaves_the_block_out() -> None:
    assert what_since(explainer(), (term("a", ev(D(2024, 1, 1))),),
                      SinceOptions(limit=0)) is None


def test_events_marked_seen_are_still_shown_to_readers() -> None:
    assad = term("assad", ev(D(2024, 12, 8), "Fell."))
    seen = explainer(seen={"assad": D(2025, 12, 31)})
    assert texts(what_since(seen, (assad,), SITE)) == [(D(2024, 12, 8), "Fell.")]


def test_the_same_event_on_two_terms_is_listed_once_linked_to_both() -> None:
    source = TermSource("Report", "https://example.org/r")
    fell = Event(D(2024, 12, 8), "Assad fell.", source)
    since = what_since(explainer(), (term("assad", fell), term("war", ev(D(2024, 12, 8),
                                                                         "Assad  fell."))), SITE)
    (item,) = since.items
    assert [(t.slug, anchor) for t, anchor in item.links] == [
        ("assad", "event-2024-12-08"), ("war", "event-2024-12-08")]
    assert item.source == source


def test_events_of_one_day_keep_the_order_of_the_terms() -> None:
    day = D(2024, 12, 8)
    since = what_since(explainer(), (term("b", ev(day, "B.")), term("a", ev(day, "A."))), SITE)
    assert texts(since) == [(day, "B."), (day, "A.")]


def test_a_timeline_is_oldest_first_with_an_id_for_each_day() -> None:
    entries = timeline(term("a", ev(D(2025, 3, 4), "C."), ev(D(2011, 3, 15), "A."),
                            ev(D(2025, 3, 4), "D."), ev(D(2012, 1, 1), "B.")))
    assert [(e.id, e.event.text) for e in entries] == [
        ("event-2011-03-15", "A."), ("event-2012-01-01", "B."), ("event-2025-03-04", "C."),
        ("event-2025-03-04-2", "D.")]


# ------------------------------------------------------------------ on the pages

ASSAD = """\
---
term: Bashar al-Assad
summary: President of Syria until December 2024.
kind: person
as_of: 2025-12-18
sources:
  - {title: Profile, url: "https://example.org/assad"}
events:
  - date: 2024-12-08
    text: Rebels take Damascus & Assad flees.
    source: {title: Assad flees, url: "https://example.org/fall", publisher: Example News}
  - date: 2000-07-17
    text: Assad becomes president.
  - date: 2025-03-04
    text: Syria attends the Cairo summit.
---
Assad led Syria.
"""

STORY = """\
---
title: "A test explainer"
summary: "What happened, in one line."
date: 2023-05-05
{front}---
Bashar al-Assad met the Arab League.
"""


def page(make_site, front: str = "", site: str = "title: Test site\n",
         file: str = PAGE) -> str:
    content = make_site({"site.yml": site, "glossary/bashar-al-assad.md": ASSAD,
                         "explainers/test.md": STORY.format(front=front)})
    result = build_files(SiteSpec(content))
    assert result.ok, [d.format() for d in result.diagnostics]
    return result.files[file].decode()


def section(html: str, cls: str) -> str:
    match = re.search(rf'<section class="{cls}".*?</section>', html, re.S)
    return match.group(0) if match else ""


def test_the_block_lists_later_events_linked_to_their_term(make_site) -> None:
    assert section(page(make_site), "since") == """\
<section class="since" aria-labelledby="since-title" data-pagefind-ignore>
<h2 id="since-title">What has happened since this was published</h2>
<p class="since-note">Published <time datetime="2023-05-05">5 May 2023</time>. Later events \
from the glossary entries this explainer links to, newest first:</p>
<ol class="dated-list">
<li>
<p class="dated-label"><time datetime="2025-03-04">4 March 2025</time></p>
<p class="since-text">Syria attends the Cairo summit. <span class="since-terms">— <a \
href="../../glossary/bashar-al-assad/index.html#event-2025-03-04">Bashar al-Assad</a></span></p>
</li>
<li>
<p class="dated-label"><time datetime="2024-12-08">8 December 2024</time></p>
<p class="since-text">Rebels take Damascus &amp; Assad flees. <span class="since-terms">— <a \
href="../../glossary/bashar-al-assad/index.html#event-2024-12-08">Bashar al-Assad</a></span></p>
</li>
</ol>
</section>"""


def test_the_block_comes_before_the_body(make_site) -> None:
    html = page(make_site)
    assert html.index('<section class="since"') < html.index('<div class="explainer-body"')


def test_after_an_update_the_heading_says_last_updated(make_site) -> None:
    html = section(page(make_site, "updated: 2025-01-01\n"), "since")
    assert 'since this was last updated</h2>' in html
    assert 'Last updated <time datetime="2025-01-01">1 January 2025</time>.' in html


def test_a_capped_block_says_how_many_more_and_where(make_site) -> None:
    html = section(page(make_site, "since: {limit: 1}\n"), "since")
    assert html.count("<li>") == 1
    assert ('<p class="since-more">And 1 earlier event since publication, on the timeline of '
            '<a href="../../glossary/bashar-al-assad/index.html#timeline-title">Bashar al-Assad'
            '</a>.</p>') in html


def test_site_yml_since_show_false_leaves_the_block_out(make_site) -> None:
    assert 'class="since"' not in page(make_site, site="title: T\nsince: {show: false}\n")


def test_an_explainers_show_true_overrides_the_site(make_site) -> None:
    html = page(make_site, "since: {show: true}\n", site="title: T\nsince: {show: false}\n")
    assert 'class="since"' in html


def test_the_term_page_shows_its_timeline_oldest_first(make_site) -> None:
    html = page(make_site, file="glossary/bashar-al-assad/index.html")
    assert section(html, "term-timeline") == """\
<section class="term-timeline" aria-labelledby="timeline-title" data-pagefind-ignore>
<h2 id="timeline-title">Timeline</h2>
<ol class="dated-list">
<li id="event-2000-07-17">
<p class="dated-label"><time datetime="2000-07-17">17 July 2000</time></p>
<p class="event-text">Assad becomes president.</p>
</li>
<li id="event-2024-12-08">
<p class="dated-label"><time datetime="2024-12-08">8 December 2024</time></p>
<p class="event-text">Rebels take Damascus &amp; Assad flees. <span class="event-source">\
(<a href="https://example.org/fall">Assad flees</a>, Example News)</span></p>
</li>
<li id="event-2025-03-04">
<p class="dated-label"><time datetime="2025-03-04">4 March 2025</time></p>
<p class="event-text">Syria attends the Cairo summit.</p>
</li>
</ol>
</section>"""


def test_a_term_without_events_has_no_timeline(built) -> None:
    _, out = built
    assert "Timeline" not in (out / "glossary/arab-league/index.html").read_text()
