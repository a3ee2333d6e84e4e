"""A note about the story's author, closing the text, leaves it."""

from explainer.importer.credits import without_author_notes

STORY = ["The council voted on Tuesday.", "The budget now goes to the region.",
         "A final vote is due in May."]


def test_a_closing_note_opening_with_the_author_s_name_leaves_the_text():
    note = "*Jane Roe is the paper's local government reporter. Email her at jr@example.com.*"
    assert without_author_notes([*STORY, note], ("Jane Roe",)) == STORY


def test_a_closing_note_with_the_name_in_bold_leaves_the_text():
    note = "**Jana Müller** ist Redakteurin im Lokalressort und berichtet über den Stadtrat."
    assert without_author_notes([*STORY, note], ("Jana Müller",)) == STORY


def test_the_author_s_name_early_in_the_text_stays():
    quoted = "Jane Roe asked the mayor about the vote."
    paragraphs = [quoted, *STORY]
    assert without_author_notes(paragraphs, ("Jane Roe",)) == paragraphs


def test_a_closing_paragraph_about_someone_else_stays():
    closing = "John Smith is the council's finance director."
    assert without_author_notes([*STORY, closing], ("Jane Roe",)) == [*STORY, closing]


def test_a_byline_of_one_word_names_no_note():
    closing = "Reuters is expected to publish the figures."
    assert without_author_notes([*STORY, closing], ("Reuters",)) == [*STORY, closing]


def test_a_closing_line_opening_with_a_name_the_story_wrote_before_stays():
    transcript = [*STORY, "Élodie Marchand : Bonjour, vous replantez des haies ?",
                  "Paul Girard : Oui, depuis dix ans.",
                  "Élodie Marchand : Combien de kilomètres avez-vous replantés ?"]
    assert without_author_notes(transcript, ("Élodie Marchand",)) == transcript


def test_a_note_about_an_author_the_story_named_before_still_leaves_the_text():
    story = ["Reporter Jane Roe visited the depot on Tuesday.", *STORY]
    note = "*Jane Roe is the paper's transport reporter.*"
    assert without_author_notes([*story, note], ("Jane Roe",)) == story
