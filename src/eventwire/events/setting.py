"""The parties and setting of an act that recode it (`recoding`): police raids, craft raiding from the air, forces
evacuating a place, property destroyed by a means of violence, crowds fighting the police, weapons sent to one's own border, forces sent to protect, restrictions eased for another state and
states acting as such."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors.resolver import ArticleContext, Resolver
from ..model import Entity
from . import arguments as args
from .cues import CueMatch
from .roles import STATE_KINDS
from .syntax import doers

EVACUATED_SITES = {"town", "city", "village", "base", "position", "garrison", "post", "outpost", "area", "region",
                   "province", "district", "capital", "territory", "enclave", "airport", "port", "stronghold", "camp"}
POLICE_RAIDS = {"raid", "storm"}  # "police raided (stormed) the offices": a raid, not warfare
RAIDING_CRAFT = {"warplane", "jet", "aircraft", "plane", "airplane", "helicopter", "bomber", "drone", "gunship", "fighter",
                 "gunboat", "warship", "airforce"}
BORDERS = {"border", "frontier", "boundary"}
LOCATING_PREPS = {"in", "at", "across", "throughout", "near", "around"}
SCUFFLES = {"clash", "scuffle", "brawl", "battle", "fight", "tussle"}  # a crowd fighting the police: a riot
ATTACK_MEANS = {"attack", "strike", "airstrike", "drone", "missile", "rocket", "shell", "shelling", "bomb", "bombing",
                "bombardment", "artillery", "barrage", "mortar", "grenade", "explosive", "warplane", "jet", "bomber",
                "gunship", "helicopter", "raid", "offensive", "assault", "fighting"}
"""Means of violence that, as the subject (or passive agent) of destroying property, make the act an attack."""


def fights_the_police(token: Token, res: Resolver) -> bool:
    """"Students clashed with riot police": a crowd scuffling with the police or troops (not with another group)."""
    if token.lemma_.lower() not in SCUFFLES:
        return False
    foes = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children if g.dep_ == "pobj"]
    return any(res.sector_of(f) in ("COP", "MIL") for f in foes)


def police_raid(match: CueMatch, actors: tuple[Entity, ...]) -> bool:
    """"Police carried out raids against a smuggling network", "police stormed the offices of X": raids by the police
    are arrests and searches."""
    words = [*match.extra, match.token] if match.token.pos_ == "VERB" else list(match.extra)
    return bool(actors) and actors[0].sector == "COP" and any(t.lemma_.lower() in POLICE_RAIDS for t in words)


def forces_evacuate_place(token: Token, actors: tuple[Entity, ...], ctx: ArticleContext, base: int) -> bool:
    """"Troops evacuated the town (the base, Bunia)": forces leaving a place withdraw from it; evacuating people is aid."""
    if token.lemma_.lower() != "evacuate" or not actors or any(a.sector != "MIL" for a in actors):
        return False
    return any(is_place(place, ctx, base) for place in token.children if place.dep_ == "dobj")


def is_place(word: Token, ctx: ArticleContext, base: int) -> bool:
    """A site ("the town", "the base"), a state or a place the gazetteer knows ("Bunia", "Jenin")."""
    mention = ctx.mention_at(base + word.idx)
    if word.lemma_.lower() in EVACUATED_SITES or (mention is not None and mention.entries[0].kind in STATE_KINDS):
        return True
    return word.pos_ == "PROPN" and mention is None and ctx.place_at(base + word.idx) is not None


def raided_from_the_air(token: Token) -> bool:
    """"Israeli warplanes raided ...", "gunboats raided the port": a raid by aircraft or warships is an attack."""
    if token.lemma_.lower() != "raid" or token.pos_ != "VERB":
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in RAIDING_CRAFT for c in token.children)


def destroyed_by_attack(token: Token) -> bool:
    """"a drone attack set the refinery ablaze", "houses were destroyed by shelling": property destroyed by a means of
    violence is an attack, not coercion."""
    return any(a.lemma_.lower() in ATTACK_MEANS for a in doers(token))


def to_own_border(token: Token) -> bool:
    """Weapons sent or moved to the sender's own border ("sent tanks to its border", "to the frontier with X"): a
    deployment, not aid."""
    return any(p.dep_ in ("prep", "dative") and p.lower_ in ("to", "toward", "towards", "along")
               and o.lemma_.lower() in BORDERS and any(_own_side(c) for c in o.children)
               for p in token.children for o in p.children if o.dep_ == "pobj")


def _own_side(word: Token) -> bool:
    """"its border", "the frontier with X": a border of the sender's own (shared with a neighbour)."""
    return word.dep_ == "poss" and word.lower_ in ("its", "their") or word.dep_ == "prep" and word.lower_ == "with"


def sent_to_protect(token: Token, actors: tuple[Entity, ...], recipients: tuple[Entity, ...]) -> bool:
    """Forces sent to another country to protect or help it ("deployed troops to Juba to protect the government")."""
    own = {a.code for a in actors}
    return any(r.code not in own for r in recipients) and args.protective_purpose(token)


def foreign(match: CueMatch, actors: tuple[Entity, ...], recipients: tuple[Entity, ...], base: int) -> bool:
    """Restrictions eased for another party ("lifted restrictions on Australian coal", "eased curbs on travel to Cuba"):
    another state than the actors' is named inside the eased restriction's phrase (not only as the place of the act,
    "eased emergency measures in X")."""
    own = {a.code for a in actors}
    objects = [t for t in match.extra if t.i != match.token.i]
    inside = {base + w.idx for o in objects for w in o.subtree}
    return any(r.code not in own and r.start in inside for r in recipients)


def states(actors: tuple[Entity, ...], ctx: ArticleContext, sent: Doc, base: int) -> bool:
    """States acting as such, not the people of a place where something happened."""
    return all(_state_actor(a, ctx) for a in actors) and not any(_place_of_act(a, sent, base) for a in actors)


def _state_actor(entity: Entity, ctx: ArticleContext) -> bool:
    """A government or a state named as such ("China", "Beijing"), not its people ("Palestinians")."""
    if entity.sector == "GOV":
        return True
    mention = ctx.mention_at(entity.start)
    return entity.sector is None and mention is not None and mention.entries[0].kind in STATE_KINDS


def _place_of_act(entity: Entity, sent: Doc, base: int) -> bool:
    """An actor found as the place where something happened ("protests erupted in Dakar"): the people there, not the
    state named by the place."""
    token = next((t for t in sent if base + t.idx == entity.start), None)
    while token is not None and token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head  # "Buenos Aires": the name's last word carries its role
    return token is not None and token.dep_ == "pobj" and token.head.lower_ in LOCATING_PREPS
