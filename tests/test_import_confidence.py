"""The import report says how sure it is of each field, so an editor knows what to check."""

from __future__ import annotations

import datetime as dt

from explainer.importer import confidence
from explainer.importer.html import parse_html
from explainer.importer.text import parse_text
from tests.test_import_html import page

TITLE = "Towns agree plan for new river bridge"
OG = f'<meta property="og:title" content="{TITLE}">'
PUBLISHED = '<meta property="article:published_time" content="2023-05-05T10:00:00Z">'


def test_a_title_the_page_states_twice_is_sure():
    assert parse_html(page(OG)).confidence["title"] == "high"


def test_a_title_from_the_headline_alone_is_less_sure():
    html = page().replace(f"<h1>{TITLE}</h1>", "")
    assert parse_html(html).confidence["title"] == "medium"


def test_a_metadata_date_shown_on_the_page_is_sure_and_one_hidden_less():
    shown = page(PUBLISHED, body_extra="<p>Published 5 May 2023</p>")
    assert parse_html(shown).confidence["date"] == "high"
    assert parse_html(page(PUBLISHED)).confidence["date"] == "medium"


def test_a_date_the_editor_gives_is_given():
    article = parse_html(page(), date=dt.date(2023, 5, 5))
    assert article.confidence["date"] == "given"


def test_no_value_has_no_confidence():
    assert "date" not in parse_html(page()).confidence


def test_a_body_of_a_few_short_paragraphs_is_unsure():
    assert confidence.body(["One line.", "Two lines."]) == "low"
    assert confidence.body(["word " * 60] * 5) == "high"


def test_a_description_two_tags_agree_on_is_sure():
    descriptions = ["Talks ended today in Amman.", "Talks ended today in Amman."]
    assert confidence.summary("Talks ended today in Amman.", descriptions) == "high"
    assert confidence.summary("Talks ended.", ["Talks ended. Then more, which"]) == "low"


def test_text_is_at_best_medium():
    article = parse_text("A headline\n\nFirst paragraph of the story.\n\nSecond paragraph.\n")
    assert article.confidence["title"] == "medium"


def test_the_report_shows_the_confidence(make_site, tmp_path, capsys):
    from explainer.commands.cli import main
    source = tmp_path / "story.html"
    source.write_text(page(OG + PUBLISHED), encoding="utf-8")
    main(["import", str(source), "--output", str(tmp_path / "out.md"), "-v",
          "--content", str(make_site())])
    err = capsys.readouterr().err
    assert f"  title          {TITLE}  [high]\n" in err
    assert "  date           2023-05-05  [medium]\n" in err


def test_a_date_in_the_articles_address_is_taken_when_nothing_else_dates_it():
    article = parse_html(page(), url="https://example.org/2019/04/25/bridge-plan/")
    assert article.date == dt.date(2019, 4, 25) and article.confidence["date"] == "medium"
    assert parse_html(page(), url="https://example.org/2019/04/bridge-plan/").date is None
