"""Actors named by no subject or agent: a removal's "from" party, a lifted measure's owner, the author of an event
noun as subject, a custodian, the country where violence happened, or the owner of the forces or goods moved. Split
from roles.py."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolver import Resolver
from ..actors.vocabulary import NON_STATE
from ..model import Entity
from . import arguments as args
from .cues import CueMatch
from .modality import is_report
from .syntax import SUBJECT_DEPS, children

UNNAMED_TYPES = {"ASSAULT", "COERCE", "RETREAT", "PROTEST", "CONCEDE"}
EASING_TYPES = {"RETREAT", "CONCEDE"}  # lifting or easing one's own measure
STATE_ACTS = {"SANCTION", "MOBILIZE", "AID", "COERCE", "RETREAT", "CONCEDE"}  # acts a state reports of itself
STATE_SPEAKERS = {"GOV", "MIL", "COP", "JUD"}  # "the foreign ministry said", "the army said", "police said"
SERVED = {"REF", "CVL"}  # refugees and civilians evacuated or fed are served, not the means moved


def unnamed_actors(match: CueMatch, res: Resolver, targets: Resolver, event: str) -> list[Entity]:
    """No named agent: the state removed from, the owner of a lifted measure, the author of an event noun as subject, a
    custodian, the country where violence happened, or whose troops were deployed."""
    token = match.token
    removers = args.removers(token, res) if match.cue.pos == "VERB" else args.removal_source(token, res)
    if removers:  # "were expelled from India", "the expulsion of X's diplomats from Minsk": India, Minsk expelled them
        return removers
    owners = args.measure_owners(token, res) if event in EASING_TYPES and match.cue.pos == "VERB" else []
    if owners:  # "Beijing's ban on X was lifted": Beijing lifted it
        return owners
    if (event in UNNAMED_TYPES or match.cue.cameo.startswith("09")) and args.unnamed_agent(token):
        found = _unnamed_perpetrators(match, res, targets)
        if found:
            return found
    if _moves_own_means(match, event) and args.unnamed_agent(token):  # "troops were deployed": whose troops
        verb = token if match.cue.pos == "VERB" else _light_verb(token)
        moved = args.passive_subjects(verb) if verb is not None else []
        found = [e for s in moved for e in res.resolve(s) or _means_owner(s, res) if e.sector not in SERVED]
        guessed = all(not any(e.start <= m.start < e.end for m in res.ctx.mentions) for e in found)
        if found and guessed:  # "Extra troops were sent ..., the ministry of X said": X's troops, not a guess
            return _state_speaker(match, res) or found
        if found:
            return found
    return _state_speaker(match, res) if event in STATE_ACTS else []


def _state_speaker(match: CueMatch, res: Resolver) -> list[Entity]:
    """"Two Russian diplomats were expelled, the Norwegian foreign ministry said", "Reinforcements were sent to the
    border, the army said": an agentless passive of a state's act, reported by that state's own body, is its act."""
    verb = match.token
    if match.cue.pos != "VERB" or not args.passive_subjects(verb) or verb.dep_ != "ccomp" or not is_report(verb.head):
        return []
    speakers = [e for s in children(verb.head, SUBJECT_DEPS) for e in res.resolve(s)]
    return [e for e in speakers if e.code not in NON_STATE and (e.sector in STATE_SPEAKERS or e.kind == "country")]


def _means_owner(means: Token, res: Resolver) -> list[Entity]:
    """"Greek warships were put on standby", "supplies from the UAE were airlifted": whose forces or goods were moved,
    by the nation they are marked with or the party they come from."""
    code = res.modifier_code(means)
    return [args.national_entity(code, means, res)] if code else args.noun_sources(means, res)


def _light_verb(noun: Token) -> Token | None:
    """The verb an event noun is the object of ("put on high alert", "placed under alert"), directly or through a
    preposition."""
    if noun.dep_ in ("dobj", "attr", "oprd") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None


def _moves_own_means(match: CueMatch, event: str) -> bool:
    """A deployment, a delivery of aid or forces, or a pullback: what is moved belongs to the one who moves it
    ("French peacekeepers were deployed", "American tanks were delivered"); asylum granted or people released do not."""
    cameo = match.cue.cameo
    return event == "MOBILIZE" or (event == "AID" and not cameo.startswith("075")) or cameo.startswith("087")


def _unnamed_perpetrators(match: CueMatch, res: Resolver, targets: Resolver) -> list[Entity]:
    """"An Israeli air strike hit ...", "tortured in Egyptian police custody", "killed by a bomb in X"."""
    token = match.token
    verb = match.cue.pos == "VERB"
    actors = args.event_subject_actors(token, res) if verb else []
    actors = actors or (args.marked_agents(token, res) if verb else [])  # "killed by Pakistani fire"
    actors = actors or args.custodians(token, targets)  # "tortured in Egyptian police custody": the holder
    actors = actors or args.place_actors(token, targets)  # no named perpetrator: the country where it happened
    shared = token.head if token.dep_ == "conj" and verb else None
    if not actors and shared is not None and args.unnamed_agent(shared):  # "a bombing near X killed one and wounded two"
        actors = args.event_subject_actors(shared, res) or args.place_actors(shared, targets)
    return actors
