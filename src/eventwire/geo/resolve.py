"""Choosing the feature a mention refers to: feature type, population, the article's countries, nearby names."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from .build import name_key
from .gazetteer import Feature
from .mentions import AREA_WORDS, COUNTY_WORDS, HONORIFICS, REGION_WORDS, Mention, Word, stoplist

LOCATIVE = {"in", "at", "near", "from", "to", "outside", "into", "across", "throughout", "around", "of", "between",
            "and", "towards", "toward", "via", "inside", "within", "visit", "visited", "visiting"}
BASE = {"PCLI": 10.0, "CONT": 9.0, "OCN": 9.0, "SEA": 9.0, "GULF": 9.0, "ZN": 9.0, "ADM1": 8.0, "RGN": 8.5, "ISL": 8.5,
        "ISLS": 8.5, "LK": 8.0, "MTS": 8.0, "DLTA": 8.0, "ADM2": 7.5, "MILB": 7.0, "STM": 8.0, "MT": 8.0, "CNL": 8.0,
        "SQR": 7.0, "AIRP": 7.0}
# Capitalised words after a town name that still leave it a place ("Seoul City Hall", "Mexico City Health Secretary").
OFFICE_WORDS = {"City", "Mayor", "Health", "Police", "Council", "Governor", "Hall", "Department", "Ministry", "Government",
                "Airport", "Hospital", "Secretary", "Officials", "Authorities", "Province", "Region", "State", "Regional",
                "Municipal", "Metropolitan", "Provincial", "Racecourse", "Stadium", "Zoo"} | AREA_WORDS
# A town in a first-level region the article names ("Austin" in an article about Indiana) gains this much: 2.5 orders
# of magnitude of population, so a small town of the region beats a big namesake elsewhere, but not a metropolis.
# Only between towns, and only under a town's own name (not an alternate spelling): a name that can also be a region or
# country ("Ontario") keeps its usual ranking.
REGION_BONUS = 2.0
# A town alone (no region/country reading, no qualifier, no locative word before it) needs this many people.
MIN_BARE_TOWN = 20_000
# A town of a country the article never names, without a locative word or qualifier, needs this many people.
FOREIGN_BARE_TOWN = 100_000
# After a locative word ("in", "near"), any town of the gazetteer (GeoNames towns of 500+ people) will do.
MIN_LOCATIVE_TOWN = 500
DIRECTION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                   "north-western", "north-eastern", "south-western", "south-eastern", "northwestern", "northeastern",
                   "southwestern", "southeastern", "north-west", "north-east", "south-west", "south-east"}

# Words after a place name that make the whole a newspaper's title ("Jakarta Post", "Toronto Sun"): the place is
# not mentioned as a place.
TITLE_WORDS = {"Times", "Daily", "Post", "Herald", "Tribune", "Gazette", "Chronicle", "Telegraph", "Courier", "Examiner",
               "Inquirer", "Globe", "Sun"}

# Capitalised function words (at a sentence's start) before a name do not glue it into a longer name: "Of Brazil's
# cases", "Unlike Kenya": determiners, prepositions, conjunctions and sentence adverbs.
FUNCTION_WORDS = {
    "A", "About", "Above", "Across", "After", "Against", "Along", "Also", "Although", "Amid", "Among", "An", "And", "As",
    "At", "Because", "Before", "Behind", "Below", "Beside", "Besides", "Between", "Beyond", "Both", "But", "By",
    "Despite", "During", "Each", "Either", "Elsewhere", "Even", "Every", "For", "From", "However", "If", "In",
    "Including", "Inside", "Into", "Like", "Meanwhile", "Near", "Neither", "Nor", "Of", "On", "Only", "Or", "Outside",
    "Over", "Per", "Since", "So", "Than", "That", "The", "These", "This", "Those", "Though", "Through", "Throughout",
    "To", "Toward", "Towards", "Under", "Unlike", "Until", "Upon", "Via", "When", "Where", "Whereas", "While", "With",
    "Within", "Without", "Yet"}


@dataclass(frozen=True, slots=True)
class Context:
    """What the article says around a mention."""

    locative: bool
    qualifier: tuple[Feature, ...]
    glued_before: bool
    glued_after: bool
    next_word: str
    initial: bool
    regions: frozenset[tuple[str, str]] = frozenset()
    title: bool = False
    dateline: bool = False
    comma_name: bool = False
    near_regions: frozenset[tuple[str, str]] = frozenset()
    headline: bool = False
    kind_before: bool = False


def focus_countries(mentions: list[Mention], given: tuple[str, ...]) -> Counter[str]:
    """How often each country is named (by name, alias or demonym); given context countries count double; a single
    word known only as other spellings of towns counts half."""
    counts: Counter[str] = Counter()
    for m in mentions:
        codes = {f.cc for f in m.features if f.cc}
        country = next((f.cc for f in m.features if f.fcode == "PCLI"), None)
        country = country or _one_region_country(m)
        if _country_or_foreign_region(m):
            continue  # "Georgia": the country or a US state; other names must tell which
        if name_key(m.text) in stoplist() and not any(f.fcode == "PCLI" for f in m.features):
            continue  # "Victoria": more often a person than the Australian state
        if country:
            counts[country] += 1
        elif len(codes) == 1 and _town_evidence(m):
            counts[codes.pop()] += ALT_WEIGHT if _alt_only(m) else 1
        elif area := _area_reading(m):
            counts[area] += 1
    for code in given:
        counts[code.upper()[:2] if len(code) == 2 else code.upper()] += 2
    return counts


def _one_region_country(m: Mention) -> str | None:
    """The country of a first-level region's name, unless regions of several countries share it ("Punjab" of India
    and Pakistan: the article's other names tell which)."""
    countries = {f.cc for f in m.features if f.fcode == "ADM1"}
    return countries.pop() if len(countries) == 1 else None


def _area_reading(m: Mention) -> str | None:
    """The country of a name read first as an area (a county, island or region) of one country only ("Lincolnshire",
    not the small American town of that name), unless it is also a sizeable town elsewhere."""
    areas = {f.cc for f in m.features if f.fclass != "P"}
    top = max(m.features, key=lambda f: (BASE.get(f.fcode) or _town_score(f), -f.fid))
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


def focus_regions(mentions: list[Mention]) -> Counter[tuple[str, str]]:
    """First-level regions the article names ("Indiana", "Queensland"): (country, admin1) with how often. A name that is
    also a country ("Georgia") or a capital ("Washington") is left out."""
    counts: Counter[tuple[str, str]] = Counter()
    for m in mentions:
        if any(f.fcode in ("PCLI", "PPLC") for f in m.features) or name_key(m.text) in stoplist():
            continue  # nor a name that is also a capital ("Washington")
        regions = {(f.cc, f.admin1) for f in m.features if f.fcode == "ADM1" and f.admin1}
        if len(regions) == 1:
            counts[regions.pop()] += 1
    return counts


def _town_score(f: Feature) -> float:
    return 0.8 * math.log10(f.population + 10) + (2.0 if f.fcode == "PPLC" and f.how == "name" else 0.0)


def score(f: Feature, focus: Counter[str], qualifier: tuple[Feature, ...],
          regions: frozenset[tuple[str, str]] = frozenset()) -> float:
    """Prior of the feature type and size, plus the article's countries and regions and a qualifying name after it."""
    s = BASE.get(f.fcode) or _town_score(f)
    if f.fclass == "P" and f.how == "name" and (f.cc, f.admin1) in regions:
        s += REGION_BONUS
    if focus:
        top = max(focus.values())
        s += 3.0 * focus.get(f.cc, 0) / top + 3.0 * focus.get(f.iso3, 0) / top
    for q in qualifier:
        if q.cc == f.cc and (q.fcode != "ADM1" or q.admin1 == f.admin1) and f.fid != q.fid:
            s += 10.0
            break
    if f.how == "alt":
        s -= 1.0
    return s


def best(mention: Mention, focus: Counter[str], ctx: Context, earlier: Feature | None = None) -> Feature | None:
    """The most likely feature, or None when the mention is probably not a place. `earlier` is the feature the same
    name was resolved to before in the article: one sense per article for towns ("Paris, Texas ... Paris")."""
    chosen = _best(mention, focus, ctx)
    if chosen is not None and chosen.fclass == "P" and earlier is not None and _same_sense(mention, ctx, earlier):
        return next(f for f in mention.features if f.fid == earlier.fid)
    return chosen


def _best(mention: Mention, focus: Counter[str], ctx: Context) -> Feature | None:
    regions = ctx.regions if all(f.fclass == "P" for f in mention.features) else frozenset()
    ranked = sorted(mention.features, key=lambda f: (-score(f, focus, ctx.qualifier, regions), f.fid))
    ranked = _capital_over_region(ranked, ctx)
    ranked = _home_town_over_foreign_county(ranked, focus)
    top = _namesake(ranked, ctx)
    if ctx.title:
        return None  # a newspaper: "the Jakarta Post"
    if ctx.dateline:
        return _dateline_town(ranked, focus, ctx.qualifier)
    if name_key(mention.text) in stoplist() and not ctx.qualifier and not _stop_ok(top, focus, ctx):
        top = next((f for f in ranked if _stop_ok(f, focus, ctx)), None)  # a reading the context supports
        if top is None:
            return None
    if ctx.headline and (mention.text.capitalize() in FUNCTION_WORDS or mention.text.lower() in LOCATIVE
                         or (top.how == "alt" and mention.first == mention.last)):
        return None  # "... FROM LIBERIA": a headline's ordinary word, not Frome
    if top.how == "demonym":
        return top if not ctx.glued_before else None
    if (top.fclass == "P" and mention.text.isupper() and not top.name.isupper() and not ctx.qualifier
            and not ctx.headline and not _capitals_town(mention, top, focus)):
        return None  # an acronym ("UN", "CDC") that happens to spell a town
    if top.fclass != "P":
        return None if ctx.glued_before and mention.first == mention.last else top
    if _foreign_spelling(mention, top, focus, ctx):
        return None  # another spelling of a town abroad ("Amen" for Amiens): a word or a name, not that town
    if focus and top.cc not in focus and top.population < MIN_BARE_TOWN and not ctx.qualifier:
        return None  # a small town of a country the article never names ("Bay", "Ford"): a word or a name
    if focus and top.cc not in focus and top.population < FOREIGN_BARE_TOWN and not ctx.qualifier and not ctx.locative:
        return None  # named bare, a mid-sized town of another country than the article's is more likely a name
    return top if _town_ok(mention, top, ctx) else None


# A much bigger namesake town is meant over the top-ranked town unless the text ties the name to the top one: a
# qualifier ("Paris, Texas"), a name after a comma ("Donetsk, Rostov Oblast"), the top town's region in the same
# sentence, or a local area named after it ("Athens County"). The article's countries alone do not: "rebels in
# Donetsk" is the Ukrainian city, "the WHO in Geneva" in an article about the US is Switzerland's Geneva. How much
# bigger: a national capital abroad, FAMOUS_CAPITAL_RATIO times; a metropolis anywhere, METROPOLIS_RATIO times; a big
# city abroad, the ratios of FAMOUS (at least this many people, this ratio), over a town of under FOREIGN_BARE_TOWN
# people only. Where the article names the top town's region elsewhere, only a capital abroad is famous enough:
# "Paris" in an article about Texas is France's; "Perth" in one about Scotland is Scotland's.
METROPOLIS = 500_000
METROPOLIS_RATIO = 10
FAMOUS = ((500_000, 5.0), (150_000, 8.0))
FAMOUS_CAPITAL_RATIO = 5.0


def _namesake(ranked: list[Feature], ctx: Context) -> Feature:
    top = ranked[0]
    if top.fclass != "P" or _tied(top, ctx):
        return top
    home_named = (top.cc, top.admin1) in ctx.regions
    bigger = [f for f in ranked if f.fclass == "P" and f.how == "name" and f.fid != top.fid
              and _outweighs(f, top, home_named)]
    return max(bigger, key=lambda f: f.population) if bigger else top


def _tied(top: Feature, ctx: Context) -> bool:
    """The text ties the name to the top-ranked town."""
    return (any(q.cc == top.cc for q in ctx.qualifier) or (ctx.comma_name and not ctx.qualifier)
            or (top.cc, top.admin1) in ctx.near_regions or ctx.next_word in AREA_WORDS | COUNTY_WORDS)


def _outweighs(f: Feature, top: Feature, home_named: bool) -> bool:
    small = max(top.population, 1)
    abroad = f.cc != top.cc
    if abroad and f.fcode == "PPLC" and f.population >= FAMOUS_CAPITAL_RATIO * small:
        return True
    if home_named:
        return False
    if f.population >= METROPOLIS and f.population >= METROPOLIS_RATIO * small:
        return True
    if not abroad or top.population >= FOREIGN_BARE_TOWN:
        return False  # a city in its own right ("León" in an article about Spain) yields only to a capital
    return any(f.population >= people and f.population >= ratio * small for people, ratio in FAMOUS)


def _foreign_spelling(mention: Mention, top: Feature, focus: Counter[str], ctx: Context) -> bool:
    """A single word that is only another spelling of a town in a country the article does not otherwise name, with
    nothing tying it to a place (a qualifier, or a region word after it: "Rostov Oblast")."""
    if top.how != "alt" or mention.first != mention.last or not focus or focus.get(top.cc, 0) >= 1:
        return False
    if _letters(mention.text) == _letters(top.name) or _short_form(mention.text, top.name):
        return False  # the same name unmarked ("Samarra" for Sāmarrā’) or shortened ("Frankfurt" for Frankfurt am Main)
    if top.population >= FAMOUS_SPELLING:
        return False  # a world city under a name news uses ("Mecca")
    return not ctx.qualifier and ctx.next_word not in REGION_WORDS | COUNTY_WORDS


def _home_town_over_foreign_county(ranked: list[Feature], focus: Counter[str]) -> list[Feature]:
    """A town of 20,000 people in a country the article names beats a county of a country it never names ("Durham" in
    an article about North Carolina is the city, not the English county)."""
    top = ranked[0]
    if top.fcode != "ADM2" or not focus or focus.get(top.cc, 0) > 0:
        return ranked
    town = next((f for f in ranked if f.fclass == "P" and f.how == "name" and focus.get(f.cc, 0) > 0
                 and f.population >= MIN_BARE_TOWN), None)
    return ranked if town is None else [town] + [f for f in ranked if f is not town]


# A town this big is meant under any of its other names.
FAMOUS_SPELLING = 1_000_000


def _short_form(text: str, name: str) -> bool:
    """The text is the first word or words of the town's name: "Frankfurt" of Frankfurt am Main, "Rostov" of
    Rostov-on-Don."""
    words, full = name_key(text).split(), name_key(name).split()
    return len(words) < len(full) and full[:len(words)] == words


def _letters(name: str) -> str:
    """The letters of a name, accents, case, spaces and marks aside."""
    return "".join(ch for ch in name_key(name) if ch.isalpha())


def _capital_over_region(ranked: list[Feature], ctx: Context) -> list[Feature]:
    """A national capital named like a first-level region of its country ("Washington") is the capital, unless the
    text says the region: "state of" before it or "state" after it, or other regions of that country in the same
    sentence ("Oregon and Washington")."""
    top = ranked[0]
    if top.fcode != "ADM1" or ctx.kind_before or ctx.next_word in REGION_WORDS:
        return ranked
    if any(cc == top.cc for cc, _ in ctx.near_regions):
        return ranked
    capital = next((f for f in ranked if f.fcode == "PPLC" and f.how == "name" and f.cc == top.cc), None)
    return ranked if capital is None else [capital] + [f for f in ranked if f is not capital]


def _dateline_town(ranked: list[Feature], focus: Counter[str], qualifier: tuple[Feature, ...]) -> Feature | None:
    """A dateline names the town the story was filed from ("WASHINGTON —" is the city, not the state): a town of the
    region or country named after it ("PARIS, Texas"), else the capital, else the largest town of the article's
    countries, else the largest."""
    def held(f: Feature) -> bool:
        return any(q.cc == f.cc and (q.fcode != "ADM1" or q.admin1 == f.admin1) for q in qualifier)
    towns = [f for f in ranked if f.fclass == "P" and f.how != "demonym"
             and (f.population >= MIN_BARE_TOWN or held(f))]
    if not towns:
        return None
    return max(towns, key=lambda f: (held(f), f.fcode == "PPLC", focus.get(f.cc, 0) > 0, f.population))


def _capitals_town(mention: Mention, top: Feature, focus: Counter[str]) -> bool:
    """A town written in capitals (a headline's "FLOODS HIT BISSAU") rather than an acronym: a word of six or more
    letters naming the capital, or a town of 100,000 people, of a country the article names."""
    return (len(mention.text) >= 6 and focus.get(top.cc, 0) > 0
            and (top.fcode == "PPLC" or top.population >= FOREIGN_BARE_TOWN))


def _same_sense(mention: Mention, ctx: Context, earlier: Feature) -> bool:
    """The earlier reading holds unless this mention has its own qualifier, is part of a longer name or is a common
    word's spelling."""
    if ctx.qualifier or ctx.glued_before or name_key(mention.text) in stoplist():
        return False
    if ctx.glued_after and ctx.next_word not in COUNTY_WORDS | REGION_WORDS:
        return False
    return earlier.fclass == "P" and any(f.fid == earlier.fid for f in mention.features)


def _stop_ok(f: Feature, focus: Counter[str], ctx: Context) -> bool:
    """A stoplisted name ("Victoria") is a place after a locative word when it names a region, or a city of 100,000
    people, of a country in focus."""
    big = f.fclass == "A" or (f.fclass == "P" and f.how == "name" and f.population >= FOREIGN_BARE_TOWN)
    return ctx.locative and not ctx.initial and big and focus.get(f.cc, 0) > 0


def _town_ok(mention: Mention, f: Feature, ctx: Context) -> bool:
    """A town reading needs support: a qualifier, a locative word, or a large population; never inside a longer name."""
    county = ctx.next_word in COUNTY_WORDS  # "Morgan County, Ohio": a county named after a town anywhere
    if any(q.cc == f.cc and (q.fcode != "ADM1" or q.admin1 == f.admin1 or county) for q in ctx.qualifier):
        return True  # "Springfield, Illinois"; not "National Park, Wyoming" for a town in New Jersey
    if ctx.glued_before or (ctx.glued_after and ctx.next_word not in COUNTY_WORDS | REGION_WORDS):
        return False
    if ctx.locative and not ctx.initial:
        return f.population >= MIN_LOCATIVE_TOWN
    return f.population >= MIN_BARE_TOWN * (5 if ctx.initial else 1)


def _locative_modifier(text: str, ws: list[Word], m: Mention, nxt: Word | None) -> bool:
    """'at the Kinlochleven bakery', 'near the Hallstatt museum': a name modifying a common noun after a locative
    word and "the" is where the thing is."""
    if m.first < 2 or nxt is None or not nxt.text.islower() or text[m.end:nxt.start] != " ":
        return False
    return ws[m.first - 1].text == "the" and ws[m.first - 2].text.lower() in LOCATIVE - {"of", "and"}


# A park or reserve named after a person or town is not the town ("Queen Elizabeth National Park"): its own place,
# which `unknown_areas` reports.
PROTECTED_AREA = re.compile(r" (?:(?:National|State|Provincial|Marine) (?:Park|Forest|Reserve|Monument)|"
                            r"(?:Game|Nature|Forest|Wildlife) (?:Reserve|Refuge|Sanctuary))\b")
INSTITUTION_OF = re.compile(r"\b(?:University|College|Bank|Museum) of (?:the )?$")


def _institution_of(text: str, m: Mention) -> bool:
    """'University of Toronto', 'Bank of England': the place names an institution."""
    return bool(INSTITUTION_OF.search(text[max(0, m.start - 30):m.start]))


def _acronym_before(prev: Word, first: Word, m: Mention) -> bool:
    """'CDC Atlanta', 'WHO Geneva': an organisation's acronym before a town's own name in ordinary case names the
    office there; it does not glue the name into a longer one (a dateline in capitals, "PARIS", is not ordinary case;
    an alternate spelling, "Market" for Marquette, is more likely a word of the organisation's name)."""
    return (2 <= len(prev.text) <= 5 and prev.text.isupper() and prev.text.isalpha() and not first.text.isupper()
            and any(f.how == "name" for f in m.features))


def _after_title(text: str, prev: Word | None, m: Mention) -> bool:
    """'Dr. Chester', 'Senator Preston': a person's name."""
    return bool(prev and prev.text in HONORIFICS and text[prev.end:m.start] in (". ", " "))


def context(text: str, ws: list[Word], m: Mention, qualifier: tuple[Feature, ...],
            regions: frozenset[tuple[str, str]] = frozenset()) -> Context:
    """The words around a mention."""
    prev = ws[m.first - 1] if m.first > 0 else None
    nxt = ws[m.last + 1] if m.last + 1 < len(ws) else None
    glued_before = bool(prev and prev.capital and not ws[m.first].initial and text[prev.end:m.start] == " "
                        and not prev.initial and prev.text.lower() not in DIRECTION_WORDS
                        and prev.text not in FUNCTION_WORDS and prev.text.capitalize() not in FUNCTION_WORDS
                        and not _acronym_before(prev, ws[m.first], m)
                        ) or _after_title(text, prev, m)
    glued_after = bool(nxt and nxt.capital and text[m.end:nxt.start] == " " and nxt.text not in OFFICE_WORDS
                       and name_key(nxt.text) not in stoplist())
    headline = _headline(text, m)
    if headline:
        glued_before = glued_after = False  # every word of a headline is in capitals
    locative = bool(prev and prev.text.lower() in LOCATIVE) or _locative_modifier(text, ws, m, nxt)
    title = (bool(nxt and text[m.end:nxt.start] == " " and nxt.text in TITLE_WORDS) or _institution_of(text, m)
             or bool(PROTECTED_AREA.match(text, m.end)))
    return Context(locative, qualifier, glued_before, glued_after, nxt.text if nxt else "", ws[m.first].initial,
                   regions, title, _dateline(text, m),
                   bool(nxt and nxt.capital and text[m.end:nxt.start] in (", ", ",")), headline=headline,
                   kind_before=bool(KIND_OF.search(text[max(0, m.start - 20):m.start])))


KIND_OF = re.compile(r"\b(?:[Ss]tate|[Pp]rovince|[Rr]egion|[Pp]refecture) of (?:the )?$")


def _headline(text: str, m: Mention) -> bool:
    """A line of three or more words all in capitals ("CHINA REPORTS NEW CASES IN WUHAN"): its names are not
    acronyms."""
    start = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    line = text[start:end if end >= 0 else len(text)]
    return line.isupper() and len(re.findall(r"[A-Z]{2,}", line)) >= 3


# What follows a dateline's town: ", <Month/Region/Country>", " (AP)", " —", " - ", " -- ".
DATELINE_AFTER = re.compile(r"^(?:, [A-Z]|,? \(|:? ?[—–]| -{1,2} )")


def _dateline(text: str, m: Mention) -> bool:
    """'LONDON (AP) —', 'BEIJING, March 3 (Xinhua) --': a name in capitals opening the text or a line, then a dateline's
    punctuation."""
    line_start = text.rfind("\n", 0, m.start) + 1
    return (m.text.isupper() and len(m.text) >= 4 and not text[line_start:m.start].strip()
            and bool(DATELINE_AFTER.match(text[m.end:m.end + 4])))
