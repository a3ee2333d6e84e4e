"""Links without the parameters that only tell a site where its reader came from.

A newsletter or a share button adds ``utm_source=…``, ``fbclid=…`` or ``mc_cid=…`` to a link;
they do not change the page it leads to, make a link in the editor's Markdown hundreds of
characters long, and would pass on a reader's visit to the campaign's owner. They are the
parameters that link-cleaning tools (ClearURLs, Firefox's query stripping) remove everywhere.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

TRACKING = re.compile(
    r"(?:utm_\w+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|igshid"
    r"|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|ref_src|_ga|_gl"
    r"|__twitter_impression)$", re.IGNORECASE)


# A video or music service's share id ("youtu.be/…?si=…"), on those services only
SHARE_ID = re.compile(r"si$")
SHARING_HOSTS = re.compile(r"(?:^|\.)(?:youtube\.com|youtu\.be|spotify\.com)$", re.IGNORECASE)
TEXT_FRAGMENT = ":~:"  # "#:~:text=…": a reader's highlight, copied with the link


def untracked(target: str) -> str:
    """``target`` without its tracking parameters (the rest of its query kept as written;
    a page that escaped its "&" twice writes "amp;utm_medium"), a share id on a video or
    music service, and a highlight's text fragment ("#:~:text=…")."""
    if TEXT_FRAGMENT in target and "#" in target:
        page, _, fragment = target.partition("#")
        kept_fragment = fragment.partition(TEXT_FRAGMENT)[0]
        target = f"{page}#{kept_fragment}" if kept_fragment else page
    if "?" not in target:
        return target
    try:
        parts = urlsplit(target)
    except ValueError:
        return target
    if not parts.query:
        return target
    sharing = bool(SHARING_HOSTS.search(parts.hostname or ""))
    kept = [pair for pair in parts.query.split("&") if pair and not _tracking(
        pair.split("=", 1)[0].removeprefix("amp;"), sharing)]
    if len(kept) == len(parts.query.split("&")):
        return target
    return urlunsplit(parts._replace(query="&".join(kept)))


def _tracking(name: str, sharing: bool) -> bool:
    return bool(TRACKING.match(name) or (sharing and SHARE_ID.match(name)))
