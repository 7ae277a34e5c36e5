"""`find_places`: every place mention of a text, resolved with the article's context."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any, Sequence

from .kind_of import kind_of_names
from .keys import name_key
from .county_lists import county_lists, town_counties
from .county_again import counties_again
from .county_town import county_towns
from .country_towns import region_country_towns
from .councils import council_names
from .context import Context, called_country, context
from .dwellers import dweller_places
from .anchor import anchor, measured_places
from .border_side import this_side
from .focus import dateline_state, focus_countries, focus_regions
from .gazetteer import Feature, Gazetteer, load_gazetteer
from .home_region import home_regions
from .kindless import kindless_features
from .island_again import islands_again
from .river_again import bare_river_states, repeated_rivers, rivers_over_namesakes
from .longer_name import head_of_longer_name
from .listed_abroad import listed_abroad
from .list_region import listed_regions
from .town_on_river import towns_on_rivers
from .listed_subdivision import listed_subdivisions
from .natural import natural_features
from .unknown_rivers import unknown_rivers
from .abbreviations import standalone_abbreviations, state_abbreviations
from .accents import written_at_home
from .other_names import other_names
from .mentions import backed_demonym, COUNTY_WORDS, REGION_WORDS, Mention, Word, find_mentions, stoplist, words
from .named import Tagger, tagged_places
from .namesake_clause import inside, masked, namesake_clauses, namesakes_apart
from .other_one import other_ones
from .persons import people_dropped, person_names, without_people
from .place import Place, from_feature
from .prior import FOREIGN_BARE_TOWN, MIN_BARE_TOWN, MIN_LOCATIVE_TOWN
from .qualify import (COUNTY_GAP, LIST_ITEM_GAPS, as_qualifier, county_holder, demonym_owner, holding_region, owned,
                      possessor, qualifier_of, region_owner, town_follows, foreign_qualified)
from .resolve import best, same_sense, without_persons
from .region_town import region_of_town
from .river_town import river_or_town
from .sentence import (anchor_country, called_village, foreign_village, other_countries, sentence_codes, sentence_focus,
                       sentence_regions, sentence_town, sentences, stranger)
from .span import country_relative, direction_of, region_suffix
from .shared_names import SHARED_NAMES, shared_choice, shared_names
from .spelling import respelt
from .stated_size import stated_sizes
from .town_support import PERSON_VERBS, PLACE_VERBS
from .subdivision_places import (county_points, framed_towns, home_namesakes, listed_county_towns, named_regions,
                                 owned_points, owner_regions, subdivision_places)
from .stop_town import sentence_countries, stoplisted_town
from .unknown import appositive_places, listed_places, located_places, unknown_areas
from .unknown_again import regions_again, unknowns_again
from .unknown_border import border_places
from .shaped import shaped_unknowns
from .unknown_in import inside_unknowns, foreign_namesakes, near_places
from .unknown_sites import repeated_sites, site_unknowns
from .nearer_namesake import nearer_namesakes
from .namesake import firm_country
from .county_choice import article_counties
from .local_namesake import local_namesakes
from .unknown_owned import island_towns, owned_parts
from .list_neighbours import listed_town, listed_with
from .listed_namesake import area_namesakes, listed_namesakes
from .part_namesake import part_namesakes
from .list_edges import list_edges
from .unknown_route import dateline_unknown, route_unknowns
from .unknown_near import list_unknowns, located_unknowns, owned_unknowns, qualified_unknowns, repeated_unknowns


def find_places(text: str, *, doc: Any = None, context_countries: Sequence[str] = (),
                gazetteer: Gazetteer | None = None, tagger: Tagger | None = None) -> tuple[Place, ...]:
    """Every place mention of the text, in order; unresolved mentions have geonameid None and resolution "unresolved"
    (an unknown place inside a known town, county or region has no geonameid but that holder's point and resolution).

    `doc` (a tokenized spaCy Doc of the same text) is accepted for the pipeline's convenience; detection works on
    the text itself, so passing it or not gives the same places. `tagger` (`nlp.entity_tagger`): the model's entity
    recogniser, for places the gazetteer lacks (`named.py`); the pipeline and both CLI commands pass it.
    """
    gaz = gazetteer or load_gazetteer()
    clauses = namesake_clauses(text)
    found = _find_places(text, context_countries, gaz, tagger)
    if not clauses:
        return other_ones(text, found, gaz)
    # "Faizabad, which shares its name with a city in India": the namesake's places are no context for Faizabad.
    apart = _find_places(masked(text, clauses), context_countries, gaz, tagger)
    starts = {p.start for p in apart}
    merged = [p for p in found if inside(p.start, clauses) or p.start not in starts] + list(apart)
    return other_ones(text, namesakes_apart(text, clauses, sorted(merged, key=lambda p: (p.start, p.end)), gaz), gaz)


def _find_places(text: str, context_countries: Sequence[str], gaz: Gazetteer, tagger: Tagger | None
                 ) -> tuple[Place, ...]:
    ws = words(text)
    mentions = [m for m in shared_names(text, ws, find_mentions(text, ws, gaz), gaz) if not backed_demonym(text, m)]
    mentions = [m for m in mentions if not head_of_longer_name(text, m, gaz)]  # "Laguna de Perlas", "the Ishim river"
    mentions = river_or_town(text, mentions, gaz)  # "down the Dnipro" is the river, "in Dnipro" the city
    people = person_names(text, ws, gaz)  # "Andrew Lopez ... convict Lopez"
    mentions = without_people(text, ws, without_persons(text, ws, mentions), people, gaz)  # and "Virginia Bates"
    state = dateline_state(text)  # "LONDON, Ont. (CP) -": Canada, as a context country
    focus = focus_countries(mentions, tuple(context_countries) + ((state[0],) if state else ()))
    mentions = written_at_home(mentions, focus)  # 'Milán' in news of Colombia: its town, not Milan
    mentions = home_namesakes(text, home_regions(mentions, focus, gaz), focus, gaz)
    mentions = region_country_towns(text, mentions, focus)  # "Waterville, China and Belgrade" in news of Maine
    mentions = kind_of_names(text, mentions, focus, gaz)  # "the province of Luxembourg" in news of Belgium
    places = _resolve_all(text, ws, mentions, focus, gaz)
    places += country_relative(text, places, focus, gaz)
    places += listed_places(text, places, focus, gaz)
    places += unknown_areas(text, places, focus, gaz)
    places += appositive_places(text, places, focus, gaz)
    places += located_places(text, places, focus, gaz)
    places += near_places(text, places, focus, gaz)
    places += inside_unknowns(text, places, focus, gaz)
    places += foreign_namesakes(text, places, focus, gaz)
    places += shaped_unknowns(text, places, focus, gaz)
    places += dweller_places(text, places, focus, gaz)
    places = natural_features(text, places, focus, gaz)
    places += border_places(text, places, focus, gaz)
    places += site_unknowns(text, places, focus, gaz)
    places += measured_places(text, places, gaz)
    places += qualified_unknowns(text, places, gaz)
    places += located_unknowns(text, places, gaz)
    places += owned_unknowns(text, places, gaz)
    places += owned_parts(text, places, gaz)
    places += island_towns(text, places)
    places += list_unknowns(text, places, gaz)
    places += list_edges(text, places, gaz)
    places += dateline_unknown(text, places, gaz) + route_unknowns(text, places, focus, gaz)
    places += other_names(text, places, focus, gaz)
    places += repeated_rivers(text, places)  # "the River Moy ... along the Moy"
    places = kindless_features(text, places, focus, gaz)  # "around Newcastle and the Hunter"
    places += repeated_rivers(text, places)  # "along the Ruzizi, which burst ... across the Ruzizi"
    places += unknown_rivers(text, places, focus, gaz)  # "the X flows into", "down the X"
    places = bare_river_states(text, places, gaz)  # "villages in Blue Nile": the state
    places = rivers_over_namesakes(text, places)  # "down the Madeira ... to dredge the Madeira"
    places = islands_again(text, places)  # "ferries to Fogo Island ... shops on Fogo"
    places = foreign_qualified(text, state_abbreviations(text, places, gaz), gaz)  # 'Salem, Ore.', 'Sultanabad, Pakistan'
    places += standalone_abbreviations(text, places, gaz)  # "fires in B.C."
    places += tagged_places(text, ws, places, focus, gaz, tagger, people)  # "clashes in Nadome": a GPE
    places += repeated_unknowns(text, places)
    places += repeated_sites(text, places)
    places = part_namesakes(text, places, focus, gaz)  # "the Brooklyn neighbourhood" of Port-au-Prince
    places = owned_points(text, named_regions(places + subdivision_places(text, places, focus, gaz), focus, gaz))
    places = regions_again(text, places, gaz)  # "the province of X ... \"X has weathered worse\""
    places = listed_county_towns(text, places, focus, gaz)  # "in X and Y", Y a parish: X the parish, not a town
    places = framed_towns(text, places, gaz)  # "the state of X": the state, though its capital has the name
    places = listed_regions(text, respelt(text, places, gaz), gaz)  # "São Sebastião and Ubatuba": one region
    places = listed_subdivisions(text, places, gaz)  # "Cagayan and Isabela": two provinces
    places = towns_on_rivers(text, places, gaz)  # "Concepcion, on the Paraguay River": Paraguay's
    places = county_lists(text, places, gaz)  # "Middlesex, Elgin and Oxford counties": before nearer namesakes
    places = local_namesakes(text, nearer_namesakes(text, places, gaz), gaz)  # "near Jackson" in news of Hazard
    places = area_namesakes(text, listed_namesakes(text, places, gaz), gaz)
    places = article_counties(text, county_points(text, places, gaz), gaz)  # "Carbon County" of the article's state
    places = county_towns(text, town_counties(text, places, gaz), gaz)  # "Tupelo, in Lee County"; "Lebanon, in ..."
    places = counties_again(places)  # "Kosciusko County ... Kosciusko, home to egg farms"
    places = people_dropped(text, ws, places, people, gaz)  # "directed at Palin"
    places = council_names(text, places)  # "Cumbria County Council said"
    places = unknowns_again(places)  # "X, a hamlet on the capital's edge ... the pastor of X"
    return tuple(sorted(anchor(text, places, gaz), key=lambda p: (p.start, p.end)))


# ", the provincial capital": an apposition that makes a name its town's.
CAPITAL_AFTER = re.compile(r", (?:the|a) (?:[a-z]+ )?capital\b")
# ", a junior who ...": an apposition with "who" after a name makes it a person's.
PERSON_APPOSITIVE = re.compile(r", (?:a|an) [a-z\-]+(?: [a-z\-]+)? who\b")

# Features whose point says where the article is (not a country's or first-level region's centre).
LOCAL = frozenset({"PPL", "PPLC", "STM", "LK", "ADM2", "ISL", "MT"})


def _resolve_all(text: str, ws: list[Word], mentions: list[Mention], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    out: list[Place] = []
    previous: tuple[int, Feature] | None = None
    regions = focus_regions(mentions, text, focus)
    named = frozenset(regions)
    senses: dict[str, Feature] = {}
    datelined: set[str] = set()  # the names of the dateline's town
    home: tuple[str, str] | None = None  # the dateline town's first-level region
    counties: dict[str, Feature] = {}
    chosen: list[Feature | None] = []
    points: dict[tuple[float, float], None] = {}  # where the towns and features resolved so far lie (each once)
    contexts: list[Context] = []
    numbered = sentences(ws, mentions)
    near = sentence_regions(*numbered)
    near_countries = _sentence_countries(*numbered)
    named_in = sentence_focus(text, *numbered)
    codes_in = sentence_codes(mentions, *numbered)
    resolved_in: dict[int, set[str]] = {}  # the countries of the names resolved so far in each sentence
    sizes = stated_sizes(text, mentions)
    owns: dict[tuple[str, int], Counter[str]] = {}
    said = Counter(m.text for m in mentions)
    for index, m in enumerate(mentions):
        owner = possessor(text, mentions, index) or demonym_owner(text, mentions, index)
        if owner is not None:  # "Russia's Crimea", "China's Hong Kong" stay what they are
            m = replace(m, features=owned(m.features + owner_regions(m.text, m.features, owner, gaz), owner,
                                          region_owner(text, mentions, index)))
            if not m.features:  # "Somalia's X region": not a town X abroad; maybe a place the gazetteer lacks
                chosen.append(None)
                contexts.append(context(text, ws, m, (), named))
                continue
            mentions[index] = m
        own = _own_countries(m, owns, said[m.text])  # the countries the mention's own name points to, worked out once a name
        ctx = context(text, ws, m, qualifier_of(text, ws, mentions, index, gaz), named, near_regions=near[index],
                      near_countries=other_countries(own, named_in[index])
                      | resolved_in.get(numbered[0][index], set()) | anchor_country(text, mentions, index),
                      sentence_codes=codes_in[index],
                      listed_with=listed_with(text, mentions, index, chosen),
                      listed_town=listed_town(text, mentions, index, chosen), earlier_points=tuple(points))
        if ctx.comma_name and not ctx.qualifier and town_follows(text, mentions, index):
            ctx = replace(ctx, comma_name=False)  # "Athens, Lima and Paris": a list of towns, not a qualified one
        if name_key(m.text) in sizes and not ctx.qualifier:
            ctx = replace(ctx, stated_people=sizes[name_key(m.text)])  # "X, a city of some 40,000"
        ctx = replace(ctx, dateline_region=home)
        contexts.append(ctx)
        earlier = senses.get(name_key(m.text))
        sided = this_side(text, mentions, index)  # "Encarnación, on the border with Argentina": not Argentina's
        if earlier is None or any(f.fid == earlier.fid for f in sided.features):
            m = sided
        feature = best(m, focus, ctx, earlier, own)
        moved = sentence_town(m, feature, ctx)
        if _firm_home_kept(m, feature, moved, focus, numbered[1][numbered[0][index]]):
            moved = feature
        moved = moved or holding_region(text, mentions, index, previous)
        if not _same_sense_kept(feature, moved, earlier, numbered[1][numbered[0][index]]):
            feature = moved
        if (feature is not None and owner is None and _dateline_town_again(m, feature, ctx, senses, datelined)
                and not called_country(text, m.start)):  # not "the country of X"
            feature = senses[name_key(m.text)]  # "MEXICO, Mo. (AP) - ... north of Mexico": the dateline's town
        if feature is not None and (stranger(m, feature, ctx, focus, near_countries[index], own,
                                             numbered[1][numbered[0][index]])
                                    or listed_abroad(text, ws, m, feature, focus, own)):
            feature = None  # maybe a place the gazetteer lacks: `unknown_areas` may still report it
        if feature is not None:
            feature = shared_choice(m, feature, focus, near_countries[index])
            gap = text[mentions[previous[0]].end:m.start] if previous else ""
            # "Atlanta, Georgia"; "Clark County, Washington"
            if previous and gap.endswith((",", ", ")) and COUNTY_GAP.sub("", gap, count=1) in (", ", ","):
                feature = as_qualifier(m, feature, previous[1], county=gap not in (", ", ","))
            previous = (index, feature)
            if _new_sense(m, feature, ctx, senses, datelined):
                senses[name_key(m.text)] = feature
            if ctx.dateline:
                datelined.add(name_key(m.text))
                home = (feature.cc, feature.admin1) if feature.fclass == "P" else home
            if feature.cc:
                resolved_in.setdefault(numbered[0][index], set()).add(feature.cc)
            region = region_of_town(m, feature, gaz)
            named = named | {region} if region else named  # "officials in Chihuahua": the state named too
        chosen.append(feature)
        if feature is not None and feature.fcode in LOCAL:
            points[(feature.lat, feature.lon)] = None
    _requalified_datelines(mentions, chosen, contexts, senses)
    resolved = Counter((n.text, f.cc) for f, n in zip(chosen, mentions) if f is not None and f.cc)
    for index, m in enumerate(mentions):
        least = _least_others(text, m, chosen[index], contexts[index])
        most = VILLAGE_COUNTRIES if least == VILLAGE_OTHERS else 1
        if least and foreign_village(m, chosen[index], _countries_of_others(m, resolved), least, most):
            if senses.get(name_key(m.text)) == chosen[index]:
                del senses[name_key(m.text)]  # not that town named again either (`_named_again`)
            chosen[index] = None  # "the village of X", or a bare small town, in news of one other country
    unlisted = [feature is None for feature in chosen]
    _list_items(text, mentions, chosen, contexts)
    _listed_senses(mentions, chosen, contexts, [was and f is not None for was, f in zip(unlisted, chosen)], focus)
    for index, m in enumerate(mentions):
        if chosen[index] is None:
            chosen[index] = _named_again(text, m, contexts[index], senses, datelined)
    _list_items(text, mentions, chosen, contexts)  # "serves Farmington, Poland": Farmington named again
    for index, m in enumerate(mentions):
        if chosen[index] is None:
            chosen[index] = stoplisted_town(m, contexts[index], sentence_countries(numbered[0], chosen, index),
                                            senses.get(name_key(m.text)))
    for index, m in enumerate(mentions):
        feature = chosen[index]
        if feature is None:
            continue
        qualifier = contexts[index].qualifier or county_holder(text, mentions, index)
        start, end, feature = region_suffix(text, ws, m, feature, gaz, regions, qualifier)
        if end > m.end:  # a county or region named again: as the first time ("Lee County, Iowa ... Lee County")
            feature = counties.get(name_key(text[start:end]), feature) if not qualifier else feature
            counties.setdefault(name_key(text[start:end]), feature)
        direction, start = direction_of(text, ws, m, start)
        out.append(from_feature(start, end, text[start:end], feature, direction))
    return out


def _requalified_datelines(mentions: list[Mention], chosen: list[Feature | None], contexts: list[Context],
                           senses: dict[str, Feature]) -> None:
    """'LUANDA - ... stalls at the market of Luanda, in Vihiga': a dateline's town that its section then qualifies as
    another namesake is that namesake, and so is the name, unqualified, until the next dateline (in place)."""
    for i, ctx in enumerate(contexts):
        if not ctx.dateline or chosen[i] is None or ctx.qualifier or ctx.comma_name:
            continue  # not "CAIRO, Ill. - ... named after Cairo, Egypt"
        key, was = name_key(mentions[i].text), chosen[i]
        end = next((j for j in range(i + 1, len(mentions)) if contexts[j].dateline), len(mentions))
        same = [j for j in range(i + 1, end) if name_key(mentions[j].text) == key and chosen[j] is not None]
        qualified = next((chosen[j] for j in same if contexts[j].qualifier and chosen[j].fid != was.fid), None)
        if qualified is None:
            continue
        for j in [i] + same:
            if chosen[j].fid == was.fid and (j == i or not contexts[j].qualifier):
                chosen[j] = qualified
        if senses.get(key) is was:
            senses[key] = qualified


def _own_countries(m: Mention, owns: dict[tuple[str, int], Counter[str]], times: int) -> Counter[str]:
    """`focus_countries` of the mention's name, each of the `times` the article says it, worked out once for each name
    and reading (the readings of a name are one tuple, the gazetteer's, unless a possessor narrowed them; the caller
    keeps them alive): a name said again is no more evidence for itself."""
    key = (m.text, id(m.features))
    if key not in owns:
        owns[key] = Counter({code: count * times for code, count in focus_countries([m], ()).items()})
    return owns[key]


def _sentence_countries(numbers: list[int], groups: dict[int, list[Mention]]) -> list[Counter[str]]:
    """For each mention (as for `sentence_regions`), the countries its sentence's other names (their largest
    reading) are in; not a river's (the country of its mouth: "the Zambezi at Kariba" is no evidence for Mozambique)."""
    largest = {id(m): max(m.features, key=lambda f: f.population) for group in groups.values() for m in group
               if m.features}
    named = {key: Counter(largest[id(m)].cc for m in group if m.features and name_key(m.text) not in SHARED_NAMES
                          and largest[id(m)].fcode != "STM") for key, group in groups.items()}
    return [named[n] for n in numbers]


def _firm_home_kept(m: Mention, feature: Feature | None, moved: Feature | None, focus: Counter[str],
                    sentence: list[Mention]) -> bool:
    """A town of the country the article is firmly about stays, though the other names of its sentence are of another
    country only, when they are small towns there (by their own name under MIN_BARE_TOWN people; no country, region or
    capital): "melon growers near Santa Cruz and by Junction" in news of Jamaica (a Texas village's name is no
    evidence the sentence left Jamaica)."""
    if feature is None or moved is None or moved.cc == feature.cc or feature.cc != firm_country(focus):
        return False
    return not any(f.cc == moved.cc and (f.fclass != "P" or f.fcode == "PPLC"
                                         or (f.how == "name" and f.population >= MIN_BARE_TOWN))
                   for o in sentence if o is not m for f in o.features)


def _same_sense_kept(feature: Feature | None, moved: Feature | None, earlier: Feature | None,
                     sentence: list[Mention]) -> bool:
    """A town named again keeps the sense it was first resolved to, though the other names of its sentence are of
    another country ("In Windsor ... across to Detroit" in news of Ontario), unless the sentence names that country
    or one of its regions ("In Paraguay, the river rose at Concepción" after Chile's)."""
    if earlier is None or feature is None or moved is None or feature.fid != earlier.fid or moved.cc == feature.cc:
        return False
    return not any(f.cc == moved.cc and f.fcode in ("PCLI", "ADM1") for n in sentence for f in n.features)


# How many of the article's other names, all in one country, make a town abroad of this name no town of the story
# (`foreign_village`): said to be a village ("the village of X"), or named bare ("food in X", news of New Zealand).
VILLAGE_OTHERS = 3
VILLAGE_COUNTRIES = 2  # the countries those names may point to for a village; a bare town's are all in one
BARE_TOWN_OTHERS = 5


def _least_others(text: str, m: Mention, f: Feature | None, ctx: Context) -> int:
    """VILLAGE_OTHERS for "the village of X"; BARE_TOWN_OTHERS for a one-word town of under FOREIGN_BARE_TOWN people,
    unqualified, not a capital; else 0 (the test does not apply)."""
    if f is None:
        return 0
    if called_village(text, m, ctx):
        return VILLAGE_OTHERS
    small = f.fclass == "P" and f.fcode != "PPLC" and f.population < FOREIGN_BARE_TOWN
    return BARE_TOWN_OTHERS if small and m.first == m.last and not ctx.qualifier else 0


def _countries_of_others(m: Mention, resolved: Counter[tuple[str, str]]) -> Counter[str]:
    """How many of the article's names other than the mention's were resolved to each country (`resolved`: by name
    and country)."""
    others: Counter[str] = Counter()
    for (name, cc), count in resolved.items():
        if name != m.text:
            others[cc] += count
    return others


def _list_items(text: str, mentions: list[Mention], chosen: list[Feature | None], contexts: list[Context]) -> None:
    """Each list item not yet resolved next to one that is (`_list_item`), forward then backward, in place."""
    for order in (range(len(mentions)), range(len(mentions) - 1, -1, -1)):
        for index in order:
            if chosen[index] is None:
                chosen[index] = _list_item(text, mentions, chosen, contexts[index], index)


def _listed_senses(mentions: list[Mention], chosen: list[Feature | None], contexts: list[Context],
                   listed: list[bool], focus: Counter[str]) -> None:
    """A town first resolved as a list item (`_list_items`: "around Cromwell, Alexandra and Roxburgh") is the sense of
    its name for the rest of the article, as one resolved on its own is (`best`'s `earlier`): a later "near X" read as
    a bigger namesake in a country the article names less takes the listed town, in place."""
    first: dict[str, Feature | None] = {}  # each name's first town, if listed
    for index, m in enumerate(mentions):
        feature, key = chosen[index], name_key(m.text)
        if feature is None or feature.fclass != "P":
            continue
        if key not in first:
            first[key] = feature if listed[index] else None
            continue
        earlier = first[key]
        if earlier is None:
            continue
        if (earlier.fid != feature.fid and focus.get(feature.cc, 0) < focus.get(earlier.cc, 0)
                and same_sense(m, contexts[index], earlier)):
            chosen[index] = next(f for f in m.features if f.fid == earlier.fid)


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
        if towns:  # the article's regions first: "Tennessee ... Memphis, Jackson and Nashville"
            return max(towns, key=lambda f: (f.how == "name", (f.cc, f.admin1) in ctx.regions, f.population))
    return None


def _new_sense(m: Mention, feature: Feature, ctx: Context, senses: dict[str, Feature], datelined: set[str]) -> bool:
    """Whether the mention's reading becomes the sense of its name for the rest of the article: not when the name is
    the dateline's town, nor when a qualifier reads it as another place than before ("X ... no relation to the X in
    Y ... roads from X"): the earlier sense stays."""
    key = name_key(m.text)
    if ctx.dateline or key not in senses:
        return True
    return key not in datelined and not (ctx.qualifier and senses[key].fid != feature.fid)


def _dateline_town_again(m: Mention, feature: Feature, ctx: Context, senses: dict[str, Feature],
                         datelined: set[str]) -> bool:
    """The dateline's town named again is that town, not a country ("MEXICO, Mo. ... north of Mexico") nor a town
    or a region of another country ("ATHENS, Ga. ... the mayor of Athens", in a sentence naming Greece), unless a
    qualifier or a kind word ("the state of Sonora", "Sonora state") says otherwise."""
    key = name_key(m.text)
    if key not in datelined or senses[key].cc == feature.cc:
        return False
    if feature.fcode == "PCLI":
        return True
    said_region = ctx.kind_before or ctx.next_word in REGION_WORDS | COUNTY_WORDS
    return senses[key].fclass == "P" and not ctx.qualifier and (feature.fclass == "P" or not said_region)


def _named_again(text: str, m: Mention, ctx: Context, senses: dict[str, Feature], datelined: set[str]
                 ) -> Feature | None:
    """A town of several words the article places elsewhere ("at Glen Innes ... the Glen Innes herd"), or the town of
    the dateline ("LISMORE, Australia - ... swept through Lismore"), is that town again where it is named without a
    locative word: one sense per article; so is a one-word name ("mines in Orapa ... Orapa produces", "in Kilkee ...
    Kilkee is a quiet town"), unless what follows it is what a person does (a surname repeated: "Harcourt said",
    "Brooks, a junior who"; "has", "had" and "is" follow a town as often; "and" after a comma opens a clause); not
    inside a longer name, a title, a stoplisted word (but the dateline's town after a locative word) or an acronym."""
    key = name_key(m.text)
    earlier = senses.get(key)
    clause = ctx.next_word == "and" and text.startswith(",", m.end)  # "facing X, and asked": a clause, not a pair
    person = (m.first == m.last and key not in datelined and not ctx.stated_people and not clause
              and (ctx.next_word in PERSON_VERBS - PLACE_VERBS or bool(PERSON_APPOSITIVE.match(text, m.end))))
    if earlier is None or earlier.fclass != "P" or person or ctx.glued_before or ctx.title:
        return None
    if key in stoplist() and not (key in datelined and (ctx.locative or CAPITAL_AFTER.match(text, m.end)
                                                         or text.startswith(("'s ", "’s "), m.end))):
        return None  # "NELSON, New Zealand - ... south of Nelson"; "VICTORIA - ... Victoria, the provincial capital,"
        # "HAMILTON, Ont. - ... review Hamilton's request"
    if m.text.isupper() or (ctx.glued_after and ctx.next_word not in COUNTY_WORDS | REGION_WORDS):
        return None
    return next((f for f in m.features if f.fid == earlier.fid), None)
