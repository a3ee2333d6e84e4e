"""SVGs in content/media/: published only without script, embedded page or other host
(explainer/content/svg.py). Each test builds a site holding one SVG and compares the exact
errors."""

from __future__ import annotations

import pytest

from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build_files
from tests.test_media_safety import LOAD_HINT, SCRIPT_HINT, SVG, site_errors, svg_errors


def test_a_clean_svg_is_copied_byte_for_byte(make_site):
    clean = (SVG + '<style>.sea { fill: url(#water); font-family: "Noto Sans" }</style>\n'
             '<defs><linearGradient id="water"><stop offset="0"/></linearGradient>\n'
             '<g id="pin"><circle r="2" style="fill: url(#water)"/></g></defs>\n'
             '<rect class="sea" width="10" height="10" transform="rotate(5)"/>\n'
             '<use href="#pin" x="3"/><use xlink:href="#pin" x="6"/>\n'
             '<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>\n'
             '<image href="photo.jpg" width="1" height="1"/>\n'
             '<a href="https://example.org/"><text>source</text></a>\n</svg>\n').encode()
    content = make_site({"media/map.svg": clean, "media/photo.jpg": b"\xff\xd8"})
    result = build_files(SiteSpec(content))
    assert result.ok, [d.format() for d in result.diagnostics]
    assert result.files["media/map.svg"] == clean


def test_an_svg_with_a_script_element(make_site):
    assert svg_errors(make_site, "  <g>\n    <script>alert(1)</script></g>") == [
        "media/map.svg:3:5: error: the SVG holds a <script> element, which would run on the "
        "site's own address\n" + SCRIPT_HINT]


def test_an_svg_with_an_onload_attribute(make_site):
    assert svg_errors(make_site, '<rect/><rect width="1"\n   onclick="alert(1)"/>') == [
        "media/map.svg:3:4: error: the SVG has an 'onclick' attribute on <rect>: a script that "
        "would run on the site's own address\n" + SCRIPT_HINT]


def test_a_handler_on_the_svg_element_itself(make_site):
    content = make_site({"media/x.svg": '<svg xmlns="http://www.w3.org/2000/svg" '
                                        'onload="alert(1)"/>'})
    assert site_errors(content) == [
        "media/x.svg:1:41: error: the SVG has an 'onload' attribute on <svg>: a script that "
        "would run on the site's own address\n" + SCRIPT_HINT]


def test_an_svg_with_a_foreign_object(make_site):
    body = ('<foreignObject width="9" height="9"><p xmlns="http://www.w3.org/1999/xhtml">hi'
            '</p></foreignObject>')
    assert svg_errors(make_site, body) == [
        "media/map.svg:2:1: error: the SVG holds a <foreignObject> element, which can carry a "
        "page with scripts\n" + SCRIPT_HINT]


@pytest.mark.parametrize("tag", ["iframe", "embed", "object"])
def test_an_svg_that_embeds_a_page(make_site, tag):
    assert svg_errors(make_site, f'<{tag} src="page.html"/>') == [
        f"media/map.svg:2:1: error: the SVG holds an <{tag}> "
        "element, which would load another page into the picture\n" + SCRIPT_HINT]


def test_an_html_script_inside_an_svg(make_site):
    body = '<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'
    assert svg_errors(make_site, body) == [
        "media/map.svg:2:1: error: the SVG holds the HTML element <script>, which a browser "
        "runs as part of a page, scripts and all\n" + SCRIPT_HINT]


@pytest.mark.parametrize("address", [
    "javascript:alert(1)", " JavaScript:alert(1)", "jav&#x61;script:alert(1)",
    "java&#9;script:alert(1)"])
def test_a_javascript_link(make_site, address):
    assert svg_errors(make_site, f'<a xlink:href="{address}"><text>x</text></a>') == [
        "media/map.svg:2:4: error: the SVG has a 'javascript:' address in 'xlink:href' on "
        "<a>, which would run on the site's own address\n" + SCRIPT_HINT]


def test_a_vbscript_source(make_site):
    assert svg_errors(make_site, '<image src="vbscript:msgbox(1)"/>') == [
        "media/map.svg:2:8: error: the SVG has a 'vbscript:' address in 'src' on <image>, "
        "which would run on the site's own address\n" + SCRIPT_HINT]


def test_an_svg_written_into_an_svg_as_data(make_site):
    assert svg_errors(make_site, '<image href="data:image/svg+xml;base64,PHN2Zz4="/>') == [
        "media/map.svg:2:8: error: the SVG has a 'data:' address in 'href' on <image>: only "
        "PNG, GIF, JPEG, WebP and AVIF pictures may be written into an SVG\n"
        "  hint: write the picture in as PNG, JPEG, GIF, WebP or AVIF, or put it in media/ and "
        "refer to it by its name"]


def test_a_link_with_another_scheme(make_site):
    assert svg_errors(make_site, '<a href="file:///etc/passwd"><text>x</text></a>') == [
        "media/map.svg:2:4: error: the SVG links to 'file:///etc/passwd' in 'href' on <a>: "
        "links may use only http:, https:, mailto: and tel:\n"
        "  hint: write the link as an https: address"]


@pytest.mark.parametrize(("tag", "address"), [
    ("image", "https://tracker.example/pixel.png"), ("use", "//tracker.example/x.svg#a"),
    ("feImage", "http://tracker.example/x.png"), ("image", "\\\\tracker.example/x.png")])
def test_a_picture_loaded_from_another_host(make_site, tag, address):
    assert svg_errors(make_site, f'<{tag} href="{address}"/>') == [
        f"media/map.svg:2:{len(tag) + 3}: error: the SVG loads '{address}' from another host "
        f"('href' on <{tag}>)\n" + LOAD_HINT]


@pytest.mark.parametrize(("tag", "changed"), [
    ("set", "href"), ("animate", "xlink:href"), ("set", "onclick")])
def test_an_animation_that_changes_a_link_or_handler(make_site, tag, changed):
    article = "an" if tag == "animate" else "a"
    body = f'<a href="#"><{tag} attributeName="{changed}" begin="0s"/></a>'
    assert svg_errors(make_site, body) == [
        f"media/map.svg:2:{len(tag) + 15}: error: the SVG has {article} <{tag}> that changes "
        f"'{changed}', which could turn it into a script\n" + SCRIPT_HINT]


def test_a_style_that_imports_a_stylesheet(make_site):
    assert svg_errors(make_site, "<style>@import url(https://fonts.example/x.css);</style>") == [
        "media/map.svg:2:1: error: the SVG imports another stylesheet (@import in <style>)\n"
        + LOAD_HINT]


@pytest.mark.parametrize("css", [
    "rect { fill: url(https://tracker.example/x.svg#g) }",
    "rect { fill: URL( 'https://tracker.example/x.svg#g' ) }",
    "rect { fill: \\75rl(https://tracker.example/x.svg#g) }",
    'rect { background: image-set("https://tracker.example/x.svg#g" 1x) }'])
def test_a_style_element_that_loads_from_another_host(make_site, css):
    assert svg_errors(make_site, f"<style>{css}</style>") == [
        "media/map.svg:2:1: error: the SVG loads 'https://tracker.example/x.svg#g' from "
        "another host (<style>)\n" + LOAD_HINT]


def test_a_style_attribute_that_loads_from_another_host(make_site):
    body = '<rect width="9" style="cursor: url(//tracker.example/c.png), auto"/>'
    assert svg_errors(make_site, body) == [
        "media/map.svg:2:17: error: the SVG loads '//tracker.example/c.png' from another host "
        "('style' on <rect>)\n" + LOAD_HINT]


def test_a_presentation_attribute_that_loads_from_another_host(make_site):
    assert svg_errors(make_site, '<rect fill="url(https://tracker.example/g.svg#a)"/>') == [
        "media/map.svg:2:7: error: the SVG loads 'https://tracker.example/g.svg#a' from "
        "another host ('fill' on <rect>)\n" + LOAD_HINT]


def test_a_script_in_a_style(make_site):
    assert svg_errors(make_site, '<rect style="background: url(javascript:alert(1))"/>') == [
        "media/map.svg:2:7: error: the SVG has a script in its style ('javascript:' in "
        "'style' on <rect>)\n" + SCRIPT_HINT]


def test_an_xml_stylesheet_instruction(make_site):
    content = make_site({"media/map.svg": '<?xml version="1.0"?>\n'
                         '<?xml-stylesheet type="text/xsl" href="page.xsl"?>\n'
                         '<svg xmlns="http://www.w3.org/2000/svg"/>\n'})
    assert site_errors(content) == [
        "media/map.svg:2:1: error: the SVG asks for a stylesheet (<?xml-stylesheet?>), which "
        "could turn it into a page with scripts\n"
        "  hint: delete the line, or write the style in a <style> element"]


@pytest.mark.parametrize("subset", [
    '<!ENTITY js "javascript:alert(1)">', '<!ATTLIST svg onload CDATA "alert(1)">'])
def test_a_doctype_that_declares_entities_or_attributes(make_site, subset):
    content = make_site({"media/map.svg": f'<?xml version="1.0"?>\n<!DOCTYPE svg [{subset}]>\n'
                                          '<svg xmlns="http://www.w3.org/2000/svg"/>\n'})
    assert site_errors(content) == [
        "media/map.svg:2:1: error: the SVG's DOCTYPE declares entities or attributes, which "
        "could hide a script\n"
        "  hint: delete the DOCTYPE, or export the picture again as plain SVG"]


def test_a_doctype_whose_quoted_address_holds_a_bracket_still_has_its_entity_found(make_site):
    drawing = ('<!DOCTYPE svg SYSTEM "a>b" [<!ENTITY x "<script>alert(1)</script>">]>\n'
               '<svg xmlns="http://www.w3.org/2000/svg">&x;</svg>\n')
    assert site_errors(make_site({"media/map.svg": drawing})) == [
        "media/map.svg:1:1: error: the SVG uses an entity (&name;), which could hide a script\n"
        "  hint: delete the DOCTYPE, or export the picture again as plain SVG"]


def test_a_doctype_subset_after_a_quoted_address_with_a_bracket(make_site):
    drawing = ('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://x/>y" '
               '[<!ATTLIST svg onload CDATA "alert(1)">]>\n'
               '<svg xmlns="http://www.w3.org/2000/svg"/>\n')
    assert site_errors(make_site({"media/map.svg": drawing})) == [
        "media/map.svg:1:1: error: the SVG's DOCTYPE declares entities or attributes, which "
        "could hide a script\n"
        "  hint: delete the DOCTYPE, or export the picture again as plain SVG"]


def test_a_doctype_other_than_the_w3c_ones(make_site):
    drawing = ('<!DOCTYPE svg SYSTEM "https://evil.example/x.dtd">\n'
               '<svg xmlns="http://www.w3.org/2000/svg"/>\n')
    assert site_errors(make_site({"media/map.svg": drawing})) == [
        "media/map.svg:1:1: error: the SVG's DOCTYPE is not one of the W3C's SVG DOCTYPEs\n"
        "  hint: delete the DOCTYPE, or export the picture again as plain SVG"]


def test_the_svg_1_1_doctype_is_accepted(make_site):
    drawing = ('<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
               '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
               '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>\n')
    assert build_files(SiteSpec(make_site({"media/map.svg": drawing}))).ok


def test_an_svg_that_is_not_well_formed(make_site):
    content = make_site({"media/map.svg": SVG + "<g><rect></g>\n</svg>\n"})
    assert site_errors(content) == [
        "media/map.svg:2:14: error: not a readable SVG: Opening and ending tag mismatch: rect "
        "line 2 and g\n  hint: open it in a drawing program and export it again as SVG"]


def test_a_page_named_svg(make_site):
    content = make_site({"media/map.svg": '<html xmlns="http://www.w3.org/1999/xhtml">'
                                          "<script>alert(1)</script></html>"})
    assert site_errors(content) == [
        "media/map.svg:1:1: error: not an SVG: the outermost element is <html>, not <svg "
        'xmlns="http://www.w3.org/2000/svg">\n'
        '  hint: an SVG starts with <svg xmlns="http://www.w3.org/2000/svg">']


def test_many_problems_in_one_svg_are_cut_short(make_site):
    errors = svg_errors(make_site, '<g onclick="x"/>\n' * 15)
    assert len(errors) == 11
    assert errors[-1] == ("media/map.svg:1:1: error: the SVG has more problems like these; "
                          "only the first 10 are shown\n" + SCRIPT_HINT)


def test_an_svg_in_utf16_is_checked_the_same(make_site):
    drawing = ('<?xml version="1.0" encoding="UTF-16"?>\n<svg xmlns="http://www.w3.org/2000/svg">'
               "\n<script>alert(1)</script></svg>\n").encode("utf-16")
    assert site_errors(make_site({"media/map.svg": drawing})) == [
        "media/map.svg:3:1: error: the SVG holds a <script> element, which would run on the "
        "site's own address\n" + SCRIPT_HINT]
