"""Whether the words around a name support reading it as a town: a qualifier, a locative word, its people or offices,
a large population, and at a sentence's start the few cases a capitalised surname is unlikely."""

from __future__ import annotations

from functools import lru_cache

from ..data import data_path, read_tsv
from .context import Context
from .distance import near_points
from .gazetteer import Feature
from .keys import name_key
from .mentions import COUNTY_WORDS, REGION_WORDS, Mention
from .prior import MIN_BARE_TOWN, MIN_LOCATIVE_TOWN


def town_ok(mention: Mention, f: Feature, ctx: Context, home: bool = False, firm: bool = False) -> bool:
    """A town reading needs support: a qualifier, a locative word, or a large population; never inside a longer name.
    After a locative word, a town of a country the article names (`home`) whose population GeoNames does not give (0)
    is a town like any other of the gazetteer (it lists towns of 500 people or more, and seats of districts); so is a
    reviewed town of `towns.tsv` (no GeoNames record) of any size, wherever it lies, and any town of the country the
    article is firmly about (`firm`); a town listed right after a town of its first-level region, which the article
    names, needs no more (`listed_after_town`), nor does a town of several words of a country its sentence names. Named
    bare inside a sentence, a town of the country the article is firmly about (`firm`) needs FIRM_BARE_TOWN people, a
    town of several words of a first-level region the article names none, a town of a country the article names
    SENTENCE_REGION_TOWN when its sentence names its first-level region, a town of a first-level region the article
    names, in the country it is firmly about, REGION_TOWN;
    at a sentence's start every town needs five times MIN_BARE_TOWN (a capitalised surname is as likely there), but for
    the exceptions below (`_home_opening`, `_capital_opening`, `_only_home_town`) and a town of several words of a
    country the article names, which needs MIN_BARE_TOWN ("Key West, about 150 km north of Havana": no surname). The
    capital of a country the article names needs nothing more inside a sentence ("housing on Funafuti")."""
    county = ctx.next_word in COUNTY_WORDS  # "Morgan County, Ohio": a county named after a town anywhere
    if any(q.cc == f.cc and (q.fcode != "ADM1" or q.admin1 == f.admin1 or county) for q in ctx.qualifier):
        return True  # "Springfield, Illinois"; not "National Park, Wyoming" for a town in New Jersey
    if ctx.glued_before or (ctx.glued_after and ctx.next_word not in COUNTY_WORDS | REGION_WORDS):
        return False
    if ((ctx.locative and not ctx.initial) or ctx.dweller or ctx.route_end
            or (home and (ctx.described_after or ctx.described_small or ctx.town_before or ctx.located_after))):
        # "in X", "X residents", "X's mayor", "the X-Y road"; "X, a village of Y", "X, a hill village", "X, Y and other towns" for a
        # town of a country the article names; any town of the gazetteer in the country it is firmly about
        return (f.population >= MIN_LOCATIVE_TOWN or f.geonameid is None or (f.population == 0 and home)
                or (firm and not ctx.initial))
    if home and f.fcode == "PPLC" and f.how == "name" and not ctx.initial:
        return True  # "land reclamation on Funafuti" in news of Tuvalu: the capital of a country it names
    if ctx.initial:
        return (f.population >= MIN_BARE_TOWN * 5 or _home_opening(f, ctx, home) or _capital_opening(f, ctx, home)
                or _amid_opening(f, ctx, home) or (home and ctx.place_said and f.how == "name"
                                                   and f.population >= FIRM_BARE_TOWN)
                or _only_home_town(mention, f, ctx, firm) or _region_seat_governing(f, ctx)
                or (mention.first != mention.last and home and f.how == "name" and f.population >= SEVERAL_WORDS_OPENING
                    and ctx.next_word not in PERSON_VERBS - PLACE_VERBS - {"and"})
                or (home and f.how == "name" and f.population >= MIN_LOCATIVE_TOWN and _kind_tail(mention)))
    if listed_after_town(f, ctx):
        return True  # "floods hit Stowe, Jackson and Barre" in news of Vermont: one of its towns, of any size
    if firm and f.how == "name" and ctx.next_word in ("oasis", "Oasis"):
        return True  # "the Azraq oasis" in news of Jordan: the land around its town, of any size
    if mention.first != mention.last and (f.cc, f.admin1) in ctx.regions and f.how == "name":
        return True  # "Red Lodge lost power" in news of Montana: a town of its region, of any size
    if mention.first != mention.last and home and f.cc in ctx.near_countries and f.how == "name" and not ctx.the_before:
        return True  # "Romania is promoting Vama Veche": a town of several words of the country its sentence names (not
        # "the Port Fairy cattle": a name modifying a noun)
    if home and f.geonameid is None and f.how == "name" and f.cc in ctx.listed_with and ctx.and_name_after:
        return True  # "fuel for Kasindi and Beni": a reviewed town (towns.tsv) listed with a place of its country
    if home and (f.cc, f.admin1) in ctx.near_regions and f.how == "name":
        return f.population >= SENTENCE_REGION_TOWN  # "officials in Queensland said Mareeba ...": its town
    if firm and (f.cc, f.admin1) in ctx.regions and f.how == "name" and ctx.next_word not in PERSON_VERBS - PLACE_VERBS:
        return f.population >= REGION_TOWN  # "smoke alerts for Gunnison" in news of Colorado: its town
    return f.population >= (FIRM_BARE_TOWN if firm else MIN_BARE_TOWN)


# Last words of a town's name that no surname ends with ("Byron Bay", "Tweed Heads", "Hot Springs").
PLACE_TAILS = frozenset({"Bay", "Beach", "Heads", "Falls", "Springs", "Harbour", "Harbor", "Creek", "Junction",
                         "Landing", "Crossing", "Wells", "Rapids", "Cove"})


def _kind_tail(mention: Mention) -> bool:
    """Whether the town's name is of several words, the last a kind of place ("Byron Bay escaped the flooding")."""
    return mention.first != mention.last and mention.text.split()[-1] in PLACE_TAILS


def listed_after_town(f: Feature, ctx: Context) -> bool:
    """Whether the town is listed right after a town of its own first-level region, a region the article names, and
    the list goes on."""
    town = ctx.listed_town
    return (town is not None and f.fclass == "P" and f.how == "name" and (town.cc, town.admin1) == (f.cc, f.admin1)
            and (f.cc, f.admin1) in ctx.regions and ctx.next_word in ("and", "or", ","))


def listed_region(f: Feature, ctx: Context) -> bool:
    """Whether the region (a county, a province) is listed right after a town of its country and the list goes on:
    "from Cork, Clare and Donegal"."""
    town = ctx.listed_town
    return (town is not None and f.fclass == "A" and f.fcode.startswith("ADM") and f.how == "name" and town.cc == f.cc
            and ctx.next_word in ("and", "or", ","))


# Verbs after a name opening a sentence that make it a person or an organisation ("Anderson said", "Hill told").
PERSON_VERBS = {"said", "says", "told", "tells", "added", "adds", "asked", "held", "holds", "wrote", "writes", "argued",
                "argues", "warned", "warns", "urged", "urges", "noted", "notes", "explained", "announced", "announces",
                "called", "calls", "stated", "insisted", "declined", "refused", "admitted", "believes", "believed",
                "thinks", "thought", "hopes", "hoped", "wants", "wanted", "met", "spoke", "speaks", "testified",
                "agreed", "denied", "claimed", "claims", "confirmed", "confirms", "signed", "won", "led", "leads",
                "joined", "became", "is", "has", "had", "who", "whose", "and"}


def _capital_opening(f: Feature, ctx: Context, home: bool) -> bool:
    """A national capital opening a sentence under its own name ("Honiara police said", "Nuku'alofa was covered in
    ash"), however small, unless a verb of a person's doings follows ("Lima said") and the article never names its
    country (where it does, the capital stands for the government: "Honiara signed a pact" in news of Solomon
    Islands)."""
    return f.fcode == "PPLC" and f.how == "name" and (ctx.next_word not in PERSON_VERBS or home)


def _only_home_town(mention: Mention, f: Feature, ctx: Context, firm: bool) -> bool:
    """A name opening a sentence whose one reading anywhere is a town of MIN_BARE_TOWN people in the country the
    article is firmly about ("Mazatenango ran out of fuel" in news of Guatemala), unless a verb of a person's
    doings follows (one that follows places as often, PLACE_VERBS, is no sign)."""
    return (firm and len(mention.features) == 1 and f.population >= MIN_BARE_TOWN and f.how == "name"
            and ctx.next_word not in PERSON_VERBS - PLACE_VERBS)


def _region_seat_governing(f: Feature, ctx: Context) -> bool:
    """The seat of government of a first-level region the article names, opening a sentence before a word of what a
    government does ("Frankfort has promised more money" in news of Kentucky; not "Frankfort said", as a surname
    would)."""
    return (f.how == "name" and (f.cc, f.admin1) in ctx.regions and ctx.next_word in GOVERNING_WORDS
            and (f.cc, name_key(f.name)) in region_seats())


# Words after a seat of government standing for it ("Frankfort has promised", "Victoria wants").
GOVERNING_WORDS = frozenset({"has", "will", "wants", "plans", "promised", "pledged", "approved", "announced", "ordered",
                             "declared", "agreed", "rejected", "refused", "insists", "insisted"})


@lru_cache(maxsize=1)
def region_seats() -> frozenset[tuple[str, str]]:
    """(country, name key) of the seats of government of first-level regions (`data/geo/region_capitals.tsv`)."""
    return frozenset((row["iso2"], name_key(row["name"])) for row in read_tsv(data_path("geo", "region_capitals.tsv")))


# Verbs that follow a place's name as often as a person's: "X has recorded four cases", "X had no power".
PLACE_VERBS = frozenset({"has", "had", "is"})


def _home_opening(f: Feature, ctx: Context, home: bool) -> bool:
    """A town opening a sentence is that town, though under MIN_BARE_TOWN * 5 people, when it has MIN_BARE_TOWN, lies
    in a country the article names (`home`) and either in a first-level region the article names ("Napier lost
    power" in an article about Hawke's Bay) or with its location right after it ("X, in the Y region, ...", "X, on the
    island of Y, ...", "X, home to an army plant, ..."), then as any town of the gazetteer (of any size in a
    first-level region the article names); not before a verb of a person's doings ("Anderson said"), nor before "and"
    but for a place of its country listed after it with its article ("Mackay and the Whitsunday Islands escaped": not
    "Lakhimpur and Dhemaji districts", a list of districts)."""
    if home and ctx.located_after:
        return f.population >= MIN_LOCATIVE_TOWN or f.population == 0 or (f.cc, f.admin1) in ctx.regions
    if not home or f.population < MIN_BARE_TOWN:
        return False
    # "Mackay and the Whitsunday Islands escaped", "Ayodhya and Sultanpur reported damage": a list of its country
    listed = (ctx.and_the_after or ctx.and_name_after) and f.cc in ctx.listed_with
    return (f.cc, f.admin1) in ctx.regions and (ctx.next_word not in PERSON_VERBS or listed)


def _amid_opening(f: Feature, ctx: Context, home: bool) -> bool:
    """A town of a country the article names opening a sentence, of any size the gazetteer lists, with AMID_OPENING
    of the article's earlier towns and features within AMID_OPENING_KM, unless a verb of a person's doings follows:
    "X lost power for a day" in news of the valley it lies in; before "and" only with a place of its country listed
    after it ("X and Y, on the northern coast, had no water")."""
    listed = ctx.and_name_after and f.cc in ctx.listed_with
    return (home and f.how == "name" and f.fclass == "P" and (ctx.next_word not in PERSON_VERBS - PLACE_VERBS or listed)
            and near_points(f.lat, f.lon, ctx.earlier_points, AMID_OPENING_KM,
                            1 if f.population >= MIN_BARE_TOWN else AMID_OPENING))


# A town of several words of a country the article names, opening a sentence, needs this many people.
SEVERAL_WORDS_OPENING = 5_000
# A town of the country the article is firmly about, named bare, needs this many people (others MIN_BARE_TOWN).
FIRM_BARE_TOWN = 10_000
# A town of a country the article names, named bare in a sentence that names its first-level region, needs this many.
SENTENCE_REGION_TOWN = 5_000
# A town of a first-level region the article names, of the country it is firmly about, named bare, needs this many.
REGION_TOWN = 1_000
# A town opening a sentence with this many of the article's earlier places within this many km is that town.
AMID_OPENING = 2
AMID_OPENING_KM = 100.0
