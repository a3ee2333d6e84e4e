"""The page's notes to its reader that extractors keep in a story's text: a call
for tips with the newsroom's address ("*Are protests breaking out in your area?
Get in touch at news@example.com*"), a reporter's address standing alone, a note
that the story is breaking ("*This is a breaking news story - more to follow*"),
a note about where the text was first published or that it was translated
("*First published in The Conversation*", "*Dies ist eine maschinelle
Übersetzung …*"), a request for the reader's rating ("Wie hat Ihnen dieser
Artikel gefallen?", "이 기사에 대한 공감을 표시해주세요"), a pointer down the page ("Scroll
down to see how …"), the paywall's notes (the story is for subscribers, the
reader's subscription is in use on another device), the note that the site earns
a commission on what is bought through its links, a share button's "Link
copied", a call to share tips with the community, and the disclaimer that the
views are the author's alone ("Opinions expressed are solely those of the author
…", however long the paragraph it opens), the note on how a transcript was made
and that it may change ("NPR transcripts are created on a rush deadline …"), and
a line that gives one of the site's accounts on a social network, a label of a
word or two and the account alone ("เฟซบุ๊ก https://fb.me/x", "LINE ID = @x"), a
note the editors set whole in square brackets that links elsewhere ("[All the
latest in our live blog.]"); and, closing the text, a note set whole in italics
or bold on who wrote the piece ("*Jane Roe is a senior researcher with …*",
:func:`without_notes`).

Each is short. A sentence of the story that reports such words (a police appeal quoted, "the
site said the story would be updated") is longer or quotes someone, and stays; an address in a
story's sentence stays unless the sentence asks the reader for a story or a tip; a note about
a translation or where the text was first published is one only when set whole in italics or
bold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from explainer.importer.clean import EMAIL, emphasised

NOTE_WORDS = 40  # a note is short: longer is the story's own text
SET_APART_NOTE_WORDS = 80  # but an affiliate note set whole in italics may run on a little
NOTE_CHARS = 600  # and so is a long run of characters without spaces
ADDRESS_WORDS = 6  # a reporter's name and address, and no more
TAIL_WORDS = 8  # words after a breaking story's note ("- more to follow")
# a reporter's name (perhaps in bold, perhaps with "reporter"), then the address, and no more
ADDRESS_LINE = re.compile(r"^[*_]*(?-i:[A-Z\w])[^.!?@]{0,60}[\s*_]" + EMAIL.pattern + r"[*_]*$")
# a wire's closing line: the reporter's address alone (in brackets too), and its end mark
# ("kyh@yna.co.kr (END)", "(jmy@heraldcorp.com)")
WIRE_END = re.compile(r"^[*_]*[(\[]?" + EMAIL.pattern
                      + r"[)\]]?[*_]*\s*(?:\((?:END|끝)\)|/END)?[*_.]*$")
# the page asking its reader for a story or a tip, or to write to it
CALL = re.compile(
    r"\b(?:get in touch|contact us|email us|e-mail us|write to us|tell us|send us|"
    r"do you have (?:a|any) (?:story|tip|question)|have you got (?:a|any) (?:story|tip)|"
    r"got a (?:story|tip)|questions? about (?:an|this|the) (?:article|story)|"
    r"breaking out in your area|kontaktieren sie uns|schreiben sie uns|schreibt uns|"
    r"écrivez-nous|contactez-nous|escríbenos|contáctanos)\b", re.IGNORECASE)
# a call to write in whose address the page wrote by script or set apart ("Questions? Email
# us at"): no sentence of the story ends so
CUT_CALL = re.compile(r"\b(?:e-?mail|write to|contact) us at[\s:*_]*$", re.IGNORECASE)
REPORTED = re.compile(r"[\"“”„«»]|\b(?:said|says|told|asked|according to|sagte|sagt|"
                      r"erklärte|a déclaré|a dit|dijo)\b", re.IGNORECASE)
BREAKING = re.compile(
    r"^[*_(\[]*(?:this is an? (?:breaking|developing|live)(?: news?)? (?:story|article)|"
    r"(?:more|further) (?:details )?to follow|"
    r"this (?:story|article|page) (?:is being|will be|is) (?:updated|regularly updated)|"
    r"(?:dieser|der) (?:artikel|beitrag|text) wird (?:laufend |fortlaufend |ständig )?"
    r"aktualisiert|mehr in kürze|cet article (?:sera|est) (?:mis à jour|actualisé))\b",
    re.IGNORECASE)
# where the text was first published, or that it is a translation: in italics or bold whole
PUBLISHED = re.compile(
    r"\b(?:first published|originally published|(?:was |is )?republished|"
    r"(?:ursprünglich|zuerst) (?:[^\s.!?]+ ){0,4}?(?:erschienen|veröffentlicht)|"
    r"erschien zuerst|"
    r"publié (?:initialement|à l'origine)|publicado originalmente|"
    r"publié en (?:anglais|allemand|espagnol|italien|néerlandais|portugais)\b|"
    r"produced (?:in partnership|in collaboration|jointly) with|"
    r"maschinelle übersetzung|übersetzung:|übersetzt (?:aus|von)|(?:machine )?translated "
    r"(?:from|by)|translation:|traduction:|traducción:|traduit (?:de|par)|"
    r"originalartikel|im original|original article|in the original)", re.IGNORECASE)
PUBLISHED_WORDS = 4  # "**Lost in translation**" is a heading
# a note that opens on the story itself ("This story was …", "Dieser Artikel erschien …"): a
# sentence of the story names the story so only when it quotes someone
ON_STORY = re.compile(r"^this (?:article|story|piece|post)\b|^dieser (?:artikel|beitrag|text)\b|"
                      r"^cet article\b|^este (?:artículo|texto|artigo)\b|^questo articolo\b",
                      re.IGNORECASE)  # (not "The report, first published in 2019, …")
RATING = re.compile(
    r"^[#*_\s]*(?:how did you like this (?:article|story)|was this (?:article|story) "
    r"(?:helpful|useful)|did you (?:like|enjoy|find) this (?:article|story)|"
    r"(?:wie )?hat ihnen (?:dieser|der) (?:artikel|beitrag|text) gefallen|"
    r"war (?:dieser|der) (?:artikel|beitrag) hilfreich|"
    r"(?:cet|l'|l’)article vous a-t-il plu)\b[^.!]{0,60}\?[*_\s]*$|"
    r"^[#*_\s]*(?:이 기사(?:에 대한|를|가|에)\s?[^.!?]{0,20}(?:공감|추천|평가|반응)[^.!?]{0,20}|"
    r"この記事(?:は|が)(?:役に立ちましたか|参考になりましたか|いかがでしたか))[？?*_\s]*$",
    re.IGNORECASE)
# The page pointing its reader down the page ("Scroll down to see how to identify …",
# "Scroll down for video")
SCROLL = re.compile(r"^[*_\[]*(?:scroll (?:down|up|further)(?: (?:to|for)\b|[.!:…*_\s]*$)|"
                    r"scrollen sie (?:nach unten|weiter)|faites défiler)", re.IGNORECASE)
SCROLL_WORDS = 15
# The paywall's note that the reader's subscription is in use on another device ("Tu
# suscripción se está usando en otro dispositivo …"): a device, and the reader's account in
# use or the reader reading on
DEVICE = re.compile(r"\b(?:(?:this|another|other|one|several|multiple) devices?|"
                    r"(?:este|otro|un|varios|otros) dispositivos?|"
                    r"(?:cet|un autre|plusieurs|un seul) appareils?|"
                    r"(?:diesem|einem anderen|mehreren) ger(?:ä|ae)te?n?)\b", re.IGNORECASE)
IN_USE = re.compile(r"\b(?:your (?:subscription|account) is (?:being|already being|currently "
                    r"being) used|tu (?:suscripción|cuenta) se está (?:usando|utilizando)|"
                    r"votre (?:abonnement|compte) est (?:déjà |actuellement )?(?:en cours "
                    r"d'utilisation|utilisé)|ihr (?:abo|abonnement|konto) wird (?:gerade |bereits "
                    r")?(?:auf|an) [\w ]{0,30}(?:genutzt|verwendet)|"
                    r"si continúas leyendo|if you continue reading|continue reading on this|"
                    r"si vous continuez à lire|wenn sie (?:hier )?weiterlesen)\b", re.IGNORECASE)
DEVICE_WORDS = 30
# The note that the site earns from what its reader buys through its links
AFFILIATE = re.compile(
    r"\b(?:(?:may|might|could) (?:earn|get) us|we (?:may |might |could )?(?:earn|receive|get)) "
    r"(?:an? )?(?:small )?(?:affiliate )?commissions?\b|"
    # the site named ("TechWire may earn a commission when you buy through links on our site")
    r"\b(?:may|might|could|can) (?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?"
    r"(?:commission|share of (?:the )?(?:sales|revenue))s? (?:when|if|from)\b|"
    # "If you purchase a product or register for an account through a link on our site, we may
    # receive compensation."
    # "If you buy something from a Verge link, Vox Media may earn a commission."
    r"\bif you buy (?:something|a product) (?:from|through|via) [^.]{0,60}\b(?:may|might|could) "
    r"(?:earn|get|receive) (?:a )?commissions?\b|"
    r"\bthrough (?:a |one of our )?links? on (?:our|this) (?:site|website|page)\b[^.]{0,40}\b"
    r"(?:may|might|could) (?:earn|receive|get) (?:compensation|a commission|commissions)\b|"
    r"\bthis (?:article|story|post|page) (?:contains|includes|uses) affiliate links\b|"
    r"\b(?:erhalten|bekommen) wir (?:ggf\. |eventuell |unter umständen )?eine (?:kleine )?"
    r"provision\b|\bin diesem (?:artikel|beitrag) (?:sind|befinden sich) affiliate-links\b|"
    # the site named before it gets one ("Techblick.de erhält für Käufe über … eine kleine
    # Provision"), Coupang Partners' note on Korean blogs ("이 포스팅은 쿠팡 파트너스
    # 활동의 일환으로")
    r"\b(?:erhält|bekommt) (?:[^.!?]{0,60} )?eine (?:kleine )?provision\b|"
    r"쿠팡 파트너스 활동의 일환|"
    # in the Romance languages: "Este post contém links de afiliados", "Cet article contient des
    # liens affiliés", "Este artículo contiene enlaces de afiliados"
    r"\b(?:contém|contiene|contient|contiene) (?:des |de )?(?:links|liens|enlaces|link) "
    r"(?:de )?(?:afiliados|affiliés|di affiliazione)\b",
    re.IGNORECASE)
# A share button's word that the link was copied ("기사 URL이 복사되었습니다.")
COPIED = re.compile(r"^[*_]*(?:(?:the )?(?:article )?(?:link|url)(?: (?:has been|was))? copied"
                    r"(?: to (?:the |your )?clipboard)?|link kopiert|lien copié|enlace copiado|"
                    r"(?:기사 ?)?(?:url|링크)이? 복사되었습니다)[.!]?[*_]*$", re.IGNORECASE)
# The page asking its reader to share with the community ("Teile deine Tipps mit der Community")
COMMUNITY = re.compile(r"\b(?:teile|teilen sie) (?:deine|ihre) [\w ]{0,40}\bmit (?:der|unserer) "
                       r"community\b|\bshare your [\w ]{0,40}\b(?:with|in) (?:the|our) "
                       r"(?:community|comments)\b", re.IGNORECASE)
# The paywall's count of the reader's free stories ("You have read all of your free articles
# this month.", "You've reached your limit of 5 free stories", "Vous avez lu vos 3 articles
# gratuits")
METER = re.compile(
    r"\byou(?:'ve|’ve| have) (?:read|reached|used(?: up)?|viewed)\b[^.!?]{0,40}\b(?:free|"
    r"complimentary) (?:articles?|stories|story|reads|views)\b|"
    r"\byou have (?:\d+|one|two|three|no) (?:free|complimentary) (?:articles?|stories|story) "
    r"(?:left|remaining)\b|\bvous avez (?:lu|consulté|atteint)\b[^.!?]{0,40}\barticles? "
    r"gratuits?\b|\bsie haben (?:ihr|ihre|alle)\b[^.!?]{0,40}\b(?:gratis|kostenlosen?|freien?) "
    r"(?:artikel|beiträge)\b|\bhas (?:leído|consumido)\b[^.!?]{0,40}\b(?:artículos|noticias) "
    r"gratuit[oa]s\b", re.IGNORECASE)
# The paywall's note that the story is for subscribers ("この記事は会員限定です。…")
MEMBERS = re.compile(
    r"^[*_#\s]*(?:この記事は(?:有料|読者)?会員限定|この記事は有料記事です|"
    r"this (?:article|story|content) is (?:only |exclusively )?(?:available )?(?:only |"
    r"exclusively )?(?:for|to) (?:[\w-]+ ){0,3}(?:subscribers|members)|"
    r"(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur )?(?:für|exklusiv für) "
    r"(?:abonnenten|abonnentinnen|abonnent\*innen|mitglieder)|"
    r"(?:cet )?article (?:est )?réservé aux abonnés|"
    r"this is an? (?:premium|subscriber|subscriber-only|paid|members-only) (?:article|story)|"
    r"(?:este )?contenido (?:es )?exclusivo para (?:suscriptores|socios))", re.IGNORECASE)
# The disclaimer that opens a contributed column's note: the views are the writer's alone
DISCLAIMER = re.compile(
    # perhaps a list's item; "Editor’s Note: The opinions expressed …"
    r"^(?:[-*+]\s+)?[*_(\[]*(?:editor['’]?s note\s*:\s*)?"
    r"(?:(?:the )?(?:views?|opinions?) expressed (?:(?:in|on) (?:this|the|our) "
    r"(?:[\w-]+ ){0,2}(?:article|column|piece|post|page|section) |here |herein |by (?:the )?"
    r"(?:authors?|writers?|contributors?) )?(?:are|is) (?:solely |entirely |only )?(?:those of "
    r"the (?:authors?|writers?|contributors?)\b|the (?:author|writer|contributor)(?:'|’)?s?"
    r"(?:'|’)? own\b|(?:their|his|her) own[.)\]*_]*$)"
    # "(The author is a Reuters Breakingviews columnist. The opinions expressed are their own.)"
    r"|the author is an? [^.]{0,80}\b(?:columnist|contributor)\.\s+the (?:views|opinions) "
    r"expressed are (?:their|his|her) own\b"
    # a sponsor's disclosure: "This content was paid for by Keystone Bank and produced by …"
    r"|this (?:content|article|story|post|page) (?:was|is) (?:paid for|sponsored|funded|"
    r"produced|created) (?:by|in partnership with) [^.]{2,80}\b(?:and|the) [^.]{0,80}\b(?:"
    r"newsroom|editorial (?:staff|team|department)|journalists?)\b[^.]{0,40}\bnot\b"
    r"|this (?:content|article|story|post) (?:was|is) (?:paid for|sponsored) by\b"
    # "This column reflects the personal views of the author and does not necessarily …"
    r"|this (?:column|article|piece|op-ed|commentary) (?:reflects|represents|expresses) the "
    r"(?:personal )?(?:views?|opinions?) of the (?:authors?|writers?)\b"
    # a health story's, naming a doctor or health: "This article is for information only and is
    # not a substitute for …",
    # "Este artigo tem carácter informativo e não dispensa a consulta de um profissional …"
    r"|(?:this|the|este|esta|cet|ce|dieser|diese|questo|questa)\s+(?:article|information|"
    r"content|artigo|artículo|texto|contenu|informação|información|beitrag|artikel|articolo|"
    r"contenuto)\b[^.]{0,80}\b(?:not (?:a )?(?:substitute|replacement)|(?:does not|doesn['’]t) "
    r"replace|is not intended (?:to|as)|não dispensa|não substitui|no sustituye|no reemplaza|"
    r"ne remplace pas|ne se substitue pas|ersetzt (?:keine|nicht)|non sostituisce)\b[^.]{0,80}"
    r"(?:medic|médic|méd|doctor|physician|profession|profission|ärzt|arzt|health|saúde|salud|"
    r"santé|gesundheit|salute)"
    # an opinion section's own notes: "The editorial board is a group of opinion journalists
    # …", "The Times is committed to publishing a diversity of letters to the editor."
    r"|the editorial board is (?:a group|made up|composed) of\b|(?:[\w.’'-]+ ){1,4}is "
    r"committed to publishing a diversity of letters\b|we['’]d like to hear what you think "
    r"about this or any of our\b|do you have an opinion on the issues raised in this "
    r"(?:article|piece)\?"  # the letters page's call under a comment piece
    # the views' note in other languages: "Les opinions exprimées dans ce texte n'engagent que
    # la responsabilité de l'auteur", "Las opiniones expresadas … son responsabilidad …"
    r"|les (?:opinions|propos|idées|points de vue|analyses)\b[^.]{0,60}?n['’]engagent que\b"
    r"|las opiniones (?:expresadas|vertidas)\b[^.]{0,60}?son (?:de )?(?:la )?(?:exclusiva |"
    r"entera )?responsabilidad\b|as opiniões (?:expressas|emitidas)\b[^.]{0,60}?(?:são|é) de "
    r"(?:inteira |exclusiva )?responsabilidade\b|le opinioni espresse\b[^.]{0,60}?"
    r"(?:dell['’]autore|degli autori|personali)\b|(?:der|dieser) (?:gast)?(?:beitrag|artikel|"
    r"text) gibt (?:ausschließlich )?die (?:persönliche )?meinung (?:des|der) autor"
    # a republisher's: "This article was edited by The Syrian Observer. The Syrian Observer
    # has not verified the content of this story."
    r"|(?:[^.]{0,120}\.\s+)?[^.]{0,60}\b(?:has|have) not (?:independently )?verified (?:the )?"
    r"(?:content|contents|accuracy|claims)\b"
    # a syndicated story's note: "(This story has not been edited by … staff and is
    # auto-generated from a syndicated feed.)", "(Only the headline and picture of this report
    # may have been reworked by the … staff; the rest of the content is auto-generated …)"
    r"|[^.]{0,160}\bauto-generated from (?:a |the )?[^.]{0,60}?(?:syndicated (?:news )?feed|"
    r"news service|wire service)\b"  # ("This report is auto-generated from … news service.")
    # a science news site's notes: "This article has been reviewed according to Science X's
    # editorial process and policies.", "Citation: … (2024, March 5) retrieved 7 March 2024
    # from https://…", "This document is subject to copyright.", "Materials provided by …
    # Note: Content may be edited for style and length."
    r"|this (?:article|story) has been reviewed according to [^.]{0,60}\beditorial process\b"
    r"|citation[*_]*\s*:[^\n]{0,300}\bretrieved\b[^\n]{0,40}\bfrom\s+\S+$"
    r"|this document is subject to copyright\b"
    # an agency's rights: "© 2024 Europa Press. Está expresamente prohibida la redistribución …"
    r"|(?:©\s*\d{4}\s+[^.]{2,40}\.\s+)?(?:está )?expresamente prohibida la (?:redistribución|"
    r"reproducción)\b"
    r"|(?:story source:\s*)?materials? provided by\b[^\n]{0,200}\bcontent may be edited for "
    r"style and length\b"
    r"|disclaimer\s*:)", re.IGNORECASE)  # "(Disclaimer: Recommendations … given by the experts …"
DISCLAIMER_WORDS = 120
# A platform's note that its users posted the story and that it only stores it (NetEase's
# "特别声明：以上内容…为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。", Sohu's
# "平台声明：…仅提供信息存储空间服务", and the English of it)
PLATFORM = re.compile(r"仅提供信息存储(?:空间)?服务|僅提供資訊儲存(?:空間)?服務|"
                      r"\bonly provides? information storage (?:space )?services?\b", re.IGNORECASE)
# The note on a transcript's making ("NPR transcripts are created on a rush deadline …"), with
# its caveat that the text may change or hold errors
TRANSCRIPT = re.compile(
    r"^[*_]*(?:(?:notice|note|please note)\s*:\s*)?"  # ("Notice: Transcripts are machine and
    r"(?:(?:this|the) (?:text|transcript) (?:is|was|has been) (?:a )?(?:rush |machine[- ])?"
    r"(?:transcri|generat|produc|creat)|(?:[\w’'-]+ ){0,2}transcripts? (?:are|is|was|were|"
    r"have been|has been) (?:\w+ ){0,3}(?:created|produced|generated|prepared|made|"  # human
    r"transcribed|typed)\b)", re.IGNORECASE)  # generated and lightly edited …")
# The note on a story read aloud by a machine: "Produced by ElevenLabs and News Over Audio
# (Noa) using AI narration."
NARRATION = re.compile(r"^[*_]*(?:this (?:article|story) (?:is|was) )?(?:produced|narrated|voiced|"
                       r"read)\b[^.]{0,80}\b(?:using|with|by) (?:an? )?(?:AI|artificial[- ]"
                       r"intelligence)[- ](?:narration|voice|generated audio)\b", re.IGNORECASE)
CAVEAT = re.compile(r"\b(?:final form|may (?:be|contain|not|differ|vary)|revised|errors?|"
                    r"accuracy|authoritative record)\b", re.IGNORECASE)
# A label of one or two words, then an account's bare address on a social network or a handle
ACCOUNT = re.compile(
    r"^[*_]*[^\s\d@:=：*_/][^\s@:=：*_/]{0,19}(?: [^\s@:=：*_/]{1,20})?[*_]*\s*[:=：-]?[*_]*\s*"
    r"(?:@\w{2,30}|(?:https?://)?"
    r"(?:www\.)?(?:fb\.me|facebook\.com|twitter\.com|x\.com|instagram\.com|youtube\.com|"
    r"t\.me|line\.me|tiktok\.com|threads\.net|bsky\.app)/[\w@./-]{1,60})[*_]*$", re.IGNORECASE)


def is_note(paragraph: str) -> bool:
    """Whether a paragraph of the extracted text (Markdown) is one of the page's notes to its
    reader (see the module)."""
    text = paragraph.strip()
    words = len(text.split())
    if _long_affiliate_note(text, words):
        return True  # "*… we may earn a small commission … Thanks for your support!*"
    if DISCLAIMER.match(text) and words <= DISCLAIMER_WORDS:
        return True  # "Opinions expressed are solely those of the author and do not …"
    if PLATFORM.search(text) and words <= DISCLAIMER_WORDS:
        return True  # "… which is a social media platform and only provides information …"
    if TRANSCRIPT.match(text) and CAVEAT.search(text) and words <= DISCLAIMER_WORDS:
        return True  # "NPR transcripts are created on a rush deadline … may not be …"
    if words > NOTE_WORDS or len(text) > NOTE_CHARS:
        return False
    if (breaking := BREAKING.match(text)) and not REPORTED.search(text) and len(
            text[breaking.end():].split()) <= TAIL_WORDS:
        return True  # not "This is a developing story for the family, who …"
    if RATING.match(text) or (SCROLL.match(text) and words <= SCROLL_WORDS):
        return True
    if COPIED.match(text) or ((AFFILIATE.search(text) or COMMUNITY.search(text))
                              and not REPORTED.search(text)):
        return True  # "Buying through us may earn us a commission"; "Link copied"
    if (MEMBERS.match(text) or METER.search(text)) and not REPORTED.search(text):
        return True  # "This story is available exclusively to … subscribers."
    if words <= DEVICE_WORDS and DEVICE.search(text) and IN_USE.search(text) and \
            not REPORTED.search(text):
        return True  # "Your subscription is being used on another device"
    if "@" in text and EMAIL.search(text) and (
            (words <= ADDRESS_WORDS and ADDRESS_LINE.match(text))
            or (CALL.search(text) and not REPORTED.search(text))):
        return True  # "**Jane Roe** reporter jane@example.com"; a call for tips
    if NARRATION.search(text) and not REPORTED.search(text):
        return True  # "Produced by ElevenLabs … using AI narration."
    if WIRE_END.match(text):
        return True  # "kyh@yna.co.kr (END)"
    if ACCOUNT.match(text):
        return True  # "Twitter: https://twitter.com/example", "LINE ID = @example"
    if CUT_CALL.search(text):
        return True  # the call's address is lost: "Questions? Email us at"
    if BRACKETED.match(text) and LINKED.search(text):
        return True  # "*\[All the latest in [our live blog](…).\]*"
    return first_published(text)


def first_published(text: str) -> bool:
    """Whether a paragraph is the note on where the text was first published or that it is a
    translation ("*Dieser Artikel ist zuerst bei "Capital" erschienen.*"): set whole in
    italics or bold or opening on the story itself ("This story was produced in partnership
    with …", :data:`ON_STORY`), of four words or more and forty at most."""
    words = len(text.split())
    return (PUBLISHED_WORDS <= words <= NOTE_WORDS and len(text) <= NOTE_CHARS
            and (_set_apart(text) or (bool(ON_STORY.match(text)) and not REPORTED.search(text)))
            and bool(PUBLISHED.search(text)))


NAMED = re.compile(r"\s[*_\"“„«\[]*[A-Z]\w")  # a capital after the first word


def credited(text: str) -> bool:
    """Whether a paragraph is such a note that names who published the text first or who
    translated it (a capital after its first word: "First published in The Conversation"),
    which the editor is told of when it leaves the text; not "This article was originally
    published at 2:05 p.m."."""
    return first_published(text) and bool(NAMED.search(text.strip("*_ ")))


# a note the editors set whole in square brackets (written "\[" in Markdown), perhaps in
# italics: with a link in it, it points the reader to another page of the site ("[Alle
# aktuellen Entwicklungen finden Sie hier in unserem Newsblog.]", "[Read more: …]")
BRACKETED = re.compile(r"^[*_]*\\\[.*\\\][*_.]*$", re.DOTALL)
LINKED = re.compile(r"\]\((?:https?:|/)")


def _long_affiliate_note(text: str, words: int) -> bool:
    """The site's note that it earns a commission on what is bought through its links, set
    whole in italics or bold and longer than a note usually is (it explains itself: "It's a
    way for us to keep the site running …"). Set apart, it is the site speaking, not the
    story; a story's sentence about commissions is not set whole in italics, or quotes
    someone."""
    return (NOTE_WORDS < words <= SET_APART_NOTE_WORDS and _set_apart(text)
            and bool(AFFILIATE.search(text)) and not REPORTED.search(text))


def _set_apart(text: str) -> bool:
    """Set whole in italics or bold, as one run, perhaps with a full stop after it (not
    "**Kyiv** — … in *Le Monde*")."""
    return emphasised(text.rstrip("."))


# a note on who wrote the piece: "*Jane Roe is a senior researcher at …*"
WRITER_NOTE = re.compile(r"^[*_]+(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+,? (?:is|was) "
                         r"(?:a|an|the)\b")


def without_notes(paragraphs: Sequence[str]) -> list[str]:
    """The paragraphs without the notes closing them, each set whole in italics or bold,
    that say who wrote the piece: their names are the writers', not the story's."""
    kept = list(paragraphs)
    while kept and emphasised(kept[-1].strip()) and WRITER_NOTE.match(kept[-1].strip()):
        kept.pop()
    return kept
