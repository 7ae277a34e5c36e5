"""Reorderings of the ranked readings of a name: a much bigger namesake town, a national capital over a region of its
name, a home town over a foreign county, and another spelling of a town abroad that is probably a word."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from dataclasses import replace

from .distance import km, near_points
from .keys import name_key
from .context import Context
from .gazetteer import Feature
from .mentions import AREA_WORDS, COUNTY_WORDS, REGION_WORDS, Mention
from .prior import FOREIGN_BARE_TOWN, MIN_BARE_TOWN, short_form
from .town_support import region_seats

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


# An article firmly about one country (named at least FIRM_FOCUS times, more than any other), in a sentence whose other
# names point to that country only, keeps a town of its own of MIN_BARE_TOWN people over a national capital abroad
# whose country it never names, unless the capital is over FIRM_RATIO times bigger: "Wellington" beside Paarl in an
# article about South Africa is the Western Cape town; "London" in one about Kentucky is still England's capital, and
# a famous city that is no capital ("the WHO in Geneva") keeps the usual rule.
# A famous city that is no capital yields on the same terms up to FIRM_CITY_RATIO times a home town's size when the
# name is listed with a name of the home country only: "Perth and Crieff" in an article about Scotland.
FIRM_FOCUS = 2
FIRM_RATIO = 20.0
FIRM_CITY_RATIO = 100.0
FIRM_SHARE = 4  # the bigger town's country named at most a quarter as often as the article's: named in passing
# How near a town or feature named earlier in the article a home town must lie to be its own (`_firmly_local`).
LOCAL_KM = 200.0
# A home town of AMID_TOWN people with AMID_PLACES of the article's earlier places within LOCAL_KM beats a capital
# abroad of any size whose country the article never names: the article is about that town's surroundings (session
# 41: within 100 km first; 150 and then 200 km each moved more sets the right way, and no set the wrong way).
AMID_TOWN = 5_000
AMID_PLACES = 2


def firm_country(focus: Counter[str]) -> str | None:
    """The country the article is firmly about: named FIRM_FOCUS times or more, more often than any other."""
    ranked = focus.most_common(2)
    if not ranked or ranked[0][1] < FIRM_FOCUS or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    return ranked[0][0]


def home_town_over_country(ranked: list[Feature], ctx: Context, focus: Counter[str]) -> list[Feature]:
    """A country's name listed with a name of the article's firm country only, that is also a city of
    FOREIGN_BARE_TOWN people there, is that city: "Armenia and Pereira" in an article about Colombia. `focus`: the
    article's countries without this mention's."""
    top, home = ranked[0], firm_country(focus)
    if top.fcode != "PCLI" or home is None or home == top.cc or home not in ctx.listed_with:
        return ranked
    return _home_town_first(ranked, home, FOREIGN_BARE_TOWN)


def home_town_at(ranked: list[Feature], ctx: Context, focus: Counter[str]) -> list[Feature]:
    """A country's name after "at", in an article firmly about another country that has a town of MIN_BARE_TOWN
    people of that name, is that town: "airlines at Liberia" in news of Costa Rica. News puts things "in" a country,
    "at" a place. `focus`: the article's countries without this mention's."""
    top, home = ranked[0], firm_country(focus)
    if top.fcode != "PCLI" or not ctx.at_before or home is None or home == top.cc:
        return ranked
    return _home_town_first(ranked, home, MIN_BARE_TOWN)


def _home_town_first(ranked: list[Feature], home: str, least: int) -> list[Feature]:
    """The ranked readings with the largest town of the country `home` under this very name, of `least` people, first
    (unchanged when there is none)."""
    towns = [f for f in ranked if f.fclass == "P" and f.cc == home and f.how == "name" and f.population >= least]
    if not towns:
        return ranked
    town = max(towns, key=lambda f: f.population)
    return [town] + [f for f in ranked if f is not town]


def home_town_over_part_of_country(ranked: list[Feature], text: str, ctx: Context, focus: Counter[str]
                                   ) -> list[Feature]:
    """A country named by the first part of its name only ("Trinidad" for Trinidad and Tobago), after a locative
    word in an article firmly about another country that has a town of MIN_BARE_TOWN people of that name (or known by
    it as the short form of a long name, `short_form`: Antigua Guatemala), is that town: "the airport at Trinidad" in
    an article about Bolivia; so is such a name after any word when no other name of the article points to the
    country. `focus`: the article's countries without this mention's."""
    top = ranked[0]
    if top.fcode != "PCLI":  # the cheap test first: most names are no country's
        return ranked
    if not ctx.locative and (focus.get(top.cc, 0) or focus.get(top.iso3, 0)):
        return ranked  # "cement for Trinidad" in news of Bolivia: no other name is of the islands either
    home, key = firm_country(focus), name_key(text)
    if home is None or home == top.cc or not name_key(top.name).startswith(key + " "):
        return ranked
    towns = [f for f in ranked if f.fclass == "P" and f.cc == home and f.population >= MIN_BARE_TOWN
             and (f.how == "name" or short_form(key, f.name))]  # "Antigua" of Antigua Guatemala
    if not towns:
        return ranked
    town = max(towns, key=lambda f: f.population)
    return [town] + [f for f in ranked if f is not town]


# Abbreviated words of place names: "St. Petersburg" is Saint Petersburg's own name, not another spelling of it.
ABBREVIATED = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"}


@lru_cache(maxsize=16384)
def _spelt_out(name: str) -> str:
    return " ".join(ABBREVIATED.get(word, word) for word in name_key(name).replace(".", " ").split())


def abbreviated_names(mention: Mention) -> Mention:
    """The mention with a reading found under another spelling counted as found under its own name when the two
    differ only in abbreviated words ("St. Petersburg" for Saint Petersburg, "Ft. Lauderdale"): the town of that
    name then ranks as such, against namesakes under their own names (St. Petersburg, Florida)."""
    if not any(f.how == "alt" for f in mention.features) or "." not in mention.text and " " not in mention.text:
        return mention
    spelt = _spelt_out(mention.text)
    features = tuple(replace(f, how="name") if f.how == "alt" and _spelt_out(f.name) == spelt else f
                     for f in mention.features)
    return mention if features == mention.features else replace(mention, features=features)


def namesake(ranked: list[Feature], ctx: Context, focus: Counter[str] | None = None) -> Feature:
    top = ranked[0]
    if top.fclass != "P":
        return top
    listed = _listed_metropolis(ranked, ctx)
    if listed is not None:
        return listed
    if _tied(top, ctx):
        return top
    home_named = (top.cc, top.admin1) in ctx.regions and not ctx.kin_before  # "her sister in Boston": maybe abroad
    # or two of the article's places named before it lie around it, and its sentence names no place of the bigger
    # town's country ("Córdoba" amid towns of Veracruz, not Argentina's city; not "flew to Sydney and
    # Perth" in news of Fife)
    others = [f for f in ranked if f.fclass == "P" and f.how == "name" and f.fid != top.fid]
    if not others:
        return top
    amid = _near_earlier(top, ctx, LOCAL_KM, AMID_PLACES) and not ctx.kin_before
    city = top.population >= FOREIGN_BARE_TOWN and (top.cc, top.admin1) == ctx.dateline_region
    bigger = [f for f in others if outweighs(f, top, home_named or (amid and f.cc not in ctx.near_countries), city)
              and not _firmly_local(f, top, ctx, focus or Counter())]
    return max(bigger, key=lambda f: f.population) if bigger else top


def _listed_metropolis(ranked: list[Feature], ctx: Context) -> Feature | None:
    """A small town's name listed right after a city abroad is the metropolis of that city's country bearing it
    ("cousins in Phoenix and Los Angeles" in news of Sinaloa: not Sinaloa's village of Los Ángeles)."""
    top, town = ranked[0], ctx.listed_town
    if (town is None or town.cc == top.cc or town.population < FOREIGN_BARE_TOWN or top.population >= FOREIGN_BARE_TOWN
            or ctx.qualifier):
        return None
    return next((f for f in ranked if f.fclass == "P" and f.how == "name" and f.cc == town.cc
                 and f.population >= METROPOLIS), None)


def listed_region_first(ranked: list[Feature], ctx: Context) -> list[Feature]:
    """The namesake in the first-level region of the small town listed right before it comes first ("Puerto General San
    Martín, Timbúes and San Lorenzo": Santa Fe's San Lorenzo, though the article named another province before)."""
    town = ctx.listed_town
    if town is None or town.population >= FOREIGN_BARE_TOWN or ranked[0].fclass != "P" or ctx.qualifier:
        return ranked
    if (ranked[0].cc, ranked[0].admin1) == (town.cc, town.admin1):
        return ranked
    there = next((f for f in ranked if f.fclass == "P" and f.how == "name" and f.cc == ranked[0].cc
                  and (f.cc, f.admin1) == (town.cc, town.admin1)), None)
    return ranked if there is None else [there] + [f for f in ranked if f is not there]


def home_town_over_capital(ranked: list[Feature], ctx: Context, focus: Counter[str]) -> list[Feature]:
    """A capital abroad ranked first (its capital's bonus) yields to a town of the article's country on the terms of
    `_firmly_local`: "Wellington" beside Bengaluru in an article about Kerala is the Nilgiris town; after "the port
    of" or "the town of", a town known by the name as another of its names will do ("the port of San José" in news of
    Guatemala: Puerto San José)."""
    top = ranked[0]
    if top.fcode != "PPLC" or top.how != "name" or ctx.kin_before:  # "her son, who works in Madrid": family abroad
        return ranked
    town = next((f for f in ranked if f.fclass == "P" and (f.how == "name" or ctx.town_before) and f.cc != top.cc
                 and _firmly_local(top, f, ctx, focus)), None)
    return ranked if town is None else [town] + [f for f in ranked if f is not town]


def _firmly_local(f: Feature, top: Feature, ctx: Context, focus: Counter[str]) -> bool:
    """The article is firmly about the country of the town `top` (see FIRM_FOCUS; or names it at least that often and
    never names the bigger town's, and the sentence names no other), and so are the other names of its sentence; it
    names the country of the bigger town `f` at most in passing (FIRM_SHARE): a capital at most FIRM_RATIO times
    bigger than a town of MIN_BARE_TOWN people, or than a town the text calls one ("the port of X") within LOCAL_KM
    of a place named earlier; another city at most FIRM_CITY_RATIO times bigger than the town, which is listed with a
    name of its country only ("Perth and Crieff": not "the WHO in Geneva" in an article about the US) or has
    MIN_BARE_TOWN people, a locative word before it and a town or feature named earlier within LOCAL_KM ("the Shannon
    flooded at Athlone" in news from Dublin; not "the WHO in Geneva" in news from Washington). The other names of the
    sentence may be of other countries when the text calls the town one ("the port of X") or it is a city in its own
    right (FOREIGN_BARE_TOWN people) and the sentence names a place of its country too, and neither the sentence nor
    the article names the bigger town's country ("citrus leaves from the port of Tripoli for Iraq", "buyers from
    Egypt and Tripoli" in news of Lebanon; not "ministers met in Athens, Lima and Paris" in news of Georgia)."""
    home = focus.get(top.cc, 0)
    abroad = focus.get(f.cc, 0) + focus.get(f.iso3, 0)
    codes = ctx.near_countries | ctx.sentence_codes
    if home < FIRM_FOCUS or FIRM_SHARE * abroad > home:
        return False
    if home < max(focus.values()) and (abroad or codes != {top.cc}):
        return False  # a country named less than another, but alone in the sentence and the bigger town's never named
    if (f.fcode == "PPLC" and codes <= {top.cc} and not abroad and top.population >= AMID_TOWN
            and _near_earlier(top, ctx, LOCAL_KM, AMID_PLACES)):
        return True  # "Berlin reported two feet of snow" amid the article's towns of New Hampshire
    city = top.population >= FOREIGN_BARE_TOWN and top.cc in codes  # not "ministers met in Athens, Lima and Paris"
    if codes != {top.cc} and not ((ctx.town_before or city) and not abroad and f.cc not in codes):
        return False  # but "citrus leaves from the port of Tripoli for Iraq" in news of Lebanon: the port at home
    if f.fcode == "PPLC":
        sized = top.population >= MIN_BARE_TOWN or (ctx.town_before and _near_earlier(top, ctx))
        return sized and f.population <= FIRM_RATIO * max(top.population, 1)
    said_here = top.cc in ctx.listed_with or (ctx.locative and top.population >= MIN_BARE_TOWN
                                              and _near_earlier(top, ctx))
    return said_here and f.population <= FIRM_CITY_RATIO * top.population


def _near_earlier(top: Feature, ctx: Context, within: float = LOCAL_KM, least: int = 1) -> bool:
    """At least `least` towns or features named earlier in the article lie within `within` km of the town."""
    return near_points(top.lat, top.lon, ctx.earlier_points, within, least)


def _tied(top: Feature, ctx: Context) -> bool:
    """The text ties the name to the top-ranked town: a qualifier, a name after a comma, its region named in the
    sentence or a small town of that region listed right before it ("Lancaster, Gorham and Berlin": New Hampshire's
    Berlin; not "flew on to Houston and Paris"), ..."""
    town = ctx.listed_town
    return (any(q.cc == top.cc for q in ctx.qualifier) or (ctx.comma_name and not ctx.qualifier)
            or (top.cc, top.admin1) in ctx.near_regions
            or (town is not None and town.population < FOREIGN_BARE_TOWN
                and (town.cc, town.admin1) == (top.cc, top.admin1))
            or ctx.next_word in AREA_WORDS | COUNTY_WORDS
            or _small_town_said(top, ctx))


def _small_town_said(top: Feature, ctx: Context) -> bool:
    """'the town of Rochester', 'the village of X', 'X, a small island of Y', 'on X island': the text says the place
    is a town, village or island, and the top-ranked town is one of the article's country (ranking puts it first) too
    small to be a city a bigger namesake's readers would know."""
    said = ctx.town_before or ctx.described_after or ctx.described_small or ctx.next_word in SMALL_KINDS
    return said and top.population < FOREIGN_BARE_TOWN


# Lower-case words after a name that make it a small place ("Mango island", "the Kalma village").
SMALL_KINDS = frozenset({"island", "islet", "atoll", "village", "hamlet"})


def outweighs(f: Feature, top: Feature, home_named: bool, home_city: bool = False) -> bool:
    """Whether the bigger namesake town `f` is meant over the town `top` (`home_named`: the article names the region
    of `top`), by the ratios above; `home_city` (a city of FOREIGN_BARE_TOWN people in the first-level region of the
    article's dateline) yields to none ("a supplier in London" in news datelined in Ontario: Ontario's London, not the
    capital abroad; but "ministers met in Athens" in news merely naming Georgia: the capital)."""
    small = max(top.population, 1)
    abroad = f.cc != top.cc
    if home_city:
        return False
    if abroad and f.fcode == "PPLC" and f.population >= FAMOUS_CAPITAL_RATIO * small:
        return True
    if home_named:
        return False
    if f.population >= METROPOLIS and f.population >= METROPOLIS_RATIO * small:
        return True
    if not abroad or top.population >= FOREIGN_BARE_TOWN:
        return False  # a city in its own right ("León" in an article about Spain) yields only to a capital
    return any(f.population >= people and f.population >= ratio * small for people, ratio in FAMOUS)


def foreign_spelling(mention: Mention, top: Feature, focus: Counter[str], ctx: Context) -> bool:
    """A single word that is only another spelling of a town in a country the article does not otherwise name, with
    nothing tying it to a place (a qualifier, or a region word after it: "Rostov Oblast")."""
    if top.how != "alt" or mention.first != mention.last or not focus or focus.get(top.cc, 0) >= 1:
        return False
    if _same_letters(mention.text, top.name) or _short_form(mention.text, top.name):
        return False  # the same name unmarked ("Samarra" for Sāmarrā’) or shortened ("Frankfurt" for Frankfurt am Main)
    if top.population >= FAMOUS_SPELLING:
        return False  # a world city under a name news uses ("Mecca")
    return not ctx.qualifier and ctx.next_word not in REGION_WORDS | COUNTY_WORDS


def home_town_over_foreign_county(ranked: list[Feature], focus: Counter[str],
                                  regions: frozenset[tuple[str, str]] = frozenset(),
                                  listed_with: frozenset[str] = frozenset()) -> list[Feature]:
    """A town of 20,000 people in a country the article names beats a county of a country it never names ("Durham" in
    an article about North Carolina is the city, not the English county); so does a town of REGION_COUNTY_TOWN people
    in a first-level region the article names, or listed beside a town of its country, first ("trees fell in
    Somerset" in news of Kentucky: its Somerset, not England's county nor New Jersey's larger town; "around Louth and
    Horncastle" in news of Lincolnshire). `focus`: the countries the article's other names point to."""
    top = ranked[0]
    if top.fcode != "ADM2" or not focus or focus.get(top.cc, 0) > 0:
        return ranked
    towns = [f for f in ranked if f.fclass == "P" and f.how == "name" and focus.get(f.cc, 0) > 0]
    town = next((f for f in towns if ((f.cc, f.admin1) in regions or f.cc in listed_with)
                 and f.population >= REGION_COUNTY_TOWN),
                next((f for f in towns if f.population >= MIN_BARE_TOWN), None))
    return ranked if town is None else [town] + [f for f in ranked if f is not town]


# A town of a first-level region the article names beats a county abroad of its name with this many people.
REGION_COUNTY_TOWN = 5_000


def home_town_over_foreign_region(ranked: list[Feature], ctx: Context, focus: Counter[str]) -> list[Feature]:
    """A region (first-level or other) of a country no other name of the article points to (`focus`: the article's
    countries without this mention's) is a town of a country the article names: of MIN_BARE_TOWN people when listed
    beside a town of that country ("Butembo and Beni" in an article about Congo, not Bolivia's Beni), else a city of
    FOREIGN_BARE_TOWN ("a nurse died in Beni"; "the storm crossed Florida" in an article about Cuba stays the state),
    else, after a locative word, any town of the country the article is firmly about when the region lies a continent
    away ("around Beni" in news of Nepal; "the Beni-Jomsom road"), unless the region is one of the United Kingdom's nations or is listed with
    places of other countries. An island abroad yields to a town of the country the article is firmly about, of
    MIN_BARE_TOWN people ("flights to Flores" in news of Guatemala) or listed with a place of that country ("from
    Cappoquin to Lismore and Tallow", not Scotland's Isle of Lismore)."""
    top = ranked[0]
    if top.fcode not in ("ADM1", "RGN", "ISL", "ISLS") or not top.cc or not focus or focus.get(top.cc, 0) > 0:
        return ranked
    home = firm_country(focus)
    if top.fcode in ("ISL", "ISLS"):  # "flights to Flores" in news of Guatemala: no island of Indonesia
        towns = [f for f in ranked if f.fclass == "P" and f.how == "name" and f.cc == home
                 and (f.population >= MIN_BARE_TOWN or f.cc in ctx.listed_with)]
        return ranked if not towns else [towns[0]] + [f for f in ranked if f is not towns[0]]
    towns = [f for f in ranked if f.fclass == "P" and f.how == "name" and focus.get(f.cc, 0) > 0
             and f.population >= (MIN_BARE_TOWN if f.cc in ctx.listed_with else FOREIGN_BARE_TOWN)]
    if (not towns and (ctx.locative or ctx.route_end) and not ctx.initial and (top.cc, top.admin1) not in NATIONS
            and ctx.listed_with <= {home}):  # not "trained in England and raced in Ireland and Japan"
        towns = [f for f in ranked if f.fclass == "P" and f.how == "name" and f.cc == home
                 and km(f.lat, f.lon, top.lat, top.lon) >= FAR_REGION_KM]
    town = max(towns, key=lambda f: (f.cc in ctx.listed_with, focus[f.cc], f.population)) if towns else None
    return ranked if town is None else [town] + [f for f in ranked if f is not town]


FAR_REGION_KM = 3_000.0  # a region this far from a town of the article's firm country is a continent away
# First-level regions that news names as countries: the nations of the United Kingdom.
NATIONS = frozenset({("GB", "ENG"), ("GB", "SCT"), ("GB", "WLS"), ("GB", "NIR")})


def seat_over_foreign_region(ranked: list[Feature], ctx: Context) -> list[Feature]:
    """A first-level region of one country named like the seat of government of a first-level region of another
    country that the article names (`town_support.region_seats`) is that seat after a locative word: "officials in
    Paraná" in news of Entre Ríos are in its capital, not Brazil's state; unless the text says the region (a
    kind word, a direction) or lists the name with places of the region's country."""
    top = ranked[0]
    if top.fcode != "ADM1" or not ctx.locative or ctx.kind_before or ctx.direction_before:
        return ranked
    if ctx.next_word in REGION_WORDS or top.cc in ctx.listed_with:
        return ranked
    seats = region_seats()
    seat = next((f for f in ranked if f.fclass == "P" and f.cc != top.cc and f.how == "name"
                 and (f.cc, f.admin1) in ctx.regions and (f.cc, name_key(f.name)) in seats), None)
    return ranked if seat is None else [seat] + [f for f in ranked if f is not seat]


# A town this big is meant under any of its other names.
FAMOUS_SPELLING = 1_000_000


def _short_form(text: str, name: str) -> bool:
    """The text is the first word or words of the town's name: "Frankfurt" of Frankfurt am Main, "Rostov" of
    Rostov-on-Don."""
    words, full = name_key(text).split(), name_key(name).split()
    return len(words) < len(full) and full[:len(words)] == words


def _same_letters(said: str, name: str) -> bool:
    """Whether the text spells the name, accents, case, spaces and marks aside, a letter English writes with two
    written either way ("Dashoguz" or "Dasoguz" for Daşoguz)."""
    return _letters(said) in (_letters(name), _letters(name.translate(DIGRAPHS)))


def _letters(name: str) -> str:
    """The letters of a name, accents, case, spaces and marks aside."""
    return "".join(ch for ch in name_key(name) if ch.isalpha())


# Letters of Latin alphabets that English spells with two letters.
DIGRAPHS = str.maketrans({"ş": "sh", "Ş": "Sh", "š": "sh", "Š": "Sh", "ç": "ch", "Ç": "Ch", "č": "ch",
                          "Č": "Ch", "ž": "zh", "Ž": "Zh"})


def capital_over_region(ranked: list[Feature], ctx: Context) -> list[Feature]:
    """A national capital named like a first-level region of its country ("Washington") is the capital, unless the
    text says the region: "state of" or a direction before it ("eastern Washington"), "state" after it, or other regions
    of that country listed with it ("Oregon and Washington"; not "officials in Washington said aid to North Carolina
    ...", nor after a town: "the feud between Austin and Washington")."""
    top = ranked[0]
    if top.fcode != "ADM1" or ctx.kind_before or ctx.next_word in REGION_WORDS or ctx.direction_before:
        return ranked
    if any(cc == top.cc for cc, _ in ctx.near_regions) and top.cc in ctx.listed_with and ctx.listed_town is None:
        return ranked
    capital = next((f for f in ranked if f.fcode == "PPLC" and f.how == "name" and f.cc == top.cc), None)
    return ranked if capital is None else [capital] + [f for f in ranked if f is not capital]
