"""The lines a site sets after its stories, as the regional and national sites of Asia,
Africa and Latin America write them: the editors' initials that close a story ("(asp/dhn)",
"ram/rmlgv"), the print edition's line ("Published in Dawn, March 15th, 2024", "A version of
this article appears in print on …"), a call to join or like its channels ("Únete a nuestro
canal … WhatsApp", "Like Business on Facebook, follow @TribuneBiz on Twitter …"), a pointer
to more of its news with no link ("Leia outras notícias sobre a região no g1 DF", "इंदौर की
और खबरें"), a video rail's label ("Simak Video …", "[Gambas:Video 20detik]"), a call that
closes with "… now!" ("Explore now!"), its pitch for its latest news ("Get Current Updates
on India News …"), a note that readers' comments are not its views, a label of three
words at most and a bare address alone ("AP soccer: https://apnews.com/hub/soccer"), and the
notices that close an institution's releases ("For information media. Not an official
record.", the UN's; "Reproduction is permitted provided that the source is acknowledged.", a
central bank's; "При использовании материала ссылка на … обязательна."). (Its video labels
in the plural, "VÍDEOS: …", and its app's pitch, "डाउनलोड करें दैनिक भास्कर ऐप", are read
with the others of their kind in :mod:`furniture`.)

Each is a whole paragraph of the text (Markdown); a sentence that quotes someone is the
story's own.
"""

from __future__ import annotations

import re

from explainer.importer.clean import link_text
from explainer.importer.sitelines import NETWORK

CLOSING_CHARS = 300  # such a line is short: longer is the story's own text
# the editors' initials, in small letters between slashes (detik.com's "(asp/dhn)", El
# Universal's "ram/rmlgv")
INITIALS = re.compile(r"^\(?[a-z]{2,5}(?:/[a-z]{2,5}){1,3}\)?$")
PRINTED = re.compile(
    r"^published in (?:the )?[\w'’ .&-]{2,40},? (?:on )?\w+ \d{1,2}(?:st|nd|rd|th)?,? \d{4}\.?$|"
    r"^a version of this (?:article|story) (?:appears|appeared) in print\b|"
    r"^this (?:article|story) (?:appeared|appears|was published) in (?:the )?print edition\b|"
    r"^appeared in the .{0,40}\bprint edition\b", re.IGNORECASE)
# a call to join or like the site's channels, opening the line, with a network named
JOIN = re.compile(r"^(?:like|follow|join|únete|unete|súmate|sumate|gabung|entre no canal)"
                  r"(?![\w-])", re.IGNORECASE)
MORE_NEWS = re.compile(
    r"^(?:leia|veja|confira|read|see|lee|lea|lire|lies|leggi) (?:outras|mais|more|other|más|"
    r"otras|plus d['’]|d['’]autres|weitere|altre) (?:notícias|news|stories|noticias|articles|"
    r"actualités|informations|nachrichten|notizie)\b[^.!?]{0,80}[.!]?$|"
    r"^\S.{0,30} की (?:और|अन्य) खबरें$", re.IGNORECASE)  # "इंदौर की और खबरें": more from Indore
VIDEO_RAIL = re.compile(r"^(?:simak|saksikan|tonton) video\b|"
                        r"^\\?\[gambas:video[^\]]*\\?\]$", re.IGNORECASE)
NOW = re.compile(r"\b(?:explore|download|install|try|subscribe|sign up|register|join) "
                 r"(?:it )?now\s*[!.]?$", re.IGNORECASE)
LATEST = re.compile(r"^get (?:the )?(?:latest|current|breaking|all the latest) (?:news|updates)\b"
                    r".{0,160}\b(?:headlines|news)\b", re.IGNORECASE)
COMMENTS_VIEWS = re.compile(r"\bcomments? (?:do not|don['’]t|does not) (?:necessarily )?"
                            r"(?:represent|reflect) the views of\b", re.IGNORECASE)
NOTICE = re.compile(r"^for information media\W{1,3}not an official record\W?$|"
                    r"^reproduction is permitted provided (?:that )?the source is acknowledged\W?$|"
                    r"^при (?:использовании|перепечатке|цитировании) (?:материал\w*|информаци\w*)"
                    r"[^.]{0,80}\bссылка\b[^.]{0,80}\bобязательна\W?$", re.IGNORECASE)
QUOTED = re.compile(r"[\"“”„«»]\s*[,.]?\s*(?:said|says|told|dijo|disse|kata)\b|"
                    r"\b(?:said|says|told|dijo|disse|kata)\b", re.IGNORECASE)


# a label and a bare address alone, a pointer to the site's page on the subject: "AP soccer:
# https://apnews.com/hub/soccer"
POINTER = re.compile(r"^[^\W\d_][\w.’'&-]*(?: (?!here\b)[\w.’'&-]+){0,2}:\s*(?:https?://|www\.)"
                     r"\S+$", re.IGNORECASE)


def is_closing_line(paragraph: str) -> bool:
    """Whether a paragraph is one of the site's lines after its stories (see the module)."""
    text = link_text(paragraph).replace("**", "").strip().strip("#*_ ")
    if not text or len(text) > CLOSING_CHARS or QUOTED.search(text):
        return False
    return bool(INITIALS.match(text) or PRINTED.match(text) or MORE_NEWS.match(text)
                or VIDEO_RAIL.match(text) or NOW.search(text) or LATEST.match(text)
                or COMMENTS_VIEWS.search(text) or NOTICE.match(text) or POINTER.match(text)
                or (JOIN.match(text) and NETWORK.search(text)))
