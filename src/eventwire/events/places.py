"""Where it happened: the countries a place phrase names (also through the gazetteer), used as a domestic act's
target, as the perpetrator of unattributed violence, and as the place a force withdrew from."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolver import Resolver
from ..model import Entity
from .syntax import SUBJECT_DEPS, children, pobjs, time_clause
from .targets import waters

LOCATION_PREPS = {"in", "at", "near", "outside", "across", "throughout", "inside", "around"}  # "a camp at X, inside Y"
PROTECTING = {"help", "protect", "defend", "support", "assist", "bolster", "secure", "guard", "shore", "prop", "safeguard"}
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
              "north-west", "south-east", "south-west"}
OWNED_SITES = {"embassy", "consulate", "mission", "legation", "base", "garrison", "outpost"}
OBJECT_PLACE_PREPS = {"in", "near", "around", "across", "throughout"}  # "a camp near X", "pylons around Lima"
SITE_PREPS = {"at", "near", "outside", "inside", "around", "from", "to", "through", "on"}  # "near a police station in X"


def place_countries(pobj: Token, res: Resolver) -> list[Entity]:
    """Countries a place phrase names: "Montenegro", "the Iraqi city of Basra", "eastern Beirut"; not a sea named after
    a country ("the South China Sea")."""
    if waters(pobj):
        return []
    found = [e for e in res.resolve(pobj) if e.kind == "country"]
    if found:
        return found
    code = res.modifier_code(pobj) or _gazetteer_country(pobj, res)
    if code is None:  # "waters east of Taiwan", "an area north of Kyiv": the place it lies by
        return [e for a in direction_anchors(pobj) for e in place_countries(a, res)]
    name = res.ctx.lexicon.names.get(code, code)
    return [Entity(code, None, pobj.text, name, res.base + pobj.idx, res.base + pobj.idx + len(pobj), "country")]


def direction_anchors(noun: Token) -> list[Token]:
    """"waters east of Taiwan": the place a direction phrase under a generic place noun is measured from."""
    return [o for d in children(noun, {"advmod", "amod", "npadvmod"}) if d.lower_ in DIRECTIONS
            for p in children(d, {"prep"}) if p.lower_ == "of" for o in pobjs(p)]


def _gazetteer_country(pobj: Token, res: Resolver) -> str | None:
    """The country of a town or region the gazetteer knows: "in Mombasa", "outside the city of Mombasa"."""
    names = [pobj] + [g for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of" for g in pobjs(p)]
    names += [c for c in pobj.children if c.dep_ == "compound" and c.i < pobj.i]  # "in Zamfara state"
    for token in names:
        if token.pos_ == "PROPN":
            place = res.ctx.place_at(res.base + token.idx)
            if place is not None:
                return place.country
    return None


def _purpose(token: Token) -> list[Token]:
    """The purpose clause of a trigger: "sent doctors to help ...", "will provide funds to rebuild ..."."""
    clauses = children(token, {"advcl", "xcomp"}) + [c for o in children(token, {"dobj"}) for c in children(o, {"relcl"})]
    return [c for c in clauses if c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def protective_purpose(token: Token) -> bool:
    """"deployed troops to Juba to protect the government", "airlifted troops to Chad to help repel ...": forces sent
    to protect or help another party."""
    return any(c.lemma_.lower() in PROTECTING for c in _purpose(token))


def place_recipients(
    token: Token, res: Resolver, preps: frozenset[str] = frozenset({"in", "inside", "across", "throughout", "near", "around"}),
) -> list[Entity]:
    """Countries named as the place of the event ("in Montenegro"): the target of a domestic action."""
    heads = [token]
    while heads[-1].dep_ in ("dobj", "pobj", "prep", "compound", "nsubj", "nsubjpass") and len(heads) < 4:
        heads.append(heads[-1].head)  # "peacekeeping troops arrived in X", "killed in an explosion in X"
    heads += [p for a in children(token, {"agent"}) for p in pobjs(a)]  # "killed by a bomb in X"
    heads += [s for s in children(token, SUBJECT_DEPS) if s.pos_ == "NOUN"]  # "a bombing near X killed"
    heads += [s for s in children(token, {"nsubjpass"}) if s.pos_ == "NOUN"]  # "the embassy in Ankara was attacked"
    heads += [c for c in children(token, {"advcl", "ccomp"}) if time_clause(c)]
    heads += [v for c in _purpose(token) for v in (c, *children(c, {"xcomp"}))]  # "sent doctors to help victims in X"
    out: list[Entity] = []
    for head in heads:
        own = preps | {"of"} if head is token and token.pos_ == "NOUN" else preps  # "the bombardment of Mariupol"
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in own | SITE_PREPS:
                objects = pobjs(child) or [g for p in children(child, {"prep"}) for g in pobjs(p)]  # "outside of"
                aimed = child.lower_ == "on" and head.pos_ == "NOUN"  # "a missile strike on Kharkiv"
                if child.lower_ in own or aimed:  # not a nation's own site abroad ("near the Israeli embassy in X")
                    out.extend(e for p in objects if not _owned_site(p, res) and not (child.lower_ == "of" and _people(p, res))
                               for e in place_countries(p, res))  # not "the detention of a Japanese journalist"
                if not out:  # "killed in an ambush in X", "at a market in X", "took to the streets of X"
                    out.extend(e for p in objects for c in children(p, {"prep"}) if c.lower_ in preps | {"of", "at"}
                               for g in pobjs(c) for e in place_countries(g, res) or nested_place(g, res))
        for obj in children(head, {"dobj"}):
            out.extend(e for c in obj.children if c.dep_ == "prep" and c.lower_ in OBJECT_PLACE_PREPS  # "a camp near X"
                       for p in pobjs(c) for e in place_countries(p, res) or nested_place(p, res))  # "in raids across X"
            out.extend(e for c in ([] if out else obj.children) if c.dep_ == "prep" and c.lower_ in SITE_PREPS
                       for p in pobjs(c) if not res.modifier_code(p)  # not "outside the Chinese embassy in X"
                       for e in nested_place(p, res))  # "carried out strikes on markets in X"
            out.extend(e for c in ([] if out else children(obj, {"prep"})) if c.lower_ in ("for", "of", "with")
                       for p in pobjs(c) for e in nested_place(p, res))  # "a camp for displaced people near X"
            code = None if out else _gazetteer_country(obj, res)  # "shelled Juba", "shelled the town of Kidal"
            if code is not None:
                name = res.ctx.lexicon.names.get(code, code)
                out.append(Entity(code, None, obj.text, name, res.base + obj.idx, res.base + obj.idx + len(obj), "country"))
        if out:
            break
    return out


def _people(noun: Token, res: Resolver) -> bool:
    """"A Japanese journalist", "Bulgarian nurses": people named by their nation are no place."""
    return any(e.kind != "country" for e in res.resolve(noun))


def _owned_site(noun: Token, res: Resolver) -> bool:
    """"the Israeli embassy", "a Russian base": a site a nation owns abroad stands for its owner, not for the place."""
    return noun.lemma_.lower() in OWNED_SITES and res.modifier_code(noun) is not None


def left_places(token: Token, res: Resolver) -> list[Entity]:
    """Countries of the place a force withdrew from: "withdrew from Avdiivka", "their withdrawal from Mali"."""
    preps = children(token, {"prep"})
    preps += [p for o in preps if o.lower_ in ("out", "away") for p in children(o, {"prep"})]  # "pulled out of X"
    places = [o for p in preps if p.lower_ in ("from", "of") and p.head.lower_ in ("out", "away") or p.lower_ == "from"
              for o in pobjs(p)]
    return [e for o in places for e in place_countries(o, res) or nested_place(o, res)]


def nested_place(noun: Token, res: Resolver) -> list[Entity]:
    """"positions around Kyiv", "bases in Syria": the country of the place a generic site is in or near."""
    return [e for p in children(noun, {"prep"}) if p.lower_ in LOCATION_PREPS | {"of"} for o in pobjs(p)
            for e in place_countries(o, res)]


def place_actors(token: Token, res: Resolver) -> list[Entity]:
    """For an event with no named perpetrator ("killed by a roadside bomb in X"), the country where it happened."""
    return place_recipients(token, res, frozenset(LOCATION_PREPS))
