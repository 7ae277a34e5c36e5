"""A great city named like its first-level region ("New York", "Lagos", "Sao Paulo") in news that names nothing else of
its country: the city. International news names such a city for its markets, offices and people ("bonds rallied in
New York", "diplomats at UN headquarters in New York"); it names the region with other places of that country
("Buffalo, New York"), a kind word ("New York state"), a direction ("western New York") or its offices ("New York
Governor"). In news of its country, the end of a route is the city too ("the road from Santa Cruz"). The city has the
name as its own or as a run of words of its own (Santa Cruz de la Sierra), not as an old name only: "Ceará" was once
a name of Fortaleza, but "the crop from Ceará" is the state's."""

from __future__ import annotations

from collections import Counter

from .context import Context
from .focus import CITY_REGION
from .gazetteer import Feature
from .mentions import REGION_WORDS
from .prior import short_form

# Words after a region's name that make it the region: its offices.
REGION_OFFICES = frozenset({"Governor", "governor", "Gov", "Legislature", "legislature", "Assembly", "Senate",
                            "Attorney", "Lieutenant", "Lt"})


def great_city_over_region(ranked: list[Feature], ctx: Context, rest: Counter[str], said: str) -> list[Feature]:
    """The great city first when the region leads and nothing in the text points to the region or its country, or
    when the name is a route's end ("the road from Santa Cruz" in news of Bolivia: Santa Cruz de la Sierra, not the
    department). `said`: the name's key."""
    top = ranked[0]
    if top.fcode != "ADM1" or _region_said(ctx):
        return ranked
    if (rest.get(top.cc, 0) or rest.get(top.iso3, 0)) and not ctx.route_before:
        return ranked  # but "the highway to Santa Cruz", "flights from Santa Cruz": the city, a route's end
    city = next((f for f in ranked if f.fclass == "P" and f.cc == top.cc and f.population >= CITY_REGION
                 and (f.how == "name" or short_form(said, f.name))), None)
    return ranked if city is None else [city] + [f for f in ranked if f is not city]


def _region_said(ctx: Context) -> bool:
    return (ctx.kind_before or ctx.direction_before or bool(ctx.qualifier) or ctx.next_word in REGION_WORDS
            or ctx.next_word in REGION_OFFICES)
