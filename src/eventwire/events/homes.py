"""Targets named only by their sector, and domestic acts: the bodies of the country an article is about ("called on
the government to ..."), and the acts (arrests, concessions, protests, a local authority's decisions) that concern the
actor's own country. Split from roles.py."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolver import Resolver
from ..actors.vocabulary import NON_STATE
from ..model import Entity
from . import arguments as args
from .cues import CueMatch

Entities = tuple[Entity, ...]

DOMESTIC_TYPES = {"COERCE", "CONCEDE", "PROTEST"}
AUTHORITY_TYPES = {"REJECT", "RETREAT", "AID", "SANCTION"}  # a local authority's acts concern its own people
LOCAL_UNITS = {"district", "municipal", "municipality", "city", "town", "provincial", "province", "regional", "county",
               "local", "mayor", "governor", "governorate", "prefecture", "prefectural"}
STATE_BODIES = {"GOV", "MIL", "COP", "LEG", "JUD"}  # "the government", "the army", "parliament", "the courts"
LEGAL_BODIES = {"JUD", "COP"}  # courts, prosecutors and police charge and indict people of their own country
CHALLENGERS = {"REB", "OPP"}  # a government's rebels and opposition
STATE_FORCES = {"GOV", "MIL", "COP"}  # a state's own government, army or police: it deals with its own rebels
TARGET_PREPS = {"with", "against", "to", "on", "upon", "into", "toward", "towards", "at"}
RELEASE_CAMEO = "0841"
TRUCE_CAMEO = "0871"
CAPTIVES = {"hostage", "captive", "abductee", "pow"}


def home_bodies(match: CueMatch, res: Resolver, actors: Entities, objects: bool) -> Entities:
    """"called on the government to ...", "handed its weapons to the federal army", "a peace accord with communist
    rebels": a target named only by its sector is a body of the country the article is about; rebels and the
    opposition only when a government deals with them. The object of a deployment, delivery or withdrawal ("deployed
    troops") is the actor's own means, not a target (`objects` False)."""
    if not actors:
        return ()
    found: list[Entity] = []
    for noun in _target_nouns(match, objects):
        if res.ctx.mention_at(res.base + noun.idx) or res.modifier_code(noun) or _placed(noun, res):
            continue  # a named or placed target ("the government in Bamako") is the explicit recipients' business
        sector = res.role_sector(noun) or res.sector_of(noun) or _owner_sector(noun, res)
        if sector in STATE_BODIES or (sector in CHALLENGERS and _state(actors[0])):
            found.extend(res.resolve_head(noun) or _actor_home(noun, sector, actors[0], res))
    return args.dedupe(found)


def _state(actor: Entity) -> bool:
    """A state's government, army or police, or the state itself named as a country ("The Philippines is ready to resume
    talks with communist rebels"): it deals with its own rebels and opposition."""
    return actor.sector in STATE_FORCES or (actor.kind == "country" and actor.sector is None and actor.code not in NON_STATE)


def _actor_home(noun: Token, sector: str, actor: Entity, res: Resolver) -> list[Entity]:
    """"Yanukovych agreed with opposition leaders": when the article names no country, a body named by its sector is
    the acting state's own."""
    if actor.kind not in ("person", "country", "group") or actor.code in NON_STATE:
        return []
    text, start, end = res.span_text(noun)
    return [Entity(actor.code, sector, text, res.ctx.lexicon.names.get(actor.code, actor.code), start, end, "group")]


def _owner_sector(noun: Token, res: Resolver) -> str | None:
    """"an army patrol", "a police convoy": a unit or vehicle of the sector named in its compound."""
    return next((sector for c in noun.children if c.dep_ == "compound" and (sector := res.sector_of(c))), None)


def _placed(noun: Token, res: Resolver) -> bool:
    """A noun with a named place after it ("the government in Bamako", "the army of Chad")."""
    return any(res.ctx.mention_at(res.base + o.idx) for p in noun.children if p.dep_ == "prep"
               for o in p.children if o.dep_ == "pobj")


def _target_nouns(match: CueMatch, objects: bool) -> list[Token]:
    """The nouns a trigger acts on: its objects and the objects of its aiming prepositions, on the trigger and on
    the words of its phrase ("struck an accord with X", "called on X")."""
    heads = [match.token, *match.extra]
    heads += [c for c in match.token.children if c.dep_ == "xcomp" and c not in match.extra]  # "offered to grant X to rebels"
    nouns = [c for h in heads for c in h.children if c.dep_ in ("dobj", "dative") and c not in match.extra]
    nouns = nouns if objects else []
    preps = [c for h in heads for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ in TARGET_PREPS]
    preps += [p for h in heads if h.dep_ == "prep" and h.lower_ in TARGET_PREPS for p in (h,)]
    found = nouns + [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return found + [c for n in found for c in n.children if c.dep_ == "poss"]  # "condemned the army's abuses"


def acts_at_home(match: CueMatch, event: str, actor: Entity) -> bool:
    """A domestic act (arrests, concessions, protests), police violence, a local authority's decision, the release
    of political detainees or a truce declared by rebels concerns the actor's own country."""
    police = event == "ASSAULT" and actor.sector == "COP"  # police act at home
    local = event in AUTHORITY_TYPES and local_authority(actor)
    # "released political detainees": its own people, as with arrests; hostages are often foreigners
    freed = match.cue.cameo == RELEASE_CAMEO and not any(t.lemma_.lower() in CAPTIVES for t in match.extra)
    truce = match.cue.cameo.startswith(TRUCE_CAMEO) and actor.sector in CHALLENGERS  # rebels' truce: with their state
    legal = event == "ACCUSE" and actor.sector in LEGAL_BODIES  # "a court charged two former ministers": its own people
    if not (event in DOMESTIC_TYPES or police or local or freed or truce or legal):
        return False
    return _has_object(match.token) or event in ("PROTEST", "CONCEDE")  # "bowed to pressure": to its own people


def _has_object(token: Token) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") for c in token.children) or token.pos_ in ("NOUN", "PROPN")


def local_authority(entity: Entity) -> bool:
    """A town's, province's or district's authorities ("the Ankara district administration"): a sub-national
    government, whose refusals and concessions concern its own people."""
    if entity.sector != "GOV" or entity.kind not in ("group", "country"):
        return False
    words = entity.entity_text.lower().split()
    return any(w.strip(",.'") in LOCAL_UNITS for w in words)
