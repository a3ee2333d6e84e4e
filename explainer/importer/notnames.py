"""Names that are no terms for a glossary: well-known places
(countries, the world's regions, the states of the US, capitals and big cities, a
part of one of them told by a word such as "Northern"), what a country's or such a place's
people are called ("South Africans", "New Yorkers", "African Americans"), a numbered instalment
("Part Two")."""

from __future__ import annotations

from explainer.importer.namewords import (
    COUNTRIES,
    DEMONYMS,
    INSTALMENT,
    LANDS,
    PART_OF_PLACE,
    US_STATES,
)


def _part_of_place(name: str) -> bool:
    """A part of a country, a continent or a US state, told by a word such as "Northern"
    ("Northern California", "Mountainous Nepal"): a well-known place, not a term."""
    words = name.split()
    return len(words) == 2 and words[0].casefold() in PART_OF_PLACE and (
        words[1] in LANDS or words[1] in US_STATES)


PEOPLE_ENDINGS = ("ians", "ian", "ans", "an", "ns", "n", "ers")  # "Sri Lankans", "New Yorkers"
# and of one word: "Israeli", "Pakistanis", "Chinese", "Turkish", "Texan" (of Texas)
WORD_PEOPLE_ENDINGS = (*PEOPLE_ENDINGS, "is", "i", "ese", "ish", "er")
WORD_PLACE_ENDINGS = ("", "a", "o", "e", "y", "s")  # "Italian" of Italy, "Texan" of Texas
# What the people of a place are called, where no ending tells it
_PEOPLE_WORDS = """french british dutch greek swiss welsh scottish irish spanish turkish polish
    danish swedish finnish filipino filipinos thai english arab arabs kurd kurds kurdish jew
    jews jewish muslim muslims christian christians catholic catholics western westerners
    eastern southern northern"""
PEOPLE_WORDS = frozenset(_PEOPLE_WORDS.split())
PLACES = frozenset(w.casefold() for w in LANDS | US_STATES)  # of one word


def _people_of_place(folded: str) -> bool:
    """What the people of a well-known place are called, by its endings: of two words or
    more ("South Dakotans", "New Jerseyan", "Puerto Ricans", "North Carolinians"; not "The New
    Yorker", a magazine) or of one ("israeli", "venezuelans", "pakistani", "chinese")."""
    if " " not in folded:
        return folded in PEOPLE_WORDS or any(
            folded.endswith(ending) and folded[:-len(ending)] + end in PLACES
            for ending in WORD_PEOPLE_ENDINGS for end in WORD_PLACE_ENDINGS)
    return any(folded.endswith(ending) and folded[:-len(ending)] + end in COUNTRIES
               for ending in PEOPLE_ENDINGS for end in ("", "a", "o"))


def well_known(name: str) -> bool:
    """Whether the name is a well-known place, a people or an instalment (see the module)."""
    folded = name.casefold()
    return folded in COUNTRIES or folded in PLACES or folded in DEMONYMS \
        or folded.removesuffix("s") in DEMONYMS or _people_of_place(folded) \
        or bool(INSTALMENT.match(name)) or _part_of_place(name)
