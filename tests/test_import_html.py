"""Importing saved web pages and whole-page text dumps; every page here is written by the test."""

from __future__ import annotations

from pathlib import Path

import frontmatter
import markdown as markdown_lib
import pytest

from explainer.commands.cli import main
from explainer.importer.bylinenames import clean_byline
from explainer.importer.clean import strip_site
from explainer.importer.decode import decode_page
from explainer.importer.emit import to_markdown
from explainer.importer.html import parse_html
from explainer.importer.text import parse_text

PARAGRAPHS = [
    "The council of the river towns met on Tuesday to agree a plan for the new bridge, "
    "which engineers say will carry twice the traffic of the old crossing.",
    "Residents on both banks have waited more than a decade for the project, and several "
    "spoke at the meeting about the long detours they make every day.",
    "The mayor said the money would come from a regional fund and from tolls on lorries, "
    "while cars and bicycles would cross for free in the first five years.",
    "Work is due to start in the spring, and the council expects the bridge to open before "
    "the end of the following year if the weather allows.",
]


def page(head: str = "", body_extra: str = "", charset: str = "utf-8") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!doctype html><html lang="en"><head><meta charset="{charset}">
<title>Towns agree plan for new river bridge | The River Gazette</title>
<meta property="og:site_name" content="The River Gazette">
{head}</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Towns agree plan for new river bridge</h1>
{paragraphs}
{body_extra}
</article>
<footer>Subscribe to our newsletter. Share this story. Copyright The River Gazette.</footer>
</body></html>"""


def test_title_loses_the_site_name():
    assert parse_html(page()).title == "Towns agree plan for new river bridge"


@pytest.mark.parametrize(("title", "clean"), [
    ("Bridge plan agreed - The River Gazette", "Bridge plan agreed"),
    ("The River Gazette | Bridge plan agreed", "Bridge plan agreed"),
    ("NEWS WEB EASY|子どもへの体罰を禁止する法律ができる", "子どもへの体罰を禁止する法律ができる"),
    ("Native American-Jewish justice sworn in", "Native American-Jewish justice sworn in"),
])
def test_strip_site(title, clean):
    assert strip_site(title, ["The River Gazette"]) == clean


@pytest.mark.parametrize(("raw", "names"), [
    (["By Jane Doe and John Roe"], ("Jane Doe", "John Roe")),
    (["Jane Doe, Staff writer"], ("Jane Doe",)),
    (["No Author"], ()),
    (["Updated 5 May 2024"], ()),
    (["jane@example.org"], ()),
    (["Jane Doe", "jane doe"], ("Jane Doe",)),
    (["By Jane  Doe, MA"], ("Jane Doe",)),
    (["Jana Nováková před"], ("Jana Nováková",)),
])
def test_byline_is_a_list_of_names(raw, names):
    assert clean_byline(raw) == names


def test_byline_from_the_author_meta_tag():
    head = '<meta name="author" content="By Jane Doe">'
    assert parse_html(page(head)).byline == ("Jane Doe",)


def test_summary_tags_language_and_image_from_meta():
    head = ('<meta name="description" content="Work on the bridge starts in spring &amp; ends '
            'next year."><meta name="keywords" content="bridges, traffic">'
            '<meta property="og:image" content="https://example.org/bridge.jpg">')
    article = parse_html(page(head))
    assert article.summary == "Work on the bridge starts in spring & ends next year."
    assert article.tags == ("bridges", "traffic")
    assert (article.language, article.image_src) == ("en", None)  # saved by the command
    assert article.image_refs == ("https://example.org/bridge.jpg",)


def test_tags_given_as_one_list_in_an_article_tag_are_each_a_tag_once():
    head = ('<meta name="keywords" content="Bridges,Traffic">'
            '<meta property="article:tag" content="bridges,Traffic,River towns">')
    assert parse_html(page(head)).tags == ("Bridges", "Traffic", "River towns")


def test_a_keyword_that_is_a_sentence_is_no_tag():
    head = ('<meta name="keywords" content="traffic, Why the towns waited a decade for '
            'the bridge - The River Gazette">')
    assert parse_html(page(head)).tags == ("traffic",)


def test_markdown_never_carries_raw_html_or_script_links():
    extra = ('<p>Read the <a href="javascript:alert(1)">full plan</a> and the '
             '<a href="https://example.org/plan" onclick="steal()">summary</a> now.</p>'
             "<script>alert('x')</script><iframe src='https://evil.example/'></iframe>"
             "<p>An <b>important</b> detail: tolls apply to lorries over <i>seven</i> tonnes "
             "&lt;script&gt; is only text.</p>")
    markdown = to_markdown(parse_html(page(body_extra=extra)))
    html = markdown_lib.markdown(markdown.split("\n---\n", 1)[1])
    for bad in ("<script", "javascript:", "<iframe", "onclick", "<b>"):
        assert bad not in html.lower()
    assert "[summary](https://example.org/plan)" in markdown
    assert "&lt;script&gt; is only text" in html


def test_code_cannot_close_its_fence_early():
    extra = ("<pre><code>```\n[click][1]\n\n[1]: javascript:alert(1)\n</code></pre>"
             "<p>Wow!<a href='https://tracker.example/pixel.png'>see this</a> here.</p>")
    markdown = to_markdown(parse_html(page(body_extra=extra)))
    html = markdown_lib.markdown(markdown.split("\n---\n", 1)[1], extensions=["extra"])
    assert 'href="javascript' not in html and "<img" not in html


def test_control_characters_do_not_break_the_front_matter():
    article = parse_html(page().replace("Towns agree plan", "Towns\x9d agree plan"))
    assert frontmatter.loads(to_markdown(article))["title"].startswith("Towns")


def test_xml_declaration_does_not_hide_the_metadata():
    head = '<meta name="description" content="The summary.">'
    html = '<?xml version="1.0" encoding="utf-8"?>\n' + page(head)
    assert parse_html(html).summary == "The summary."


def test_body_keeps_structure():
    extra = ("<h2>What happens next</h2><ul><li>Surveys in January</li><li>Tenders in "
             "March</li></ul><blockquote><p>We have waited long enough for this bridge, "
             "said one resident.</p></blockquote>")
    markdown = to_markdown(parse_html(page(body_extra=extra)))
    assert "## What happens next" in markdown
    assert "- Surveys in January" in markdown
    assert "> We have waited long enough" in markdown


def test_navigation_and_footer_are_dropped():
    markdown = to_markdown(parse_html(page()))
    assert "Subscribe to our newsletter" not in markdown and "[Sport]" not in markdown
    assert PARAGRAPHS[0] in markdown


def test_wrong_declared_charset_still_decodes():
    data = page(charset="iso-8859-1").replace("bridge,", "bridge café,").encode("utf-8")
    assert "café" in decode_page(data)


def test_declared_charset_is_used_when_the_bytes_are_not_utf8():
    data = page(charset="iso-8859-1").replace("bridge,", "bridge café,").encode("latin-1")
    assert "café" in decode_page(data)


def test_same_page_gives_the_same_file():
    assert to_markdown(parse_html(page())) == to_markdown(parse_html(page()))


MENU = "\n".join(["Home", "World", "Business", "Sport", "Weather", "Video", "Live"] * 5)


def test_whole_page_text_dump_keeps_the_article_only():
    dump = (f"Bridge plan agreed - The River Gazette\n\n{MENU}\n\nBy Jane Doe, Gazette "
            f"reporter\n\n" + "\n\n".join(PARAGRAPHS) + f"\n\nMost read\n{MENU}\n")
    article = parse_text(dump)
    assert article.title == "Bridge plan agreed"
    assert article.paragraphs == tuple(PARAGRAPHS)
    assert article.byline == ("Jane Doe",)


def test_cli_imports_a_folder_with_a_summary_table(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_text(page(), encoding="utf-8")
    (folder / "b.txt").write_text("Second story\n\n" + "\n\n".join(PARAGRAPHS), encoding="utf-8")
    content = tmp_path / "content"
    assert main(["import", "-v", str(folder), "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert "2 files: 2 written, 0 failed, 0 left alone (exist)" in out
    assert (content / "explainers" / "towns-agree-plan-for-new-river-bridge.md").is_file()
    assert (content / "explainers" / "second-story.md").is_file()


def test_cli_url_offline_is_a_clear_error(capsys):
    assert main(["import", "http://127.0.0.1:9/article", "--dry-run"]) == 1
    assert "error: cannot import: cannot fetch http://127.0.0.1:9/article" in (
        capsys.readouterr().err)


def test_cli_reports_terms_and_scaffolds_new_ones(tmp_path, capsys, make_site):
    content = make_site()
    source = tmp_path / "a.txt"
    source.write_text("Plan\n\nThe Arab League and the River Council met. The River Council "
                      "agreed.\n\nMore text here for the body of the story today.\n",
                      encoding="utf-8")
    assert main(["import", "-v", str(source), "--content", str(content),
                 "--new-terms", "River Council"]) == 0
    err = capsys.readouterr().err
    assert "glossary terms it mentions: Arab League" in err
    assert "candidate new terms: River Council" in err
    scaffold = content / "glossary" / "river-council.md"
    assert scaffold.read_text(encoding="utf-8").startswith('---\nterm: "River Council"\n')
    assert main(["--content", str(content), "--output", str(tmp_path / "o")]) == 1
    assert "river-council.md:4:9: error: 'summary' is empty" in capsys.readouterr().err


def test_cli_dry_run_writes_nothing(tmp_path, capsys):
    source = tmp_path / "a.html"
    source.write_text(page(), encoding="utf-8")
    assert main(["import", str(source), "--dry-run", "--content", str(tmp_path / "c")]) == 0
    assert capsys.readouterr().out.startswith('---\ntitle: "Towns agree plan')
    assert not (tmp_path / "c").exists()


def test_seed_text_import_is_unchanged_by_the_dump_rules():
    seed = Path(__file__).parent / "fixtures" / "seed" / "000_9bc3c6dfe5868321.txt"
    article = parse_text(seed.read_text(encoding="utf-8"))
    assert article.summary and article.dateline == "Washington, DC"


def test_a_persons_byline_wins_over_an_agency_in_the_metadata():
    head = '<meta name="author" content="AFP">'
    extra = '<p class="byline">By Jane Doe</p>'
    assert parse_html(page(head, extra)).byline == ("Jane Doe",)


def test_a_section_name_is_not_taken_for_the_headline():
    html = page().replace("<title>Towns agree plan for new river bridge | The River Gazette",
                          "<title>Towns agree plan for new river bridge")
    html = html.replace("<h1>Towns agree plan for new river bridge</h1>", "<h1>Local News</h1>")
    html = html.replace('<meta property="og:site_name" content="The River Gazette">',
                        '<meta property="og:title" content="Local News">')
    assert parse_html(html).title == "Towns agree plan for new river bridge"


def test_json_ld_wrapped_in_cdata_is_read():
    head = ('<script type="application/ld+json">//<![CDATA[\n{"@type": "NewsArticle", '
            '"author": [{"@type": "Person", "name": "Ana Lima"}]}\n//]]></script>')
    head = head.replace("//<![CDATA[", "<![CDATA[").replace("//]]>", "]]>")
    assert parse_html(page(head)).byline == ("Ana Lima",)


def test_byline_from_the_og_article_author_tag():
    head = '<meta property="og:article:author" content="Tom Reed">'
    assert parse_html(page(head)).byline == ("Tom Reed",)


@pytest.mark.parametrize("extra", [
    "<address>Maria Soto<br><small>12-03-2024</small></address>",
    "<p>Auteur : Maria Soto</p>",
    "<p><b>Por</b> Maria Soto</p>",
    "<p><!-- a comment before the label -->Auteur : Maria Soto</p>",
    "<ul><li><strong>Datum</strong> 28.04.2023</li>"
    "<li><strong>Autorin/Autor</strong> Maria Soto</li></ul>",
    "<ul><li><span>Autor/in:</span> Maria Soto</li></ul>",
    "<p>Un texte de <strong>Maria Soto</strong></p>",
    "<p>著者：Maria Soto</p>",
    "<div>この記事を書いた人 Maria Soto</div>",
])
def test_byline_shown_by_an_address_or_a_label(extra):
    assert parse_html(page(body_extra=extra)).byline == ("Maria Soto",)


def test_a_by_in_a_list_of_other_stories_is_no_byline():
    extra = '<ul><li><a href="/other">Floods close the ferry</a> <span>By Ian Holt</span></li></ul>'
    assert parse_html(page(body_extra=extra)).byline == ()


def test_a_name_signing_the_text_in_bold_is_the_byline_and_leaves_the_text():
    article = parse_html(page(body_extra='<p style="text-align:right"><strong>Maria Soto'
                                         "</strong></p>"))
    assert article.byline == ("Maria Soto",) and article.confidence["byline"] == "low"
    assert "Maria Soto" not in "\n".join(article.paragraphs)


@pytest.mark.parametrize("last", ["<p><strong>Read more stories</strong></p>",
                                  "<p><strong>Related Coverage</strong></p>"])
def test_a_bold_last_line_that_is_no_signature_is_no_byline(last):
    article = parse_html(page(body_extra=last))
    assert article.byline == ()


def test_a_tag_that_holds_a_comma_stays_one_tag():
    head = '<meta property="article:tag" content="Trump, Donald J">'
    extra = "<p>Donald J. Trump once promised the towns a bridge, the mayor recalled.</p>"
    assert parse_html(page(head, extra)).tags == ("Trump, Donald J",)


def test_a_site_name_the_page_also_shows_as_its_logo_heading_stays_the_source():
    html = page().replace("<nav>", "<h1 class=\"site-title\">The River Gazette</h1><nav>")
    assert parse_html(html).source_name == "The River Gazette"


def test_credit_in_the_headline_header_is_a_byline_but_not_a_photo_credit():
    html = page().replace("<h1>Towns agree plan for new river bridge</h1>",
                          '<header><h1>Towns agree plan for new river bridge</h1>'
                          '<figure><img src="a.jpg" alt=""><figcaption class="credit">Photo Desk'
                          '</figcaption></figure><p class="credit">KYODO</p></header>')
    assert parse_html(html).byline == ("KYODO",)


@pytest.mark.parametrize(("extra", "byline"), [
    ("<p>Officials will meet again next week. (AFP)</p>", ("AFP",)),
    ("<p>Officials will meet again next week. (RG mit dpa)</p>", ("RG mit dpa",)),
    ("<p>Officials will meet again next week. (Photo)</p>", ()),
    ("<p>jroe@rivergazette.co.uk<br>(END)</p>", ()),  # a wire story's end mark
    ("<p>Officials will meet again next week. (AFP) (END)</p>", ("AFP",)),
    ("<p>Por favor, lea las condiciones.</p>", ()),
])
def test_closing_agency_credit_and_what_is_not_a_byline(extra, byline):
    assert parse_html(page(body_extra=extra)).byline == byline


def test_a_site_name_that_is_the_headline_is_not_the_source():
    head = ('<meta name="application-name" content="Towns agree plan for new river bridge">'
            '<meta property="og:title" content="Towns agree plan for new river bridge">')
    html = page(head).replace('<meta property="og:site_name" content="The River Gazette">', "")
    assert parse_html(html).source_name is None


def test_language_from_an_html_tag_kept_for_old_browsers_in_a_comment():
    html = page().replace('<!doctype html><html lang="en">', '<!doctype html>'
                          '<!--[if lte IE 9]> <html lang="en-AU" class="ie"> <![endif]-->'
                          '<!--[if gt IE 9]> <html lang="en-AU"> <![endif]-->')
    assert parse_html(html).language == "en"


@pytest.mark.parametrize("stated", ['<meta http-equiv="content-language" content="de">',
                                    '<meta name="dc.language" content="de-CH">'])
def test_language_stated_in_the_head_when_the_html_tag_says_none(stated):
    html = page(stated).replace('<html lang="en">', "<html>")
    assert parse_html(html).language == "de"


def test_a_language_written_as_a_locale_with_an_underscore_is_read():
    html = page('<meta itemprop="inLanguage" content="de_CH">').replace('<html lang="en">',
                                                                        "<html>")
    assert parse_html(html).language == "de"


@pytest.mark.parametrize("href", [
    "www.example.com/opinions/story.html",
    "/news/bridge-plan/www.example.com/opinions/story.html",  # as a saved page resolved it
])
def test_a_link_to_a_host_written_without_its_scheme_goes_to_that_host(href):
    extra = (f'<p>The plan was first reported by <a href="{href}">the Example Post</a>, which '
             "said the council had weighed three designs before it chose the arch.</p>")
    body = "\n\n".join(parse_html(page(body_extra=extra),
                                  url="https://gazette.example.org/news/bridge-plan").paragraphs)
    assert "[the Example Post](https://www.example.com/opinions/story.html)" in body


def test_a_file_named_like_a_host_stays_a_path():
    extra = ('<p>The design was shown in <a href="/images/www.logo.png">a drawing</a> that the '
             "council published on Tuesday with the rest of the plans for the crossing.</p>")
    body = "\n\n".join(parse_html(page(body_extra=extra),
                                  url="https://gazette.example.org/news/bridge-plan").paragraphs)
    assert "https://www.logo.png" not in body


def test_links_marked_as_tags_are_the_tags_of_a_page_without_keywords():
    extra = '<p>Filed under: <a rel="tag" href="/t/bridges">Bridges</a>, <a rel="tag" ' \
            'href="/t/council">Town council</a></p>'
    assert parse_html(page(body_extra=extra)).tags == ("Bridges", "Town council")
    keywords = '<meta name="keywords" content="Traffic">'
    assert parse_html(page(head=keywords, body_extra=extra)).tags == ("Traffic",)


def test_a_story_set_in_a_box_named_for_related_content_is_read_whole():
    paragraphs = PARAGRAPHS + [p.replace("the", "a") for p in PARAGRAPHS]  # 200 words or so
    story = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = ("<html><head><title>Bridge</title></head><body><h1>Bridge</h1><p>Today's Most Read"
            "</p><aside class='byline'><a rel='author'>Jane Roe</a><div class='related-content'>"
            f"<section class='arttext'><div class='bodycopy'>{story}</div></section></div>"
            "</aside></body></html>")
    assert list(parse_html(html).paragraphs) == paragraphs


def test_a_paragraph_without_a_word_is_no_part_of_the_text():
    extra = "<p>¯</p><p>◇</p><p>\\|</p><p>……</p><p>The ferry runs until then.</p>"
    paragraphs = parse_html(page(body_extra=extra)).paragraphs
    assert paragraphs[-1] == "The ferry runs until then." and len(paragraphs) == 5
