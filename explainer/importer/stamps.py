"""A line that only says when the story was published or updated, left in its text.

Extractors keep the page's time stamps when they sit inside the article's box: "Uppdaterad
15.59 | Publicerad 14.14", "**Giriş:**03.07.2024 - 18:24", "Updated: March 5, 2024 at 3:15
p.m. EST". Such a line opens with a label of publication or update, holds a date or a time
of day, and nothing else but the words a time is written with. The date itself is read from
the page's markup (:mod:`explainer.importer.metadata`), not from these lines.
"""

from __future__ import annotations

import re

from explainer.importer.clean import link_text
from explainer.importer.showndates import SHOWN_DATE

STAMP_WORDS = 16  # a longer paragraph is the story's
LABEL = (r"(?:(?:first|last|originally|zuletzt|dernière)\s+)?"
         r"(?:published|updated|posted|modified|last modified|veröffentlicht|aktualisiert|"
         r"erstellt|stand|publié|mis à jour|modifié|publicado|actualizado|atualizado|"
         r"pubblicato|aggiornato|gepubliceerd|bijgewerkt|publicerad|uppdaterad|publisert|"
         r"oppdatert|udgivet|opdateret|julkaistu|päivitetty|opublikowano|zaktualizowano|"
         r"aktualizacja|publikacja|publikováno|aktualizováno|giriş|güncelleme|yayınlanma|"
         r"yayın tarihi|son güncelleme|birt|uppfært|publicat|actualizat|megjelent|frissítve|"
         r"objavljeno|ažurirano|posodobljeno|publikované|aktualizované|paskelbta|atnaujinta|"
         r"publicēts|atjaunots|avaldatud|uuendatud|δημοσίευση|ενημέρωση|опубликовано|"
         r"обновлено|опубліковано|оновлено|публикувано|обновено|actualitzat|"
         r"diterbitkan|dipublikasikan|diperbarui|cập nhật|प्रकाशित|अपडेटेड|अपडेट|प्रकाशन|"
         r"প্রকাশিত|আপডেট|تاريخ النشر|نشر في|آخر تحديث|פורסם|עודכן|公開日|更新日|配信日|"
         r"发布时间|發布時間|更新时间|更新時間|입력|수정|업데이트|송고)")
OPENING = re.compile(rf"^\W*{LABEL}\b", re.IGNORECASE)
LABELS = re.compile(rf"{LABEL}\b", re.IGNORECASE)
LABEL_ALONE = re.compile(rf"^\W*{LABEL}\W*$", re.IGNORECASE)
CLOCK = re.compile(r"(?<![\d.,])\d{1,2}[:.h]\d{2}(?![\d.,]\d)")
AGO = re.compile(r"\b\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago\b", re.IGNORECASE)
# The words a date or a time is written with, besides its figures: months, days, "at", "um",
# "a.m." (read before "a", "at"), time zones ("EST", "MEZ")
MONTHS = (r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|"
          r"juni|juli|okt|dez|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|"
          r"novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
          r"octubre|noviembre|diciembre|januari|februari|maart|mei|augustus|oktober|ocak|şubat|"
          r"mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık")
FILLER = re.compile(
    rf"\b(?:a\.?m|p\.?m|(?:{MONTHS})[a-zé]*|mon|tue|wed|thu|fri|sat|sun|[a-z]+day|on|at|am|um|"
    r"le|à|el|il|op|om|a|las|às|em|alle|ore|den|kl|klockan|kello|godz|saat|uhr|h|"
    r"(?-i:[A-Z]{2,3}T|[A-Z]{2,4}))\b\.?",
    re.IGNORECASE)


# a date with its month in words, in any language of :data:`MONTHS` ("20 Nisan 2026")
WORDED_DATE = re.compile(rf"\b\d{{1,2}}\.?\s+(?:{MONTHS})[a-zé]*\.?,?\s+(?:19|20)\d\d\b",
                         re.IGNORECASE)


def is_time_stamp(paragraph: str) -> bool:
    """Whether a paragraph (Markdown) only says when the story was published or updated: it
    opens with a label, or with a date and holds one ("20 Nisan 2026 • Güncelleme: …"), or
    it is the label alone ("Published", its date set apart and left out)."""
    text = link_text(paragraph).replace("*", " ").replace("_", " ").replace("\\", " ")
    if LABEL_ALONE.match(text):
        return True  # its date or time left out ("Published")
    if len(text.split()) > STAMP_WORDS or not (OPENING.match(text) or (
            LABELS.search(text) and _opens_with_date(text))):
        return False
    if not (SHOWN_DATE.search(text) or CLOCK.search(text) or AGO.search(text)
            or WORDED_DATE.search(text)):
        return False
    rest = AGO.sub(" ", CLOCK.sub(" ", WORDED_DATE.sub(" ", SHOWN_DATE.sub(
        " ", LABELS.sub(" ", text)))))
    rest = re.sub(r"[\d\W_]+", " ", FILLER.sub(" ", rest))
    return not rest.strip()


def _opens_with_date(text: str) -> bool:
    bare = text.lstrip(" \t*_•·|-–—")
    return any(bool(m) and m.start() == 0 for m in (SHOWN_DATE.search(bare),
                                                       WORDED_DATE.search(bare)))
