"""To whom it was done: a trigger's objects, prepositional targets and complement clauses, for verbs and event
nouns; the neighbour of a border and the party a show of force is brought close to."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolver import Resolver
from ..model import Entity
from .cues import match_token
from .owners import between_parties, death_of, givers, placed_under, under_verb
from .places import direction_anchors, place_countries
from .subjects import subject_of
from .syntax import SUBJECT_DEPS, children, clause_verb, pobjs, shared_object, stranded_object, time_clause
from .targets import NESTED_PREPS, agents_of_modifier, marked_target, national_entity, nominal_target, single_target

NAMING = {"call", "describe", "term", "brand", "label", "dub"}  # "denounced what it called X"
PLACE_PREPS = {"in", "at", "across", "throughout", "near"}
VERB_RECIPIENT_PREPS = {"with", "against", "to", "on", "into", "toward", "towards", "from", "at", "upon", "onto", "for", "over", "between"}
OBJECT_PREPS = NESTED_PREPS | {"at", "into", "toward", "towards"}  # "fired shells at X", "sent troops into X"
NEAR_PREPS = {"near", "off", "around", "toward", "towards", "close", "through"}  # a show of force brought close to a party
AIMING = {"fire", "launch", "lob", "hurl", "throw", "shoot", "aim", "direct", "drop", "rain"}  # "fired rockets at X"
BORDER_PREPS = {"along", "near", "on", "at", "to", "toward", "towards"}
BORDER_WORDS = {"border", "frontier", "boundary", "line"}  # "its border with X": X is the neighbour concerned
AIMED_PREPS = {"against", "on", "upon", "at", "toward", "towards"}  # what an act is aimed at
PARTNER_PREPS = AIMED_PREPS | {"with"}  # "spoke by telephone with X", "warned of war with X"
# handing someone over: a "to" phrase the parser hung inside the object's clause is still the destination
HANDING = {"extradite", "deport", "hand", "transfer", "repatriate", "return", "send", "surrender", "expel", "deliver"}
NOUN_RECIPIENT_PREPS = {"with", "against", "on", "to", "into", "toward", "towards", "of", "at", "upon", "over", "in", "for"}


def _aimed_at(token: Token, prep: Token) -> bool:
    """"fired rockets at Israeli towns", "threw stones at police": what a weapon is aimed at is the target, not a place."""
    return prep.lower_ in ("at", "on", "onto") and token.pos_ == "VERB" and token.lemma_.lower() in AIMING


def _prep_recipients(token: Token, preps: set[str], res: Resolver) -> list[Entity]:
    out: list[Entity] = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in pobjs(child) or stranded_object(child):
                found = nominal_target(pobj, res)
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
            else:  # "rejected a plan put forward by X": its author
                out.extend(e for a in agents_of_modifier(child) for e in nominal_target(a, res))
            out.extend(e for o in (child, *child.conjuncts) for c in o.children  # "fired mortars and rockets at X"
                       if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS for p in pobjs(c) or stranded_object(c)
                       for e in nominal_target(p, res))
        else:
            out.extend(nominal_target(child, res))
    if not children(verb, {"dobj"}):  # "denounced as a crime X's crackdown": the object after the "as" phrase
        out.extend(e for p in children(verb, {"prep"}) if p.lower_ == "as" for o in pobjs(p)
                   for a in children(o, {"appos"}) for e in nominal_target(a, res))
    return out


def _other_nationality(noun: Token, own: set[str], res: Resolver) -> list[Entity]:
    """"released a British-Iranian aid worker": a dual national's other nationality, not the actor's own."""
    marks = [t for t in noun.subtree if t.i < noun.i and t.dep_ in ("amod", "compound", "npadvmod", "nmod")]
    entries = [res.choose(m) for t in marks if (m := res.ctx.mention_at(res.base + t.idx)) is not None]
    codes = [e.code for e in entries if e.kind == "demonym"]
    return [national_entity(c, noun, res) for c in dict.fromkeys(codes) if c not in own]


def _complement_recipients(verb: Token, res: Resolver, depth: int = 0) -> list[Entity]:
    """Targets inside a complement clause: "demanded that X ...", "agreed to return the files to X"."""
    out: list[Entity] = []
    for child in (c for c in verb.children if not time_clause(c)):  # not "were killed when X attacked"
        marked = child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children)
        if child.dep_ == "ccomp" or marked:  # "demanded that X ...", "pushed for X to ...", "said the Russian command ..."
            out.extend(e for s in children(child, SUBJECT_DEPS | {"nsubjpass"}) for e in nominal_target(s, res))
        if child.dep_ == "ccomp":
            out.extend(_named_as(child, res))
        if (child.dep_ in ("xcomp", "ccomp") or _infinitive_content(verb, child)) and depth < 2:
            found = _object_recipients(child, (), res) + _prep_recipients(child, VERB_RECIPIENT_PREPS, res)
            found += _complement_recipients(child, res, depth + 1)
            out.extend(found or [e for p in _purposes(child) for e in _object_recipients(p, (), res)])
    return out


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


def _border_neighbours(verb: Token, res: Resolver) -> list[Entity]:
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
    found = [e for o in near for e in nominal_target(o, res)] + [e for h in heads for e in _border_neighbours(h, res)]
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


def verb_recipients(verb: Token, objects: tuple[Token, ...], res: Resolver) -> list[Entity]:
    """The target of a verb: its object if that is an actor, else the actor inside its object, PPs or complement."""
    out = _object_recipients(verb, objects, res) + _prep_recipients(verb, VERB_RECIPIENT_PREPS, res)
    for obj in objects:
        out.extend(_clause_recipients(obj, res))
        out.extend(_particle_object_targets(obj, res))
        if obj.dep_ == "prep" and obj.head.i == verb.i:  # "arrived in Beijing": the cue's own preposition names the target
            out.extend(e for o in pobjs(obj) for e in nominal_target(o, res))
        if obj.dep_ == "prt":  # "sealed off the West Bank": the parser hangs the object on the particle
            out.extend(e for o in pobjs(obj) for e in nominal_target(o, res))
    out.extend(_border_neighbours(verb, res))
    out.extend(_stray_destination(verb, res))
    return out or _complement_recipients(verb, res) or _frame_partners(verb, res)


def _stray_destination(verb: Token, res: Resolver) -> list[Entity]:
    """"extradited a man accused of running a botnet to the United States": a country's "to" phrase the parser hung
    inside the clause describing what is handed over is where it was handed, when the verb has no "to" of its own."""
    if verb.lemma_.lower() not in HANDING or any(c.lower_ == "to" for c in children(verb, {"prep", "dative"})):
        return []
    clauses = [c for o in children(verb, {"dobj"}) for c in o.subtree if c.dep_ in ("acl", "relcl")]
    preps = [p for c in clauses for p in c.subtree if p.dep_ in ("prep", "dative") and p.lower_ == "to"]
    return [e for p in preps for o in pobjs(p) for e in nominal_target(o, res) if e.kind == "country"]


def _frame_partners(verb: Token, res: Resolver) -> list[Entity]:
    """"accepted a ceasefire in its war with X", "agreed to freeze it under a framework negotiated with X": the other
    party of the conflict or deal an act is framed by, when nothing else names a target."""
    frames = [o for p in children(verb, {"prep"}) if p.lower_ in ("in", "under", "within") for o in pobjs(p)]
    holders = frames + [a for f in frames for a in children(f, {"acl"})]
    return [e for h in holders for p in children(h, {"prep"}) if p.lower_ in ("with", "against") for o in pobjs(p)
            for e in nominal_target(o, res)]


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
    if givers(noun):  # "X received a call from Y": X is called
        return [e for s in children(noun.head, SUBJECT_DEPS) for e in res.resolve(s)]
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
