"""What a byline's statement says after its writers' names and names none of them: another
credit (the pictures', the reviewer's: "• Photos by …"), the wire's material the writers used
("avec AFP"), the paper they write for ("/ Dunmore Tribune"), the day."""

from __future__ import annotations

import re

from explainer.importer.notbylines import PHOTO_CREDIT

# another credit after the writer's ("Story by Jane Roe • Photos by John Doe", "Written by
# Jane Roe | Medically reviewed by Dr John Doe", "Texte : Jane Roe, photos : John Doe"):
# the pictures', the reviewer's or the editor's, not the story's
OTHER_CREDIT = re.compile(
    r"(?:\s*[|•·/,;–—]\s*|\s+)(?:(?:photos?|photography|photographs|pictures?|images?|"
    r"illustrations?|graphics?|video|fotos?|bilder?|фото|medically reviewed|reviewed|"
    r"ilustra(?:ção|ções|ción|ciones|zioni|zione)|illustrazioni|fotografías?|fotografias?|"
    r"tradu(?:ção|cción)|traduzione|translated|translation|"
    r"fact[- ]checked|edited|editing|(?:with )?additional reporting)\s*(?:by|von|par|por|de|di|:)"
    r"|фото\s*:)\s*\S.*$",
    re.IGNORECASE)

# a name with its role in brackets after it that is the pictures', not the text's ("Sarah Gut
# (Text) und Marco Ris (Bilder)", "Ana Souza (fotos)", "Jan Kos (ilustracje)")
PICTURED = re.compile(
    r"(?P<name>[^\W\d_][^()|,;/]{1,60}?)\s*[(（]\s*(?:bilder|bild|fotos?|fotografie|fotografias?|"
    r"fotografía|photos?|"
    r"photographs?|photography|pictures?|images?|illustrations?|ilustraci[oó]n|ilustração|"
    r"ilustracje|grafik|grafiken|graphics?|kuvat|zdjęcia|фото|иллюстрации|写真|摄影|사진)\s*[)）]",
    re.IGNORECASE)


def pictured(name: str, statements: list[str]) -> bool:
    """Whether the statements give the name a picture's role in brackets: the photographer's,
    who is no writer although the page's metadata may list them among its authors."""
    mine = "".join(filter(str.isalnum, name.casefold()))
    return len(mine) >= 5 and any("".join(filter(str.isalnum, m["name"].casefold())).endswith(
        mine) for s in statements for m in PICTURED.finditer(s))


# what follows the writers' names and names none: the wire's material they used ("avec AFP",
# "mit Material von dpa und AFP", "con agencias"), the agency or paper they write for
# ("… and ROSA NAVARRO Associated Press", "Jane Roe / Dunmore Tribune", ", Special to …"),
# the day ("Jane Roe on Tue, 01/30/2024")
AGENCY = (r"(?:the\s+)?(?:associated press|agence france-presse|afp|ap|dpa|reuters|efe|ansa|"
          r"lusa|kna|epd|apa|sda|belga|anp|tt|ntb|pap|tass|ria novosti|xinhua|kyodo|yonhap|"
          r"anadolu(?:\s+(?:ajansı|agency))?|aa|bloomberg|pti|press trust of india|ians|"
          r"europa press|jiji|antara|bernama|čtk|ctk|tasr|mti|bta|hina|tanjug|ukrinform|unian|"
          r"irna|wafa|upi|australian associated press|aap|απε-μπε|απε|agerpres|"
          r"共同通信社?|時事通信社?|新華社|新华社|연합뉴스|"
          r"agencies|agences?|agencias|"
          r"agenturen|agências)")
# the agencies' word, no agency's name: "Staff and agencies" credits none by name
AGENCIES_WORD = re.compile(r"^(?:agencies|agences?|agencias|agenturen|agências)$", re.IGNORECASE)
TAIL = re.compile(
    r"(?:\s+(?:avec|mit|with|con|com|and|und|et|y|e)\s+(?:(?:material|informations?|"
    r"informações|información|agenturmaterial)\s+(?:von|de|d[aeo]s?|of)\s+)?"
    rf"{AGENCY}(?:\s*(?:,|/|und|and|et|y|e)\s*{AGENCY}){{0,3}}"
    r"|\s+mit\s+(?:agentur)?material\b.*"
    rf"|(?:(?<=[A-Za-z])|,)\s+(?:the\s+)?(?:australian\s+)?(?:associated press|"
    r"agence france-presse)"
    r"|,?\s+special to\b.*"
    r"|,\s+(?:da|do|dos|das)\s+(?-i:[A-Z]).*"  # "Por Renata Alves, da CNN, São Paulo"
    r"|\s*[/|]\s*(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:tribune|herald|gazette|chronicle|"
    r"courier|journal|times|zeitung|sentinel|inquirer|dispatch|examiner|observer|telegraph|"
    r"standard)"
    r"|\s+on\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b.*)\s*$", re.IGNORECASE)


WIRE = re.compile(rf"\s(?:avec|mit|with|con|com|et|und|and)\s+(?P<agency>{AGENCY})\s*$|"
                  rf"^\s*[^\s/]{{2,20}}\s*/\s*(?P<after>{AGENCY})\s*$",  # "RND/dpa": an outlet's
                  re.IGNORECASE)  # word, then the agency's


def wire_credit(statement: str) -> str:
    """The agency whose material a statement credits after its other words ("Le Parisien
    avec AFP": "AFP", "RND/dpa": "dpa"), or "" (also for the word alone: "Staff and
    agencies")."""
    found = WIRE.search(" ".join(statement.split()))
    agency = (found["agency"] or found["after"]) if found else ""
    return "" if AGENCIES_WORD.match(agency) else agency


ARTICLE_ALONE = re.compile(r"\s*(?:by|the|by\s+the)\s*", re.IGNORECASE)  # the agency's own "The"
# one credit for the words and the pictures: "Story and photos by Ingrid Solheim"
JOINT_CREDIT = re.compile(r"\s*(?:by\s+)?(?:story|text|words|texto|texte)\s+(?:and|y|et|und|e)\s+"
                          r"(?:photos?|pictures|fotos|fotografias|imagens)\b", re.IGNORECASE)
# a statement that opens with the reviewer's credit, not the writer's
REVIEWED_FIRST = re.compile(r"^\W*(?:(?:medically|medical|clinically|expert|fact[- ]checked and)"
                            r"\s+)?reviewed\s+by\b|^\W*fact[- ]checked\s+by\b", re.IGNORECASE)
# a word and a colon before the names: the city the writer filed from ("بيروت: نذير رضا", Asharq
# Al-Awsat's), or a label; not a photographer's, a translator's or a source's ("Foto: …")
PLACE_FIRST = re.compile(r"^(?!(?i:photo|foto|bild|illustra|picture|image|graphic|video|kamera|"
                         r"camera|translat|übersetz|tradu|zdjęci|fot\b|source|quelle|fuente|"
                         r"fonte))[^\W\d_][^\W\d_'’-]*\s*[:：]\s+(?=[^\W\d_])")
# a word or two in capitals after a slash, closing the statement: the city ("/ ANKARA"; not
# a photo agency of three letters, "/EPA")
CAPITALS_AFTER = re.compile(r"\s*/\s*(?P<place>[^\W\d_]{3,} [^\W\d_]{3,}|[^\W\d_]{4,})\s*$")
BYLINE_LINE = 300  # a longer statement is no byline: its tails are not looked for


def credit_alone(statement: str) -> str:
    """The statement without another credit after the writer's ("• Photos by …") and what
    follows the names and names no one (:data:`TAIL`: "avec AFP", "/ Dunmore Tribune")."""
    if len(statement) > BYLINE_LINE:
        return statement
    if REVIEWED_FIRST.match(statement):
        return ""  # "Medically reviewed by Jonathan Pike, MD": the reviewer's credit alone
    if not PHOTO_CREDIT.match(statement):
        statement = PLACE_FIRST.sub("", statement)  # "بيروت: نذير رضا": the city, then the name
    if (place := CAPITALS_AFTER.search(statement)) and place.start() > 0 and place[
            "place"].isupper() and not re.fullmatch(AGENCY, place["place"], re.IGNORECASE):
        statement = statement[:place.start()]  # "Deniz Ayhan / ANKARA", not "… / AFP"
    if (credit := OTHER_CREDIT.search(statement)) and credit.start() > 0 \
            and not JOINT_CREDIT.match(statement):
        statement = statement[:credit.start()]  # "Story by Jane Roe • Photos by …"
    if (tail := TAIL.search(statement)) and tail.start() > 0 \
            and not ARTICLE_ALONE.fullmatch(statement[:tail.start()]) \
            and not re.fullmatch(AGENCY, statement.strip(), re.IGNORECASE):
        statement = statement[:tail.start()]  # "Jane Roe avec AFP", not "The Associated Press"
        # nor "Australian Associated Press", the agency's whole name
    return statement


def without_site_name(statement: str, site_names: list[str]) -> str:
    """The statement without the site's name run on after the writer's name with only a
    space between ("By Hana Bergstrom Star Tribune", a name's link and the paper's words):
    the paper they write for, not more of the name. Two words at least are left."""
    for site in site_names:
        name = " ".join((site or "").split())
        if len(name) >= 4 and statement.casefold().endswith(" " + name.casefold()) and len(
                statement[:-len(name)].split()) >= 2:
            return statement[:-len(name)].rstrip()
    opening = SITE_INITIALS.match(statement)
    if opening and any(opening["initials"] in initials(site) for site in site_names):
        return statement[opening.end():]  # "OLJ / AFP" on L'Orient-Le Jour's page: "AFP"
    return statement


# a statement opening with initials in capitals and a slash: the site's, before the agency's
SITE_INITIALS = re.compile(r"\s*(?P<initials>[A-Z]{2,5})\s*/\s*(?=\S)")


def initials(site: str | None) -> set[str]:
    """The site's name written in its initials, with and without a one-letter word's (an
    elided article's): "LOLJ" and "OLJ" of "L'Orient-Le Jour"; none of a name of one word."""
    words = [w for w in re.split(r"[\s'’-]+", site or "") if w[:1].isupper()]
    if len(words) < 2:
        return set()
    return {"".join(w[0] for w in words), "".join(w[0] for w in words if len(w) > 1)}
