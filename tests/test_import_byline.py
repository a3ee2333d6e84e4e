"""Imported bylines name the authors; the publisher itself goes to source.name."""

from __future__ import annotations

import pytest

from explainer.importer.bylinenames import clean_byline
from explainer.importer.bylines import _names_host, _publisher, byline
from explainer.importer.html import parse_html
from explainer.importer.metadata import PageMeta
from tests.test_import_html import page


def author(*names: str) -> str:
    return "".join(f'<meta name="author" content="{n}">' for n in names)


def imported(head: str, url: str = "https://www.rivergazette.co.uk/news/bridge"):
    return parse_html(page(head), url=url)


def test_several_authors_are_kept_in_order():
    assert imported(author("Jane Roe", "Ali Hashem")).byline == ("Jane Roe", "Ali Hashem")


@pytest.mark.parametrize("publisher", ["The River Gazette", "River Gazette News",
                                       "Rivergazette", "River Gazette Staff", "Newsroom",
                                       "Editorial", "The Editorial Board"])
def test_the_publisher_is_no_byline(publisher):
    article = imported(author(publisher))
    assert article.byline == () and article.source_name == "The River Gazette"


def test_a_byline_that_is_the_first_word_of_the_site_s_name_is_the_publisher():
    html = page(author("LBCI")).replace('content="The River Gazette"', 'content="LBCI Lebanon"')
    assert parse_html(html, url="https://www.lbcgroup.tv/news/1").byline == ()


def test_a_person_whose_name_opens_the_site_s_name_is_the_byline():
    html = page(author("Jane Roe")).replace('content="The River Gazette"',
                                            'content="Jane Roe Photography"')
    assert parse_html(html, url="https://photos.example.org/post").byline == ("Jane Roe",)


def test_a_publisher_named_beside_a_person_is_left_out():
    assert imported(author("Jane Roe", "The River Gazette")).byline == ("Jane Roe",)


def test_a_publisher_named_with_its_article_beside_a_person_is_left_out_on_another_host():
    article = imported(author("Jane Roe", "The River Gazette"), url="https://www.rg.example/n")
    assert article.byline == ("Jane Roe",)


def test_a_publisher_named_by_the_host_alone_becomes_the_source():
    html = page(author("BBC News")).replace(
        '<meta property="og:site_name" content="The River Gazette">', "")
    article = parse_html(html, url="https://www.bbc.co.uk/news/world-1")
    assert article.byline == () and article.source_name == "BBC News"


def without_site_name(head: str) -> str:
    return page(head).replace('<meta property="og:site_name" content="The River Gazette">', "")


LD_PUBLISHER = ('<script type="application/ld+json">{"@type": "NewsArticle", "publisher": '
                '{"@type": "Organization", "name": "Associated Press"}, "author": '
                '{"@type": "Organization", "name": "Associated Press"}}</script>')


def test_the_publisher_named_in_json_ld_is_no_byline():
    article = parse_html(without_site_name(LD_PUBLISHER + author("Associated Press")),
                         url="https://apnews.com/article/x")
    assert article.byline == () and article.source_name == "Associated Press"


def test_the_publisher_named_in_a_meta_tag_is_no_byline():
    head = '<meta name="publisher" content="Deutsche Welle (www.dw.com)">' + author(
        "Deutsche Welle (www.dw.com)", "Jane Roe")
    article = parse_html(without_site_name(head), url="https://www.dw.com/de/x")
    assert article.byline == ("Jane Roe",)
    assert article.source_name == "Deutsche Welle"  # without its address after it


def test_an_author_whose_name_the_publishers_holds_is_the_publisher():
    assert _publisher("Deutsche Welle", ["Deutsche Welle (www.dw.com)"], "dw.com")
    assert not _publisher("Welle", ["Deutsche Welle (www.dw.com)"], "dw.com")


def test_a_person_named_as_the_publisher_is_the_author():  # a blog's theme
    ld = ('<script type="application/ld+json">{"@type": "BlogPosting", "publisher": '
          '{"@type": "Person", "name": "Jane Doe"}}</script>')
    assert imported(ld + author("Jane Doe")).byline == ("Jane Doe",)


def test_a_publication_named_after_its_author_keeps_the_author():
    head = '<meta name="publisher" content="Stratechery by Ben Thompson">' + author(
        "Ben Thompson")
    assert parse_html(without_site_name(head), url="https://stratechery.com/x").byline == (
        "Ben Thompson",)


def test_authors_given_as_their_pages_addresses_are_named_as_the_page_shows_them():
    head = author("https://www.rivergazette.co.uk/profile/jane-roe,"
                  "https://www.rivergazette.co.uk/profile/ali-hashem")
    shown = ('<div class="meta"><a rel="author" href="/profile/jane-roe">Jane Roe</a></div>'
             '<div class="meta"><a rel="author" href="/profile/ali-hashem">Ali Hashem</a></div>')
    assert parse_html(page(head, body_extra=shown)).byline == ("Jane Roe", "Ali Hashem")


def test_an_authors_address_is_the_name_a_plain_link_to_it_shows():
    head = author("https://www.rivergazette.co.uk/editors/jane-roe")
    shown = ('<div><a href="/about/editors/jane-roe/">Jane Roe</a>, '
             '<a href="/about/editors/jane-roe/">@janeroe</a></div>')
    assert parse_html(page(head, body_extra=shown)).byline == ("Jane Roe",)


def test_an_authors_address_the_page_shows_no_name_for_is_no_byline():
    head = author("https://www.facebook.com/rivergazette")
    assert imported(head).byline == ()


def test_an_agency_is_a_byline_when_no_person_is_named():
    assert imported(author("AFP")).byline == ("AFP",)


def test_an_address_is_no_byline():
    assert imported(author("jane.roe@rivergazette.co.uk")).byline == ()


def test_a_short_site_name_does_not_swallow_names():
    html = page(author("Japan Smith")).replace('content="The River Gazette"', 'content="AP"')
    assert parse_html(html).byline == ("Japan Smith",)


def test_a_picture_credit_as_one_name_is_no_byline():  # as trafilatura may find it
    assert _publisher("Fredrik Persson/AP", [], "euronews.com")
    assert not _publisher("Fredrik Persson", [], "euronews.com")


@pytest.mark.parametrize(("name", "host", "publisher"), [
    ("Guardian", "www.theguardian.com", True),
    ("The Huffington Post", "www.huffingtonpost.com", True),  # "The" before the host's name
    ("Stuttgarter Zeitung", "stuttgarter-zeitung.de", True),
    ("BR", "br.de", True),
    ("Smart Shopping Team", "mentalfloss.com", True),
    ("Quelle:", "sportschau.de", True),
    ("Hillary Clinton", "thehill.com", False),
    ("Brian Smith", "br.de", False),
    ("Timothy Lee", "time.com", False),
])
def test_the_publisher_by_its_host(name, host, publisher):
    assert _publisher(name, [], host) is publisher


@pytest.mark.parametrize(("written", "names"), [
    ("Xiaoying You, Rachel Brazil, You, Xiaoying, Brazil", ("Xiaoying You", "Rachel Brazil")),
    ("Sauli Giliard, Sauli.giliard", ("Sauli Giliard",)),
    ("Steven Shepard Link Copied", ("Steven Shepard",)),
    ("Laura Adkins December", ("Laura Adkins",)),
    ("Gina Trapani CEO", ("Gina Trapani",)),
    ("Ellyn Shook Ellyn Shook", ("Ellyn Shook",)),
    ("Jason Burke in Johannesburg", ("Jason Burke",)),
    ("Peter Beaumont in Jerusalem and Hazem Balousha in Gaza City",
     ("Peter Beaumont", "Hazem Balousha")),
    ("Staff and agencies in Kabul", ()),
    ("Sophie in 't Veld", ("Sophie in 't Veld",)),
    ("Capital Von Jemima Kelly", ("Jemima Kelly",)),
    ("Autor Monika Bolliger", ("Monika Bolliger",)),
    ("Howard Blume Staff Writer", ("Howard Blume",)),
    ("By Takeo Maeda and Tatsuya Tanoue / Yomiuri Shimbun Staff Writers",
     ("Takeo Maeda", "Tatsuya Tanoue")),  # the paper's staff after a slash
    ("Marguerite Reardon Dec. 22, 2016 5:00 a.m. PT", ("Marguerite Reardon",)),
    ("신현주 기자", ("신현주",)),
    ("박준석 기자 외 1명", ("박준석",)),  # "and one other"
    ("See", ()),
    ("authornamef=Dolores+Chang", ()),
    ("AB-" * 40 + " CD", ()),  # over 100 characters: no one's name
    ("Mathias Hagen / Journalist, Anders Skjerdingstad / Journalist",
     ("Mathias Hagen", "Anders Skjerdingstad")),
    ("Mathias Hagen, Journalist", ("Mathias Hagen",)),
    ("Veröffentlicht am 27.04.24 um 07:39 Uhr", ()),
    ("Foto: Mads Claus Rasmussen", ()),
    ("Account You're logged", ()),  # a login box read as the author
    ("Logged in as Account", ()),
    ("LILIAN ALEMAGNA, LAURE BRETTON Envoyés spéciaux à Toulouse",
     ("LILIAN ALEMAGNA", "LAURE BRETTON")),  # special correspondents
    ("Submitted", ()),  # Drupal's "Submitted on Mon, 2019-01-21" as trafilatura reads it
    ("Posted", ()),
    ("Politik · Jane Roe, John Doe", ("Jane Roe", "John Doe")),  # the section before a dot
    ("Wirtschaft • Jane Roe", ("Jane Roe",)),
])
def test_a_byline_keeps_the_names_only(written, names):
    assert clean_byline([written]) == names


def test_a_longer_list_of_the_same_authors_wins():
    head = ('<meta name="author" content="Howard Schneider">'
            '<span class="byline">Howard Schneider, Lindsay Dunsmuir</span>')
    assert imported(head).byline == ("Howard Schneider", "Lindsay Dunsmuir")


def test_a_company_beside_a_person_is_left_out():
    assert imported(author("Mediagene Inc", "Jane Roe")).byline == ("Jane Roe",)


def test_the_copyright_holder_beside_a_person_is_left_out():
    head = '<meta name="copyright" content="Copyright (c) Condé Nast 2024">' + author(
        "Condé Nast", "Jane Roe")
    shown = '<span class="byline">Jane Roe</span>'
    assert parse_html(page(head, body_extra=shown)).byline == ("Jane Roe",)


def test_a_copyright_holder_the_byline_shows_stays_in_it():  # a blogger owns the blog
    head = '<meta name="copyright" content="© 2024 Jane Roe">' + author("Jane Roe", "Ali Hashem")
    shown = '<span class="byline">Jane Roe and Ali Hashem</span>'
    assert parse_html(page(head, body_extra=shown)).byline == ("Jane Roe", "Ali Hashem")


def test_a_copyright_holder_stays_where_the_page_shows_no_byline():
    head = '<meta name="copyright" content="© 2024 Jane Roe">' + author("Jane Roe", "Ali Hashem")
    assert imported(head).byline == ("Jane Roe", "Ali Hashem")


def test_an_address_beside_the_name_it_spells_keeps_the_name():
    shown = ('<div class="byline">By Jane Roe and Ali Hashem</div>'
             '<div class="byline">jane.roe@paper.com</div>')
    assert parse_html(page("", body_extra=shown)).byline == ("Jane Roe", "Ali Hashem")


def test_an_authors_address_with_a_query_names_nobody():
    head = author("https://www.rivergazette.co.uk/author/?id=5")
    shown = '<a href="/author/?id=77">Author</a>'
    assert parse_html(page(head, body_extra=shown)).byline == ()


def test_an_address_read_as_a_name_is_no_byline():
    html = page('<span class="byline">Mike Cason | mcason@al.com</span>')
    article = parse_html(html, url="https://www.al.com/news/x")
    assert article.byline == ("Mike Cason",)


def test_meta_tags_saved_with_value_instead_of_content_are_read():
    head = '<meta name="author" value="Jane Roe">'
    assert imported(head).byline == ("Jane Roe",)


def test_a_site_name_holding_an_ampersand_is_the_publisher_not_a_person():
    html = page(author("Mac &amp; i")).replace("The River Gazette\">", "Mac &amp; i\">")
    article = parse_html(html, url="https://www.heise.de/mac-and-i/news")
    assert article.byline == () and article.source_name == "Mac & i"


def shown_byline(head: str, byline: str):
    html = page(head).replace("<article>", f'<article><p class="byline">{byline}</p>')
    return parse_html(html, url="https://www.rivergazette.co.uk/news/bridge")


def test_a_metadata_author_the_reader_never_sees_beside_a_shown_one_is_left_out():
    assert shown_byline(author("Jane Roe", "Ali Hashem"), "By Jane Roe").byline == ("Jane Roe",)


def test_metadata_authors_all_shown_are_all_kept_in_order():
    assert shown_byline(author("Jane Roe", "Ali Hashem"),
                        "By Jane Roe and Ali Hashem").byline == ("Jane Roe", "Ali Hashem")


def test_a_metadata_author_the_page_never_shows_gives_way_to_the_byline_it_shows():
    article = shown_byline(author("新間"), "By Takeo Maeda and Tatsuya Tanoue / Yomiuri "
                           "Shimbun Staff Writers")  # the account that posted the story
    assert article.byline == ("Takeo Maeda", "Tatsuya Tanoue")


def test_a_metadata_author_in_the_script_of_the_shown_names_stays():
    # the page may show her by her initials ("SDA/sep"); the shown name may be a teaser's
    assert shown_byline(author("Paula Steiger"), "Rahel Freiburghaus").byline == (
        "Paula Steiger",)


def test_a_metadata_author_is_kept_when_the_page_shows_no_byline_of_its_own():
    assert imported(author("Jane Roe")).byline == ("Jane Roe",)


def test_a_name_in_a_script_is_not_shown_to_the_reader():
    script = '<script>var editor = "Ali Hashem";</script>'
    assert shown_byline(author("Jane Roe", "Ali Hashem"),
                        f"By JANE ROE{script}").byline == ("Jane Roe",)


@pytest.mark.parametrize("agency", ["Deutsche Presse-Agentur", "Agence France-Presse",
                                    "Anadolu Ajansı", "Agenzia Nova", "Reuters", "Xinhua",
                                    "Kyodo"])
def test_a_news_agency_beside_a_person_is_left_out(agency):
    assert imported(author("Konstantin Furrer", agency)).byline == ("Konstantin Furrer",)


def test_an_author_statement_that_writes_the_site_s_address_is_its_desk():
    head = author("Zone Justice et faits divers - ICI.Radio-Canada.ca")
    article = parse_html(without_site_name(head), url="https://ici.radio-canada.ca/nouvelle/1")
    assert article.byline == ()


def test_an_author_with_an_e_mail_address_at_the_site_is_a_person():
    head = author("Jane Roe jane.roe@rivergazette.co.uk")
    assert imported(head, url="https://rivergazette.co.uk/news/bridge").byline == ("Jane Roe",)


def test_a_link_to_the_author_s_page_at_the_site_is_no_desk():
    head = author("Dolores Chang") + (
        '<meta property="article:author" content="https://www.rivergazette.co.uk/search.html'
        '?authornamef=Dolores+Chang">')
    assert imported(head).byline == ("Dolores Chang",)


@pytest.mark.parametrize("shown", ["By Jane Roe and John A. Doe", "By JANE ROE and JOHN DOE"])
def test_a_co_author_shown_with_a_middle_initial_or_in_capitals_is_kept(shown):
    assert shown_byline(author("Jane Roe", "John Doe"), shown).byline == ("Jane Roe", "John Doe")


def test_a_co_author_shown_with_accents_is_kept():
    assert shown_byline(author("Jane Roe", "Jose Alvarez"),
                        "By Jane Roe and José Álvarez").byline == ("Jane Roe", "Jose Alvarez")


@pytest.mark.parametrize("statement", ["Jane Roe - rivergazette.co.uk",
                                       "Jane Roe, rivergazette.co.uk contributor"])
def test_a_person_beside_the_site_s_address_is_the_author(statement):
    assert imported(author(statement)).byline == ("Jane Roe",)


@pytest.mark.parametrize("statement, desk", [
    ("Zone Justice et faits divers - ICI.Radio-Canada.ca", True),
    ("Zone Justice et faits divers - microsoft-ici.radio-canada.ca", False),  # another host
    ("Jane Roe - ici.radio-canada.ca", False),
    ("jane.roe@ici.radio-canada.ca", False),
])
def test_a_statement_names_the_site_s_desk(statement, desk):
    assert _names_host(statement, "ici.radio-canada.ca") is desk


def test_an_author_given_as_a_web_address_names_nobody():
    # trafilatura reads "www.facebook.com/janeroenews" as "Www Facebook Com; Janeroenews"
    article = imported(author("www.facebook.com/janeroenews"))
    assert article.byline == ()


def test_an_author_s_own_site_given_as_the_author_is_no_address_read_as_a_name():
    meta = PageMeta(authors=["https://jane-roe.com/"])
    assert byline(meta, "Jane Roe", "rivergazette.co.uk")[0] == ("Jane Roe",)


def test_a_person_beside_an_author_given_as_a_web_address_is_kept():
    article = imported(author("https://twitter.com/janeroe") + author("Jane Roe"))
    assert article.byline == ("Jane Roe",)


def test_a_news_agency_alone_is_the_byline():
    assert imported(author("Reuters")).byline == ("Reuters",)
