"""Who did it and to whom: actors and recipients of a trigger from the dependency parse."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolver import Resolver
from ..model import Entity

SUBJECT_DEPS = {"nsubj", "csubj"}
INHERIT_SUBJECT = {"xcomp", "conj", "advcl", "pcomp"}
VERB_RECIPIENT_PREPS = {"with", "against", "to", "on", "into", "toward", "towards", "from", "at", "upon", "onto", "for"}
OBJECT_RECIPIENT_PREPS = VERB_RECIPIENT_PREPS | {"in", "of", "over"}
NOUN_RECIPIENT_PREPS = {"with", "against", "on", "to", "into", "toward", "towards", "of", "at", "upon", "over", "in"}


def _pobjs(prep: Token) -> list[Token]:
    return [g for g in prep.children if g.dep_ == "pobj"]


def _children(token: Token, deps: set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def subject_of(verb: Token, res: Resolver, depth: int = 0) -> list[Entity]:
    """The agent of a verb: its subject, the passive `by` phrase, or an inherited subject."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return res.resolve(child)
        if child.dep_ == "agent":
            return [e for p in _pobjs(child) for e in res.resolve(p)]
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    if depth < 3 and verb.dep_ in INHERIT_SUBJECT and verb.head is not verb:
        if verb.dep_ == "xcomp":
            controller = _children(verb.head, {"dobj"})
            if controller and res.resolve(controller[0]):
                return res.resolve(controller[0])
        return subject_of(verb.head, res, depth + 1)
    if verb.dep_ in ("relcl", "acl") and verb.tag_ != "VBN":
        return res.resolve(verb.head)
    return []


def _between(token: Token, res: Resolver) -> list[Entity]:
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("between", "among")]
    return [e for p in preps for o in _pobjs(p) for e in res.resolve(o)]


def noun_actors(noun: Token, res: Resolver) -> list[Entity]:
    """The agent of an event noun: possessor, national modifier, `by` phrase, or the light verb's subject."""
    for child in noun.children:
        if child.dep_ == "poss":
            return res.resolve(child)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return [e for o in _pobjs(child) for e in res.resolve(o)]
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
    found = [e for m in modifiers for e in res.resolve_head(m) if e.kind in ("country", "org", "person")]
    if found:
        return found
    between = _between(noun, res)
    if between:
        return between
    if noun.dep_ in ("dobj", "attr", "oprd") and noun.head.pos_ in ("VERB", "AUX"):
        return subject_of(noun.head, res)
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return subject_of(noun.head.head, res)
    return []


def _prep_recipients(token: Token, preps: set[str], res: Resolver) -> list[Entity]:
    out: list[Entity] = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            for pobj in _pobjs(child):
                out.extend(res.resolve(pobj))
        elif child.dep_ == "dative":
            out.extend(res.resolve(child))
    return out


def _clause_recipients(noun: Token, res: Resolver) -> list[Entity]:
    """Participants named in a relative clause on an event noun ("drills that involved forces from X")."""
    out: list[Entity] = []
    for clause in _children(noun, {"relcl", "acl"}):
        for obj in _children(clause, {"dobj"}):
            out.extend(res.resolve(obj))
    return out


def verb_recipients(verb: Token, objects: tuple[Token, ...], res: Resolver) -> list[Entity]:
    """The target of a verb: its object if that is an actor, else the actor inside its object or PPs."""
    out: list[Entity] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "dative", "attr"):
            found = res.resolve(child)
            if found:
                out.extend(found)
                continue
            out.extend(e for g in child.children if g.dep_ == "poss" for e in res.resolve(g))
            out.extend(_prep_recipients(child, OBJECT_RECIPIENT_PREPS, res))
    out.extend(_prep_recipients(verb, VERB_RECIPIENT_PREPS, res))
    for obj in objects:
        out.extend(_clause_recipients(obj, res))
    return out


def noun_recipients(noun: Token, res: Resolver) -> list[Entity]:
    out = _prep_recipients(noun, NOUN_RECIPIENT_PREPS, res) + _clause_recipients(noun, res)
    if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        out.extend(_prep_recipients(noun.head, VERB_RECIPIENT_PREPS, res))
    return out


def dedupe(entities: list[Entity], exclude: list[Entity] = ()) -> tuple[Entity, ...]:
    seen = {(e.code, e.sector, e.identifier_text) for e in exclude}
    out: list[Entity] = []
    for ent in entities:
        key = (ent.code, ent.sector, ent.identifier_text)
        if key not in seen:
            seen.add(key)
            out.append(ent)
    return tuple(out)
