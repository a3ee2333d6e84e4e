"""What a page's author boxes hold that names no author: the label of the story's section
(a box marked "author" that holds only a link to the section's page, "منوعات"), the name
of the editor, which a page labels as such ("Editor : Heryadi") and its metadata may give as
the author, and a sponsor's ("Sponsored by Harbor Bank"). Read by :func:`metadata.read_meta`;
the byline leaves them out. And a login to the site's system that the metadata gives as the
author's name ("gcarvalho", which trafilatura writes "Gcarvalho"). And the words and statements
that name no one in a byline (:data:`NOT_A_NAME`, :data:`NO_ONE`, :data:`OUR_STAFF`), read by
:func:`bylinenames.clean_byline`."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from explainer.importer.addresses import site_and_path
from explainer.importer.bylinejobs import EDITOR_WORDS
from explainer.importer.showndates import MONTH_NAMES
from explainer.importer.textlines import text_of

# what is no one's name in a byline: a label, a job, a desk, a date's word
NOT_A_NAME = re.compile(
    r"\d|@|https?:|www\.|\b(?:staff|updated|published|contributed|reporting|editing|"
    r"writer|correspondent|reporter|editor|photos?|fotos?|фото|image|minutes?|read|no author|"
    r"bureau|servisi|"
    r"release|communiqué|pressemitteilung|persbericht|comunicato|"  # "For immediate release"
    r"unknown|letters|corrections|clarifications|"  # a section's name ("Letters to the Editor")
    r"submitted|posted|agencies|"
    r"redaktion|redaksi|redakcija|redakcja|redakce|redakcia|redacția|redactie|redazione|"
    r"rédaction|redacción|redacció|redação|redacção|toimitus|szerkesztőség|newsroom|"
    r"ban biên tập|tòa soạn|"
    r"редакция|редакція|рэдакцыя|redaktsioon|tahririyat|"  # the desk in Cyrillic, Estonian, Uzbek
    r"fréttastofa|redaksjonen|redaksjon|nyhetsdesken|uutistoimitus|"  # and in the Nordic ones
    r"ڈیسک|اسٹاف|رپورٹر|প্রতিবেদক|স্টাফ|"  # Urdu's and Bengali's desks and staff reporters
    r"brand studio|content studio|partner content|sponsored content|advertorial|"
    r"admin|administrator|super ?user|webmaster|"  # a CMS's accounts (Joomla's "Super User")
    r"anonymous|veröffentlicht|aktualisiert|publiée?|publicado|actualizado|"
    r"pubblicato|aggiornato|gepubliceerd|bijgewerkt|publicerad|uppdaterad|publisert|"
    r"oppdatert|opdateret|julkaistu|päivitetty|"
    r"account|logged|log ?in|log ?out|sign ?in|you['’]re|your|profile|subscribe|"  # login box
    r"tüm yazıları|diğer yazıları|alle artikel|tous ses articles|todos sus artículos|"  # a link
    r"tutti gli articoli|все статьи|всі статті)\b",  # to the writer's other pieces
    re.IGNORECASE)
# a desk or an author box's heading where a name would be: "La rédaction", "About the author",
# "Über die Autorin" (the box of another writer, beside a rail of theirs)
NO_ONE = re.compile(
    r"^(?:(?:la|le|l['’]|die|der|de|el|a|the|our|unsere?|notre)\s+)?(?:rédaction|redaktion|"
    r"redacción|redação|redazione|redactie|newsroom|editorial (?:team|board|desk))$|"
    r"^(?:編集部|編集局|報道部|编辑部|編輯部|편집부|편집국)$|"  # a Japanese, Chinese or Korean desk
    r"^[\u3400-\u9fff]{0,6}(?:取材|報道|社会|経済|政治|国際|外信|文化|科学|運動|写真|映像)"
    r"(?:部|局|センター)$|"  # ("国際取材部", "大阪社会部")
    r"^(?:กองบรรณาธิการ|ศูนย์ข่าว)|"  # a Thai desk, the site's or a region's name after it
    r"^(?:[^\W\d_][\w.'’-]*\s+){1,2}online$|"  # a site's web desk: "Danas Online"
    r"^(?:about (?:the )?authors?|about me|über (?:die autorin|den autor|die autoren|uns)|"
    r"sobre (?:o autor|a autora|el autor|la autora)|à propos de l['’]auteure?|"
    r"sull['’]autore|over de (?:auteur|schrijver)|o autorze|yazar hakkında)$|"
    # a date's label, read with the date line after a byline ("Modifié le …")
    r"^(?:modifiée?|publiée?|mis à jour|updated|published|posted|aktualisiert|veröffentlicht|"
    r"actualizado|publicado|atualizado|aggiornato|pubblicato|bijgewerkt|gepubliceerd)"
    r"(?:\s+(?:le|am|el|em|il|op|on|at))?$|"
    # the paper's own reporter, named no further ("Van onze verslaggever", "From our correspondent",
    # "Our Sports Reporter")
    r"^(?:[^\W\d_]+ )?(?:onze|our|notre|nos|unserem?|unserer|nostr[oa]|nuestr[oa]|vår|vores) "
    r"(?:[^\W\d_]+ )?(?:verslaggever|verslaggeefster|correspondent|reporter|correspondante?|"
    r"korrespondent(?:in)?|corrispondente|corresponsal|redactie|reporterin)s?$", re.IGNORECASE)
# the paper's own staff named before their names: "Door onze redacteuren Nina Jurna en …"
# (:data:`OUR` and :data:`STAFF` are read by :mod:`repeats` too: "dal nostro inviato …")
OUR = r"(?:onze|our|notre|nos|unser(?:e|em|en|er)?|nuestr[oa]s?|nostr[oai])"
STAFF = (r"(?:redacteur(?:en|s)?|verslaggevers?|correspondent(?:en|s)?|reporter(?:s|in)?|"
         r"correspondante?s?|redakteur(?:in|innen|e|en)?|korrespondent(?:in|en)?|inviat[oai]|"
         r"envoyée? spéciale?|corresponsal(?:es)?)")
OUR_STAFF = re.compile(rf"^{OUR} {STAFF}\s+(?=\S)", re.IGNORECASE)
# a section's or a category's page, by its path ("/category/29/…", "/rubrik/politik");
# not /tag/, /thema/ or /topic/, where sites keep their writers' pages too
SECTION_PATH = re.compile(r"/(?:categor(?:y|ies|ia|ie)|sections?|rubri(?:k|ken|que|ca)|"
                          r"ressorts?|kategori\w*)/", re.IGNORECASE)
# the editor in Russian, Ukrainian, Belarusian, Estonian, Latvian, Lithuanian and Uzbek
EDITORS = "|".join(EDITOR_WORDS)
# a label that names the editor, not the writer, with its colon ("Edited by" needs none)
EDITOR_LABEL = re.compile(r"^(?:(?:editors?|editor in chief|penyunting|redaktur|editora?|"
                          rf"editör|{EDITORS}|edición|édition|편집|संपादक)\s*[:：]|"
                          r"(?:(?:edited|editing) by|bearbeitet von|editado por|édité par)\b"
                          r"\s*[:：]?|एडिटेड बाय\s*[:：]?)\s*", re.IGNORECASE)  # ("Edited by :")
# the label alone in its element, the name in the next: "<h6>Editor</h6><a>Rina Kartika</a>"
EDITOR_ALONE = re.compile(r"(?:editors?|editor in chief|penyunting|redaktur|editora?|editör|"
                          rf"{EDITORS}|편집|संपादक)", re.IGNORECASE)
# a Chinese page's editor, "（编辑：张敏）", "责任编辑：…": where a page names no one else,
# readers take them for the author, so they are set apart only beside other names
CJK_EDITOR_LABEL = re.compile(r"^[（(]?\s*(?:责任编辑|責任編輯|编辑|編輯)\s*[:：]\s*")
# the credit of someone beside the writer who wrote none of the words: a photographer, an
# illustrator, a translator ("Photographs by …", "Translated from the Turkish by …")
HELPER_LABEL = re.compile(
    r"^(?:(?:photographs?|photos?|photography|pictures|illustrations?|illustrated|graphics?|"
    r"video|translated(?: from (?:the )?\w+)?|translation) by|(?:fotos?|fotografien|bilder|"
    r"illustrationen?|übersetzt(?: aus dem \w+)?) von|(?:photos?|illustrations?|traduit(?: de "
    r"l'\w+)?) par|(?:fotos?|fotografías|ilustraciones|traducido(?: del \w+)?) por|"
    r"(?:foto|fotografie|illustrazioni|tradotto(?: dal(?:l'|lo )?\w+)?) di|"
    # a picture's label alone in its element before the name's ("<span>Foto</span> <span>Tor
    # Stenersen</span>" in a Norwegian byline); not "Foto: …" crediting a caption's picture
    r"(?:foto|fotograf|bilde|bild|photo|zdjęcie|fot\.)(?=\s*$))"
    r"\s*[:：]?\s*", re.IGNORECASE)
# a sponsor's label: the company after it paid for the piece and wrote none of it, though its
# metadata may give it as the author ("Sponsored by …", "Présenté par …", "Oferecido por …")
SPONSOR_LABEL = re.compile(r"^(?:sponsored by|paid (?:for|content) by|brought to you by|"
                           r"promoted by|présenté par|commandité par|sponsorisé par|oferecido por|"
                           r"patrocinado por|patrocinio de|gesponsert von|präsentiert von|"
                           r"sponsorizzato da|offerto da|partnerem materiału jest|"
                           r"sponsorem materiału jest|gesponsord door|aangeboden door|"
                           r"sponsrad av|sponsorlu içerik\s*[:：]|"
                           r"提供\s*[:：]|스폰서\s*[:：])\s*[:：]?\s*", re.IGNORECASE)
# where a line of credits parts them: "Muhabir: Elif Yıldız | Editör: Can Demir"
CREDITS_APART = re.compile(r"\s*[|;·•／]\s*|\s+/\s+|　+")
CREDITS_LINE = 200  # characters: a longer text is no line of credits
NAME_WORDS = 5  # an editor's name is at most this many words


def section_labels(tree: Any, sections: list[str]) -> frozenset[str]:
    """The words, case-folded, of the page's links to its sections' pages, and the sections
    its metadata names. (Not every menu's links: a blog's menu and a site's "people" menu
    name the writers.)"""
    found = {s.casefold() for s in sections}
    for link in tree.xpath("//a[@href]"):
        parts = site_and_path(link.get("href", ""))
        if parts and SECTION_PATH.search(parts[1]) and (words := text_of(link)):
            found.add(words.casefold())
    return frozenset(found)


def editors(tree: Any, label: re.Pattern[str] = EDITOR_LABEL) -> list[str]:
    """The names the page shows after a label that makes them its editor, in page order:
    the label and the name in one text ("Editing by Bob Smith"), the name in the element
    that follows the label ("Editor : <a>Heryadi</a>"), or after another credit in a line of
    them ("Muhabir: Elif Yıldız | Editör: Can Demir")."""
    found: list[str] = []
    for text in tree.xpath("//body/descendant::text()[normalize-space()]"):
        words = " ".join(str(text).split()).lstrip("|;·•/ ")
        line = words
        if label.match(words):  # the name may follow in another element
            parent = text.getparent()
            if parent is not None and text.is_tail:
                parent = parent.getparent()
            line = text_of(parent) if parent is not None else ""
        found += [name for name in _credited(line, label) if name not in found]
        if (label.fullmatch(words) or (label is EDITOR_LABEL and EDITOR_ALONE.fullmatch(
                words))) and (name := _named_after(text)) and name not in found:
            found.append(name)  # "<h6>Editor</h6><a>Rina Kartika</a>"
    return found


def _named_after(text: Any) -> str | None:
    """The name in the element after a label's own element, when short enough for one, or
    in the one element after the label's words in their box ("Editor <a>Dewi Lestari</a>")."""
    holder = text.getparent()
    if holder is None or text.is_tail:
        return None
    if " ".join(holder.text_content().split()) != " ".join(str(text).split()):
        name = text_of(holder[0]) if len(holder) == 1 else ""
        whole = " ".join(f"{text} {name}".split())
        return name if name and whole == text_of(holder) and len(
            name.split()) <= NAME_WORDS else None
    after = holder.getnext()
    name = text_of(after) if after is not None else ""
    return name if name and len(name.split()) <= NAME_WORDS else None


# a byline's role that makes the name before it no writer's: the photographer's, the
# graphics', the video's ("<span>Magnus Wennman</span><span>Fotograf</span>")
HELPER_ROLE = re.compile(r"(?:fotograf(?:in|en)?|photographer|foto|photos?|kuvaaja|kuvat|"
                         r"fotógrafa?|fotografa?|fotografo|grafikk|grafik|graphics?|video|"
                         r"illustrat(?:ion|or|ør)|illustrasjon)", re.IGNORECASE)


def helpers_by_role(tree: Any) -> list[str]:
    """The names set before a helper's role in their own element, in a byline's list
    (:data:`HELPER_ROLE`), in page order."""
    found: list[str] = []
    for role in tree.xpath("//body//*[not(*)][string-length(normalize-space()) < 20]"):
        before = role.getprevious()
        if HELPER_ROLE.fullmatch(text_of(role).strip(" :,()")) and before is not None and (
                name := text_of(before)) and len(name.split()) <= NAME_WORDS \
                and name not in found:
            found.append(name)
    return found


def _credited(line: str, label: re.Pattern[str]) -> list[str]:
    """The editors a short line names, each after an editor's label, its credits parted by
    :data:`CREDITS_APART`."""
    pieces = [] if len(line) > CREDITS_LINE else [
        " ".join(p.split()) for p in CREDITS_APART.split(line.strip())]
    pieces += [part for piece in pieces if not label.match(piece)  # after the writer and a
               for part in piece.split(", ")[1:]]  # comma: "Pauline Garnier, édité par …"
    return [name for piece in pieces if (found := label.match(piece))
            and (name := piece[found.end():].strip(" ,;|)）"))
            and len(name.split()) <= NAME_WORDS]


LOGIN = re.compile(r"[a-z][a-z0-9._-]{4,30}")  # one word of 5 small letters or more (not "dpa")


def without_logins(author: str | None, page: str, shown: str) -> str | None:
    """trafilatura's author statement without a part that is one word the page writes only
    in small letters and in its markup only, not in the text a reader sees (``shown``, as
    :func:`clean.plain_letters`): a login ("Ministério da Saúde; Gcarvalho" of ``<meta
    name="creator" content="gcarvalho">``), or shown only as the system's user name
    (:func:`_account`), no one's name; a blog's author shown by a handle in small letters
    ("doumae") is kept."""
    if not author:
        return author
    parts = [p for p in author.split("; ") if not (
        LOGIN.fullmatch(word := p.strip().lower()) and p.strip() not in page
        and (word not in shown or _account(word, page))
        and re.search(rf"\b{re.escape(word)}\b", page))]
    return "; ".join(parts) or None


def _account(word: str, page: str) -> bool:
    """Whether the page shows the word as its system's user name (Drupal's "Submitted by
    <span class="username" …>eaglewebdesk</span>", beside the story's own byline field)."""
    return re.search(rf"""class=["'][^"']*\busername\b[^>]*>\s*{re.escape(word)}\s*<""",
                     page) is not None


def marks_kept(author: str | None, page: str) -> str | None:
    """trafilatura's author statement with the combining marks its reading cuts from the end
    of each name put back from the page: a Thai, Hindi or Bengali name closes with a vowel
    sign ("สมชาย ใจดี" read "สมชาย ใจด", "राजेश शर्मा" read "राजेश शर्म")."""
    if not author:
        return author
    return "; ".join(_marked(part, page) for part in author.split("; "))


def _marked(name: str, page: str) -> str:
    """The name with the marks its last word has where the page closes that word with them."""
    last = name.rsplit(None, 1)[-1] if name.strip() else ""
    start = page.find(last) if last else -1
    while start >= 0:
        end = start + len(last)
        while end < len(page) and unicodedata.category(page[end]).startswith("M"):
            end += 1
        if end > start + len(last) and not (end < len(page) and page[end].isalnum()):
            return name[:len(name) - len(last)] + page[start:end]
        start = page.find(last, start + 1)
    return name


# a picture's credit among the names: "Tekst: Tomasz Kubiak, zdjęcia: Ewa Sroka" (the
# photographer took the pictures, and wrote none of the text)
PHOTO_CREDIT = re.compile(r"^(?:photos?|photographs?|pictures?|images?|fotos?|fotograf\w*|"
                          r"zdjęci[ae]|fot\.|bilder?|billeder|kuvat|фото|снимк[аи]|صور|写真|사진)"
                          r"\s*[:：]",
                          re.IGNORECASE)


# an institution that issues a statement, no writer: "Prime Minister's Office", "Ministerie
# van Klimaat en Groene Groei", "Registrar of the Court", "Department Spokesperson" (its
# word among the first four; not a person's name, which a comma parts from one). Unlike an
# organisation (bylines.ORGANISATION: an agency is kept when it names no person), it is
# never the byline.
INSTITUTION = re.compile(
    r"^(?:[\w'’.-]+\s+){0,3}?(?:office|ministry|ministerie|ministère|ministerio|ministério|"
    r"ministerium|ministero|ministerstvo|министерство|department|departement|département|"
    r"registrar|registry|secretariat|secrétariat|embassy|ambassade|government|gouvernement|"
    r"regierung|parliament|parlement|police|polizei|policie|policía|polícia|spokesperson)\b",
    re.IGNORECASE)


# a company by the form of its name ("Meridian Gridworks, Inc.", "Aubrac SA",
# "华晟新材料股份有限公司"): the issuer of a release, never a writer
COMPANY = re.compile(r"[\s,;]\s*(?:(?:(?i:inc|ltd|llc|gmbh|corp|plc)|AG|S\.A|S\.p\.A|N\.V|B\.V|"
                     r"Co|Company|Corporation|Limited)\.?|股份有限公司|"
                     r"有限公司|有限責任公司|株式会社|주식회사)\s*$|"
                     r"\S(?:股份有限公司|有限公司|有限責任公司|株式会社)$|^주식회사\s")
# a helper's part before a name, no label's colon: "Fotografia Rui Vieira Matos" (a role's
# element run into its name), "Photos Jane Roe"
HELPER_PART = re.compile(r"^(?:photos?|photography|photographs?|fotos?|fotografi[ae]s?|"
                         r"fotografien|ilustra(?:ção|ción|ciones|ções)|illustrations?|"
                         r"infograf\w*|vídeo|video|imagens|bilder)\s+(?-i:[A-Z])|"
                         r"^\S.*\s(?:監訳|訳|翻訳|監修|写真|撮影|絵|イラスト)$",  # "木下 哲也　訳"
                         re.IGNORECASE)
# a rank or a degree, abbreviated, before a name: Polish police ranks ("podkom. Anna
# Kędzierska", "mł. asp."), Czech and Slovak degrees ("por. Mgr. Irena Černá", "Ing."), a
# minister's style ("Senator the Hon Penny Wong", "The Rt Hon. Jane Roe")
ABBREVIATED_RANK = re.compile(r"^(?:(?:[a-ząćęłńóśźżčďěňřšťůýž]{2,8}\.|Mgr\.|Ing\.|Bc\.|MUDr\.|"
                              r"JUDr\.|PhDr\.|RNDr\.|MVDr\.|PaedDr\.|(?i:(?:senator\s+)?the\s+"
                              r"(?:rt\.?\s+|right\s+)?hon(?:ourable|orable)?\.?))\s+)+"
                              r"(?=[A-ZĄĆĘŁŃÓŚŹŻČĎĚŇŘŠŤŮÝŽ])")
# a site's host given as the author ("French.news.cn", "russian.people.com.cn")
HOST_ENDS = r"(?:com|net|org|cn|news|info|(?:co|com|org)\.[a-z]{2})"
HOST_NAME = re.compile(rf"^[\w-]+(?:\.[\w-]+)*\.{HOST_ENDS}$", re.IGNORECASE)
# an English month run into the name before it ("Associated PressOctober 3"), or a date in
# figures ("Hichem Ben Amor26-06-2024", the date's box beside the byline's)
RUN_INTO_DATE = re.compile(r"(?<=[a-z])(?=(?:" + "|".join(sorted(
    {*(w.capitalize() for w in MONTH_NAMES), *(m[:3].capitalize() for m in MONTH_NAMES), "Sept"},
    key=len, reverse=True)) + r")\b|\d{1,4}[-./]\d{1,2}[-./]\d{2,4}\b)")
