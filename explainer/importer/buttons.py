"""A button's or a link's words left alone in the text: "Read more", "Lire la suite",
"Listen to this article", "Réutiliser ce contenu", a skip link ("Skip to main content"),
in the languages read."""

from __future__ import annotations

import re

BUTTON = re.compile(r"^[*_\[]*(?:read more|read next|(?:\.\.\.|…)?more|see more|show (?:more|less)|"
                    r"continue reading|"
                    r"czytaj więcej|weiterlesen|mehr lesen|lire la suite|lire plus|leer más|"
                    r"leia mais|leggi di più|lees meer|läs mer|les mer|læs mere|lue lisää|"
                    r"réutiliser ce contenu|contribuer|republish this (?:article|story)|"
                    r"listen to this (?:article|story)|écouter cet article|artikel anhören|"
                    r"escuchar (?:este )?artículo|ascolta (?:l['’]|questo )?articolo|"
                    r"ouvir (?:este )?(?:artigo|texto)|beluister dit artikel|"
                    r"read in (?:the )?app|open in (?:the )?app|view in (?:the )?app|"
                    r"(?:tap|click) here|join now|rejoindre|"  # a box's button left behind
                    r"get directions|add to (?:my )?calendar|watch (?:the )?live ?stream|"
                    r"send flowers|sign (?:the )?guest ?book|plant a tree|share a memory|"
                    r"(?:skip|go|jump|back) to (?:the )?(?:main content|content|top|"
                    r"top of (?:the )?page|(?:main )?navigation|search|menu|"
                    r"accessibility[\w ]{0,25})|main content|start of (?:the )?(?:main )?content|"
                    r"(?:direkt |springe )?zum (?:haupt)?inhalt(?: springen)?|"
                    r"aller au contenu(?: principal)?|(?:saltar|ir) al contenido(?: principal)?)"
                    r"[*_\].:!…]*$", re.IGNORECASE)  # a link's words left alone; a skip link's
                    # target ("Main Content")
