"""Names and demonyms several countries share ("Congo", "Korean"): every country a reading, the context choosing."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .gazetteer import Feature, Gazetteer
from .keys import name_key
from .mentions import Mention, Word


# Names and demonyms several countries share, with the countries in the order news most often means them: the article's
# other names choose ("Congolese troops ... Brazzaville" is the Republic of the Congo; "Korean" in an article about
# Pyongyang is North Korea), else the first.
SHARED_NAMES = {"congolese": ("CD", "CG"), "congo": ("CD", "CG"), "korea": ("KR", "KP"), "korean": ("KR", "KP"),
                "koreans": ("KR", "KP"),
                "dominican": ("DO", "DM"), "dominicans": ("DO", "DM"), "guinean": ("GN", "GW", "GQ"),
                "guineans": ("GN", "GW", "GQ")}

# Peoples who also live as minorities elsewhere ("Iraqi Turkmen"): their name stands for their country only in an
# article that names the country, and not after another people's name.
OWN_COUNTRY_PEOPLES = {"turkmen": ("TM", "Turkmenistan")}


def shared_names(text: str, ws: list[Word], mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The mentions with each shared name or demonym standing for all its countries."""
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    out = []
    for m in mentions:
        if name_key(m.text) in SHARED_NAMES:
            m = replace(m, features=_shared_features(m.text, gaz))
        out.append(m)
    for i, w in enumerate(ws):
        if i not in taken and w.capital and name_key(w.text) in SHARED_NAMES and not w.text.isupper():
            out.append(Mention(i, i, w.start, w.end, w.text, _shared_features(w.text, gaz)))
        elif i not in taken and (own := _own_country_people(text, ws, i, gaz)) is not None:
            out.append(Mention(i, i, w.start, w.end, w.text, (replace(own, how="demonym"),)))
    return sorted(out, key=lambda m: m.start)


def _own_country_people(text: str, ws: list[Word], i: int, gaz: Gazetteer) -> Feature | None:
    """The country a people's name stands for ("Turkmen gas" in an article naming Turkmenistan), else None."""
    people = OWN_COUNTRY_PEOPLES.get(name_key(ws[i].text)) if ws[i].capital else None
    if people is None or not re.search(rf"\b{people[1]}\b", text):
        return None
    if i > 0 and any(f.how == "demonym" for f in gaz.lookup(name_key(ws[i - 1].text))):
        return None  # "Iraqi Turkmen", "Syrian Turkmen": a minority abroad
    return gaz.country(people[0])


def _shared_features(name: str, gaz: Gazetteer) -> tuple[Feature, ...]:
    how = "name" if name_key(name) in ("congo", "korea") else "demonym"
    return tuple(replace(f, how=how) for cc in SHARED_NAMES[name_key(name)] if (f := gaz.country(cc)) is not None)


def shared_choice(m: Mention, feature: Feature, focus: Counter[str], sentence: Counter[str]) -> Feature:
    """The country of a shared name its sentence's, else the article's, other names point to (ties: the usual one)."""
    if name_key(m.text) not in SHARED_NAMES or feature.fcode != "PCLI":
        return feature
    order = {f.cc: i for i, f in enumerate(m.features)}
    return max(m.features, key=lambda f: (sentence.get(f.cc, 0), focus.get(f.cc, 0) + focus.get(f.iso3, 0),
                                          -order[f.cc]))
