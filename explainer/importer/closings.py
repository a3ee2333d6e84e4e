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
# Universal's "ram/rmlgv"), or one editor's alone ("ivr", "(jbe)"), after a slash ("/ajx/he")
INITIALS = re.compile(r"^\(?/?[a-z]{2,5}(?:/[a-z]{2,5}){0,3}\)?$|"
                      # AFP's with a bureau before a hyphen ("cb-ale/jj"), PTI's after its
                      # name and spaces ("PTI AKV RT")
                      r"^[a-z]{2,5}-[a-z]{2,5}(?:/[a-z]{2,5}){1,3}$|"
                      r"^(?:PTI|IANS|UNI|ANI)(?: [A-Z]{2,4}){1,4}$|"
                      # after the site's or the agency's name, in brackets ("(kurier.at, chof)")
                      r"^\([\w.-]{2,30}, [a-z]{2,5}(?:/[a-z]{2,5}){0,3}\)$|"
                      # a desk's code in capitals ("UNB/AS"), or two or three alone ("NF")
                      r"^[A-Z]{2,5}(?:/[A-Z]{2,5}){1,3}$|^[A-Z]{2,3}$")
PRINTED = re.compile(
    r"^published in (?:the )?[\w'’ .&-]{2,40},? (?:on )?\w+ \d{1,2}(?:st|nd|rd|th)?,? \d{4}\.?$|"
    r"^a version of this (?:article|story) (?:appears|appeared) in print\b|"
    r"^this (?:article|story) (?:appeared|appears|was published) in (?:the )?print edition\b|"
    r"^appeared in the .{0,40}\bprint edition\b", re.IGNORECASE)
# a call to join or like the site's channels, opening the line, with a network named
JOIN = re.compile(r"^(?:click (?:on )?(?:the link|here)(?: below)? to )?"  # ("Click the link …")
                  r"(?:like|follow|join|únete|unete|súmate|sumate|gabung|entre no canal)"
                  r"(?![\w-])", re.IGNORECASE)
# the platform X named by the site's handle there: "Follow the Long Read on X at @thelongread"
ON_X = re.compile(r"\bon X (?:at |@)")
MORE_NEWS = re.compile(
    r"^(?:leia|veja|confira|read|see|lee|lea|lire|lies|leggi) (?:outras|mais|more|other|más|"
    r"otras|plus d['’]|d['’]autres|weitere|altre) (?:notícias|news|stories|noticias|articles|"
    r"actualités|informations|nachrichten|notizie)\b[^.!?]{0,80}[.!]?$|"
    r"^\S.{0,30} की (?:और|अन्य) खबरें$|"  # "इंदौर की और खबरें": more from Indore
    r"^mehr (?:nachrichten|news|artikel|meldungen|infos|geschichten) (?:aus|zu|über|von) "
    r"[^.!?]{1,60} (?:lesen|finden) sie hier\W?$", re.IGNORECASE)  # ("… aus Essen lesen Sie hier.")
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
# the mark that closes a box for screen readers, left where the box went ("Ende des
# Audiobeitrags", "Ende der weiteren Informationen", "End of Twitter post, 1")
END_MARK = re.compile(r"^ende (?:des|der) (?:\w+ )?(?:\w*beitrags|\w*informationen|\w*galerie|"
                      r"videos|audios|inhalts|\w*box|umfrage|liveblogs|tickers)$|"
                      r"^end of (?:[\w-]+ ){0,3}(?:post|content|video|audio|gallery|embed|box|"
                      r"information|timeline)(?:,? \d{1,2})?$|"
                      # Iran's agencies' end of a story ("انتهای پیام"), the BBC's Persian end
                      # of a box ("پایان مطالب پیشنهادی")
                      r"^انتهای پیام\s*/?$|^پایان (?:مطالب|پست|ویدیو)\b[^.!?]{0,30}$",
                      re.IGNORECASE)
# a broadcast's slot closing its story ("Sendung: hr-iNFO, 12.06.2024, 19.30 Uhr", "Regional-
# journal Bern, 02.07.2024, 17:30 Uhr ; srf/lenz"), a picture's credit after a bar ("Imagen |
# Xataka") and the agencies' share ("Mit Material der dpa")
SLOT = re.compile(r"^(?:sendung\s*:.{0,120}|[^.!?]{3,80}, \d{1,2}\.\d{1,2}\.\d{2,4},?)"
                  r" \d{1,2}[:.]\d{2} uhr(?:\s*[;,]\s*[\w-]{2,8}/[\w-]{2,8})?\.?$", re.IGNORECASE)
BAR_CREDIT = re.compile(r"^(?:imagen(?:es)?|images?|fotos?|photos?|fotografía|vídeo|video)\s*\\?\|"
                        r"\s*[\w .&'’/-]{2,60}$|"
                        # the cover picture's caption and credit in brackets, Hungarian papers'
                        r"^\((?:borítókép|nyitókép|cover (?:photo|image))\s*:[^()\n]{2,200}\)\.?$",
                        re.IGNORECASE)
MATERIAL = re.compile(r"^\(?mit (?:material|informationen|agenturmaterial|agenturen)"
                      r"(?: (?:der|von|des|aus))? ?[\w/ ,.&-]{0,40}\)?\.?$", re.IGNORECASE)
# the next part of a series announced ("Coming Tuesday in Part 3: …") and those who helped
# report it, after the story ("Contributing: Jenna Ortiz, The Gazette")
NEXT_PART = re.compile(r"^(?:coming|next) (?:up|soon|tomorrow|next week|(?:on )?(?:mon|tues|wednes|"
                       r"thurs|fri|satur|sun)day)(?: in part \w+)?\s*:", re.IGNORECASE)
CONTRIBUTING = re.compile(r"^(?i:contributing)\s*:\s*[A-Z]")
QUOTED = re.compile(r"[\"“”„«»]\s*[,.]?\s*(?:said|says|told|dijo|disse|kata)\b|"
                    r"\b(?:said|says|told|dijo|disse|kata)\b", re.IGNORECASE)


# a label and a bare address alone, a pointer to the site's page on the subject: "AP soccer:
# https://apnews.com/hub/soccer"
POINTER = re.compile(r"^[^\W\d_][\w.’'&-]*(?: (?!here\b)[\w.’'&-]+){0,2}:\s*(?:https?://|www\.)"
                     r"\S+$", re.IGNORECASE)


def is_closing_line(paragraph: str) -> bool:
    """Whether a paragraph is one of the site's lines after its stories (see the module)."""
    text = " ".join(link_text(paragraph).replace("*", " ").split()).strip("#_ ")  # (a line
    # set in italics run by run: "*Follow … on X at* *[@handle](…)* *, listen …*")
    if not text or len(text) > CLOSING_CHARS or QUOTED.search(text):
        return False
    if INITIALS.match(text) and not paragraph.lstrip().startswith("#"):
        return True  # (a heading in capitals, "## FAQ", is the story's)
    return bool(END_MARK.match(text) or SLOT.match(text) or BAR_CREDIT.match(text)
                or MATERIAL.match(text) or NEXT_PART.match(text) or CONTRIBUTING.match(text)
                or PRINTED.match(text) or MORE_NEWS.match(text)
                or VIDEO_RAIL.match(text) or NOW.search(text) or LATEST.match(text)
                or COMMENTS_VIEWS.search(text) or NOTICE.match(text) or POINTER.match(text)
                or (JOIN.match(text) and bool(NETWORK.search(text) or ON_X.search(text))))
