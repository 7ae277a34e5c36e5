"""Parties an act relates beyond its own phrases: a reciprocal act's partners, "each other", a protest's stated
demand and the subject of a threat's or offer's condition."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolver import Resolver
from ..model import Entity
from .places import place_recipients
from .recipients import verb_recipients
from .syntax import SUBJECT_DEPS, children, clause_verb, pobjs
from .cues import match_token
from .owners import event_subject_actors, marked_agents
from .targets import national_entity, nominal_target, single_target

CONDITION_MARKS = {"if", "unless"}
INVERTED_CONDITIONS = {"should", "were", "had"}  # "Should X join NATO, Y will ...", "Were X to attack, ...", "Had X ..."
AIM_PATH = {"advcl", "xcomp", "conj", "pcomp", "prep"}  # clauses and the prepositions leading to them
PROTEST_AIMS = {"demand", "call", "urge", "protest", "denounce", "oppose", "condemn", "chant", "seek"}  # a protest's aim
PROTEST_SITE_PREPS = {"at", "outside", "near", "past", "opposite", "before", "around"}
RIVAL_WORDS = {"rival", "warring", "feuding"}  # "the warring factions": two sides of one conflict
VIOLENCE = {"18", "19", "20"}  # CAMEO roots of violence: assault, fight, mass violence


def partners(verb: Token, res: Resolver) -> list[Entity]:
    """The "with" party of a reciprocal verb ("shared intelligence with X"): PLOVER lists it among the actors."""
    heads = [verb, *children(verb, {"dobj"})]  # "shared intelligence with X": the parser may hang it on the object
    return [e for h in heads for p in children(h, {"prep"}) if p.lower_ == "with" for o in pobjs(p)
            for e in nominal_target(o, res)]


def complained_of(token: Token, res: Resolver) -> list[Entity]:
    """"complained to the Security Council about X", "lodged a complaint with the UN over X": what a complaint is
    about names the accused, on the trigger, its object or the verb an event noun is the object of."""
    heads = [token, *children(token, {"dobj"})]
    if token.dep_ == "dobj":
        heads.append(token.head)
    return [e for h in heads for p in children(h, {"prep"}) if p.lower_ in ("about", "over") for o in pobjs(p)
            for e in nominal_target(o, res)]


def own_means(found: tuple[Entity, ...], res: Resolver, own: set[str]) -> bool:
    """Only the actor's own forces or people, named by no country of their own ("900 troops", "its soldiers")."""
    return all(e.code in own and not any(e.start <= m.start < e.end for m in res.ctx.mentions) for e in found)


def pledged_places(token: Token, res: Resolver, own: set[str]) -> list[Entity]:
    """"promised to keep 900 troops in Estonia", "pledged to build a hospital in Mosul": a pledge naming no other party
    is aimed at the country its content is to happen in."""
    clauses = children(token, {"xcomp"})
    found = [e for c in clauses for e in place_recipients(c, res)]
    return [e for e in found if e.code not in own]


def reciprocal(token: Token) -> bool:
    """"accused each other", "fired on one another", "the rival generals agreed": the actors are also each other's
    targets."""
    if any(m.lower_ in RIVAL_WORDS for s in children(token, SUBJECT_DEPS) for m in s.children if m.dep_ == "amod"):
        return True
    heads = [token, *(p for p in children(token, {"prep"}))]
    for word in (o for h in heads for o in h.children if o.dep_ in ("dobj", "pobj")):
        words = {word.lower_} | {c.lower_ for c in word.children if c.dep_ == "det" or c.i < word.i}
        if {"each", "other"} <= words or {"one", "another"} <= words:
            return True
    return False


def demand_targets(token: Token, res: Resolver) -> list[Entity]:
    """"marched in Asmara demanding independence from Ethiopian rule": whom a protest's stated demand is aimed at."""
    return [e for c in _aims(token) for e in verb_recipients(c, (), res)]


def _aims(token: Token) -> list[Token]:
    """A protest's stated demand: a demanding verb in its clauses, also through a joined act ("rioted, joining
    crowds in demanding X")."""
    found: list[Token] = []
    frontier = [token]
    for _ in range(3):
        frontier = [c for t in frontier for c in t.children if c.dep_ in AIM_PATH]
        found += [c for c in frontier if c.pos_ == "VERB" and c.lemma_.lower() in PROTEST_AIMS and c.dep_ != "prep"]
        if found:
            return found
    return found


def condition_targets(token: Token, res: Resolver) -> list[Entity]:
    """Subjects of an "if"/"unless" clause under the trigger: the party a threat or offer is aimed at."""
    out: list[Entity] = []
    for clause in (t for t in token.subtree if t.dep_ == "advcl" and t.i != token.i):
        if conditional_clause(clause):
            subjects = children(clause, SUBJECT_DEPS) or children(clause, {"nsubjpass"})  # "unless X is reinstated"
            out.extend(e for s in subjects for e in nominal_target(s, res))  # "if US drills go on"
    return out


def has_condition(token: Token, marks: frozenset[str] | set[str] = CONDITION_MARKS) -> bool:
    """The trigger (or the verb whose complement it is) carries an "if"/"unless" clause: a conditional offer or threat."""
    node = token
    for _ in range(3):
        for clause in children(node, {"advcl"}):
            if conditional_clause(clause, marks):
                return True
        if node.dep_ not in ("xcomp", "acomp") or node.head.i == node.i:
            return False
        node = node.head
    return False


def conditional_clause(clause: Token, marks: frozenset[str] | set[str] = CONDITION_MARKS) -> bool:
    """A clause of condition: opened by "if"/"unless" (the `marks`), or, for "if", by an inverted auxiliary before its
    subject ("Should Kiev join NATO, ...", "Were Israel to attack, ...")."""
    if any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children):
        return True
    opener = clause.left_edge
    subjects = children(clause, SUBJECT_DEPS)
    return ("if" in marks and opener.lower_ in INVERTED_CONDITIONS and opener.i == clause.sent.start
            and opener.tag_ in ("MD", "VBD") and bool(subjects) and opener.i < subjects[0].i)


def protest_sites(token: Token, res: Resolver) -> list[Entity]:
    """"Rallied outside the Russian embassy", "marched past the US consulate": a protest held at a nation's mission
    or institution is aimed at that nation."""
    verb = clause_verb(token)
    holders = [verb, *children(verb, {"dobj"})]  # "staged a protest outside the Chinese embassy"
    holders += [token] if all(token.i != h.i for h in holders) else []
    sites = [o for h in holders for p in children(h, {"prep"}) if p.lower_ in PROTEST_SITE_PREPS for o in pobjs(p)]
    sites += [g for p in children(verb, {"prep"}) if p.lower_ == "in" for f in pobjs(p) if f.lower_ == "front"
              for q in children(f, {"prep"}) for g in pobjs(q)]  # "in front of the French embassy"
    return [e for o in sites if res.modifier_code(o) for e in single_target(o, res)]


def culprits(token: Token, res: Resolver, own: set[str]) -> list[Entity]:
    """"Vowed to avenge the deaths of soldiers killed in an Indian strike", "revenge for the killing of X by Y": who
    did the violence a vow of revenge answers, when the vow's own phrases name only the victims, the actor's people."""
    out: list[Entity] = []
    for word in (w for w in token.subtree if w.i != token.i):
        if word.dep_ == "pobj" and word.head.lower_ == "by":
            out.extend(nominal_target(word, res))
        elif (match := match_token(word)) is None or match.cue.cameo[:2] not in VIOLENCE:
            continue
        elif word.pos_ == "VERB":  # "killed by Israeli fire", "soldiers killed in an Indian strike"
            means = [o for p in children(word, {"prep"}) if p.lower_ in ("in", "from") for o in pobjs(p)
                     if o.pos_ == "NOUN" and not res.resolve(o) and res.modifier_code(o)]
            out.extend(marked_agents(word, res) or event_subject_actors(word, res)
                       or [national_entity(res.modifier_code(o), o, res) for o in means])
        elif word.pos_ == "NOUN" and (code := res.modifier_code(word)):  # "an Israeli air raid"
            out.append(national_entity(code, word, res))
    return [e for e in out if e.code not in own]
