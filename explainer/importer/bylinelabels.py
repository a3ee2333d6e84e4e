"""The words that label a byline, in the languages read, listed once for every rule that
reads a byline: the labels that name the author outright ("Autorin", "Written by"), the
prepositions that open a byline ("By", "Von", "Par"), "Text" and its kin, and the labels
read only before a colon ("作者：", "Yazan:"); and the forms a labelled name is compared in."""

from __future__ import annotations

import re
from collections.abc import Iterable

from explainer.importer.clean import letters

# "Autorin: Max Müller", "Written by Jane Roe", "A cura di Giulia Bianchi", "Texte de …",
# "Autorzy: …", "Propos recueillis par …" (an interview's writer), "بقلم …" ("by the pen of"),
# "Story and photos by …" (the writer, who took the pictures too), Polish "oprac. …" (compiled by),
# "Беседовала …" (an interview's writer)
OUTRIGHT = ("autor/in", "autorin/autor", "autor/autorin", "autorin", "autora", "autore",
            "autor", "author", "auteur", "written by", "story by", "words by", "a cura di",
            "texto de", "un texte de", "texte de", "authors", "autoren", "auteurs", "autores",
            "autorzy", "propos recueillis par", "outeur", "skrywer", "بقلم",
            "story and photos by", "story and photos", "text and photos by", "text and photos",
            "words and pictures by", "words and photos by", "texto y fotos", "texte et photos",
            "text und fotos", "texto e fotos", "texto e fotografias", "texto e imagens",
            "oprac.", "oprac", "opracowanie", "opracował", "opracowała",  # Polish: compiled by
            # MSN's "Story by" in the page's language ("Geschichte von dpa", "Article de …")
            "geschichte von", "article de", "artículo de", "articolo di", "artigo de",
            "artikel van", "artikel av",
            # a blog's guest writer, posted under its shared account ("Guest Contributor")
            "guest post by", "guest column by", "guest essay by",
            # the interviewer in Russian and Ukrainian ("Беседовала Зарина Юсупова")
            "беседовала", "беседовал", "беседовали", "розмовляла", "розмовляв", "спілкувалася",
            "спілкувався")
# "By Jane Roe", "Von Max Müller", "Par Marc Petit", "Por Ana Souza", "Di Mario Rossi",
# "Door Jan de Vries", "Av Lars Berg", "Af Mette Holm", "Deur Johan Steyn" (Afrikaans),
# Hebrew "מאת", Thai "โดย" and "รายงานโดย" (reported by)
PREPOSITIONS = ("by", "von", "par", "por", "di", "door", "av", "af", "deur", "מאת", "โดย",
                "รายงานโดย")
# "Text: Jane Roe", "Tekst: Piotr Nowak", "Texto: Ana Souza", "Texte : Marc Petit"
TEXT = ("text", "tekst", "texto", "texte")
# labels read with a colon only ("Yazan" is also a given name; "Penulis: Budi Santoso" and
# "Reporter: Budi Santoso" Indonesian; "Muhabir: …" Turkish; "Автор: …" and "Текст: …"
# Russian; "بقلم:" Arabic; the Chinese and Japanese labels of writer, reporter and editor;
# Georgian, Armenian, Vietnamese and Thai words for the author; Japanese "文：", "取材・文：";
# the reporter and the writer in Persian ("خبرنگار:", "نویسنده:"; "نوشته:", written by),
# the report and the reporter in Hindi ("रिपोर्ट:", "संवाददाता:"), Vietnamese "Bài:" and "Bài và
# ảnh:" (text, and text and photos), Greek "Συντάκτης:" (writer), Indonesian "Pewarta:"
# (reporter), the authors in Ukrainian and Russian ("Автори:", "Авторка:", "Авторы:"),
# Turkish "Yazar:" (the writer; also "writes"), Japanese "執筆：" (written by) and Chinese
# "撰文：", "撰稿：" (written by); a programme's host, in Chinese and Czech ("主播：",
# "主持人：", "Moderuje:"), who speaks its words; the author in Uzbek ("Muallif:", "Муаллиф:"))
COLON_ONLY = ("责任编辑", "作者", "记者", "编辑", "著者", "執筆者", "筆者", "yazan", "muhabir",
              "penulis", "reporter", "wartawan", "tekst", "text", "автор", "текст", "بقلم",
              "ავტორი", "հեղինակ", "tác giả", "ผู้เขียน", "取材・文・写真", "取材・文", "文・写真",
              "文", "خبرنگار", "نویسنده", "रिपोर्ट", "रिपोर्टर", "संवाददाता", "bài và ảnh", "bài",
              "συντάκτης", "نوشته", "pewarta", "автори", "авторка", "авторы", "yazar", "執筆",
              "撰文", "撰稿", "主播", "主持人", "moderuje", "moderátor", "moderátorka", "muallif",
              "муаллиф")


def either(words: Iterable[str]) -> str:
    """The words as a regular expression's alternatives, the longest first (so that "autorin"
    is tried before "autor"), each written as it reads."""
    unique = dict.fromkeys(words)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+")
                    for word in sorted(unique, key=len, reverse=True))


# "Par notre correspondant Marc Petit", "By our correspondent Jane Roe": the paper's own
OUR_CORRESPONDENT = (r"(?:(?:notre|nos|our|unser(?:e|em)?) (?:correspondant(?:e|s)?|envoyée? "
                     r"spéciale?|correspondent|korrespondent(?:in)?)\s+)?")
# "Avec notre correspondant à Bamako, Serge Daniel": the place, then the name after a comma
WITH_CORRESPONDENT = (r"(?:avec|de) (?:notre|nos) (?:correspondante?s?|envoyée?s? spéciale?s?) "
                      r"(?:à|au|aux|en|dans) [^,]{1,30},\s*")
LABELS = tuple(letters(w) for w in (*OUTRIGHT, *PREPOSITIONS, *TEXT, *COLON_ONLY))


def labelled_forms(name: str) -> set[str]:
    """A name's letters (:func:`clean.letters`), and without a byline's label the name opens
    with ("筆者", which needs its colon elsewhere): the forms to look for among others."""
    return {name} | {name[len(label):] for label in LABELS if name.startswith(label)}


def word_run(name: str) -> str:
    """A name's words, case-folded, each between spaces: one name is another's part when its
    words run in the other's ("Zielony Zakątek" in "Centrum Ogrodnicze Zielony Zakątek")."""
    return " " + " ".join(re.findall(r"\w+", name.casefold())) + " "
