"""The box that stands in for an embedded post or video until the reader consents to load it
("Empfohlener redaktioneller Inhalt", "Ich bin damit einverstanden, dass mir externe Inhalte
angezeigt werden"): the page's furniture, not the story."""

from __future__ import annotations

import re

from explainer.importer.prompts import REPORTED

# The box standing in for an embed until the reader consents: its label, or its words about
# the external content, addressed to the reader ("Ich bin damit einverstanden, dass mir der
# externe Inhalt angezeigt wird", "Sie können sich hier den externen Inhalt … anzeigen
# lassen", "you agree to external content being shown")
EMBED_LABEL = re.compile(r"^[*_#\s]*(?:empfohlener redaktioneller inhalt|ein klick für den "
                         r"datenschutz|externer inhalt|external content)[*_\s]*$", re.IGNORECASE)
EXTERNAL = re.compile(r"\b(?:externe[nrs]?\s+(?:\w+\s+)?inhalte?|external\s+(?:\w+\s+)?"
                      r"content)\b", re.IGNORECASE)
CONSENT = re.compile(r"\b(?:anzeig\w*|anzuzeigen|angezeigt|einverstanden|zustimmung|einwilligung|"
                     r"klick\w*|click\w*|consent\w*|"
                     r"agree\w*|shown|display\w*|load\w*)\b", re.IGNORECASE)
READER = re.compile(r"\b(?:Sie|Ihnen|du|dir|mir|[Ii]ch|[Yy]ou|[Yy]our|I)\b")
IP_SENT = re.compile(r"\b(?:ip-adresse|ip address)\b[^.]{0,80}\b(?:übertragen|übermittelt|"
                     r"weitergegeben|transmitted|sent|shared|transferred)\b", re.IGNORECASE)
# what the box says goes to the platform once the reader consents, and where to read more
DATA_SENT = re.compile(r"\b(?:personenbezogene daten|personal data|données personnelles|datos "
                       r"personales|dati personali)\b[^.]{0,80}\b(?:übermittelt|übertragen|"
                       r"transmitted|transferred|sent|shared|transmises|transferidos|trasferiti)\b"
                       r"[^.]{0,40}\.[^.]{0,80}\b(?:datenschutz\w*|privacy|confidentialité|"
                       r"privacidad)\b", re.IGNORECASE)
CONSENT_WORDS = 100  # an embed's consent box says what it loads, from where, and why
SHORT_QUOTE = re.compile(r"[„“”\"«»][^„“”\"«»]{0,30}[„“”\"«»]")


def is_embed_consent(paragraph: str) -> bool:
    """The box that stands in for an embed until the reader consents: its label alone
    (:data:`EMBED_LABEL`), or up to :data:`CONSENT_WORDS` words that say the content is
    external or that the reader's IP address goes to its server ("Erst wenn Sie hier klicken,
    … Ihre IP-Adresse wird dabei an externe Server … übertragen"), ask for a click or consent,
    and quote no one (a short quoted label, „Meine News“, is no quotation)."""
    if EMBED_LABEL.match(paragraph) or (
            len(paragraph.split()) <= CONSENT_WORDS / 2 and DATA_SENT.search(paragraph)):
        return True
    return len(paragraph.split()) <= CONSENT_WORDS and bool(
        (EXTERNAL.search(paragraph) or IP_SENT.search(paragraph)) and CONSENT.search(paragraph)
        and READER.search(paragraph) and not REPORTED.search(SHORT_QUOTE.sub("", paragraph)))
