"""Copyright notices, pointers to other stories and picture credits are not the story's text."""

from __future__ import annotations

import pytest

from explainer.importer.credits import closing_credits, is_credit_line
from explainer.importer.emit import front_matter
from explainer.importer.furniture import is_furniture
from explainer.importer.html import parse_html
from tests.test_import_html import page


@pytest.mark.parametrize("line", [
    "47",  # the comments' count
    "[78 commentaires](https://example.fr/monde/commentaires/un-article_856492)",
    "12 comments",
    "[Commenter](https://example.fr/monde/un-article_856492#comments)",  # a call alone
    "Kommentieren",
    "[Celebrity style](https://example.com/category/celebrity-style)",  # a topic's page
    "A lire aussi : [Notre récit du discours](https://example.fr/politiques/discours)",
    "**À lire également :** [Le gouvernement](https://example.fr/politiques/gouvernement)",
    "[Get 6 Months of Unlimited Access for $1](https://subscribe.example.com/B6498/?p1=Article)",
    "[Get The River Gazette's Daily Edition by email](https://example.com/signup/?m=mid) "
    "[Free Sign Up](https://example.com/signup/?m=mid)",  # a row of sign-up links
    "[The Money newsletter](https://example.com/money/signup.html?source=bottom)!",
    "## Get daily National news",
    "Empfohlener redaktioneller Inhalt",
    "Ich bin damit einverstanden, dass mir der externe Inhalt angezeigt wird. Damit können "
    "personenbezogene Daten an Drittplattformen übermittelt werden.",
    "An dieser Stelle finden Sie einen von unseren Redakteuren ausgewählten, externen Inhalt. "
    "Sie können sich hier den externen Inhalt mit einem Klick anzeigen lassen.",
    "Click to load the external content. By loading it you agree to the privacy policy.",
    "© dpa-infocom, dpa:240516-99-53606/3 (dpa)",
    "Copyright @ 2026 Media Group. All Rights Reserved",
    "&lt;Copyright ⓒ 한국일보. All rights reserved. 무단 전재 및 재배포 금지>",
    "**Read more:** [Floods close the ferry](https://example.org/floods)",
    "ALSO READ:[Solar firm to boost clean energy uptake](https://example.org/?p=1)",
    "**Lesen Sie auch:** [Die Brücke wird teurer](https://example.org/b)",
    "**Les også: [Fergen stopper](https://example.org/f)**",
    "MORE : [The daily cartoon](https://example.org/c)",
    "Photo: AFP",
    "Our Standards: [The Thomson Reuters Trust Principles.](https://example.org/trust)",
    "**Editorial standards:** [How we report](https://example.org/standards)",
    "Image: Jane Roe / Facebook",
    "(Quelle: APA/sda/dpa)",
    "Read More",
    "[Read in app](https://example.org/app)",
    "Sign up for our newsletter.",
    "Sign up for AP’s weekly politics newsletter to get it in your inbox.",
    "***WATCH | Residents react to the vote:***",
    "***WATCH \\| Residents react to the vote:***",
    "[Go to accessibility shortcuts](https://example.org#accessibility-bar__menu)",
    "[Skip to main content](#main)",
    "Main Content",  # a skip link's target
    "Direkt zum Inhalt",
    "Aller au contenu principal",
    "[Business](https://example.org/news/business)·Updated",
    "[World](/news/world) | Analysis",
    "Back to top",
    "VIDEO: Floods close the ferry",
    "**Follow Metro.co.uk on [Twitter](https://twitter.com/MetroUK) and Facebook.**",
    "*Sign up* *for our weekly Threat Brief.*",  # the emphasis broken between two words
    "**Be sure to tell your friends and family – share this post with them!**",
    "**Follow Example.com on [Twitter](https://twitter.com/x) and [Facebook](https://f.com/x) "
    "for the latest news updates.** **You can now also get our stories sent straight to your "
    "device. Sign up for our daily push alerts [here](https://example.com/alerts/).**",
    "Got a story? Get in touch with our news team by emailing us at news@example.org.",
    "Eine Newsübersicht am Morgen: Abonniere den Whatsapp-Kanal von 20 Minuten.",
    "Our website is the place for the latest breaking news, exclusive scoops, longreads and "
    "provocative commentary. Please bookmark example.org and sign up for our newsletters here.",
    "[Continue reading…]",
    "Advertisement",
    "ADVERTISEMENT",
    "Advertisements",
    "Ads",
    "Sponsored Ads",
    "*Anzeige*",
    "Story continues below advertisement",
    "Advertisement - Scroll to continue",
    "*As governor, Nelson Rockefeller was big on fallout shelters. (Harry Benson/Getty)*",
    "*Firefighters at the scene on Tuesday. (AP Photo)*",
    "Thank you for visiting example.org. You are using a browser version with limited support "
    "for CSS. To obtain the best experience, we recommend you use a more up to date browser (or "
    "turn off compatibility mode in Internet Explorer). In the meantime, to ensure continued "
    "support, we are displaying the site without styles and JavaScript.",
    "## Enjoying our latest content? Log in or create an account to continue",
    "\\[1/5\\]Reuters visuals journalist Jane Roe takes a picture in Maras, Turkey, on "
    "February 11, 2023, standing in front of the ruins of the old market hall that the "
    "earthquake brought down. REUTERS/Jane Roe Purchase Licensing Rights",
    "[Kolejna tura rozmów USA-Iran. Donald Trump wysyła delegację do Pakistanu]"
    "(https://www.rp.pl/konflikty/art1)",
    "*[Ferry fares rise again as the council looks for money](https://news.example/ferry)*",
    "**FUNDA OLUNYE UDABA LAPHA \\|** [Kuboshwe abahlanu besolwa](https://eyethunews.co.za/1)",
    "**READ MORE \\|** [Genius dragged into Epstein file dump](https://news.example/b)",
    "Czytaj więcej", "Weiterlesen", "Lire la suite",
    "**Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer "
    "[Spende](https://news.example/spende)**",
    "## **Unabhängiger Journalismus** braucht deine Unterstützung.",
    "Support our journalism: become a member today.",
    "Quelle: ntv.de",  # a source given as a site's address
    "*Sendung: Antenne Brandenburg, 24.04.2024, 15:10 Uhr*",  # a broadcast's credit
    "[Privacy Policy](https://policies.google.com/privacy)and",  # reCAPTCHA's notice
    "[Terms of Service](https://policies.google.com/terms)apply.",
    "Read our [Datenschutzerklärung](https://news.example/datenschutz).",
    "**For more stories like this, check our** **news page** **.**",
    "[ABONE OL](https://news.google.com/publications/CAAqBwgKMNCH?oc=3)",  # on Google News
    "Mehr zur Lage im Nahen Osten lesen Sie in unserem Liveblog:",
    "Mehr zur Lage im [Nahen Osten](https://www.zdf.de/thema/nahost-102.html) lesen Sie in "
    "unserem Liveblog:",  # its link's address holds a full stop
    "Read more about the strike in our explainer.",
    "## Recommended Videos", "### You might also like",
    "**What do you think of the snafu? Has this ever happened to you? Sound off below\\!**",
    "Tell us what you think in the comments.", "Diskutieren Sie mit in den Kommentaren!",
    "**READ MORE: \\* [By-election candidates invited to pitch for your votes on Tuesday](https:/"
    "/x.example/1) \\* [Jane Roe wants a new bridge for the city and a ferry for the river](ht"
    "tps://x.example/2) \\* [Election 2020: who stands where on the bridge](https://x.example/3)**",
    "***For a full portrait of today's top AI vendors, read our in-depth guide: [150+ Top AI "
    "Companies 2024](https://x.example/ai/)***",
    "**For more information, also see: [Best Machine Learning Platforms](https://x.example/ml/)**",
    "- Zum Artikel: [Tarifrunde im ÖPNV: Das wird verhandelt](https://x.example/t)",  # a label
    "**関連タグ** [ハードウェア](https://x.example/h) / [Intel](https://x.example/i)",  # and links
    "Link zum [YouTube-Inhalt](https://www.youtube.com/watch?v=VAIrKgdwB-Q)",
    "**Twitter: [@howardblume](https://twitter.com/howardblume)**",
    "**Tags:** [gender diversity](https://x.example/tag/g), [VC](https://x.example/tag/vc)",
])
def test_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "**47**",
    "[The council's full report](https://example.com/reports/bridge.pdf)",
    "## Get ready for the bridge's opening",
    "Researchers found that external content loaded slowly on older phones.",
    "You will see external content on the platform from May, the company said.",
    "1998 was the year of the flood.",
    "The photo shows the old bridge before the flood of 1998.",
    "Read the full report on the council's website, where the plans are published.",
    "More than 200 people attended the meeting on Tuesday.",
    "Copyright law is changing fast.",
    "The company asked users to subscribe to its new service.",
    "Netflix said you can subscribe for $10 a month, and millions of us did.",
    "The 12 comments were deleted by the moderators.",
    "[Style](https://example.com/style/the-new-coat)",  # a short link, not to a topic's page
    "[Read our report](https://example.com/report) and [sign up](https://example.com/signup)",
    "Download speeds in rural areas rose by 20 per cent last year.",
    "Follow the money, he said.",
    "Share this post with your friends, the scammers wrote, and win a phone.",
    "**The council met on Monday to discuss the plan for the river.** **Sign up for our "
    "newsletter.** **It voted against the plan by 12 votes to 9, and the mayor resigned.**",
    "Our app has new features, the company said.",
    "Sign up numbers for the scheme fell by a third last year, the department said.",
    "Register now or lose your vote, the election commission warned on Thursday.",
    "Follow me on X, Musk told the crowd in Pennsylvania.",
    '"We have doubled our newsletter subscribers this year," said the chief executive.',
    '"Follow us," the officer shouted as the crowd surged toward the gate.',
    "Our newsletter was hacked, the union said, and members received fake messages.",
    "Jetzt anmelden können sich die Bürger im Rathaus.",
    "Watch the council vote live at 6 pm on the city's website.",
    "Go to the polls early, the mayor urged.",
    "Back to the top of the table for Liverpool.",
    "[The council](https://example.org/council) updated its plans on Tuesday.",
    "Our standards: the paper's editor said they would be reviewed after the complaint.",
    "Our principles: No surrender, the party chairman told supporters in Belfast.",
    "Our values: Respect, Integrity and Courage, the club's new motto, were unveiled on Monday.",
    "Rescuers had to scroll down the cliff face to reach the climbers.",
    "Residents can sign up for the county's emergency alerts newsletter on its website.",
    "(c) a ban on new oil and gas licences in the North Sea.",
    "Source: a senior official familiar with the talks.",
    "More: the full list of winners.",
    "Advertisement spending rose by a tenth.",
    "Werbung für Tabak ist verboten.",
    "In 1/5 of the towns [1/5 of the voters] stayed home.",
    "*The agency (AP) said little.*",
    "Users said the app told them their browser is old, and the company apologised.",
    "Google warned that your browser is out of date if it has not updated since May.",
    "Photo: the council's plan for the bridge shows two lanes for cars, one for bicycles and a "
    "path for walkers on each side of the river, with a lift at both ends.",
    "The court ruled that copyright in the plans stays with the engineers who drew them, "
    "and that the council may use them only for this bridge, not for the next one it builds, "
    "whatever the cost of new plans may be in the years ahead.",
    "[the report](https://un.org/report)",  # a few words: a link of the story's own
    "The council said [the report](https://un.org/report) was clear.",
    "**A label that is much too long to be a label,** [the report](https://un.org/report)",
    "[One](https://a.example) and [two](https://b.example) links in a list of sources",
    "**Why it matters:** [The bill would cut taxes for two million families](https://a.b/c).",
    "[The document dump isn't over yet](https://news.example/epstein).",  # a sentence
    '"Thank you for your support," she said.',
    "Several states support us in this, the minister told reporters on Friday.",
    "The UN asked donors to make a donation to the fund.",
    "Die EU-Staaten sicherten der Ukraine am Dienstag ihre Unterstützung zu.",
    "Viele Menschen sammeln alte Kleidung und spenden sie an Bedürftige.",
    "The mayor thanked residents for your support in a letter.",
    "Your support matters, wrote the minister.",
    "The company changed its [privacy policy](https://x.example/p) in May, prompting a fine.",
    "For more than a decade, stories like this were ignored.",
    "Mehr als 200 Menschen lesen Sie vor, sagte sie im Interview.",
    "Read more: the council in our town voted on Tuesday. It was close.",
    "## Related coverage of the floods from 1998",
    "WhatsApp changed its [terms of service](https://x.example/t) last week.",
    "Google ändert seine [Datenschutzerklärung](https://x.example/d) erneut.",
    "Weitere Informationen finden Sie im Rathaus.",
    "Mehr als 100 Werke des Künstlers sehen Sie im Museum Folkwang in Essen.",
    "For more stories like this one, the paper relied on tips from readers.",
    "Find more than 40 dishes in our restaurant.",
    "Residents were asked to let us know below the line whether the bridge should open.",
    "The mayor said: \"Tell us in the comments what you think.\"",
    "*Read our story about the bridge.*",  # a promotion's words, but no link
    "Read more: the council said the bridge [would open](https://x.example/y) in the spring, "
    "and the ferry would stop.",
    "See [the council's full report on the bridge](https://x.example/r).",  # a linked sentence
    "The mayor [said so](https://x.example/s) on Monday",
    "\\-- By Michael Russell [Follow @tdmrussell](https://twitter.com/tdmrussell)",  # signed
])
def test_the_storys_own_text(line):
    assert not is_furniture(line)


def test_furniture_is_left_out_of_an_imported_text():
    extra = ('<p><strong>Read more:</strong> <a href="/other">Floods close the ferry</a></p>'
             "<p>© The River Gazette 2024</p>")
    paragraphs = parse_html(page(body_extra=extra)).paragraphs
    assert not any("Floods" in p or "©" in p for p in paragraphs) and len(paragraphs) == 4


def test_a_row_of_shop_links_whose_query_names_a_subscription_stays():
    row = ("[LEGO Star Wars for $39.99](https://www.amazon.com/dp/B01B%3Fpsc%3D1%26SubscriptionId"
           "%3DAKIA) [Echo Dot for $39.99](https://www.amazon.com/dp/B01D?SubscriptionId=AKIA)")
    assert not is_furniture(row)


@pytest.mark.parametrize("line", [
    "Reporting by Maya Roe in Beirut, Anton Doe in The Hague and David Poe in London; Writing by "
    "David Poe; Editing by Daniel Moe",
    "(Reporting by Heather Roe; Editing by Jonathan Doe and Brian Poe)",
    "*Additional reporting by Lindsay Roe and Jason Doe in Washington.*",
    "Reporting by Jane Roe",
    "Compiled by Jane Roe and John Doe; fact-checking by Ann Poe",
    "With files from Reuters and The Canadian Press",
    "—*Associated Press writer Jane Roe in Washington contributed to this report.*",
    "Jane Roe contributed reporting from Kyiv.",
    "Roe reported from New York and Doe from Washington. Associated Press writers Ann Poe in "
    "Atlanta and Bill Moe in Johnstown, Pennsylvania, contributed to this report.",
    "SDA/sep",  # an agency's and an editor's codes
    "dpa/jdk",
    "(dpa/AFP)",
    "*With reports from [Reforma](https://example.mx/a?v=4) and [El Economista](https://example.mx/b)*",
])
def test_a_credit_line(line):
    assert is_credit_line(line)


@pytest.mark.parametrize("line", [
    "Research by the Brookings Institution found that the ferry pays for itself.",
    "Reporting by local papers was slow; the council said little.",
    "Edited by hand, the photos showed the bridge in 1930.",
    "The council's vote was reported by Jane Roe.",
    "She said the mayor contributed to this report. It was later withdrawn.",
    "Roe reported from New York on Tuesday.",
    "and/or",
    "Israel/Gaza",
    "With reports from the front line, the army said it had advanced.",
])
def test_not_a_credit_line(line):
    assert not is_credit_line(line)


def test_the_closing_credit_line_is_left_out_with_a_note():
    credit = "Reporting by Jane Roe; Editing by John Doe"
    article = parse_html(page(body_extra=f"<p>{credit}</p>"))
    assert credit not in article.paragraphs
    assert f"the credit line '{credit}' was left out of the text" in article.notes


def test_the_credit_line_left_out_is_kept_in_the_file_as_a_comment():
    article = parse_html(page(body_extra="<p><em>With files from The Associated Press</em></p>"))
    assert "# credit line left out of the text: 'With files from The Associated Press' (credit " \
           "it if the explainer uses that copy)" in front_matter(article)


def test_the_note_on_where_the_text_was_first_published_is_kept_as_a_credit():
    note = '*Dieser Artikel ist zuerst bei "Capital" erschienen.*'
    article = parse_html(page(body_extra=f"<p>{note.replace('*', '<em>', 1)[:-1]}</em></p>"))
    assert note not in article.paragraphs and article.credits == (note,)
    assert "# credit line left out of the text: 'Dieser Artikel ist zuerst bei \"Capital\" " \
           "erschienen.' (credit it if the explainer uses that copy)" in front_matter(article)


def test_a_credit_line_early_in_the_text_stays():
    paragraphs, credits = closing_credits(["Reporting by Jane Roe", "One.", "Two.", "Three."])
    assert paragraphs == ["Reporting by Jane Roe", "One.", "Two.", "Three."] and credits == []


def test_agencies_closing_the_story_in_parentheses_stay_its_byline():
    article = parse_html(page(body_extra="<p>(dpa/AFP)</p>"))
    assert article.byline == ("dpa/AFP",) and "(dpa/AFP)" not in article.paragraphs


def test_a_last_line_that_only_names_the_publisher_is_left_out():
    paragraphs = parse_html(page(body_extra="<p>The River Gazette</p>")).paragraphs
    assert paragraphs[-1].startswith("Work is due to start in the spring")


@pytest.mark.parametrize("line", [
    "Follow River Games on [Facebook](https://facebook.com/x) and "
    "[Twitter](https://twitter.com/x) for more news, guides, and highlights.",
    "Follow The Daily Star on Instagram for more.",
])
def test_a_call_to_follow_the_site_by_its_name_is_furniture(line):
    """The site asking its reader to follow it on a social network by its name, not only as
    "us" or an address."""
    assert is_furniture(line)


def test_a_sentence_about_following_someone_stays():
    assert not is_furniture('Fans follow the band on Instagram, the singer said.')


CONSENT_BOX = ("Für die Darstellung unserer Grafiken nutzen wir die Software von Chartwerk. Erst "
               "wenn Sie hier klicken, werden die Grafiken nachgeladen. Ihre IP-Adresse wird "
               "dabei an externe Server von Chartwerk übertragen. Ihre Zustimmung können Sie im "
               "Bereich „Meine News“ jederzeit widerrufen.")


def test_an_embed_s_consent_box_that_sends_the_reader_s_address_is_furniture():
    assert is_furniture(CONSENT_BOX)


def test_a_story_that_reports_such_a_box_stays():
    assert not is_furniture("Wenn Sie klicken, wird Ihre IP-Adresse an die Server der Firma "
                            "übertragen, sagte die Datenschützerin am Montag.")
