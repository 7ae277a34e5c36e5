"""A stoplisted surname or first name after a locative word that is a town of the country its sentence's other places
were resolved to ("a nursery in Hamilton ... in hospital in Glasgow" is Scotland's Hamilton, though not a city of
100,000 people nor one of a country the article names by name)."""

from __future__ import annotations

from functools import lru_cache

from ..data import data_path, read_tsv
from .keys import name_key
from .context import Context
from .gazetteer import Feature
from .mentions import Mention
from .prior import MIN_BARE_TOWN


@lru_cache(maxsize=1)
def personal_names() -> frozenset[str]:
    """The stoplist's first names and surnames (not its months, titles or words: "in March" is a month)."""
    rows = read_tsv(data_path("geo", "stoplist.tsv"))
    return frozenset(name_key(r["name"]) for r in rows if r["why"].startswith(("first name", "surname")))


def sentence_countries(numbers: list[int], chosen: list[Feature | None], index: int) -> frozenset[str]:
    """The countries of the places resolved in the mention's sentence, other than the mention itself."""
    return frozenset(f.cc for i, f in enumerate(chosen)
                     if i != index and f is not None and f.cc and numbers[i] == numbers[index])


def stoplisted_town(m: Mention, ctx: Context, countries: frozenset[str], earlier: Feature | None = None
                    ) -> Feature | None:
    """The town of MIN_BARE_TOWN people of the name in the one country of the sentence's other places: the one the
    article named before (`earlier`), else one of a first-level region the article names ("Florence" again in an
    article about South Carolina), else the largest."""
    if name_key(m.text) not in personal_names() or len(countries) != 1 or not ctx.locative or ctx.initial:
        return None
    if ctx.glued_before or ctx.glued_after or ctx.title or ctx.source or m.text.isupper():
        return None
    towns = [f for f in m.features if f.fclass == "P" and f.how == "name" and f.cc in countries
             and f.population >= MIN_BARE_TOWN]
    return max(towns, key=lambda f: (earlier is not None and f.fid == earlier.fid, (f.cc, f.admin1) in ctx.regions,
                                     f.population)) if towns else None
