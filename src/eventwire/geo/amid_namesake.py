"""Among namesake towns of one country, the one amid the places the article named before: "the scrub near La Paz"
after a run of towns of Mendoza is Mendoza's La Paz, not the bigger one of Entre Ríos; the reading then meets the
bigger namesakes abroad as a town of the article's surroundings (`namesake`)."""

from __future__ import annotations

from .context import Context
from .distance import near_points
from .gazetteer import Feature
from .prior import FOREIGN_BARE_TOWN

AMID_KM = 200.0  # earlier places this near a town put it amid them...
AMID_PLACES = 2  # ...when at least this many are, and none is near the town ranked first
# Words after a town's name before the text says where it lies ("Matnog port in Sorsogon", "X in Y"): no guessing.
PLACED_AFTER = frozenset({"in", "port", "harbour", "harbor"})


def amid_namesake_first(ranked: list[Feature], ctx: Context) -> list[Feature]:
    """The ranked readings with the town of the top-ranked town's country that lies amid AMID_PLACES earlier places
    first, when the top town, under FOREIGN_BARE_TOWN people (no city in its own right), lies away from all of them
    and the text does not tie it to its own region: a town of that region listed beside it ("the port of Prince
    Rupert and Vancouver"), its first-level region named in the article, or a place after "in" (PLACED_AFTER)."""
    top, points = ranked[0], ctx.earlier_points
    if top.fclass != "P" or top.population >= FOREIGN_BARE_TOWN or len(points) < AMID_PLACES:
        return ranked
    town = ctx.listed_town
    if (ctx.next_word in PLACED_AFTER or (town is not None and (town.cc, town.admin1) == (top.cc, top.admin1))
            or (top.cc, top.admin1) in ctx.regions or near_points(top.lat, top.lon, points, AMID_KM, 1)):
        return ranked
    amid = next((f for f in ranked if f.fclass == "P" and f.cc == top.cc and f.how == top.how
                 and near_points(f.lat, f.lon, points, AMID_KM, AMID_PLACES)), None)
    return ranked if amid is None else [amid] + [f for f in ranked if f is not amid]
