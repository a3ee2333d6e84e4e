"""The line that credits a story's makers, closing its text ("Reporting by Jane Roe; Editing
by John Doe", "Story by …. Abridged translation by …", "With files from Reuters", "SDA/sep",
"Pewarta: Budi Santoso / Editor: …", a broadcast crew's "촬영기자:박찬걸/영상편집:이웅"): left
out of the text and kept for the import's notes."""

from __future__ import annotations

import re

from explainer.importer.bylinejobs import RANKS, ROLES
from explainer.importer.bylinenames import SOURCE_CREDIT, clean_byline
from explainer.importer.clean import link_text
from explainer.importer.sitelines import QUOTED

# The line that credits a story's makers, closing its text: one or more "<work> by <names>"
# parts, set apart by semicolons, perhaps in parentheses or italics
_WORK = (r"(?:additional |further )?(?:reporting|writing|editing|edited|written|compiled|"
         r"produced|research|fact-checking|graphics|photos?|photographs|video|story|"
         r"(?:abridged )?translation|translated)(?: and \w+)?")
# where one part of a credit line ends: a semicolon, or a comma before the next part's work
# ("Reporting by Jane Roe, additional reporting by John Doe, Editing by Ana Lopez")
PARTS = re.compile(rf";|[,.]\s*(?={_WORK} by\b)", re.IGNORECASE)  # (". Abridged translation by")
CREDIT_PART = re.compile(rf"\s*{_WORK} by (?P<names>[^;!?]{{2,300}}?)\s*$", re.IGNORECASE)
# the small words a name list may hold ("Jane Roe in Beirut and John Doe"): any other word in
# lower case makes a sentence ("Research by the institute found ...")
NAME_LIST_WORDS = frozenset({"and", "in", "of", "from", "with", "at", "de", "da", "del", "van",
                             "von", "der", "al", "el", "bin", "le", "la", "y", "e", "et"})
CLOSING = 3  # a credit line is one of the text's last paragraphs
SOURCE_WORDS = 4  # "Source: Reuters, AFP": a longer line is a sentence
# "Associated Press writer Jane Roe contributed to this report.", "With files from Reuters"
# The reporters' places before it: "Peoples reported from New York and Thomson-DeVeaux from
# Washington. Associated Press writers … contributed to this report."
REPORTED_FROM = r"(?:[A-Z][^.!?]{1,200}\breported from [^.!?]{2,200}\.\s+)?"
CONTRIBUTED = re.compile(
    rf"^{REPORTED_FROM}(?:with (?:files|reporting|additional reporting) (?:from|by) "
    r"[^.!?]{2,200}|"
    r"[^.!?]{2,300}\bcontributed (?:to this (?:report|story|article)|reporting|additional "
    r"reporting)(?: (?:from|in) [^.!?]{2,60})?)$", re.IGNORECASE)
CONTRIBUTED_WORDS = 60
# the sources a story was written from, named alone: "With reports from Reforma and El
# Economista", "Con información de EFE", "Com informações da Reuters"; who helped write it or
# translated it ("Colaborou Ana Lemos", "Traduzione di Federica Lanzoni"); a trainee's supervisor
# ("Estagiária sob a supervisão de …", Brazilian papers')
REPORTS_FROM = re.compile(
    r"^(?:with (?:reports|information) from|con (?:información|informaciones) de|"
    r"com informações d(?:a|e|o|as|os)|colabor(?:ou|aram|ó|aron)|"
    r"(?:translated|translation) by|traduzione di|traducción de|tradução de|"
    r"traduction(?: de|\s*:)|traduit (?:de l['’]\w+ )?par|translated from the \w+ by|"
    r"avec (?:les )?informations d[e']|estagiári[oa]s? sob (?:a )?supervisão de)\s*"
    r"(?P<names>[^.!?]{2,200})$", re.IGNORECASE)
# the word for agencies among the sources ("Con información de agencias")
AGENCIES = frozenset({"agencies", "agencias", "agências", "agences", "agenzie"})


def closing_credits(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """The paragraphs without the line crediting the story's makers among the last
    :data:`CLOSING`, and that line (for the import's notes)."""
    start = max(0, len(paragraphs) - CLOSING)
    for index in range(len(paragraphs) - 1, start - 1, -1):
        if is_credit_line(paragraphs[index]):
            return paragraphs[:index] + paragraphs[index + 1:], [paragraphs[index]]
    return paragraphs, []


def is_credit_line(paragraph: str) -> bool:
    """Whether a paragraph is only "<work> by <names>" parts: "Reporting by Jane Roe in Beirut;
    Editing by John Doe", "(Reporting by Jane Roe)"; not "Research by the institute found …";
    or says who contributed: "With files from Reuters", "Associated Press writer Jane Roe
    contributed to this report"; or is only an agency's and an editor's codes ("SDA/sep")."""
    text = paragraph.strip().strip("*_()[]—–- ").rstrip(".").strip().strip("*_").strip()
    if not text or len(text) > 600:
        return False
    if len(text.split()) <= CONTRIBUTED_WORDS and CONTRIBUTED.match(text):
        return True
    plain = link_text(paragraph).strip().strip("*_()—–-\\ ").rstrip(".").strip("*_\\ ")
    if (reports := REPORTS_FROM.match(plain)) and _names_only(reports["names"]):
        return True  # "With reports from Reforma and El Economista"
    if _desk_codes(text) or _crew(text) or _labelled_credits(paragraph) or _signed_by(plain):
        return True
    if SOURCE_CREDIT.match(plain) and len(plain.split()) <= SOURCE_WORDS:
        return True  # the source's credit alone: "Source: citinewsroom", "Quelle: dpa"
    parts = [CREDIT_PART.fullmatch(part) for part in PARTS.split(text)]
    if not all(parts):
        return False
    return len(parts) > 1 or _names_only(parts[0]["names"])  # type: ignore[index]


def _signed_by(plain: str) -> tuple[str, ...]:
    """The names of a line that signs the text after "By" (:data:`CLOSING_BY`)."""
    found = CLOSING_BY.match(plain)
    return clean_byline([found["names"]]) if found and _names_only(found["names"]) else ()


def _names_only(names: str) -> bool:
    """Whether a credit's words are names: capitalised, or the small words of a name list."""
    return all(word[:1].isupper() or word.casefold() in NAME_LIST_WORDS | AGENCIES
               for word in re.findall(r"[^\W\d_]+", names))


# The desks that sign a story with their codes: "SDA/sep", "APA/red", "dpa/jdk", "AFP/Reuters"
DESKS = frozenset({"dpa", "afp", "ap", "apa", "sda", "ats", "kna", "epd", "reuters", "ansa",
                   "efe", "kap", "red", "dts", "ddp", "sid", "belga", "anp", "tt", "ntb"})
DESK_CODE = re.compile(r"[^\W\d_]{2,7}(?:\s*/\s*[^\W\d_]{2,7}){1,3}")


def _desk_codes(text: str) -> bool:
    """Whether a line is only an agency's and an editor's codes ("SDA/sep", "dpa/jdk"), or
    three or more codes in capitals ("ADI/ASG/OID")."""
    parts = [part.strip() for part in text.split("/")]
    return bool(DESK_CODE.fullmatch(text)) and (any(part.casefold() in DESKS for part in parts)
                                                or (len(parts) > 2 and text.isupper()))
    # (three desks' codes in capitals, an agency's own: "ADI/ASG/OID")


# a line that credits one of the story's makers by a label and a colon: the reporter
# ("Pewarta:", "Penulis:", "Reporter:", Antara's and other Indonesian sites'), the editor
# ("Edited by:", "Edição:"), the photographer; and the copyright line that may close them
_CREDIT_LABELS = (r"pewarta|penulis|reporter|editor|penyunting|redaktur|fotografer|kontributor|"
                  r"edited by|edição|edición|edizione")  # (DW's "Edited by: …", Agência Brasil's)
CREDIT_LABEL = re.compile(rf"^[*_]*(?P<label>{_CREDIT_LABELS})[*_]*\s*:\s*[*_]*"
                          r"(?P<names>[^:]{2,60}?)[*_]*$", re.IGNORECASE)
# where a line of such credits parts: a line break, or a space before the next label and colon
CREDITS_APART = re.compile(rf"\s*\n\s*|\s+(?=(?:{_CREDIT_LABELS})\s*:)", re.IGNORECASE)
REPORTER_LABELS = frozenset({"pewarta", "penulis", "reporter"})
COPYRIGHT_LINE = re.compile(r"^(?:copyright\b|©|\(c\)\s)", re.IGNORECASE)


def _labelled_credits(paragraph: str) -> bool:
    """Whether a paragraph is only lines that credit the story's makers by a label (see
    :data:`CREDIT_LABEL`: "Pewarta: Budi Santoso", "Editor: Rina Kusuma"), a copyright line
    perhaps closing them."""
    lines = [line.strip(" \\") for line in CREDITS_APART.split(paragraph.strip())
             if line.strip(" \\")]
    return bool(lines) and CREDIT_LABEL.match(lines[0]) is not None and all(
        CREDIT_LABEL.match(line) or COPYRIGHT_LINE.match(line) for line in lines)


# one part of a line of the crew's credits: a role of a word or two, a colon, a name
CREW_PART = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?\s*[:：]\s*[^\W\d_][\w.'’-]*(?: [\w.'’-]+){0,2}")


def _crew(text: str) -> bool:
    """Whether a line is only the crew's credits, a role and a name each, set apart by
    slashes or bars: KBS's "촬영기자:박찬걸/영상편집:이웅/그래픽:채상우" (camera, editing,
    graphics), "Camera: Jane Roe | Editing: John Doe"."""
    parts = re.split(r"\s*[/|]\s*", text)
    return len(parts) >= 2 and all(CREW_PART.fullmatch(part) for part in parts)


# "BY LEE JAE-LIM, SHIN HA-NEE [shin.hanee@joongang.co.kr]": the writers signing the text
# after a label, with a mail address in brackets perhaps
CLOSING_BY = re.compile(r"^by\s+(?P<names>[^.!?\[\]@]{2,120}?)"
                        r"\s*(?:\[?\s*[\w.+-]+@[\w.-]+\s*\]?)?$", re.IGNORECASE)
# "Reporting by Jane Roe in London and John Doe in Paris; Editing by …": the reporters, not
# those who added reporting, wrote it up from their files or edited it
REPORTED_BY = re.compile(r"(?:^|[;,(]\s*)(?:reporting|story) by (?P<names>[^;,()]+(?:,(?!\s*"
                         r"(?:additional|further|writing|editing|edited|written|compiled)\b)"
                         r"[^;,()]+)*)", re.IGNORECASE)


def reporters(credits: list[str]) -> tuple[str, ...]:
    """The names a closing credit line gives as the story's reporters or writer ("Reporting
    by …", "Story by …", "Pewarta: …"), for a page that names its authors nowhere else."""
    for line in credits:
        plain = link_text(line).strip().strip("*_()[]—–- ")
        for part in PARTS.split(plain.rstrip(".")):  # ("Story by …. Abridged translation by …")
            if (match := REPORTED_BY.search(part.strip())) and _names_only(match["names"]):
                return clean_byline([match["names"]])
        if signed := _signed_by(plain):
            return signed
        labelled = [m["names"] for part in CREDITS_APART.split(plain)
                    if (m := CREDIT_LABEL.match(part.strip(" \\")))
                    and m["label"].casefold() in REPORTER_LABELS]
        if labelled:  # "Pewarta: Budi Santoso" (the reporter), not its "Editor: …"
            return clean_byline(labelled)
    return ()


EMPHASIS = re.compile(r"[*_]+")
BIO_WORDS = 60  # an author's note: a sentence or three
BIO_AT = 2  # the text's last paragraphs where it stands


def without_author_notes(paragraphs: list[str], people: tuple[str, ...]) -> list[str]:
    """The text without a note about its author among its last two paragraphs: one under a
    line of the writer's name alone, or one that opens, in brackets or not, with the name
    of one of the byline's people ("*Jane Roe is the paper's local
    government reporter. Email her at …*", "**Jana Müller** ist Redakteurin im Lokalressort
    …") and is at most :data:`BIO_WORDS` words long; not a line of a transcript, where an
    earlier line opens with the same name as its speaker ("Élodie Marchand : …")."""
    if not people or len(paragraphs) <= BIO_AT:
        return paragraphs
    start = len(paragraphs) - BIO_AT
    kept = paragraphs[:start]
    for index, paragraph in enumerate(paragraphs[start:], start):
        # (the name may link to the writer's page; the note may stand in brackets)
        plain = EMPHASIS.sub("", link_text(paragraph)).strip().lstrip("—–-( ")
        if len(plain.split()) <= BIO_WORDS and (any(
                plain.startswith(f"{name} ") and len(name.split()) >= 2
                and not _speaks(name, paragraphs[:start]) for name in people)
                or _under_name(paragraphs[index - 1], people)):
            continue
        kept.append(paragraph)
    return kept


def _under_name(before: str, people: tuple[str, ...]) -> bool:
    """Whether the paragraph before is a writer's name alone, over their note ("**Marina
    Teixeira**", then "É jornalista e escritora, autora de …")."""
    name = EMPHASIS.sub("", link_text(before)).strip()
    return len(name.split()) >= 2 and name in people


def _speaks(name: str, paragraphs: list[str]) -> bool:
    """Whether a paragraph opens with the name as its speaker's ("Élodie Marchand : …")."""
    return any(EMPHASIS.sub("", p).strip().startswith((f"{name}:", f"{name} :"))
               for p in paragraphs)


# a note on the writer closing the text: "— Fiona McAllister is a health reporter for the
# Borders Herald", "Jana Müller ist Redakteurin im Lokalressort", "Marc Petit est journaliste"
NOTED = re.compile(r"^(?P<name>[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){1,4}?)\s+"
                   r"(?:is|ist|est|es|é|è)\s+(?P<rest>.+)$")
NOTE_JOB_AT = 6  # the job's word stands among the note's first words after the verb


def noted_author(paragraphs: list[str]) -> tuple[str, ...]:
    """The writer a short note among the last :data:`BIO_AT` paragraphs names with their job
    ("— Fiona McAllister is a health reporter for …"), for a page that names its authors
    nowhere else; () when there is none."""
    for paragraph in paragraphs[-BIO_AT:]:
        plain = EMPHASIS.sub("", link_text(paragraph)).strip().lstrip("—–- ")
        match = NOTED.match(plain) if len(plain.split()) <= BIO_WORDS else None
        words = [w.strip(".,;:").casefold() for w in match["rest"].split()] if match else []
        if match and set(words[:NOTE_JOB_AT]) & (ROLES - RANKS) and \
                _names_only(match["name"]) and not QUOTED.search(plain):  # "… she said …"
            return clean_byline([match["name"]])
    return ()
