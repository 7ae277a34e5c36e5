"""`find_places`: every place mention of a text, resolved with the article's context."""

from __future__ import annotations

import re
from dataclasses import replace
from collections import Counter
from typing import Any, Sequence

from .build import name_key
from .gazetteer import Feature, Gazetteer, load_gazetteer
from .mentions import AREA_WORDS, COUNTY_WORDS, REGION_WORDS, Mention, Word, find_mentions, stoplist, words
from .place import Place, from_feature, unresolved
from .resolve import MIN_BARE_TOWN, MIN_LOCATIVE_TOWN, Context, best, context, focus_countries, focus_regions
from .unknown import (appositive_places, list_unknowns, listed_places, located_places, qualified_unknowns,
                      unknown_areas)

DIRECTIONS = {"north": "north", "south": "south", "east": "east", "west": "west", "northern": "north",
              "southern": "south", "eastern": "east", "western": "west", "central": "central", "centre": "central",
              "center": "central", "northeast": "northeast", "northwest": "northwest", "southeast": "southeast",
              "southwest": "southwest", "north-east": "northeast", "north-west": "northwest",
              "south-east": "southeast", "south-west": "southwest", "northeastern": "northeast",
              "northwestern": "northwest", "southeastern": "southeast", "southwestern": "southwest",
              "north-eastern": "northeast", "north-western": "northwest", "south-eastern": "southeast",
              "south-western": "southwest"}
_DIR = "|".join(sorted((re.escape(d) for d in DIRECTIONS), key=len, reverse=True))
COUNTRY_RELATIVE = re.compile(
    rf"\b[Tt]he (?:country|nation)['’]s ({_DIR})\b|\b[Tt]he ({_DIR}) of the (?:country|nation)\b")



def find_places(text: str, *, doc: Any = None, context_countries: Sequence[str] = (),
                gazetteer: Gazetteer | None = None) -> tuple[Place, ...]:
    """Every place mention of the text, in order; unresolved mentions have geonameid None and resolution "unresolved"
    (an unknown place inside a known town, county or region has no geonameid but that holder's point and resolution).

    `doc` (a tokenized spaCy Doc of the same text) is accepted for the pipeline's convenience; detection works on
    the text itself, so passing it or not gives the same places.
    """
    gaz = gazetteer or load_gazetteer()
    ws = words(text)
    mentions = _shared_names(text, ws, find_mentions(text, ws, gaz), gaz)
    focus = focus_countries(mentions, tuple(context_countries))
    places = _resolve_all(text, ws, mentions, focus, gaz)
    places += _country_relative(text, places, focus, gaz)
    places += listed_places(text, places, focus, gaz)
    places += unknown_areas(text, places, focus, gaz)
    places += appositive_places(text, places, focus, gaz)
    places += located_places(text, places, focus, gaz)
    places += qualified_unknowns(text, places, gaz)
    places += list_unknowns(text, places, gaz)
    return tuple(sorted(places, key=lambda p: (p.start, p.end)))


# Names and demonyms several countries share, with the countries in the order news most often means them: the article's
# other names choose ("Congolese troops ... Brazzaville" is the Republic of the Congo; "Korean" in an article about
# Pyongyang is North Korea), else the first.
SHARED_NAMES = {"congolese": ("CD", "CG"), "congo": ("CD", "CG"), "korean": ("KR", "KP"), "koreans": ("KR", "KP"),
                "dominican": ("DO", "DM"), "dominicans": ("DO", "DM"), "guinean": ("GN", "GW", "GQ"),
                "guineans": ("GN", "GW", "GQ")}


def _shared_names(text: str, ws: list[Word], mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The mentions with each shared name or demonym standing for all its countries."""
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    out = []
    for m in mentions:
        if name_key(m.text) in SHARED_NAMES:
            m = replace(m, features=_shared_features(m.text, gaz))
        out.append(m)
    for i, w in enumerate(ws):
        if i not in taken and w.capital and name_key(w.text) in SHARED_NAMES and not w.text.isupper():
            out.append(Mention(i, i, w.start, w.end, w.text, _shared_features(w.text, gaz)))
    return sorted(out, key=lambda m: m.start)


def _shared_features(name: str, gaz: Gazetteer) -> tuple[Feature, ...]:
    how = "name" if name_key(name) == "congo" else "demonym"
    return tuple(replace(f, how=how) for cc in SHARED_NAMES[name_key(name)] if (f := gaz.country(cc)) is not None)


def _shared_choice(m: Mention, feature: Feature, focus: Counter[str], sentence: Counter[str]) -> Feature:
    """The country of a shared name its sentence's, else the article's, other names point to (ties: the usual one)."""
    if name_key(m.text) not in SHARED_NAMES or feature.fcode != "PCLI":
        return feature
    order = {f.cc: i for i, f in enumerate(m.features)}
    return max(m.features, key=lambda f: (sentence.get(f.cc, 0), focus.get(f.cc, 0) + focus.get(f.iso3, 0),
                                          -order[f.cc]))


COUNTY_GAP = re.compile(rf"^ (?:{'|'.join(sorted(COUNTY_WORDS))})(?=,)")
LIST_GAPS = (", ", ",", " and ", ", and ", " or ", ", or ", ", the ", " and the ", ", and the ")
LIST_CODES = ("ADM1", "PCLI")


def _qualifier(text: str, ws: list[Word], mentions: list[Mention], index: int,
               gaz: Gazetteer | None = None) -> tuple[Feature, ...]:
    """Features of a ", Texas" / ", France" right after the mention (none inside a list of regions or countries), or
    of a US state's news-agency abbreviation (", Ill.")."""
    m = mentions[index]
    if index + 1 < len(mentions):
        nxt = mentions[index + 1]
        gap = COUNTY_GAP.sub("", text[m.end:nxt.start], count=1)
        if gap in (", ", ",") and not _in_list(text, mentions, index):
            return tuple(f for f in nxt.features if f.fclass == "A")
    abbreviated = STATE_ABBREVIATION.match(text, m.end)
    if abbreviated and gaz is not None:
        state = gaz.region("US", AP_STATES[abbreviated.group(1)])
        return (state,) if state is not None else ()
    return ()


# The US states' abbreviations of the AP stylebook, as news writes them after a town ("Springfield, Ill.").
AP_STATES = {"Ala": "AL", "Ariz": "AZ", "Ark": "AR", "Calif": "CA", "Colo": "CO", "Conn": "CT", "Del": "DE",
             "Fla": "FL", "Ga": "GA", "Ill": "IL", "Ind": "IN", "Kan": "KS", "Ky": "KY", "La": "LA", "Md": "MD",
             "Mass": "MA", "Mich": "MI", "Minn": "MN", "Miss": "MS", "Mo": "MO", "Mont": "MT", "Neb": "NE", "Nev": "NV",
             "N.H": "NH", "N.J": "NJ", "N.M": "NM", "N.Y": "NY", "N.C": "NC", "N.D": "ND", "Okla": "OK", "Ore": "OR",
             "Pa": "PA", "R.I": "RI", "S.C": "SC", "S.D": "SD", "Tenn": "TN", "Tex": "TX", "Vt": "VT", "Va": "VA",
             "Wash": "WA", "W.Va": "WV", "Wis": "WI", "Wyo": "WY"}
STATE_ABBREVIATION = re.compile(
    r", (" + "|".join(re.escape(k) for k in sorted(AP_STATES, key=len, reverse=True)) + r")\.(?=[\s,;:)—–-]|$)")


def _in_list(text: str, mentions: list[Mention], index: int) -> bool:
    """'Ohio, Georgia, New Mexico and Utah': a name that can be a region or country, between names of the
    same kind, is an item of the list, not a town qualified by the name after it."""
    codes = {f.fcode for f in mentions[index].features} & set(LIST_CODES)
    if not codes:
        return False
    if "PCLI" in codes and any(f.fcode == "PCLI" for f in mentions[index + 1].features):
        return True  # a country is not qualified by another country: "China, Japan"
    def same_kind(other: int) -> bool:
        return any(f.fcode in codes for f in mentions[other].features)
    before = index > 0 and text[mentions[index - 1].end:mentions[index].start] in LIST_GAPS and same_kind(index - 1)
    after = (index + 2 < len(mentions) and text[mentions[index + 1].end:mentions[index + 2].start] in LIST_GAPS
             and same_kind(index + 2))
    return before or after


def _resolve_all(text: str, ws: list[Word], mentions: list[Mention], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    out: list[Place] = []
    previous: tuple[int, Feature] | None = None
    regions = focus_regions(mentions)
    named = frozenset(regions)
    senses: dict[str, Feature] = {}
    counties: dict[str, Feature] = {}
    chosen: list[Feature | None] = []
    contexts: list[Context] = []
    sentences = _sentences(ws, mentions)
    near = _sentence_regions(*sentences)
    near_countries = _sentence_countries(*sentences)
    for index, m in enumerate(mentions):
        owner = _possessor(text, mentions, index)
        if owner is not None:  # "Russia's Crimea", "China's Hong Kong" stay what they are
            m = replace(m, features=_owned(m.features, owner))
            if not m.features:  # "Somalia's Gedo region": not Ethiopia's town Gedo; maybe a place the gazetteer lacks
                chosen.append(None)
                contexts.append(context(text, ws, m, (), named))
                continue
            mentions[index] = m
        ctx = replace(context(text, ws, m, _qualifier(text, ws, mentions, index, gaz), named), near_regions=near[index])
        if ctx.comma_name and not ctx.qualifier and _town_follows(text, mentions, index):
            ctx = replace(ctx, comma_name=False)  # "Athens, Lima and Paris": a list of towns, not a qualified one
        contexts.append(ctx)
        feature = best(m, focus, ctx, senses.get(name_key(m.text)))
        if feature is not None:
            feature = _shared_choice(m, feature, focus, near_countries[index])
            if previous and text[mentions[previous[0]].end:m.start] in (", ", ","):
                feature = _as_qualifier(m, feature, previous[1])
            previous = (index, feature)
            senses[name_key(m.text)] = feature
        chosen.append(feature)
    for order in (range(len(mentions)), range(len(mentions) - 1, -1, -1)):
        for index in order:
            if chosen[index] is None:
                chosen[index] = _list_item(text, mentions, chosen, contexts[index], index)
    for index, m in enumerate(mentions):
        if chosen[index] is None:
            chosen[index] = _named_again(m, contexts[index], senses)
    for index, m in enumerate(mentions):
        feature = chosen[index]
        if feature is None:
            continue
        qualifier = contexts[index].qualifier or _county_holder(text, mentions, index)
        start, end, feature = _region_suffix(text, ws, m, feature, gaz, regions, qualifier)
        if end > m.end:  # a county or region named again: as the first time ("Lee County, Iowa ... Lee County")
            feature = counties.get(name_key(text[start:end]), feature) if not qualifier else feature
            counties.setdefault(name_key(text[start:end]), feature)
        direction, start = _direction(text, ws, m, start)
        out.append(from_feature(start, end, text[start:end], feature, direction))
    return out


def _possessor(text: str, mentions: list[Mention], index: int) -> set[str] | None:
    """'Somalia's Gedo region', 'Nigeria's Borno state': the countries of a country or region name with a possessive
    right before the mention (the mention is in one of them)."""
    if index == 0 or text[mentions[index - 1].end:mentions[index].start] not in ("'s ", "’s "):
        return None
    owner = {f.cc for f in mentions[index - 1].features if f.fcode in ("PCLI", "ADM1") and f.how == "name"}
    return owner or None


def _owned(features: tuple[Feature, ...], owner: set[str]) -> tuple[Feature, ...]:
    """The readings of a name after a country's possessive: its towns in that country only; its regions and counties
    too when that country has one of the name ("Sri Lanka's Western Province", not Kenya's); other areas as they
    are."""
    local = any(f.cc in owner and f.fcode in ("ADM1", "ADM2") for f in features)
    def kept(f: Feature) -> bool:
        if f.fclass == "P" or (local and f.fcode in ("ADM1", "ADM2")):
            return f.cc in owner
        return True
    return tuple(f for f in features if kept(f))


def _town_follows(text: str, mentions: list[Mention], index: int) -> bool:
    """The name after the comma is a known name that cannot hold a town (no region or country reading), followed by
    more of a list."""
    if index + 1 >= len(mentions) or text[mentions[index].end:mentions[index + 1].start] not in (", ", ","):
        return False
    after = text[mentions[index + 1].end:mentions[index + 1].end + 6]
    listed = after.startswith((", ", " and ", " or ")) and index + 2 < len(mentions)
    return listed and all(f.fclass != "A" for f in mentions[index + 1].features)


def _sentences(ws: list[Word], mentions: list[Mention]) -> tuple[list[int], dict[int, list[Mention]]]:
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


def _sentence_regions(numbers: list[int], groups: dict[int, list[Mention]]) -> list[frozenset[tuple[str, str]]]:
    """For each mention (its sentence number, and the mentions of each sentence: `_sentences`), the first-level
    regions named in its sentence."""
    named = {key: frozenset(focus_regions(group)) for key, group in groups.items()}
    return [named[n] for n in numbers]


def _sentence_countries(numbers: list[int], groups: dict[int, list[Mention]]) -> list[Counter[str]]:
    """For each mention (as for `_sentence_regions`), the countries its sentence's other names (their largest
    reading) are in."""
    named = {key: Counter(max(m.features, key=lambda f: f.population).cc for m in group
                          if m.features and name_key(m.text) not in SHARED_NAMES) for key, group in groups.items()}
    return [named[n] for n in numbers]


COUNTY_HOLDER = re.compile(rf"^ (?:{'|'.join(sorted(COUNTY_WORDS))}),? (?:(?:located|which is|that is) )?in (?:the )?"
                           r"(?:(?:US|U\.S\.) )?(?:state of )?$")


def _county_holder(text: str, mentions: list[Mention], index: int) -> tuple[Feature, ...]:
    """'Adams County located in Ohio', 'Lake County in Illinois': the region holding the county."""
    if index + 1 < len(mentions) and COUNTY_HOLDER.match(text[mentions[index].end:mentions[index + 1].start]):
        return tuple(f for f in mentions[index + 1].features if f.fclass == "A")
    return ()


LIST_ITEM_GAPS = (", ", " and ", ", and ", " or ", ", or ")


def _list_item(text: str, mentions: list[Mention], chosen: list[Feature | None], ctx: Context, index: int
               ) -> Feature | None:
    """A small town in a list of places ("Gundagai, Narrandera, Cootamundra and Tumut"), next to an item resolved to a town or
    region of one country, is a town of that country (any town of the gazetteer, as after a locative word); a name
    that is mostly a common word or a first name ("Hamilton") only next to a town, as a town of some size."""
    m = mentions[index]
    if ctx.glued_before or ctx.glued_after or ctx.title or m.text.isupper():
        return None
    least = MIN_BARE_TOWN if name_key(m.text) in stoplist() else MIN_LOCATIVE_TOWN
    for other in (index - 1, index + 1):
        if not 0 <= other < len(mentions) or chosen[other] is None:
            continue
        near = chosen[other]
        a, b = (mentions[other], m) if other < index else (m, mentions[other])
        if text[a.end:b.start] not in LIST_ITEM_GAPS or near.fclass not in ("P", "A") or near.fcode == "PCLI":
            continue
        if least > MIN_LOCATIVE_TOWN and near.fclass != "P":
            continue  # a common word or first name ("Hamilton") only among towns
        towns = [f for f in m.features if f.fclass == "P" and f.cc == near.cc and f.population >= least]
        if towns:
            return max(towns, key=lambda f: (f.how == "name", f.population))
    return None


def _named_again(m: Mention, ctx: Context, senses: dict[str, Feature]) -> Feature | None:
    """A town of several words the article places elsewhere ("at Glen Innes ... the Glen Innes herd") is that town
    again where it is named without a locative word: one sense per article. Not a one-word name (a person's surname
    repeated: "Harcourt said"), nor inside a longer name, a title, a stoplisted word or an acronym."""
    key = name_key(m.text)
    earlier = senses.get(key)
    if earlier is None or earlier.fclass != "P" or m.first == m.last or ctx.glued_before or ctx.title:
        return None
    if key in stoplist():
        return None
    if m.text.isupper() or (ctx.glued_after and ctx.next_word not in COUNTY_WORDS | REGION_WORDS):
        return None
    return next((f for f in m.features if f.fid == earlier.fid), None)


def _as_qualifier(m: Mention, chosen: Feature, town: Feature) -> Feature:
    """'Atlanta, Georgia': a name right after a town is the region or country holding it, when it can be."""
    if chosen.cc == town.cc or town.fclass != "P":
        return chosen
    holding = [f for f in m.features if f.fclass == "A" and f.cc == town.cc and f.fcode in ("ADM1", "ADM2", "PCLI")]
    return holding[0] if holding else chosen


def _region_suffix(text: str, ws: list[Word], m: Mention, f: Feature, gaz: Gazetteer,
                   regions: Counter[tuple[str, str]] | None = None,
                   qualifier: tuple[Feature, ...] = ()) -> tuple[int, int, Feature]:
    """'Kharkiv Oblast' is the region around Kharkiv; 'Houston region' (a metro area) and 'Dallas County' keep the town's
    point with the longer span, unless the town lies outside the region named after it ('Jackson County, Missouri') or
    the one region the article is about: then the county is taken to be in that region."""
    if m.last + 1 >= len(ws) or text[m.end:ws[m.last + 1].start] != " ":
        return m.start, m.end, f
    nxt = ws[m.last + 1]
    region = gaz.region(f.cc, f.admin1) if nxt.text in REGION_WORDS and f.fclass == "P" else None
    if region and (nxt.text.lower() != "region" or _named_after(region, m.text)):
        if not region.name:
            region = replace(region, name=text[m.start:nxt.end])
        return m.start, nxt.end, region
    if nxt.text in COUNTY_WORDS:
        home = _qualifying_region(qualifier, f) or (_home_region(regions, f, gaz) if f.fclass == "P" else None)
        return m.start, nxt.end, replace(home, geonameid=None, name=text[m.start:nxt.end], fcode="ADM2") if home else f
    if nxt.text in COUNTY_WORDS | REGION_WORDS | AREA_WORDS:
        return m.start, nxt.end, f
    return m.start, m.end, f


def _qualifying_region(qualifier: tuple[Feature, ...], town: Feature) -> Feature | None:
    """The first-level region named right after the county, when the place of the county's name is not in it."""
    for q in qualifier:
        if q.fcode == "ADM1":
            inside = q.cc == town.cc and (town.fclass != "P" or q.admin1 == town.admin1)
            return None if inside else q
    return None


def _home_region(regions: Counter[tuple[str, str]] | None, town: Feature, gaz: Gazetteer) -> Feature | None:
    """The region the article is about, when it names just one of its country's and the town lies elsewhere."""
    mine = [key for key in (regions or ()) if key[0] == town.cc]
    if len(mine) != 1 or mine[0] == (town.cc, town.admin1):
        return None
    return gaz.region(*mine[0])


def _named_after(region: Feature, town: str) -> bool:
    """A region named after its town (Kharkiv Oblast; or unnamed in the data): "the Kharkiv region" means it."""
    return not region.name or region.name.casefold().startswith(town.casefold())


def _direction(text: str, ws: list[Word], m: Mention, start: int) -> tuple[str | None, int]:
    """'eastern Ukraine' / 'Russia's east': the direction and the widened start."""
    if m.first > 0:
        prev = ws[m.first - 1]
        if prev.text.lower() in DIRECTIONS and text[prev.end:m.start] == " " and not prev.initial:
            return DIRECTIONS[prev.text.lower()], prev.start
    after = re.match(rf"['’]s ({_DIR})\b", text[m.end:m.end + 20])
    if after:
        return DIRECTIONS[after.group(1)], start
    return None, start


def _country_relative(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """'the country's east': the country named last before it (else the article's main country)."""
    out: list[Place] = []
    for match in COUNTRY_RELATIVE.finditer(text):
        before = [p for p in places if p.end <= match.start() and p.country_code and p.start > match.start() - 600]
        named = Counter(p.country_code for p in places if p.country_code) + focus
        cc = before[-1].country_code if before else (named.most_common(1)[0][0] if named else "")
        country = gaz.country(cc) if cc else None
        direction = DIRECTIONS[(match.group(1) or match.group(2)).lower()]
        if country is None:
            out.append(unresolved(match.start(), match.end(), match.group()))
        else:
            out.append(from_feature(match.start(), match.end(), match.group(), country, direction))
    return out
