"""Short lines of a page's furniture that extractors keep inside a story's text: a copyright
notice ("© dpa-infocom", "Copyright © 2026 ... All Rights Reserved"), a pointer to another story
("Read more: ...", "ALSO READ: ...", "Lesen Sie auch: ...", "Les også: ..."), a picture's
credit standing alone ("Photo: AFP", "Image: Jane Roe / Facebook", "(Quelle: APA/dpa)"), a
button's words ("Read More"), an advertisement's label ("Advertisement", "Anzeige"), a
gallery's numbered caption ("[1/5] …"), the section's link over the headline
("[Business](…)·Updated"), a time stamp ("Uppdaterad 15.59 | Publicerad 14.14", see
:mod:`stamps`), a pointer to the publisher's own rules ("Our Standards: The Thomson
Reuters Trust Principles.") and the page asking its reader to sign up or follow it (see
:mod:`prompts`; the line that credits the story's makers, closing it, is :mod:`credits`'s).

Only a paragraph of at most :data:`MOST_WORDS` words is ever furniture: a sentence of the story
that mentions a copyright or a photo is longer, and stays.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from explainer.importer.addresses import home_page
from explainer.importer.buttons import BUTTON
from explainer.importer.clean import HOST_LIKE, emphasised, link_text
from explainer.importer.closings import is_closing_line
from explainer.importer.embedconsent import is_embed_consent
from explainer.importer.notes import first_published, is_note
from explainer.importer.prompts import REPORTED, is_prompt
from explainer.importer.sitelines import is_site_line
from explainer.importer.stamps import is_time_stamp

MOST_WORDS = 30
# pictographs opening a line, after its emphasis: what sets a site's call apart ("📺 **VÍDEOS:
# Os mais vistos do g1 Rio**"), read past
PICTOGRAPHS = re.compile(r"^([*_\[\s]*)(?:[\U0001F000-\U0001FAFF\u2190-\u21FF\u2300-\u23FF"
                         r"\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+\s*)+")
MOST_CHARS = 4000  # thirty words and their links' addresses, at most
NOTE_WORDS = 80  # a browser notice or a caption: longer is the story's own text
CREDIT_WORDS = 8
_OPEN = r"^[*_(\[]*"  # emphasis, a parenthesis or a link's bracket before the label
COPYRIGHT = re.compile(
    rf"{_OPEN}(?:<|&lt;)?\s*(?:©|\(c\)\s*\d{{4}}|copyright\s*(?:©|ⓒ|\(c\)|@|\d{{4}}))|"
    # the holder after "(c)": "(c) Agencia EFE"
    rf"{_OPEN}\(c\)\s+(?-i:[A-Z][\w.&'’-]*(?:\s+[A-Z&][\w.&'’-]*){{0,4}})[.*_]*$|"
    # the holder's name before the year: "Copyright Business Recorder, 2024"
    rf"{_OPEN}copyright\s+(?-i:[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){{0,5}}),?\s+\d{{4}}"
    r"[.*_]*$|"
    r"\ball rights reserved\b|\balle rechte vorbehalten\b|"
    r"\btodos los derechos reservados\b|\btous droits réservés\b|無断転載|版权所有|版權所有|"
    r"무단 전재",
    re.IGNORECASE)
READ_ALSO = (
    r"read (?:more|also|next)|also read|see also|more(?: [\w'’-]+){0,2} (?:news|stories)|more|"
    r"related|lesen sie (?:auch|mehr)|"
    r"mehr zum thema|czytaj (?:więcej|też|także)|leia (?:também|mais)|lee (?:también|más)|"
    r"lea también|mirá también|mira también|[àa] lire (?:aussi|également)|lire aussi|"
    r"[àa] lire sur le (?:même )?sujet|guarda anche|"
    r"leggi anche|lees ook|läs också|pročitajte (?:još|i|također)|прочетете още|"
    r"прочитајте (?:још|и)|čítajte aj|olvassa el|"
    r"les også|læs også|lue myös|baca juga|lihat juga|(?:simak|tonton|saksikan) juga(?: video)?|"
    r"(?:also watch|watch also)(?: video)?|ler também|читайте также|"
    r"читайте також|ayrıca bakınız|ayrıca oku|διαβάστε επίσης|čtěte také|"
    r"přečtěte si také|citește și|skaitykite taip pat|đọc thêm|xem thêm|関連記事|"
    r"あわせて読みたい|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|"
    r"更多[^\s*_]{0,12}(?:报道|報導|新闻|新聞)|관련\s?기사|আরও পড়ুন|"
    r"(?:यह|ये) भी पढ़ें|اقرأ أيضا[ًً]?|اقرأ أيضاً|קראו גם|بیشتر بخوانید")
ELSEWHERE = re.compile(rf"{_OPEN}(?:(?:{READ_ALSO})(?!\w)|read more (?:from|in|on|at)\s+"
                       r"[^:：|\n.!?]{2,40})[*_]*\s*[:：|.]|"  # "Read more from Sky News:", "LIRE
                       # AUSSI."
                       rf"{_OPEN}(?!more\b)(?:{READ_ALSO})[*_]*\s+[—–]\s",  # "RELATED — …"
                       re.IGNORECASE)
# a pointer that quotes the other story's headline: "**Lisez « Montréal : … »**"
# "Подробнее о ситуации на рынке — в материале “Ъ” «…»." (more on it in the paper's story)
QUOTED_POINTER = re.compile(r"^[*_]*(?:lisez|lisez aussi|lire aussi|à lire)\s*[*_]*\s*"
                            r"«[^»\n]{5,200}»[*_.]*$|"
                            r"^[*_]*(?:подробнее|детальніше|больше|більше)\b[^—–\n]{0,80}[—–]\s*"
                            r"(?:читайте\s+)?(?:в|у)\s+(?:материале|матеріалі|статье|статті|"
                            r"тексте|тексті)\b[^\n]{0,200}$", re.IGNORECASE)
# the label alone, in bold or not, its links left out ("**延伸閱讀**", "Lesen Sie auch")
READ_ALSO_ALONE = re.compile(rf"^[*_]*(?:{READ_ALSO})[*_]*\s*[:：]?\s*[*_]*$", re.IGNORECASE)
# a pointer to another story whose label the reading lost, its paywall's tag after it ("[Retraites
# : ce que change …](…)Article réservé aux abonnés", Le Monde's "Lire aussi |" box)
LINK_FOR_SUBSCRIBERS = re.compile(
    r"^[*_]*\[[^\]\n]{8,300}\]\([^)\s]+\)[*_]*\s*[*_]*(?:article )?(?:réservé aux abonnés|"
    r"pour les abonnés|for subscribers|subscribers? only|subscriber exclusive|nur für abonnenten|"
    r"exclusivo para (?:suscriptores|assinantes)|solo para suscriptores|riservato agli abbonati)"
    r"[.*_]*$", re.IGNORECASE)
# A link alone to the site's subscription or newsletter page ("[Get 6 Months of Unlimited
# Access for $1](https://subscribe.…)"), or a heading offering the daily news by mail
LINK_ROW = re.compile(r"\[[^\]\n]{1,120}\]\(([^)\s\[\]]{1,2000})\)")  # a link, its address
SIGNUP_ADDRESS = re.compile(r"subscri|newsletter|nieuwsbrief|infolettre|sign-?up|"
                            r"/abo(?:nnement)?\b|"
                            r"news\.google\.com/publications", re.IGNORECASE)  # follow it there
# A link to the site's (or reCAPTCHA's) legal pages, with a word or two of the notice around it:
# "[Privacy Policy](https://policies.google.com/privacy)and", "[Terms of Service](…)apply."
LEGAL_LINK = re.compile(
    r"^[*_]*(?:(?:read|see|view|our|the|and|or|lesen sie|unsere|notre|nuestra|voir)\s+){0,2}"
    r"\[(?:the\s+)?(?:google\s+)?(?:privacy (?:policy|notice|statement)|"
    r"terms (?:of (?:service|use)|and conditions)|cookie policy|datenschutz\w*|"
    r"nutzungsbedingungen|politique de confidentialité|conditions d'utilisation|"
    r"política de privacidad|términos de (?:uso|servicio))\]\([^)\s]{1,2000}\)\s*"
    r"(?:and|apply|applies|und|gelten|gilt|et|y|s'appliquent|aplican)?\s*[.,]?[*_]*$",
    re.IGNORECASE)
SIGNUP_HEADING = re.compile(r"^#{1,6}\s+get\s+(?:the\s+)?(?:daily|weekly|breaking|latest|our|"
                            r"morning|evening)\b[\w\s]{0,40}\b(?:news(?:letter)?s?|briefing|"
                            r"bulletin|digest)\s*$", re.IGNORECASE)
# A gallery's caption, numbered as the pictures are ("[1/5] Reuters visuals journalist …")
GALLERY = re.compile(r"^[*_]*\\?\[\d{1,3}/\d{1,3}\\?\]")
# A caption set in italics that ends in its picture's credit: "(Name/Agency)" or "(Agency)"
CAPTION = re.compile(r"^\*[^*\n]+\((?:[\w.'’ -]+/)?(?:getty(?: images)?|ap(?: photo)?|afp|reuters|"
                     r"epa|dpa|shutterstock|alamy|[\w.'’ -]+ photo)\)\*$", re.IGNORECASE)
# a caption set as a paragraph, its credit in brackets after its sentence ("The library on Main
# Street. (Clarion-Observer photo)", an old CMS's cutline)
PHOTO_END = re.compile(r"[.!?]\s*\((?:[\w.'’ -]{1,40} )?(?:photo|photograph|file photo)"
                       r"(?: by [\w.'’ -]{2,40})?\)[*_]*$", re.IGNORECASE)
# The site telling the reader about their browser ("You are using a browser version with
# limited support for CSS", "Your browser is out of date")
BROWSER = re.compile(r"\byou are using (?:a|an) (?:browser|outdated|old|unsupported)\b|"
                     r"\byour browser (?:is (?:out of date|not supported|outdated)|does not "
                     r"support)", re.IGNORECASE)
# An advertisement's label standing alone, where the advertisement itself was left out (with
# the slot's number: Postmedia's "Advertisement 2"; "ADV", an Italian page's)
AD_LABEL = re.compile(
    r"^[*_\[(]*(?:(?:advertisements?|advertising|ads?|adv|sponsored(?: (?:ads?|content|links?))?|"
    r"anzeige|werbung|publicidad|publicité|pubblicità|annons|annonse|annonce|reklame|reklama)"
    r"(?:\s+\d{1,2})?|"
    r"(?:the )?(?:story|article) continues (?:below|after)"
    r"(?: (?:this|the) )?(?: ?advertisement| ?ad)?|"
    r"advertisement\s*[-–—]\s*scroll to continue(?: with content)?)[*_\]).:!…]*$",
    re.IGNORECASE)
# The label of a video or audio the text no longer holds ("***WATCH | Palestinians react:***",
# "VIDEO: …", "LISTEN:"), in capitals before a bar or a colon
MEDIA_LABEL = re.compile(r"^[#*_\[\s]*(?:(?:related|more|latest) )?(?:watch|videos?|vídeos?|"
                         r"vidéos?|listen|audio)\s*\\?[|:]|"  # "\|" too
                         r"^#{1,6}\s+watch(?: now| live)?\s*$",  # a player's heading
                         re.IGNORECASE)
# A pointer to the publisher's own rules ("Our Standards: The Thomson Reuters Trust
# Principles.", "Editorial standards: ...")
STANDARDS = re.compile(rf"{_OPEN}(?:our (?:editorial )?(?:standards|principles|values)|"
                       r"editorial (?:standards|guidelines|policy|policies|principles))"
                       r"[*_]*\s*:", re.IGNORECASE)
STANDARDS_WORDS = 10
# The story's section and its state over the headline: "[Business](/news/business)·Updated"
KICKER = re.compile(r"^\[[^\]\n]{1,40}\]\([^)\s]*\)\s*[·•|]?\s*(?:updated|new|live|analysis|"
                    r"opinion|exclusive|breaking|video|audio|podcast)\s*$", re.IGNORECASE)
CREDIT = re.compile(
    rf"{_OPEN}(?:(?:(?:main|featured|top|lead|header|cover) )?(?:photos?|images?|pictures?)"
    r"(?: credits?)?|fotos?|bild(?:er)?|quelle|source|crédits?|credits?|"
    r"rubriklistenbild|borítókép|nyitókép|sendung|fuente|fonte|bron|źródło|zdroj|forrás|kilde|"
    r"källa|lähde|"
    r"izvor|πηγή|источник|"
    r"джерело|kaynak|المصدر|来源|來源|出典|출처|allikas|avots|šaltinis|manba)"
    r"\s*:|(?:main|featured|top|lead|header|cover) (?:photo|image|picture) (?:via|by)\b",
    re.IGNORECASE)  # ("Main image credit: …", "Featured photo via MTI/…")


# The heading of a rail of other stories or videos, or its label alone, left without them
RAIL_HEADING = re.compile(
    r"^(?:#{1,6}\s*)?[*_]*(?:recommended(?: (?:videos?|for you|stories|reading|articles))?|related "
    r"(?:videos?|stories|articles|posts|content|coverage|news)|more (?:videos?|stories|"
    r"must[- ]reads?) (?:from|like this)[\w ]{0,30}|(?:more )?must[- ]reads?|"
    r"you (?:may|might) (?:also )?(?:like|be interested in)|most (?:read|popular|viewed)|"
    r"trending(?: now| stories| news| articles)?|weitere artikel|"
    r"das könnte sie auch interessieren|meistgelesen|"
    r"te puede interesar|(?:more|recommended|popular|trending) (?:from|on) [\w .’'-]{1,40}|"
    r"up next|discover more(?: web)? stories|more web stories|les plus lus|more information|"
    r"noticias relacionadas|notícias relacionadas|notizie correlate|articoli correlati|"
    r"articles liés|verwandte artikel|ähnliche artikel|"
    r"(?:verwendete|unsere) quellen|quellen(?:angaben)?|sources used|"  # (a list of sources)
    r"más información|weitere informationen|"  # (the
    r"tags|topics|related topics|onderwerpen|themen|schlagwörter|schlagworte|temas|etiquetas|"
    r"sujets|argomenti|tagi|etiketler|"  # (the heading of the page's tags
    # heading of a box of links: El País's related box, NDR's "infobox")
    r"lo más leído|más leídas|mais lidas|i più letti|le più lette|najczęściej czytane|"
    r"самое читаемое|アクセスランキング|関連ニュース|"
    r"(?:más|mais) (?:notas|noticias|notícias|artigos|artículos) (?:de|sobre) [\w .’'-]{1,30}|"
    r"(?:人気|注目)(?:記事|ランキング)|ランキング|相关新闻|(?:今日)?热门(?:文章|新闻)|相關新聞|"
    r"(?:今日)?熱門新聞|为你推荐|為你推薦|"
    r"많이 본 뉴스|الأكثر قراءة|خبرهای مرتبط|مطالب مرتبط|مطالب پیشنهادی|پربیننده‌ترین|"
    r"متعلقہ عنوانات|سب سے زیادہ پڑھی جانے والی|"  # (the BBC's Persian and Urdu rails)
    rf"{READ_ALSO})[*_]*\s*:?[*_]*\s*$",  # (or a pointer's label as heading; "**Tags:**")
    re.IGNORECASE)
COUNTER = re.compile(r"^\d{1,6}$")  # a count standing alone: the comments', the shares
# The count of another story's comments, as a link or not ("[78 commentaires](…)"), or the
# word alone ("Comments", "[Commenter](…)")
COMMENTS = re.compile(r"^[*_\[]*(?:\d{1,6}\s+)?(?:comments?|commentaires?|kommentare?|comentarios?|"
                      r"commenti|reacties|kommentarer|yorum(?:lar)?|commenter|kommentieren|"
                      r"comentar|(?:voir|afficher|lire) les commentaires|ver (?:los )?comentarios|"
                      r"(?:comments?|commentaires|kommentare|comentarios) (?:are )?(?:closed|"
                      r"fermés|geschlossen|cerrados)|loading comments|post a comment|"
                      r"leave a comment|add a comment)[.…]*[*_]*(?:\]\([^)\s]*\))?[*_]*$",
                      re.IGNORECASE)  # (and a box's state: "Commentaires fermés")
# A link alone, of a few words, to a page of the site's tags, topics or sections
# ("[Celebrity style](…/category/celebrity-style)")
# The site offering its newsletter, brought to the reader's inbox ("**Newsletter „Guten
# Morgen“:** … jeden Werktag kostenlos in Ihrem Postfach"), or its podcast on the platforms
# ("Hören Sie „Kreis und quer“ auch bei Spotify"): the product's name may be quoted
OFFER = re.compile(
    r"\bnewsletter\b[^\n]{0,160}\b(?:postfach|inbox|boîte (?:mail|de réception)|"
    r"bandeja de entrada|casella di posta|caixa de entrada)\b"
    r"|^[#*_\[\s]*(?:hören sie|hört|listen to|listen on|écoutez|escucha|ascolta|ouça)\b"
    r"[^.!?\n]{0,80}\b(?:spotify|apple podcasts|google podcasts|deezer|podcast app)\b"
    r"|\bwherever you get your podcasts\b|\bwo es podcasts gibt\b", re.IGNORECASE)
TOPIC_LINK = re.compile(r"^[*_]*\[(?P<words>[^\]\n]{1,60})\]\((?P<to>[^)\s]+)\)[*_.]*$")
TOPIC_ADDRESS = re.compile(r"/(?:category|categories|tag|tags|topic|topics|thema|themen|"
                           r"schlagwort|schlagworte|etiqueta|etiquetas|sujet|sujets|rubrique|"
                           r"argomenti|onderwerp)/", re.IGNORECASE)
TOPIC_WORDS = 4
# A link to another story standing alone, as long as a headline ("[Ferry fares rise again as
# the council …](https://…)"), or after a label in bold ("**FUNDA OLUNYE UDABA LAPHA |**
# [Kuboshwe …](…)", "**For more stories like this,** [check our news page](…)")
POINTER = re.compile(r"^(?:\*\*[^*\n]{1,60}\*\*\s*(?:\\?[|:–—-]\s*)?)?[*_]*"
                     r"\[(?P<words>[^\]\n]{1,300})\]\([^)\s]+\)[*_.\s]*$")
HEADLINE_WORDS = 5
LABEL_WORDS = 6


def is_furniture(paragraph: str) -> bool:
    """Whether a paragraph of the extracted text (Markdown) is a copyright notice, a pointer to
    another story, a picture's credit, a button's words, a count standing alone (the
    comments': "47"), a time stamp, a link to another story standing alone or the page asking
    its reader to sign up or follow it: not part of the story. Pictographs opening it are read
    past, and a paragraph set in italics run by run is read as one run too ("*The Times is
    committed to publishing* *[a diversity of letters](…)* *to the editor.*")."""
    if (bare := PICTOGRAPHS.sub(r"\1", paragraph, count=1)) != paragraph and bare.strip("*_[ "):
        return is_furniture(bare)  # "📲 **Únete a nuestro canal de WhatsApp** …"
    if _furniture(paragraph):
        return True
    flat = RUNS.sub(" ", link_text(paragraph))  # a note read without its links too ("[Materials]
    # (…) provided by [**…**](…). *Note: Content may be edited for style and length.*")
    return flat != paragraph and (is_note(flat) or (RUNS.search(paragraph) is not None and (
        _furniture(flat)))) and not first_published(flat)  # (a note that the story was first
    # published elsewhere, set so, is the story's, as fitted: "*This article was originally
    # published on … and can be read* *[here.](…)*")


# emphasis closed and opened again: a paragraph set in italics run by run, with links between
RUNS = re.compile(r"(?<=\S)([*_])\1?\s+[*_]{1,2}(?=\S)")


def _furniture(paragraph: str) -> bool:
    words = len(paragraph.split())
    if GALLERY.match(paragraph):
        return True  # a picture's caption, whatever its length
    if words <= NOTE_WORDS and ((BROWSER.search(paragraph) and not REPORTED.search(paragraph))
                                or CAPTION.match(paragraph.strip())):
        return True  # the site's note about the reader's browser; "*… (Harry Benson/Getty)*"
    if is_note(paragraph) or is_embed_consent(paragraph) or is_site_line(paragraph) or \
            is_closing_line(paragraph):
        return True  # a call for tips, a breaking story's note, where it was first published;
        # an embed's consent box
    if len(paragraph) <= MOST_CHARS and (_links_after(ELSEWHERE, paragraph)
                                         or _label_alone(ELSEWHERE, paragraph)):
        return True  # "READ MORE: * [one story](…) * [another](…)", however many
    if (runs := _bold_runs(paragraph)) and all(map(is_furniture, runs)):
        return True  # "**Follow us on Twitter.** **Sign up for our alerts here.**"
    if words > MOST_WORDS or len(paragraph) > MOST_CHARS:
        return False
    return bool(COPYRIGHT.search(paragraph) or BUTTON.match(link_text(paragraph).strip())
                or READ_ALSO_ALONE.match(paragraph.strip())
                or LINK_FOR_SUBSCRIBERS.match(paragraph.strip()) or PHOTO_END.search(paragraph)
                or QUOTED_POINTER.match(link_text(paragraph).strip())
                or COUNTER.match(paragraph.strip()) or SIGNUP_HEADING.match(paragraph.strip())
                or COMMENTS.match(paragraph.strip()) or _topic_link(paragraph.strip())
                or _home_link(paragraph.strip())
                or _signup_link(paragraph) or LEGAL_LINK.match(paragraph.strip())
                or RAIL_HEADING.match(paragraph.strip())
                or AD_LABEL.match(paragraph.strip()) or MEDIA_LABEL.match(paragraph)
                or KICKER.match(paragraph.strip()) or is_time_stamp(paragraph)
                or _pointer(paragraph.strip()) or _labelled_links(paragraph)
                or (is_prompt(paragraph) and not REPORTED.search(paragraph))
                or bool(OFFER.search(link_text(paragraph)))
                or _names_after(ELSEWHERE, paragraph) or _rules_pointer(paragraph)
                or _house_promotion(paragraph)
                or (words <= CREDIT_WORDS and _names_after(CREDIT, paragraph)))


BOLD_RUN = re.compile(r"\*\*[^*\n]+\*\*")


def _bold_runs(paragraph: str) -> list[str]:
    """The sentences of a paragraph made only of two or more bold runs, each set apart
    ("**Follow … on Twitter.** **You can now get alerts. Sign up [here](…).**"), to be read one
    by one; an empty list for any other paragraph."""
    runs = BOLD_RUN.findall(paragraph)
    return runs if len(runs) > 1 and not BOLD_RUN.sub("", paragraph).strip() else []


def _pointer(paragraph: str) -> bool:
    """A link to another story alone, or after a short label in bold (see POINTER)."""
    match = POINTER.match(paragraph)
    if match is None:
        return False
    label = paragraph[:paragraph.find("[")].strip("*_ ")
    if label:  # a label in capitals or set off by a bar ("FUNDA OLUNYE UDABA LAPHA |"), not
        return len(label.split()) <= LABEL_WORDS and (  # "Why it matters:" opening a sentence
            label.endswith("|") or not any(c.islower() for c in label))
    words = match["words"].strip("*_ ")
    return (len(words.split()) >= HEADLINE_WORDS and not paragraph.rstrip("*_ ").endswith(".")
            and not words.endswith("."))  # "[… isn't over yet](…)." is one, as is "[….](…)"


LABEL_MOST_WORDS = 4  # a label before links, in words (or in letters, unspaced: "関連タグ")
UNSPACED_LABEL = 20
LIST_MARK = re.compile(r"^(?:[-*+]|\d{1,2}[.)])\s+")
SIGNED = re.compile(r"^(?:\\?[-–—]+\s*)?(?:by|von|par|por|door|av)\s", re.IGNORECASE)


def _labelled_links(paragraph: str) -> bool:
    """A short label and links, nothing else: "Zum Artikel: [Tarifrunde im ÖPNV](…)",
    "**関連タグ** [ハードウェア](…) / [Intel](…)", "Link zum [YouTube-Inhalt](…)",
    "**Twitter: [@howardblume](…)**": a pointer, a row of tags, a profile, in any language;
    not a linked sentence ("See [the full report](…).")."""
    text = LIST_MARK.sub("", paragraph.strip())
    first = text.find("[")
    if first <= 0 or not LINK_ROW.search(text) or text.rstrip("*_ ").endswith("."):
        return False
    label = text[:first].strip(" *_").rstrip(":|–—-\\ ").strip(" *_")
    rest = LINK_ROW.sub("", text[first:]).strip(" *_/|,·•\\")
    if not label or rest or label.endswith((".", "!", "?")) or SIGNED.match(label):
        return False  # "-- By Michael Russell [Follow @tdmrussell]": the story's sign-off
    words = label.split()
    return len(words) <= LABEL_MOST_WORDS and (len(words) > 1 or len(label) <= UNSPACED_LABEL)


def _topic_link(paragraph: str) -> bool:
    """A link alone, of at most four words, to a page of the site's tags or topics."""
    link = TOPIC_LINK.match(paragraph)
    return bool(link and len(link["words"].split()) <= TOPIC_WORDS
                and TOPIC_ADDRESS.search(link["to"]))


def _home_link(paragraph: str) -> bool:
    """A link alone to a site's home page: its logo's ("[The Indian Express](https://…/)")."""
    link = TOPIC_LINK.match(paragraph)
    return bool(link) and home_page(link["to"])


def _signup_link(paragraph: str) -> bool:
    """A link alone to the site's subscription or newsletter page, or a row of such links
    ("[Get the Daily Edition by email](…/signup/) [Free Sign Up](…/signup/)")."""
    links = LINK_ROW.findall(paragraph)
    return bool(links) and not LINK_ROW.sub("", paragraph).strip(" *_.!:|·•") and all(
        SIGNUP_ADDRESS.search(re.split(r"[?#]", unquote(to), maxsplit=1)[0]) for to in links)
    # (its host and path: a shop's "…?SubscriptionId=…" is no sign-up page)


def _rules_pointer(paragraph: str) -> bool:
    """Whether a paragraph points to the publisher's own rules ("Our Standards: The Thomson
    Reuters Trust Principles."): a link or a few words after the label, reporting no one
    ("Our values: Respect, ..., the club's new motto" is the story)."""
    return _names_after(STANDARDS, paragraph) and not REPORTED.search(paragraph) and (
        "](" in paragraph or len(paragraph.split()) <= STANDARDS_WORDS)


LIST_MARKS = re.compile(r"^(?:[\s*_•·–-]|\\\*)+")  # spaces, emphasis, bullets, "\*"


# The site pointing to its own guides: "read our in-depth guide:", "for more information, also see:"
PROMOTION = re.compile(r"\b(?:read|see|check out|explore) our\b|\balso see\b|"
                       r"\bfor (?:more|a full)\b[^.!?]{0,40}\bsee\b", re.IGNORECASE)


def _house_promotion(paragraph: str) -> bool:
    """A paragraph set whole in bold or italics that points with a link to the site's own
    guides ("*For a full portrait of today's top AI vendors, read our in-depth guide: [150+
    Top AI Companies](…)*")."""
    return (emphasised(paragraph.strip()) and bool(LINK_ROW.search(paragraph))
            and bool(PROMOTION.search(link_text(paragraph))))


def _links_after(label: re.Pattern[str], paragraph: str) -> bool:
    """Whether the paragraph opens with the label and holds only links after it (a list of
    other stories: "READ MORE: * [one](…) * [another](…)")."""
    match = label.search(paragraph)
    rest = paragraph[match.end():] if match else ""
    return bool(LINK_ROW.search(rest)) and not LINK_ROW.sub("", rest).strip(" *_\\•·|,;–-")


def _label_alone(label: re.Pattern[str], paragraph: str) -> bool:
    """Whether the paragraph is the label and nothing else ("**Baca juga:**", its links
    left out)."""
    match = label.search(paragraph)
    return bool(match) and not paragraph[match.end():].strip(" *_\\•·|,;–-")


def _names_after(label: re.Pattern[str], paragraph: str) -> bool:
    """Whether the paragraph opens with the label and a name or a link after it ("Photo:
    AFP", "Read more: [Floods ...]"), not a sentence ("Source: a senior official ...",
    "More: the full list of winners")."""
    match = label.search(paragraph)
    rest = LIST_MARKS.sub("", paragraph[match.end():]) if match else ""  # "READ MORE: * […]"
    return bool(rest) and (rest[0].isupper() or rest[0].isdigit() or rest[0] in "[\"“„«'‘©"
                           or (rest[0].isalpha() and not rest[0].islower())  # Arabic, Chinese
                           or bool(HOST_LIKE.match(rest.rstrip("*_. "))))  # "Quelle: ntv.de"
