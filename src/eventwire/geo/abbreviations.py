"""News agencies' abbreviations of US states, Canadian provinces and Australian states after a town ("Salem, Ore.",
"London, Ont.", "Townsville, Qld"): the region they name, as a qualifier and as a place of their own; and the
abbreviations Canadian and Australian news also writes on their own ("fires in B.C.", "across Qld")."""

from __future__ import annotations

import re

from .gate import gate
from .gazetteer import Gazetteer
from .place import Place, from_feature

# The US states' abbreviations of the AP stylebook, as news writes them after a town ("Springfield, Ill.").
AP_STATES = {"Ala": "AL", "Ariz": "AZ", "Ark": "AR", "Calif": "CA", "Colo": "CO", "Conn": "CT", "Del": "DE",
             "Fla": "FL", "Ga": "GA", "Ill": "IL", "Ind": "IN", "Kan": "KS", "Ky": "KY", "La": "LA", "Md": "MD",
             "Mass": "MA", "Mich": "MI", "Minn": "MN", "Miss": "MS", "Mo": "MO", "Mont": "MT", "Neb": "NE", "Nev": "NV",
             "N.H": "NH", "N.J": "NJ", "N.M": "NM", "N.Y": "NY", "N.C": "NC", "N.D": "ND", "Okla": "OK", "Ore": "OR",
             "Pa": "PA", "R.I": "RI", "S.C": "SC", "S.D": "SD", "Tenn": "TN", "Tex": "TX", "Vt": "VT", "Va": "VA",
             "Wash": "WA", "W.Va": "WV", "Wis": "WI", "Wyo": "WY"}
# The Canadian Press's abbreviations of the provinces ("London, Ont.", "Kelowna, B.C."), GeoNames' admin1 codes.
CP_PROVINCES = {"Alta": "01", "B.C": "02", "Man": "03", "N.B": "04", "Nfld": "05", "N.L": "05", "N.S": "07",
                "Ont": "08", "P.E.I": "09", "Que": "10", "Sask": "11", "Y.T": "12", "N.W.T": "13"}
# Australian news's abbreviations of the states and territories ("Townsville, Qld", "Bendigo, Vic.", "Lismore,
# N.S.W."), with or without a full stop; GeoNames' admin1 codes.
AU_STATES = {"NSW": "02", "Qld": "04", "Vic": "07", "Tas": "06", "WA": "08", "SA": "05", "NT": "03", "ACT": "01",
             "N.S.W": "02", "W.A": "08", "S.A": "05", "N.T": "03", "A.C.T": "01"}
# Every abbreviation above: its country and first-level region.
ABBREVIATED = {**{k: ("US", v) for k, v in AP_STATES.items()}, **{k: ("CA", v) for k, v in CP_PROVINCES.items()},
               **{k: ("AU", v) for k, v in AU_STATES.items()}}
_KEYS = "|".join(re.escape(k) for k in sorted(ABBREVIATED, key=len, reverse=True))
_STATE = re.compile(r", (" + _KEYS + r")(\.?)(?=[\s,;:)—–-]|$)")


def state_abbreviation(text: str, pos: int) -> re.Match[str] | None:
    """The abbreviation after a town ending at `pos` (", Ore.", ", Qld"): group 1 is its key; the match ends after its
    full stop, which only Australian abbreviations may leave out."""
    found = _STATE.match(text, pos)
    return found if found and (found.group(2) or found.group(1) in AU_STATES) else None


def state_abbreviations(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """'Salem, Ore.', 'London, Ont.': the news-agency abbreviation after a US or Canadian town names its state or
    province; a mention of that region (with its full stop), as ", Oregon" would be. A town the abbreviation spells
    ("Colo", Iowa) gives way to it; any other place there stays."""
    out: list[Place] = []
    for town in places:
        abbreviated = state_abbreviation(text, town.end) if town.country_code in ("US", "CA", "AU") else None
        if abbreviated is None or ABBREVIATED[abbreviated.group(1)][0] != town.country_code:
            continue
        start, end = abbreviated.start(1), abbreviated.end()
        state = gaz.region(*ABBREVIATED[abbreviated.group(1)])
        taken = [p for p in places + out if p.start < end and start < p.end]
        if state is not None and all(p.feature_class == "P" and p.start == start for p in taken):
            out.append(from_feature(start, end, text[start:end], state))
    spelt = {(p.start, p.end - 1) for p in out} | {(p.start, p.end) for p in out}
    return [p for p in places if (p.start, p.end) not in spelt] + out


# Abbreviations written on their own after a locative word: those with full stops inside that spell no word ("B.C.",
# "P.E.I.", "N.S.W."), and "Qld". Not the US states' ("in Mass.", "in Ill."), which spell words.
STANDALONE = ("B.C", "P.E.I", "N.W.T", "N.B", "N.S", "N.L", "Y.T", "N.S.W", "W.A", "S.A", "N.T", "A.C.T")
_ALONE = gate(re.compile(
    r"\b(?:in|across|from|to|throughout|into|around|near|outside|of|and)"
    r" (?:(?:northern|southern|eastern|western|central|rural|coastal) )?"
    r"(?<![\w.])((?:" + "|".join(re.escape(k) for k in sorted(STANDALONE, key=len, reverse=True))
    + r")\.(?![\w.])|Qld(?!\w|\.\w))"), *(k + "." for k in STANDALONE), "Qld")


def standalone_abbreviations(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """'crews in B.C.', 'across Qld': a province or state abbreviated on its own after a locative word, as a mention
    of that region, where no place is found already."""
    out: list[Place] = []
    for match in _ALONE.finditer(text):
        start, end = match.span(1)
        key = match.group(1).rstrip(".")
        if any(p.start < end and start < p.end for p in places):
            continue
        state = gaz.region(*ABBREVIATED[key])
        if state is not None:
            out.append(from_feature(start, end, text[start:end], state))
    return out
