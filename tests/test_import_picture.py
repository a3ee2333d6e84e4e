"""import saves the article's lead picture into the site (never an address on another host):
from beside a saved page, or downloaded from a local server; with its alt text, caption and
credit from the page; and no picture, with a warning, when it cannot be had."""

from __future__ import annotations

import http.server
import struct
import threading
from collections.abc import Iterator
from pathlib import Path

import frontmatter
import pytest

from explainer.commands.cli import main
from explainer.importer.emit import DRAFT
from explainer.importer.html import parse_html
from explainer.importer.picture import media_folder
from tests.outputs import run

SLUG = "storm-hits-the-coast"
BODY = """<p>The storm reached the coast on Tuesday night, officials said, and the water rose.</p>
<p>The water rose faster than any of the forecasts had warned, the officials added.</p>"""


def png(width: int = 4, height: int = 3) -> bytes:
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR"
            + struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0) + b"\0\0\0\0")


JPEG = b"\xff\xd8\xff\xe0" + b"\0" * 32


def page(head: str = "", figure: str = "") -> str:
    return (f"<!doctype html><html lang='en'><head><title>Storm hits the coast</title>"
            f"<meta name='description' content='A storm reached the coast.'>{head}</head>"
            f"<body><article><h1>Storm hits the coast</h1>{figure}{BODY}</article></body></html>")


FIGURE = ("<figure><img src='{src}' alt='Waves over the sea wall'><figcaption>The sea wall at "
          "dawn <span class='credit'>Photo: Jane Roe</span></figcaption></figure>")


def saved(tmp_path: Path, html: str, files: dict[str, bytes] | None = None) -> Path:
    folder = tmp_path / "saved"
    folder.mkdir(exist_ok=True)
    for name, data in (files or {}).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    (folder / "story.html").write_text(html, encoding="utf-8")
    return folder / "story.html"


def image_of(path: Path) -> dict:
    return frontmatter.loads(path.read_text(encoding="utf-8"))["image"]


@pytest.fixture
def content(make_site) -> Path:
    return make_site()


@pytest.fixture
def server() -> Iterator[tuple[str, dict[str, tuple[int, bytes]]]]:
    """A local web server answering from a dict: path -> (status, body)."""
    answers: dict[str, tuple[int, bytes]] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, body = answers.get(self.path, (404, b"not found"))
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", answers
    finally:
        httpd.shutdown()
        httpd.server_close()


# --- a saved page --------------------------------------------------------------------------------


def test_a_saved_page_s_figure_is_copied_from_beside_it(tmp_path, content):
    source = saved(tmp_path, page(figure=FIGURE.format(src="story_files/wall.png")),
                   {"story_files/wall.png": png()})
    assert main(["import", "-q", str(source), "--content", str(content)]) == 0
    assert (content / f"media/{SLUG}.png").read_bytes() == png()
    assert image_of(content / f"explainers/{SLUG}.md") == {
        "src": f"media/{SLUG}.png", "alt": "Waves over the sea wall",
        "caption": "The sea wall at dawn", "credit": "Jane Roe"}


def test_a_saved_page_cannot_take_a_picture_from_outside_its_folder(tmp_path, content):
    (tmp_path / "private.png").write_bytes(png())
    source = saved(tmp_path, page(figure=FIGURE.format(src="../private.png")))
    assert main(["import", "-q", str(source), "--content", str(content)]) == 0
    assert not (content / "media").exists() or not any((content / "media").iterdir())
    assert image_of(content / f"explainers/{SLUG}.md")["src"] is None


def test_a_saved_page_s_remote_picture_is_downloaded(tmp_path, content, server):
    base, answers = server
    answers["/pics/lead.jpg"] = (200, JPEG)
    source = saved(tmp_path, page(f"<meta property='og:image' content='{base}/pics/lead.jpg'>"))
    assert main(["import", "-q", str(source), "--content", str(content)]) == 0
    assert (content / f"media/{SLUG}.jpg").read_bytes() == JPEG
    assert image_of(content / f"explainers/{SLUG}.md")["src"] == f"media/{SLUG}.jpg"


def test_the_picture_the_page_names_gets_the_words_of_its_figure(tmp_path, content):
    head = "<meta property='og:image' content='https://cdn.invalid/2023/wall.png?w=1200'>"
    html = page(head, FIGURE.format(src="story_files/wall.png"))
    source = saved(tmp_path, html, {"story_files/wall.png": png()})
    assert main(["import", "-q", str(source), "--content", str(content)]) == 0
    image = image_of(content / f"explainers/{SLUG}.md")
    assert (image["src"], image["alt"]) == (f"media/{SLUG}.png", "Waves over the sea wall")


# --- a web address -------------------------------------------------------------------------------


def test_a_page_s_picture_is_downloaded_with_its_json_ld_words(content, server):
    base, answers = server
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "image": {"@type": '
          '"ImageObject", "url": "/pics/lead.png", "caption": "The harbour", "creditText": '
          '"AFP"}}</script>')
    answers["/news/storm"] = (200, page(ld).encode())
    answers["/pics/lead.png"] = (200, png())
    assert main(["import", "-q", f"{base}/news/storm", "--content", str(content)]) == 0
    assert (content / f"media/{SLUG}.png").read_bytes() == png()
    assert image_of(content / f"explainers/{SLUG}.md") == {
        "src": f"media/{SLUG}.png", "alt": None, "caption": "The harbour", "credit": "AFP"}


def test_og_image_alt_is_the_alt_text(content, server):
    base, answers = server
    head = ("<meta property='og:image' content='/pics/lead.png'>"
            "<meta property='og:image:alt' content='A flooded street'>")
    answers["/news/storm"] = (200, page(head).encode())
    answers["/pics/lead.png"] = (200, png())
    assert main(["import", "-q", f"{base}/news/storm", "--content", str(content)]) == 0
    assert image_of(content / f"explainers/{SLUG}.md")["alt"] == "A flooded street"


def test_a_failed_download_leaves_no_picture_and_a_warning(content, server, capsys):
    base, answers = server
    answers["/news/storm"] = (200, page(figure=FIGURE.format(src="/pics/gone.png")).encode())
    assert main(["import", "-v", f"{base}/news/storm", "--content", str(content)]) == 0
    assert (f"{base}/news/storm: warning: the lead picture was not saved: cannot fetch "
            f"{base}/pics/gone.png: the server answered 404 Not Found\n"
            f"  hint: the explainer has no picture; save one into {content / 'media'}/ and "
            "write image: {src: media/<file name>}\n") in capsys.readouterr().err
    image = image_of(content / f"explainers/{SLUG}.md")
    assert image["src"] is None and image["caption"] == "The sea wall at dawn"
    assert not (content / "media").exists()


def test_what_is_not_a_picture_is_not_saved(content, server, capsys):
    base, answers = server
    head = "<meta property='og:image' content='/pics/lead.png'>"
    answers["/news/storm"] = (200, page(head).encode())
    answers["/pics/lead.png"] = (200, b"<html><script>alert(1)</script></html>")
    assert main(["import", "-v", f"{base}/news/storm", "--content", str(content)]) == 0
    assert (f"the lead picture was not saved: {base}/pics/lead.png is not a picture (JPEG, "
            "PNG, WebP, GIF or AVIF)") in capsys.readouterr().err
    assert image_of(content / f"explainers/{SLUG}.md")["src"] is None


def test_a_front_matter_src_is_never_a_web_address(content, server):
    base, answers = server
    answers["/news/storm"] = (200, page(f"<meta property='og:image' content='{base}/x.jpg'>")
                              .encode())
    assert main(["import", "-q", f"{base}/news/storm", "--content", str(content)]) == 0
    text = (content / f"explainers/{SLUG}.md").read_text(encoding="utf-8")
    assert "src: null" in text and f"{base}/x.jpg" not in text


# --- the report, names and places --------------------------------------------------------------


def test_the_report_says_the_alt_text_is_missing(tmp_path, content, capsys):
    source = saved(tmp_path, page("<meta property='og:image' content='lead.png'>"),
                   {"lead.png": png()})
    assert main(["import", "-v", str(source), "--content", str(content)]) == 0
    err = capsys.readouterr().err
    assert "  image alt      missing\n" in err
    assert "  note: the page gives the picture no alt text; describe it in image.alt\n" in err


def test_a_missing_alt_text_is_marked_in_the_front_matter(tmp_path, content):
    source = saved(tmp_path, page("<meta property='og:image' content='lead.png'>"),
                   {"lead.png": png()})
    assert main(["import", "-q", str(source), "--content", str(content)]) == 0
    assert ("  # alt: the page gives none; describe the picture for readers who cannot see it\n"
            "  alt: null\n") in (content / f"explainers/{SLUG}.md").read_text(encoding="utf-8")


def test_a_different_picture_of_the_same_name_is_never_replaced(tmp_path, content):
    (content / "media").mkdir()
    (content / f"media/{SLUG}.png").write_bytes(png(9, 9))
    source = saved(tmp_path, page("<meta property='og:image' content='lead.png'>"),
                   {"lead.png": png()})
    assert main(["import", "-q", str(source), "--content", str(content)]) == 0
    assert (content / f"media/{SLUG}.png").read_bytes() == png(9, 9)
    assert (content / f"media/{SLUG}-2.png").read_bytes() == png()


def test_a_dry_run_saves_no_picture(tmp_path, content, capsys):
    source = saved(tmp_path, page("<meta property='og:image' content='lead.png'>"),
                   {"lead.png": png()})
    assert main(["import", "-q", "--dry-run", str(source), "--content", str(content)]) == 0
    assert not (content / "media").exists()
    assert "src: null" in capsys.readouterr().out


def test_an_imported_picture_is_published_on_the_built_page(tmp_path, content):
    source = saved(tmp_path, page(figure=FIGURE.format(src="wall.png")), {"wall.png": png()})
    assert main(["import", "-q", str(source), "--content", str(content),
                 "--date", "2024-03-09"]) == 0
    written = content / "explainers" / f"{SLUG}.md"  # the editor publishes the draft
    written.write_text(written.read_text("utf-8").replace(DRAFT + "\n", ""), "utf-8")
    assert run(content, tmp_path / "out") == 0
    html = (tmp_path / f"out/explainers/{SLUG}/index.html").read_text(encoding="utf-8")
    assert (f'<img src="../../media/{SLUG}.png" alt="Waves over the sea wall" width="4" '
            'height="3" decoding="async">') in html
    assert (tmp_path / f"out/media/{SLUG}.png").read_bytes() == png()


@pytest.mark.parametrize(("target", "media"), [
    ("content/explainers/2023/a.md", "content/media"),
    ("elsewhere/site/explainers/a.md", "elsewhere/site/media"),
    ("drafts/a.md", "drafts/media")])
def test_where_the_picture_goes(tmp_path, target, media):
    assert media_folder(tmp_path / target, tmp_path / "content") == tmp_path / media


def test_script_and_file_addresses_are_never_picture_sources():
    article = parse_html(page("<meta property='og:image' content='javascript:alert(1)'>"
                              "<meta property='twitter:image' content='file:///etc/passwd'>"))
    assert article.image_refs == ()


def test_an_alt_text_that_is_a_caption_and_its_credit_gives_both():
    figure = ("<figure><img src='https://cdn.invalid/wall.png' alt='Waves break over the sea "
              "wall in Hull on Tuesday. (AP Photo/Jane Roe)'></figure>")
    article = parse_html(page("", figure))
    assert (article.image_alt, article.image_caption, article.image_credit) == (
        "Waves break over the sea wall in Hull on Tuesday.",
        "Waves break over the sea wall in Hull on Tuesday.", "AP Photo/Jane Roe")


def test_an_alt_text_without_a_credit_is_no_caption():
    figure = ("<figure><img src='https://cdn.invalid/wall.png' alt='Waves over the sea wall'>"
              "</figure>")
    article = parse_html(page("", figure))
    assert (article.image_alt, article.image_caption) == ("Waves over the sea wall", None)


@pytest.mark.parametrize("alt", ["caucus VP preview.jpg", "IMG_1234.JPG"])
def test_an_alt_text_that_is_only_a_file_name_is_none(alt):
    figure = f"<figure><img src='https://cdn.invalid/wall.png' alt='{alt}'></figure>"
    assert parse_html(page("", figure)).image_alt is None


def test_an_alt_text_that_is_the_social_title_is_none():
    head = "<meta property='og:title' content='Bridge vote / Towns agree plan for new bridge'>"
    figure = ("<figure><img src='https://cdn.invalid/wall.png' alt='Bridge vote / Towns agree "
              "plan for new bridge'></figure>")
    assert parse_html(page(head, figure)).image_alt is None


def test_a_caption_that_is_the_headline_again_is_none():
    figure = ("<figure><img src='https://cdn.invalid/wall.png' alt='The sea wall'>"
              "<figcaption>Storm hits the coast</figcaption></figure>")
    article = parse_html(page("", figure))
    assert (article.image_alt, article.image_caption) == ("The sea wall", None)


def test_a_video_s_poster_does_not_give_the_video_s_title_as_the_picture_s_alt():
    head = "<meta property='og:image' content='https://cdn.invalid/wall.png'>"
    player = ("<div class='m video-player'><a href='https://video.example.org/v/1'>"
              "<img src='https://cdn.invalid/wall.png' alt='Top headlines for Nov. 19'>"
              "<span>Video</span></a></div>")
    assert parse_html(page(head, player)).image_alt is None


def test_a_picture_in_a_box_for_a_picture_or_a_video_keeps_its_alt():
    head = "<meta property='og:image' content='https://cdn.invalid/wall.png'>"
    box = ("<div class='c-article-image-video'><img src='https://cdn.invalid/wall.png' "
           "alt='Waves over the sea wall'></div>")
    assert parse_html(page(head, box)).image_alt == "Waves over the sea wall"


def test_a_picture_in_a_box_of_its_own_gets_its_caption_and_credit():
    box = ('<div class="lead"><img src="https://cdn.invalid/wall.png" alt="The sea wall">'
           '<span class="image-caption">Waves break over the sea wall in Hull - '
           '<span class="copyright">Copyright</span> <span class="credit">Jane Roe/AP</span>'
           "</span></div>")
    article = parse_html(page("", box))
    assert (article.image_caption, article.image_credit) == (
        "Waves break over the sea wall in Hull", "Jane Roe/AP")


def test_a_picture_with_only_a_srcset_is_found():
    figure = ("<figure><img srcset='https://cdn.invalid/wall-640.png 640w, "
              "https://cdn.invalid/wall-1280.png 1280w' alt='The sea wall'>"
              "<figcaption>Waves over the wall</figcaption></figure>")
    article = parse_html(page("", figure))
    assert article.image_refs[0] == "https://cdn.invalid/wall-640.png"


def test_a_picture_in_a_long_box_takes_no_caption_from_it():
    words = " ".join(["word"] * 90)
    box = (f'<div><img src="https://cdn.invalid/wall.png" alt="The sea wall"><p>{words}</p>'
           '<span class="caption">Not this picture\'s caption</span></div>')
    assert parse_html(page("", box)).image_caption is None


@pytest.mark.parametrize("figure", [
    # a caption in an element classed as one, and a credit classed as its source
    "<figure><img src='https://cdn.invalid/wall.png' alt='x'><div class='c-picture__caption'>"
    "<p class='c-picture__title'>Waves over the sea wall</p><p class='c-picture__source'>"
    "Jane Roe</p></div></figure>",
    # a caption just after its figure, its credit in it
    "<figure><img src='https://cdn.invalid/wall.png' alt='x'></figure><div class='Caption__Wrap'>"
    "<div class='Caption__Text'>Waves over the sea wall</div><span class='Caption__Credit'>Jane "
    "Roe</span></div>",
    "<figure><img src='https://cdn.invalid/wall.png' alt='x'></figure><figcaption>Waves over the"
    " sea wall <span class='owner'>Jane Roe</span></figcaption>",
])
def test_a_figure_s_caption_outside_a_figcaption_is_read(figure):
    article = parse_html(page("", figure))
    assert (article.image_caption, article.image_credit) == ("Waves over the sea wall", "Jane Roe")


def test_a_page_without_an_article_gives_its_named_picture_the_words_of_its_figure():
    html = ("<html><head><title>Chilli contest</title><meta property='og:image' "
            "content='https://cdn.invalid/60/60/chilli.jpg'></head><body><h1>Chilli contest</h1>"
            + BODY
            + "<div class='ssImg'><img src='https://cdn.invalid/396/223/chilli.jpg' alt='x'>"
            "<span class='caption'>Competitors at the chilli contest</span> <span class='credit'>"
            "Photo: Jane Roe</span></div></body></html>")
    assert parse_html(html).image_caption == "Competitors at the chilli contest"


def test_a_figure_outside_an_article_never_leads_the_page():
    html = ("<html><head><title>Chilli contest</title></head><body><h1>Chilli contest</h1>"
            "<figure><img src='https://cdn.invalid/logo.png' alt='Logo'><figcaption>Our logo"
            "</figcaption></figure>" + BODY
            + "</body></html>")
    assert parse_html(html).image_refs == ()
