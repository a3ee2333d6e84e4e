"""The freshness check: terms' events after an explainer's last update, stale ``as_of``."""

from __future__ import annotations

from pathlib import Path

from explainer.commands.cli import main
from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build, build_files

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path("tests/fixtures/freshness")

ASSAD = """\
---
term: Bashar al-Assad
summary: A former president of Syria.
kind: person
as_of: 2025-12-20
sources:
  - {title: Assad, url: "https://example.org/assad"}
events:
  - {date: 2024-12-08, text: "His government fell."}
  - {date: 2025-05-01, text: "He was heard of again."}
  - {date: 2025-12-18, text: "A court named him."}
---
"""

CAESAR = """\
---
term: Caesar Act
summary: A US law of sanctions on Syria.
kind: document
as_of: 2025-06-15
related: [bashar-al-assad]
sources:
  - {title: Caesar Act, url: "https://example.org/caesar"}
---
"""

NEWS = "Bashar al-Assad met the Arab League.\n"


def story(extra: str = "", body: str = NEWS) -> str:
    return ("---\ntitle: The talks\nsummary: What happened.\ndate: 2023-05-05\n"
            "source: {name: Example}\n" + extra + "---\n" + body)


def site(make_site, explainer: str, **terms: str) -> Path:
    files = {"glossary/bashar-al-assad.md": ASSAD, "explainers/test.md": explainer}
    files.update({f"glossary/{slug}.md": text for slug, text in terms.items()})
    return make_site(files)


def warnings(content: Path, name: str = "explainers/test.md", drafts: bool = False) -> list[str]:
    """The freshness warnings of one file, without its path."""
    prefix = f"{content}/{name}:"
    return [d.format().removeprefix(prefix) for d in build_files(SiteSpec(content, drafts=drafts))
            .diagnostics.warnings if d.path == f"{content}/{name}"]


def test_events_after_the_last_update_are_a_warning_at_the_date(make_site):
    assert warnings(site(make_site, story())) == [
        "4:7: warning: 'Bashar al-Assad' has 3 events after this explainer's last update "
        "(2023-05-05), the newest 2025-12-18; add an update or mark them seen\n"
        "  hint: add an update dated 2025-12-18 or later, or write "
        "seen: {bashar-al-assad: 2025-12-18}"]


def test_one_event_is_named_with_its_date(make_site):
    updated = story("updated: 2025-06-01\n")
    assert warnings(site(make_site, updated)) == [
        "6:10: warning: 'Bashar al-Assad' has 1 event after this explainer's last update "
        "(2025-06-01), on 2025-12-18; add an update or mark it seen\n"
        "  hint: add an update dated 2025-12-18 or later, or write "
        "seen: {bashar-al-assad: 2025-12-18}"]


def test_the_warning_points_at_the_newest_update(make_site):
    updates = ("updates:\n  - {date: 2024-12-09, text: \"Assad fell.\"}\n"
               "  - {date: 2023-06-01, text: \"Talks went on.\"}\n")
    assert [w.split(": warning")[0] for w in warnings(site(make_site, story(updates)))] == [
        "7:12"]
    assert "has 2 events after this explainer's last update (2024-12-09)" in warnings(
        site(make_site, story(updates)))[0]


def test_an_update_after_the_newest_event_silences_it(make_site):
    updates = "updates:\n  - {date: 2025-12-19, text: \"A court named him.\"}\n"
    assert warnings(site(make_site, story(updates))) == []


def test_seen_through_the_newest_event_silences_it(make_site):
    assert warnings(site(make_site, story("seen: {bashar-al-assad: 2025-12-18}\n"))) == []


def test_seen_through_an_older_event_leaves_the_newer_ones(make_site):
    seen = story("seen: {bashar-al-assad: 2025-05-01}\n")
    assert warnings(site(make_site, seen)) == [
        "4:7: warning: 'Bashar al-Assad' has 1 event after this explainer's last update "
        "(2023-05-05), on 2025-12-18; add an update or mark it seen\n"
        "  hint: add an update dated 2025-12-18 or later, or add "
        "'bashar-al-assad: 2025-12-18' to its seen: map"]


def test_a_term_not_mentioned_is_not_checked(make_site):
    assert warnings(site(make_site, story(body="The Arab League met.\n"))) == []


def test_seen_naming_an_unknown_term_suggests_the_closest(make_site):
    seen = story("seen: {bashar-al-asad: 2025-12-18, bashar-al-assad: 2025-12-18}\n")
    assert warnings(site(make_site, seen)) == [
        "6:8: warning: seen: names unknown term 'bashar-al-asad'\n"
        "  hint: did you mean 'bashar-al-assad'?"]


def test_seen_naming_a_term_not_mentioned_is_a_warning(make_site):
    seen = story("seen: {bashar-al-assad: 2025-12-18, arab-league: 2025-01-01}\n",
                 body="Bashar al-Assad spoke.\n")
    assert warnings(site(make_site, seen)) == [
        "6:37: warning: seen: names 'arab-league', a term this explainer does not mention\n"
        "  hint: remove the entry: only the terms it mentions have events to see"]


def test_drafts_are_checked_when_they_are_built(make_site):
    content = site(make_site, story("draft: true\n"))
    assert warnings(content) == []
    assert len(warnings(content, drafts=True)) == 1


def test_strict_build_fails_on_the_freshness_warning(make_site, tmp_path):
    content = site(make_site, story())
    result = build(SiteSpec(content, strict=True), tmp_path / "out", search=False)
    assert not result.ok
    assert [d.message for d in result.diagnostics.errors] == [
        "'Bashar al-Assad' has 3 events after this explainer's last update (2023-05-05), "
        "the newest 2025-12-18; add an update or mark them seen"]
    assert not (tmp_path / "out").exists()


def test_check_strict_exits_1_on_the_freshness_warning(make_site, capsys):
    content = site(make_site, story())
    assert main(["check", "--content", str(content)]) == 0
    assert main(["check", "--strict", "--content", str(content)]) == 1
    assert "'Bashar al-Assad' has 3 events" in capsys.readouterr().err


def test_a_term_checked_before_a_related_terms_event_is_a_warning(make_site):
    content = site(make_site, story(body="Bashar al-Assad and the Caesar Act.\n"),
                   **{"caesar-act": CAESAR})
    assert warnings(content, "glossary/caesar-act.md") == [
        "5:8: warning: 'Caesar Act' was checked on 2025-06-15 (as_of), before the newest event "
        "of the related term 'Bashar al-Assad' (2025-12-18); check its facts again and update "
        "as_of\n"
        "  hint: check the facts and sources again, then set as_of to the date you checked "
        "them"]


def test_a_term_checked_after_the_related_events_is_fresh(make_site):
    fresh = CAESAR.replace("as_of: 2025-06-15", "as_of: 2025-12-18")
    content = site(make_site, story(body="Bashar al-Assad and the Caesar Act.\n"),
                   **{"caesar-act": fresh})
    assert warnings(content, "glossary/caesar-act.md") == []


def test_a_terms_own_event_after_its_as_of_is_a_warning(make_site):
    own = ASSAD.replace("as_of: 2025-12-20", "as_of: 2025-06-01")
    content = make_site({"glossary/bashar-al-assad.md": own,
                         "explainers/test.md": story("seen: {bashar-al-assad: 2025-12-18}\n")})
    assert warnings(content, "glossary/bashar-al-assad.md") == [
        "5:8: warning: 'Bashar al-Assad' has an event dated 2025-12-18, after the date its "
        "facts were checked (as_of: 2025-06-01)\n"
        "  hint: check the facts and sources again, then set as_of to the date you checked "
        "them"]


def test_check_reports_a_stale_site_grouped_by_file(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    assert main(["check", "--content", str(FIXTURE / "content")]) == 0
    out, err = capsys.readouterr()
    assert err + out == (FIXTURE / "expected.txt").read_text(encoding="utf-8")
