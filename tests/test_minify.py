"""The published stylesheet: comments and layout whitespace out, meaning unchanged."""

from explainer.output.minify import asset, css


def test_comments_and_indentation_go():
    assert css("/* a note */\n.a {\n  color: red;\n}\n") == ".a{color:red;}\n"


def test_strings_are_kept_as_written():
    assert css('.a::before { content: "/* not a comment */  x"; }') == (
        '.a::before{content:"/* not a comment */  x";}\n')


def test_spaces_between_values_and_in_calc_stay():
    assert css(".a { margin: 0 0 1em; width: calc(100% - 2 * var(--x)); }") == (
        ".a{margin:0 0 1em;width:calc(100% - 2 * var(--x));}\n")


def test_a_descendant_pseudo_class_keeps_its_space():
    assert css(".a :is(p, li) { x: y }") == ".a :is(p,li){x:y}\n"


def test_media_queries_keep_their_words_apart():
    assert css("@media screen and (width >= 64rem), print { .a { b: c } }") == (
        "@media screen and (width >= 64rem),print{.a{b:c}}\n")


def test_other_files_are_published_as_they_are():
    assert asset("glossary.js", b"/* kept */ x") == b"/* kept */ x"
    assert asset("style.css", b"\xff/* bytes that are not UTF-8 */") == (
        b"\xff/* bytes that are not UTF-8 */")
