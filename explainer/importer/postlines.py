"""The line a blog sets under its post to say who posted it and when (Movable Type's and
TypePad's "Posted by Dana Whitcomb at 03:45 PM in City Hall", Blogger's "posted by Tom
Keane at 3:45 PM", Drupal's "Submitted by Kate Farrell on Tue, 03/04/2008 - 14:22"): the
post's writers, read where no markup names them. The same line under each reader's comment
("Posted by: Gail R. | October 18, 2005") is a commenter's, and is passed over."""

from __future__ import annotations

import re
from typing import Any

# the names run to the time, the date, the category or a separator that follows them
POSTED = re.compile(r"^(?:posted|submitted)\s+by\s*:?\s+(?P<names>[^|·•]+?)"
                    r"(?=\s+(?:at|on|in|@)\s|\s*[|·•]|\s*[.,]?\s*$)", re.IGNORECASE)
LINE = 200  # characters of a post's line, at most
NAME_WORDS = 8  # words of its names, at most ("Ruth Calloway and Ben Ortiz")
READ = 200  # of the page's text nodes that open with the label, the first
# (a reader's comment, or an obituary's tribute or its guest book's entry, a menu, a rail of
# other posts or the page's own footer)
_CLASS = ("translate(concat(@class, ' ', @id), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
          "'abcdefghijklmnopqrstuvwxyz')")
NOT_POST = ("ancestor-or-self::*[" + " or ".join(
    f"contains({_CLASS}, '{word}')" for word in ("comment", "tribute", "guestbook", "guest-book",
                                                 "condolence")) + "] or ancestor::nav or "
            "ancestor::aside or ancestor::li or ancestor::footer[not(ancestor::article)]")
LABEL_NODES = ("//body/descendant::text()[starts-with(translate(normalize-space(), "
               "'POSTEDSUBMIT', 'postedsubmit'), 'posted by') or starts-with(translate("
               "normalize-space(), 'POSTEDSUBMIT', 'postedsubmit'), 'submitted by')]")


def posted_by(tree: Any) -> list[str]:
    """The names of the first line that says who posted the page's post, outside comments,
    menus, lists and asides; none when its names are not written as names (a user's login
    in lower case, "orchardhills")."""
    for node in tree.xpath(LABEL_NODES)[:READ]:
        owner = node.getparent()
        line = owner if not node.is_tail else owner.getparent()
        if line is None or line.xpath(NOT_POST):
            continue
        text = " ".join(line.text_content().split())
        match = POSTED.match(text) if len(text) <= LINE else None
        if match:
            names = match.group("names").strip()
            return [names] if names[:1].isupper() and len(names.split()) <= NAME_WORDS else []
    return []
