"""Towns named like countries in local news: in news of Maine, "Waterville, China, Belgrade and Oakland" are four of
the state's towns, and "China" later in the article is still the town; once two country names read so, another
after a locative word is the region's town too ("a crew from X")."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Iterator

from .abbreviations import ABBREVIATED, state_abbreviation
from .context import NAMING_AFTER, called_country
from .focus import focus_countries, focus_regions
from .gazetteer import Feature
from .keys import name_key
from .mention import Mention
from .namesake import firm_country
from .qualify import LIST_ITEM_GAPS


def region_country_towns(text: str, mentions: list[Mention], focus: Counter[str]) -> list[Mention]:
    """Each mention of a country's name that is also a town of a first-level region the article names, listed next to
    a name (not a country's) that reads as a town of that region, or next to another such country's name, reads only
    as that town, when no other name of the article points to the country; when one does, only as the country,
    unless the article writes the name with the town's region or country ("LIBERIA, Costa Rica -") or calls it a town
    ("Liberia, the provincial capital,"): a luggage tag sent to Monrovia makes no country of the town."""
    if not any(_country_and_town(m) for m in mentions):
        return mentions  # the cheap test first: most articles' regions need not be worked out here
    regions = set(focus_regions(mentions, text, focus))
    towns = {i: town for i, m in enumerate(mentions) if (town := _region_town(m, regions))}
    qualified = _qualified_towns(text, mentions, towns) | _apposed_towns(text, mentions, towns, focus)
    found = _listed_towns(text, mentions, towns, qualified)
    countries = {key for key, town in found.items()
                 if key not in qualified and _country_named_otherwise(mentions, key, town)}
    found = {key: town for key, town in found.items() if key not in countries}
    if found:
        more = _more_of_the_region(text, mentions, towns, found, qualified.keys() - countries)
        found = _listed_towns(text, mentions, towns, found | more) if more else found
    written = _written_with_region(text, mentions, towns)  # "MEXICO, Mo. -": that town, whatever else the text says
    return [_read(text, m, found, countries, written.get(i)) for i, m in enumerate(mentions)]


def _read(text: str, m: Mention, found: dict[str, Feature], countries: set[str], written: Feature | None
          ) -> Mention:
    """The mention read as the town found for its name (as the country where the text calls it one: "the country of
    X"), else as the town it is written with the region or country of, else as the country only, else as it was."""
    key = name_key(m.text)
    if key in found:
        return _country_only(m) if called_country(text, m.start) else replace(m, features=(found[key],))
    if written is not None:
        return replace(m, features=(written,))
    return _country_only(m) if key in countries else m


def _listed_towns(text: str, mentions: list[Mention], towns: dict[int, Feature], found: dict[str, Feature]
                  ) -> dict[str, Feature]:
    """`found` and the country names listed with a town of their region or with a name already found."""
    found = dict(found)
    for order in (range(len(mentions)), range(len(mentions) - 1, -1, -1)):  # "Farmington, Poland, Oxford": a chain
        for i in order:
            key = name_key(mentions[i].text)
            if i in towns and key not in found and _listed_with_town(text, mentions, i, towns[i], found):
                found[key] = towns[i]
    return found


def _qualified_towns(text: str, mentions: list[Mention], towns: dict[int, Feature]) -> dict[str, Feature]:
    """Country names written with their town's region right after them ("PERU, Maine -"): that town."""
    return {name_key(mentions[i].text): town for i, town in _written_with_region(text, mentions, towns).items()}


# An apposition that says the name before it is a town's: "X, the cantonal capital," "X, a port town".
TOWN_APPOSITION = re.compile(r", (?:the|a) (?:[a-z\-]+ ){0,2}(?:capital|town|city|port|village)\b")


def _apposed_towns(text: str, mentions: list[Mention], towns: dict[int, Feature], focus: Counter[str]
                   ) -> dict[str, Feature]:
    """Country names an apposition calls a town ("Liberia, a cattle town of the province," in news of Guanacaste;
    "Cuba, a cork-growing town," in news firmly about Portugal): that town of the article's region, else the
    largest of the country the article is firmly about."""
    home = firm_country(focus)
    found = {}
    for i, m in enumerate(mentions):
        if not _country_and_town(m) or not TOWN_APPOSITION.match(text, m.end) or NAMING_AFTER.match(text, m.end):
            continue  # not "In Peru, the port of Iquitos": another place's name
        town = towns.get(i) or max((f for f in m.features if f.fclass == "P" and f.how == "name" and f.cc == home),
                                   key=lambda f: f.population, default=None)
        if town is not None:
            found[name_key(m.text)] = town
    return found


def _written_with_region(text: str, mentions: list[Mention], towns: dict[int, Feature]) -> dict[int, Feature]:
    """The mentions of a country's name written with their town's region right after them, by index: that town (the
    region by name, or by its news-agency abbreviation: "MEXICO, Mo. -"); so with the town's own country, when no
    list goes on after it ("LIBERIA, Costa Rica (Feb. 2) -", not "Liberia, Costa Rica and Panama")."""
    out = {}
    for i, town in towns.items():
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        abbreviated = state_abbreviation(text, mentions[i].end)
        if abbreviated and ABBREVIATED[abbreviated.group(1)] == (town.cc, town.admin1):
            out[i] = town
        elif after is not None and text[mentions[i].end:after.start] == ", " and any(
                f.fcode == "ADM1" and (f.cc, f.admin1) == (town.cc, town.admin1)
                or f.fcode == "PCLI" and f.cc == town.cc and not LIST_GOES_ON.match(text, after.end)
                for f in after.features):
            out[i] = town
    return out


# After a country's name, a list going on: "Liberia, Costa Rica and Panama" names three countries.
LIST_GOES_ON = re.compile(r",? (?:and|or|&) |, [A-Z]")


def _country_only(m: Mention) -> Mention:
    """A listed country's name that another name of the article points to ("Lima"): the country, not the region's
    town of that name a later list might make it."""
    return replace(m, features=tuple(f for f in m.features if f.fcode == "PCLI"))


# Towns of one region named like countries, read so from lists, that make the article's other country names that
# region's towns as well: settlers named whole districts so (Maine's Oxford County has a Norway, a Mexico, a Peru).
SAME_NAMING = 2
AFTER_LOCATIVE = re.compile(r"\b(?:in|at|from|near|outside|around|to|into) $")


def _more_of_the_region(text: str, mentions: list[Mention], towns: dict[int, Feature], found: dict[str, Feature],
                        qualified: set[str]) -> dict[str, Feature]:
    """The article's other country names after a locative word ("a team from X" in news of towns named Mexico and
    Peru) that are towns of the region where SAME_NAMING or more listed ones lie (one written with its region, "X,
    Maine", counts twice), unless another name points to that country."""
    weights = Counter((t.cc, t.admin1) for t in found.values())
    weights.update((t.cc, t.admin1) for key, t in found.items() if key in qualified)
    region, count = weights.most_common(1)[0]
    if count < SAME_NAMING:
        return {}
    more = {name_key(mentions[i].text): town for i, town in towns.items()
            if (town.cc, town.admin1) == region and _after_locative(text, mentions[i])
            and not _listed_with_country(text, mentions, i, region)}
    return {key: town for key, town in more.items()
            if key not in found and not _country_named_otherwise(mentions, key, town)}


def _after_locative(text: str, m: Mention) -> bool:
    """Whether a locative word ("in", "from", "to"...) comes right before the mention."""
    return bool(AFTER_LOCATIVE.search(text, max(0, m.start - 12), m.start))


def _listed_with_country(text: str, mentions: list[Mention], index: int, region: tuple[str, str]) -> bool:
    """Whether a list item next to the mention is a country with no town in the region ("sells potatoes to X and
    Egypt")."""
    return any(any(f.fcode == "PCLI" for f in n.features)
               and not any(f.fclass == "P" and (f.cc, f.admin1) == region for f in n.features)
               for n in _list_neighbours(text, mentions, index))


def _list_neighbours(text: str, mentions: list[Mention], index: int) -> Iterator[Mention]:
    """The mentions right before and after the mention that are items of one list with it ("X, Y and Z")."""
    for other in (index - 1, index + 1):
        if 0 <= other < len(mentions):
            a, b = sorted((mentions[other], mentions[index]), key=lambda m: m.start)
            if text[a.end:b.start] in LIST_ITEM_GAPS:
                yield mentions[other]


def _country_and_town(m: Mention) -> bool:
    """Whether the name reads as a country and, under its own name, as a town."""
    return any(f.fcode == "PCLI" for f in m.features) and any(f.fclass == "P" and f.how == "name" for f in m.features)


def _region_town(m: Mention, regions: set[tuple[str, str]]) -> Feature | None:
    """The largest town of a named region that a country's name also reads as."""
    if not _country_and_town(m):
        return None
    towns = [f for f in m.features if f.fclass == "P" and f.how == "name" and (f.cc, f.admin1) in regions]
    return max(towns, key=lambda f: f.population, default=None)


def _listed_with_town(text: str, mentions: list[Mention], index: int, town: Feature, found: dict[str, Feature]
                      ) -> bool:
    """Whether a list item next to the mention reads as a town of the town's region: a name no country has, or
    another country's name already read as such a town."""
    return any(name_key(n.text) in found
               or (not any(f.fcode == "PCLI" for f in n.features)
                   and any(f.fclass == "P" and (f.cc, f.admin1) == (town.cc, town.admin1) for f in n.features))
               for n in _list_neighbours(text, mentions, index))


GREAT_CITY = 1_000_000  # a city this big names its country as surely as its capital does


def _country_named_otherwise(mentions: list[Mention], key: str, town: Feature) -> bool:
    """Whether a name other than the country's own points to the country ("Peruvian"), or reads as its capital, one
    of its first-level regions or one of its cities of GREAT_CITY people ("Lima", though Ohio has a Lima too; "its
    factory in Monterrey")."""
    country = next(f.cc for m in mentions if name_key(m.text) == key for f in m.features if f.fcode == "PCLI")
    rest = [m for m in mentions if name_key(m.text) != key]
    if any(f.cc == country and f.how == "name" and (f.fcode in ("PPLC", "ADM1") or f.population >= GREAT_CITY)
           for m in rest for f in m.features):
        return True
    return focus_countries(rest, ()).get(country, 0) > 0
