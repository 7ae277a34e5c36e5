"""The article's countries and first-level regions, from the names it uses: the context that chooses between
namesakes."""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from .keys import name_key
from .context import DIRECTION_WORDS, kind_of_before
from .memo import by_readings
from .mentions import REGION_WORDS, Mention, stoplist
from .abbreviations import ABBREVIATED, AU_STATES
from .prior import BASE, MIN_BARE_TOWN, town_score


def focus_countries(mentions: list[Mention], given: tuple[str, ...]) -> Counter[str]:
    """How often each country is named (by name, alias or demonym); given context countries count double; a single
    word known only as other spellings of towns counts half."""
    counts: Counter[str] = Counter()
    for m in mentions:
        code, weight = _points_to(m)
        if code:
            counts[code] += weight
    for code in given:
        counts[code.upper()[:2] if len(code) == 2 else code.upper()] += 2
    return counts


def minus(counts: Counter[str], less: Counter[str]) -> Counter[str]:
    """`counts - less` for counts above zero (what is left above zero, in the order of `counts`), without the Counter
    operator's cost: it is asked once for every mention, and `less` (one name's countries) is short."""
    out = Counter(counts)
    for key, count in less.items():
        if key in out:
            if out[key] > count:
                out[key] -= count
            else:
                del out[key]
    return out


@by_readings
def _points_to(m: Mention) -> tuple[str | None, float]:
    """The country a mention counts for in `focus_countries` and by how much; (None, 0) when it counts for none."""
    country = next((f.cc for f in m.features if f.fcode == "PCLI"), None)
    country = country or _one_region_country(m)
    if _country_or_foreign_region(m):
        return None, 0  # "Georgia": the country or a US state; other names must tell which
    if name_key(m.text) in stoplist() and not any(f.fcode == "PCLI" for f in m.features):
        return None, 0  # "Victoria": more often a person than the Australian state
    if country:
        return country, 1
    if len(codes := {f.cc for f in m.features}) == 1 and "" not in codes and _town_evidence(m):
        return codes.pop(), ALT_WEIGHT if _alt_only(m) else 1  # not "North Sea": a sea as well as a town of New York
    area = _area_reading(m)
    return (area, 1) if area else (None, 0)


def _one_region_country(m: Mention) -> str | None:
    """The country of a first-level region's name, unless regions of several countries share it ("Punjab" of India
    and Pakistan: the article's other names tell which)."""
    countries = {f.cc for f in m.features if f.fcode == "ADM1"}
    if any(f.fcode == "ADM2" and f.how == "name" and f.cc not in countries for f in m.features):
        return None  # also a county or province of another country ("Limburg" of Belgium and the Netherlands)
    return countries.pop() if len(countries) == 1 else None


def _area_reading(m: Mention) -> str | None:
    """The country of a name read first as an area (a county, island or region) of one country only ("Lincolnshire",
    not the small American town of that name), unless it is also a sizeable town elsewhere."""
    areas = {f.cc for f in m.features if f.fclass != "P"}
    top = max(m.features, key=lambda f: (BASE.get(f.fcode) or town_score(f), -f.fid))
    if top.fclass == "P" or len(areas) != 1 or name_key(m.text) in stoplist():
        return None  # a town first, areas of several countries ("Punjab"), or a common word
    if any(f.fclass == "P" and f.cc != top.cc and f.population >= MIN_BARE_TOWN for f in m.features):
        return None  # also a sizeable town elsewhere ("Durham"): the other names must tell which
    return top.cc or None


def _country_or_foreign_region(m: Mention) -> bool:
    """A name both a country's and another country's first-level region (Georgia), or several countries' name or
    demonym ("Korean"), sets no article country."""
    countries = {f.cc for f in m.features if f.fcode == "PCLI" and f.how == "name"}
    if len({f.cc for f in m.features if f.fcode == "PCLI"}) > 1:
        return True  # a name or demonym several countries share ("Congolese")
    return bool(countries) and any(f.fcode == "ADM1" and f.how == "name" and f.cc not in countries for f in m.features)


ALT_WEIGHT = 0.5


def _alt_only(m: Mention) -> bool:
    """A single word known only as other spellings of towns ("Rostov" for Rostov-on-Don, but also "Acropolis" for a
    town named after one): half the evidence of a town's own name."""
    return m.first == m.last and all(f.how == "alt" for f in m.features)


def _town_evidence(m: Mention) -> bool:
    """A name known only as towns of one country counts for it when it is unlikely to be a person's name: several
    words, or a town of some size ("Fitzgerald" and "Lakes" are small towns and common names)."""
    return m.first != m.last or max(f.population for f in m.features) >= MIN_BARE_TOWN


# A first-level region named like a city of this many people of its own country is named for the city as often.
CITY_REGION = 1_000_000


def _city_too(m: Mention) -> bool:
    """The name is a region's and a city's of CITY_REGION people in the same country ("New York", "Rio de Janeiro")."""
    regions = {f.cc for f in m.features if f.fcode == "ADM1"}
    return any(f.fclass == "P" and f.how != "demonym" and f.population >= CITY_REGION and f.cc in regions
               for f in m.features)


def focus_regions(mentions: list[Mention], text: str = "", focus: Counter[str] | None = None
                  ) -> Counter[tuple[str, str]]:
    """First-level regions the article names ("Indiana", "Queensland"): (country, admin1) with how often. A name that is
    also a country ("Georgia"), a capital ("Washington") or a city of CITY_REGION people of its country ("New York": the
    city more often than the state) is left out, and so is a stoplisted name ("Victoria"), unless the text says it is
    a region ("the state of Victoria"; a compass word before a name no country has: "western Victoria")."""
    counts: Counter[tuple[str, str]] = Counter()
    for m in mentions:
        facts = _region_facts(m)
        if text and (kind_of_before(text, m.start) or (not facts.countries and _direction_before(text, m.start))):
            pass  # "the state of Victoria", "the state of Washington", "eastern Washington"
        elif _region_not_country(m, focus or Counter()):
            pass  # Georgia in an article about the US
        elif facts.not_region:
            continue  # nor a name that is also a capital ("Washington") or a great city ("New York")
        regions = facts.regions or _named_for_town(m, text, focus or Counter())
        if len(regions) == 1:
            counts[next(iter(regions))] += 1
    state = dateline_state(text)
    if state:  # "ASHEVILLE, N.C. (AP) -": the article is about North Carolina
        counts[state] += 1
    return counts


def _direction_before(text: str, start: int) -> bool:
    """A compass word right before offset `start` ("western Victoria")."""
    words = text[max(0, start - 20):start].split()
    return bool(words) and text[start - 1:start] == " " and words[-1].lower() in DIRECTION_WORDS


def dateline_state(text: str) -> tuple[str, str] | None:
    """The (country, first-level region) of a dateline's state or province abbreviation ("LONDON, Ont. (CP) -":
    Ontario, Canada), if any."""
    dateline = DATELINE_STATE.match(text)
    return ABBREVIATED[dateline.group(1) or dateline.group(2)] if dateline else None


# A US, Canadian or Australian news agency's dateline: the town in capitals, then its region's abbreviation.
DATELINE_STATE = re.compile(r"\s*[A-Z][A-Z.'\- ]+, (" + "|".join(re.escape(k) for k in ABBREVIATED if k not in AU_STATES)
                            + r")\.[\s(]|\s*[A-Z][A-Z.'\- ]+, (" + "|".join(map(re.escape, AU_STATES)) + r")\.? [(\-–—]")


class _RegionFacts(NamedTuple):
    not_region: bool  # also a country's or capital's name, a stoplisted name or a great city's (`focus_regions`)
    regions: frozenset[tuple[str, str]]  # the first-level regions of its readings
    countries: frozenset[str]  # the countries it names
    holders: frozenset[str]  # the other countries that have a first-level region of that name


@by_readings
def _region_facts(m: Mention) -> _RegionFacts:
    countries = frozenset(f.cc for f in m.features if f.fcode == "PCLI")
    return _RegionFacts(
        any(f.fcode in ("PCLI", "PPLC") for f in m.features) or name_key(m.text) in stoplist() or _city_too(m),
        frozenset((f.cc, f.admin1) for f in m.features if f.fcode == "ADM1" and f.admin1), countries,
        frozenset(f.cc for f in m.features if f.fcode == "ADM1" and f.how == "name") - countries)


def _region_not_country(m: Mention, focus: Counter[str]) -> bool:
    """A name both a country's and a first-level region's of another country ("Georgia") is the region in an article
    whose other names point to the region's country and never to the country of the name."""
    facts = _region_facts(m)
    countries, holders = facts.countries, facts.holders
    return (len(countries) == 1 and len(holders) == 1 and focus.get(next(iter(holders)), 0) > 0
            and not any(focus.get(cc, 0) for cc in countries))


# A region's kind word after a town's name: "Santa Fe province" is the region of the town of Santa Fe.
REGION_AFTER = re.compile(rf" (?:{'|'.join(sorted(REGION_WORDS))})\b")


# "the northern state of ", "the Mexican state of ", "the province of ": a region's kind word after "the" (not "the
# Department of Justice").
THE_KIND_OF = re.compile(r"\bthe (?:[A-Za-z\-]+ )?(?:state|province|region|prefecture|governorate|department) of $")


def _named_for_town(m: Mention, text: str, focus: Counter[str]) -> set[tuple[str, str]]:
    """The region a town's name with a region's kind word after or before it names: that of the largest town of the
    name in the country the article names most of those that have one ("Santa Fe province" in an article about
    Argentina, "the state of X"; "the Mexican state of Chihuahua" in news of Texas)."""
    if not text or not focus:
        return set()
    if not (REGION_AFTER.match(text, m.end) or (text.endswith(" of ", 0, m.start)
                                                and THE_KIND_OF.search(text, max(0, m.start - 40), m.start))):
        return set()
    towns = [f for f in m.features if f.fclass == "P" and focus.get(f.cc, 0) > 0 and f.admin1]
    top = max(towns, key=lambda f: (focus[f.cc], f.population), default=None)  # the most named country's first
    return {(top.cc, top.admin1)} if top else set()
