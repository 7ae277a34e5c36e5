"""Targets named by the frame of an act rather than its own phrases: the other party of the conflict or deal it is
framed by, the target of the event noun it happened in, the neighbour of a border and the party a show of force is
brought close to. Split from recipients.py."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolver import Resolver
from ..model import Entity
from .cues import match_token
from .places import direction_anchors, place_countries
from .syntax import children, clause_verb, pobjs
from .targets import nominal_target, single_target

AIMED_PREPS = {"against", "on", "upon", "at", "toward", "towards"}  # what an act is aimed at
NEAR_PREPS = {"near", "off", "around", "toward", "towards", "close", "through"}  # a show of force brought close to a party
BORDER_PREPS = {"along", "near", "on", "at", "to", "toward", "towards"}
BORDER_WORDS = {"border", "frontier", "boundary", "line"}  # "its border with X": X is the neighbour concerned


def frame_partners(verb: Token, res: Resolver) -> list[Entity]:
    """"accepted a ceasefire in its war with X", "agreed to freeze it under a framework negotiated with X": the other
    party of the conflict or deal an act is framed by, when nothing else names a target."""
    frames = [o for p in children(verb, {"prep"}) if p.lower_ in ("in", "under", "within") for o in pobjs(p)]
    holders = frames + [a for f in frames for a in children(f, {"acl"})]
    return [e for h in holders for p in children(h, {"prep"}) if p.lower_ in ("with", "against") for o in pobjs(p)
            for e in nominal_target(o, res)]


def embedded_aims(verb: Token, res: Resolver) -> list[Entity]:
    """"killed 130 people in coordinated attacks on Paris": the target of the event noun that frames the act, when the
    act's own phrases name none."""
    frames = [o for p in children(verb, {"prep"}) if p.lower_ in ("in", "during") for o in pobjs(p)
              if match_token(o) is not None]
    return [e for f in frames for p in children(f, {"prep"}) if p.lower_ in AIMED_PREPS for o in pobjs(p)
            for e in nominal_target(o, res)]


def border_neighbours(verb: Token, res: Resolver) -> list[Entity]:
    """"massed troops along its border with X", "deployed along the Eritrean border", "along the Line of Control with
    X": the neighbour concerned, also when the parser hung "with X" on the verb."""
    preps = [p for h in (verb, *children(verb, {"dobj"})) for p in children(h, {"prep", "dative"})]
    borders = [o for p in preps if p.lower_ in BORDER_PREPS for o in pobjs(p) if o.lemma_.lower() in BORDER_WORDS]
    return [e for o in borders for e in single_target(o, res) or _stray_partner(o, res)]


def _stray_partner(noun: Token, res: Resolver) -> list[Entity]:
    """The "with" phrase right after a noun phrase that the parser attached higher up ("the border with X")."""
    after = noun.right_edge.i + 1
    if after >= noun.sent.end or noun.doc[after].lower_ != "with" or noun.doc[after].dep_ != "prep":
        return []
    return [e for o in pobjs(noun.doc[after]) for e in nominal_target(o, res)]


def approached(token: Token, res: Resolver) -> list[Entity]:
    """"sent warplanes near Taiwan", "put its forces on alert along the border with X": whom a show of force is
    brought close to; else the country of the place it is moved into ("moved tanks into the Bekaa Valley")."""
    heads = [token, *children(token, {"dobj"})]
    heads += [o for p in children(token, {"prep", "dative"}) for o in pobjs(p)]  # "sent tanks to its border with X"
    if token.pos_ == "NOUN" and clause_verb(token).i != token.i:  # "placed its forces on alert along the border"
        heads.append(clause_verb(token))
        heads += _nouns_up_to(token, clause_verb(token))  # "on the highest level of readiness near X"
    if token.pos_ == "VERB" and token.dep_ == "amod":  # "Eritrea massed troops along ...", parsed as "massed troops"
        heads.append(token.head)
    near = [o for h in heads for p in children(h, {"prep"}) if p.lower_ in NEAR_PREPS for o in pobjs(p)]
    near += [a for h in heads[:1] for a in direction_anchors(h)]  # "sent warships into waters north of X", "north" on the verb
    found = [e for o in near for e in nominal_target(o, res)] + [e for h in heads for e in border_neighbours(h, res)]
    if found:
        return found
    into = [o for h in heads[:2] for p in children(h, {"prep"}) if p.lower_ in NEAR_PREPS | {"into", "to"}
            for o in pobjs(p)]
    return [e for o in into for e in place_countries(o, res)]  # "moved tanks into the Bekaa Valley"


def _nouns_up_to(token: Token, verb: Token) -> list[Token]:
    """The nouns on the path from an event noun up to its clause's verb ("level" in "put X on the level of readiness")."""
    out: list[Token] = []
    node = token.head
    while node.i != verb.i and node.head.i != node.i and len(out) < 3:
        if node.pos_ == "NOUN":
            out.append(node)
        node = node.head
    return out
