"""A lead picture's caption and credit apart, as an editor writes them in ``image:``; a caption
set apart from its picture leaves the text."""

from __future__ import annotations

import pytest

from explainer.importer.addresses import same_id, same_picture
from explainer.importer.captions import caption_and_credit
from explainer.importer.html import parse_html
from tests.test_import_html import PARAGRAPHS, page


@pytest.mark.parametrize(("caption", "credit", "expected"), [
    ("Firefighters in Valencia. Photograph: Eva Roe/Reuters", None,
     ("Firefighters in Valencia.", "Eva Roe/Reuters")),
    ("‘The protests grew after the bill.’ Photograph: AFP via Getty", None,
     ("‘The protests grew after the bill.’", "AFP via Getty")),
    ("Workers at the stadium on Monday. (Robert Roe / Los Angeles Times)", None,
     ("Workers at the stadium on Monday.", "Robert Roe / Los Angeles Times")),
    ("A man speaks at a rally (Adel Roe/Associated Press)", None,
     ("A man speaks at a rally", "Adel Roe/Associated Press")),
    ("(The Independent)", None, (None, "The Independent")),
    ("Protesters in Paris on May 1. REUTERS/Jane Roe", None,
     ("Protesters in Paris on May 1.", "REUTERS/Jane Roe")),
    ("A plane in Pokhara. @SubasRoe/via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. "
     "MANDATORY CREDIT. NO RESALES. NO ARCHIVES", None,
     ("A plane in Pokhara.", "@SubasRoe/via REUTERS")),
    ("The mayor at the bridge.", "(Jane Roe / Gazette)", ("The mayor at the bridge.",
                                                          "Jane Roe / Gazette")),
    ("The bridge. Photo: Jane Roe", "River Gazette", ("The bridge.", "River Gazette")),
    ("REUTERS/Brendan Roe", None, (None, "REUTERS/Brendan Roe")),  # a caption only a credit
    ("Jane Roe/AFP", None, (None, "Jane Roe/AFP")),
    ("Grady Roe (l.) and Vivek Roe (Photo credit: HackerRank)", None,
     ("Grady Roe (l.) and Vivek Roe", "HackerRank")),
    ("The mayor at the bridge (Photo: Jane Roe)", None, ("The mayor at the bridge", "Jane Roe")),
    ("The bridge.", "Photo: Jane Roe", ("The bridge.", "Jane Roe")),  # a credit's label goes
    ("The bridge.", "Credit: Jane Roe on YouTube", ("The bridge.", "Jane Roe on YouTube")),
    ("© BART ROE", None, (None, "BART ROE")),  # a caption that is only a copyright notice
    ("LAS VEGAS, NV - FEBRUARY 11: Fans at the stadium on Sunday.", None,  # an agency's dateline
     ("Fans at the stadium on Sunday.", None)),
    ("KYIV, UKRAINE — MARCH 3, 2024: Rescuers at the site. (Photo by Jane Roe/Getty Images)",
     None, ("Rescuers at the site.", "Jane Roe/Getty Images")),
    ("WASHINGTON - The senator speaks.", None, ("WASHINGTON - The senator speaks.", None)),
    ("The bridge.", "© Picture Alliance", ("The bridge.", "Picture Alliance")),
    ("The bridge.", "Copyright: Jane Roe", ("The bridge.", "Jane Roe")),
    ("The bridge.", "коллаж: Андрей Роев", ("The bridge.", "Андрей Роев")),
    ("She will succeed Michael D. Higgins. | Niall Roe/PA Images via Getty Images", None,
     ("She will succeed Michael D. Higgins.", "Niall Roe/PA Images via Getty Images")),
    ("通話試験を行う技官（警視庁提供）", None, ("通話試験を行う技官", "警視庁提供")),
    ("коллаж: Андрей Роев", None, (None, "Андрей Роев")),  # a label and a name alone
    ("Image Credits: Strava", None, (None, "Strava")),
    ("Bild: Wahlbeteiligung", None, ("Bild: Wahlbeteiligung", None)),  # what is shown
    ("© Jane Roe | The old bridge at dawn", None, ("The old bridge at dawn", "Jane Roe")),
    ("Foto: picture alliance/dpa", None, (None, "picture alliance/dpa")),
    ("Foto: dpa", None, (None, "dpa")),
    ("Tanks in Gaza. Foto: picture alliance / SZ Photo", None,
     ("Tanks in Gaza.", "picture alliance / SZ Photo")),  # a brand in lower case
    ("A march in Lahore. /AFP via Getty Images", "GHULAM ROE",
     ("A march in Lahore.", "GHULAM ROE/AFP via Getty Images")),  # a credit's tail
    ("A march in Lahore. /AFP via Getty Images", None,
     ("A march in Lahore.", "AFP via Getty Images")),
    ("A market in Hebron on Monday. Jane ROE / AFP", None,  # the slash spaced
     ("A market in Hebron on Monday.", "Jane ROE / AFP")),
    ("A pharmacy in Osaka runs low on masks. | KYODO", None,  # capitals alone after a bar
     ("A pharmacy in Osaka runs low on masks.", "KYODO")),
    ("Jane Roe, ASSOCIATED PRESS", None, (None, "Jane Roe, ASSOCIATED PRESS")),  # only a credit
])
def test_the_credit_a_caption_closes_with_goes_apart(caption, credit, expected):
    assert caption_and_credit(caption, credit) == expected


@pytest.mark.parametrize("caption", [
    "Photo: the bridge at night",  # a caption that is only a label and words
    "A NATO TANK ON THE ROAD",
    "Soldiers of the U.S. ARMY on parade",
    "The mayor (left) and her deputy",
    "The old bridge (built in 1930)",
    "Fans cheer in New York City Jane Roe/AP",
    "Rescuers at the rubble. Pictures by drone footage showed the scale",
    "Oil prices (Brent/WTI)",
    "Leaders meet (left/right)",
    "Summit (L-R: Biden/Putin)",
    "The old mill (File photo)",
    "Rally in Madrid | Sport",  # a bar before words that name no picture agency
    "© marks a copyright notice.",
    "Photo: A bridge in the dark",
    "Harry Kane | Bayern Munich 2023/24",  # a year's slash
    "Picture: The Eiffel Tower",  # what is shown
    "Grafik: Wahlbeteiligung",
    "Protesters in front of the Musée de l'Image: Jean Dupont",
    "© AFP Demonstrators gather outside parliament in Tbilisi",
])
def test_a_caption_without_a_credit_stays(caption):
    assert caption_and_credit(caption, None) == (caption, None)


def test_a_credit_loses_the_zero_width_spaces_that_break_it():
    assert caption_and_credit("A match in Madrid.", "© Alba Roe/\u200bAgencia LOF/\u200bdpa") == (
        "A match in Madrid.", "Alba Roe/Agencia LOF/dpa")


@pytest.mark.parametrize(("named", "shown", "same"), [
    ("https://x.com/up/2025/03/impreso.jpg", "https://x.com/up/2025/03/impreso-696x464.jpg", True),
    ("https://img.x.de/a/b/c/wide__1300x731", "https://img.x.de/a/b/c/wide__980x551", True),
    ("https://x.com/up/photo-1.jpg", "https://x.com/up/photo-2.jpg", False),
    ("https://x.com/a/1200x630.jpg", "https://x.com/b/640x480.jpg", False),
    ("https://cdn.x.com/resize/1200x630!/?url=https%3A%2F%2Fs3.x.com%2Fa%2Fcomposite.jpg",
     "https://cdn.x.com/resize/800x600!/?url=https%3A%2F%2Fs3.x.com%2Fa%2Fcomposite.jpg", True),
    ("https://cdn.x.com/resize/1200x630!/?url=https%3A%2F%2Fs3.x.com%2Fa%2Fcomposite.jpg",
     "https://cdn.x.com/resize/1200x630!/?url=https%3A%2F%2Fs3.x.com%2Fa%2Ffootball.jpg", False),
    ("https://x.com/_next/image?url=%2Fmedia%2Flead.jpg&w=1200", "https://x.com/media/lead.jpg",
     True),
    ("https://x.com/photos/", "https://x.com/other/", False),
    ("https://x.com/a/flood-lead.jpg?source=https://x.com/news/floods",
     "https://x.com/b/mayor.jpg?source=https://x.com/news/floods", False),
    ("https://cdn.x.com/resize/800x600!/?x=/", "https://cdn.x.com/crop/1200!/?x=/", False),
    ("https://x.com/a/170309_POL_rally.jpg.CROP.promo-xlarge2.jpg",  # renditions of one file
     "https://x.com/a/170309_POL_rally.jpg.CROP.cq5dam_web_1280.jpg", True),
    ("https://x.com/a/161110-nasa_ea6b06bb.nbcnews-fp-1200-630.jpg",
     "https://x.com/b/161110-nasa_ea6b06bb.fit-760w.jpg", True),
    ("https://x.com/a/photo-of-the-day.1.jpg", "https://x.com/a/photo-of-the-day.2.jpg", False),
    ("https://x.com/i/5b19241f05cce3d765edcd5ebfd3a4db/?t=resize:2000:1250",  # by its folder
     "https://x.com/i/5b19241f05cce3d765edcd5ebfd3a4db/?t=resize:948:593", True),
    ("https://x.com/i/free/?t=resize:2000", "https://x.com/i/free/?t=resize:948", False),
    ("https://x.com/b/iran-flagge-rakete-100~1280x720", "https://x.com/b/iran-flagge-rakete-100~2600x1300",
     True),
    ("https://x.com/r/?m=02&d=20191119&i=1454231854&w=1200&r=LYNX",  # named in the query
     "//x.com/r/?m=02&d=20191119&i=1454231854&r=LYNX&w=20", True),
    ("https://x.com/r/?i=1454231854&w=1200", "https://x.com/r/?i=1454231899&w=1200", False),
    ("https://x.com/r/?page=2&w=1200", "https://x.com/r/?page=2&w=20", False),  # no id
])
def test_a_resized_copy_is_the_same_picture(named, shown, same):
    assert same_picture(named, shown) is same


@pytest.mark.parametrize(("named", "shown", "same"), [
    ("https://x.com/i/f9575e06-762d-4717-89f9-4773a460beff_facebook-watermarked.jpg",
     "https://x.com/i/f9575e06-762d-4717-89f9-4773a460beff_16-9-discover.jpg", True),  # a UUID
    ("https://x.com/f9575e06-762d-4717-89f9-4773a460beff/a.jpg",  # an article's folder
     "https://x.com/f9575e06-762d-4717-89f9-4773a460beff/b.jpg", False),
    ("https://x.com/a/65453399_6.jpg", "https://x.com/b/65453399_303.jpg", True),  # an id
    ("https://x.com/a/20240315_1.jpg", "https://x.com/a/20240315_2.jpg", False),  # a date
    ("https://x.com/p/7/e/csm_gaza-ecchr-vb_a395f41217.jpg",
     "https://x.com/p/7/e/csm_gaza-ecchr-vb_93268333ee.jpg", True),  # one name hashed twice
    ("https://x.com/p/csm_gaza-ecchr-vb_a395f41217.jpg",
     "https://x.com/q/csm_gaza-ecchr-vb_93268333ee.jpg", False),  # in two folders
    ("https://x.com/p/team-photo_1a2b3c4d5e.jpg", "https://x.com/p/team-photo_9f8e7d6c5b.jpg",
     False),  # a generic name
    ("https://x.com/p/photo_12345678.jpg", "https://x.com/p/photo_87654321.jpg", False),
    ("https://x.com/i/c_AS20190301001974_comm.jpg", "https://x.com/L/AS20190301001974.jpg", True),
    ("https://x.com/20250602.a5dac8b442e34905b98a743f723995be_R.png",  # a hash, a rendition
     "https://x.com/20250602.a5dac8b442e34905b98a743f723995be_P1.png", True),
    ("https://x.com/i/AS20190301001974.jpg", "https://x.com/i/AS20190301001975.jpg", False),
    ("https://x.com/images/fotos841_20200428125352591-jpg/25784512/4-format530.jpg",
     "https://x.com/images/fotos841_20200428125352591-jpg/25784512/4-format6001.jpg?a=1",
     True),  # the picture's own folder, named for its file
    ("https://x.com/imgs/18/1/4/Barcode-Scanner-f0c62350bd8d9d96.jpeg",  # behind a resizer
     "https://cdn.x.com/scale/geometry/600/q75/imgs/18/1/4/Barcode-Scanner-fc08c913da5cea5d.jpeg",
     True),
    ("https://x.com/imgs/18/1/4/Barcode-Scanner-f0c62350bd8d9d96.jpeg",
     "https://x.com/imgs/19/2/5/Barcode-Scanner-fc08c913da5cea5d.jpeg", False),
])
def test_renditions_named_by_one_id_may_be_one_picture(named, shown, same):
    assert same_id(named, shown) is same


def test_a_caption_set_apart_from_its_picture_leaves_the_text():
    caption = "The mayor opens the old bridge to walkers on Tuesday morning"
    extra = (f'<div class="pic"><img src="https://cdn.invalid/b.jpg" alt="{caption}">'
             f"<p>{caption}</p></div><p>{PARAGRAPHS[0].replace('council', 'town')}</p>")
    paragraphs = parse_html(page(body_extra=extra)).paragraphs
    assert caption not in paragraphs and len(paragraphs) == 5


def test_a_short_alt_text_takes_no_paragraph_with_it():
    extra = '<img src="https://cdn.invalid/b.jpg" alt="Work starts soon"><p>Work starts soon</p>'
    assert "Work starts soon" in parse_html(page(body_extra=extra)).paragraphs


def test_a_heading_that_a_picture_s_alt_text_repeats_stays():
    heading = "The mayor opens the old bridge to walkers on Tuesday morning"
    extra = (f'<section><h2>{heading}</h2><img src="https://cdn.invalid/b.jpg" alt="{heading}">'
             f"<p>{PARAGRAPHS[0].replace('council', 'town')}</p></section>")
    assert f"## {heading}" in parse_html(page(body_extra=extra)).paragraphs


def test_a_paragraph_whose_words_a_picture_repeats_stays():
    extra = (f'<img src="https://cdn.invalid/b.jpg" alt="{PARAGRAPHS[1]}">'
             f"<p>{PARAGRAPHS[0].replace('council', 'town')}</p>")
    assert PARAGRAPHS[1] in parse_html(page(body_extra=extra)).paragraphs


def test_a_caption_that_ends_with_a_name_in_brackets_ends_no_sentence():
    caption = "Jane Roe (River Party) opens the old bridge with John Doe (Town Party)"
    extra = f'<img src="https://cdn.invalid/b.jpg" alt="{caption}"><p>{caption}</p>'
    assert caption not in parse_html(page(body_extra=extra)).paragraphs


def test_a_sentence_that_ends_with_an_agency_in_brackets_stays_though_a_picture_repeats_it():
    from explainer.importer.captions import without_captions
    from explainer.importer.teasers import paragraph_letters
    said = "The mayor said the bridge would open in May. (AP)"
    assert without_captions([said, "More."], {paragraph_letters(said)}) == [said, "More."]
