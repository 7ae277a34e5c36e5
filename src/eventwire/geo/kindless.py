"""A feature named bare that the gazetteer knows only with its kind word: "around Newcastle and the Hunter" in news of
New South Wales is the Hunter Valley, "flooding along the Derwent" a Derwent River of the article's country. After a
locative word and "the", a capitalised name no place covers, followed by punctuation, a function word (not "the
Hunter case") or a direction from a place ("along the X west of Y"), is the valley, region or river of that name in a
country the article names, when there is one; so is "the X" before what a river does ("as the Tyne rose"), as a
river, even where a region of that name was read ("the Moselle burst its banks"), and "the X" after a river's parts
("a tributary of the X"), and "the X" the text calls a river ("The X, a major tributary,")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from .gazetteer import Feature, Gazetteer
from .holder import holding_country, overlaps
from .keys import name_key
from .mentions import stoplist
from .namesake import firm_country
from .place import Place, from_feature, unresolved
from .stretches import stretch_to_river

# A capitalised word of a name, accented letters too ("Rhône"), of two letters at least ("the Po", "the Aa").
WORD = r"[A-Z][a-zà-öø-ÿ]{1,}"
# A river's name of up to three words, joined by a connector ("the Madre de Dios", "the Sao Francisco").
NAME = WORD + r"(?: (?:de |del |do |da |dos |das )?" + WORD + r")?"
# "Across the Lena from the city": a sentence may open with the locative word.
# What may follow a feature's bare name: punctuation, a function word, a direction from a place ("the X west of Y").
BARE_END = (r"(?=[.,;:)]|\s+(?:and|or|on|in|at|after|before|where|which|that|was|were|is|are|has|had|have|for"
            r"|to|from"
            r"|with|as|by|over|during|this|last|since|until|when|while|overnight|again|near)\b"
            r"|\s+(?:north|south|east|west)(?:-?(?:east|west))? of\b)")
BARE = re.compile(r"\b(?:in|[Aa]cross|[Aa]round|[Nn]ear|[Aa]long|[Tt]hrough|into|on|and|[Bb]eside|[Bb]elow|[Aa]bove|to"
                  r"|past|cross|crossed|crossing|down|up|off) "
                  r"the (?:upper |lower )?(" + WORD + r"(?: " + WORD + r")?)" + BARE_END)  # "near the Pa Sak."
# "The Paraguay at Ladário": a country's name that news never writes with "the", after "the", is a river's.
THE_COUNTRY = re.compile(r"\b[Tt]he (" + WORD + r")" + BARE_END)
# Countries whose English name takes "the" (and names of rivers the same): "the Gambia", "the Congo", "the Sudan".
THE_COUNTRIES = frozenset({"Gambia", "Congo", "Sudan", "Bahamas", "Philippines", "Netherlands", "Comoros", "Maldives",
                           "Seychelles", "Ukraine", "Lebanon", "Yemen", "Vatican", "Caribbean", "Argentine"})
# "flooding along the X cut the road", "a hillside above the Kali Gandaki gave way": along (above, below) a name of one
# or two words, before any verb.
ALONG_BARE = re.compile(r"\b(?:[Aa]long|[Bb]eside|above|below) the (?:upper |lower )?(" + WORD + r"(?: " + WORD
                        + r")?)(?= [a-z]+\b)")
KINDS = ("{} Valley", "{} Region", "{} River", "River {}")
# Words before "the X" that only a river's bank or course follows: a region reading of X yields to the river.
ALONG = ("along", "beside", "cross", "crossed", "crossing")
# Words right before "on the X" that make X a river too ("barges moored upstream on the Paraná").
STREAM_ON = ("upstream ", "downstream ")
# "as the Tyne rose", "when the Wharfe swelled", "where the Paraná rises", "the X and the Y join", "the X flows past",
# "the X, which joins the Y", "the X, which carries soybeans to the ports", "the X, which swept through the town",
# "streams feeding the X":
# a river, by what it does; "the swollen X", "rains swelled the X": by what befell it; "the confluence of the X and the
# Y", "its confluence with the X": by where it ends.
ADVERB = r"(?:also |again |then |quickly |rapidly )?"  # "as the X also swelled"
RISING = re.compile(rf"\b[Tt]he ({WORD}(?: {WORD})?) {ADVERB}(?:burst|bursts|rose|rises|peaked|peaks|swelled|swells"
                    r"|overflowed|broke|crested|climbed|(?:was|is) rising|(?:was|is) running (?:above|high)"
                    r"|(?:was|is) flowing (?:at|above)|overwhelmed"
                    r"|submerged|inundated|washed away|swept away|flooded|receded|(?:has |had )?(?:dropped|fallen)"
                    r"|fell (?:to|below|by))\b"
                    r"|\bthe (?:rain-|flood-)?swollen (" + WORD + r"(?: " + WORD + r")?)\b(?! [A-Z])"
                    r"|\bswelled the (" + WORD + r")(?=[ ,.])(?! [A-Z])"
                    r"|\b(?:(?:tributar(?:y|ies)|banks|mouth|estuary) of|confluence with) the (" + WORD
                    + r")\b(?! [A-Z])"
                    r"|\bthe (" + WORD + r") (?:out of|over) (?:its|their) banks\b"
                    r"|\b(?:meets|joins|flows into|empties into|feeding|feeds) the (" + WORD + r"(?: " + WORD + r")?)\b(?! [A-Z])"
                    # "the flow of the X", "the muddy waters of the X"
                    r"|\b(?:the flow|the (?:[a-z]+ )?waters?) of the (" + WORD + r")\b(?! [A-Z])"
                    r"|\bthe (" + WORD + r"),? and the (?:smaller |larger )?(" + WORD + r") (?:join|meet|merge)\b"
                    r"|\bconfluence of the (" + WORD + r") and (?:the )?(" + WORD + r")\b(?! [A-Z])"
                    r"|\b[Tt]he (" + NAME + r"),? (?:which |that )?(?:itself )?"  # "where the Padma flows into"
                    r"(?=(?:flows|runs|drains|empties|winds|divides|splits|forks)"
                    r" (?:into|past|through|across|along|south|north|east|west|down|from)\b|(?:joins|meets) the\b"
                    r"|carries\b|(?:swept|burst|surged|spilled) (?:through|into|over|across|its|their)\b)"
                    r"|\bthe (?:upper|middle|lower) (" + WORD + r")\b(?![ -][A-Z])"  # "barges stuck on the lower Magdalena"
                    # "The X, a major tributary,", "the X, a river that": what the text says it is
                    r"|\b[Tt]he (" + NAME + r"), (?:an?|the|one of the|its) (?:[a-z]+ ){0,3}"
                    r"(?:river|rivers|tributary|tributaries|waterway)\b"
                    r"|\bbridges? (?:over|across) the (" + WORD + r"(?: " + WORD + r")?)\b(?! [A-Z])")  # what spans it
# The groups of RISING that say a river however little the gazetteer knows of it: "the swollen X", "the flow of X".
SURE_RIVER = (2, 7, 14)
# The pair of "the X and the Y join": either is a river the gazetteer lacks when the other is one it knows.
JOINING = (8, 9)
# What only a river does, said of a name no river of the gazetteer bears (not "the Spurs rose"): a river it lacks.
FLOODING = re.compile(ADVERB + r"(?:burst (?:its|their) banks|overflowed|crested|swelled|broke (?:its|their) banks"
                      r"|flooded (?!into|in|back|onto|across)\b|(?:was|is) running (?:above|high)"
                      r"|broke through (?:the )?(?:stopbanks|levees?|embankments?|dykes?)"
                      r"|(?:rose|peaked) (?:overnight|again|sharply|rapidly|quickly|steadily|further|higher|above|past"
                      r"|by \d|\d|at \d|to (?:a )?(?:record|danger|flood|peak|its|\d)))\b")
RIVER_KINDS = ("{} River", "River {}")
# "the Rio Negro at Manaus", "the upper Río Grande": a name of "Rio" or "Río" after "the" is the river, not a town
# named after it (towns take no "the"); a region of the name stays ("the Río Negro" in news of Uruguay: the department
# too, and the gazetteer knows no Uruguayan river of the name).
BARE_KIND = ("{}",)
THE_RIO = re.compile(r"\b[Tt]he (?:upper |lower )?((?:Rio|Río) " + NAME + r")\b(?![ -][A-Z])")
# A town of at most this many people named after "the" where a river's name would stand ("on the X and", "the X
# rose") is the river of that name, when the article's countries have one.
RIVER_NOT_TOWN = 100_000


def kindless_features(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """The places with each such bare name as the feature of the first kind of KINDS (of RIVER_KINDS after RISING)
    found in a country the article names; a town the resolver took for such a name, after "the", as that river; a
    name RISING finds that no river of the gazetteer bears, as a river the gazetteer lacks in the country the text
    puts it, when FLOODING says so; "the Channel" and "the Gulf" as the seas of the article's countries
    (`_short_seas`)."""
    out = list(places)
    found: list[tuple[re.Match[str], tuple[str, ...]]] = [(m, BARE_KIND) for m in THE_RIO.finditer(text)]
    found += _unclaimed(BARE.finditer(text), KINDS, found)
    found += [(m, RIVER_KINDS) for m in RISING.finditer(text)]
    found += [(m, RIVER_KINDS) for m in THE_COUNTRY.finditer(text) if _country_at(out, *m.span(1))]
    found += _unclaimed(ALONG_BARE.finditer(text), KINDS, found)
    found = [(m, kinds, g) for m, kinds in found for g in range(1, (m.lastindex or 1) + 1) if m.group(g)]
    for match, kinds, group in found:  # "the X and the Y join": two rivers
        start, end = match.span(group)
        name = match.group(group)
        along = kinds is KINDS and (match.group(0).lower().startswith(ALONG)  # "villages along the Amur": no region
                                    or text.endswith(STREAM_ON, 0, match.start()))  # "moored upstream on the Paraná"
        river_said = kinds is RIVER_KINDS or along  # what only a river does, or its banks: a town of any size yields
        on_the = match.group(0).startswith("on the ")  # "Rosario, on the Paraná": no town, no state takes "the"
        town = _town_at(out, start, end, gaz, river_said or on_the, focus) or (
            _region_at(out, start, end) if river_said or on_the else None)
        if (town is None and overlaps(out, start, end)) or name_key(name) in stoplist() or _people(name, gaz):
            continue
        if kinds is BARE_KIND or town is None:
            order = RIVER_KINDS + KINDS if along else kinds  # "along the Po": the river before the Po Valley
        else:
            order = RIVER_KINDS
        feature = _with_kind(name, focus, gaz, order)
        if feature is None and river_said and town is not None and town.feature_class == "A":
            feature = _only_river(name, gaz)  # "the Rhône rose through Sion": the river, though France goes unnamed
        if feature is not None:
            place = from_feature(start, end, name, feature, None)
        elif (town is None and kinds is RIVER_KINDS and not _market_talk(text, start)
              and (any(match.group(g) for g in SURE_RIVER) or FLOODING.match(text, end + 1)
                   or _joins_known_river(match, group, focus, gaz))):
            cc = holding_country(text, start, end, out, focus)
            place = replace(unresolved(start, end, name, gaz.country(cc) if cc else None), feature_class="H",
                            feature_code="STM")
        else:
            continue
        out = [p for p in out if p is not town] + [place]
    out = _short_seas(text, [_river_not_town(text, p, out, focus, gaz) for p in out], focus, gaz)
    return _the_delta(text, out, focus, gaz)


# "farmers in the Delta": the delta of the article's country, where it has one only (Egypt's Nile Delta); not "the
# Delta State", "the Delta of the Okavango", and not a town named Delta.
THE_DELTA = re.compile(r"\bthe (Delta)\b(?![ -]?[A-Z0-9]| of\b)")


def _the_delta(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """The places, with "the Delta" as the one delta of the article's most named country that has any."""
    if "the Delta" not in text or not focus:
        return places
    deltas = next((found for cc, _ in focus.most_common() if len(cc) == 2 and (found := gaz.of_kind(cc, "DLTA"))), [])
    if len(deltas) != 1:
        return places
    out = list(places)
    for match in THE_DELTA.finditer(text):
        start, end = match.span(1)
        out = [p for p in out if not (p.start < end and start < p.end)] + [from_feature(start, end, "Delta", deltas[0],
                                                                                         None)]
    return sorted(out, key=lambda p: p.start)


def _unclaimed(matches: Iterable[re.Match[str]], kinds: tuple[str, ...],
               found: list[tuple[re.Match[str], tuple[str, ...]]]) -> list[tuple[re.Match[str], tuple[str, ...]]]:
    """The matches, with their kinds, whose name starts where no match found before starts."""
    return [(m, kinds) for m in matches if not any(m.start(1) == b.start(1) for b, _ in found)]


def _people(name: str, gaz: Gazetteer) -> bool:
    """Whether the name is a people's ("along the Russian border"): no river's bare name."""
    return any(f.how == "demonym" for f in gaz.lookup(name_key(name)))


def _joins_known_river(match: re.Match[str], group: int, focus: Counter[str], gaz: Gazetteer) -> bool:
    """'the Inn and the Ilz join the Danube': the other name of the pair is a river the gazetteer knows."""
    if group not in JOINING:
        return False
    other = match.group(sum(JOINING) - group)
    return _with_kind(other, focus, gaz, RIVER_KINDS) is not None


# Seas news names by their last word alone, in news of the countries around them: "crossed the Channel" (Britain,
# France), "a tanker seized in the Gulf", "dates bound for the Gulf" (the Persian Gulf's shores; not in news mostly of
# the US or Mexico, where it is the Gulf of Mexico). Not "the Channel 4 news", "the Channel Islands", "the Gulf of
# Aden". News of the countries whose workers and goods go there says "the Gulf" for the Persian Gulf's shores too
# ("relatives working in the Gulf" in news of Egypt or Kerala), when it names no country of another such sea.
SHORT_SEAS = {"Channel": ("English Channel", frozenset({"GB", "FR"}), frozenset(), frozenset()),
              "Gulf": ("Persian Gulf", frozenset({"IQ", "IR", "KW", "SA", "BH", "QA", "AE", "OM"}),
                       frozenset({"US", "MX", "AU"}),
                       frozenset({"JO", "EG", "LB", "SY", "PS", "YE", "SD", "PK", "IN", "BD", "LK", "NP", "PH"}))}
THE_SEA = re.compile(r"\b(?:across|cross|crossed|crosses|crossing|crossings|in|into|over|under|on|from|through|to"
                     r"|towards?|around|and|for|between|past|via|links?|linking) the (Channel|Gulf)\b"
                     r"(?![ -]?[A-Z0-9]| of\b)")


def _short_seas(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """The places, with "the Channel" or "the Gulf" as the sea of SHORT_SEAS where THE_SEA finds it in news of the
    countries around it (or, naming none of another sea's, of those beyond it), in place of a name left unresolved
    there."""
    if "the Channel" not in text and "the Gulf" not in text:
        return places
    out = list(places)
    for match in THE_SEA.finditer(text):
        name, around, elsewhere, beyond = SHORT_SEAS[match.group(1)]
        shores, other = sum(focus.get(cc, 0) for cc in around), sum(focus.get(cc, 0) for cc in elsewhere)
        if shores <= other and (other or not any(focus.get(cc, 0) for cc in beyond)):
            continue  # news of the shores around it, more than of the countries of another sea of that name
        sea = next((f for f in gaz.lookup(name_key(name)) if f.fclass == "H" and not f.cc), None)
        start, end = match.span(1)
        if sea is not None:  # an unresolved "Gulf" at the span (the tagger's) is the sea too
            out = [p for p in out if not (p.start == start and p.end == end and p.geonameid is None and p.lat is None)]
        if sea is not None and not overlaps(out, start, end):
            out.append(from_feature(start, end, match.group(1), sea, None))
    return out


# What a market index does, not a river: "as the Nasdaq rose 2%", "shares fell as the Nikkei rose to a record".
MARKET_WORDS = re.compile(r"(?i)\b(?:stocks|shares|stock (?:market|exchange|index)|markets|index|indices|indexes"
                          r"|investors|traders|trading|currency|bonds|yields|percent|per cent)\b|%")


def _market_talk(text: str, start: int) -> bool:
    """Whether the sentence of a name at `start` speaks of markets: a rising "X" there is an index, no river."""
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0]
    return bool(MARKET_WORDS.search(text, opening, min(ends, default=len(text))))


RIVER_WORDS = (" River", " Creek")
RIVER_AFTER = re.compile(r" [Rr]iver\b")


def _foreign_town_river(text: str, place: Place, places: list[Place], focus: Counter[str]) -> bool:
    """"along the Tete river" in news firmly about Kenya, read as a town of Mozambique: the river the gazetteer
    lacks."""
    home = firm_country(focus)
    return (bool(RIVER_AFTER.match(text, place.end)) and home not in (None, place.country_code)
            and not any(p.country_code == place.country_code and p.text != place.text for p in places))


def _river_not_town(text: str, place: Place, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> Place:
    """'along the X River' read as a town named "X River" (the gazetteer lacks the river), or "the X river" read as a
    town X of a country no other name of the article points to, in news firmly about another (`_foreign_town_river`):
    a river of the country the text puts it in, without a point."""
    if place.feature_class != "P" or not text.endswith(("the ", "The "), 0, place.start):
        return place
    if not place.text.endswith(RIVER_WORDS) and not _foreign_town_river(text, place, places, focus):
        return place
    cc = holding_country(text, place.start, place.end, places, focus)
    return replace(unresolved(place.start, place.end, place.text, gaz.country(cc) if cc else None),
                   feature_class="H", feature_code="STM")


def _town_at(places: list[Place], start: int, end: int, gaz: Gazetteer, any_size: bool = False,
             focus: Counter[str] | None = None) -> Place | None:
    """The town (not a capital, of at most RIVER_NOT_TOWN people unless `any_size` or it lies in a country the
    article's `focus` lacks: "from Zihuatanejo to the Balsas" is no Brazilian city) found at exactly this span, if any."""
    town = next((p for p in places if p.start == start and p.end == end and p.feature_class == "P"
                 and p.feature_code not in ("PPLC", "PPLG") and p.geonameid is not None), None)
    if town is None:
        return None
    feature = next((f for f in gaz.lookup(name_key(town.text)) if f.geonameid == town.geonameid), None)
    abroad = focus is not None and not focus.get(town.country_code, 0)
    return town if feature is not None and (any_size or abroad or feature.population <= RIVER_NOT_TOWN) else None


def _country_at(places: list[Place], start: int, end: int) -> bool:
    """Whether a country was found at exactly this span under a name news writes without "the" (not THE_COUNTRIES)."""
    return any(p.start == start and p.end == end and p.feature_code == "PCLI" and p.text not in THE_COUNTRIES
               for p in places)


def _region_at(places: list[Place], start: int, end: int) -> Place | None:
    """The region or country found at exactly this span, if any: "the Moselle burst its banks" is no department,
    "where the Paraguay meets the Paraná" no country."""
    return next((p for p in places if p.start == start and p.end == end and p.feature_class == "A"
                 and (p.feature_code.startswith("ADM") or p.feature_code == "PCLI")), None)


def _only_river(name: str, gaz: Gazetteer) -> Feature | None:
    """The one river the gazetteer knows under the name with a kind word ("Rhône River"), wherever it lies."""
    found = [f for kind in RIVER_KINDS for f in gaz.lookup(name_key(kind.format(name))) if f.fcode == "STM"]
    return found[0] if len({f.fid for f in found}) == 1 else None


def _with_kind(name: str, focus: Counter[str], gaz: Gazetteer, kinds: tuple[str, ...]) -> Feature | None:
    """The natural feature or area of a country the article names under the name with a kind word, if any; a river
    with a stretch there is the river at its mouth (`stretches.stretch_to_river`: "where the Paraná rises" in news of
    Brazil is the Paraná, not its Brazilian stretch)."""
    for kind in kinds + (("{}",) if name.endswith(" River") else ()):  # "as the Tana River rose": the county's name
        every = gaz.lookup(name_key(kind.format(name)))
        found = [f for f in every if f.fclass in ("H", "L", "T") and f.cc and focus.get(f.cc, 0) > 0]
        if found:
            best = max(found, key=lambda f: focus[f.cc])
            return stretch_to_river([best] + [f for f in every if f is not best])[0]
    return None
