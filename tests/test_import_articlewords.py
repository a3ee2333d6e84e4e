"""An article's words, read once: where a phrase stands, how often, and who is called by name."""

from __future__ import annotations

from explainer.importer.articlewords import ArticleWords

TEXT = ["General Motors said sales fell.", "Shares of General Motors rose; General Motorsport "
        "did not.", "“We are worried,” said Chapin. The Bank said no, in Japan."]


def test_a_phrase_is_counted_as_whole_words_only():
    assert ArticleWords(TEXT).count("General Motors") == 2


def test_a_phrase_stands_alone_at_a_paragraph_s_start_and_inside_after_a_word():
    words = ArticleWords(TEXT)
    assert (words.alone("General Motors"), words.inside("General Motors")) == (True, True)
    assert (words.alone("Motorsport"), words.inside("Motorsport")) == (False, True)


def test_a_paragraph_s_end_joins_no_two_words():
    assert ArticleWords(["Ends here", "General Motors"]).count("here General") == 0


def test_someone_is_called_by_a_surname_but_not_a_body_or_a_place():
    words = ArticleWords(TEXT)
    assert words.called("Chapin")
    assert not any(words.called(w) for w in ("Bank", "Japan", "Motors"))
