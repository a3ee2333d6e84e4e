"""A line that only says when the story was published or updated is no part of its text."""

from __future__ import annotations

import pytest

from explainer.importer.furniture import is_furniture
from explainer.importer.stamps import is_time_stamp


@pytest.mark.parametrize("line", [
    "Uppdaterad 15.59 \\| Publicerad 14.14",
    "**Giriş:**03.07.2024 - 18:24",
    "**Güncelleme:**03.07.2024 - 18:57",
    "Updated: March 5, 2024 at 3:15 p.m. EST",
    "Published 3 hours ago",
    "Veröffentlicht am 12.03.2024, 10:15 Uhr",
    "Stand: 21.04.2024 18:00 Uhr MESZ",
    "Publié le 3 mars 2024 à 10h15",
    "*Last updated on Tuesday 5 March 2024*",
    "Publicado el 12/03/2024 a las 10:15",
    "20 Nisan 2026•Güncelleme: 20 Nisan 2026",  # a date first, then a label
    "March 5, 2024 | Updated 3:15 p.m.",
    "Published",  # the label alone, its date set apart and left out
    "**Zuletzt aktualisiert:**",
])
def test_a_time_stamp(line):
    assert is_time_stamp(line)


@pytest.mark.parametrize("line", [
    "Updated list of victims",  # no date or time
    "Published 2 books in 2019 with Penguin",  # a sentence about a book
    "Updated 12.03.2024 by Jane Roe",  # a name besides the date
    "Posted 5 March 2024 The police said the man was arrested.",
    "On March 5, 2024 the council published its report.",  # no label first
    "15.59: The police closed the road.",  # a live blog's entry
    "20 Nisan 2026",  # a date alone, no label
    "20 Nisan 2026 günü güncelleme toplantısı yapıldı",  # a sentence
    "Published on 12 March 2024, the report found that two in five schools lacked heating "
    "in the winter months of the last three years.",  # too long
])
def test_not_a_time_stamp(line):
    assert not is_time_stamp(line)


def test_a_time_stamp_is_furniture():
    assert is_furniture("Uppdaterad 15.59 \\| Publicerad 14.14")
