"""The place record (PLOVER / Mordecai location object) and how a gazetteer feature becomes one."""

from __future__ import annotations

from dataclasses import dataclass

from .gazetteer import Feature

RESOLUTIONS = {"CONT": "continent", "PCLI": "country", "ADM1": "admin1", "ADM2": "admin2", "PPLC": "city", "PPL": "city",
               "OCN": "region", "SEA": "region", "GULF": "region", "LK": "region", "MTS": "region", "DLTA": "region",
               "ISL": "region", "ISLS": "region", "RGN": "region", "ZN": "region", "MILB": "region",
               "STM": "region", "MT": "region", "CNL": "region", "SQR": "city", "AIRP": "city"}


@dataclass(frozen=True, slots=True)
class Place:
    """A place mention with its offsets and the feature it resolves to (geonameid None when unresolved or not in GeoNames)."""

    start: int
    end: int
    text: str
    geonameid: int | None
    name: str
    lat: float | None
    lon: float | None
    country_code: str
    country: str
    admin1: str
    feature_class: str
    feature_code: str
    resolution: str
    direction: str | None = None

    def as_dict(self) -> dict:
        """PLOVER/Mordecai location keys."""
        return {
            "search_name": self.text,
            "start_char": self.start,
            "end_char": self.end,
            "geonameid": self.geonameid,
            "place_name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "country_code": self.country_code,
            "country_code3": self.country,
            "admin1_code": self.admin1,
            "feature_class": self.feature_class,
            "feature_code": self.feature_code,
            "resolution": self.resolution,
            "direction": self.direction,
        }


def from_feature(start: int, end: int, text: str, feature: Feature, direction: str | None = None) -> Place:
    """A resolved place; a direction ("eastern Ukraine", "the country's east") makes it relative."""
    resolution = "relative" if direction else RESOLUTIONS.get(feature.fcode, "city")
    return Place(start, end, text, feature.geonameid, feature.name, feature.lat, feature.lon, feature.cc,
                 feature.iso3, feature.admin1, feature.fclass, feature.fcode, resolution, direction)


def unresolved(start: int, end: int, text: str, country: Feature | None = None) -> Place:
    """A mention the gazetteer could not resolve: reported, never dropped; with the country holding it when the text
    tells ("the village of X in Kenya"), still without a point."""
    cc, iso3 = (country.cc, country.iso3) if country else ("", "")
    return Place(start, end, text, None, text, None, None, cc, iso3, "", "", "", "unresolved", None)
