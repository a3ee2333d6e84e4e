"""Bylines whose parts the reading ran together: names set in elements side by side with
nothing between them ("<a>Paul Wiseman</a><a>Fatima Hussein</a>"), and a name on one line
joined to the job written on the next ("Paul Wiseman<br>Economics Correspondent")."""

from __future__ import annotations

import re
from typing import Any

from explainer.importer.bylinejobs import ROLES
from explainer.importer.bylinelabels import COLON_ONLY, either
from explainer.importer.bylinenames import BY, NAME_SPLIT
from explainer.importer.clean import EMAIL, letters
from explainer.importer.fallbacks import plain_name

# "Yazan" of "Yazan: Mehmet Demir"
LABEL = re.compile(rf"^(?:{either(COLON_ONLY)})$", re.IGNORECASE)
SIDE_BY_SIDE = 2  # names in elements of their own, the least that are read apart
SHORTEST = 6  # letters of a reading, the least that is read again against the shown byline


def names_apart(element: Any, text: str) -> str:
    """The byline box's ``text``, its names parted by commas when the box sets each in an
    element of its own with nothing between them, which its text runs together ("Paul
    WisemanFatima Hussein"); else ``text`` as it is."""
    squeezed = "".join(text.split())
    named = _run_together(squeezed, [
        (" ".join(e.text.split()), e) for e in element.iter()
        if isinstance(e.tag, str) and not len(e) and e.text and e.text.strip()
        and "".join(e.text.split()) in squeezed])  # not the date on the next line
    names = [n for n, _ in named]
    if len(names) < SIDE_BY_SIDE:
        return text
    if all(plain_name(n) for n in names):  # (not the place its class names: "São Paulo")
        return ", ".join(n for n, e in named if not PLACE_CLASS.search(e.get("class") or ""))
    if places := [n for n, e in named if PLACE_CLASS.search(e.get("class") or "")]:
        return " ".join(n for n in names if n not in places)  # "ANKARA" "March 20 2024"
    people = [n for n in names if plain_name(n) and not _job_or_button(n)]
    if people and all(plain_name(n) or _job_or_button(n) for n in names):
        return ", ".join(people)  # "Marcus Lee" "Health Correspondent" "Email", run together
    return text


def _run_together(squeezed: str, named: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """The first run of elements side by side whose texts, run together, end ``squeezed``
    (the longest from where it starts): not an element beyond it whose text happens to be
    in it too ("and" of the line below, "<span>and</span> Liam Brogan"); none when none does."""
    for start in range(len(named)):
        for end in range(len(named), start + SIDE_BY_SIDE - 1, -1):
            if squeezed.endswith("".join(n.replace(" ", "") for n, _ in named[start:end])):
                return named[start:end]
    return []


# the class of a byline's place ("c-signature__location"), set beside the writer's name
PLACE_WORDS = "location|place|dateline|city"


def class_words(words: str) -> re.Pattern[str]:
    """A class attribute holding one of ``words`` (parted by "|") as a word of its own or a
    part of one after "-" or "_" ("c-signature__location"; not "opacity", "placeholder")."""
    return re.compile(rf"(?:^|[\s_-])(?:{words})(?:$|[\s_-])", re.IGNORECASE)


PLACE_CLASS = class_words(PLACE_WORDS)


def words_apart(classes: str) -> str:
    """A class attribute with the words of its names in camel case parted by "-"
    ("BylineRole" as "Byline-Role"), for :func:`class_words`."""
    return re.sub(r"(?<=[a-z])(?=[A-Z][a-z])", "-", classes)


def _job_or_button(text: str) -> bool:
    """A job's words ("Health Correspondent") or a button's ("Email", "Follow")."""
    words = [w.strip(".,:;").casefold() for w in text.split()]
    return any(w in ROLES for w in words) or (len(words) <= 2 and words[0] in BUTTONS)


BUTTONS = frozenset({"email", "e-mail", "follow", "twitter", "x", "linkedin", "facebook",
                     "instagram", "bio", "more", "contact", "rss"})


def _names_letters(statement: str) -> str:
    """The letters of a byline's names, without its label and the words that join them."""
    return letters("".join(part for part in NAME_SPLIT.split(BY.sub("", statement)) if part))


def as_shown(extracted: str | None, shown: list[str]) -> str | None:
    """trafilatura's byline read again against the byline box the page shows: the box's
    reading when it holds the same letters parted into more names ("Paul Wiseman Fatima
    Hussein" of names side by side, read as "Paul Wiseman, Fatima Hussein"; the "e" of "Marco
    Conti e Luca Bianchi", which trafilatura capitalises) or with the full stops of its
    initials ("J. R. Holloway", read "J R Holloway"), or when trafilatura ran
    the name shown on a line of its own into the job written on the next ("Paul Wiseman
    Economics Correspondent"), or kept a label that the page sets before it with a colon
    ("Yazan Mehmet Demir"), or read the e-mail address after the name as words ("Kim Co
    Kr"), or kept such a label before names it parted otherwise ("Автори Олена Коваленко;
    Дмитро Савчук"), or a button's word after the job ("… Correspondent Email"); or when trafilatura
    parted or cut the shown statement ("Elaine Foster; Special" of "Elaine Foster, Special
    to Riverton Now", "Lena Morales; Dunmore Tribune" of "Lena Morales / Dunmore Tribune"),
    which the byline's rules then read whole, or read the writer's note, which goes on from
    the name in words in small letters ("Dale Whitcomb covers courts; Public Safety"); else the
    byline as it is."""
    if not extracted or not shown:
        return extracted
    first, whole = " ".join(shown[0].split()), " ".join(extracted.split())
    plain = " ".join(BY.sub("", first).split())
    if re.search(r"\w\s*[:：]\s*\w", plain) and letters(plain) == letters(whole):
        return plain  # a label's colon, which trafilatura drops ("Quelle: dpa", read "Quelle dpa")
    if letters(BY.sub("", first)) == letters(BY.sub("", whole)) and len(NAME_SPLIT.split(
            first)) > len(NAME_SPLIT.split(whole)):  # (trafilatura: "Marco Conti E Luca Bianchi")
        return first
    if _names_letters(first) == _names_letters(whole) and first.count(".") > whole.count("."):
        return first  # the full stops of initials ("J. R. Holloway", read "J R Holloway")
    if whole.endswith(" " + first) and LABEL.match(whole[:-len(first)].strip(" :：")):
        return first  # trafilatura keeps a label that needs a colon, without it
    lead, shown_lead = whole.split(";")[0].strip(), re.split(r"\s*[|;]\s*", first)[0]
    if lead.endswith(" " + shown_lead) and LABEL.match(lead[:-len(shown_lead)].strip(" :：")):
        return first  # "Penulis Dewi Lestari; Editor …" of "Dewi Lestari | Editor: …"
    label, _, rest = whole.partition(" ")
    if LABEL.match(label.strip(" :：")) and _names_letters(rest) == _names_letters(first):
        return first  # "Автори Олена Коваленко; Дмитро Савчук" of "Олена Коваленко, Дмитро …"
    if mail := EMAIL.search(first):  # "김철수 기자 kim@example.co.kr", read "… Kim Co Kr"
        first = " ".join(EMAIL.sub(" ", first).split())
        rest = whole[len(first):].split() if whole.startswith(first + " ") else []
        return first if rest and all(w.casefold() in mail.group().casefold()
                                     for w in rest) else extracted
    if len(letters(whole)) >= SHORTEST and letters(first).startswith(letters(whole)) and \
            ";" in whole and ";" not in first:  # trafilatura parted the names at its own "; "
        return first  # "Elaine Foster; Special" of "Elaine Foster, Special to Riverton Now"
    if _note_or_job_after_name(whole, first):
        # a sentence of the writer's note: "Dale Whitcomb covers courts; Public Safety",
        # trafilatura's of "Dale Whitcomb covers courts and public safety for …"
        return _and_later_names(first, whole, shown)
    rest = whole[len(first):].split() if whole.startswith(first + " ") else []
    while rest and rest[-1].strip(".,").casefold() in BUTTONS:
        rest.pop()  # "Marcus Lee Health Correspondent Email"
    return first if rest and rest[-1].strip(".,").casefold() in ROLES else extracted


def _and_later_names(first: str, whole: str, shown: list[str]) -> str:
    """The shown byline and the names trafilatura read after the first writer's job, each
    a part of its own that the page shows as a writer's too ("Liam Brogan" of "Jessica
    Tierney Court; Crime Reporter; Liam Brogan", read beside the box's "Jessica Tierney")."""
    own = {letters(name) for name in shown}
    later = [part for part in (p.strip() for p in whole.split(";")[1:])
             if letters(part) in own and letters(part) not in letters(first)]
    return ", ".join([first, *later])


def _note_or_job_after_name(extracted: str, shown: str) -> bool:
    """Whether trafilatura's byline opens with the name the shown byline opens with (two
    words or more) and goes on in a word in small letters (a sentence about the writer:
    "Dale Whitcomb covers courts") or in a job's words ("Belinda Tuhiwai Open Justice
    reporter NZ Herald" of the box's "Belinda Tuhiwai", "Open Justice reporter")."""
    words = [w.strip(",;|") for w in extracted.split()]
    own = [w.strip(",;|") for w in shown.split()]
    same = next((i for i, (a, b) in enumerate(zip(words, own, strict=False)) if a != b),
                min(len(words), len(own)))
    rest = words[same:]
    return same >= 2 and bool(rest) and ((rest[0].isalpha() and rest[0].islower()) or any(
        w.casefold() in ROLES for w in rest))
