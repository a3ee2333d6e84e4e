"""The page's notes to its reader leave an imported text; the story's own sentences stay."""

from __future__ import annotations

import pytest

from explainer.importer.html import parse_html
from explainer.importer.notes import credited, is_note
from tests.test_import_html import PARAGRAPHS, page


@pytest.mark.parametrize("line", [
    "***Do you have a story to tell? Email: jane.roe@example.com***",
    "*Are protests breaking out in your area? Get in touch at news@example.com*",
    "Questions about an article? Email desk@example.com.",
    "**Jane Roe** reporter jane@example.com",  # a reporter's address standing alone
    "*This is a breaking news story - more to follow*",
    "This is a developing story.",
    "*Dieser Artikel wird laufend aktualisiert.*",
    "*First published in [The Conversation](https://theconversation.com/x).*",
    "*This article was originally published by the River Gazette.*",
    '*Dieser Artikel ist zuerst bei "Capital" erschienen.*',
    "*Dies ist eine maschinelle Übersetzung eines Artikels unserer US-Kollegen. Er wurde "
    "automatisiert übersetzt und von einem Redakteur überprüft.*",
    "*Lest den Originalartikel auf Englisch [hier](https://example.com/x).*",
    "*Übersetzung: Jane Roe, Redaktion: John Doe*",
    "**Wie hat Ihnen dieser Artikel gefallen?**",
    "Was this article helpful?",
    "Scroll down to see how to identify the rare bills worth thousands",
    "**Scroll down for video**",
    "Tu suscripción se está usando en otro dispositivo y solo puedes acceder desde un "
    "dispositivo a la vez.",
    "Si continúas leyendo en este dispositivo, no se podrá leer en el otro.",
    "Your subscription is being used on another device.",
    "この記事は会員限定です。電子版に登録すると続きをお読みいただけます。",
    "This story is available exclusively to Business Insider subscribers.",
    "*Dieser Artikel ist nur für Abonnenten verfügbar.*",
    "*We independently select everything we recommend. Buying through us may earn us a "
    "commission, which supports our work.*",
    "기사 URL이 복사되었습니다.",
    "Link copied to clipboard",
    "Ihr Abo wird gerade auf einem anderen Gerät genutzt.",
    "Cet article est réservé aux abonnés.",
    "**Wie hältst du dich fit? Teile deine Tipps mit der Community.**",
    '"*Questions? Comments? Email us at*',  # the address was written by a script
    "Know something we don't? E-mail us at",
    "Opinions expressed are solely those of the author and do not reflect the views of the "
    "editors or publishers. Content is produced and managed by a fee-based, invitation-only "
    "membership community of executives and founders, under licence from the publisher, and "
    "members pay to publish their columns here. Visit the council's page to find out if you "
    "qualify to be a member.",  # however long
    "*The views expressed in this article are the author's own.*",
    "เฟซบุ๊ก https://fb.me/example",  # the site's accounts, one per line
    "LINE ไอดี = @example",
    "**Instagram:** https://www.instagram.com/example/",
    "*\\[Alle aktuellen Entwicklungen zum Hochwasser lesen Sie [in unserem Newsblog]"
    "(https://example.de/blog).\\]*",  # the editors' note in brackets, pointing elsewhere
    "\\[Read more: [How the river bridge was planned](/news/bridge-plan)\\]",
])
def test_a_note_to_the_reader_is_found(line):
    assert is_note(line)


@pytest.mark.parametrize("line", [
    "Anyone with information should email tips@police.example.com, police said.",
    "Police asked anyone with information to email tips@police.example.com or call 101.",
    '"Do you know who did this? Email me at jane@example.com," the mayor wrote on Facebook.',
    "More to follow on this later, she said.",
    "Le communiqué du ministère, envoyé depuis contact@interieur.gouv.fr, précise les règles.",
    "Sie schrieb an info@firma.de und bat um Aufklärung über die Kündigung.",
    "Why did the minister write to lobbyist@firm.com at 2 a.m.?",
    "The email came from ceo@acme.com.",
    '"If you see him, email us at once," the police chief said.',
    "The tip line asked callers to write to us at the old address, which no longer exists.",
    "**Lost in translation**",  # a heading
    "*The translation of the treaty was disputed by both sides for a decade.*",
    "**Kyiv** — The ministry's translation was first published in *Le Monde*.",
    "This is a developing story for the family, who have waited a decade for news of him.",
    "Did you enjoy this story, the judge asked the boy, who said he had not.",
    "More to follow the lead of Norway, which banned the sale of petrol cars this year.",
    "Scroll down the list of names and you will find three mayors, two judges and a "
    "bishop who all signed the letter in 1998.",
    "The book was translated from Russian by her daughter and first published in Paris.",
    "Your account can now be used on another device, the company said on Monday.",
    "Netflix will charge for an account shared with another household from June.",
    "This story is available to subscribers only, the paper said, after the leak.",
    "Members of the club said this content is for members only.",
    "The views expressed by the protesters were those of the majority, the mayor said.",
    "The minister wrote @janeroe",
    "https://twitter.com/example/status/123",
    "Sellers on the platform may earn a commission of up to 8%, the company said.",
    "The link was copied from a government website and shared thousands of times.",
    "From Monday, Netflix will charge an extra fee if your account is used on another device "
    "outside your household.",
    "Si tu cuenta se usa en otro dispositivo fuera de casa, Netflix cobrará una tarifa.",
    "Influencers who post affiliate links may earn a commission of 5% on each sale.",
    "Die Verbraucherzentrale warnt: Bei Affiliate-Links erhalten Blogger eine Provision.",
    "*The translation was first published in 1990 and sold a million copies, the publisher "
    "said in a statement on Monday, adding that a new edition with a foreword by the author's "
    "daughter would follow next spring after years of delay, court fights and a fire that "
    "destroyed the printer's stock.*",  # too long for a note
])
def test_the_story_s_own_sentences_are_no_notes(line):
    assert not is_note(line)


def test_a_note_in_brackets_without_a_link_stays():  # it adds to the story, points nowhere
    assert not is_note("*\\[Editor's note: the council's figures were corrected on Monday.\\]*")


def test_a_note_to_the_reader_leaves_the_imported_text():  # is_furniture asks is_note
    note = "<p><em>This is a breaking news story - more to follow</em></p>"
    article = parse_html(page(body_extra=note))
    assert article.paragraphs == tuple(PARAGRAPHS)


def test_a_long_affiliate_note_set_apart_in_italics_is_a_note():
    """The site's note that it earns a commission, set whole in italics, is a note even when
    it explains itself at length; the same words as a story's sentence, or quoting someone,
    stay."""
    note = ("*Just a heads up, some of the links on River Games are affiliate links. This means "
            "if you click on them and make a purchase, we may earn a small commission at no "
            "additional cost to you. It's a way for us to keep the site running and provide you "
            "with valuable content. Thanks for your support!*")
    assert is_note(note)
    assert not is_note(note.strip("*"))  # not set apart: too long for a note
    assert not is_note(note[:-1] + ' "we may earn a small commission," she said.*')


def test_a_closing_note_on_who_wrote_the_piece_leaves_the_imported_text():
    note = ("<p><em>Jane Roe is a senior researcher with the River Towns Observatory. John "
            "Doe is an associate professor at the University of Riverton.</em></p>")
    article = parse_html(page(body_extra=note), second_opinions=False)
    assert article.paragraphs == tuple(PARAGRAPHS)


def test_a_story_paragraph_about_a_person_stays():
    said = ("<p>Jane Roe is a senior researcher with the River Towns Observatory, and she "
            "said the bridge would change how the two banks trade.</p>")
    article = parse_html(page(body_extra=said), second_opinions=False)
    assert len(article.paragraphs) == len(PARAGRAPHS) + 1


@pytest.mark.parametrize(("note", "names_someone"), [
    ("*First published in [The Conversation](https://theconversation.com/x).*", True),
    ('*Dieser Artikel ist zuerst bei "Capital" erschienen.*', True),
    ("*Übersetzung: Jane Roe, Redaktion: John Doe*", True),
    ("*This article was originally published at 2:05 p.m.*", False),
])
def test_a_note_on_where_the_text_was_first_published_is_a_credit_when_it_names_someone(
        note, names_someone):
    assert is_note(note) and credited(note) is names_someone
