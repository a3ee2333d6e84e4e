"""A paragraph of the story made mostly of links, dropped by the extractor, is put back."""

from __future__ import annotations

from explainer.importer.html import parse_html
from explainer.importer.restore import lede_restored, restored
from explainer.importer.setapart import Page
from explainer.importer.summary import plain_text

STORY = [
    "The two towns agreed on Tuesday to share the cost of a new bridge over the river.",
    "Work is to start next spring and should take about two years, the councils said.",
    "Residents have waited for a second crossing since the old ferry stopped running.",
    "The regional fund will pay half, and tolls on lorries will pay for the rest of it.",
]
LINKED = ('<a href="/topics/ferry">The ferry</a> stops <a href="/topics/bridge">when the '
          'bridge opens</a>.')


def block(inner: str, cls: str = "block") -> str:
    return f'<div class="{cls}"><div class="container"><span>{inner}</span></div></div>'


def page(middle: str) -> str:
    return ("<html><head><title>Towns agree on a bridge</title></head><body><article>"
            "<h1>Towns agree on a bridge</h1>" + block(STORY[0]) + block(STORY[1]) + middle
            + block(STORY[2]) + block(STORY[3]) + "</article></body></html>")


def test_a_dropped_paragraph_of_the_same_kind_is_put_back_with_its_links():
    back = restored(STORY, Page(page(block(LINKED))), "https://news.example/a", plain_text)
    assert back == [*STORY[:2], "[The ferry](https://news.example/topics/ferry) stops "
                    "[when the bridge opens](https://news.example/topics/bridge).", *STORY[2:]]


def test_a_box_of_another_kind_is_not_put_back():
    middle = block(LINKED, cls="related")
    assert restored(STORY, Page(page(middle)), None, plain_text) == STORY


def test_a_box_with_a_picture_is_not_put_back():
    middle = block(LINKED + '<img src="a.jpg" alt="">')
    assert restored(STORY, Page(page(middle)), None, plain_text) == STORY


def test_text_the_paragraphs_already_hold_is_not_put_back_again():
    assert restored(STORY, Page(page(block(STORY[1]))), None, plain_text) == STORY


def test_nothing_is_put_back_after_the_last_paragraph():
    assert restored(STORY[:2], Page(page(block(LINKED))), None, plain_text) == STORY[:2]


def test_put_back_text_is_inert_markdown():
    middle = block('<a href="javascript:alert(1)">Click *here*</a> for the &lt;b&gt;plan '
                   "of the towns.")
    back = restored(STORY, Page(page(middle)), None, plain_text)
    assert back[2] == "Click \\*here\\* for the &lt;b>plan of the towns."


def test_an_imported_text_keeps_a_paragraph_made_of_links():
    imported = parse_html(page(block(LINKED)), url="https://news.example/a")
    assert any("when the bridge opens" in p for p in imported.paragraphs)


def test_a_row_of_links_alone_is_not_put_back():
    row = ('<a href="https://twitter.com/x">Twitter</a> <a href="https://facebook.com/x">'
           'Facebook</a> <a href="mailto:a@b.c">Email this story</a>')
    assert restored(STORY, Page(page(block(row))), None, plain_text) == STORY


def test_hidden_text_comments_and_instructions_are_not_put_back():
    hidden = block(LINKED).replace('class="block"', 'class="block" style="display: none"')
    assert restored(STORY, Page(page(hidden)), None, plain_text) == STORY
    noted = block(LINKED + "<!-- an editor's note --><?php echo 1 ?>")
    assert restored(STORY, Page(page(noted)), None, plain_text)[2].endswith("(/topics/bridge).")


def test_put_back_text_starts_no_heading_list_or_quote():
    for mark in ("# ", "1. ", "> ", "- "):
        back = restored(STORY, Page(page(block(mark + LINKED))), None, plain_text)
        assert back[2][:1] in ("\\", "&") or back[2].startswith("1\\.")


def test_a_link_that_cannot_be_read_keeps_its_words():
    broken = block('<a href="http://[bad">The ferry</a> stops when the bridge opens.')
    back = restored(STORY, Page(page(broken)), "https://news.example/a", plain_text)
    assert back[2] == "The ferry stops when the bridge opens."


def test_no_more_than_twenty_paragraphs_are_put_back():
    story = [f"Paragraph {n} of the story about the bridge over the river." for n in range(4)]
    boxes = [block(LINKED.replace("ferry", f"ferry {n}")) for n in range(30)]
    html = ("<html><body><article>" + "".join(
        block(p) + "".join(boxes[10 * i:10 * i + 10]) for i, p in enumerate(story[:3]))
        + block(story[3]) + "</article></body></html>")
    assert len(restored(story, Page(html), None, plain_text)) == len(story) + 20


def test_paragraphs_far_apart_or_out_of_order_have_nothing_put_back_between_them():
    many = "".join(block(LINKED.replace("ferry", f"ferry {n}")) for n in range(13))
    assert restored(STORY, Page(page(many)), None, plain_text) == STORY
    assert restored(STORY[::-1], Page(page(block(LINKED))), None, plain_text) == STORY[::-1]


def section(inner: str) -> str:  # a paragraph in a box of its own, two levels deep
    return (f'<section class="group"><div class="hidden">Article</div><div class="inline">'
            f"{inner}</div></section>")


def sectioned(*blocks: str) -> str:
    return ("<html><body><article>" + "".join(section(b) for b in blocks)
            + "</article></body></html>")


def test_a_paragraph_in_a_box_two_levels_deep_is_put_back():
    html = sectioned(*(f"<p>{p}</p>" for p in STORY[:2]), f"<p>{LINKED}</p>",
                     *(f"<p>{p}</p>" for p in STORY[2:]))
    assert restored(STORY, Page(html), None, plain_text)[2] == (
        "[The ferry](/topics/ferry) stops [when the bridge opens](/topics/bridge).")


def test_a_paragraph_dropped_after_a_subheading_is_put_back_after_it():
    text = [STORY[0], "## The cost", STORY[1]]
    html = sectioned(f"<p>{STORY[0]}</p>", "<h3>The cost</h3>", f"<p>{LINKED}</p>",
                     f"<p>{STORY[1]}</p>")
    assert restored(text, Page(html), None, plain_text)[2].startswith("[The ferry]")


def test_a_paragraph_dropped_before_a_subheading_is_put_back_before_it():
    text = [STORY[0], "## The cost", STORY[1]]
    html = sectioned(f"<p>{STORY[0]}</p>", f"<p>{LINKED}</p>", "<h3>The cost</h3>",
                     f"<p>{STORY[1]}</p>")
    assert restored(text, Page(html), None, plain_text) == [
        STORY[0], "[The ferry](/topics/ferry) stops [when the bridge opens](/topics/bridge).",
        *text[1:]]


def test_a_paragraph_dropped_after_a_subheading_is_not_put_before_it():
    text = [STORY[0], "## The cost", STORY[2]]
    html = sectioned(f"<p>{STORY[0]}</p>", "<h3>The cost</h3>", f"<p>{STORY[1]}</p>",
                     f"<p>{STORY[2]}</p>")
    assert restored(text, Page(html), None, plain_text)[:2] == text[:2]


def test_a_box_is_not_looked_for_past_a_wrapper_that_holds_several_paragraphs():
    html = sectioned(f"<p>{STORY[0]}</p><p>{STORY[1]}</p>", f"<p>{LINKED}</p>",
                     f"<p>{STORY[2]}</p><p>{STORY[3]}</p>")
    assert restored(STORY, Page(html), None, plain_text) == STORY


JAPANESE = ["各地の震度は次のとおりです。気象庁によりますと震源の深さは十キロでした。",
            "震度四を観測したのは次の地域です。津波の心配はないということです。",
            "気象庁は今後一週間ほどは同じ程度の揺れに注意するよう呼びかけています。"]


def test_a_list_of_linked_places_in_a_script_without_spaces_is_put_back():
    listed = '<a href="/a">福岡県</a>：<a href="/b">久留米市</a>、<a href="/c">大牟田市</a>'
    html = ("<html><body><article>" + block(JAPANESE[0]) + block(JAPANESE[1]) + block(listed)
            + block(JAPANESE[2]) + "</article></body></html>")
    back = restored(JAPANESE, Page(html), "https://news.example/a", plain_text)
    assert back[2] == ("[福岡県](https://news.example/a)：[久留米市](https://news.example/b)、"
                       "[大牟田市](https://news.example/c)")


def lede_page(lede: str, lede_class: str = "body-paragraph speakable") -> str:
    """A story whose first paragraph sits in a wrapper of its own, in a <p> that shares a
    class with the <div>s of the paragraphs after it (as cnn.com sets its lede)."""
    rest = "".join(f'<div class="body-paragraph">{p}</div>' for p in STORY[1:])
    return ('<html><body><article><h1>Towns agree on a bridge</h1><div class="container">'
            f'<div class="media-lede"><p class="{lede_class}">{lede}</p></div>'
            f"{rest}</div></article></body></html>")


def test_a_lede_the_extractor_dropped_before_the_first_paragraph_is_put_back():
    back = lede_restored(STORY[1:], Page(lede_page(STORY[0])), None, plain_text)
    assert back == STORY


def test_a_box_before_the_text_that_shares_no_class_with_it_is_not_put_back():
    standfirst = lede_page(STORY[0], lede_class="standfirst")
    assert lede_restored(STORY[1:], Page(standfirst), None, plain_text) == STORY[1:]


def test_a_short_line_before_the_text_is_no_lede():
    short = lede_page("Updated at noon")
    assert lede_restored(STORY[1:], Page(short), None, plain_text) == STORY[1:]


def test_a_lede_the_text_already_holds_is_not_put_back_again():
    later = [*STORY[1:], STORY[0]]  # the extractor moved it down
    assert lede_restored(later, Page(lede_page(STORY[0])), None, plain_text) == later


def plain_page(middle: str) -> str:
    """The story's paragraphs side by side in one box, as pages with no article's markup
    set them."""
    return ("<html><body><div><h1>Towns agree on a bridge</h1><div>"
            + "".join(f"<p>{s}</p>" for s in STORY[:2]) + middle
            + "".join(f"<p>{s}</p>" for s in STORY[2:]) + "</div></div></body></html>")


def test_a_dropped_list_between_the_story_s_paragraphs_is_put_back():
    middle = "<ul><li>Half from the regional fund</li><li>Half from tolls on lorries</li></ul>"
    back = restored(STORY, Page(plain_page(middle)), None, plain_text)
    assert back == [*STORY[:2], "- Half from the regional fund\n- Half from tolls on lorries",
                    *STORY[2:]]


def test_a_dropped_numbered_list_keeps_its_numbers():
    middle = '<ol start="3"><li>A vote in May</li><li>Work from the spring</li></ol>'
    back = restored(STORY, Page(plain_page(middle)), None, plain_text)
    assert back[2] == "3. A vote in May\n4. Work from the spring"


def test_a_list_of_links_alone_is_not_put_back():
    middle = ('<ul><li><a href="/a">Ferry fares rise again</a></li>'
              '<li><a href="/b">Bridge vote delayed</a></li></ul>')
    assert restored(STORY, Page(plain_page(middle)), None, plain_text) == STORY


def test_a_list_of_one_item_is_not_put_back():
    middle = "<ul><li>Half from the regional fund</li></ul>"
    assert restored(STORY, Page(plain_page(middle)), None, plain_text) == STORY


def test_a_list_mostly_of_links_is_not_put_back():
    middle = ('<ul><li>From 40 euros: <a href="/a">a small starfighter model kit</a></li>'
              '<li>From 85 euros: <a href="/b">a set of coins and building plans</a></li></ul>')
    assert restored(STORY, Page(plain_page(middle)), None, plain_text) == STORY


def test_a_dropped_paragraph_that_is_one_link_making_a_sentence_is_put_back():
    sentence = '<a href="/docs/budget.pdf">The full plan for the bridge is on the council site.</a>'
    back = restored(STORY, Page(page(block(sentence))), "https://news.example/a", plain_text)
    assert back[2] == ("[The full plan for the bridge is on the council site.]"
                       "(https://news.example/docs/budget.pdf)")


def test_a_dropped_link_alone_that_makes_no_sentence_is_not_put_back():
    headline = '<a href="/other">Ferry fares rise again as the council weighs the bridge</a>'
    assert restored(STORY, Page(page(block(headline))), None, plain_text) == STORY
