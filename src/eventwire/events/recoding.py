"""From a cue and its status to the final code: planned and conditional events become offers or threats, and the
parties or the setting of an act recode it ("police stormed the embassy" is a raid, "sent tanks to its border" a
deployment, a state's protest a diplomatic complaint; the tests of the parties and setting are in `setting`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..actors.resolver import Resolver
from ..data import data_path, read_tsv
from ..model import Entity
from . import arguments as args
from . import setting
from .cues import CueMatch, match_token
from .governing import INTENT_TYPES, THREAT_TYPES, VOWS, plain_event
from .implicit import carries_relief, peacekeepers_arrive
from .modality import is_refusal
from .reported import SAYING
from .tables import lookup, plover_for

JOINT_CAMEO = "062"
GENERIC_THREAT = "130"
NEGATIVE_CONDITION = {"unless"}
REFUSAL_CAMEO = "120"
ACCEPTING = {"accept", "agree", "approve"}  # "did not accept the proposal": a refusal
COMMITTING_AUX = {"will", "would", "'ll", "shall"}
POSSIBLE_AUX = {"could", "might", "may", "can"}
PREPARING = {"prepare", "ready", "poise", "gear", "mass"}
EXERCISE_WORDS = {"exercise", "drill", "manoeuvre", "maneuver", "wargame", "war game", "game", "patrol"}
PARTNERING = {"involve", "include"}  # "drills involving Chinese forces", "exercises that included X"
DIPLOMATIC_PROTEST = "114"
PROTECTION_CAMEO = "074"
PROTECTION_INTENT_CAMEO = "0334"  # intent to provide military protection or peacekeeping
MILITARY_AID_CAMEO = "072"
SEIZING_CAMEOS = {"171", "191", "192"}  # seizing property, blockading or occupying places
BOYCOTT_CAMEO = "143"
EMBARGO_CAMEO = "163"
STORMING_CAMEO = "145"  # crowds storming a building, rioting
FORCES = {"COP", "MIL"}
ARMED_GROUPS = {"REB"}  # gunmen, militants, rebels, insurgents
OCCUPATION_CAMEO = "144"  # obstructing or occupying as a protest
SEIZURE_CAMEO = "192"  # forces occupying a place
BLOCKADE_CAMEO = "191"  # a state obstructing a site or access: restricting movement
CIVILIANS = {"CVL", "LAB", "EDU", "AGR", "MED", "BUS"}  # protesters, workers, students, farmers ...: no state or armed group
DEPLOYMENT_CAMEO = "154"
VISIT_CAMEO = "042"
RELIEF_CAMEO = "073"
RAID_CAMEO = "170"
WITHDRAWAL_CAMEO = "0874"  # forces pulling out of a place
AIR_ATTACK_CAMEO = "195"
DESTRUCTION_CAMEO = "1712"  # destroying property: COERCE (seize), unless a means of violence did it
MILITARY_FORCE_CAMEO = "190"
ADMINISTRATIVE_EASING = "081"  # easing restrictions on one's own people: a concession
ECONOMIC_EASING = "085"  # easing restrictions on another state: easing sanctions (RETREAT)


@dataclass(frozen=True, slots=True)
class Coding:
    """An event's CAMEO code, PLOVER type, mode and contexts."""

    cameo: str
    event: str
    mode: str
    context: tuple[str, ...]


def _as(cameo: str, event: str, mode: str = "") -> Coding:
    coded = plover_for(cameo)
    return Coding(cameo, event, mode, coded.context if coded else ())


@lru_cache(maxsize=4)
def _prefix_table(name: str) -> dict[str, str]:
    return {row["from"]: row["to"] for row in read_tsv(data_path("events", name))}


def code_for(match: CueMatch, status: str, joint: bool) -> Coding:
    """The code of a cue as modality leaves it: planned cooperation is an offer (AGREE), planned force a threat."""
    cue = match.cue
    cameo = JOINT_CAMEO if joint else cue.cameo
    plover = plover_for(cameo)
    event = cue.event if cue.event and not joint else (plover.event if plover else "")
    mode = cue.mode if cue.mode and not joint else (plover.mode if plover else "")
    context = plover.context if plover else ()
    if status != "negated" and event == "ASSAULT" and preparing(match.token):
        return Coding("150", "MOBILIZE", "", plover_for("150").context)  # "troops prepared to attack": a show of force
    if status == "hypothetical" and event in INTENT_TYPES and args.has_condition(match.token):
        status = "planned"  # "would meet X if ...": a conditional offer
    elif status == "hypothetical" and event in THREAT_TYPES and _committed(match.token) and args.has_condition(match.token):
        status = "planned"  # "would impose sanctions if ...": a conditional threat ("could ... if" stays a possibility)
    if status == "planned" and event in INTENT_TYPES and args.has_condition(match.token, NEGATIVE_CONDITION):
        return _as(GENERIC_THREAT, "THREATEN", plover_for(GENERIC_THREAT).mode)  # "will withdraw unless X ...": a threat
    if status == "planned" and event in INTENT_TYPES:
        cameo = lookup(_prefix_table("intent.tsv"), cameo) or "030"
        event, mode = "AGREE", ""
    elif status == "planned" and event in THREAT_TYPES:
        cameo = lookup(_prefix_table("threat.tsv"), cameo) or "130"
        event, mode = "THREATEN", plover_for(cameo).mode if plover_for(cameo) else ""
    else:
        return Coding(cameo, event, mode, context)
    coded = plover_for(cameo)
    return Coding(cameo, event, mode, coded.context if coded else context)


def recode(code: Coding, match: CueMatch, plain: str, status: str, parties: tuple[tuple[Entity, ...], tuple[Entity, ...]],
           res: Resolver, sent: Doc) -> Coding:
    """The code as the parties and setting of the act correct it."""
    actors, recipients = parties
    ctx, base, token = res.ctx, res.base, match.token
    if code.event == "PROTEST" and token.lemma_.lower() == "protest" and setting.states(actors, ctx, sent, base):
        code = _as(DIPLOMATIC_PROTEST, "ACCUSE")  # a state protesting: a diplomatic complaint
    if code.cameo == BOYCOTT_CAMEO and setting.states(actors, ctx, sent, base):
        code = _as(EMBARGO_CAMEO, "SANCTION")  # a state boycotting: a sanction (GSR convention, see cues.tsv)
    if code.cameo == OCCUPATION_CAMEO and actors and all(a.sector in FORCES for a in actors):
        code = _as(SEIZURE_CAMEO, "COERCE", plover_for(SEIZURE_CAMEO).mode)  # "troops occupied parliament": a seizure
    elif code.cameo == OCCUPATION_CAMEO and actors and setting.states(actors, ctx, sent, base):
        code = _as(BLOCKADE_CAMEO, "COERCE", plover_for(BLOCKADE_CAMEO).mode)  # "Sudan blocked access": restriction
    if code.cameo == STORMING_CAMEO and actors and all(a.sector in FORCES for a in actors):
        code = _as(RAID_CAMEO, "COERCE")  # "police stormed the embassy": a raid, not a riot
    elif code.cameo == STORMING_CAMEO and actors and all(a.sector in ARMED_GROUPS for a in actors):
        code = _as(MILITARY_FORCE_CAMEO, "ASSAULT")  # "gunmen stormed the consulate": an armed attack, not a riot
    if code.event == "ASSAULT" and setting.police_raid(match, actors):
        code = _as(RAID_CAMEO, "COERCE")  # "police carried out raids": a police raid, not warfare
    if match.cue.cameo == RAID_CAMEO and setting.raided_from_the_air(token):
        code = _as(AIR_ATTACK_CAMEO, "ASSAULT", plover_for(AIR_ATTACK_CAMEO).mode)  # "warplanes raided": an air strike
    if code.cameo == DESTRUCTION_CAMEO and setting.destroyed_by_attack(token):
        code = _as(MILITARY_FORCE_CAMEO, "ASSAULT")  # "a drone attack set the refinery ablaze": an attack
    if code.event == "COERCE" and code.cameo[:3] in SEIZING_CAMEOS and actors and all(a.sector in CIVILIANS for a in actors):
        code = _as(OCCUPATION_CAMEO, "PROTEST")  # "farmers seized town halls": an occupation protest
    if code.event == "ASSAULT" and actors and all(a.sector in CIVILIANS for a in actors) and setting.fights_the_police(token, res):
        code = _as(STORMING_CAMEO, "PROTEST")  # "students clashed with riot police": a riot, a violent protest
    if code.event == "AID" and code.cameo.startswith(MILITARY_AID_CAMEO) and setting.to_own_border(token):
        code = _as(DEPLOYMENT_CAMEO, "MOBILIZE")  # "sent tanks to its border": its own forces
    if code.event == "MOBILIZE" and status == "occurred" and setting.sent_to_protect(token, actors, recipients):
        code = _as(PROTECTION_CAMEO, "AID")  # troops sent to protect another party: military protection
    if code.cameo.startswith(RELIEF_CAMEO) and setting.forces_evacuate_place(token, actors, ctx, base):
        code = _as(WITHDRAWAL_CAMEO, "RETREAT", "withdraw")  # "Ugandan troops evacuated the town": a pullout
    if code.cameo.startswith(VISIT_CAMEO) and carries_relief(token):
        code = _as(RELIEF_CAMEO, "AID")  # "a plane carrying aid arrived in X": a delivery, not a visit
    if code.cameo.startswith(VISIT_CAMEO) and peacekeepers_arrive(token):
        code = _as(PROTECTION_CAMEO, "AID")  # "peacekeepers arrived in X": military protection, not a visit
    if code.cameo == ADMINISTRATIVE_EASING and setting.foreign(match, actors, recipients, base):
        code = _as(ECONOMIC_EASING, "RETREAT", plover_for(ECONOMIC_EASING).mode)  # "eased restrictions on trade with X"
    if code.event == "THREATEN" and plain == "MOBILIZE" and setting.sent_to_protect(token, actors, recipients):
        code = _as(PROTECTION_INTENT_CAMEO, "AGREE")  # "would send troops to keep the peace": an offer
    return code


def refused(code: Coding, token: Token, status: str) -> bool:
    """"will not accept X's claim", "did not accept X's proposal", "vowed not to negotiate": a negated offer, acceptance
    or cooperative vow is a refusal."""
    if status == "negated" and code.event == "AGREE" and token.lemma_.lower() in ACCEPTING:
        return True
    if code.event == "AGREE" and token.lemma_.lower() in VOWS and _vows_not_to_cooperate(token):
        return True
    return (code.event in INTENT_TYPES or code.event == "AGREE") and is_refusal(token)


def _vows_not_to_cooperate(vow: Token) -> bool:
    """"vowed not to negotiate (give in, recognise X)": the vowed act is cooperative and negated. A vow not to attack
    or interfere stays a promise."""
    for act in (c for c in vow.children if c.dep_ == "xcomp" and any(n.dep_ == "neg" for n in c.children)):
        match = match_token(act)
        if match is not None and plain_event(match.cue) in INTENT_TYPES | {"AGREE", "CONCEDE"}:
            return True
    return False


def refusal() -> Coding:
    """The code of a refusal (REJECT 120)."""
    return _as(REFUSAL_CAMEO, "REJECT")


def preparing(token: Token) -> bool:
    """An attack the actor is preparing or poised to make ("prepared to resume shelling")."""
    node = token
    for _ in range(3):
        if node.dep_ not in ("xcomp", "acomp", "dobj", "pcomp") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in PREPARING:
            return True
    return False


def _committed(token: Token) -> bool:
    """The trigger carries "will"/"would" (not "could", "might"): the speaker commits to it."""
    return any(c.dep_ == "aux" and c.lower_ in COMMITTING_AUX for c in token.children)


def own_possibility(token: Token, actors: tuple[Entity, ...], res: Resolver) -> bool:
    """"X said it could (might, may) cut ties with Y": a party speaking of coercion or force it could use itself, a
    threat. Said of another party ("X said Y could attack") it stays a possibility."""
    if token.dep_ != "ccomp" or token.head.lemma_.lower() not in SAYING:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in POSSIBLE_AUX for c in token.children):
        return False
    speakers = {e.code for e in args.subject_of(token.head, res)}
    return bool(speakers & {a.code for a in actors})


def is_joint(match: CueMatch, actors: tuple[Entity, ...], recipients: tuple[Entity, ...]) -> bool:
    """Exercises or patrols held together: marked joint, by several parties, or with a partner."""
    words = [match.token, *match.extra]
    if not any(w.lemma_.lower() in EXERCISE_WORDS for w in words):
        return False
    modifiers = [c for w in words for c in w.children]
    modifiers += [g for c in modifiers if c.dep_ in ("compound", "amod") for g in c.children]  # "joint military drills"
    joint = any(c.lower_ in ("joint", "combined") for c in modifiers)
    return joint or len({a.code for a in actors}) > 1 or (bool(recipients) and _with_partner(words))


def _with_partner(words: list[Token]) -> bool:
    """"held drills with X", "drills involving X": a partner in a "with" phrase of the exercise or its verb, or a
    clause within the exercise's phrase that involves or includes it; a party the drills are held
    near ("off the coast of X", "near the front line with X") is their target, a show of force."""
    holders = [*words, *(w.head for w in words if w.dep_ in ("dobj", "nsubjpass"))]
    if any(c.dep_ == "prep" and c.lower_ == "with" for h in holders for c in h.children):
        return True
    return any(t.dep_ in ("relcl", "acl") and t.lemma_.lower() in PARTNERING for w in words for t in w.subtree)
