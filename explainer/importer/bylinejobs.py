"""The jobs, ranks, offices and desks a byline names beside or instead of its writers'
names ("Mathias Hagen, Journalist", "AP Business Writer", "Secretary of State", "MEE staff",
"ARD-Rechtsredaktion"): no part of a name. Read by :mod:`bylinenames`."""

from __future__ import annotations

import re

# the editor in Russian and Ukrainian (also the editor in chief's "редактор"), Belarusian,
# Estonian, Latvian, Lithuanian, Uzbek and Persian: a byline's second line ("Автор: …",
# "Редактор: …", Iran's agencies' "خبرنگار: … دبیر: …")
EDITOR_WORDS = ("редактор", "редакторка", "рэдактар", "toimetaja", "redaktors", "redaktore",
                "redaktorius", "redaktorė", "muharrir", "دبیر", "ویراستار")
ROLES = frozenset({*EDITOR_WORDS,
                   "staff", "writer", "reporter", "correspondent", "editor", "columnist",
                   "contributor", "photographer", "senior", "chief", "deputy", "associate",
                   "journalist", "journalistin", "journaliste", "giornalista", "periodista",
                   "reporterin", "redakteur", "redakteurin", "korrespondent",
                   "korrespondentin", "fotograf", "fotografin", "envoyé", "envoyée", "envoyés",
                   "envoyées", "spécial", "spéciale", "spéciaux", "correspondant",
                   "correspondante", "correspondants", "enviado", "enviada", "corresponsal",
                   "inviato", "inviata", "corrispondente", "jornalista", "repórter",
                   "correspondente", "redactor", "redactora", "verslaggever", "dziennikarz",
                   "dziennikarka", "reporterka", "redaktor", "redaktorka", "wartawan",
                   "журналіст", "журналістка", "журналист", "журналистка", "кореспондент",
                   "кореспондентка", "корреспондент", "оглядач", "обозреватель",
                   # a box of the site's writers named in the plural ("Yazarlar", "Columnists")
                   "authors", "writers", "columnists", "yazar", "yazarlar", "autoren",
                   "kolumnisten", "auteurs", "chroniqueurs", "autores", "columnistas", "autori",
                   "editorialisti", "opinionistas",
                   # the correspondent in Marathi, Hindi, Urdu, Arabic, Bengali and Amharic
                   "प्रतिनिधी", "प्रतिनिधि", "संवाददाता", "نمائندہ", "مراسل", "প্রতিবেদক",
                   "ዘጋቢ"})


def only_roles(part: str) -> bool:
    """A job alone, as a comma sets it apart ("Mathias Hagen, Journalist")."""
    words = [w.strip(".,:;/").casefold() for w in part.split()]
    return bool(words) and all(w in ROLES for w in words if w)


def a_job(part: str) -> bool:
    """A job set apart after the names, with a place or a beat ("Berlin correspondent",
    "Redakteurin Politik", "correspondante à Bruxelles", "Chief Sports Writer"): a part
    holding a job's word after one word at most, past its rank ("senior", "chief"), so no
    name ("Laure Bretton envoyée spéciale" keeps its name)."""
    words = [w.strip(".,:;/").casefold() for w in part.split()]
    if len(words) > 2 and " ".join(words[:2]) in WIRE_NAMES:
        words = words[2:]  # "Associated Press Business Writer"
    elif len(words) > 1 and words[0] in WIRE_NAMES:
        words = words[1:]  # "AP Business Writer"
    while len(words) > 1 and words[0] in RANKS:
        words.pop(0)  # "Chief Sports Writer", "Senior Political Correspondent"
    return any(w in ROLES - RANKS for w in words[:2]) or titled_job(part)


def titled_job(part: str) -> bool:
    """An English job written in title case, its beat before it ("Local Democracy Reporter",
    "Health and Science Correspondent", "Chief Sustainability Officer"), or an office of a
    state's ("Secretary of State")."""
    words = part.strip(" .,;").split()
    if 2 < len(words) < 7 and words[0].casefold() in TITLED_JOBS | OFFICES and \
            words[1] in ("of", "for") and all(w[:1].isupper() or w in OFFICE_WORDS for w in words):
        return True  # an office: "Secretary of State", "Minister for Foreign Affairs"
    return 2 < len(words) < 6 and words[-1][:1].isupper() and \
        words[-1].casefold() in TITLED_JOBS and all(w.isalpha() or w == "&" for w in words)


OFFICES = frozenset({"minister", "head", "secretary-general", "commissioner", "ambassador",
                     "governor", "mayor", "chief", "undersecretary", "under-secretary"})
OFFICE_WORDS = frozenset({"of", "for", "the", "and"})


# an agency's name before its writer's job ("AP Business Writer")
WIRE_NAMES = frozenset({"ap", "associated press", "reuters", "afp", "bloomberg", "upi", "dpa",
                        "cnn", "bbc"})


TITLED_JOBS = frozenset({"writer", "reporter", "correspondent", "editor", "columnist",
                         "contributor", "photographer", "journalist", "officer", "director",
                         "manager", "analyst", "economist", "strategist", "president",
                         "chair", "secretary", "treasurer", "coordinator", "spokesperson"})


RANKS = frozenset({"senior", "chief", "deputy", "associate", "lead", "managing",
                   "contributing", "assistant", "principal"})


STAFF = frozenset({"writers", "reporters", "correspondents", "editors", "journalists"})
DESKS = ("redaktion", "redaktionen", "redactie")  # German and Dutch desks, and compounds
TEAMS = re.compile(r"^(?:(?:\w{4,})?teams?|readers)$")  # "Datenteam" (not "Steam"), "… readers"


def staff_name(part: str) -> bool:
    """A paper's staff, a job in the plural closing it ("Yomiuri Shimbun Staff Writers"),
    its "staff reports" ("From staff reports"), an outlet's initials and "staff" ("MEE
    staff"; not a name's, "Jane Doe Staff"), or a desk ("ARD-Rechtsredaktion"): no one's
    name."""
    words = part.split()
    plain = [w.strip(".,:;").casefold() for w in words]
    if plain and (plain[-1].endswith(DESKS) or TEAMS.match(plain[-1])):
        return True  # a desk: "ARD-Rechtsredaktion", "Wirtschaftsredaktion"
    return len(words) > 1 and (plain[-1] in STAFF or plain[-2:] == ["staff", "reports"] or (
        len(words) == 2 and plain[1] == "staff" and words[0].isupper())) and not (
        {"/", "|"} & set(words))  # "Jane Roe / Staff Writers": a name, then her paper's
