"""The lead image on the page: its size read from the file's header, the figure only with a
picture, the build's warnings (no alt text, another host), link previews and JSON-LD."""

from __future__ import annotations

import json
import re
import struct

import pytest

from explainer.core.diagnostics import Diagnostic
from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build_files
from explainer.site.pictures import picture_kind, picture_size
from tests.conftest import EXPLAINER, ROOT

PAGE = "explainers/test/index.html"
BASE = "https://name.github.io/repo/"
ALT_HINT = 'describe the picture in image.alt (or write alt: "" only if it is decorative)'


def png(width: int, height: int) -> bytes:
    """The start of a PNG file: signature and header chunk (enough to measure it)."""
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR"
            + struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0) + b"\0\0\0\0")


def jpeg(width: int, height: int) -> bytes:
    """A JPEG's first segments: an APP1 (EXIF) segment, then the frame header."""
    app1 = b"\xff\xe1" + struct.pack(">H", 2 + 300) + b"Exif\0\0" + b"\0" * 294
    sof = b"\xff\xc2" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app1 + b"\xff\xff" + sof + b"\xff\xd9"


def webp(chunk: bytes, payload: bytes) -> bytes:
    return b"RIFF" + struct.pack("<I", 4 + 8 + len(payload)) + b"WEBP" + chunk + \
        struct.pack("<I", len(payload)) + payload


# --- the size of a picture, from its header ---------------------------------------------------


def test_the_size_of_a_png():
    assert picture_size(png(1200, 675)) == (1200, 675)


def test_the_size_of_a_gif():
    assert picture_size(b"GIF89a" + struct.pack("<HH", 640, 480) + b"\0" * 10) == (640, 480)


def test_the_size_of_a_jpeg_comes_from_its_frame_header_after_other_segments():
    assert picture_size(jpeg(1024, 768)) == (1024, 768)


def test_the_size_of_a_lossy_webp():
    payload = b"\x00\x00\x00" + b"\x9d\x01\x2a" + struct.pack("<HH", 800, 450) + b"\0" * 4
    assert picture_size(webp(b"VP8 ", payload)) == (800, 450)


def test_the_size_of_a_lossless_webp():
    bits = (300 - 1) | ((200 - 1) << 14)
    assert picture_size(webp(b"VP8L", b"\x2f" + bits.to_bytes(4, "little"))) == (300, 200)


def test_the_size_of_an_extended_webp():
    payload = b"\0" * 4 + (1919).to_bytes(3, "little") + (1079).to_bytes(3, "little")
    assert picture_size(webp(b"VP8X", payload)) == (1920, 1080)


@pytest.mark.parametrize("data", [png(10, 10)[:20], jpeg(10, 10)[:310], b"GIF89a\x01",
                                  b"<svg></svg>", b"", b"\xff\xd8\xff\xe0\x00"])
def test_a_cut_or_unknown_file_has_no_size(data):
    assert picture_size(data) is None


@pytest.mark.parametrize(("data", "kind"), [
    (png(1, 1), "png"), (jpeg(1, 1), "jpg"), (b"GIF87a" + b"\0" * 8, "gif"),
    (webp(b"VP8X", b"\0" * 10), "webp"),
    (b"\0\0\0\x1cftypavif\0\0\0\0avifmif1miaf", "avif"),
    (b"\0\0\0\x18ftypmif1\0\0\0\0mif1avif", "avif"),
    (b"\0\0\0\x18ftypisom\0\0\0\0isommp41", None),
    (b"<html><body>not found</body></html>", None)])
def test_the_kind_of_a_picture_is_read_from_its_magic_number(data, kind):
    assert picture_kind(data) == kind


# --- the figure on the page --------------------------------------------------------------------


def explainer(image: str) -> str:
    return EXPLAINER.replace("tags: [syria]", f"tags: [syria]\nsource: {{name: Desk}}\n{image}")


def build(make_site, image: str, media: dict[str, bytes] | None = None, site: str = ""):
    files: dict[str, str | bytes] = {"explainers/test.md": explainer(image)}
    files.update({f"media/{name}": data for name, data in (media or {}).items()})
    if site:
        files["site.yml"] = f"title: Test site\n{site}"
    return build_files(SiteSpec(make_site(files)))


def page_of(result) -> str:
    assert result.ok, [d.format() for d in result.diagnostics]
    return result.files[PAGE].decode()


def warnings(result) -> list[tuple[int, int, str, str | None]]:
    return [(d.line, d.col, d.message, d.hint) for d in result.diagnostics
            if isinstance(d, Diagnostic) and d.severity == "warning"]


def test_a_caption_without_a_picture_shows_no_figure_at_all(make_site):
    html = page_of(build(make_site, 'image: {src: null, caption: "Ministers in Amman", '
                                    'credit: "Handout via Reuters"}'))
    assert "<figure" not in html and "<figcaption" not in html
    assert "Ministers in Amman" not in html and "Reuters" not in html and "Photo:" not in html


def test_a_picture_shows_with_its_alt_text_caption_credit_and_size(make_site):
    html = page_of(build(make_site, 'image: {src: media/amman.png, alt: "Two ministers shake '
                                    'hands", caption: "In Amman", credit: "Jane Roe"}',
                         {"amman.png": png(1200, 675)}))
    assert ('<figure class="lead-image" data-pagefind-ignore>\n<img src="../../media/amman.png" '
            'alt="Two ministers shake hands" width="1200" height="675" decoding="async">\n'
            '<figcaption><span class="caption">In Amman</span> <span class="credit">Jane Roe'
            '</span></figcaption>\n</figure>') in html


def test_the_lead_picture_is_not_loaded_lazily(make_site):
    html = page_of(build(make_site, "image: {src: media/a.png, alt: A map}", {"a.png": png(2, 1)}))
    assert 'loading="lazy"' not in html


def test_a_picture_without_caption_or_credit_has_no_figcaption(make_site):
    html = page_of(build(make_site, "image: {src: media/a.png, alt: A map}", {"a.png": png(2, 1)}))
    assert "<figcaption" not in html


def test_a_credit_alone_is_shown_in_its_own_span(make_site):
    html = page_of(build(make_site, "image: {src: media/a.png, alt: A map, credit: AFP}",
                         {"a.png": png(2, 1)}))
    assert '<figcaption><span class="credit">AFP</span></figcaption>' in html


def test_a_picture_of_unknown_size_has_no_width_or_height(make_site):
    html = page_of(build(make_site, "image: {src: media/a.png, alt: A map}",
                         {"a.png": b"\x89PNG"}))
    assert '<img src="../../media/a.png" alt="A map" decoding="async">' in html


# --- the build's warnings ----------------------------------------------------------------------


def test_a_picture_without_alt_text_is_a_warning_at_its_key(make_site):
    result = build(make_site, "image: {src: media/a.png, caption: A map}", {"a.png": png(2, 1)})
    assert warnings(result) == [
        (7, 8, "the lead image 'media/a.png' has no alt text", ALT_HINT)]


def test_an_empty_alt_text_marks_a_decorative_picture_without_a_warning(make_site):
    result = build(make_site, 'image: {src: media/a.png, alt: ""}', {"a.png": png(2, 1)})
    assert warnings(result) == []
    assert '<img src="../../media/a.png" alt=""' in page_of(result)


def test_a_picture_on_another_host_is_a_warning_and_still_shown(make_site):
    result = build(make_site, 'image: {src: "https://example.org/a.jpg", alt: A map}')
    assert warnings(result) == [
        (7, 8, "the lead image is on another host: 'https://example.org/a.jpg': readers' "
               "browsers will ask that host for it",
         "run import again to save it, or download it into content/media/ and write "
         "src: media/<file name>, so that the page asks no other host for anything")]
    assert '<img src="https://example.org/a.jpg" alt="A map" decoding="async">' in page_of(result)


def test_the_picture_is_published_in_media(make_site):
    result = build(make_site, "image: {src: media/a.png, alt: A map}", {"a.png": png(2, 1)})
    assert result.files["media/a.png"] == png(2, 1)


# --- link previews and JSON-LD -----------------------------------------------------------------


def meta(html: str, key: str) -> str | None:
    match = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)">', html)
    return match.group(1) if match else None


def news_article(html: str) -> dict:
    found = [json.loads(m) for m in re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]
    return next(d for d in found if d["@type"] == "BackgroundNewsArticle")


@pytest.fixture
def with_base(make_site) -> str:
    return page_of(build(make_site, 'image: {src: media/a.png, alt: A map, caption: "The '
                                    'region", credit: Jane Roe}', {"a.png": png(1200, 675)},
                         site=f"base_url: {BASE}\n"))


def test_the_link_preview_picture_is_the_lead_image_s_full_address(with_base):
    assert meta(with_base, "og:image") == meta(with_base, "twitter:image") == BASE + "media/a.png"


def test_the_json_ld_image_is_an_image_object_with_caption_and_credit(with_base):
    assert news_article(with_base)["image"] == {
        "@type": "ImageObject", "url": BASE + "media/a.png", "contentUrl": BASE + "media/a.png",
        "width": 1200, "height": 675, "caption": "The region", "creditText": "Jane Roe",
        "description": "A map"}


def test_without_a_base_url_there_is_no_preview_picture(make_site):
    html = page_of(build(make_site, "image: {src: media/a.png, alt: A map}", {"a.png": png(2, 1)}))
    assert meta(html, "og:image") is None and "image" not in news_article(html)


def test_a_page_without_a_picture_has_no_json_ld_image(make_site):
    html = page_of(build(make_site, "", site=f"base_url: {BASE}\n"))
    assert "image" not in news_article(html)


def test_the_seed_shows_no_picture_and_no_caption():
    result = build_files(SiteSpec(ROOT / "content"))
    assert result.ok, [d.format() for d in result.diagnostics]
    seed = next(html for name, html in result.files.items()
                if name.startswith("explainers/") and name.endswith("index.html"))
    assert b"<figure" not in seed and b"Reuters</span>" not in seed and b"Photo:" not in seed
