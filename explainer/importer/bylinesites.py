"""The site's own name as a byline writes it: whole but for an aside in brackets
("Deutsche Welle (www.dw.com)"), without its article ("The West Australian"), its first word
alone ("LBCI" of "LBCI Lebanon") or without the word for news that closes it ("Portal Sul" of
"Portal Sul Notícias"): the publisher, no writer."""

from __future__ import annotations

import re

ASIDE = re.compile(r"\s*\([^)]*\)")  # "Deutsche Welle (www.dw.com)": the name before it


def the_off(compact: str) -> str:
    """A name's letters without its article ("thewestaustralian"), both the byline's and
    the site's, to be compared."""
    return compact.removeprefix("the") if len(compact) > 6 else compact


def site_first_word(name: str, site_names: list[str]) -> bool:
    """Whether a byline of one word is the first word of a site name of more ("LBCI" for the
    publisher "LBCI Lebanon", "Google" for "Google Cloud Platform Blog"): the site's short
    name, not an author (a person's name of two words stays: "Jane Roe" of "Jane Roe
    Photography")."""
    words = [re.sub(r"\W+", "", w.casefold()) for w in name.split()]
    if len(words) != 1 or len(words[0]) < 3:
        return False
    for site in site_names:
        site_words = [re.sub(r"\W+", "", w.casefold()) for w in ASIDE.sub("", site or "").split()]
        if len(site_words) > len(words) and site_words[:len(words)] == words:
            return True
    return False


# the word for news closing a site's name, which its byline may leave out ("Portal Sul" of
# "Portal Sul Notícias")
NEWS_WORDS = frozenset({"news", "notícias", "noticias", "nachrichten", "online", "today",
                        "notizie", "nieuws", "haber", "berita", "новости", "новини"})


def news_word_off(site: str | None) -> str:
    """A site's name of three words or more without the word for news closing it, in letters
    (:data:`NEWS_WORDS`); else ""."""
    words = ASIDE.sub("", site or "").casefold().split()
    if len(words) < 3 or words[-1] not in NEWS_WORDS:
        return ""
    return the_off(re.sub(r"\W+", "", "".join(words[:-1])))
