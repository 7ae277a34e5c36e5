"""Who did it, for an event noun: its possessor, national modifier, `by` phrase or light verb's subject; also the
holder of custody, the giver of something received and the author of an event noun standing as subject."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolver import Resolver
from ..model import Entity
from .cues import match_token
from .subjects import subject_of
from .misparsed import is_passive
from .targets import agents_of_modifier, national_entity
from .syntax import SUBJECT_DEPS, children, clause_verb, pobjs

BY_CHAIN_PREPS = {"on", "of", "against", "in", "at", "for", "to"}  # "the endorsement of X's bid for a seat by Y"
SELF_ACTS = {"visit", "trip", "tour", "arrival", "departure", "resignation", "return", "intervention", "walkout",
             "withdrawal", "pullout", "exit", "surrender", "defection", "mediation"}  # "the visit of X": X visits
# prepositions of a prior or surrounding cause ("after weeks of protests", "amid months of riots")
CAUSE_PREPS = frozenset({"after", "following", "amid", "amidst", "despite"})
UNREST = frozenset({"protest", "riot", "demonstration", "rally", "march", "strike", "unrest", "walkout", "sit-in"})
# acts that provoke a reaction ("suspended Nigeria after the executions", "on alert after the bombing"): in a phrase of
# cause they are someone else's, not the reacting subject's
PROVOCATIONS = frozenset({"execution", "bombing", "blast", "explosion", "massacre", "assassination", "killing", "coup",
                          "abduction", "kidnapping", "hijacking", "violence", "attack", "ambush", "incursion",
                          "provocation"})
SPAN_WORDS = {"day", "week", "month", "year", "hour", "night", "round", "decade"}
OWN_PRONOUNS = {"its", "their"}
UNDERGOING = {"face", "confront", "weather", "endure", "suffer", "survive", "experience"}  # "faced mass protests"
DEGREE_WORDS = {"level", "state", "degree", "status"}  # "on the highest level of combat readiness"
DYING = {"die", "succumb", "perish"}  # "died of torture": the one who died is the victim
PROSPECTS = {"prospect", "possibility", "spectre", "specter"}  # "raised the prospect of X": X held out as intended
CUSTODY = {"custody", "detention", "captivity"}  # "in Egyptian police custody": the holder
RECEIVING = {"receive", "get", "accept", "obtain"}  # "received aid from X": X gives
WINNING = RECEIVING | {"win", "gain", "secure", "earn", "garner", "enlist"}  # "won the backing of X": X backs
BACKING = {"backing", "support", "endorsement", "approval", "blessing", "consent", "sympathy", "praise", "help",
           "assistance", "recognition", "trust", "confidence"}  # what one wins from another, named by an "of" phrase


def event_subject_actors(verb: Token, res: Resolver) -> list[Entity]:
    """"An Israeli air strike hit ...", "killed by a Syrian barrage": the author of the event noun that is the agent."""
    subjects = children(verb, SUBJECT_DEPS) + [p for a in children(verb, {"agent"}) for p in pobjs(a)]
    return [e for s in subjects if s.pos_ == "NOUN" and match_token(s) is not None for e in noun_actors(s, res)]


def marked_agents(verb: Token, res: Resolver) -> list[Entity]:
    """"killed by Pakistani fire", "a Russian missile hit ...": a thing as agent or subject, marked with a nation,
    stands for that nation's forces."""
    subjects = children(verb, SUBJECT_DEPS) + [p for a in children(verb, {"agent"}) for p in pobjs(a)]
    codes = [(s, res.modifier_code(s)) for s in subjects if s.pos_ == "NOUN" and not res.resolve(s)]
    return [national_entity(code, s, res) for s, code in codes if code]


def under_verb(noun: Token) -> Token | None:
    """The verb of "was put under investigation", "came under attack": its subject is the target."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None


PLACING = {"place", "put", "add", "keep"}  # "placed X on a blacklist", "added X to its sanctions list"


def placed_under(noun: Token) -> Token | None:
    """"Placed X under arrest", "placed X on a blacklist": an active verb whose subject acts on its object."""
    verb = under_verb(noun)
    if verb is None and noun.dep_ == "pobj" and noun.head.lower_ in ("on", "to") and noun.head.head.lemma_.lower() in PLACING:
        verb = noun.head.head
    return verb if verb is not None and children(verb, {"dobj"}) and not children(verb, {"nsubjpass"}) else None


def between_parties(token: Token, res: Resolver) -> list[Entity]:
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("between", "among")]
    return [e for p in preps for o in pobjs(p) for e in res.resolve(o)]


def _nested_by(noun: Token, res: Resolver, depth: int = 0) -> list[Entity]:
    """"the attack on X by Y", "the killing of X by Y", "the endorsement of X's bid for a seat by Y": the parser often
    hangs the `by` phrase on the target, or deeper in a chain of prepositional phrases."""
    for t in (t for p in children(noun, {"prep"}) if p.lower_ in BY_CHAIN_PREPS for t in pobjs(p)):
        found = [e for b in children(t, {"prep"}) if b.lower_ == "by" for o in pobjs(b) for e in res.resolve(o)]
        found = found or (_nested_by(t, res, depth + 1) if depth < 2 else [])
        if found:
            return found
    return []


def _of_agent(noun: Token, res: Resolver) -> list[Entity]:
    """"The visit of Indian Prime Minister Modi to Washington", "the resignation of the president": for an act one
    does oneself, the "of" phrase names who does it."""
    if noun.lemma_.lower() not in SELF_ACTS:
        return []
    return [e for p in children(noun, {"prep"}) if p.lower_ == "of" for o in pobjs(p) for e in res.resolve(o)]


def death_of(noun: Token) -> Token | None:
    """"died of torture", "succumbed to wounds from a beating": the dying verb, whose subject suffered the event."""
    node = noun
    for _ in range(4):
        if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "VERB":
            return node if node.lemma_.lower() in DYING else None
    return None


def custodians(token: Token, res: Resolver) -> list[Entity]:
    """"tortured in Egyptian military custody", "died in police detention": the holder is the one who acted."""
    verb = clause_verb(token)
    holders = [t for t in verb.subtree if t.lemma_.lower() in CUSTODY and t.dep_ == "pobj" and t.head.lower_ in ("in", "under")]
    out: list[Entity] = []
    for holder in holders:
        found = [e for e in res.resolve_head(holder) if e.kind in ("group", "country", "org")]
        code = None if found else res.modifier_code(holder)
        if code is not None:  # "in Egyptian military custody": the country's forces named by an adjective
            owners = [c for c in holder.children if c.dep_ in ("amod", "compound") and res.sector_of(c)]
            sector = res.sector_of(owners[0]) if owners else None
            text, start, end = res.span_text(holder)
            found = [Entity(code, sector, text, res.ctx.lexicon.names.get(code, code), start, end, "group")]
        out.extend(found)
    return out


def _undergone(noun: Token, verb: Token, res: Resolver) -> list[Entity]:
    """"X faced protests (from Y)", "X weathered a strike": the subject undergoes the act. Its author is the "from"
    or "by" party, else, for unrest, the subject's own people."""
    sources = [e for p in children(noun, {"prep", "agent"}) if p.lower_ in ("from", "by") for o in pobjs(p)
               for e in res.resolve(o)]
    if sources or noun.lemma_.lower() not in UNREST:
        return sources  # none: "faced arrest" keeps the other clues
    return [Entity(e.code, "CVL", e.entity_text, e.identifier_text, e.start, e.end, "country")
            for e in subject_of(verb, res)]


def _own_subject(owner: Token, noun: Token, res: Resolver) -> list[Entity]:
    """"X and Y began their joint drills": a possessive pronoun on a verb's object is the verb's subject."""
    if owner.dep_ != "poss" or owner.lower_ not in OWN_PRONOUNS or noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return []
    return subject_of(noun.head, res)


def noun_actors(noun: Token, res: Resolver, mediation: bool = False) -> list[Entity]:
    """The agent of an event noun: possessor, national modifier, `by` phrase, or the light verb's subject."""
    if death_of(noun) is not None:
        return []  # the subject of "died of torture" is the victim (see noun_recipients)
    if noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "a mediation effort": the effort's participants
    placer = placed_under(noun)
    if placer is not None:
        return subject_of(placer, res)
    if under_verb(noun) is not None:  # "came under fire from X": X fired; else the subject is only the target
        return [e for p in children(noun, {"prep", "agent"}) if p.lower_ in ("from", "by") for o in pobjs(p)
                for e in res.resolve(o)]
    unrest = noun
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in SPAN_WORDS | DEGREE_WORDS:
        noun = noun.head.head  # "after five days of fighting", "put on a higher level of alert"
    undergone = _undergone(unrest, noun.head, res) if noun.dep_ == "dobj" and noun.head.lemma_.lower() in UNDERGOING else []
    if undergone:
        return undergone
    for child in noun.children:
        owner = _own_subject(child, noun, res) or (res.resolve(child) if child.dep_ == "poss" else [])
        if owner:  # an unresolved "their pullout" or "last year's raid" falls through to the other clues
            return owner
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return [e for o in pobjs(child) for e in res.resolve(o)]
    by_target = _nested_by(noun, res)
    if by_target:
        return by_target
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
    found = [e for m in modifiers for e in res.resolve_head(m) if e.kind in ("country", "org", "person")]
    if found:
        return found
    between = [] if mediation else between_parties(noun, res)
    if between:
        return between
    giver = [e for o in givers(noun) for e in res.resolve(o)] or _of_agent(noun, res)
    if giver:  # "received a call from X": X called; "the visit of X"
        return giver
    if noun.dep_ in ("dobj", "attr", "oprd") and noun.head.pos_ in ("VERB", "AUX"):
        return subject_of(noun.head, res)
    held_out = _held_out(noun)
    if held_out is not None:  # "raised the prospect of air strikes": the one who raised it would strike
        return subject_of(held_out, res)
    if noun.dep_ == "pobj" and noun.head.lower_ in CAUSE_PREPS and unrest.lemma_.lower() in UNREST | PROVOCATIONS:
        return []  # "scrapped the plan after days of protests": the unrest that moved the subject is not its own
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return subject_of(noun.head.head, res)
    return []


def _held_out(noun: Token) -> Token | None:
    """The verb that holds out a prospect of the event noun ("raised the possibility of sanctions")."""
    prospect = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if prospect is None or prospect.lemma_.lower() not in PROSPECTS or prospect.dep_ != "dobj":
        return None
    return prospect.head


def passive_light_agent(noun: Token, res: Resolver) -> list[Entity]:
    """"An appeal for calm was issued (made) by X", "an amnesty was declared by X": the `by` party of the passive verb
    an event noun is the subject of."""
    if noun.dep_ != "nsubjpass" or noun.head.pos_ not in ("VERB", "AUX") or match_token(noun.head) is not None:
        return []  # not "the detention of X was condemned by Y": Y reacts, an act of its own
    return [e for p in children(noun.head, {"agent", "prep"}) if p.lower_ == "by" for o in pobjs(p) for e in res.resolve(o)]


def noun_sources(noun: Token, res: Resolver) -> list[Entity]:
    """"Food aid from the World Food Programme", "an appeal from X": the party an event noun comes from (not for a
    withdrawal or deployment, whose "from" is a place)."""
    return [e for p in children(noun, {"prep"}) if p.lower_ == "from" for o in pobjs(p) for e in res.resolve(o)
            if e.kind in ("country", "org", "person", "group")]


def goods_origin(noun: Token, res: Resolver) -> list[Entity]:
    """"the delivery of German tanks": the country named on the goods supplies them."""
    goods = [o for p in children(noun, {"prep"}) if p.lower_ == "of" for o in pobjs(p)]
    found = [e for g in goods for m in g.children if m.dep_ in ("amod", "compound", "nmod") and m.i < g.i
             for e in res.resolve_head(m) if e.kind == "country"]
    return found or [national_entity(c, g, res) for g in goods for c in [res.modifier_code(g)] if c]  # "American F-16 jets"


def measure_owners(verb: Token, res: Resolver) -> list[Entity]:
    """"Beijing's ban on Australian wine was lifted", "sanctions imposed by the EU were eased": whose measure was
    lifted in an agentless passive, by its possessor or the agent that imposed it."""
    if not is_passive(verb) or children(verb, {"agent"}):
        return []
    measures = children(verb, {"nsubjpass"})
    owners = [c for m in measures for c in children(m, {"poss"})] + [a for m in measures for a in agents_of_modifier(m)]
    return [e for o in owners for e in res.resolve(o)]


def goods_givers(verb: Token, res: Resolver) -> list[Entity]:
    """"received tanks from the United States": the "from" party of a receiving verb or of what it receives."""
    heads = [verb, *children(verb, {"dobj"})]
    return [e for h in heads for p in children(h, {"prep"}) if p.lower_ == "from" for o in pobjs(p)
            for e in res.resolve(o)]


def givers(noun: Token) -> list[Token]:
    """The "from" party of an event noun that is received: "received a phone call / aid / a delegation from X"."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in WINNING:
        return []
    backing = noun.lower_ in BACKING or noun.lemma_.lower() in BACKING
    if noun.head.lemma_.lower() not in RECEIVING and not backing:
        return []  # "won the release of X" names no giver
    preps = (*children(noun, {"prep"}), *children(noun.head, {"prep"}))
    found = [o for p in preps if p.lower_ == "from" for o in pobjs(p)]
    return found or [o for p in children(noun, {"prep"}) if p.lower_ == "of" and backing for o in pobjs(p)]
