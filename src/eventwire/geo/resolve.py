"""Choosing the feature a mention refers to: the ranked readings (`prior`), reordered for namesakes (`namesake`),
then checked against the words around it (`context`): a town needs support, an acronym or a headline's word is none."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from .keys import name_key
from .admin_kind import of_kind_countries
from .context import FUNCTION_WORDS, LOCATIVE, OFFICE_WORDS, Context
from .focus import focus_countries, minus
from .amid_namesake import amid_namesake_first
from .border_city import border_city_over_namesake
from .great_city import great_city_over_region
from .stretches import stretch_to_river
from .gazetteer import Feature
from .mentions import COMPASS, COUNTY_WORDS, REGION_WORDS, Mention, english_names, given_names, stoplist
from .words import Word
from .natural import kind_words
from .nearer_city import nearer_city_first
from .namesake import (capital_over_region, firm_country, foreign_spelling, home_town_at, home_town_over_capital,
                       home_town_over_country, home_town_over_part_of_country,
                       home_town_over_foreign_county, home_town_over_foreign_region,
                       abbreviated_names, listed_region_first, namesake, seat_over_foreign_region)
from .own_name import (listed_town_over_country, named_before_first, near_town_over_country, own_name_first,
                       region_town_over_country, short_home_town_over_capital)
from .town_support import PERSON_VERBS, listed_after_town, listed_region, town_ok
from .prior import FOREIGN_BARE_TOWN, MIN_BARE_TOWN, MIN_LOCATIVE_TOWN, scorer
from .stated_size import of_stated_size


def best(mention: Mention, focus: Counter[str], ctx: Context, earlier: Feature | None = None,
         own: Counter[str] | None = None) -> Feature | None:
    """The most likely feature, or None when the mention is probably not a place. `earlier` is the feature the same
    name was resolved to before in the article: one sense per article for towns ("Paris, Texas ... Paris"). `own`:
    the countries the mention's own name points to (`focus_countries` of it), if already worked out."""
    own = focus_countries([mention], ()) if own is None else own
    chosen = _best(mention, focus, ctx, own)
    if (chosen is not None and earlier is not None and same_sense(mention, ctx, earlier)
            and (chosen.fclass == "P" or _town_named_like_region(ctx, earlier, chosen)
                 or _town_named_like_country(ctx, earlier, chosen))):
        return next(f for f in mention.features if f.fid == earlier.fid)
    return chosen


# Words after a first-level region's name that say it is the region.
REGION_AFTER = REGION_WORDS | {"department", "Department"}
# A town named like its country's first-level region stays the town when named again below this many people; a great
# city's name ("New York") names its state as often.
REGION_TOWN_AGAIN = 100_000


def _town_named_like_region(ctx: Context, earlier: Feature, chosen: Feature) -> bool:
    """"Louisiana, Mo. ... between Hannibal and Louisiana": a small town the article first named with its state, not
    the region of that name, unless this mention says it is a region ("the state of Louisiana")."""
    return (chosen.fcode == "ADM1" and chosen.cc == earlier.cc and earlier.population < REGION_TOWN_AGAIN
            and not ctx.kind_before and ctx.next_word not in REGION_AFTER)  # not "the rest of Florida department"


def _town_named_like_country(ctx: Context, earlier: Feature, chosen: Feature) -> bool:
    """A town the article first read as such though a country has its name (its size or kind given after it), named
    again after a locative word ("in X"): the town still, not the country."""
    return chosen.fcode == "PCLI" and earlier.cc != chosen.cc and ctx.locative and not ctx.kind_before


def _best(mention: Mention, focus: Counter[str], ctx: Context, own: Counter[str]) -> Feature | None:
    mention = _english_name(abbreviated_names(mention))
    regions = ctx.regions if all(f.fclass == "P" for f in mention.features) else frozenset()
    if len(mention.features) == 1:
        ranked = list(mention.features)
    else:
        of = scorer(focus, ctx.qualifier, regions, name_key(mention.text))
        ranked = sorted(mention.features, key=lambda f: (-of(f), f.fid))
    ranked = named_before_first(own_name_first(ranked, mention.text, focus), ctx.earlier_points)
    # "my daughter in Valencia" in news of Bulgaria: Spain's
    ranked = nearer_city_first(amid_namesake_first(ranked, ctx), focus, bool(ctx.qualifier))
    ranked = stretch_to_river(ranked)
    if ctx.town_before or (ctx.described_after and ranked[0].fcode == "PCLI"):
        # "the town of Trinidad", "Bahrain, a resort town in Swat": a town, not the country of that name
        ranked = [f for f in ranked if f.fclass == "P" and (ctx.town_before or focus.get(f.cc, 0) > 0)] or ranked
    if ctx.described_after and ranked[0].fclass == "A":  # "Santa Cruz, Bolivia's largest city": the town, of the
        # region's country or another the article names ("Florida, the departmental capital" in Uruguay)
        ranked = [f for f in ranked if f.fclass == "P"
                  and (f.cc == ranked[0].cc or focus.get(f.cc, 0) > 0)][:1] + ranked
    if ctx.described_small and ranked[0].fcode == "PPLC":  # "X, a small farming town": no capital city
        ranked = [f for f in ranked if f.fcode != "PPLC" and f.fclass == "P" and focus.get(f.cc, 0) > 0] or ranked
    ranked = capital_over_region(_town_near(_region_of_kind(ranked, ctx), ctx), ctx)
    rest = minus(focus, own) if own else focus  # the countries the article's other names point to (read only)
    ranked = home_town_over_foreign_county(ranked, rest, ctx.regions, ctx.listed_with)
    ranked = home_town_over_foreign_region(_region_town_over_foreign_feature(ranked, ctx, rest), ctx, rest)
    ranked = seat_over_foreign_region(ranked, ctx)
    ranked = short_home_town_over_capital(home_town_over_capital(ranked, ctx, focus), mention.text, rest)
    if ranked[0].fcode == "PCLI" and ctx.listed_with:
        ranked = home_town_over_country(ranked, ctx, rest)
        ranked = region_town_over_country(ranked, ctx.listed_with, ctx.regions, rest)
        ranked = listed_town_over_country(ranked, ctx.listed_town, rest)
    ranked = near_town_over_country(ranked, ctx.near_before, ctx.regions, rest)  # "near Montenegro" in Brazil
    ranked = home_town_at(home_town_over_part_of_country(ranked, mention.text, ctx, rest), ctx, rest)
    ranked = border_city_over_namesake(great_city_over_region(ranked, ctx, rest, name_key(mention.text)), ctx)
    ranked = listed_region_first(ranked, ctx)
    top = namesake(of_kind_countries(ranked, ctx.kind_countries), ctx, focus)  # "Shyamnagar upazila": Bangladesh's
    if ctx.kind_countries and top.cc not in ctx.kind_countries and top.fclass == "P":
        return None  # "Dire and Miyo woredas": districts of Ethiopia the gazetteer lacks, not Mali's town of Diré
    if ctx.stated_people:  # "X, a city of some 40,000": the namesake of about that size
        top = of_stated_size([top] + ranked, ctx.stated_people, focus)[0]
    if ctx.title or (top.fclass not in ("P", "A") and ctx.next_word in FEATURE_INSTITUTIONS) or (
            ctx.agency_after and top.fcode != "PCLI"):  # "Nova Scotia Power", not "the US Army"
        return None  # a newspaper: "the Jakarta Post"; a hospital named after a mountain: "Mount Sinai Hospital"
    if ctx.dateline:  # with no town of the name, "AUSTRALIA:" (a roundup's heading) is the country (a region's name,
        # the region); not "X, Chile -"
        town = _dateline_town(ranked, focus, ctx.qualifier, ctx.regions) or _dateline_feature(mention, ranked)
        return town or (None if ctx.comma_name else next((f for f in ranked if f.fcode in ("PCLI", "ADM1")
                                                          and f.how == "name"), None))  # "ALBAY: LAHAR WARNING"
    if name_key(mention.text) in stoplist() and not ctx.qualifier and not _stop_ok(top, focus, ctx):
        top = next((f for f in ranked if _stop_ok(f, focus, ctx)), None)  # a reading the context supports
        if top is None:
            return None
    if mention.text in FUNCTION_WORDS and ctx.next_word == "of":
        return None  # "Most of the houses were repaired", in news of the Czech Republic: no town of Most
    if ctx.headline and (mention.text.capitalize() in FUNCTION_WORDS or mention.text.lower() in LOCATIVE
                         or (top.how == "alt" and mention.first == mention.last)):
        return None  # "... FROM LIBERIA": a headline's ordinary word, not Frome
    if top.how == "demonym":
        return top if not ctx.glued_before else None
    if ctx.source and top.fcode not in ("PCLI", "ADM1", "PPLC", "CONT") and not ctx.qualifier:
        return None  # "according to Whitley": a source, not a town of that name
    if (top.fclass == "P" and mention.text.isupper() and not top.name.isupper() and not ctx.qualifier
            and not ctx.headline and not _capitals_town(mention, top, focus)):
        return None  # an acronym ("UN", "CDC") that happens to spell a town
    if top.fclass != "P":
        if ctx.glued_after and ctx.next_word in MARKET_TOWN_WORDS:
            return None  # "Dolpa Bazaar": a market town named after its district, which the gazetteer may lack
        if ctx.glued_after and mention.text in COMPASS:
            return None  # "the Central Bank of Kenya", "Eastern Airlines": a name's first word, not Kenya's Central
        return None if (ctx.glued_before and mention.first == mention.last) or _given_name(mention, ctx) else top
    if foreign_spelling(mention, top, focus, ctx):
        return None  # another spelling of a town abroad ("Amen" for Amiens): a word or a name, not that town
    if (focus and top.cc not in focus and top.population < MIN_BARE_TOWN and not ctx.qualifier
            and not _written_as_named(mention, top, ctx) and not _sentence_country(top, ctx)
            and not _beyond_border(ctx)):
        return None  # a small town of a country the article never names ("Bay", "Ford"): a word or a name
    if (top.population < MIN_BARE_TOWN and not ctx.qualifier and not rest.get(top.cc, 0)
            and top.cc not in ctx.near_countries and firm_country(rest) not in (None, top.cc)
            and not _written_as_named(mention, top, ctx) and not _beyond_border(ctx)):
        return None  # "stranded in Puerto Arista" in news firmly about Peru: its place, not Mexico's hamlet
    # The countries the article's other names point to: a one-word name is no evidence for itself; a name of several
    # words ("Bergen op Zoom") is.
    others = rest if mention.first == mention.last else focus
    called_town = ctx.town_before and ctx.next_word not in REGION_WORDS | COUNTY_WORDS  # not "the town of the X region"
    if (others and top.cc not in others and top.population < FOREIGN_BARE_TOWN and not ctx.qualifier
            and not ctx.locative and not called_town):
        return None  # named bare, a mid-sized town of another country than the article's is more likely a name
    if ctx.kind_before and top.fclass == "P" and not rest.get(top.cc, 0):
        return None  # "the parish of St. Mary": a region (`subdivision_places`), not a town abroad
    if _bare_other_name(mention, top, ctx, others):
        return None  # "Rivet says", "the Yida camp": a word or a name that is also another name of a town abroad
    return top if town_ok(mention, top, ctx, focus.get(top.cc, 0) > 0, firm_country(focus) == top.cc) else None


# A word after a district's or region's name that makes the whole a town's name ("Dolpa Bazaar", "Sadar Bazar").
MARKET_TOWN_WORDS = frozenset({"Bazaar", "Bazar"})


def _english_name(mention: Mention) -> Mention:
    """The mention with each big city known by it as an English name of `english_names.tsv` ("Hull" for Kingston
    upon Hull) counted as found under its own name: the city then ranks as such against smaller namesakes under their
    own names (Hull, Quebec)."""
    if name_key(mention.text) not in english_names():
        return mention
    features = tuple(replace(f, how="name") if f.how == "alt" and f.fclass == "P" and f.population >= FOREIGN_BARE_TOWN
                     else f for f in mention.features)
    return mention if features == mention.features else replace(mention, features=features)


def _region_of_kind(ranked: list[Feature], ctx: Context) -> list[Feature]:
    """'Augusta, in the American state of Georgia' in news of the Caucasus: a region's kind word and "of" before a country's
    name make it the first-level region of that name, where there is one."""
    if ranked[0].fcode != "PCLI" or not ctx.kind_before:
        return ranked
    region = next((f for f in ranked if f.fcode == "ADM1" and f.how == "name"), None)
    return ranked if region is None else [region] + [f for f in ranked if f is not region]


def _town_near(ranked: list[Feature], ctx: Context) -> list[Feature]:
    """'a solar farm near Delaware' in news of Ohio: one is near a town, not a state; a town of MIN_BARE_TOWN people
    of another first-level region the article names, when the name's top reading is a region."""
    top = ranked[0]
    if not ctx.near_before or top.fcode != "ADM1":
        return ranked
    town = next((f for f in ranked if f.fclass == "P" and f.how == "name" and (f.cc, f.admin1) in ctx.regions
                 and f.admin1 != top.admin1 and f.population >= MIN_BARE_TOWN), None)
    return ranked if town is None else [town] + [f for f in ranked if f is not town]


def _region_town_over_foreign_feature(ranked: list[Feature], ctx: Context, focus: Counter[str]) -> list[Feature]:
    """A river, lake or other feature of a country the article never names (or names less than the one it is firmly
    about) is a town of that name in a first-level region the article names: "seeding around Swan River" in news of
    Manitoba is the town, not Perth's river; "from Thames to Taumarunui" in news of Waikato, not London's river; so
    is a town of the country the article is firmly about listed with a place of it ("ferries at Banjul and Barra" in
    news of the Gambia: the port, not the Hebridean island)."""
    top = ranked[0]
    if top.fclass not in ("H", "T", "L") or not top.cc or not focus:
        return ranked
    home = firm_country(focus)
    town = next((f for f in ranked if f.fclass == "P" and f.how == "name"
                 and ((f.cc, f.admin1) in ctx.regions or (f.cc == home and f.cc in ctx.listed_with))), None)
    if town is None or (focus.get(top.cc, 0) > 0 and (home != town.cc or top.cc == town.cc)):
        return ranked  # a feature of a country the article names, unless it is firmly about the town's
    return [town] + [f for f in ranked if f is not town]


# Words after a natural feature's name that make it an institution's: "Mount Sinai Hospital", "Lake Forest College".
FEATURE_INSTITUTIONS = frozenset({"Hospital", "Hospitals", "Medical", "Clinic", "School", "Academy", "College",
                                  "University", "Church", "Cathedral", "Hotel", "Bank", "Capital", "Partners",
                                  # a firm named after a sea or a range: "the Caspian Pipeline Consortium"
                                  "Pipeline", "Shipping", "Company", "Corporation", "Consortium", "Airlines",
                                  "Airways", "Exchange", "Holdings", "Ferries", "Electric",  # "Hokuriku Electric"
                                  # a works named after its site: "the Ilisu project"
                                  "project", "Project"})


# Lower-case words after a name that make it a small local place, not a city abroad under another of its names.
LOCAL_KINDS = frozenset({"camp", "camps", "village", "villages", "hamlet", "neighbourhood", "neighborhood", "settlement"})


def _bare_other_name(mention: Mention, top: Feature, ctx: Context, others: Counter[str]) -> bool:
    """A one-word name read as another name of a town (GeoNames' alternate names: old, foreign or local names) is that
    town only when the text supports it: a locative word, a qualifier, its people, or another name of its country in
    the article ("Bombay" in a story about India). Named bare otherwise, it is a surname, a word or a place the
    gazetteer lacks ("Rivet says" is no town in Algeria). Not before a region's kind word ("Rostov Oblast"), nor a
    city's English name (`english_names`: "Kiev denied the report"); always before a local place's kind word ("the
    Yida camp" in South Sudan is no Jeddah) and after "the", which names no town."""
    if top.how != "alt" or mention.first != mention.last or top.cc in others or ctx.qualifier:
        return False
    if ctx.next_word in LOCAL_KINDS:
        return True  # "the Yida camp": a local place, whatever city abroad its name also spells
    if ctx.the_before:
        return True  # "along the Tana": a river or a region, as "the" says, not a city's other name
    return (name_key(mention.text) not in english_names() and not ctx.locative and not ctx.dweller
            and ctx.next_word not in COUNTY_WORDS | REGION_WORDS)


# A much bigger namesake town is meant over the top-ranked town unless the text ties the name to the top one: a
# qualifier ("Paris, Texas"), a name after a comma ("Donetsk, Rostov Oblast"), the top town's region in the same
# sentence, or a local area named after it ("Athens County"). The article's countries alone do not: "rebels in
# Donetsk" is the Ukrainian city, "the WHO in Geneva" in an article about the US is Switzerland's Geneva. How much
# bigger: a national capital abroad, FAMOUS_CAPITAL_RATIO times; a metropolis anywhere, METROPOLIS_RATIO times; a big
# city abroad, the ratios of FAMOUS (at least this many people, this ratio), over a town of under FOREIGN_BARE_TOWN


def _given_name(mention: Mention, ctx: Context) -> bool:
    """'Chad Smith', 'Jordan Peterson': a country's or region's name that is a given name, right before a capitalised
    word that is no kind of place or area ("the Chad Basin", "Georgia State"), and not itself after one (a given name
    opens a person's name: "Sierra Nevada Corp"), is a person's."""
    return (ctx.glued_after and not ctx.glued_before and not ctx.qualifier and mention.first == mention.last
            and name_key(mention.text) in given_names()
            and ctx.next_word not in COUNTY_WORDS | REGION_WORDS and ctx.next_word not in kind_words())


def without_persons(text: str, ws: list[Word], mentions: list[Mention]) -> list[Mention]:
    """The mentions but the given names of people (`given_name_person`) and the surnames right after them: "Virginia
    Bates" names no US state that should pull "Milan" to an American namesake, "Jordan Henderson" no town in Nevada."""
    persons = [m for m in mentions if given_name_person(text, ws, m)]
    surnames = {m.last + 1 for m in persons}
    return [m for m in mentions if m.first not in surnames and not any(m is p for p in persons)]


def given_name_person(text: str, ws: list[Word], m: Mention) -> bool:
    """`_given_name` before any context is worked out (for the article's countries and the surname after it)."""
    if m.first != m.last or m.text.isupper() or name_key(m.text) not in given_names() or m.last + 1 >= len(ws):
        return False
    nxt, prev = ws[m.last + 1], ws[m.first - 1] if m.first > 0 else None
    if not nxt.capital or text[m.end:nxt.start] != " " or (prev and prev.capital and text[prev.end:m.start] == " "):
        return False
    return (nxt.text not in OFFICE_WORDS | COUNTY_WORDS | REGION_WORDS and name_key(nxt.text) not in stoplist()
            and nxt.text not in kind_words())


def _dateline_town(ranked: list[Feature], focus: Counter[str], qualifier: tuple[Feature, ...],
                   regions: frozenset[tuple[str, str]] = frozenset()) -> Feature | None:
    """A dateline names the town the story was filed from ("WASHINGTON —" is the city, not the state): a town of the
    region or country named after it ("PARIS, Texas"), else the capital under its own name (not "VICTORIA -" for Hong
    Kong, which GeoNames also calls Victoria), unless smaller than a namesake of a country the article names, else a
    town of DATELINE_REGION_TOWN people in
    a first-level region the article names ("CUAUHTEMOC, Mexico - ... the northern state of Chihuahua": Chihuahua's
    city, not Mexico City's borough), else the largest town of the article's countries (of a region the article
    names first: "QUEENSTOWN, Australia - ... Tasmania's west coast"), else the largest; a small town that is the one
    town of its name in the countries the article names (or in the one it is firmly about), too, and one of unknown
    size that is the only town of its name anywhere; with no town of the name, an area or region of the country
    named after it."""
    def held(f: Feature) -> bool:
        return any(q.cc == f.cc and (q.fcode != "ADM1" or q.admin1 == f.admin1) for q in qualifier)
    def regional(f: Feature) -> bool:
        return f.population >= DATELINE_REGION_TOWN and (f.cc, f.admin1) in regions
    named = [f for f in ranked if f.fclass == "P" and f.how == "name"]
    firm = firm_country(focus)

    def sole(f: Feature) -> bool:  # "NORTHALLERTON - ... North Yorkshire": the one town of the name of the article's
        # countries, or of the country it is firmly about ("NANDI HILLS -" in news of Kenya, though India has one too)
        mine = [g for g in named if focus.get(g.cc, 0) > 0 and (firm is None or g.cc == firm)]
        return mine == [f] and (f.population >= MIN_LOCATIVE_TOWN or named == [f])  # a size unknown: the only one
    towns = [f for f in ranked if f.fclass == "P" and f.how != "demonym"
             and (f.population >= MIN_BARE_TOWN or held(f) or regional(f) or sole(f))]
    if not towns:  # "WAYANAD, India (Reuters) -": a district or area of the country named after it, else nothing
        return next((f for f in ranked if f.fclass in ("A", "L", "T") and f.fcode != "PCLI" and held(f)), None)
    home = max((f.population for f in towns if focus.get(f.cc, 0) > 0), default=0)

    def capital(f: Feature) -> bool:  # "VICTORIA -" in news of British Columbia: not the Seychelles' smaller capital
        return f.fcode == "PPLC" and f.how == "name" and (focus.get(f.cc, 0) > 0 or f.population >= home)
    return max(towns, key=lambda f: (held(f), capital(f), regional(f), focus.get(f.cc, 0) > 0,
                                     (f.cc, f.admin1) in regions, f.population))


def _dateline_feature(mention: Mention, ranked: list[Feature]) -> Feature | None:
    """A dateline naming a feature by its full name, kind word and all, when no town has the name ("MIGINGO ISLAND,
    Lake Victoria -": the island, whatever follows the comma)."""
    said = name_key(mention.text)
    words = [w.capitalize() for w in mention.text.split()]
    if len(words) < 2 or not {words[0], words[-1]} & (kind_words() | ISLAND_WORDS):
        return None
    return next((f for f in ranked if f.fclass in ("H", "T", "L") and f.how == "name" and name_key(f.name) == said),
                None)


ISLAND_WORDS = frozenset({"Island", "Islands", "Isle"})  # an island's kind word (not among `kind_words`)


# A dateline's town of a first-level region the article names needs this many people to beat a bigger namesake
# elsewhere ("CIUDAD HIDALGO, Mexico - ... Chiapas": the border town, not Michoacán's city).
DATELINE_REGION_TOWN = 5_000


def _capitals_town(mention: Mention, top: Feature, focus: Counter[str]) -> bool:
    """A town written in capitals (a headline's "FLOODS HIT BISSAU") rather than an acronym: a word of six or more
    letters naming the capital, or a town of 100,000 people, of a country the article names."""
    return (len(mention.text) >= 6 and focus.get(top.cc, 0) > 0
            and (top.fcode == "PPLC" or top.population >= FOREIGN_BARE_TOWN))


def same_sense(mention: Mention, ctx: Context, earlier: Feature) -> bool:
    """The earlier reading holds unless this mention has its own qualifier, is part of a longer name or is a common
    word's spelling."""
    if ctx.qualifier or ctx.glued_before or name_key(mention.text) in stoplist():
        return False
    if ctx.glued_after and ctx.next_word not in COUNTY_WORDS | REGION_WORDS:
        return False
    return earlier.fclass == "P" and any(f.fid == earlier.fid for f in mention.features)


def _sentence_country(top: Feature, ctx: Context) -> bool:
    """After a locative word, a town of the country another name of the sentence was resolved to ("captured Goma, and
    denied its forces were in Sake"): a town like any other of the gazetteer, though the article never names its
    country."""
    return ctx.locative and not ctx.initial and top.cc in ctx.near_countries


def _beyond_border(ctx: Context) -> bool:
    """After a locative word, a name the text puts across a border ("towards the X camps across the border"): a place
    of a country beyond the article's, though the article never names it."""
    return ctx.across_after and ctx.locative


def _written_as_named(mention: Mention, top: Feature, ctx: Context) -> bool:
    """After a locative word, a name written with the accents of the one town of that exact name ("from Necoclí to
    Acandí"): no English word or name; that town, whatever country the article names."""
    if not ctx.locative or ctx.initial or mention.text != top.name or mention.text.isascii():
        return False
    return sum(1 for f in mention.features if f.fclass == "P" and f.name == top.name) == 1


def _stop_ok(f: Feature, focus: Counter[str], ctx: Context) -> bool:
    """A stoplisted name ("Victoria") is a place after a locative word when it names a region, an island ("reports from
    Pentecost" in news of Vanuatu) or a city of 100,000 people, of a country in focus, or a town of a first-level
    region the article names; after "the town of", or after a locative word and described as a town, any town of a
    country in focus."""
    if ctx.dweller:  # "Jackson residents", "Jackson's mayor": no person's name
        return f.how == "name" and (focus.get(f.cc, 0) > 0 or f.cc in ctx.near_countries)
    if ctx.town_before and f.fclass == "P" and focus.get(f.cc, 0) > 0:
        return True  # "lived in the town of Tyrone": the text says it is a town
    if ctx.locative and not ctx.initial and f.fclass == "P" and f.how == "name" and (f.cc, f.admin1) in ctx.regions:
        return focus.get(f.cc, 0) > 0  # "homes near Jackson" in news of Kentucky: a town of the region it names
    if ctx.locative and ctx.described_after and f.fclass == "P" and f.how == "name" and focus.get(f.cc, 0) > 0:
        return True  # "shops in Victoria, the island's main town" in news of Gozo: a person's name is no town
    if listed_after_town(f, ctx) and focus.get(f.cc, 0) > 0:
        return True  # "floods hit Stowe, Jackson and Barre" in news of Vermont
    if listed_region(f, ctx) and focus.get(f.cc, 0) > 0:
        return True  # "requests from Cork, Clare and Donegal" in news of Ireland: the county, no first name
    if f.fcode == "ISL" and (f.cc in ctx.listed_with or ctx.on_before) and focus.get(f.cc, 0) > 0:
        return True  # "gardens on Pentecost (and Maewo)" in news of Vanuatu: an island's preposition, or its list
    if _county_opening(f, focus, ctx):
        return True  # "Clare prepares for the storm" in news of Ireland: the county, no first name
    if f.fcode == "ADM1" and ctx.next_word in REGION_AFTER and focus.get(f.cc, 0) > 0:
        return True  # "the Centre department" in news of Haiti: the region its kind word names, no word
    town = f.fclass == "P" and f.how == "name" and f.population >= FOREIGN_BARE_TOWN
    big = f.fclass == "A" or f.fcode == "ISL" or town
    return ctx.locative and not ctx.initial and big and focus.get(f.cc, 0) > 0


def _county_opening(f: Feature, focus: Counter[str], ctx: Context) -> bool:
    """A county or region of the country the article is firmly about, under its own name, opening a sentence before
    a verb that is no person's doing (news names people by their surnames, not by a bare first name)."""
    return (ctx.initial and f.fclass == "A" and f.fcode in ("ADM1", "ADM2") and f.how == "name"
            and firm_country(focus) == f.cc and ctx.next_word.islower() and ctx.next_word not in PERSON_VERBS)
