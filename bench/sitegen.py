"""A seeded generator of large synthetic explainer sites, for the benchmark.

``write_site(root, explainers=1000, terms=1000)`` writes ``root/site.yml``,
``root/glossary/*.md`` and ``root/explainers/*.md``: explainers of about 900 words with
headings, lists, a block quote, links and emphasis, each mentioning 4 to 8 glossary terms by
name, alias, plural or possessive. The same seed always gives the same site.
"""

from __future__ import annotations

import random
from pathlib import Path

PLACES = (
    "Aleppo", "Amman", "Baghdad", "Basra", "Beirut", "Cairo", "Damascus", "Deraa", "Doha",
    "Erbil", "Gaza", "Hama", "Homs", "Idlib", "Jeddah", "Khartoum", "Latakia", "Mosul",
    "Muscat", "Raqqa", "Riyadh", "Sanaa", "Sidon", "Tabriz", "Tartus", "Tripoli", "Tunis",
    "Tyre", "Zarqa", "Jericho", "Hebron", "Nablus", "Aden", "Taiz", "Hodeidah", "Kirkuk",
    "Najaf", "Karbala", "Ramadi", "Falluja",
)
KINDS = (
    "Accord", "Council", "Commission", "Agreement", "Initiative", "Coalition", "Front",
    "Forum", "Declaration", "Process", "Alliance", "Authority", "Mission", "Pact", "Charter",
    "Summit", "Dialogue", "Framework", "Compact", "Assembly",
)
ADJECTIVES = (
    "Northern", "Southern", "Eastern", "Western", "Joint", "National", "Regional", "Interim",
    "Provisional", "Democratic", "Popular", "United", "Free", "Independent", "Permanent",
    "Central",
)
FILLER = (
    "the", "government", "said", "on", "Tuesday", "that", "talks", "would", "continue",
    "despite", "objections", "from", "several", "neighbouring", "states", "while", "aid",
    "agencies", "warned", "of", "shortages", "in", "the", "coming", "months", "as", "prices",
    "rose", "sharply", "and", "officials", "met", "in", "the", "capital", "to", "discuss",
    "a", "timetable", "for", "elections", "and", "the", "return", "of", "refugees", "who",
    "fled", "the", "fighting", "over", "the", "past", "decade",
)


def term_names(count: int, rng: random.Random) -> list[tuple[str, str]]:
    """(name, alias) pairs, all distinct."""
    names: dict[str, str] = {}
    while len(names) < count:
        place, kind = rng.choice(PLACES), rng.choice(KINDS)
        name = f"{rng.choice(ADJECTIVES)} {place} {kind}" if len(names) % 3 else f"{place} {kind}"
        if len(names) > 2 * len(PLACES) * len(KINDS) // 3:
            name += f" {len(names)}"
        names.setdefault(name, f"{name.split()[-2] if name[-1].isdigit() else place} {kind} "
                               f"{len(names)}")
    return list(names.items())


def slug(name: str) -> str:
    return "-".join(name.lower().split())


def write_terms(folder: Path, names: list[tuple[str, str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, alias in names:
        (folder / f"{slug(name)}.md").write_text(
            f"---\nterm: \"{name}\"\naliases: [\"{alias}\"]\nsummary: \"The {name}, a body "
            f"set up to oversee talks.\"\nkind: organisation\nas_of: 2026-11-01\nsources:\n"
            f"  - {{title: \"{name}\", url: \"https://example.org/{slug(name)}\"}}\n---\n"
            f"The {name} was formed after long negotiations.\n\nIt meets twice a year.\n",
            encoding="utf-8")


def sentence(rng: random.Random, mention: str | None = None) -> str:
    words = rng.sample(FILLER, rng.randint(10, 18))
    if mention:
        words.insert(rng.randint(1, len(words) - 1), mention)
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def mention_of(name: str, alias: str, rng: random.Random) -> str:
    form = rng.randrange(4)
    return [name, alias, name + "’s", name + "s"][form]


def paragraph(rng: random.Random, mentions: list[str]) -> str:
    parts = [sentence(rng, mentions.pop() if mentions and rng.random() < 0.5 else None)
             for _ in range(rng.randint(3, 5))]
    if rng.random() < 0.3:
        parts[0] = parts[0].replace("the ", "the *official* ", 1)
    if rng.random() < 0.2:
        parts[-1] += " [Read the report](https://example.org/report)."
    return " ".join(parts)


def explainer(index: int, names: list[tuple[str, str]], rng: random.Random) -> str:
    chosen = rng.sample(names, rng.randint(4, 8))
    mentions = [mention_of(n, a, rng) for n, a in chosen] * 2
    rng.shuffle(mentions)
    blocks = []
    for section in range(3):
        blocks.append(f"## Part {section + 1}")
        blocks += [paragraph(rng, mentions) for _ in range(rng.randint(3, 4))]
    blocks.append("- " + sentence(rng) + "\n- " + sentence(rng, mentions.pop() if mentions
                                                          else None) + "\n- " + sentence(rng))
    blocks.append("> " + sentence(rng))
    blocks += [paragraph(rng, mentions) for _ in range(2)]
    return (f"---\ntitle: \"Explainer number {index}\"\nsummary: \"{sentence(rng)}\"\n"
            f"date: 2024-{index % 12 + 1:02d}-{index % 28 + 1:02d}\ntags: [topic-{index % 20}]\n"
            f"---\n" + "\n\n".join(blocks) + "\n")


def write_site(root: Path, explainers: int = 1000, terms: int = 1000, seed: int = 7,
               glossary: str = "glossary: {link: first, boxes: true}") -> Path:
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    (root / "site.yml").write_text(f"title: Benchmark\n{glossary}\n", encoding="utf-8")
    names = term_names(terms, rng)
    write_terms(root / "glossary", names)
    folder = root / "explainers"
    folder.mkdir(exist_ok=True)
    for index in range(explainers):
        (folder / f"explainer-{index:05d}.md").write_text(explainer(index, names, rng),
                                                          encoding="utf-8")
    return root
