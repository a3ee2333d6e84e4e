"""content/media/ publishes no page, no script and no unbounded file (explainer/content/media.py).

The SVG checks (explainer/content/svg.py) are tested in test_svg.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.commands import cli
from explainer.content import media
from explainer.content.files import media_files, read_media_file
from explainer.core.diagnostics import Diagnostics
from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build_files
from explainer.pipeline.livebuild import LiveSite

SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">\n'
KINDS_HINT = (
    "  hint: media/ publishes only pictures (.png .jpg .jpeg .gif .webp .avif .svg .ico); "
    "audio and video (.mp3 .m4a .ogg .oga .wav .mp4 .m4v .webm .ogv); documents and data "
    "(.pdf .csv .txt .json); fonts (.woff .woff2): a page or script there would run on the "
    "site's own address")
SCRIPT_HINT = "  hint: remove it, or export the picture again without scripts"
LOAD_HINT = ("  hint: every file the site shows comes from the site itself: copy the file into "
             "media/ and refer to it by its name")


def site_errors(content: Path) -> list[str]:
    """A whole build's errors, each with the path relative to the content folder."""
    result = build_files(SiteSpec(content))
    assert not result.ok
    return [d.format().replace(f"{content}/", "") for d in result.diagnostics.errors]


def svg_errors(make_site, body: str) -> list[str]:
    """The build's errors for media/map.svg holding ``body`` after the <svg> line."""
    return site_errors(make_site({"media/map.svg": SVG + body + "\n</svg>\n"}))


# --- kinds of files ---------------------------------------------------------------------------


def test_a_page_in_media_is_refused(make_site):
    content = make_site({"media/index.html": "<script>alert(1)</script>\n"})
    assert site_errors(content) == [
        "media/index.html:1:1: error: 'index.html' is not a kind of file the site publishes "
        "from media/ (.html)\n" + KINDS_HINT]


@pytest.mark.parametrize("name", [
    "x.htm", "x.xhtml", "x.xml", "x.xsl", "x.js", "x.mjs", "x.css", "x.svgz", "x.swf",
    "x.wasm", "X.HTML", "x.php", "x.png.html"])
def test_kinds_that_could_run_a_script_are_refused(make_site, name):
    content = make_site({f"media/{name}": b"<script>alert(1)</script>"})
    suffix = Path(name).suffix
    assert site_errors(content) == [
        f"media/{name}:1:1: error: '{name}' is not a kind of file the site publishes from "
        f"media/ ({suffix})\n" + KINDS_HINT]


def test_a_file_without_an_extension_is_refused(make_site):
    content = make_site({"media/README": b"<html><script>alert(1)</script>"})
    assert site_errors(content) == [
        "media/README:1:1: error: 'README' is not a kind of file the site publishes from "
        "media/ (no extension)\n" + KINDS_HINT]


def test_accepted_kinds_are_copied_byte_for_byte(make_site):
    files = {"media/PHOTO.JPG": b"\xff\xd8\xff", "media/clip.webm": b"\x1aE\xdf\xa3",
             "media/data/votes.json": b'{"a": 1}', "media/font.woff2": b"wOF2",
             "media/report.pdf": b"%PDF-1.7"}
    result = build_files(SiteSpec(make_site(files)))
    assert result.ok, [d.format() for d in result.diagnostics]
    assert {name: data for name, data in result.files.items()
            if name.startswith("media/")} == files


def test_a_hidden_page_is_left_alone(make_site):
    result = build_files(SiteSpec(make_site({"media/.x.html": b"<script>alert(1)</script>"})))
    assert result.ok
    assert [name for name in result.files if name.startswith("media/")] == []


# --- size --------------------------------------------------------------------------------------


def test_a_media_file_over_the_limit_is_refused(make_site, monkeypatch):
    monkeypatch.setattr(media, "MAX_MEDIA_BYTES", 10)
    content = make_site({"media/clip.mp4": b"x" * 11})
    assert site_errors(content) == [
        "media/clip.mp4:1:1: error: 'clip.mp4' is 11 bytes; the limit for a media file is 10\n"
        "  hint: make it smaller, or publish it elsewhere and link to it (GitHub Pages warns "
        "about files over 50 MB and refuses those over 100 MB)"]


def test_a_file_at_the_limit_is_published(make_site, monkeypatch):
    monkeypatch.setattr(media, "MAX_MEDIA_BYTES", 10)
    result = build_files(SiteSpec(make_site({"media/clip.mp4": b"x" * 10})))
    assert result.ok
    assert result.files["media/clip.mp4"] == b"x" * 10


def test_an_svg_over_its_limit_is_refused(make_site, monkeypatch):
    monkeypatch.setattr(media, "MAX_SVG_BYTES", 50)
    content = make_site({"media/map.svg": SVG + "<rect/>" * 10 + "</svg>"})
    assert site_errors(content) == [
        "media/map.svg:1:1: error: 'map.svg' is 160 bytes; the limit for an SVG is 50\n"
        "  hint: simplify the drawing, or export it as PNG or WebP"]


def test_the_size_is_checked_before_reading(make_site, monkeypatch):
    content = make_site()
    (content / "media").mkdir()
    with open(content / "media/big.mp4", "wb") as file:  # sparse: 3 GiB on disk in no blocks
        file.truncate(3 * 1024**3)

    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        assert self.name != "big.mp4", "read before its size was checked"
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert site_errors(content) == [
        "media/big.mp4:1:1: error: 'big.mp4' is 3,221,225,472 bytes; the limit for a media "
        "file is 50,000,000\n"
        "  hint: make it smaller, or publish it elsewhere and link to it (GitHub Pages warns "
        "about files over 50 MB and refuses those over 100 MB)"]


# --- the build and serve -----------------------------------------------------------------------


def test_a_hostile_media_folder_fails_the_build_and_publishes_nothing(make_site, tmp_path,
                                                                      capsys):
    content = make_site({"media/index.html": "<script>alert(1)</script>\n",
                         "media/x.svg": "<svg xmlns='http://www.w3.org/2000/svg' "
                                        "onload='alert(1)'/>\n",
                         "media/photo.png": b"\x89PNG"})
    out = tmp_path / "out"
    code = cli.main(["build", "--content", str(content), "--output", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err
    assert [line.split(": error: ")[1] for line in err.splitlines() if ": error: " in line] == [
        "'index.html' is not a kind of file the site publishes from media/ (.html)",
        "the SVG has an 'onload' attribute on <svg>: a script that would run on the site's "
        "own address"]
    assert not out.exists()


def test_refused_files_are_left_out_of_the_listing(make_site):
    content = make_site({"media/index.html": "<p>x</p>", "media/ok.svg": SVG + "</svg>",
                         "media/x.svg": SVG + "<script>1</script></svg>",
                         "media/photo.png": b"\x89PNG"})
    assert media_files(content, Diagnostics()) == [content / "media/ok.svg",
                                                    content / "media/photo.png"]


def test_serve_does_not_publish_refused_files(make_site, tmp_path):
    content = make_site({"media/index.html": "<p>x</p>", "media/photo.png": b"\x89PNG"})
    live = LiveSite(SiteSpec(content), tmp_path / "site")
    outcome = live.rebuild()
    assert not outcome.ok and "media/index.html" not in live.files  # the error shows instead
    (content / "media/index.html").unlink()
    live.rebuild([content / "media/index.html"])
    assert [name for name in live.files if name.startswith("media/")] == ["media/photo.png"]


def test_the_bytes_copied_are_the_bytes_checked(make_site, monkeypatch):
    content = make_site({"media/map.svg": SVG + "</svg>"})  # clean when the site was gathered
    listed = media_files(content, Diagnostics())
    hostile = SVG.encode() + b"<script>1</script></svg>"
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes",
                        lambda self: hostile if self.name == "map.svg" else real(self))
    diags = _copied(listed)
    assert [d.message for d in diags] == [
        "the SVG holds a <script> element, which would run on the site's own address"]


def test_a_file_that_grew_after_its_size_was_checked_is_refused(make_site, monkeypatch):
    monkeypatch.setattr(media, "MAX_MEDIA_BYTES", 4)
    content = make_site({"media/photo.png": b"\x89PNG"})
    listed = media_files(content, Diagnostics())
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes",
                        lambda self: b"grown!" if self.name == "photo.png" else real(self))
    diags = _copied(listed)
    assert [d.message for d in diags] == [
        "'photo.png' is 6 bytes; the limit for a media file is 4"]


def _copied(listed: list[Path]) -> Diagnostics:
    """What copying media files reports when each changed after it was listed."""
    diags = Diagnostics()
    assert [read_media_file(path, diags) for path in listed] == [None] * len(listed)
    return diags
