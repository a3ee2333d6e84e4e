"""A paid, invitation-only community's column is flagged: not the publication's reporting."""

from __future__ import annotations

from explainer.importer import to_markdown
from explainer.importer.community import community_note
from explainer.importer.html import parse_html
from tests.test_import_html import page

DISCLOSURE = ("Content is produced and managed by the River Gazette Council, a fee-based, "
              "invitation-only membership community.")


def test_a_paid_invitation_only_community_is_named_in_a_note():
    assert community_note(["Opinions are the author's own. ", DISCLOSURE], "River Gazette") == [
        "the page says the text comes from a paid, invitation-only community of members "
        "('Content is produced and managed by the River Gazette Council, a fee-based, "
        "invitation-only membership community.'), not River Gazette's own reporting: credit its "
        "author as a member"]


def test_a_page_that_says_nothing_of_it_has_no_note():
    assert community_note(["Members of the council, paid by the city, met on Monday."],
                          None) == []


def test_the_note_is_written_into_the_imported_file():
    article = parse_html(page(body_extra=f"<aside><p>{DISCLOSURE}</p></aside>"))
    assert "# check the text: the page says the text comes from a paid, invitation-only " \
           "community of members" in to_markdown(article)
