"""Lines of the page's header that the extracted text repeats: the headline, alone or after
its kicker, the byline, and the label of the story's section set above them. The front
matter holds them (the section among the tags), so the body leaves them out."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from explainer.importer.bylinejobs import a_job
from explainer.importer.bylinelabels import OUTRIGHT, PREPOSITIONS, either
from explainer.importer.bylinenames import clean_byline
from explainer.importer.clean import EMAIL, emphasised, letters, link_text, plain_letters
from explainer.importer.namewords import NEWS_AGENCIES
from explainer.importer.notbylines import NO_ONE, OUR, STAFF
from explainer.importer.showndates import CLOCK, dates_out, shown_date
from explainer.importer.stamps import is_time_stamp

LABEL = re.compile(rf"^(?:{either((*OUTRIGHT, *PREPOSITIONS, 'text', 'texto'))})\s*:?\s+",
                   re.IGNORECASE)
JOINERS = re.compile(r"\b(?:and|und|et|y|e|og|och|en)\b|[,&]", re.IGNORECASE)
MARKUP = re.compile(r"[*_#>\\]+")
OPENING = 4  # paragraphs from the start where the header's lines are looked for
CLOSING = 3  # and from the end, for a byline (before a disclaimer and a note)
KICKER = 2.5  # a kicker and its headline: at most this many times the headline's length
KICKER_MARKS = (":", "-", "–", "—", "|", "/", "»", "›", "\"", "”", "“", "'", "’")


SECTION_LINK = re.compile(r"^\[([^\]\n]{1,40})\]\(([^)\s]*)\)$")  # "[World](/news/world)"
SECTION_WORDS = 3


def drop_repeated_title(body: str, *titles: str) -> str:
    """The body without a first line that is the headline: the title chosen, or another
    headline of the page's (its <h1>, its JSON-LD headline, its meta titles) when the title is
    another wording of it; and without the label or the link to the story's section set
    above it ("[World](…)", "FAQ"); twice over (a breadcrumb's <h1>, then the headline set
    under its label)."""
    for _ in range(2):
        opening = body.lstrip().split("\n\n", 1)
        labelled = len(opening) == 2 and _label_above(opening[0].strip())
        after = _without_title(opening[1], titles) if labelled else None
        if after is None and (after := _without_title(body, titles)) is None:
            break
        body = after
    return body


def _label_above(line: str) -> bool:
    """A link or a label of a few words that ends no sentence: a kicker over a headline."""
    if link := SECTION_LINK.match(line):
        return len(link.group(1).split()) <= SECTION_WORDS
    text = _plain(line)
    return "\n" not in line and 0 < len(text.split()) <= SECTION_WORDS and \
        not text.endswith(LINE_ENDS) and not line.startswith(("#", ">", "-", "*", "|"))


REWORDED = 0.5  # of a title's words, and of its other wording's, that the two share


def reworded(title: str, headline: str) -> bool:
    """Whether a headline the page shows is another wording of the title ("Deutscher Handel
    mit Teheran: Druck durch Wirtschaftssanktionen auf Iran?" of "Deutscher Handel mit Iran:
    Druck mit Wirtschaftssanktionen?"): more than half of the words of each are the other's,
    and it ends in no full stop (a lede set large is a sentence)."""
    words = set(re.findall(r"\w+", title.casefold()))
    others = set(re.findall(r"\w+", headline.casefold()))
    shared = len(words & others)
    return shared > REWORDED * len(words) and shared > REWORDED * len(others) and \
        not headline.rstrip().endswith(".")


def _without_title(body: str, titles: tuple[str, ...]) -> str | None:
    """The body after its first line when that line is one of the titles (its letters and
    digits: "Kritik an Papst Leo Trump postet" is "Kritik an Papst Leo: Trump postet"), else
    None."""
    lines = body.lstrip().split("\n", 1)
    first = letters(lines[0].lstrip("# "))
    if first and any(t and first == letters(t) for t in titles):
        return lines[1].lstrip("\n") if len(lines) > 1 else ""
    return None


def _plain(paragraph: str) -> str:
    return " ".join(MARKUP.sub("", paragraph).split())


CJK_LABEL = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,6}")


def is_kicker_and_title(paragraph: str, title: str) -> bool:
    """A headline after its kicker, set off by a mark, glued to it, or after it in a heading
    ("Rückschlag im Titelkampf - Liverpool verliert bei Everton", "Zur MigrationChiesa ruft
    …" over the title "Chiesa ruft …", "## Premier League Rückschlag im Titelkampf - …");
    not a sentence that ends in the title's words ("And yet life goes on." over "Life goes
    on")."""
    words = re.findall(r"\w+", title)
    text = _plain(paragraph)
    if not words or len(letters(text)) > KICKER * len(letters(title)):
        return False
    match = re.search(r"\W*".join(map(re.escape, words)) + r"\W*$", text, re.IGNORECASE)
    kicker = text[:match.start()] if match else ""
    if not letters(kicker):
        return False
    starts = text[match.start()].isupper()
    glued = (kicker[-1:].islower() and starts) or bool(CJK_LABEL.fullmatch(kicker))  # "速報日経…"
    heading = paragraph.lstrip().startswith(("#", "**"))  # a line set as the page's header
    return glued or kicker.rstrip().endswith(KICKER_MARKS) or (heading and starts)


def is_byline(paragraph: str, names: tuple[str, ...]) -> bool:
    """A line that is the byline: the authors' names, after a label or not ("von Katja
    Belousova", "Jane Roe and Ali Hashem")."""
    text = OWN_REPORTER.sub("", _plain(EMAIL.sub(" ", paragraph)))  # ("… Reporter kdean@…")
    rest = JOINERS.sub(" ", LABEL.sub("", text))
    if not names or not letters(rest):
        return False
    if letters(rest) == letters("".join(names)):
        return True
    # the outlet after the names alone: "Von Miriam Kassel, WDR", "Por Tiago Sarmento,
    # especial para O Estado" (not after their roles: "…, Staff Writers, …")
    head, comma, tail = text.rpartition(",")
    most = OUTLET_WORDS if SPECIAL_TO.match(tail.strip()) else ROLE_WORDS
    if comma and len(tail.split()) <= most and not tail.rstrip().endswith(
            (".", "!", "?")) and letters(JOINERS.sub(" ", LABEL.sub("", head))) == letters(
            "".join(names)):
        return True
    # the names with their roles ("By Jane Roe, Staff Writer", "박준석 기자 외 1명"), read as
    # the byline is: the same people, no one else, and no sentence ("Jane Roe said …")
    named = {w.casefold() for n in names for w in n.split()}
    others = [w for w in rest.split() if w.casefold().strip(",|·•") not in named]
    if 0 < len(others) <= JOB_WORDS and not any(w[:1].islower() for w in others) and \
            "," not in text and not text.endswith((".", "!", "?")) and letters(rest).startswith(
            letters("".join(names))) and a_job(" ".join(others)):
        return True  # the names, then the job: "By Lynette Harkins Sentinel Staff Writer"
    return len(others) <= ROLE_WORDS and not any(w[:1].islower() for w in others) and \
        not text.endswith((".", "!", "?")) and {
        letters(n) for n in clean_byline([text])} == {letters(n) for n in names}


# the paper's own reporter and where they filed from, before the name: "dal nostro inviato",
# "De notre correspondante à Bruxelles,", "From our correspondent in Kyiv,"
OWN_REPORTER = re.compile(
    rf"^(?:from |de |dal |dalla |von |van |del |de la )?{OUR} (?:special )?{STAFF}"
    r"(?: (?:in|à|a|en|aus|at|nach) [^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?)?,?\s+",
    re.IGNORECASE)
JOB_WORDS = 4  # a job with the paper's name after the names ("Sentinel Staff Writer")
ROLE_WORDS = 3  # besides the names, none in lower case: "Staff Writer", "기자 외 1명"
SPECIAL_TO = re.compile(r"(?:special (?:to|for)|especial para|exclusivo para|spécial pour)\s",
                        re.IGNORECASE)  # a writer for another outlet, named after the comma
OUTLET_WORDS = 8


KICKER_WORDS = 8
LABEL_WORDS = 3  # a section's label over a story ("Leben", "Threat Research")
LINE_ENDS = (".", "!", "?", ":", "—", "–", "-")  # a sentence or a dateline ("WASHINGTON —")


def without_section_label(paragraphs: list[str], sections: list[str]) -> list[str]:
    """The paragraphs without a first one that is only the name of the story's section or
    one of its tags, as a label set over it ("Leben", "#### MIDDLE EAST CRISIS"): a line of
    at most three words that ends no sentence; not a dateline ("LONDON", "WASHINGTON —")
    nor the heading of a round-up's first section ("## Ukraine" before "## Gaza")."""
    if len(paragraphs) < 2:
        return paragraphs
    if _section_link(paragraphs[0]) or _breadcrumb(paragraphs[0]):
        return paragraphs[1:]
    first = _plain(paragraphs[0])
    names = {letters(s) for s in sections if letters(s)}
    if len(first.split()) > LABEL_WORDS or first.endswith(LINE_ENDS) or \
            letters(first) not in names or _a_section_of_its_own(paragraphs, names):
        return paragraphs
    if first.isupper() and not paragraphs[0].lstrip().startswith(("#", "**", "__")):
        return paragraphs  # "LONDON": a dateline set apart
    return paragraphs[1:]


TAG_LINE = re.compile(r"^[^:\n]{1,30}:\s*(.+)$")  # "Topics: Village hall, Fundraising"


def without_tag_line(paragraphs: list[str], tags: list[str]) -> list[str]:
    """The paragraphs without one of the last two that lists the story's tags after a label
    ("Etichete: meserii, tradiții, Arieș"), every item one of the page's keywords or tag
    links, when the page gives them as such."""
    named = {letters(t) for t in tags if letters(t)}
    return [p for i, p in enumerate(paragraphs) if not (
        i >= len(paragraphs) - CLOSING and named and (line := TAG_LINE.match(_plain(p)))
        and all(letters(item) in named for item in re.split(r"\s*[,;]\s*", line[1])))]


CRUMB_MARK = re.compile(r"\s+[›»>/]\s+")  # "News › Salisbury"
CRUMB_WORDS = 4  # words of each step, at most


def _breadcrumb(paragraph: str) -> bool:
    """A breadcrumb trail ("News › Salisbury", "Home > World > Africa"): steps of a few
    words each, parted by an angle mark or a slash, none ending a sentence."""
    steps = CRUMB_MARK.split(link_text(paragraph).replace("\\", "").strip("*_ "))
    return len(steps) > 1 and all(0 < len(step.split()) <= CRUMB_WORDS and not
                                  step.endswith(LINE_ENDS) for step in steps)


def _section_link(paragraph: str) -> bool:
    """A link alone to the story's section, which its address names as the link does
    ("[South Africa](https://…/news/south-africa/)")."""
    link = SECTION_LINK.match(paragraph.strip())
    if link is None or len(link.group(1).split()) > SECTION_WORDS:
        return False
    try:
        segments = [part for part in urlsplit(link.group(2)).path.split("/") if part]
    except ValueError:  # "http://[x": no address
        return False
    return bool(segments) and plain_letters(unquote(segments[-1])) == plain_letters(
        link.group(1))  # "[Société](…/soci%C3%A9t%C3%A9/)", "[España](…/espana/)"


def _a_section_of_its_own(paragraphs: list[str], names: set[str]) -> bool:
    """Whether the first line is a heading that another of its level naming a tag follows:
    the first section of a round-up ("## Ukraine" … "## Gaza"), not a label over the
    story (a story's own subheadings are no tags)."""
    level = paragraphs[0].lstrip().split(" ", 1)[0]
    return set(level) == {"#"} and any(
        p.lstrip().split(" ", 1)[0] == level and letters(_plain(p)) in names
        for p in paragraphs[1:])


def without_header_lines(paragraphs: list[str], title: str, names: tuple[str, ...],
                         publishers: tuple[str, ...] = (), also: tuple[str, ...] = ()
                         ) -> list[str]:
    """The paragraphs without the headline after its kicker near the start (the first one
    also as plain text, or as another headline the page shows, ``also``), without the
    byline near the start or the end, without a note on the writer opening the text (set
    whole in italics: "*Hélène Marchand est économiste …*"), and without a line near the
    start, or the last, that only dates the story or
    credits only the publisher or the news agencies ("**Euronews** with", "**Agencies**",
    "Stuff" closing a story of stuff.co.nz), nor the writers' addresses among the last
    (:func:`_contact_line`). Read twice: lines the first reading left out bring the next
    ones near the start (a partner's line, the headline, the standfirst and the byline over
    the date line)."""
    once = _without_header_lines(paragraphs, title, names, publishers, also)
    if len(once) == len(paragraphs):
        return once
    return _without_header_lines(once, title, names, publishers, also)


def _without_header_lines(paragraphs: list[str], title: str, names: tuple[str, ...],
                          publishers: tuple[str, ...], also: tuple[str, ...]) -> list[str]:
    last = len(paragraphs) - CLOSING
    credited = {letters(n) for n in publishers if letters(n)} | AGENCIES
    headlines = {letters(h) for h in (title, *also) if letters(h)}
    return [p for i, p in enumerate(paragraphs) if not (
        (i == 0 and letters(_plain(p)) in headlines) or  # the page's <h1> over another title
        (i < OPENING and (is_kicker_and_title(p, title) or _is_title(p, title, i == 0)))
        or ((i < OPENING or i == len(paragraphs) - 1) and _credits_only(p, credited))
        or ((i < OPENING or i >= last) and is_byline(p, names))
        or (i == 0 and _writer_s_note(p, names))
        or (i < OPENING and _stamp_and_byline(p, names))
        or ((i < OPENING or i == len(paragraphs) - 1) and _date_line(p))
        or (i >= last and _contact_line(p))
        or (i + 1 < min(OPENING, len(paragraphs))
            and _kicker_over(p, paragraphs[i + 1], title)))] or paragraphs


# the verb after a writer's name that says who they are: "is", "est", "ist", "es", "è", "é"
WRITER_IS = re.compile(r"\s+(?:is|was|est|ist|war|es|è|é|jest|är|er|on|adalah|является|є)\s")


def _writer_s_note(paragraph: str, names: tuple[str, ...]) -> bool:
    """Whether a paragraph, set whole in italics or bold, opens with a writer's name and says
    who they are ("*Hélène Marchand est économiste, directrice de recherche …*")."""
    text = paragraph.strip()
    if not names or not emphasised(text):
        return False
    plain = text.strip("*_ ")
    return any(plain.startswith(name) and WRITER_IS.match(plain[len(name):]) for name in names)


DATE_LINE_REST = 2  # words besides the date and its time: a weekday, "at"


def _date_line(paragraph: str) -> bool:
    """Whether a line near the start, or the last, only dates the story, with no label:
    "петак, 15. март 2024. у 09:20", "March 15, 2024 08:12am"."""
    text = _plain(paragraph)
    if paragraph.lstrip().startswith("#") or shown_date(text) is None:
        return False
    rest = re.sub(r"[\d\W_]+", " ", CLOCK.sub(" ", dates_out(text)))
    return len(rest.split()) <= DATE_LINE_REST


def _kicker_over(paragraph: str, following: str, title: str) -> bool:
    """Whether a line is a kicker set over the headline that follows it ("VILLAGE NEWS"): a
    line of at most :data:`KICKER_WORDS` words that ends no sentence (an Iranian paper's
    "rutitr", a German "Dachzeile")."""
    text = _plain(paragraph)
    return 0 < len(text.split()) <= KICKER_WORDS and not text.endswith(LINE_ENDS) and \
        _is_title(following, title)


STAMP_APART = re.compile(r"\s+[·•|]\s+")


def _stamp_and_byline(paragraph: str, names: tuple[str, ...]) -> bool:
    """Whether a line is the story's time stamp and its byline set apart by a dot or a bar
    ("Posted on Wednesday 3rd April 2024 · By Margaret Ellis")."""
    parts = STAMP_APART.split(paragraph.strip())
    return len(parts) > 1 and any(is_time_stamp(p) for p in parts) and all(
        is_time_stamp(p) or is_byline(p, names) for p in parts)


# News agencies, and the word for them, as a line over the text credits them
AGENCIES = {letters(a) for a in NEWS_AGENCIES} | {
    "agencies", "agences", "agenturen", "agencias", "agenzie", "wires", "newsagencies"}
WITH = ("with", "mit", "avec", "con", "com")
CREDIT_WORDS = 6
CONTACT_WORDS = 6  # the names and desk beside an address closing the story
DESK_WORDS = 3  # "Sunday Mail Reporter": the desk's line, no one's name
DESK_JOBS = frozenset({"reporter", "reporters", "correspondent", "correspondents", "writer",
                       "writers", "desk", "staff"})
DESK_FIRST = frozenset({"redacción", "redacao", "redação", "redaktion", "rédaction", "redazione",
                        "redactie", "newsroom", "redaksi", "redakcja", "redakce"})
WITH_WORD = re.compile(r"\b(?:with|mit|avec|con|com)\b", re.IGNORECASE)


def _credits_only(paragraph: str, credited: set[str]) -> bool:
    """Whether the line names only the publisher or agencies, apart by commas, slashes or
    "and", perhaps with "with" after one ("Euronews with", "AFP, Reuters", "dpa/AFP",
    "The Guardian"), or, after a byline's label, a desk ("di Redazione Online")."""
    text = LABEL.sub("", plain := _plain(paragraph))
    if text != plain and NO_ONE.match(text.strip(" .")):
        return True
    words = text.strip(" .").split()
    if 1 < len(words) <= DESK_WORDS and words[-1].casefold() in DESK_JOBS and all(
            w[:1].isupper() for w in words[:-1]):
        return True  # the paper's desk signing the story: "Herald Reporter", "Staff Writer"
    if 0 < len(words) <= DESK_WORDS and words[0].casefold() in DESK_FIRST and all(
            w[:1].isupper() for w in words[1:]):
        return True  # "REDACCIÓN BOGOTÁ", "Redacción El Pitazo": the desk and its place
    if len(text.split()) > CREDIT_WORDS:
        return False
    parts = [letters(part) for part in re.split(r"[,/&]", WITH_WORD.sub(",", JOINERS.sub(
        ",", text)))]
    parts = [part for part in parts if part]
    return bool(parts) and all(
        part in credited or part.removeprefix("the") in credited
        or _without_with(part) in credited for part in parts)


def _contact_line(paragraph: str) -> bool:
    """Whether a line closing the story gives only its writers' or desk's addresses, with
    their names at most ("박지영 기자 jypark@donga.com", "jskim@yna.co.kr pcm@yna.co.kr",
    "◎공감언론 뉴시스 jek@newsis.com", "YTN 남궁선 (namgs@ytn.co.kr)"): no sentence."""
    plain = _plain(paragraph)
    rest = EMAIL.sub(" ", plain)
    return rest != plain and len(re.findall(r"\w+", rest)) <= CONTACT_WORDS and not re.search(
        r"[.!?:]", rest)


def _without_with(part: str) -> str:
    """A name that a page glued to "with" after it ("euronewswith")."""
    return next((part.removesuffix(w) for w in WITH if part.endswith(w)), part)


def _is_title(paragraph: str, title: str, first: bool = False) -> bool:
    """The headline again, set as a heading or in bold ("## Official Release\\!\\!"); the
    ``first`` line also without the title's kicker ("## Nairobi von unten" under "Kenia:
    Nairobi von unten"; further down, such a heading opens the story's first section, as
    explainers set their question: "## What is the OBR and what does it do?")."""
    if not paragraph.lstrip().startswith(("#", "**")) or not letters(title):
        return False
    text = letters(_plain(paragraph))
    return text == letters(title) or (first and text == letters(_after_kicker(title)))


TITLE_KICKER = re.compile(r"^[^:|–—]{2,40}?\s*[:|–—]\s+(\S+(?:\s+\S+)+)$")


def _after_kicker(title: str) -> str:
    """The title's headline without the kicker set before it ("Nairobi von unten" of "Kenia:
    Nairobi von unten"), or nothing when the title has no kicker."""
    match = TITLE_KICKER.match(title.strip())
    return match.group(1) if match else ""
