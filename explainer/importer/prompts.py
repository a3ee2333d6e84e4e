"""The page asking its reader for something: to sign up for its newsletter, to follow it on a
social network, to join its channel, to support it, to comment ("Sign up for our newsletter",
"Follow Metro.co.uk on Twitter", "Únase a nuestro canal de WhatsApp"); never in a paragraph
that quotes or reports someone (:data:`REPORTED`), where the same words are the story's."""

from __future__ import annotations

import re

from explainer.importer.clean import link_text

# The page asking its reader for something ("Sign up for our newsletter", "Follow Metro.co.uk on
# Twitter", "Abonniere den Kanal", "Únase a nuestro canal de WhatsApp"): an imperative
# opening the paragraph, or the page speaking of its own newsletter or news team; never in a
# paragraph that quotes or reports someone (:data:`REPORTED`), where the same words are the
# story's ("Register now or lose your vote, the commission warned"; "'We doubled our newsletter
# subscribers,' she said").
_SOCIAL = (r"(?:twitter|facebook|instagram|x|google news|tiktok|whatsapp|youtube|linkedin|"
           r"threads|bluesky|telegram)")
# The site's name as a reader is asked to follow it: one to three words, each capitalised
# ("Follow ONE Esports on [Facebook](…)", "Follow The Daily Star on Twitter")
_SITE_NAME = r"(?-i:(?:[A-Z][\w&'’-]*\s+){0,2}[A-Z][\w&'’-]*)"
# emphasis closed and opened again between two words ("*Sign up* *for our brief.*")
RUN_BREAK = re.compile(r"(?<=\w)[*_]+\s+[*_]+(?=\w)")
PROMPT = re.compile(
    rf"^[#*_\[\s]*(?:sign up\s+(?:for|to)\s+(?:our|the|free|email|news|breaking|daily|weekly)\b|"
    rf"subscribe\s+(?:to\s+(?:our|the)|now|here|today)\b|"
    rf"follow\s+(?:us|\S*\.\S+|{_SITE_NAME})\s+on\s+[\[*_]*{_SOCIAL}\b|follow along\b|"
    r"download\s+(?:our|the|de|die|la|el|a|l['’])\s*[\w -]{0,40}?\bapp\b|"
    r".{0,60}डाउनलोड करें .{0,30}ऐप|"  # "… के लिए डाउनलोड करें दैनिक भास्कर ऐप"
    r"register\s+(?:now|here|for free)\b|(?:track|get|follow)\s+(?:the\s+)?latest\s+news\s+"
    r"(?:live\s+)?on\s+\S+\.\w+|"
    r"abonniere\b|abonnieren sie\b|folgen sie uns\b|"
    r"(?:únase|únete|súmate|junte-se|entre|rejoignez|unisciti)\s+(?:a|al|ao|no|à)\s+(?:nuestro|"
    r"nosso|notre|nostro)\s+canal|(?:síguenos|siga-nos|suivez-nous|seguici)\s+(?:en|no|sur|su)\s+"
    rf"[\[*_]*{_SOCIAL}\b|(?:puedes|puede) seguir a\b[^.!?\n]{{1,60}}?\ben\s+[\[*_]*{_SOCIAL}\b|"
    r"click (?:on )?the [\w ]{0,20}(?:icon|bell|button) to follow\b|"
    r"[^。]{0,30}(?:は|も)こちら[。！!]?[*_\]]*$)"  # "この記事へのご意見・情報提供はこちら"
    r"|\b(?:sign up|subscribe)\s+(?:for|to)\s+our\b|\bour\s+(?:[\w-]+\s+){0,2}newsletters?\b"
    r"|\bget in touch with our\b|\bemail us at\b|\bfollow us\b"
    r"|\bunser(?:en|em)?\s+(?:[\w-]+\s+){0,2}newsletter\b|\bby signing up,? you agree\b"
    # the same in French, Spanish, Italian, Portuguese and Dutch ("Inscrivez-vous gratuitement
    # à notre newsletter.")
    r"|\b(?:notre|nos|nuestro|nuestra|nuestros|la nostra|le nostre|a nossa|nossa|onze)\s+"
    r"(?:[\w-]+\s+){0,2}(?:newsletters?|lettres? d['’]information|boletín|boletines|"
    r"nieuwsbrief)\b|^[*_\[\s]*(?:inscrivez-vous|abonnez-vous|suscríbete|suscríbase|suscribite|"
    r"apúntate|apúntese|iscriviti|"
    r"inscreva-se|schrijf je in)\b"
    r"|\babonniere\b|\blog in or create an account\b|\bcreate a free account to\b"
    r"|\bjoin our (?:[\w-]+\s+){0,2}(?:channel|community|group)\b"  # "… Telegram channel"
    # "Kövesse az Indexet a Facebookon is!", "Urmărește cele mai noi producții video DIGI24.ro"
    r"|^[*_\[\s]*kövess(?:e|en|etek)?\s+(?:minket|bennünket|az?\s+\S+)\s+(?:a\s+)?(?:facebookon|"
    r"instagramon|youtube-on|tiktokon|x-en|twitteren|telegramon)\b"
    r"|^[*_\[\s]*urmărește(?:-ne)?\s+(?:pe|cele mai noi|știrile|[\w-]+\.ro)\b"
    # "Únete a nuestra comunidad de lectores que apoyan …", "Sumate a la comunidad de lectores"
    r"|\b(?:únete|súmate|sumate|únase|súmese) a (?:nuestra|la) comunidad de (?:lectores|"
    r"lectoras|socios|socias|miembros|suscriptores)\b"

    # a newsletter's pitch closed by its call: "The Reuters Power Up newsletter provides …
    # Sign up here."
    r"|\bnewsletters?\b[^\n]{0,300}[.!?]\s+[*_\[]*(?:sign up|subscribe|register)(?: now| for "
    r"free)? here\b[.!]?[*_\]]*(?:\([^)\s]*\))?\s*$"
    r"|^[#*_\[\s]*sign up\b[^.!?]{0,60}\bnewsletters?\b|\bsign up (?:for|to) [^.!?]{0,40}"
    r"\bnewsletters?[.!]?[*_\]]*$"  # "Get the news, … Sign up for The Conversation’s newsletter."
    r"|\bjetzt (?:abonnieren|anmelden)\s*[.!:]?[*_\]]*\s*$"
    r"|\b(?:unterstützen sie uns|unterstütze uns|support us\b(?! in)|support our (?:journalism|"
    r"work|reporting)|(?:braucht|brauchen|needs?) (?:ihre|deine|your) (?:unterstützung|support)"
    r"|soutenez-nous|apóyanos|please donate|werden sie mitglied|підтримайте)\b"
    r"|\b(?:add your name|sign (?:the|our) petition)(?: now| today| here)?[.!]?[*_\]]*$"
    # a site's promotion of its news and its app ("Catch all the Business News, … on Live
    # Mint. Download The Mint News App …"), its newsletters named alone
    r"|^[*_(]*catch all the [\w ,&’'-]{0,120}\b(?:news|updates)\b"
    r"|^[#*_\s]*subscribe to (?:the |our )?[\w’' -]{0,30}\bnewsletters?[.!]?[*_]*$"
    r"|^[#*_\[\s]*become a (?:member|supporter)\b|\bbecome (?:our|a) patrons?\b"
    # an offer at a price: "Subscribe for Rs 1 for the first month.", "Renew now for
    # uninterrupted access."
    r"|\b(?:subscribe|sign up|join|start your (?:free )?trial)\b[^.!?\n]{0,40}\b(?:for|from|at) "
    r"(?:just |only )?(?:rs\.?|inr|₹|\$|us\$|€|£|rm|₱|php|rp|s\$)\s?\d"
    r"|(?:^|[.!?]\s+)[*_\[\s]*renew (?:now|today|your subscription)\b"
    r"|\bdiventa (?:anche tu )?(?:sostenitore|sostenitrice|abbonato|abbonata)\b"
    r"|^[#*_\[\s]*(?:hazte|hágase|torne-se|devenez|diventa|werden sie|werde)\s+(?:socio|socia|"
    r"miembro|sócio|assinante|membre|abonné|socio/a|abbonato|mitglied)\b"  # "Hazte socio/a"
    # the desk asking for news tips: "Har du tips om den här händelsen? Hör av dig …",
    # "Got a news tip? …", "※ '당신의 제보가 뉴스가 됩니다'"
    r"|^[*_※\s]*(?:har du (?:ett )?tips|have you got a (?:news )?tip|got a (?:news )?tip|"
    r"have a (?:news )?tip|do you have a (?:news )?tip|do you have a story|"
    r"have you got a story|got a story|har du et tips|heb je een tip|"
    r"haben sie einen hinweis|¿tienes (?:una )?(?:pista|información)|tem uma dica)\b[^\n]{0,60}\?"
    # "Send your news stories to GhanaWeb via WhatsApp on 0244 …", "Send news tips to …@…"
    r"|^[*_\s]*send (?:us )?(?:your )?(?:news )?(?:stories|story ideas|tips|news)\b[^\n]{0,80}?"
    r"(?:whatsapp|telegram|signal|@|\d{3})"
    r"|^[*_\s]*please (?:direct|send) (?:your )?(?:questions|comments|feedback|inquiries)\b"
    r"[^\n]{0,60}@"  # "Please direct questions or comments to [english@hani.co.kr]"
    r"|제보가 뉴스가 됩니다|제보를 기다립니다|제보를 기다리고 있습니다|^[^\n]{0,12}제보(?:하기)?$"
    r"|이 기사가 좋으셨다면"
    # a box of reactions asking what the reader thinks of the story
    r"|^[*_\s]*이 기사(?:를|가)? (?:어떻게 생각하시나요|어떠세요|어때요|어떠셨나요)\s*\?"
    r"|^[*_\s]*(?:how do you feel about|what do you think (?:of|about)|what did you think of|"
    r"how did you like) this (?:article|story)\s*\?[*_]*$"
    r"|(?:ニュース|記事)を(?:まとめて)?お届けします"  # a newsletter's pitch in Japanese
    # a letters page's call under an opinion ("Have something to say? Send a letter to the
    # editor …"), a reader's account asked for to keep the story (Postmedia's "You can save
    # this article by registering for free here.")
    r"|^[*_\s]*(?:have|got) (?:something to say|an opinion)\?"
    # a newsletter's pitch: "Stay informed with free updates", "… delivered directly to your
    # inbox."
    r"|^[#*_\[\s]*stay (?:informed|up to date|in the know)\b[^.!?\n]{0,40}[.!]?[*_\]]*$"
    r"|\bdelivered (?:directly |straight )?to your inbox\b"
    r"|^[*_\s]*send (?:us )?a letter to the editor\b"
    r"|^[*_\s]*you can save this article by registering\b"
    # opening the line: "Support independent journalism.", "Apoie o jornalismo independente."
    r"|^[#*_\[\s]*(?:support|apoie|apoia|apoya|apoye|soutenez|sostieni|steun|unterstützen sie|"
    r"unterstütze|wspieraj|wesprzyj|підтримайте|поддержите)\s+(?:(?:o|el|le|il|het|den|our|"
    r"unseren|nuestro|notre|nosso|il nostro|local|independent|quality|nonprofit|"
    r"unabhängigen|independiente|indépendant|independente|indipendente|niezależne|"
    r"незалежн\w*|независим\w*)\s+){0,2}(?:journalism|jornalismo|periodismo|journalisme|"
    r"giornalismo|journalistiek|journalismus|dziennikarstwo|журналістику|журналистику)\b"
    r"|\bстаньте (?:нашим )?патроном\b"
    r"|\bshare this (?:post|article|story|page) with (?:them|your (?:friends|family))\b"
    r"|^[#*_\[\s]*for (?:more|the latest) (?:stories|news|articles|videos|updates)(?: like this)?"
    r"[^.!?\n]{0,60}?,?[*_\s]*\[?[*_]*(?:check|visit|follow|see|read|head to|go to|sign up|"
    r"subscribe)\b"  # "For the latest news, weather, sports, and streaming video, head to …"
    r"|^[*_\[\s]*follow\s+\S+['’]s\s+(?:full |complete |latest )?(?:coverage|reporting)\b"
    r"|^\W*(?:participe|faça parte)\s+(?:d[oa]|n[oa])\s+(?:canal|grupo|comunidade)\b"
    r"|\bjoin the (?:[\w-]+\s+){0,4}(?:whatsapp|telegram)\s+(?:channel|group)\b"
    r"|^[*_\s]*would you like to comment on this (?:article|story)\b"
    r"|^[*_\[\s]*(?:start|join) (?:a|the) conversation[.!]?[*_\]]*$"
    r"|^[*_\[\s]*(?:license|licence) this (?:article|story|content)[*_\]]*$"
    r"|^[*_\[\s]*(?:log ?in|sign ?in|register) now[.!]?[*_\]]*$"
    r"|^[*_\[\s]*jetzt (?:unterstützen|spenden|mitglied werden)[.!]?[*_\]]*$"
    # asking the reader to report an error: "Fehler auf taz entdeckt? …", "… Ctrl+Enter."
    r"|\bctrl\s*\+\s*enter\b|^[*_\s]*fehler (?:auf \S+ |im text )?(?:entdeckt|gefunden)\s*\?"
    r"|^[^\n]{0,6}제보는\s+(?:카카오톡|이메일|전화)"  # "제보는 카카오톡 …"
    # a contact line closing the story: "Reach Brianna Cole at bcole@…"
    r"|^[*_\s]*(?:reach|contact|email|write to)\s+(?:[\w.'’-]+\s+){1,3}at\s+\[?[\w.+-]+@[\w-]+\.\w+"
    # a pointer to the site's other coverage, alone: "Mehr zur Lage … lesen Sie in unserem
    # Liveblog:", "Read more about the strike in our explainer."
    r"|^[*_]*(?:mehr|alles|weiteres?|aktuelles?)\b[^.!?\n]{0,80}\b(?:lesen|finden|sehen|"
    r"erfahren) sie\b[^.!?\n]{0,30}\b(?:in unserem|in unserer|im|hier)\b[^.!?\n]{0,40}"
    r"(?::|\b(?:liveblog|newsblog|live-ticker|ticker|dossier|überblick)\.?)[*_]*$"
    # a call to the reader to comment: "Sound off below!", "Tell us in the comments."
    r"|\b(?:sound off|tell us|let us know|share your (?:thoughts|views|opinion)|leave a comment|"
    r"join the (?:conversation|discussion)|diskutieren sie mit|schreiben sie (?:es )?uns)\b"
    r"[^.!?\n]{0,40}\b(?:below|in the comments?|comments? section|in den kommentaren|unten)"
    r"[\\.!?*_\s]*$"
    # "Read more MarketPulse coverage on Asia's markets"
    r"|^[*_]*(?:read|see|get) more (?:[\w’'-]+ ){0,3}coverage (?:of|on|about)\b[^.!?\n]{0,60}[*_]*$"
    r"|^[*_]*(?:read|find|get|follow) (?:more|all the latest|the latest|live updates)\b"
    r"[^.!?\n]{0,80}\b(?:in|on) our (?:live ?blog|live coverage|coverage|explainer|guide|"
    r"live page|dossier|special report)[:.]?[*_]*$", re.IGNORECASE)
REPORTED = re.compile(r"[\"“”„«»]|\b(?:said|says|told|wrote|warned|urged|shouted|according to|"
                      r"schrieb|sagte|"
                      r"sagt|warnte|erklärte|teilte|a déclaré|dijo|ha detto)\b", re.IGNORECASE)


def is_prompt(paragraph: str) -> bool:
    """The page asking its reader for something (:data:`PROMPT`), after a bold label too, its
    links read as their words too ("Mehr zur Lage im [Nahen Osten](…/nahost-102.html) lesen
    Sie …:", whose address holds a full stop)."""
    return any(PROMPT.search(RUN_BREAK.sub(" ", text))
               for text in (paragraph, link_text(paragraph), BOLD_LABEL.sub("", paragraph, 1)))


# a bold label before the call ("**Get closings on your phone:** Download the … app")
BOLD_LABEL = re.compile(r"^\*\*[^*\n]{1,60}[:：]\*\*\s*(?=\S)")
