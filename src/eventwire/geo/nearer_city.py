"""Of two cities of one name abroad, about as large ("my daughter in Valencia" in news of Bulgaria: Spain's Valencia
or Venezuela's), the one nearer the country the article is firmly about: news names the city its people move to,
trade with and know, which is most often the nearer. The rule needs a firm country (`firm_country`) and a namesake
with at least SIZE_RATIO of the chosen one's people, of a country the article names as often as the chosen one's."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ..data import data_path, read_tsv
from .distance import km
from .gazetteer import Feature
from .namesake import firm_country

SIZE_RATIO = 0.5
MIN_CITY = 300_000  # both cities this large: a town abroad named in passing is a famous one
NEARER = 0.5  # the nearer city lies within this share of the larger one's distance from the article's country


@lru_cache(maxsize=1)
def _country_points() -> dict[str, tuple[float, float]]:
    return {row["iso2"]: (float(row["lat"]), float(row["lon"]))
            for row in read_tsv(data_path("geo", "country_points.tsv"))}


def nearer_city_first(ranked: list[Feature], focus: Counter[str], qualified: bool) -> list[Feature]:
    """`ranked` with the nearer of two great namesake cities abroad first, as described above, when the largest leads
    and the text does not qualify the name (`qualified`)."""
    top, home = ranked[0], firm_country(focus)
    if top.fclass != "P" or home is None or top.population < MIN_CITY or home not in _country_points() or qualified:
        return ranked
    if any(f.fclass == "P" and f.population > top.population for f in ranked):
        return ranked  # the context chose a smaller namesake ("in Spain, near Córdoba")
    lat, lon = _country_points()[home]
    far = km(lat, lon, top.lat, top.lon)
    near = [f for f in ranked[1:] if f.fclass == "P" and f.how == top.how and f.population >= MIN_CITY
            and f.population >= SIZE_RATIO * top.population and focus.get(f.cc, 0) >= focus.get(top.cc, 0)
            and km(lat, lon, f.lat, f.lon) < NEARER * far]
    if not near:
        return ranked
    return [near[0]] + [f for f in ranked if f is not near[0]]
