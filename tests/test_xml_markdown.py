"""trafilatura's XML to Markdown: blocks, and the text trafilatura leaves loose between them."""

from __future__ import annotations

import pytest

from explainer.importer.xml_markdown import xml_to_markdown


def md(main: str) -> str:
    return xml_to_markdown(f"<doc><main>{main}</main></doc>")


@pytest.mark.parametrize("main, expected", [
    ('<head rend="h2">Cheaper minutes</head>After the success of the offer the company brings it '
     'back and sells the plan<p><ref target="https://example.org/t">for 5.99 euros</ref> a '
     "month.</p>",
     "## Cheaper minutes\n\nAfter the success of the offer the company brings it back and sells "
     "the plan [for 5.99 euros](https://example.org/t) a month."),
    ('<p>The first paragraph.</p>The council said the work would start in the spring, and the '
     "towns agreed.<p>The last paragraph.</p>",
     "The first paragraph.\n\nThe council said the work would start in the spring, and the towns "
     "agreed.\n\nThe last paragraph."),
    ("<p>The story.</p>05.08.2024, 20:59 Uhr<p>More of it.</p>",
     "The story.\n\nMore of it."),
    ('<quote>She said <hi rend="#b">no</hi> twice.</quote>', "> She said **no** twice."),
    ("<p>One.</p><list><item>First item</item><item>Second item</item></list>",
     "One.\n\n- First item\n- Second item"),
])
def test_blocks_and_loose_text(main, expected):
    assert md(main) == expected


def test_loose_text_that_opens_like_a_list_is_escaped():
    assert md("<p>Before.</p>1. is the number the council gave the plan among the proposals "
              "it read") == "Before.\n\n1\\. is the number the council gave the plan among the " \
                            "proposals it read"
