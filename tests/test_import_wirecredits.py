"""A wire story's opening credit signs a page that names no author anywhere else."""

import pytest

from explainer.importer.wirecredits import opening_credit


@pytest.mark.parametrize(("opening", "names"), [
    ("**Berlin (dpa)** - Der Stadtrat hat am Dienstag den Haushalt beschlossen.", ("dpa",)),
    ("Madrid, 14 mar (EFE).- El ayuntamiento aprobó el presupuesto.", ("EFE",)),
    ("(ANSA) - ROMA, 03 MAR - Il consiglio comunale ha approvato il bilancio.", ("ANSA",)),
    ("BEIRUT (Reuters) - Talks resumed on Tuesday.", ("Reuters",)),
    ("新华社北京3月3日电（记者王小明）市议会周二通过了预算。", ("王小明",)),
    ("新华社北京3月3日电（记者 王小明 李华）市议会周二通过了预算。", ("王小明", "李华")),
])
def test_the_agency_or_reporters_of_the_opening_dateline_sign_the_page(opening, names):
    assert opening_credit([opening, "More text."], ["Example News"]) == names


def test_the_publisher_in_the_dateline_signs_nothing():
    assert opening_credit(["WASHINGTON (CNN) — Talks resumed."], ["CNN"], "cnn") == ()


def test_a_label_in_brackets_is_no_agency():
    assert opening_credit(["Berlin (Video) - Der Stadtrat hat beschlossen."], []) == ()


def test_a_sentence_with_brackets_later_on_is_no_dateline():
    opening = "The council, which met on Tuesday for six hours (a record), agreed - at last."
    assert opening_credit([opening], []) == ()


def test_headings_before_the_first_paragraph_are_passed_over():
    assert opening_credit(["## Budget", "Kiel (dpa) - Finnland hat gewählt."], []) == ("dpa",)


def test_a_word_in_lower_case_in_brackets_is_no_agency():
    assert opening_credit(["The council met (again) - and agreed."], []) == ()


@pytest.mark.parametrize(("sites", "label"), [(["Associated Press"], ""), ([], "apnews")])
def test_an_agency_s_own_dateline_on_its_own_site_signs_nothing(sites, label):
    assert opening_credit(["MEXICO CITY (AP) — The economy grew."], sites, label) == ()


def test_an_agency_named_by_the_first_word_of_the_site_s_name_signs_nothing():
    opening = "SEOUL, Aug. 20 (Yonhap) -- The talks resumed."
    assert opening_credit([opening], ["Yonhap News Agency"], "yna") == ()
