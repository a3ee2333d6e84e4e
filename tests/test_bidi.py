"""Right-to-left text: the direction of languages, and Arabic inside English bodies."""

from __future__ import annotations

import markdown
import pytest

from explainer.core.spec import SiteSpec
from explainer.glossary.bidi import BidiExtension, direction, guess_language
from tests.conftest import EXPLAINER


def render(text: str, language: str | None = "en") -> str:
    return markdown.Markdown(extensions=["extra", BidiExtension(language)]).convert(text)


@pytest.mark.parametrize(("language", "expected"), [
    ("ar", "rtl"), ("he-IL", "rtl"), ("fa", "rtl"), ("ur", "rtl"), ("en", "ltr"),
    ("en-GB", "ltr"), ("", "ltr"), (None, "ltr")])
def test_the_direction_of_a_language(language, expected) -> None:
    assert direction(language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("جامعة الدول العربية", "ar"), ("پارلمان", "fa"), ("پاکستان ہے", "ur"), ("ירושלים", "he")])
def test_the_language_is_guessed_from_the_letters(text, expected) -> None:
    assert guess_language(text) == expected


def test_an_arabic_name_in_english_is_isolated_with_its_language() -> None:
    assert render("The League (جامعة الدول العربية) met.") == (
        '<p>The League (<bdi dir="rtl" lang="ar">جامعة الدول العربية</bdi>) met.</p>')


def test_a_quotation_after_a_link_is_isolated_too() -> None:
    assert render('[Al Jazeera](https://x.org) quoted "سوريا أولا".') == (
        '<p><a href="https://x.org">Al Jazeera</a> quoted "<bdi dir="rtl" lang="ar">'
        'سوريا أولا</bdi>".</p>')


def test_two_runs_in_one_paragraph_are_isolated_apart() -> None:
    assert render("From دمشق to عمان.") == (
        '<p>From <bdi dir="rtl" lang="ar">دمشق</bdi> to <bdi dir="rtl" lang="ar">عمان</bdi>.</p>')


def test_an_element_marked_with_an_rtl_language_gets_its_direction() -> None:
    assert render('The name <span lang="ar">الأسد</span> is common.') == (
        '<p>The name <span lang="ar" dir="rtl">الأسد</span> is common.</p>')


def test_attr_list_languages_get_their_direction() -> None:
    assert render("It means *نعم*{: lang=ar }.") == (
        '<p>It means <em lang="ar" dir="rtl">نعم</em>.</p>')


def test_a_given_direction_is_kept() -> None:
    assert render('<span lang="ar" dir="ltr">x</span>') == (
        '<p><span lang="ar" dir="ltr">x</span></p>')


def test_code_is_left_alone() -> None:
    assert render("Type `سلام` here.") == "<p>Type <code>سلام</code> here.</p>"


def test_a_right_to_left_body_is_not_wrapped() -> None:
    assert render("قالت الولايات المتحدة", "ar") == "<p>قالت الولايات المتحدة</p>"


def test_an_arabic_explainer_is_laid_out_right_to_left(make_site, tmp_path) -> None:
    from explainer.pipeline.builder import build_files
    arabic = EXPLAINER.replace("tags: [syria]", "tags: [syria]\nlanguage: ar").replace(
        "Syria was suspended", "علقت عضوية سوريا. Syria was suspended")
    files = build_files(SiteSpec(make_site({"explainers/test.md": arabic}))).files
    html = files["explainers/test/index.html"].decode()
    assert '<html lang="en" dir="ltr">' in html
    assert 'lang="ar" dir="rtl">' in html and "<bdi" not in html


def test_a_quoted_greater_than_sign_is_not_the_end_of_the_tag() -> None:
    assert render('<span lang="ar" title="x > y">نعم</span>') == (
        '<p><span lang="ar" title="x > y" dir="rtl">نعم</span></p>')


def test_lang_inside_another_attribute_is_not_a_language() -> None:
    assert render("<span title='say lang=\"ar\"' data-lang=\"ar\">hello</span>") == (
        "<p><span title='say lang=\"ar\"' data-lang=\"ar\">hello</span></p>")


def test_single_quoted_languages_get_their_direction() -> None:
    assert render("<span lang='ar'>نعم</span>") == (
        "<p><span lang='ar' dir=\"rtl\">نعم</span></p>")


def test_an_isolate_never_cuts_a_quotation_in_half() -> None:
    assert render('He said "حزب الله" twice.') == (
        '<p>He said "<bdi dir="rtl" lang="ar">حزب الله</bdi>" twice.</p>')
