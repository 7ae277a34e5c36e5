"""A great city just across the border over a small home namesake: "trains between Brussels and Lille" in news of
Belgium is France's Lille (230,000 people, 100 km from Brussels), not the Belgian village of 15,000 near Antwerp.
A neighbour's city that big, that close to the places the article has named, is what news of the region means; a
namesake a tenth its size is named with its region, a kind word or a description when it is meant ("the village of
Lille", "Lille, a village of the Kempen")."""

from __future__ import annotations

from .context import Context
from .distance import near_points
from .gazetteer import Feature

BORDER_CITY = 200_000  # people in the neighbour's city
BORDER_CITY_KM = 150.0  # from a place named earlier in the article
BORDER_CITY_RATIO = 10  # times the home namesake's people


def border_city_over_namesake(ranked: list[Feature], ctx: Context) -> list[Feature]:
    """The neighbour's great city first when a small namesake leads and nothing ties the name to it."""
    top = ranked[0]
    if (top.fclass != "P" or ctx.qualifier or ctx.town_before or ctx.kind_before or ctx.described_small
            or ctx.described_after or ctx.located_after):
        return ranked
    city = next((f for f in ranked if _border_city(f, top, ctx)), None)
    return ranked if city is None else [city] + [f for f in ranked if f is not city]


def _border_city(f: Feature, top: Feature, ctx: Context) -> bool:
    return (f.fclass == "P" and f.cc != top.cc and f.population >= BORDER_CITY
            and f.population >= BORDER_CITY_RATIO * max(top.population, 1)
            and near_points(f.lat, f.lon, ctx.earlier_points, BORDER_CITY_KM, 1))
