"""Topics: the ``topics`` map of site.yml (each message exact), readable names, topic pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.loader import load_config
from explainer.content.model import Topic
from explainer.content.topics import readable_name, title_case
from explainer.core.diagnostics import Diagnostics
from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build_files


def config_problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "site.yml"
    path.write_text(text, encoding="utf-8")
    diags = Diagnostics()
    load_config(path, diags)
    return [d.format().removeprefix(f"{path}:") for d in diags]


def load_topics(tmp_path: Path, text: str) -> tuple[Topic, ...]:
    path = tmp_path / "site.yml"
    path.write_text(text, encoding="utf-8")
    config = load_config(path, Diagnostics())
    assert config is not None
    return config.topics


def explainer(tags: str, date: str = "2023-05-05", title: str = "A story") -> str:
    return f"---\ntitle: {title}\nsummary: What happened.\ndate: {date}\ntags: {tags}\n---\nText.\n"


def built(make_site, files: dict[str, str]) -> dict[str, str]:
    result = build_files(SiteSpec(make_site(files)))
    assert result.ok, [d.format() for d in result.diagnostics]
    return {name: data.decode() for name, data in result.files.items() if name.endswith(".html")}


# site.yml: the topics map


def test_topics_load_with_title_and_description(tmp_path):
    topics = load_topics(tmp_path, "title: S\ntopics:\n  united-states:\n"
                                   "    title: United States\n    description: Washington.\n")
    assert topics == (Topic("united-states", "United States", "Washington."),)


def test_topic_without_keys_loads_with_neither(tmp_path):
    assert load_topics(tmp_path, "title: S\ntopics:\n  syria:\n") == (Topic("syria"),)


def test_topic_key_that_is_not_a_slug_is_an_error_with_the_slug(tmp_path):
    assert config_problems(tmp_path, "title: S\ntopics:\n  United States: {}\n") == [
        "3:3: error: the topic 'United States' is not a slug\n"
        "  hint: name a topic by the slug its pages have: united-states: {title: United States}"]


def test_unknown_key_in_a_topic_suggests_the_closest(tmp_path):
    assert config_problems(tmp_path, "title: S\ntopics:\n  syria: {titel: Syria}\n") == [
        "3:11: error: unknown key 'topics.syria.titel'\n"
        "  hint: did you mean 'topics.syria.title'?"]


def test_topic_title_that_is_a_list_is_an_error(tmp_path):
    assert config_problems(tmp_path, "title: S\ntopics:\n  syria: {title: [a, b]}\n") == [
        "3:18: error: 'topics.syria.title' must be text, not a list\n"
        '  hint: write it as text, in double quotes: title: "a, b"']


def test_topic_written_as_text_is_an_error_with_the_form(tmp_path):
    assert config_problems(tmp_path, "title: S\ntopics:\n  syria: Syria\n") == [
        "3:10: error: 'topics.syria' must be a set of keys, not text\n"
        '  hint: write topics: {united-states: {title: United States, '
        'description: "One sentence about the topic"}}']


def test_topics_written_as_a_list_is_an_error(tmp_path):
    assert config_problems(tmp_path, "title: S\ntopics: [syria]\n") == [
        "2:9: error: 'topics' must be a set of keys, not a list\n"
        '  hint: write topics: {united-states: {title: United States, '
        'description: "One sentence about the topic"}}']


def test_topic_named_twice_is_an_error(tmp_path):
    assert config_problems(tmp_path, "title: S\ntopics:\n  syria: {}\n  syria: {}\n") == [
        "4:3: error: key 'topics.syria' appears twice\n  hint: keep only one of them"]


def test_topic_no_explainer_uses_is_a_warning_at_its_key(make_site):
    content = make_site({"site.yml": "title: S\ntopics:\n  syria: {}\n  sirya: {}\n"})
    result = build_files(SiteSpec(content))
    assert [d.format() for d in result.diagnostics.warnings] == [
        f"{content / 'site.yml'}:4:3: warning: the topic 'sirya' is not in any explainer's tags\n"
        "  hint: did you mean 'syria'?"]


# readable names


@pytest.mark.parametrize(("slug", "name"), [
    ("united-states", "United States"),
    ("syria", "Syria"),
    ("un-aid", "UN Aid"),
    ("middle-east-and-north-africa", "Middle East and North Africa"),
    ("the-gulf", "The Gulf"),
    ("g20", "G20"),
])
def test_slug_is_title_cased(slug, name):
    assert title_case(slug) == name


def test_site_title_wins_over_the_editors_spelling():
    assert readable_name("us", ["US"], Topic("us", "United States")) == "United States"


def test_editors_capitals_win_over_title_casing():
    assert readable_name("un-security-council", ["un-security-council",
                                                 "UN Security Council"]) == "UN Security Council"


def test_a_lowercase_spelling_is_title_cased():
    assert readable_name("middle-east", ["middle east"]) == "Middle East"


# pages


def test_topic_page_has_the_title_as_heading_the_description_and_a_count(make_site):
    pages = built(make_site, {"site.yml": "title: S\ntopics:\n  syria:\n"
                                          "    description: The war and the talks.\n"})
    page = pages["tags/syria/index.html"]
    assert "<h1>Syria</h1>" in page
    assert '<p class="standfirst">The war and the talks.</p>' in page
    assert '<p class="meta">1 explainer</p>' in page
    assert "<title>Syria · S</title>" in page
    assert '<meta name="description" content="The war and the talks.">' in page


def test_topic_page_without_a_description_has_no_standfirst(make_site):
    page = built(make_site, {})["tags/syria/index.html"]
    assert 'class="standfirst"' not in page
    assert "Topic:" not in page


def test_topics_index_lists_titles_descriptions_and_counts(make_site):
    pages = built(make_site, {
        "site.yml": "title: S\ntopics:\n  united-states: {description: Washington.}\n",
        "explainers/two.md": explainer("[united-states, syria]")})
    index = pages["tags/index.html"]
    assert ('<a href="united-states/index.html">United States</a> '
            '<span class="count">1 explainer</span>\n<p>Washington.</p>') in index
    assert '<a href="syria/index.html">Syria</a> <span class="count">2 explainers</span>' in index


def test_every_page_shows_the_same_readable_name(make_site):
    pages = built(make_site, {"explainers/test.md": explainer("[un-security-council]"),
                              "explainers/two.md": explainer("[UN Security Council]")})
    for name in ("explainers/test/index.html", "explainers/two/index.html"):
        assert ">UN Security Council</a>" in pages[name]
        assert ">un-security-council<" not in pages[name]


def test_feed_and_json_ld_use_the_readable_name(make_site):
    result = build_files(SiteSpec(make_site({"explainers/test.md": explainer("[united-states]")})))
    assert 'label="United States"' in result.files["feed.xml"].decode()
    assert '"keywords": ["United States"]' in result.files["explainers/test/index.html"].decode()
