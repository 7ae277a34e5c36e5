"""Rivers that cross borders have a row for each country's stretch (`data/geo/stretches.tsv`) besides their own row
(`areas.tsv`, at the mouth). The stretches say which countries a river flows through, so that news of any of them
finds the river; the river named is always its own row, at its mouth, as reference works place it (session 41: without
the stretch chosen by the town the text places the river by, "the Ishim at Petropavl", 13 more mentions of the read
check sets got the right country and 2 fewer; their writers place rivers at their mouths)."""

from __future__ import annotations

from functools import lru_cache

from ..data import data_path, read_tsv, split_list
from .gazetteer import Feature
from .keys import name_key


@lru_cache(maxsize=1)
def stretches() -> frozenset[tuple[str, str]]:
    """(name key, country) of the country stretches of rivers that cross borders (`data/geo/stretches.tsv`)."""
    rows = read_tsv(data_path("geo", "stretches.tsv"))
    return frozenset((name_key(name), row["iso2"]) for row in rows
                     for name in [row["name"], *split_list(row["aliases"])])


def stretch_to_river(ranked: list[Feature]) -> list[Feature]:
    """A river's stretch in a country is not the river the text names: the river is its own row, at its mouth, as
    reference works place it ("along the Niger" in news of Mali, "the Niger at Niamey", "farmers along the Nile" in
    news of Ethiopia)."""
    top = ranked[0]
    if top.fcode != "STM" or (name_key(top.name), top.cc) not in stretches():
        return ranked
    rivers = [f for f in ranked if f.fcode == "STM" and (name_key(f.name), f.cc) not in stretches()]
    if not rivers:
        return ranked
    river = min(rivers, key=lambda f: f.fid)
    return [river] + [f for f in ranked if f is not river]
