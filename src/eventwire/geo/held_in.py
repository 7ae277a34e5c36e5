"""Whether a town lies in the region or country the text puts it in ("Springfield, in Illinois", "Calama, in the
Chilean region of Antofagasta"), and how the text says where in a country a place lies."""

from __future__ import annotations

from .distance import km
from .gazetteer import Feature
from .mention import Mention

# Where in a country a place lies, as a description says it ("in southern Peru", "in the north-eastern province of").
WHERE_IN = (r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western"
            r"|south-?eastern|south-?western) )?")
# How far from a county's or area's point a town "in" it may lie ("Stranraer, in Dumfries and Galloway").
AREA_KM = 100.0


def lies_in(f: Feature, q: Feature) -> bool:
    """The town lies in the qualifying region or country (a county or area: within AREA_KM of its point)."""
    if q.fcode in ("ADM2", "RGN"):
        return q.cc == f.cc and km(f.lat, f.lon, q.lat, q.lon) <= AREA_KM
    return q.cc == f.cc and (q.fcode != "ADM1" or q.admin1 == f.admin1)


def held_by(m: Mention, held: tuple[Feature, ...]) -> tuple[Feature, ...]:
    """The holders, when a town reading of the mention lies in one of them; else ()."""
    return held if any(f.fclass == "P" and lies_in(f, q) for f in m.features for q in held) else ()
