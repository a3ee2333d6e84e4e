"""The words and patterns that tell a name from what stands around it, for the importer's
candidate terms (:mod:`explainer.importer.candidates`): titles and offices, words that open
sentences in English and German, news agencies, credit lines and datelines."""

from __future__ import annotations

import re

_TITLE_WORDS = """mr mrs ms miss dr prof sir dame lord lady president vice prime minister
premier chancellor secretary senator sen rep representative governor gov general gen
lieutenant colonel col major maj captain capt admiral king queen prince princess sheikh emir
crown pope cardinal bishop rabbi imam ayatollah judge justice ambassador envoy spokesman
spokeswoman spokesperson chairman chairwoman chair chief director commissioner mayor deputy
foreign defence defense interior finance state former acting late ceo cfo coo founder
president-elect vice-president officer detective sergeant trooper attorney sheriff
editor-in-chief speaker leader co-founder cofounder professor adjunct cto cio cmo evp svp vp
mp mep onetime ex superintendent treasurer comptroller councilman councilwoman
councillor councilor alderman inspector constable magistrate archbishop pastor reverend
rev evangelist patriarch"""
TITLES = frozenset(_TITLE_WORDS.split())
# A title cut at its full stop ends a name read too short ("Georgia Gov. Brian Kemp")
TITLE_ABBREVIATIONS = frozenset({"gov", "sen", "rep", "gen", "lt", "col", "maj", "capt", "sgt",
                                 "adm", "cmdr", "atty", "det", "supt", "rev"})
# A royal's or a peer's style: with one name it is the name ("Lord Alli", "Prince Harry")
STYLES = frozenset({"king", "queen", "prince", "princess", "lord", "lady", "baroness", "baron",
                    "earl", "viscount", "duke", "duchess", "dame"})
REGNAL = re.compile(r"[IVX]{1,5}")  # "King Charles III"
# Titles that are common words too, opening names that hold no one ("General Motors")
AMBIGUOUS_TITLES = frozenset({"general", "major", "chief", "justice", "state", "crown", "judge",
                              "bishop", "cardinal", "captain", "admiral", "foreign", "finance",
                              "interior", "defence", "defense", "officer", "inspector",
                              "constable"})
# Months after a name ("Inaugural Speech January"); not those that are names too ("May")
ENGLISH_MONTHS = frozenset({"january", "february", "september", "october", "november",
                            "december"})
# Offices that end no one's name and no institution's ("Islamic State", "John Major", "John
# Chancellor", "Plaza Mayor" end in other titles): a name of capitalised words ending in one
# ("US President", "Foreign Minister") is a title alone ("Office of the President" is not).
_OFFICE_WORDS = """president president-elect vice-president minister secretary spokesman
spokeswoman spokesperson ambassador envoy attorney"""
OFFICES = frozenset(_OFFICE_WORDS.split())
# a company's or a newsroom's roles, which name a job, not a term: "Head of Engineering",
# "Director of Public Affairs", "News Director", "Executive Officer"
JOB_ROLES = frozenset({"ceo", "cfo", "coo", "cto", "evp", "svp", "vp", "head", "director",
                       "chief", "manager", "chair", "chairman",
                       "chairwoman", "officer"})
ENDING_JOB_ROLES = frozenset({"director", "officer", "manager"})
_OPENER_WORDS = """key new top former senior several many most some both all
other another each every such few more less no not only just also still even here there
what why how who when where which whose today yesterday tomorrow now recent recently
though although despite while because unless whether however meanwhile instead perhaps maybe
indeed yet then thus hence if once sometimes often usually
our my your his her their its we they he she it this that these those
does did do is are was were has have had could should would"""
SENTENCE_OPENERS = frozenset(_OPENER_WORDS.split())
# German capitalises every noun, so an article or a preposition opening a sentence makes a
# "name" of the noun after it ("Die Engine", "Zur Nutzung", "Neben Account"); such a word is
# dropped unless the article also writes the name inside a sentence ("berichtet Die Zeit").
_DETERMINER_WORDS = """der die das den dem des ein eine einer eines einem einen kein keine
keiner keinem keinen zum zur im am vom beim ins dieser diese dieses diesem diesen jeder jede
jedes jedem jeden ihr ihre ihren ihrem ihrer ihres sein seine seinen seinem seiner seines unser
unsere unseren unserem unserer mein meine meinen meinem dein deine euer eure"""
_GERMAN_DETERMINERS = _DETERMINER_WORDS.split()
_GERMAN_WORDS = """mit für über unter nach bei aus von vor seit durch gegen ohne neben auf zu per
als alle allen manche viele einige beide zwei drei vier fünf zehn auch so wie wenn dann doch
nun hier dort da dabei damit deshalb trotzdem außerdem zudem laut trotz wegen während allein
richtung solche solcher zahlreiche weitere mehrere etliche sämtliche jene welche genaue mögliche
zusätzliche weder mehr noch nur und oder aber denn obwohl weil dass ob sondern sowie jedoch
zwar also nachdem bevor sobald falls wobei zumal indem jeglicher jegliche jegliches"""
GERMAN_OPENERS = frozenset([*_GERMAN_DETERMINERS, *_GERMAN_WORDS.split()])
# A German noun: written after a determiner (with up to two lower-case adjectives between), and
# not followed by another capitalised word as a name's first word is ("der britische
# Premierminister", "am Ende"; not "die Deutsche Post").
GERMAN_NOUN = re.compile(
    rf"(?<!\w)(?i:{'|'.join(_GERMAN_DETERMINERS)})\s+(?:[a-zäöüß][\w-]*\s+){{0,2}}"
    r"([A-ZÄÖÜ][\w-]*)(?![\w-]|\s+[A-ZÄÖÜ])")
# The endings of German abstract nouns ("Furchtlosigkeit", "Aktivitäten", "Gefährdung")
GERMAN_NOUN_END = re.compile(r"(?:ung|ungen|keit|keiten|heit|heiten|schaft|schaften|ion|ionen|"
                             r"tät|täten|nis|nisse|tum|ismus)$")
MONTHS = frozenset({"januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
                    "september", "oktober", "november", "dezember"})
GERMAN_TIMES = frozenset({"ende", "anfang", "mitte", "beginn"})  # "Ende Oktober"
HEADING_WORDS = 40  # a longer line is running text, whatever its capitals
# A work's instalment or a plan's stage, numbered ("Dune: Part Two", "Season III", "Phase
# One"): a label, not a name ("Act 10", a law, is one)
INSTALMENT = re.compile(r"^(?:Part|Chapter|Volume|Vol|Season|Episode|Phase|Book|Stage) "
                        r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|[IVX]{1,4}|\d{1,3})$")
OFFICE_CONNECTORS = frozenset({"of", "for", "the"})  # name particles ("de Gaulle") are not
# Words that make up more than 5 % of a German text (and rarely 1 % of another).
GERMAN_MARKERS = frozenset({"und", "der", "die", "das", "nicht", "ist", "sich", "mit", "auch",
                            "wird"})
# Prepositions open sentences and names alike ("Beyond Meat", "Under Armour", "Per
# Mertesacker"): one is dropped only before a name of two words or more ("Beyond Des Moines").
_PREPOSITION_WORDS = """after before during since until like unlike as at in on by for
from with without within among amid between under over through into across behind against
toward towards around about near beyond via per"""
PREPOSITIONS = frozenset(_PREPOSITION_WORDS.split())
SHORT_ACRONYM = 3
# The last word of a body's name, which "of" and a place may follow ("Bank of Canada")
_BODY_WORDS = """administration authority agency association bank board bureau centre center
church college commission committee company corporation council court department embassy
federation foundation fund government institute institution league ministry museum office
organisation organization party police service society school union university republic kingdom
forces force army navy chiefs house academy assembly parliament senate congress cabinet guard
corps command states nations emirates islands tribunal programme program project festival
gallery library hospital hall theatre theater cathedral club exchange reserve treasury
institutes universities page memorial county island street road avenue square park bridge river
lake bay city town division"""
BODIES = frozenset(_BODY_WORDS.split())
# ", Washington" after a town: the region that places it (a person "of Conway, Washington")
PLACE_REGION = re.compile(r",\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s*[,.;:)]|\s*$|"
                          r"\s+(?!said\b|says\b|told\b|added\b)[a-z])")
# A count opening a sentence before a name the text writes apart ("Two Clinton aides")
_COUNT_WORDS = "two three four five six seven eight nine ten dozens hundreds"
COUNTS = frozenset(_COUNT_WORDS.split())
# a share or a quantity before "of" and a name: "One of Goldman Sachs' bankers", "Much of the
# IFRS Interpretations Committee", "Thousands of US troops"
QUANTITIES = frozenset({"one", "some", "many", "most", "all", "much", "several", "both", "each",
                        "none", "half", "thousands", "millions", "billions", "dozens",
                        "hundreds", "tens", "scores"})
# a name's last word that runs a headline into the next line ("… Jesse Rutherford The")
RUN_ON = frozenset({"The", "A", "An", "You", "Your", "We", "Our", "It", "Its", "I", "My", "He",
                    "She", "They", "His", "Their", "This", "That", "These", "Those"})
# Words before a place or a body rather than a person called by surname ("in Japan", "the Bank")
_ARTICLE_WORDS = "the a an and or of to at by from into via per"
NOT_BEFORE_SURNAME = PREPOSITIONS | SENTENCE_OPENERS | frozenset(_ARTICLE_WORDS.split())
GLUED_NUMBER = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")
# A market's code for an instrument written after its name, as a wire writes it ("Brent
# LCOc1", "Nikkei futures NKc1"): capitals, a small letter, a digit ("MH17", "G20",
# "ATLAS1" are names)
INSTRUMENT_CODE = re.compile(r"[A-Z]{2,}[a-z]\d{1,2}")
# Chinese, Japanese or Korean writing, which sets no spaces between words: a Latin name
# ends where it starts ("DeepMind的AlphaGo AI能够…" is "DeepMind")
CJK = re.compile("[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]")
# An index's code, a full stop glued to its capitals after a space ("Nasdaq Composite .IXIC")
INDEX_CODE = re.compile(r"(?:^|[\s(\[])\.$")
# News agencies credited for a story's text or pictures: a source, not a term to explain
NEWS_AGENCIES = frozenset(a.casefold() for a in (
    "Associated Press", "AP", "Reuters", "Thomson Reuters", "Agence France-Presse", "AFP",
    "Deutsche Presse-Agentur", "DPA", "Press Association", "PA Media", "Anadolu Agency",
    "Kyodo News", "Yonhap News Agency", "Xinhua News Agency", "Canadian Press",
    "Australian Associated Press", "AAP", "United Press International", "UPI", "ANSA", "EFE",
    "Agencia EFE", "Getty Images", "Bloomberg News"))
# A paragraph that credits the story's makers ("Reporting by …; Editing by …"): names no term
CREDIT_LINE = re.compile(
    r"^[*_(\[\s]*(?:additional |further )?(?:reporting|writing|editing|edited|written|compiled|"
    r"produced|photographs?|photos?|graphics?|video|research)(?: and \w+)? by\b"
    r"(?=[^.!?]*(?:;|\b(?:editing|reporting|writing) by\b|$)|.{0,60}$)", re.IGNORECASE | re.DOTALL)
# What follows a dateline's place in capitals at a paragraph's start: ", Wis.", "(AP)", a dash
DATELINE = re.compile(r"[A-Z][A-Z.'’/ -]*[A-Z.](?P<where>,[^—–\n(]{1,30}|\s*\([^)\n]{1,30}\))?"
                      r"\s*(?:\([^)\n]{1,30}\)\s*)?(?:—|–|-{1,2}\s)")
DATELINE_LETTERS = 5  # "DUBLIN —" opening a story; "NATO —" may open a sentence
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# "an Iowa Republican", "a Colorado Democrat": a description of someone, not a name
PARTY_MEMBERS = frozenset({"Republican", "Republicans", "Democrat", "Democrats"})
# A company's officer after its name ("Vector Space Systems CEO Jim Cantrell")
COMPANY_ROLES = frozenset({"ceo", "cfo", "coo", "cto", "cio", "cmo", "evp", "svp", "vp",
                           "chairman", "chairwoman", "founder", "co-founder"})
# The end of a name made an adjective ("Fianna Fáil-led", "Kremlin-backed", "Nobel
# Prize-winning"): the name is before; not "Li Ka-shing"
NAME_ADJECTIVE = re.compile(r"^(\w+)-(?:[a-z]{3,}(?:ed|ing)|led|run|held|made|built)$")
DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# "Amazon-owned", "Saudi-led", "Spice-loving", "GOP-dominated": an adjective made of a name,
# not part of one.
COMPOUND_ADJECTIVE = re.compile(r"^[A-Z][\w'’]*-(?:[a-z]+(?:ed|ing)|led|born|run|made|built)$")
# Countries of more than one word: a glossary explains what a reader may not know, not these.
COUNTRIES = frozenset(c.casefold() for c in (
    "United States", "United States of America", "United Kingdom", "Great Britain",
    "South Africa", "North Korea", "South Korea", "Saudi Arabia", "New Zealand",
    "United Arab Emirates", "Czech Republic", "Dominican Republic", "Costa Rica",
    "El Salvador", "Sri Lanka", "Sierra Leone", "South Sudan", "Burkina Faso", "Ivory Coast",
    "Papua New Guinea", "Bosnia and Herzegovina", "North Macedonia", "Hong Kong",
    "East Timor", "Puerto Rico", "Trinidad and Tobago", "Central African Republic",
    "Democratic Republic of the Congo", "Equatorial Guinea", "Cape Verde", "San Marino",
    "Vatican City", "Solomon Islands", "Marshall Islands", "Saint Lucia", "New York",
    "Los Angeles", "San Francisco", "Rio de Janeiro", "Buenos Aires", "New Delhi",
    "Mexico City", "Kuala Lumpur", "Tel Aviv", "Abu Dhabi", "Cape Town", "Hong Kong",
    # the world's regions, the states of the US of two words, and more big cities
    "North America", "South America", "Latin America", "Central America", "Middle East",
    "Southeast Asia", "South Asia", "East Asia", "Central Asia", "Eastern Europe",
    "Western Europe", "Central Europe", "North Africa", "West Africa", "East Africa",
    "Southern Africa", "Sub-Saharan Africa", "New Jersey", "New Mexico", "New Hampshire",
    "North Carolina", "South Carolina", "North Dakota", "South Dakota", "West Virginia",
    "Rhode Island", "Las Vegas", "San Diego", "New Orleans", "Salt Lake City",
    "São Paulo", "Sao Paulo", "St Petersburg", "Saint Petersburg", "Ho Chi Minh City"))
# Countries, continents and capitals that stand for their governments, of one word, as a
# question opens with them ("Will China …?", "Will Washington act?")
_LAND_WORDS = """Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria
    Azerbaijan Bahrain Bangladesh Belarus Belgium Bolivia Brazil Britain Bulgaria Cambodia
    Cameroon Canada Chile China Colombia Croatia Cuba Cyprus Denmark Ecuador Egypt England
    Eritrea Estonia Ethiopia Finland France Georgia Germany Ghana Greece Guatemala Haiti
    Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan
    Kazakhstan Kenya Kosovo Kuwait Latvia Lebanon Libya Lithuania Luxembourg Malaysia Mali Malta
    Mexico Moldova Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nepal Netherlands
    Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru Philippines
    Poland Portugal Qatar Romania Russia Rwanda Scotland Senegal Serbia Singapore Slovakia
    Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand
    Tunisia Turkey Türkiye Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Wales Yemen
    Zambia Zimbabwe Africa Asia Europe America Antarctica Washington Beijing Moscow
    Tehran Brussels London Paris Berlin Tokyo Kyiv Kiev Ankara Cairo Delhi Islamabad Kabul Riyadh
    Damascus Baghdad Beirut Jerusalem Pyongyang Seoul Manila Jakarta Canberra Ottawa Rome Madrid
    Warsaw Vienna Athens Minsk Caracas Havana Nairobi Pretoria Taipei Hanoi Bangkok"""
LANDS = frozenset(_LAND_WORDS.split())
# The states of the US of one word, and the words that name a part of a country or a state
# ("Northern California", "Mountainous Nepal"): a well-known place described, not a name
_STATE_WORDS = """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware
    Florida Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland
    Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma
    Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming"""
US_STATES = frozenset(_STATE_WORDS.split())
_PART_WORDS = """northern southern eastern western central north south east west northeast
    northwest southeast southwest northeastern northwestern southeastern southwestern upper
    lower greater rural coastal mountainous"""
PART_OF_PLACE = frozenset(_PART_WORDS.split())
# What the people of a country above are called, an adjective more often than a name
DEMONYMS = frozenset(c.casefold() for c in (
    "South African", "South Africans", "North Korean", "North Koreans", "South Korean",
    "South Koreans", "Saudi Arabian", "New Zealander", "New Zealanders", "Sri Lankan",
    "Sri Lankans", "Puerto Rican", "Puerto Ricans", "Costa Rican", "Sierra Leonean",
    "South Sudanese", "Latin American", "Latin Americans", "Middle Eastern", "North American",
    "South American", "Central American", "East Asian", "Southeast Asian", "West African",
    "East African", "North African", "Eastern European", "Western European", "African American",
    "Asian American", "Native Americans"))
# A German office or role before a name, as one word or the end of one ("Bundeskanzler Olaf
# Scholz", "Außenministerin Annalena Baerbock", "CSU-Mann Hahn", "Basketball-Star Sergio
# Llull", "Gegenspieler Dante Exum"): the person is the name.
GERMAN_ROLE = re.compile(
    r"(?:minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|sprecher|sprecherin|"
    r"chef|chefin|vorsitzende|vorsitzender|abgeordnete|abgeordneten|abgeordneter|meister|"
    r"meisterin|botschafter|botschafterin|trainer|trainerin|kapitän|kapitänin|gegenspieler|"
    r"gegenspielerin|soldat|soldatin|politiker|politikerin|experte|expertin|-mann|-frau|-star|"
    r"-apologet|-chef|-chefin|-politiker|-politikerin|forscher|forscherin|konzern|betreiber|"
    r"hersteller|loge|login|wissenschaftler|wissenschaftlerin|assistent|assistentin|freund|"
    r"freundin|kritiker|kritikerin|ehefrau|ehemann|witwe|sohn|tochter|bischof|bischöfin|"
    r"vertreter|vertreterin|leiter|leiterin|beauftragte|beauftragter|beauftrage|regisseur|"
    r"regisseurin|musiker|musikerin|sänger|sängerin|autor|autorin|arzt|ärztin|rapper|"
    r"rapperin|anwalt|anwältin|richter|richterin|direktor|direktorin|gründer|gründerin|"
    r"schauspieler|schauspielerin|journalist|journalistin|kandidat|kandidatin|senator|"
    r"senatorin|ermittler|ermittlerin|mitarbeiter|mitarbeiterin|manager|managerin|berater|"
    r"beraterin|professor|professorin|\w{3,}rat|\w{3,}rätin)s?$", re.IGNORECASE)
# Counts and measures opening a German run of nouns ("Millionen Menschen", "Grad Celsius")
GERMAN_QUANTITIES = frozenset({"millionen", "milliarden", "billionen", "tausende", "hunderte",
                               "dutzende", "prozent", "grad", "euro", "dollar", "kilometer",
                               "meter", "tonnen", "hektar", "liter", "sekunden", "minuten",
                               "stunden", "tage", "wochen", "monate", "jahre"})
