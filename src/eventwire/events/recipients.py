"""To whom it was done: a trigger's objects, prepositional targets and complement clauses, for verbs and event
nouns (the neighbour of a border and the party a show of force is brought close to are in `frames`)."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolver import Resolver
from ..model import Entity
from .cues import match_token
from .frames import AIMED_PREPS, border_neighbours, embedded_aims, frame_partners
from .owners import between_parties, death_of, givers, placed_under, under_verb
from .places import nested_place, place_countries
from .subjects import subject_of
from .syntax import SUBJECT_DEPS, children, pobjs, stranded_object, time_clause
from .targets import (INFORMATION, NESTED_PREPS, TOPIC_PREPS, agents_of_modifier, marked_target, national_entity,
                      nominal_target, single_target, topic_destinations, topic_inner_targets)

INTENT_NOUNS = {"willingness", "readiness", "desire", "intention", "intent", "openness", "hope", "plan", "offer",
                "commitment", "pledge", "promise", "determination", "resolve", "wish", "bid"}  # "its readiness to ..."
NAMING = {"call", "describe", "term", "brand", "label", "dub"}  # "denounced what it called X"
PLACE_PREPS = {"in", "at", "across", "throughout", "near"}
VERB_RECIPIENT_PREPS = {"with", "against", "to", "on", "into", "toward", "towards", "from", "at", "upon", "onto", "for", "over", "between"}
OBJECT_PREPS = NESTED_PREPS | {"at", "into", "toward", "towards"}  # "fired shells at X", "sent troops into X"
AIMING = {"fire", "launch", "lob", "hurl", "throw", "shoot", "aim", "direct", "drop", "rain"}  # "fired rockets at X"
PARTNER_PREPS = AIMED_PREPS | {"with"}  # "spoke by telephone with X", "warned of war with X"
# handing someone over: a "to" phrase the parser hung inside the object's clause is still the destination
HANDING = {"extradite", "deport", "hand", "transfer", "repatriate", "return", "send", "surrender", "expel", "deliver",
           "dispatch", "ship", "airlift"}
NOUN_RECIPIENT_PREPS = {"with", "against", "on", "to", "into", "toward", "towards", "of", "at", "upon", "over", "in", "for"}


def _aimed_at(token: Token, prep: Token) -> bool:
    """"fired rockets at Israeli towns", "threw stones at police": what a weapon is aimed at is the target, not a place."""
    return prep.lower_ in ("at", "on", "onto") and token.pos_ == "VERB" and token.lemma_.lower() in AIMING


def _prep_recipients(token: Token, preps: set[str], res: Resolver) -> list[Entity]:
    out: list[Entity] = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in pobjs(child) or stranded_object(child) or _handed_over(child):
                found = nominal_target(pobj, res)
                if not found and child.lower_ in AIMED_PREPS | {"into"} and pobj.pos_ == "NOUN":
                    found = nested_place(pobj, res)  # "sorties against rebel-held areas of Idlib": Syria
                placed = child.lower_ in PLACE_PREPS and not _aimed_at(token, child)
                out.extend(e for e in found if not placed or e.kind == "country")
        elif child.dep_ == "prep" and child.lower_ in ("out", "away") and "from" in preps:  # "pulled out of X"
            out.extend(e for p in children(child, {"prep"}) if p.lower_ in ("of", "from") for o in pobjs(p)
                       for e in nominal_target(o, res) or place_countries(o, res))  # "out of the city of X"
        elif child.dep_ == "prt" and child.lower_ == "up":  # "kidnapped up to 16 Russian advisers"
            out.extend(e for p in children(child, {"prep"}) if p.lower_ == "to" for o in pobjs(p)
                       for e in nominal_target(o, res))
        elif child.dep_ == "dative":
            out.extend(res.resolve(child) or [e for p in pobjs(child) or stranded_object(child) for e in nominal_target(p, res)])
    return out


def _handed_over(prep: Token) -> list[Token]:
    """"turned X over to Peru", "handed X over to Y": the parser hangs the "to" phrase on "over"."""
    return [o for p in children(prep, {"prep"}) if prep.lower_ == "over" and p.lower_ == "to" for o in pobjs(p)]


def _clause_recipients(noun: Token, res: Resolver) -> list[Entity]:
    """Participants named in relative clauses under an event noun ("drills that ... involved forces from X")."""
    out: list[Entity] = []
    for clause in (t for t in noun.subtree if t.dep_ in ("relcl", "acl") and t.i != noun.i):
        for obj in children(clause, {"dobj"}):
            out.extend(res.resolve(obj))
    return out


def _object_recipients(verb: Token, objects: tuple[Token, ...], res: Resolver) -> list[Entity]:
    out: list[Entity] = []
    for child in verb.children:
        if child.dep_ not in ("dobj", "nsubjpass", "attr"):
            continue
        if child in objects:  # "summoned the Belarusian ambassador": only an explicitly national object
            code = res.modifier_code(child)
            if code or res.ctx.mention_at(res.base + child.idx):  # "freed two Americans"
                own = {a.code for a in subject_of(verb, res)}
                found = res.resolve(child) or single_target(child, res)
                found = found or ([national_entity(code, child, res)] if code else [])
                found = found if any(e.code not in own for e in found) else _other_nationality(child, own, res)
                out.extend(e for e in found if e.code not in own)  # "seized a British-flagged tanker": Britain
            else:  # "rejected a plan put forward by X": its author; "accepted mediation by X" (the parser hangs it on the verb)
                authors = agents_of_modifier(child) or (_stray_authors(verb) if child.dep_ == "dobj" else [])
                out.extend(e for a in authors for e in nominal_target(a, res))
            topical = topic_destinations(child, res)  # "intelligence on X's troop movements to Y": Y, not X
            out.extend(topical if topical is not None else (
                e for o in (child, *child.conjuncts) for c in o.children  # "fired mortars and rockets at X"
                if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS for p in pobjs(c) or stranded_object(c)
                for e in nominal_target(p, res)))
        else:
            out.extend(nominal_target(child, res))
    if not children(verb, {"dobj"}):  # "denounced as a crime X's crackdown": the object after the "as" phrase
        out.extend(e for p in children(verb, {"prep"}) if p.lower_ == "as" for o in pobjs(p)
                   for a in children(o, {"appos"}) for e in nominal_target(a, res))
    return out


def _stray_authors(verb: Token) -> list[Token]:
    """"Accepted mediation by the African Union": an active verb's "by" phrase naming a party is its object's author."""
    if children(verb, {"auxpass", "nsubjpass"}):
        return []
    return [o for p in children(verb, {"prep"}) if p.lower_ == "by" for o in pobjs(p)]


def _other_nationality(noun: Token, own: set[str], res: Resolver) -> list[Entity]:
    """"released a British-Iranian aid worker": a dual national's other nationality, not the actor's own."""
    marks = [t for t in noun.subtree if t.i < noun.i and t.dep_ in ("amod", "compound", "npadvmod", "nmod")]
    entries = [res.choose(m) for t in marks if (m := res.ctx.mention_at(res.base + t.idx)) is not None]
    codes = [e.code for e in entries if e.kind == "demonym"]
    return [national_entity(c, noun, res) for c in dict.fromkeys(codes) if c not in own]


def _complement_recipients(verb: Token, res: Resolver, depth: int = 0) -> list[Entity]:
    """Targets inside a complement clause: "demanded that X ...", "agreed to return the files to X"."""
    out: list[Entity] = []
    intents = [a for o in children(verb, {"dobj"}) if o.lemma_.lower() in INTENT_NOUNS for a in children(o, {"acl"})]
    for child in (c for c in [*verb.children, *intents] if not time_clause(c)):  # not "were killed when X attacked"
        marked = child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children)
        if child.dep_ == "ccomp" or marked:  # "demanded that X ...", "pushed for X to ...", "said the Russian command ..."
            out.extend(e for s in children(child, SUBJECT_DEPS | {"nsubjpass"}) for e in nominal_target(s, res))
        if child.dep_ == "ccomp":
            out.extend(_named_as(child, res))
        if (child.dep_ in ("xcomp", "ccomp") or _infinitive_content(verb, child) or _intended(child)) and depth < 2:
            found = _object_recipients(child, (), res) + _prep_recipients(child, VERB_RECIPIENT_PREPS, res)
            found += _complement_recipients(child, res, depth + 1)
            out.extend(found or [e for p in _purposes(child) for e in _object_recipients(p, (), res)])
    return out


def _intended(clause: Token) -> bool:
    """"signalled its readiness to sit down with X": the to-infinitive of an intent noun is the verb's content."""
    return (clause.dep_ == "acl" and clause.head.lemma_.lower() in INTENT_NOUNS
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children))


def _purposes(verb: Token) -> list[Token]:
    """"offered to send observers to monitor a truce between X and Y": the purpose of a planned act, whose object names
    the parties when the act's own phrases name none."""
    return [c for c in children(verb, {"advcl"}) if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _infinitive_content(verb: Token, clause: Token) -> bool:
    """"Offered on Thursday to resume talks with X": a to-infinitive the parser attached as an adverbial clause of a
    verb without an object is its content."""
    return (clause.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
            and not children(verb, {"dobj", "dative"}))


def _named_as(clause: Token, res: Resolver) -> list[Entity]:
    """"Denounced what it called the illegal occupation of X by Y": the act named in a "what it called" clause, and
    a `by` phrase the parser hung on the naming verb."""
    if clause.lemma_.lower() not in NAMING or not any(o.lower_ == "what" for o in children(clause, {"dobj"})):
        return []
    named = [e for o in children(clause, {"oprd", "xcomp", "attr"}) for e in nominal_target(o, res)]
    return named + [e for p in children(clause, {"prep", "agent"}) if p.lower_ == "by" for o in pobjs(p)
                    for e in nominal_target(o, res)]


def _particle_object_targets(obj: Token, res: Resolver) -> list[Entity]:
    """"warned of retaliation against X", "called for sanctions on X": the target of a cue's prepositional object."""
    if obj.dep_ != "pobj":
        return []
    return [e for p in children(obj, {"prep"}) if p.lower_ in PARTNER_PREPS for o in pobjs(p) for e in nominal_target(o, res)]


def verb_recipients(verb: Token, objects: tuple[Token, ...], res: Resolver) -> list[Entity]:
    """The target of a verb: its object if that is an actor, else the actor inside its object, PPs or complement."""
    told = any(o.lemma_.lower() in INFORMATION for o in children(verb, {"dobj"}))  # "passed intelligence on X to Y"
    out = _object_recipients(verb, objects, res) + _prep_recipients(verb, VERB_RECIPIENT_PREPS - TOPIC_PREPS if told
                                                                     else VERB_RECIPIENT_PREPS, res)
    out.extend(topic_inner_targets(verb, res) if told else [])  # "shared intelligence on the plot with X"
    for obj in objects:
        out.extend(_clause_recipients(obj, res))
        out.extend(_particle_object_targets(obj, res))
        if obj.dep_ == "prep" and obj.head.i == verb.i:  # "arrived in Beijing": the cue's own preposition names the target
            out.extend(e for o in pobjs(obj) for e in nominal_target(o, res))
        if obj.dep_ == "prt":  # "sealed off the West Bank": the parser hangs the object on the particle
            out.extend(e for o in pobjs(obj) for e in nominal_target(o, res))
    out.extend(border_neighbours(verb, res))
    out.extend(_stray_destination(verb, res))
    out.extend(_victims(verb, res))
    return out or _complement_recipients(verb, res) or frame_partners(verb, res) or embedded_aims(verb, res)


def _victims(verb: Token, res: Resolver) -> list[Entity]:
    """"Pakistani soldiers killed in an Indian strike": the people a participle of violence describes are its targets."""
    cue = match_token(verb) if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN" else None
    return nominal_target(verb.head, res) if cue is not None and cue.cue.cameo[:2] in ("18", "19", "20") else []


def _stray_destination(verb: Token, res: Resolver) -> list[Entity]:
    """"extradited a man accused of running a botnet to the United States": a country's "to" phrase the parser hung
    inside the clause describing what is handed over is where it was handed, when the verb has no "to" of its own."""
    if verb.lemma_.lower() not in HANDING or any(c.lower_ == "to" for c in children(verb, {"prep", "dative"})):
        return []
    clauses = [c for o in children(verb, {"dobj"}) for c in o.subtree if c.dep_ in ("acl", "relcl")]
    preps = [p for c in clauses for p in c.subtree if p.dep_ in ("prep", "dative") and p.lower_ == "to"]
    return [e for p in preps for o in pobjs(p) for e in nominal_target(o, res) if e.kind == "country"]


def goods_destinations(noun: Token, res: Resolver) -> list[Entity]:
    """"The suspension of US aid to Egypt": where the goods of an event noun go."""
    goods = [o for p in children(noun, {"prep"}) if p.lower_ == "of" for o in pobjs(p)]
    return [e for g in goods for p in children(g, {"prep"}) if p.lower_ in ("to", "for") for o in pobjs(p)
            for e in nominal_target(o, res)]


def _content_subjects(noun: Token, res: Resolver) -> list[Entity]:
    """"Canada's accusation that Indian agents were involved", "the demand that Kabul act": the subject of a noun's
    "that" clause is whom the accusation, demand or warning is about."""
    clauses = [c for c in children(noun, {"acl", "ccomp"}) if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return [e for c in clauses for s in children(c, SUBJECT_DEPS | {"nsubjpass"}) for e in nominal_target(s, res)]


def noun_recipients(noun: Token, res: Resolver, mediation: bool = False) -> list[Entity]:
    """The target of an event noun: its prepositional objects, clauses, or the subject it happened to."""
    if noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    placer = placed_under(noun)
    if placer is not None:
        return [e for o in children(placer, {"dobj"}) for e in nominal_target(o, res)]
    verb = under_verb(noun)
    if verb is not None:
        return [e for s in children(verb, SUBJECT_DEPS | {"nsubjpass"}) for e in marked_target(s, res)]
    dying = death_of(noun)
    if dying is not None:
        return [e for s in children(dying, SUBJECT_DEPS) for e in res.resolve(s)]
    if givers(noun):  # "X received a call from Y": X is called; "X's bid won the backing of Y": X is backed
        return [e for s in children(noun.head, SUBJECT_DEPS) for e in res.resolve(s) or nominal_target(s, res)]
    out = _prep_recipients(noun, NOUN_RECIPIENT_PREPS, res) + _clause_recipients(noun, res) + _content_subjects(noun, res)
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and match_token(noun.head) is not None:
        out.extend(_object_recipients(noun.head, (), res))  # "an air strike killed five Syrian soldiers"
    if mediation:  # a mediator's parties are the recipients
        out += between_parties(noun, res)
    if noun.dep_ in ("dobj", "attr", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):  # "aid was sent to X"
        out.extend(_prep_recipients(noun.head, VERB_RECIPIENT_PREPS, res))
        if not out:  # "reiterated its demand that Israel ...", "renewed their calls for X to ...": the noun's clause
            clauses = children(noun.head, {"ccomp"}) + [c for c in children(noun.head, {"advcl"}) if c.i > noun.i
                                                         and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
            out.extend(e for c in clauses for s in children(c, SUBJECT_DEPS) for e in res.resolve(s))
    return out
