"""Dates as pages show them to their readers, in the languages read: "3. März 2024",
"3 de marzo de 2024", "2024年3月3日", and "03/03/2024" read day or month first as the page's
language writes it; and the labels that make a date the time of a change ("Updated")."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

from explainer.importer.solardates import in_gregorian
from explainer.importer.textlanguage import language_of

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
# The months' names and the short forms news pages write, in the languages read (English,
# German, French, Spanish, Portuguese, Italian, Dutch, the Nordic languages, Turkish,
# Indonesian, Arabic; Polish, Russian, Ukrainian, Czech, Romanian, Finnish and Greek in the
# forms a date writes them, "3 kwietnia 2024", "3 апреля 2024", "3. dubna 2024")
MONTH_WORDS = (
    "january jan januar janvier enero ene janeiro gennaio januari ocak stycznia styczeń "
    "января январь січня ledna ianuarie tammikuuta ιανουαρίου يناير",
    "february feb februar février fevrier febrero fevereiro fev febbraio februari şubat subat "
    "lutego luty февраля февраль лютого února unora februarie helmikuuta φεβρουαρίου فبراير",
    "march mar märz maerz marts mars marzo março marco maart mrt mart maret marca marzec "
    "марта март березня března brezna martie maaliskuuta μαρτίου مارس",
    "april apr avril abril abr aprile nisan kwietnia kwiecień апреля апрель квітня dubna "
    "aprilie huhtikuuta απριλίου أبريل",
    "may mai mayo maio maggio mei maj mayıs mayis maja мая май травня května kvetna "
    "toukokuuta μαΐου مايو",
    "june jun juni juin junio junho giugno haziran czerwca czerwiec июня июнь червня června "
    "cervna iunie kesäkuuta ιουνίου يونيو",
    "july jul juli juillet julio julho luglio temmuz lipca lipiec июля июль липня července "
    "cervence iulie heinäkuuta ιουλίου يوليو",
    "august aug août aout agosto ago augustus augusti ağustos agustos agustus sierpnia "
    "sierpień августа август серпня srpna elokuuta αυγούστου أغسطس",
    "september sep sept septembre septiembre setiembre setembro set settembre eylül eylul "
    "września wrzesień сентября сентябрь вересня září zari septembrie syyskuuta "
    "σεπτεμβρίου سبتمبر",
    "october oct oktober octobre octubre outubro out ottobre okt ekim października "
    "październik октября октябрь жовтня října rijna octombrie lokakuuta οκτωβρίου أكتوبر",
    "november nov novembre noviembre novembro kasım kasim listopada listopad ноября ноябрь "
    "листопада listopadu noiembrie marraskuuta νοεμβρίου نوفمبر",
    "december dec dezember décembre decembre diciembre dezembro dez dicembre desember "
    "aralık aralik dic grudnia grudzień декабря декабрь грудня prosince decembrie "
    "joulukuuta δεκεμβρίου ديسمبر")
# More months, each a list in the months' order: Icelandic; Malay's own; Hebrew, alone and after
# "ב" ("5 בנובמבר 2024"); Levantine Arabic, some of two words ("تشرين الثاني"); Thai, whole and
# short ("ต.ค."); Afrikaans; Swahili; Serbian in Cyrillic and in Latin letters; Macedonian;
# Bulgarian, and short Bulgarian, Russian and Ukrainian ones; Hungarian; Slovenian; Catalan;
# Tagalog; Urdu; Persian's Gregorian months; Hindi; Marathi; Bengali; Tamil; Georgian; Armenian
# (not Croatian, whose "listopad" is Polish and Czech November)
MORE_MONTHS = (
    "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "januari februari mac april mei jun julai ogos september oktober november disember",
    "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
    "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר",
    "كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني "
    "كانون_الأول",
    *(THAI_MONTHS := (
        "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม "
        "พฤศจิกายน ธันวาคม",
        "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.")),
    "januarie februarie maart april mei junie julie augustus september oktober november "
    "desember",
    "januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba",
    "јануар фебруар март април мај јун јул август септембар октобар новембар децембар",
    "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar",
    "јануари февруари март април мај јуни јули август септември октомври ноември декември",
    "януари февруари март април май юни юли август септември октомври ноември декември",
    "яну фев мар апр май юни юли авг сеп окт ное дек",  # Bulgarian's, Russian's and
    "янв фев мар апр мая июн июл авг сен окт ноя дек",  # Ukrainian's months cut short
    "січ лют бер кві тра чер лип сер вер жов лис гру",
    "január február március április május június július augusztus szeptember október "
    "november december",
    "januar februar marec april maj junij julij avgust september oktober november december",
    "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre",
    "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
    "ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر",
    "जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर",
    "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
    "ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்",
    "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი "
    "ნოემბერი დეკემბერი",
    "հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի "
    "հոկտեմբերի նոյեմբերի դեկտեմբերի")
MONTH_NUMBER = {word.lower(): number for number, words in enumerate(MONTH_WORDS, 1)
                for word in words.split()} | {
    word.replace("_", " ").rstrip("."): number for months in MORE_MONTHS
    for number, word in enumerate(months.split(), 1)}
# Figures of other scripts as a date's (Arabic-Indic, Persian, Devanagari, Bengali, Thai,
# full width), and a Thai year of the Buddhist era after its month ("ตุลาคม พ.ศ. 2567")
FIGURES = {zero + n: str(n) for zero in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10)
           for n in range(10)}
THAI_MONTH = "|".join(re.escape(w.rstrip(".")) for w in " ".join(THAI_MONTHS).split())
BUDDHIST_YEAR = re.compile(rf"((?:{THAI_MONTH})\.?\s*)(?:พ\.\s?ศ\.\s*)?(25\d\d)(?!\d)")
# a Japanese era's year ("令和6年4月3日" is 2024; "平成元年" is 1989, its first)
ERA_YEAR = re.compile(r"(令和|平成)\s*(元|\d{1,2})\s*(?=年)")
ERA_START = {"令和": 2018, "平成": 1988}
_MONTH = (r"(" + "|".join(sorted(map(re.escape, MONTH_NUMBER), key=len, reverse=True)) +
          r")(?![^\W\d_])\.?")
_DAY = r"(\d{1,2})(?:st|nd|rd|th|er)?"  # "3rd March", "1er mars"
SHOWN_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*(?:年|년|/|-|\.)\s*(\d{1,2})\s*(?:月|월|/|-|\.)\s*(\d{1,2})(?!\d)"
    r"|(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)(?!\d)"
    # a month before its day, set apart by dashes or run in after its dot: "Jul - 22 - 2024",
    # "Dec.7,2026"
    # ("Nov 7 202411:48 PM EST": a clock run on, React's "<!-- -->" between them)
    rf"|(?<![^\W\d_]){_MONTH}(?:\s+|\s*-\s*|(?<=\.)){_DAY}(?:,?\s+|\s*-\s*|,)((?:19|20)\d\d)"
    r"(?!\d(?!\d?:\d\d))"
    rf"|(?<!\d){_DAY}\.?(?:\s+|(?<=\.))(?:de\s+)?{_MONTH}(?:,?\s+|(?<=\.))(?:de\s+)?"
    r"((?:19|20)\d\d)(?!\d(?!\d?:\d\d))"  # ("22.mar.2024", run in after its dots)
    rf"|(?<!\d)((?:19|20)\d\d)\.\s+{_MONTH}\s+(\d{{1,2}})\.",  # Hungarian: "2024. március 15."
    re.IGNORECASE)
# "Updated on", "Last modified:", "Aktualisiert am", "Mis à jour le": the date after it is
# when the story was changed, not when it was published
UPDATE_LABEL = re.compile(r"(?:updated|modified|aktualisiert|geändert|mis à jour|actualizado|"
                          r"actualizada|aggiornato|atualizado|bijgewerkt|zaktualizowano|aktualizacja|"
                          r"обновлено|güncelleme|güncellendi|diperbarui|수정|更新|更新日|opdateret|"
                          r"oppdatert|uppdaterad|päivitetty|frissítve|aktualizováno|actualitzat|"
                          r"оновлено|cập nhật|ενημερώθηκε|ενημέρωση)"
                          r"(?:\s+(?:on|at|am|le|el|il|em|op))?\s*[:：/|]?\s*$",  # ("Updated /")
                          re.IGNORECASE)
# when a reader's copy was made, not the story: "Saved June 19, 2023", "Archived on …"
COPY_LABEL = re.compile(r"\b(?:saved|archived|captured|printed|retrieved|accessed|downloaded|"
                        r"gespeichert|archiviert|gedruckt|enregistré|archivé|imprimé|guardado|"
                        r"archivado|impreso)(?:\s+(?:on|at|am|le|el))?\s*[:：]?\s*$", re.IGNORECASE)
COPY_REACH = 30
# a label's word for a change wherever it stands in the label, however the word goes on
# ("Date de modification :", "Last updated")
CHANGE_WORD = re.compile(r"modif|updat|mis à jour|actuali|aktualis|aktualiz|geänder|atualiz|"
                         r"aggiorn|bijgewerkt|обновл|güncel|diperbarui|수정|更新|opdater|oppdater|"
                         r"uppdater|päivitet|frissít|aktualizován|оновл|cập nhật", re.IGNORECASE)
# "03/03/2024", "14-03-2024": day and month in the order of the page's language
SLASHED = re.compile(r"(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/-])")
# "10.04.24", "04-04-24": a year of two figures, read only on a page whose language writes
# the day first (a German or Dutch page's header)
SHORT_YEAR = re.compile(r"(?<![\w/.-])(\d{1,2})([.-])(\d{1,2})\2(\d\d)(?![\w/.-])")
# Where the month comes first ("03/14/2024"): English as the United States and the
# Philippines write it; other English pages, and "en" alone, say nothing of the order
MONTH_FIRST = ("en-us", "en-ph")
DAY_FIRST_ENGLISH = ("en-gb", "en-au", "en-nz", "en-ie", "en-in", "en-za", "en-ng", "en-ke",
                     "en-pk", "en-sg", "en-my")
UPDATE_REACH = 30  # characters before a date where an update's label is looked for


def day_order(tree: Any) -> str | None:
    """How the page writes a date in figures: "dmy" (day first), "mdy" (month first), or
    None where its language does not say (no language, or English with no country)."""
    root = tree.getroottree().getroot()
    lang = (root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
            or next(iter(root.xpath("//meta[@property='og:locale']/@content")), "") or "")
    lang = lang.strip().casefold().replace("_", "-") or _text_language(root)
    if not lang:
        return None
    if lang.startswith(MONTH_FIRST):
        return "mdy"
    if lang.split("-")[0] == "en":
        return "dmy" if lang.startswith(DAY_FIRST_ENGLISH) else None
    return "dmy"


TEXT_READ = 20  # paragraphs whose words tell the language of a page that declares none


def _text_language(root: Any) -> str:
    """The language the page's paragraphs read as (:func:`textlanguage.language_of`), for a
    page that declares none (a reader's view of it: "Publicado: 11/03/2024"); "" when they
    read as none."""
    texts = [p.text_content() for p in itertools.islice(root.iter("p"), TEXT_READ)]
    return language_of(texts) or ""


def shown_date(text: str, order: str | None = None, changes: bool = True) -> dt.date | None:
    """The first date the text shows, past one labelled as an update when another follows
    ("Updated March 5, 2024 · Published March 3, 2024"), or with ``changes`` false not
    one so labelled at all. A date in figures set apart by slashes or dashes is read in the
    ``order`` given, or where only one order makes a date; one with a year of two figures
    ("10.04.24") only where the order is day first. A Thai year, a Japanese era's and a
    Solar Hijri date (:mod:`solardates`) are read in the Gregorian calendar."""
    text, found = _dates_found(text, order)
    found = _without_spans(found, text)
    if not found:
        return None
    published = [(m, date) for m, date in found if not _change_before(
        text[max(0, m.start() - UPDATE_REACH - ZONED_CLOCK):m.start()])]
    if published or changes:
        return (published or found)[0][1]
    return None


def spanned_only(text: str, order: str | None = None) -> bool:
    """Whether the text shows dates, each one end of a span of two (:func:`_without_spans`)."""
    text, found = _dates_found(text, order)
    return bool(found) and not _without_spans(found, text)


def _dates_found(text: str, order: str | None
                 ) -> tuple[str, list[tuple[re.Match[str], dt.date]]]:
    """The text in the Gregorian calendar and its dates, each with its match, in order;
    not one labelled as when a reader's copy was made (:data:`COPY_LABEL`)."""
    text = BUDDHIST_YEAR.sub(lambda m: f"{m.group(1)}{int(m.group(2)) - 543}",
                             in_gregorian(text.translate(FIGURES)))
    text = ERA_YEAR.sub(lambda m: str(ERA_START[m.group(1)] + (
        1 if m.group(2) == "元" else int(m.group(2)))), text)
    matches = sorted(itertools.chain(itertools.islice(SHOWN_DATE.finditer(text), 4),
                                     itertools.islice(SLASHED.finditer(text), 4),
                                     itertools.islice(SHORT_YEAR.finditer(text), 4)
                                     if order == "dmy" else ()),
                     key=lambda m: m.start())
    return text, [(m, date) for m in matches
                  if (date := date_of(m, order, _weekday(text, m.start()))) is not None
                  and not COPY_LABEL.search(text[max(0, m.start() - COPY_REACH):m.start()])]


def _without_spans(found: list[tuple[re.Match[str], dt.date]], text: str
                   ) -> list[tuple[re.Match[str], dt.date]]:
    """The dates found without those that open or close a span of two ("April 2, 1940 –
    January 6, 2024": an obituary's life, an event's days), which date no story."""
    spanned = {i for i, ((m, _), (n, _)) in enumerate(itertools.pairwise(found))
               if text[m.end():n.start()].strip() in ("–", "—", "-")}
    return [pair for i, pair in enumerate(found) if i not in spanned and i - 1 not in spanned]


# a time of day: "09:12", "9.12 Uhr", "9:12 am", "21h40"
CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.h]\d\d(?:\s*(?:[ap]\.?m\.?|uhr|h))?(?![\w])",
                   re.IGNORECASE)


ZONED_CLOCK = 20  # room for a time and its zone between a label and its date
# what may stand between a label and its date: a time and a weekday ("Updated 3:42 PM EST,
# Tue March 5, 2024", "Aktualisiert: 14:05 Uhr, 5. März 2024")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # how English writes their names
WEEKDAY = f"(?:{'|'.join(WEEKDAYS)})[a-z]*"  # "Tue", "Tuesday"
WEEKDAY_NAMES = frozenset({  # the weekdays' names in English and five more languages
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"})
# ("Actualizado 7:00 ET (12:00 GMT) 21 Febrero 2024": a second zone's time in brackets;
# "Actualizado Miércoles, 13 marzo 2024": a weekday in another language)
BETWEEN = re.compile(r"(?:\s*\(?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b|\s*uhr)?"
                     rf"\)?[,.]?|\s*(?:{WEEKDAY}|{'|'.join(sorted(WEEKDAY_NAMES))})\.?,?)+\s*$",
                     re.IGNORECASE)


def _change_before(lead: str) -> bool:
    """Whether the text before a date closes with an update's label, a time of day and its
    zone perhaps between them (:data:`BETWEEN`: "Updated 3:45 p.m. PDT March 21, 2024")."""
    return bool(UPDATE_LABEL.search(BETWEEN.sub("", lead)[-UPDATE_REACH:]))


def dates_out(text: str) -> str:
    """The text with the dates it shows blanked."""
    for pattern in (SHOWN_DATE, SLASHED, SHORT_YEAR):
        text = pattern.sub(" ", text)
    return text


# the weekday written just before a date ("Tue, 03/04/2008"), in English
WEEKDAY_BEFORE = re.compile(rf"\b{WEEKDAY}\.?,?\s*$", re.IGNORECASE)
WEEKDAY_NUMBER = {day: number for number, day in enumerate(WEEKDAYS)}


def _weekday(text: str, start: int) -> int | None:
    """The number of the weekday written just before a date (Monday 0), or None."""
    before = WEEKDAY_BEFORE.search(text[max(0, start - 12):start])
    return WEEKDAY_NUMBER[before.group()[:3].casefold()] if before else None


def date_of(match: re.Match[str], order: str | None,
             weekday: int | None = None) -> dt.date | None:
    if match.re is SHORT_YEAR:
        return _short_year(int(match.group(1)), int(match.group(3)), int(match.group(4)))
    if match.re is SLASHED:
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        named = [d for o in ("dmy", "mdy") if (d := _slashed(first, second, year, o))
                 and d.weekday() == weekday] if weekday is not None else []
        return named[0] if len(set(named)) == 1 else _slashed(first, second, year, order)
    g = match.groups()
    try:
        if g[0]:
            return dt.date(int(g[0]), int(g[1]), int(g[2]))
        if g[3]:
            return dt.date(int(g[5]), int(g[4]), int(g[3]))
        if g[6]:
            return dt.date(int(g[8]), _month(g[6]), int(g[7]))
        if g[9]:
            return dt.date(int(g[11]), _month(g[10]), int(g[9]))
        return dt.date(int(g[12]), _month(g[13]), int(g[14]))
    except ValueError:  # "31.02.2019": not a date
        return None


def _short_year(day: int, month: int, year: int) -> dt.date | None:
    """A date written day first with a year of two figures: this century's up to next year,
    else the last century's."""
    century = 2000 if year <= dt.date.today().year % 100 + 1 else 1900
    try:
        return dt.date(century + year, month, day)
    except ValueError:
        return None


def _slashed(first: int, second: int, year: int, order: str | None) -> dt.date | None:
    if order is None:  # only where one order makes a date: "14/03/2024", "03/14/2024"
        order = "dmy" if first > 12 >= second else "mdy" if second > 12 >= first else None
    if order is None:
        return None
    day, month = (first, second) if order == "dmy" else (second, first)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month(name: str) -> int:
    try:
        return MONTH_NUMBER[name.lower().rstrip(".").replace("\u0307", "")]  # "NİSAN"
    except KeyError:  # a case the pattern matched that folds otherwise
        raise ValueError(name) from None
