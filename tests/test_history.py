"""Updates, corrections, events and the keys that keep an explainer current: how they are read."""

import datetime as dt
from pathlib import Path

from explainer.content.history import newest_first, unseen_events
from explainer.content.loader import load_config, load_explainer, load_term
from explainer.content.model import Event, SinceOptions
from tests.test_content import load

HEAD = "---\ntitle: T\nsummary: S\ndate: 2023-05-05\n"
TERM = ("---\nterm: Arab League\nsummary: S.\nkind: organisation\nas_of: 2026-11-28\n"
        "sources:\n  - {title: T, url: 'https://example.org/'}\n")
D = dt.date


def explainer(tmp_path: Path, front: str):
    return load(load_explainer, tmp_path, HEAD + front + "---\nBody\n")


def test_updates_are_read_with_their_sources_and_lines(tmp_path):
    e, errors = explainer(tmp_path, (
        "updates:\n  - date: 2024-12-08\n    text: \"Assad *fell*.\"\n"
        "    sources: [{title: UN, url: 'https://news.un.org/', publisher: United Nations}]\n"))
    assert errors == []
    (update,) = e.updates
    assert (update.date, update.text, update.line) == (D(2024, 12, 8), "Assad *fell*.", 6)
    assert update.sources[0].publisher == "United Nations"


def test_last_update_is_the_newest_of_the_dates(tmp_path):
    e, _ = explainer(tmp_path, "updated: 2023-06-01\nupdates:\n  - {date: 2025-03-04, text: A}\n"
                               "  - {date: 2024-12-08, text: B}\n")
    assert e.last_update == D(2025, 3, 4)


def test_without_updates_the_last_update_is_the_date(tmp_path):
    e, _ = explainer(tmp_path, "")
    assert e.last_update == D(2023, 5, 5)


def test_an_update_without_text_is_an_error_at_the_item(tmp_path):
    _, errors = explainer(tmp_path, "updates:\n  - date: 2024-12-08\n")
    assert errors == ["6:5: error: missing required key 'updates[1].text'\n"
                      "  hint: say what has changed, in Markdown: text: \"...\""]


def test_corrections_are_read(tmp_path):
    e, errors = explainer(tmp_path, "corrections:\n  - {date: 2026-11-30, wrong: '1970', "
                                    "right: '1971'}\n")
    assert errors == [] and (e.corrections[0].wrong, e.corrections[0].right) == ("1970", "1971")


def test_type_must_be_one_of_three(tmp_path):
    _, errors = explainer(tmp_path, "type: opinion\n")
    assert errors == ["5:7: error: 'type' must be one of explainer, news, analysis, not "
                      "'opinion'\n  hint: type is one of: explainer, news, analysis"]


def test_seen_maps_terms_to_dates(tmp_path):
    e, errors = explainer(tmp_path, "seen: {bashar-al-assad: 2025-12-18}\n")
    assert errors == [] and e.seen == {"bashar-al-assad": D(2025, 12, 18)}


def test_a_seen_date_that_is_not_a_date_is_an_error(tmp_path):
    _, errors = explainer(tmp_path, "seen:\n  arab-league: soon\n")
    assert errors == ["6:16: error: 'seen.arab-league' must be a date written YYYY-MM-DD, "
                      "not 'soon'\n"
                      "  hint: write it YYYY-MM-DD (year, month, day), e.g. "
                      "arab-league: 2023-05-05"]


def test_seen_must_be_a_set_of_lines(tmp_path):
    _, errors = explainer(tmp_path, "seen: 2025-12-18\n")
    assert errors == ["5:7: error: 'seen' must be a set of 'name: date' lines, not date\n"
                      "  hint: mark a term's events seen through a date: "
                      "seen: {bashar-al-assad: 2025-12-18}"]


def test_since_in_front_matter_overrides_only_what_it_names(tmp_path):
    e, _ = explainer(tmp_path, "since: {limit: 2}\n")
    assert e.since == SinceOptions(show=True, limit=2)


def test_a_negative_since_limit_is_an_error(tmp_path):
    _, errors = explainer(tmp_path, "since: {limit: -1}\n")
    assert errors == ["5:16: error: 'since.limit' must be a whole number, not '-1'\n"
                      "  hint: the most events the block lists, e.g. limit: 5"]


def test_site_since_is_read_with_defaults(tmp_path):
    config, errors = load(load_config, tmp_path, "title: S\nsince: {show: false}\n", "site.yml")
    assert errors == [] and config.since == SinceOptions(show=False, limit=5)


def test_term_events_are_read_with_their_source_and_line(tmp_path):
    term, errors = load(load_term, tmp_path, TERM + (
        "events:\n  - date: 2023-05-07\n    text: Syria is readmitted.\n"
        "    source: {title: Arab League, url: 'https://example.org/al'}\n") + "---\nBody\n")
    assert errors == []
    (event,) = term.events
    assert (event.date, event.line, event.source.title) == (D(2023, 5, 7), 9, "Arab League")


def test_events_are_newest_first_when_shown():
    events = (Event(D(2011, 11, 12), "a"), Event(D(2023, 5, 7), "b"), Event(D(2013, 3, 26), "c"))
    assert [e.text for e in newest_first(events)] == ["b", "c", "a"]


def test_unseen_events_are_after_the_last_update_and_the_seen_date():
    events = (Event(D(2023, 1, 1), "old"), Event(D(2024, 12, 8), "fall"),
              Event(D(2025, 12, 18), "repeal"))
    assert [e.text for e in unseen_events(events, D(2023, 5, 5), None)] == ["fall", "repeal"]
    assert [e.text for e in unseen_events(events, D(2023, 5, 5), D(2025, 1, 1))] == ["repeal"]
