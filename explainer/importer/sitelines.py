"""The site's own short lines in the languages :mod:`furniture` reads only in English and
German: an advertisement's label ("Реклама", "広告", "PUBLICIDADE", "Skip advertisement"), the
page asking its reader to follow it elsewhere ("Síguenos en Facebook …", "Подписывайтесь на
наш Telegram-канал", "bizi … takip edin"), a notice of the publisher's rights ("Bu haberin
tüm hakları … aittir", "版权声明：…", "무단전재 및 재배포 금지"), the credit of the
page's editor or agency standing alone ("（责任编辑：李华）", "（共同通信）"), the desk's number
for readers' tips ("澎湃新闻报料：021-962866"), a Chinese page's tools ("【纠错】"), the
time the story takes to read ("6 min read"), a link to the comments ("Kommentare anzeigen
(17)"), the paywall's count of what is left to read ("Il vous reste 64.52% de cet article à
lire.") and its offer ("Offre numérique : 1 € pendant 1
mois."), a row of share buttons ("シェア ツイート
LINEで送る", "Partager sur Facebook Partager sur X"), a video's label or length left
without it ("動画", "1:45"), the line a feed adds under its items ("The post … appeared first
on …"), the offer of a newsletter ("Receba as principais notícias do dia no seu e-mail",
"メールでお届けします") and the site's name and address alone ("La Gazzetta · gazzetta.example").

Each is a whole short paragraph (:data:`MOST_CHARS` letters at most) and quotes no one: the
story's own sentences are longer, or report someone saying the same words.
"""

from __future__ import annotations

import re

from explainer.importer.clean import link_text

MOST_CHARS = 200
APP_CHARS = 40  # an app's promotion is no longer
ITEM_MARK = re.compile(r"^\s*(?:[-*+•·|]|\d{1,2}[.)])\s*")
# An advertisement's label, alone
AD_LABEL = re.compile(
    r"^(?:skip (?:this )?(?:advertisement|ad)|advertisement\s*[-–—·•|]\s*scroll to continue"
    r"(?: with content)?|advertentie|publicidade|publicité|reklam|реклама|рекламa|إعلان|"
    r"اعلان|広告|광고|广告|廣告|anuncio|iklan|mainos|hirdetés|inzerce|διαφήμιση|"
    r"スポンサーリンク|pr|article content)$",  # (Postmedia's "Article content", over its slots)
    re.IGNORECASE)
# The page asking its reader to follow it: an imperative addressed to the reader, before the
# network it is followed on
FOLLOW = re.compile(
    r"\b(?:síguenos|siguenos|sigue a|suivez[- ]nous|suivez|seguici|siga(?:-nos| o| a)|"
    r"sigam|volg ons|folge uns|folgen sie|takip edin|takip et|obserwuj(?: nas)?|"
    r"urmăre[șş]te|urmăriți|urmariti|urmareste|"
    r"подписывайтесь|подпишитесь|следите за|simak|ikuti(?: kami)?|ακολουθήστε|"
    r"последвайте ни|pratite nas|пратите нас|sledujte nás|kövess(?:en)? minket|"
    # subscribe, and write to us (a tip line's bot), in Ukrainian, Russian, Uzbek and Kazakh
    r"підписуйтеся|підписуйтесь|підпишіться|стежте за|пишите|напишите|пишіть|напишіть|"
    r"obuna bo['‘’ʻ]?ling|обуна бўлинг|жазылыңыз)\b|"
    r"関注|关注|フォロー|팔로우|채널을 추가|구독|फ\u093c?ॉलो कर",
    re.IGNORECASE)
NETWORK = re.compile(
    r"\b(?:twitter|facebook|instagram|tiktok|whatsapp|youtube|linkedin|threads|bluesky|telegram|"
    r"google news|kakao\w*|vk|вконтакте|дзен|телеграм\w*)\b|카카오톡|텔레그램|微信|微博|"
    r"t\.me/|news\.google\.com|गूगल न्यूज़?", re.IGNORECASE)
# A notice of the publisher's rights
RIGHTS = re.compile(
    r"\btüm hakları\b|\bizinsiz kullanılamaz\b|\btodos os direitos reservados\b|"
    r"\btutti i diritti riservati\b|\balle rechten voorbehouden\b|\bвсе права защищены\b|"
    r"\bhak cipta\b|版权声明|版權聲明|未经授权，?不得转载|未經授權，?不得轉載|非經授權，?不得轉載|"
    r"转载请注明|저작권자|"
    r"무단\s?전재|재배포\s?금지|無断転載|無断複製|禁止転載|\breprodução proibida\b|"
    r"\bproibida a reprodução\b|\briproduzione riservata\b|\breproducción prohibida\b|"
    r"\bprohibida su reproducción\b|\breproduction interdite\b", re.IGNORECASE)
# A sponsor's label over its box, alone: "Presented by Amazon", "Together With Shopify"
SPONSOR_LINE = re.compile(r"^(?:presented by|sponsored by|brought to you by|together with|"
                          r"in partnership with|powered by|présenté par|präsentiert von|"
                          r"patrocinado por|oferecido por)\s+(?-i:[A-Z0-9][\w&.'’-]*"
                          r"(?:\s+[A-Z0-9&][\w&.'’-]*){0,4})$", re.IGNORECASE)
# The credit of the page's editor, source or writer, in Chinese, Japanese or Korean, alone;
# a Chinese story's line of who wrote it and took its pictures ("文｜财新 周颖", "文/图 王伟")
CJK_CREDIT = re.compile(r"^[（(【\[]?\s*(?:责任编辑|責任編輯|编辑|編輯|来源|來源|作者|审核|"
                        r"校对|编审|監修|編集|출처|편집)\s*[:：]|"
                        r"^(?:文(?:\s*[/／]\s*[图圖])?|撰文|[图圖])\s*[:：｜|/／]")
# The desk's line for readers' news tips, with its number: "澎湃新闻报料：021-962866",
# "新闻热线：0571-85100000", "제보 전화: 02-123-4567"
TIP_LINE = re.compile(r"^[^:：\d]{0,12}(?:报料|爆料|報料|新闻热线|新聞熱線|热线|熱線|제보)"
                      r"[^:：\d]{0,6}\s*[:：]\s*[\d\-() ]{6,20}$")
# A wire's end mark alone, in any language: "(END)", "(Ende)", "(انتهى)", "（完）"; a photo's
# agency and photographer in brackets alone ("(Xinhua/Wang Peng)"); a print page's number
# ("《 人民日报 》（ 01 版）"); an editor's line in brackets ("(Редактор:Ли Сяо, Ван Нин)")
END_ALONE = re.compile(r"^[(（]\s*(?:end|ende|fin|fim|конец|кінець|انتهى|끝|完|終)\s*[)）]$|"
                       r"^(?:\(by [^()]{2,80}\)\s*)?enditem(?:/[\w/]+)?$",  # Focus Taiwan's
                       re.IGNORECASE)
# a picture's credit alone in brackets, without a colon: "(Foto Ansa)", "(foto LaPresse)"
PHOTO_BRACKETED = re.compile(r"^\((?:foto|photo|bild|fotos|photos|ph\.)\s+[^\W\d_]"
                             r"[\w .&/'’-]{1,40}\)$",
                             re.IGNORECASE)
PHOTO_PAIR = re.compile(r"^\((?-i:[A-Z])[\w .&-]{1,30}/(?-i:[A-Z])[^()/]{1,40}\)$")
# the paper's page it was printed on: "（A12면）", "《人民日报》（ 2026年03月14日 第 04 版）"
PRINT_PAGE = re.compile(r"^(?:《\s*[^》]{1,20}》\s*)?[（(]\s*"
                        r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?"
                        r"(?:第\s*)?(?:\d{1,3}\s*版|A?\d{1,3}\s*면)\s*[）)]$")
EDITOR_LINE = re.compile(r"^[(（]\s*(?:editors?|редактор|редактори|rédact(?:eur|rice)|redakteur|"
                         r"redaktor|editora?)\s*[:：][^()（）]{1,80}[)）]$", re.IGNORECASE)
# the count of a story's readers: "This story has been viewed 2,143 times.", "浏览次数：1268"
VIEWS = re.compile(r"^(?:this (?:story|article|page) has been (?:viewed|read) [\d,.]+ times|"
                   r"(?:浏览次数|瀏覽次數|阅读量|閱讀量|阅读数|閱讀數|조회수)\s*[:：]?\s*[\d,]+)$",
                   re.IGNORECASE)
# where and when a notice was published, alone: "Published by The Springfield Herald on Mar.
# 3, 2024."
PUBLISHED_LINE = re.compile(r"^published (?:by|in) [^.!?]{2,60}? on [\w ,.]{3,30}$|"
                            r"^ce contenu a été publié le [\w .:,-]{6,40}$",  # (swissinfo's)
                            re.IGNORECASE)
# a date's labels left alone, their dates read out of the text: "Publié le :", "Publié le Mis à
# jour le", "شائع" (DawnNews's "Published")
_DATE_LABEL = (r"(?:publiée?|mis à jour|modifiée?|published|updated|posted|veröffentlicht|"
               r"aktualisiert|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|"
               r"bijgewerkt|opublikowano|zaktualizowano|شائع|نشر في|آخر تحديث)"
               r"(?:\s+(?:le|am|el|em|il|op|on|at))?\s*[:：]?")
DATE_LABELS = re.compile(rf"^{_DATE_LABEL}(?:\s*[|·•,–-]?\s*{_DATE_LABEL})?$", re.IGNORECASE)
# a statement's or a release's number alone: "Nr: 2024/0731", "IP/24/4485"
DOC_NUMBER = re.compile(r"^(?:(?:nr|no|n[°º]|number|ref(?:erence)?|doc(?:ument)?)\.?\s*:?\s*)?"
                        r"(?:[A-Z]{1,6}/)?\d{2,4}/\d{1,5}(?:/[A-Z]{1,3})?$", re.IGNORECASE)
# a Chinese page's promotion of its app or its scan code: "扫一扫在手机打开当前页",
# "新浪新闻客户端", "點我下載APP"
APP_LINE = re.compile(r"扫一扫|掃一掃|扫码|掃碼|(?:下载|下載)[^，。,.]{0,12}?(?:app|客户端|客戶端)|"
                      r"(?:新闻|新聞|财经|財經)(?:客户端|客戶端|app)", re.IGNORECASE)
# A line of labelled credits alone, two or more: "Tekst: Sanne de Vries | Foto: Pieter Bakker",
# "文：佐藤美咲（文学部3年） 写真：高橋健太（理工学部2年）" (the byline reads them apart)
_CREDIT_LABELS = (r"(?:text|tekst|texto|texte|testo|foto|fotos|photos?|fotografie|bilder?|写真|文|"
                  r"撮影|사진|글|摄影|攝影)")
CREDIT_PARTS = re.compile(rf"\s*[|·•／]?\s*(?={_CREDIT_LABELS}\s*[:：])", re.IGNORECASE)
CREDIT_PART = re.compile(rf"^{_CREDIT_LABELS}\s*[:：]\s*[^:：|]{{1,50}}$", re.IGNORECASE)
# a line of the desk's contacts, each part labelled, one a number or an address: "카카오톡 :
# 'KBS제보' 검색 | 전화 : 02-781-1234 | 이메일 : kbs1234@kbs.co.kr"
CONTACT_PARTS = re.compile(r"\s*\\?[|｜]\s*|\s+·\s+")
# "Tel.: 030 1234", or a way to reach the desk named without a colon ("전화 02-781-1234 · 이메일
# kbs1234@kbs.co.kr · 카카오톡 KBS제보", KBS's tip line)
CONTACT_PART = re.compile(r"^[^\W\d_][^:：]{0,19}\s*[:：]\s*\S.{0,80}$|"
                          r"^(?:전화|이메일|카카오톡|팩스|phone|tel\.?|telephone|e-?mail|fax|whatsapp|telegram)\s+\S.{0,80}$",
                          re.IGNORECASE)
REACHED = re.compile(r"\d{2,4}-\d{3,4}-\d{4}|[\w.+-]+@[\w-]+\.[\w.]+")
# A link to report an error, alone: "Report a typo", "Fehler melden", "Signaler une erreur"
REPORT_ERROR = re.compile(r"^(?:report (?:a|an) (?:typo|error|mistake|correction)|suggest a "
                          r"correction|fehler melden|signaler une (?:erreur|coquille)|"
                          r"reportar (?:un )?error|segnala un errore|zgłoś błąd)$", re.IGNORECASE)
# A Chinese page's tools in brackets, alone: "【纠错】" (report an error), "【打印】【关闭】"
PAGE_TOOLS = re.compile(r"^(?:[【\[]\s*(?:我要)?(?:纠错|糾錯|打印本?页?|列印|关闭(?:窗口)?|"
                        r"關閉(?:視窗)?|收藏|返回顶部|字[号体][:：]?\s*大\s*中\s*小|"
                        r"(?:责任编辑|責任編輯)[:：][^】\]]{1,20})\s*[】\]]\s*)+$")
# The time the story takes to read, alone: "6 min read", "Lesezeit: 4 Minuten", "Temps de
# lecture : 3 min", "Время чтения: 5 минут", "約3分で読めます", "3분 소요"
_MINUTES = (r"\d{1,3}\s*(?:[-–]\s*\d{1,3}\s*)?(?:min(?:ute)?s?|minuten|minutos|minuti|minut[ey]?|"
            r"минут[аы]?|хвилин[аи]?|dakika|minuter|minutter|minuuttia|menit|phút|分钟?)\.?")
READING_TIME = re.compile(
    rf"^(?:(?:estimated\s+)?(?:reading time|read time|lesezeit|lesedauer|temps de lecture|"
    rf"tiempo (?:estimado )?de lectura|tempo de leitura|tempo di lettura|leestijd|czas czytania|"
    rf"время чтения|час читання|okuma süresi|lästid|lesetid|lukuaika|læsetid|doba čtení|"
    rf"waktu baca|thời gian đọc|阅读时间|閱讀時間)\s*[:：]?\s*(?:(?:ca\.|approx\.?|about|environ|"
    rf"circa|около|приблизно|~)\s*)?{_MINUTES}|{_MINUTES}\s+(?:read|reading|de lecture|"
    rf"de lectura|de leitura|di lettura|lesen|lesezeit|leestijd|czytania|чтения|читання|okuma)|"
    rf"約?\d{{1,3}}分で読めます|\d{{1,3}}분\s*(?:소요|읽기)|\d{{1,3}},?\d{{3}}文字|\d{{2,3}}文字)$",
    re.IGNORECASE)  # (a Japanese story's length: "1456文字")
# A news agency's or a paper's name alone in full-width brackets: "（共同通信）", "（時事）",
# "（新華社）" (not any words so set: "（略）", "（識別符号の基準）"; one in capitals in ASCII
# brackets, "(dpa/AFP)", is the story's byline: see fallbacks.closing_credit)
# "（AFP＝時事）" names the agency and the one that passed it on
BRACKETED = re.compile(r"^（(?:[^（）()\d]{0,8}(?:通信社?|新聞社?|日報|电|電)|共同|時事|ロイター|"
                       r"新华社|新華社|連合|연합뉴스|뉴시스|AFP|AP|EPA)(?:＝(?:共同|時事))?）$")
# A link to the comments, with their count: "Kommentare anzeigen (17)", "View 12 comments"
COMMENTS = re.compile(
    r"^(?:(?:show|view|load|read|see)\s+(?:all\s+)?(?:\d{1,6}\s+)?comments?|"
    r"(?:\d{1,6}\s+)?(?:kommentare|commentaires|comentarios|comentários|commenti|reacties|"
    r"yorumlar|комментари\w*|comments?)\s+(?:anzeigen|laden|lesen|afficher|ver|mostrar|"
    r"visualizza|bekijken|göster|показать|show|view))\s*(?:\(\d{1,6}\))?$", re.IGNORECASE)
# The paywall's count of what is left to read, or its word that the rest is for subscribers
PAYWALL = re.compile(
    r"\bil vous reste \d|\bla suite est réservée aux abonnés\b|\bsubscribe to (?:continue|keep) "
    r"reading\b|\bto (?:continue|keep) reading,? (?:please )?(?:subscribe|log in|sign in)\b|"
    r"\bfür abonnenten (?:frei|lesbar)\b|\bcontinúa leyendo\b|\bcontinua a leggere\b|"
    r"(?:登録|購読).{0,20}読み放題|読み放題.{0,30}無料|ऐप पर पढ़ें|この記事の続きは|"
    r"続きは(?:会員|有料会員)|^(?:有料)?(?:会員|読者会員)限定$|^有料(?:記事)?$|初月無料|"
    r"有料会員(?:なら|になると).{0,30}読み放題|^(?:読者|有料)?会員登録$|"  # the label alone
    # "Redan prenumerant? Logga in", "Bli prenumerant", "Lee sin límites", "… ingår i … Plus"
    r"\b(?:redan|allerede) (?:prenumerant|abonnent)\b|\balready a subscriber\b|"
    r"\bbereits abonnent\b|\bdéjà abonné\b|^(?:bli|bliv) (?:prenumerant|abonnent)$|"
    r"^lee sin límites$|\b(?:ingår|inngår|indgår) i [\w ]{1,40}\bplus\b",
    re.IGNORECASE)
# A shop's button beside a product ("$899 at Corvid", "549 € chez Boulanger", "Bei Amazon
# ansehen: 39,99 €"): a price at a shop, no more
SHOP_PRICE = re.compile(r"^(?:[$€£]\s?\d[\d,.]*|\d[\d.,]*\s?(?:€|\$|£|eur))\s+(?:at|chez|bei|en|em|"
                        r"su|from|da|von)\s+[\w.&’' -]{2,30}$", re.IGNORECASE)
# The paywall's offer: a price for a time, beside the words of an offer or a subscription
# ("Offre numérique : 1 € pendant 1 mois. Je m'abonne", "Subscribe: $1 a week for 6 months")
PRICE = re.compile(
    r"(?:\d+(?:[.,]\d{1,2})?\s?(?:€|\$|£|eur\b|euros?\b|zł|kr\b)|[€$£]\s?\d+(?:[.,]\d{1,2})?)"
    r"\s*(?:/|par|per|pour|pendant|for|a|für|im|pro|al|por|le|la)?\s*(?:\d+\s*|(?:the )?"
    r"(?:first|premier|ersten?|primer)\s*)?(?:mois|months?|monate?n?|mes(?:es)?|mese|weeks?|"
    r"semaines?|wochen?|semanas?|years?|an|jahr|años?|anos?)\b", re.IGNORECASE)
_SUBSCRIBE = r"abonne|abonni|subscri|suscr|assin|abbonati|abo\b"
SUBSCRIBE = re.compile(rf"\b(?:{_SUBSCRIBE})", re.IGNORECASE)  # closing an offer's line
OFFERED = re.compile(rf"\b(?:offre|offer|angebot|oferta|offerta|try|essai|test|{_SUBSCRIBE})",
                     re.IGNORECASE)  # opening it
OFFER_WORDS = 20  # an offer's line, at most: its words of offer open or close it
# The page offering its newsletter, in Japanese, Chinese and Korean ("毎朝、主要ニュースを
# メールでお届けします。")
NEWSLETTER = re.compile(r"ニュースレター|メールマガジン|メルマガ|メールでお届け|뉴스레터|新闻通讯|"
                        r"電子報|"
                        # "Receba as principais notícias do dia no seu e-mail", "Get the
                        # day's news in your inbox"
                        r"^(?:receba|recebe|reciba|recibe|recevez|ricevi|erhalten sie|ontvang|"
                        r"get|receive)\b[^.!?]{0,80}\b(?:no seu|na sua|en tu|dans votre|nella "
                        r"tua|in ihr(?:em)?|in je|in your|straight to your)\s+(?:e-?mail|correo|"
                        r"courriel|boîte|casella|postfach|inbox|caixa)", re.IGNORECASE)
# The words of a share button
SHARE = re.compile(
    r"^(?:share|tweet|email|e-mail|print|copy link|whatsapp|facebook|twitter|x|linkedin|"
    r"telegram|teilen|drucken|partager|imprimer|compartir|imprimir|condividi|stampa|delen|"
    r"paylaş|поделиться|udostępnij|bagikan|シェア(?:する)?|ツイート|ポスト|lineで送る|ブックマーク|"
    r"印刷|공유|공유하기|인쇄|分享|转发|收藏|打印)$", re.IGNORECASE)
# A video's label or length, left without it: "動画", "再生", "1:45"
MEDIA = re.compile(r"^(?:動画|再生|동영상|재생|视频|播放|video|videos|vídeo|play|"
                   r"\d{1,2}:\d{2}(?::\d{2})?)$|"
                   r"^(?:video|vídeo|vidéo|audio|podcast)\s*[•·|:–-]?\s*\d{1,2}:\d{2}(?::\d{2})?"
                   r"\s*(?:min\.?|minuten)?$|"  # "Video • 02:13 min"
                   r"^\d{1,3}\s*/\s*\d{1,3}$|^配信$|^コメント\s*\d{1,6}\s*件$|"  # a slide's count
                   r"^動画の再生には時間がかかる場合があります|"
                   r"^(?:bildergalerie|fotogalerie|galerie|(?:photo )?gallery|fotogalería|"
                   r"galleria fotografica|写真特集|フォトギャラリー)"
                   r"(?:\s*[•·|:–-]?\s*\d{1,3}\s*(?:bilder|fotos|photos|"
                   r"images|imágenes|foto|immagini))?$|"  # "Bildergalerie 6 Bilder"
                   r"^listen to [\"“][^\"”]{1,120}[\"”] on (?:spreaker|spotify|apple podcasts|"
                   r"soundcloud|acast|deezer)$|"  # a podcast player's stand-in link
                   # the notes of an advertisement's slot and of a newsletter's box
                   r"^this advertisement has not loaded yet\b.{0,60}$|"
                   # a clip's length alone: "2:15 min", "1分12秒", "2 mn" (RFI's)
                   r"^\d{1,2}:\d{2}\s*(?:min\.?|mins|minuten)$|^\d{1,3}分\d{1,2}秒$|^\d{1,3}\s*mn$|"
                   r"^(?:skip past|after) newsletter promotion$", re.IGNORECASE)
# A note that a machine wrote the summary or reads the story: "Sie hören eine KI-generierte
# Version dieses Artikels.", "This summary was generated by AI …", "記事の要約はAIで作成しています"
AI_NOTE = re.compile(r"^(?:sie hören|you are listening to|you're listening to)\b.{0,40}\b(?:ki|ai)"
                     r"\b|\b(?:ki|ai)[- ](?:generierte|generated|erstellte)\s+(?:version|summary|"
                     r"zusammenfassung|audio)|^this (?:summary|audio) (?:was|is) (?:generated|"
                     r"created|produced) (?:by|with|using) (?:an? )?(?:ai|artificial "
                     r"intelligence)\b|"
                     r"要約は\s*AI|AIで(?:作成|生成)|^was this (?:summary|article|story) helpful\??"
                     r"(?:\s*yes\s*no)?$", re.IGNORECASE)
# A broadcaster's note on where and when the story went out, or where to hear it whole:
# Deutschlandfunk's "Diese Nachricht wurde am 17.03.2025 im Programm … gesendet.", NPR's
# "Accuracy and availability of … transcripts may vary.", "Listen to the full interview on …"
BROADCAST_NOTE = re.compile(
    r"^(?:diese[rs]? (?:nachricht|beitrag|bericht|interview|text) wurde am [^!?]{3,80}?"
    r"(?:gesendet|ausgestrahlt)|accuracy and availability of [^.!?]{2,40} transcripts may vary\b|"
    r"(?:listen|watch) to (?:the )?full (?:interview|episode|programme|program|show|report|"
    r"conversation) (?:on|at|in) [^.!?]{2,50}$|"
    # German broadcasters' slot: "Dieses Thema im Programm: NDR 1 | Aktuell | 10.01.2025 |
    # 08:00 Uhr", "Über dieses Thema berichtete die tagesschau am 3. Mai um 20:00 Uhr."
    r"dieses thema im programm\b|über dieses thema (?:berichte[nt]e?|hat|haben)\b[^!?]{3,150}$|"
    r"[^|\\\n]{2,50}(?: \\?\| [^|\\\n]{1,50}){1,4} \\?\| \d{1,2}[:.]\d{2} uhr$)", re.IGNORECASE)
QUOTED = re.compile(r"[\"“”„«»「」]|\b(?:said|says|told|sagte|dijo|a déclaré|ha detto|"
                    r"dedi|сказал\w*|kata)\b", re.IGNORECASE)
# a name in quotation marks, no one's words: "«Kun.uz» Telegram kanaliga obuna bo‘ling"
NAME_QUOTED = re.compile(r"[\"“„«](?=[^\"“”„«»]{1,20}[\"”»])([^\s\"“”„«»]+(?:\s[^\s\"“”„«»]+)"
                         r"{0,2})[\"”»]")  # (of 20 characters at most)
BARE = re.compile(r"[*_#>\[\]]+")
# The line a feed adds under each item, naming the story and the site it appeared on first
# (WordPress's "The post … appeared first on …", in the languages its feeds are written in)
TRAILER_FORMS = ("the post TITLE appeared first on SITE",
                 "l[’']article TITLE est apparu en premier sur SITE",
                 "la entrada TITLE se publicó primero en SITE",
                 "der beitrag TITLE erschien zuerst auf SITE",
                 "o post TITLE apareceu primeiro em SITE",
                 "het bericht TITLE verscheen eerst op SITE",
                 "l[’']articolo TITLE (?:proviene da|sembra essere il primo su) SITE")
FEED_TRAILERS = [re.compile("^" + form.replace("TITLE", r"(?P<title>.{3,400})").replace(
    "SITE", r"(?P<site>[^,;]{2,120})") + "$", re.IGNORECASE) for form in TRAILER_FORMS]
TRAILER_CHARS = 600
# The site's name and its address, alone: "La Gazzetta di Valdora · gazzettavaldora.example"
SITE_AND_HOST = re.compile(r"^[^.!?\n]{2,60}\s+[·•|—–-]\s+(?:https?://)?(?:www\.)?"
                           r"[\w-]+(?:\.[\w-]+)+/?$", re.IGNORECASE)
# A share button's words with the network they share on: "Partager sur Facebook", "Share on X",
# alone or in a row
SHARE_ON = (r"(?:share|partager|compartir|compartilhar|teilen|condividi|delen|udostępnij)\s+"
            r"(?:on|sur|en|no|auf|su|op|na|via)\s+\w+|(?:send|envoyer|enviar|senden|invia|"
            r"verstuur)\s+(?:by|par|por|per|via)\s+(?:e-?mail|courriel|correo|e-?mail)")
# a share button's words for the story itself: "Share this article", "この記事を共有"
SHARE_THIS = (r"share (?:this|the) (?:article|story|post|page)|(?:diesen )?(?:artikel|beitrag) "
              r"teilen|partager (?:cet |l['’] ?)article|compartir (?:este|el) artículo|"
              r"compartilhe? (?:esta|a) (?:matéria|notícia|reportagem)|condividi (?:questo |"
              r"l['’] ?)articolo|deel dit artikel|dela artikeln|udostępnij artykuł|поделиться "
              r"стать[её]й|поділитися статтею|この記事を(?:共有|シェア)(?:する)?|"
              r"分享(?:这篇|此)?(?:文章|本文)|이 기사 공유하기")
SHARE_ROW = re.compile(rf"^(?:(?:{SHARE_ON}|{SHARE_THIS})\s*[,|·•]?\s*)+$",
                       re.IGNORECASE)  # one or more


# A button's words pointing on with an arrow ("Normas ›", "Ver más →"), or a newsletter's box
# named alone ("Newsletter"): its words and its form gone
ARROW_BUTTON = re.compile(r"^[*_\[]*[^\W\d_][\w'’ -]{0,30}?\s*[›→▸▶➔>]\s*[*_\]]*$|"
                          r"^[#*_\s]*newsletters?[*_\s:]*$", re.IGNORECASE)


def is_site_line(paragraph: str) -> bool:
    """Whether a short paragraph (Markdown) is one of the site's own lines (see the module's
    words) rather than a sentence of the story."""
    text = BARE.sub("", link_text(paragraph)).strip()
    if feed_trailer(text) or BROADCAST_NOTE.match(text):
        return True
    if not text or len(text) > MOST_CHARS:
        return False
    if SITE_AND_HOST.match(text) or SHARE_ROW.match(text) or ARROW_BUTTON.match(text):
        return True
    bare = text.strip(" .:!…")
    if (AD_LABEL.match(bare) or BRACKETED.match(bare) or PAGE_TOOLS.match(bare)
            or READING_TIME.match(bare)
            or COMMENTS.match(bare)
            or MEDIA.match(bare) or CJK_CREDIT.match(text) or TIP_LINE.match(text)
            or SPONSOR_LINE.match(bare) or REPORT_ERROR.match(bare) or END_ALONE.match(bare)
            or PHOTO_PAIR.match(bare) or PHOTO_BRACKETED.match(bare) or PRINT_PAGE.match(bare)
            or EDITOR_LINE.match(bare)
            or VIEWS.match(bare) or DOC_NUMBER.match(bare) or PUBLISHED_LINE.match(bare)
            or DATE_LABELS.match(bare) or SHOP_PRICE.match(bare)
            or AI_NOTE.search(text)
            or (APP_LINE.search(text) and len(text) <= APP_CHARS)
            or _credits(text) or _contacts(text)
            or _share_row(text)):
        return True
    if QUOTED.search(NAME_QUOTED.sub(r"\1", text)):
        return False
    return bool(RIGHTS.search(text) or PAYWALL.search(text) or NEWSLETTER.search(text)
                or _offer(text)
                or (FOLLOW.search(text) and NETWORK.search(paragraph)))


def _offer(text: str) -> bool:
    """The paywall's offer (:data:`PRICE`), its words of offer opening it, in a label before
    its colon or closing it ("Offre numérique : 1 € …", "Jetzt testen: 0,99 € …", "… Je
    m'abonne"; not "Netflix offers its plan at $7 a month")."""
    words = text.split()
    if len(words) > OFFER_WORDS or not PRICE.search(text):
        return False
    label = text.split(":", 1)[0] if ":" in " ".join(words[:4]) else words[0]
    return bool(OFFERED.search(label) or SUBSCRIBE.search(" ".join(words[-2:])))


def _credits(text: str) -> bool:
    """A line of two or more labelled credits and nothing else (:data:`CREDIT_PART`)."""
    parts = [p.strip() for p in CREDIT_PARTS.split(text) if p.strip()]
    return len(parts) >= 2 and all(CREDIT_PART.match(p) for p in parts)


def _contacts(text: str) -> bool:
    """A line of two or more labelled contacts, one a telephone number or a mail address."""
    parts = [p for p in CONTACT_PARTS.split(text) if p]
    return len(parts) >= 2 and all(CONTACT_PART.match(p) for p in parts) and bool(
        REACHED.search(text))


def _share_row(text: str) -> bool:
    """A row of share buttons' words, each set apart ("- シェア - ツイート - LINEで送る")."""
    items = [ITEM_MARK.sub("", item).strip() for item in re.split(r"\s+[-•·|]\s+|\s{2,}", text)]
    items = [item for item in items if item]
    return len(items) >= 2 and all(SHARE.match(item) for item in items)


def feed_trailer(text: str) -> re.Match[str] | None:
    """The line a feed adds under an item (:data:`FEED_TRAILERS`), its groups the story's
    title and the site's name, which is a name ("The post office appeared first on the list"
    is a sentence)."""
    text = " ".join(text.split()).rstrip(" .")
    if len(text) > TRAILER_CHARS:
        return None
    found = next((m for trailer in FEED_TRAILERS if (m := trailer.match(text))), None)
    return found if found and found["site"][:1].isupper() else None


def trailer_title(paragraphs: list[str]) -> str:
    """The title the line a feed adds under an item gives the story, for a page that gives
    it nowhere else (an item's content saved on its own); "" when none does."""
    return next((found["title"] for p in reversed(paragraphs)
                 if (found := feed_trailer(link_text(p)))), "")
