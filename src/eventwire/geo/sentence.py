"""The sentence around a mention: which other names it has, the countries they point to, and the readings that
evidence overrules (a town of another country than its sentence's, a mid-sized town abroad no other name supports)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from .context import Context
from .distance import km
from .focus import focus_countries, focus_regions, minus
from .gazetteer import Feature
from .mentions import Mention, Word
from .namesake import outweighs
from .own_name import first_words
from .prior import FOREIGN_BARE_TOWN, MIN_BARE_TOWN
from .stated_size import fits


def sentences(ws: list[Word], mentions: list[Mention]) -> tuple[list[int], dict[int, list[Mention]]]:
    """Each mention's sentence number, and the mentions of each sentence."""
    sentence = []
    count = -1
    for w in ws:
        count += 1 if w.initial else 0
        sentence.append(count)
    groups: dict[int, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(sentence[m.first], []).append(m)
    return [sentence[m.first] for m in mentions], groups


def sentence_regions(numbers: list[int], groups: dict[int, list[Mention]]) -> list[frozenset[tuple[str, str]]]:
    """For each mention (its sentence number, and the mentions of each sentence: `sentences`), the first-level
    regions named in its sentence."""
    named = {key: frozenset(focus_regions(group)) for key, group in groups.items()}
    return [named[n] for n in numbers]


def stranger(m: Mention, f: Feature, ctx: Context, focus: Counter[str], sentence: Counter[str],
             own: Counter[str] | None = None, group: Sequence[Mention] = ()) -> bool:
    """A one-word town of under FOREIGN_BARE_TOWN people, unqualified, of a country no other name of the article
    points to, in a sentence whose other names are in another country ("three children from Sumatra, in the district
    of X" with X a town in India): not that town. A name of several words ("Bergen op Zoom") is evidence enough.
    `own`: the countries the mention's own name points to (`focus_countries` of it), if already worked out; `group`:
    the sentence's mentions, when known: a name there that may be a town near it is no evidence
    against a town of MIN_BARE_TOWN people ("Keswick and Workington residents": Keswick's largest namesake is
    Canada's; not "Walker and Treherne scored", a village's name)."""
    if f.fclass != "P" or f.fcode == "PPLC" or f.population >= FOREIGN_BARE_TOWN or ctx.qualifier or m.first != m.last:
        return False
    if ctx.town_before or ctx.across_after:  # "the town of X": the text says it is a town; "X across the border": in
        return False  # another country than the sentence's
    others = sentence.copy()
    others[max(m.features, key=lambda g: g.population).cc] -= 1
    others = +others
    del others[""]  # a lake, sea or region of several countries ("Lake Malawi") points to none of them
    if not others or f.cc in others or f.cc in ctx.near_countries:
        return False  # also a country the sentence's names resolved so far are in ("Kent Police ... outside X")
    if group and f.population >= MIN_BARE_TOWN and _all_shared(m, f, group):
        return False
    rest = minus(focus, focus_countries([m], ()) if own is None else own)
    return not rest.get(f.cc, 0) and not rest.get(f.iso3, 0)


def _all_shared(m: Mention, f: Feature, group: Sequence[Mention]) -> bool:
    """Every other name of the sentence has a town reading in the town's country within SHARED_KM of it."""
    others = [n for n in group if n.text != m.text and n.features]
    return bool(others) and all(any(g.cc == f.cc and g.fclass == "P" and km(f.lat, f.lon, g.lat, g.lon) <= SHARED_KM
                                    for g in n.features) for n in others)


# A name of the sentence with a town reading this near the town is no evidence against it (`stranger`).
SHARED_KM = 60.0


# "the village of X", "the hamlet of X": the text says the place is small.
VILLAGE_OF = re.compile(r"\b(?:[Vv]illage|[Hh]amlet) of (?:the )?$")


def called_village(text: str, m: Mention, ctx: Context) -> bool:
    """'the village of X', 'the X village': the text says the place is a village or hamlet, and names no holder."""
    return not ctx.qualifier and (ctx.next_word in ("village", "hamlet")
                                  or bool(VILLAGE_OF.search(text, max(0, m.start - 20), m.start)))


def foreign_village(m: Mention, f: Feature, others: Counter[str], least: int, most: int = 1) -> bool:
    """'the village of X' (`called_village`) in news of Scotland, when the name's readings are all towns abroad: not
    such a town (a village the gazetteer lacks, which `unknown_areas` reports in the article's country). `others`: how
    many of the article's other names resolved to each country; `least` of them at least, all in one country, or
    in `most` countries but for countries named once ("the village of X" on a border road in news of Chile and
    Argentina that names Brazil in passing)."""
    held = [cc for cc, n in others.items() if n > 1] if most > 1 else list(others)
    return (f.fclass == "P" and sum(others.values()) >= least and len(held) <= most
            and all(g.cc not in others for g in m.features))


def sentence_town(m: Mention, f: Feature | None, ctx: Context) -> Feature | None:
    """A town of another country than the one all the other names of its sentence point to, when the name is also a
    town of MIN_BARE_TOWN people there, is that town ("In Paraguay, the river rose at X" after X of Chile); not a
    national capital, a namesake famous enough to outweigh that town (`outweighs`: "the WHO in Geneva" in a sentence
    naming Texas), nor a name qualified by its region or country. When the other names point to several countries
    ("In Bolivia ... Trinidad"), the town must be of the only one of them that has such a town, and the chosen town of
    no country among them ("In Bolivia, it spread from Santa Cruz" after towns of Peru). When the sentence names
    first-level regions of that country, a town of a region the article names stays unless one of them holds the
    namesake; it stays too when it is bigger than the namesake ("Windsor, Tillsonburg and Detroit" in news of Ontario)."""
    if f is not None and f.fcode == "PCLI" and not ctx.qualifier:
        return _regional_town(m, f, ctx)
    if f is None or f.fclass != "P" or f.fcode == "PPLC" or ctx.qualifier or not ctx.near_countries:
        return f
    if f.cc in ctx.near_countries or (ctx.stated_people and fits(f, ctx.stated_people)):
        return f  # "X, a town of 6,500 named after a Scottish one": the size says which
    towns = [g for g in m.features if g.fclass == "P" and g.cc in ctx.near_countries and g.population >= MIN_BARE_TOWN
             and (g.how == "name" or f.how != "name" or first_words(m.text, g.name))]  # not Koesan's "Kaesong"
    if len({g.cc for g in towns}) != 1:
        return f
    town = max(towns, key=lambda g: g.population)
    if (f.cc, f.admin1) in ctx.regions and (_none_in_regions_named(towns, ctx) or f.population > town.population):
        return f  # a town of a region the article names stays, unless a region its sentence names holds a namesake
    if (ctx.described_small or ctx.town_before) and town.population >= FOREIGN_BARE_TOWN > f.population:
        return f  # "the small town of X" is no city of that name abroad
    return f if outweighs(f, town, False) else town


def _none_in_regions_named(towns: list[Feature], ctx: Context) -> bool:
    """Whether the sentence names first-level regions of the towns' country and none of them holds one of the towns."""
    regions = {region for region in ctx.near_regions if region[0] == towns[0].cc}
    return bool(regions) and not any((g.cc, g.admin1) in regions for g in towns)


def _regional_town(m: Mention, f: Feature, ctx: Context) -> Feature:
    """A country named by a short form ("Trinidad" for Trinidad and Tobago) in a sentence naming a first-level region
    of another country that has a town of MIN_BARE_TOWN people of that name is the town ("deaths in
    Trinidad, in the Beni department")."""
    if m.text.lower() == f.name.lower():
        return f
    towns = [g for g in m.features if g.fclass == "P" and g.cc != f.cc and (g.cc, g.admin1) in ctx.near_regions
             and g.population >= MIN_BARE_TOWN]
    return max(towns, key=lambda g: g.population) if towns else f


def sentence_focus(text: str, numbers: list[int], groups: dict[int, list[Mention]]) -> list[Counter[str]]:
    """For each mention (as for `sentence_regions`), the countries its sentence names (`focus_countries`), but not
    a country named as the other side of a border ("the crossing at Rafah, by the Egyptian frontier": Gaza's Rafah)."""
    named = {key: focus_countries([m for m in group if not across_border(text, m)], ())
             for key, group in groups.items()}
    return [named[n] for n in numbers]


# Wider than `holder.border_countries`' patterns (any "X's side", "the X border" after any word): with those alone a
# held-out set lost five thousandths of country accuracy (2026-12-01).
BORDER_BEFORE = re.compile(r"\b(?:(?:border|frontier|boundary) (?:with|of)|crossing (?:in)?to) (?:the )?$")
BORDER_AFTER = re.compile(r"(?:['’]s)? (?:border|frontier|side)\b")


# "towns on the Malian side": the side a place lies on, the country it is in.
ON_SIDE = re.compile(r"\b(?:on|from) the $")


def across_border(text: str, m: Mention) -> bool:
    """A name the text puts across a border: 'the border with X', 'the X border', "X's side"; not "on the X side"."""
    if text.startswith(" side", m.end) and ON_SIDE.search(text, max(0, m.start - 10), m.start):
        return False
    return bool(BORDER_AFTER.match(text, m.end) or BORDER_BEFORE.search(text, max(0, m.start - 30), m.start))


# "X, southwest of Y": the place a name is located by, right after it.
ANCHORED_BY = re.compile(r", (?:north|south|east|west)(?:-?(?:east|west))? of $")
def _next_country(text: str, mentions: list[Mention], index: int, gap: re.Pattern[str]) -> str:
    """The country of the most populous reading of the name right after the mention, when the words between them are
    `gap`; else ""."""
    after = mentions[index + 1] if index + 1 < len(mentions) else None
    if after is None or not after.features or not gap.fullmatch(text, mentions[index].end, after.start):
        return ""
    return max(after.features, key=lambda f: f.population).cc


def anchor_country(text: str, mentions: list[Mention], index: int) -> frozenset[str]:
    """The country of the place a name is located by right after it ("Obilic, north of Pristina"): the country of that
    name's most populous reading."""
    return frozenset({_next_country(text, mentions, index, ANCHORED_BY)} - {""})


def other_countries(own: Counter[str], sentence: Counter[str]) -> frozenset[str]:
    """The countries the other names of the mention's sentence point to (`own`: those its own name points to,
    `focus_countries` of the mention)."""
    return frozenset(code for code, count in sentence.items() if count > own.get(code, 0))


def sentence_codes(mentions: list[Mention], numbers: list[int], groups: dict[int, list[Mention]]
                   ) -> list[frozenset[str]]:
    """For each mention (its sentence number and the mentions of each sentence: `sentences`), the countries of the
    other names of its sentence that only one country has, however small ("clashes in Halba", a town of Lebanon
    only)."""
    counts = {n: Counter(code for o in group for code in _sole_code(o)) for n, group in groups.items()}
    members = {n: {id(o) for o in group} for n, group in groups.items()}
    out = []
    for m, n in zip(mentions, numbers):  # counted once per sentence: a long run-on sentence costs no square
        own = _sole_code(m) if id(m) in members[n] else frozenset()
        out.append(frozenset(code for code, k in counts[n].items() if k > (code in own)))
    return out


def _sole_code(m: Mention) -> frozenset[str]:
    found = {f.cc for f in m.features if f.cc}
    return frozenset(found) if len(found) == 1 else frozenset()
