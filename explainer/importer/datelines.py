"""Where the story was filed, as its first paragraph says: a wire's dateline in capitals
before a dash ("MEXICO CITY (AP) —", "KATHMANDU, April 25 (Reuters) -", "LA CROSSE, Wis.
(AP) —", "BEIRUT/THE HAGUE, March 7 (Reuters) -") or set in bold before a colon
("**LINDI:**"), or as it is written before a spaced dash ("Kiel (dpo) - Finnland …") or,
in German, before a full stop ("Riad. Die Boxwelt …"). The
text keeps it, as the page shows it; the ``dateline`` field says it too,
in the place's own case ("Mexico City", "La Crosse, Wis.")."""

from __future__ import annotations

import re
from collections.abc import Iterable

PLACE = r"(?P<place>[A-Z][A-Z.'’-]+(?:[ /]+[A-Z][A-Z.'’-]+){0,3})"  # up to four words
STATE = r"(?P<state>, (?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.))?"  # "Wis.", "Calif.", "S.D."
# what follows the place in a wire's dateline: its state, a day, the agency, then a dash
# (shared with :data:`summary.WIRE_DATELINE`, which takes it off a description)
WIRE_TAIL = (rf"{STATE}(?:, [A-Z][a-z]{{2,8}}\.? \d{{1,2}})?"
             r"(?: \((?:[A-Z][A-Za-z.&-]{1,14})(?: [A-Z][A-Za-z.&-]{1,14}){0,2}\))?"
             r"\s+[–—-]{1,2}\s+")  # any agency's name: "(AP)", "(Yonhap)", "(Xinhua)"
WIRE = re.compile(rf"^{PLACE}{WIRE_TAIL}(?=\S)")
BOLD = re.compile(rf"^\*\*{PLACE}{STATE}\s*:\s*\*\*")
# a place as it is written, maybe in bold or italics, maybe with an agency, before a spaced
# hyphen or en dash and a sentence ("Gundremmingen - Die beiden …", "**London/Teheran** - …",
# "Kiel (dpo) - Finnland …"); not a name before an aside ("Jane Roe – who …", "Jane Roe —
# The …": an em dash sets off an aside, not a dateline)
CAPITAL = "A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČŘĐ"  # capitals of the Latin alphabets
WRITTEN = re.compile(
    rf"^(\*\*|\*|_)?(?P<place>[{CAPITAL}][^\W\d_]+(?:[ /-][{CAPITAL}][^\W\d_]+){{0,2}})(?(1)\1)"
    rf"(?: \([A-Za-z/]{{2,12}}\))? [–-] (?=[{CAPITAL}\"„“«‚‘])")
# the German way: the place and a full stop before the first sentence ("Riad. Die Boxwelt
# …"), told from a one-word sentence by the German word that opens the next
DOTTED = re.compile(
    rf"^(?P<place>[{CAPITAL}][^\W\d_]+(?:[ /-][{CAPITAL}][^\W\d_]+){{0,2}})\. "
    r"(?=(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Einer|Im|In|Am|An|Auf|Bei|Nach|Mit|"
    r"Für|Vor|Seit|Nachdem|Wegen|Trotz|Es|Er|Sie|Wir|Zum|Zur|Vom|Beim|Laut|Noch|Nur|Auch)\s)")
# words that make a sentence alone before a German sentence ("Nein. Die Stadt …")
ONE_WORD_SENTENCES = frozenset({
    "ja", "nein", "doch", "genau", "stimmt", "richtig", "falsch", "achtung", "vorsicht",
    "schluss", "aus", "ende", "nun", "also", "gut", "okay", "warum", "wieso", "weshalb",
    "trotzdem", "immerhin", "klar", "tatsächlich", "zunächst", "erstens", "zweitens", "fazit",
    "update", "hintergrund", "aktualisierung", "eilmeldung", "danke", "hallo", "endlich"})
NOT_PLACES = frozenset({"UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "LIVE", "WATCH",
                        "EXCLUSIVE", "ANALYSIS", "OPINION", "EDITOR'S NOTE", "EDITOR’S NOTE",
                        "CORRECTION", "NOTE", "PHOTOS", "VIDEO", "FILE", "REVIEW"})


def opening_dateline(paragraphs: Iterable[str]) -> str | None:
    """The place the text's first paragraph (Markdown) says the story was filed from, or
    None; headings before it are passed over."""
    texts = [p.strip() for p in paragraphs if p.strip() and not p.startswith("#")]
    first = texts[0] if texts else ""
    match = WIRE.match(first) or BOLD.match(first)
    if not match:
        written = WRITTEN.match(first) or DOTTED.match(first)
        place = written.group("place") if written else None
        return place if place and place.casefold() not in ONE_WORD_SENTENCES else None
    if match.group("place").strip(".") in NOT_PLACES:
        return None
    place = match.group("place")
    rest = "\n".join([first[match.end():], *texts[1:]])
    if re.search(rf"(?<!\w){re.escape(place)}(?!\w)", rest):
        return None  # an acronym the text writes so again ("NATO — The alliance …")
    return _in_case(place) + (match.group("state") or "")


def _in_case(place: str) -> str:
    """A place in capitals as it is written ("BEIRUT/THE HAGUE": "Beirut/The Hague",
    "O’HARE": "O’Hare", "ST. JOHN'S": "St. John's")."""
    def word(match: re.Match[str]) -> str:
        after_mark = match.start() > 0 and place[match.start() - 1] in "'’"
        text = match.group()
        return text.lower() if after_mark and len(text) == 1 else text.capitalize()
    return re.sub(r"[^\W\d_]+", word, place)


# an agency's or a network's credit in brackets opening the text, run into its first word by
# the page's markup ("<cite>(CNN)</cite>President …")
GLUED_CREDIT = re.compile(r"^((?:\*\*|\*|_)?\([A-Z][A-Za-z]{1,12}(?: [A-Z][A-Za-z]{1,12}){0,2}\)"
                          r"(?:\*\*|\*|_)?)(?=[^\W\d_])")


def spaced_credit(paragraphs: list[str]) -> list[str]:
    """The text with its opening credit in brackets set apart from the first word by a space
    ("(CNN)President Donald Trump" -> "(CNN) President Donald Trump")."""
    at = next((i for i, p in enumerate(paragraphs) if p.strip() and not p.startswith("#")), None)
    if at is None or not GLUED_CREDIT.match(paragraphs[at]):
        return paragraphs
    return [*paragraphs[:at], GLUED_CREDIT.sub(r"\1 ", paragraphs[at], count=1),
            *paragraphs[at + 1:]]
