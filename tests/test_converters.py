"""Bodies rendered one after another with the same Markdown instance: nothing carries over."""

from __future__ import annotations

from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build_files

UPDATED = """\
---
title: "Story {n}"
summary: "One line."
date: 2023-05-0{n}
updates:
  - {{date: 2023-06-0{n}, text: "Something changed."}}
---
Before.

[[updates]]

After, with a note.[^{n}]

[^{n}]: The note of story {n}.
"""


def test_each_body_places_its_updates_and_keeps_its_own_notes(make_site):
    result = build_files(SiteSpec(make_site({f"explainers/story-{n}.md": UPDATED.format(n=n)
                                    for n in (1, 2, 3)})))
    assert result.ok
    pages = [p for p in result.site.explainers if p.explainer.slug.startswith("story-")]
    assert len(pages) == 3
    for page in pages:
        n = page.explainer.slug[-1]
        assert page.updates_at is not None
        assert f"The note of story {n}." in page.body_html
        assert page.body_html.count("footnote-backref") == 1
