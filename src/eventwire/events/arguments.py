"""Who did it and to whom: actors and recipients of a trigger from the dependency parse."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolver import Resolver
from ..model import Entity
from .cues import match_token

SUBJECT_DEPS = {"nsubj", "csubj"}
INHERIT_SUBJECT = {"xcomp", "conj", "advcl", "pcomp", "acomp", "dep"}  # "dep": a clause the parser could not attach
PLACE_PREPS = {"in", "at", "across", "throughout", "near"}
VERB_RECIPIENT_PREPS = {"with", "against", "to", "on", "into", "toward", "towards", "from", "at", "upon", "onto", "for", "over"}
NESTED_PREPS = {"by", "from", "of", "for", "to", "with", "against", "on", "over", "in", "between", "among"}
OBJECT_PREPS = NESTED_PREPS | {"at", "into", "toward", "towards"}  # "fired shells at X", "sent troops into X"
LOCATION_PREPS = {"in", "at", "near", "outside", "across", "throughout", "inside", "around"}
TIME_MARKS = {"when", "as", "while", "after"}  # "killed five when a bomb went off in X"
CONDITION_MARKS = {"if", "unless"}
SPAN_WORDS = {"day", "week", "month", "year", "hour", "night", "round", "decade"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
NOUN_RECIPIENT_PREPS = {"with", "against", "on", "to", "into", "toward", "towards", "of", "at", "upon", "over", "in"}


def _pobjs(prep: Token) -> list[Token]:
    return [g for g in prep.children if g.dep_ == "pobj"]


def _stranded_object(prep: Token) -> list[Token]:
    """The noun right after a preposition the parser left without an object ("asylum to five officers holed up ...")."""
    if _pobjs(prep) or any(c.dep_ == "pcomp" for c in prep.children):
        return []
    for token in prep.doc[prep.i + 1 : prep.i + 7]:
        if token.pos_ in ("NOUN", "PROPN"):
            return [token] if token.head.i != token.i + 1 or token.head.pos_ not in ("NOUN", "PROPN") else [token.head]
        if token.pos_ not in ("DET", "NUM", "ADJ", "PRON") and token.dep_ not in ("amod", "nummod", "det", "poss", "compound"):
            return []
    return []


def _children(token: Token, deps: set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _missed_conjuncts(subject: Token, verb: Token, res: Resolver) -> list[Entity]:
    """Actors joined to the subject by "and" that the parser attached elsewhere ("X and Y plan")."""
    doc = subject.doc
    if verb.i <= subject.i + 1 or subject.conjuncts:
        return []
    between = doc[subject.i + 1 : verb.i]
    if between[0].lower_ != "and" or any(t.pos_ in ("VERB", "AUX") for t in between):
        return []
    heads = [t for t in between[1:] if t.head.i >= verb.i or t.head.i < between.start]
    return [e for t in heads[:1] for e in res.resolve_head(t)]


def subject_of(verb: Token, res: Resolver, depth: int = 0) -> list[Entity]:
    """The agent of a verb: its subject, the passive `by` phrase, or an inherited subject."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return res.resolve(verb.head)  # "rebels who seized the town": the noun the clause describes
        if child.dep_ in SUBJECT_DEPS:
            return res.resolve(child) + _missed_conjuncts(child, verb, res) or _main_subject(child, verb, res)
        if child.dep_ == "agent":
            return [e for p in _pobjs(child) for e in res.resolve(p)]
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return _stray_agent(verb, res)
    if depth < 3 and verb.dep_ in INHERIT_SUBJECT and verb.head is not verb:
        passive = _children(verb.head, {"nsubjpass"})
        if verb.dep_ == "conj" and passive and not _is_passive(verb):
            return res.resolve(passive[0])  # "was indicted by X and will resign": the indicted resigns
        if verb.dep_ == "xcomp":
            controller = _children(verb.head, {"dobj"})
            if controller and res.resolve(controller[0]):
                return res.resolve(controller[0])
        return subject_of(verb.head, res, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and _fragment_root(verb):
        return res.resolve(verb.head)  # "A Syrian newspaper called on ...", parsed as a noun with a participle
    if verb.dep_ in ("relcl", "acl") and verb.tag_ != "VBN":
        found = res.resolve(verb.head) or (_noun_owner(verb.head, res) if verb.dep_ == "acl" else [])
        if not found and verb.dep_ == "acl" and verb.head.dep_ == "dobj" and depth < 3:
            return subject_of(verb.head.head, res, depth + 1)  # "issued a statement demanding ...": the issuer
        return found
    return []


def _stray_agent(verb: Token, res: Resolver) -> list[Entity]:
    """"X has been accused of misusing funds ..., by Y": a passive's `by` phrase the parser hung on a later verb."""
    if verb.tag_ != "VBN" or verb.head is verb:
        return []
    stray = [p for p in _children(verb.head, {"prep", "agent"}) if p.lower_ == "by" and p.i > verb.i]
    return [e for p in stray[:1] for o in _pobjs(p) for e in res.resolve(o) if e.kind in ("country", "org", "person", "group")]


def _main_subject(pronoun: Token, verb: Token, res: Resolver) -> list[Entity]:
    """"Two Palestinian bombers killed 23 people when they blew themselves up": an unresolved pronoun subject
    of a subordinate clause is the main clause's subject."""
    if pronoun.pos_ != "PRON" or verb.dep_ not in ("advcl", "conj") or verb.head is verb:
        return []
    return [e for s in _children(verb.head, SUBJECT_DEPS) if s.pos_ != "PRON" for e in res.resolve(s)]


def _noun_owner(noun: Token, res: Resolver) -> list[Entity]:
    """Whose decision or plan it is: "Moscow's decision to expel ...", "a decision by Moscow to expel ..."."""
    owners = _children(noun, {"poss"}) + [o for p in _children(noun, {"prep"}) if p.lower_ == "by" for o in _pobjs(p)]
    return [e for o in owners for e in res.resolve(o)]


def _fragment_root(participle: Token) -> bool:
    """A sentence the parser rooted in its subject noun: the noun's "participle" is really the main verb."""
    noun = participle.head
    return (noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN") and participle.i > noun.i
            and not any(c.dep_ in ("agent", "auxpass") for c in participle.children))


def _is_passive(verb: Token) -> bool:
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def unnamed_agent(verb: Token) -> bool:
    """No named perpetrator: no subject, or a thing as subject ("a roadside bomb killed"), not a pronoun or name."""
    if verb.pos_ in ("NOUN", "PROPN"):
        return not any(c.dep_ == "poss" for c in verb.children)
    subjects = _children(verb, SUBJECT_DEPS) + [p for a in _children(verb, {"agent"}) for p in _pobjs(a)]
    return all(s.pos_ == "NOUN" for s in subjects)


def event_subject_actors(verb: Token, res: Resolver) -> list[Entity]:
    """"An Israeli air strike hit ...", "killed by a Syrian barrage": the author of the event noun that is the agent."""
    subjects = _children(verb, SUBJECT_DEPS) + [p for a in _children(verb, {"agent"}) for p in _pobjs(a)]
    return [e for s in subjects if s.pos_ == "NOUN" and match_token(s) is not None for e in noun_actors(s, res)]


def _under(noun: Token) -> Token | None:
    """The verb of "was put under investigation", "came under attack": its subject is the target."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None


def _placed_under(noun: Token) -> Token | None:
    """The verb of "placed X under arrest", "put X under surveillance": an active verb whose subject acts on its object."""
    verb = _under(noun)
    return verb if verb is not None and _children(verb, {"dobj"}) and not _children(verb, {"nsubjpass"}) else None


def _between(token: Token, res: Resolver) -> list[Entity]:
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("between", "among")]
    return [e for p in preps for o in _pobjs(p) for e in res.resolve(o)]


def _nested_by(noun: Token, res: Resolver) -> list[Entity]:
    """"the attack on X by Y", "the killing of X by Y": the parser often hangs the `by` phrase on the target."""
    return [e for p in _children(noun, {"prep"}) if p.lower_ in ("on", "of", "against", "in", "at") for t in _pobjs(p)
            for b in _children(t, {"prep"}) if b.lower_ == "by" for o in _pobjs(b) for e in res.resolve(o)]


def noun_actors(noun: Token, res: Resolver, mediation: bool = False) -> list[Entity]:
    """The agent of an event noun: possessor, national modifier, `by` phrase, or the light verb's subject."""
    if noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "a mediation effort": the effort's participants
    placer = _placed_under(noun)
    if placer is not None:
        return subject_of(placer, res)
    if _under(noun) is not None:
        return []
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in SPAN_WORDS:
        noun = noun.head.head  # "after five days of fighting"
    for child in noun.children:
        owner = res.resolve(child) if child.dep_ == "poss" else []
        if owner:  # an unresolved "their pullout" or "last year's raid" falls through to the other clues
            return owner
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return [e for o in _pobjs(child) for e in res.resolve(o)]
    by_target = _nested_by(noun, res)
    if by_target:
        return by_target
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
    found = [e for m in modifiers for e in res.resolve_head(m) if e.kind in ("country", "org", "person")]
    if found:
        return found
    between = [] if mediation else _between(noun, res)
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
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in _pobjs(child) or _stranded_object(child):
                found = _nominal_target(pobj, res)
                out.extend(e for e in found if child.lower_ not in PLACE_PREPS or e.kind == "country")
        elif child.dep_ == "prt" and child.lower_ == "up":  # "kidnapped up to 16 Russian advisers"
            out.extend(e for p in _children(child, {"prep"}) if p.lower_ == "to" for o in _pobjs(p)
                       for e in _nominal_target(o, res))
        elif child.dep_ == "dative":
            out.extend(res.resolve(child) or [e for p in _pobjs(child) or _stranded_object(child) for e in res.resolve(p)])
    return out


def _nominal_target(noun: Token, res: Resolver, depth: int = 0) -> list[Entity]:
    """The actors a noun phrase and its conjuncts name ("an Israeli group and the PLO")."""
    out: list[Entity] = []
    for head in [noun, *[c for c in noun.conjuncts if c.i > noun.i]]:
        out.extend(e for e in _single_target(head, res, depth) if e not in out)
    return out


def _single_target(noun: Token, res: Resolver, depth: int = 0) -> list[Entity]:
    """The actor a noun names, or the actor behind it ("an Indian proposal", "calls by X", "raids on X")."""
    found = res.resolve_head(noun)
    if found or depth > 1:
        return found
    modifiers = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < noun.i]
    modifiers += [g for c in modifiers if c.tag_ == "VBN" for g in c.children  # "the US-led war", "Iranian-backed"
                  if g.dep_ in ("npadvmod", "compound", "nmod", "amod") and g.i < c.i]
    out = [e for c in modifiers if c.pos_ != "PRON" for e in res.resolve_head(c) if e.kind in ("country", "org", "person")]
    if out:
        return out
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in NESTED_PREPS:
            for pobj in _pobjs(child):
                out.extend(_nominal_target(pobj, res, depth + 1))
    # "her promise to the Kenyan farmers": a pronoun possessor only when nothing else is named
    return out or [e for c in modifiers if c.pos_ == "PRON" for e in res.resolve_head(c)]


def _clause_recipients(noun: Token, res: Resolver) -> list[Entity]:
    """Participants named in relative clauses under an event noun ("drills that ... involved forces from X")."""
    out: list[Entity] = []
    for clause in (t for t in noun.subtree if t.dep_ in ("relcl", "acl") and t is not noun):
        for obj in _children(clause, {"dobj"}):
            out.extend(res.resolve(obj))
    return out


def _object_recipients(verb: Token, objects: tuple[Token, ...], res: Resolver) -> list[Entity]:
    out: list[Entity] = []
    for child in verb.children:
        if child.dep_ not in ("dobj", "nsubjpass", "attr"):
            continue
        if child in objects:  # "summoned the Belarusian ambassador": only an explicitly national object
            if res.modifier_code(child) or res.ctx.mention_at(res.base + child.idx):  # "freed two Americans"
                own = {a.code for a in subject_of(verb, res)}
                out.extend(e for e in res.resolve(child) or _single_target(child, res) if e.code not in own)
            out.extend(e for o in (child, *child.conjuncts) for c in o.children  # "fired mortars and rockets at X"
                       if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS for p in _pobjs(c) for e in _nominal_target(p, res))
        else:
            out.extend(_nominal_target(child, res))
    if not _children(verb, {"dobj"}):  # "denounced as a crime X's crackdown": the object after the "as" phrase
        out.extend(e for p in _children(verb, {"prep"}) if p.lower_ == "as" for o in _pobjs(p)
                   for a in _children(o, {"appos"}) for e in _nominal_target(a, res))
    return out


def _complement_recipients(verb: Token, res: Resolver, depth: int = 0) -> list[Entity]:
    """Targets inside a complement clause: "demanded that X ...", "offered to hand over to X"."""
    out: list[Entity] = []
    for child in verb.children:
        marked = child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children)
        if child.dep_ == "ccomp" or marked:  # "demanded that X ...", "pushed for X to ..."
            out.extend(e for s in _children(child, SUBJECT_DEPS | {"nsubjpass"}) for e in res.resolve(s))
        if child.dep_ in ("xcomp", "ccomp") and depth < 2:
            out.extend(_object_recipients(child, (), res))
            out.extend(_prep_recipients(child, VERB_RECIPIENT_PREPS, res))
            out.extend(_complement_recipients(child, res, depth + 1))
    return out


def verb_recipients(verb: Token, objects: tuple[Token, ...], res: Resolver) -> list[Entity]:
    """The target of a verb: its object if that is an actor, else the actor inside its object, PPs or complement."""
    out = _object_recipients(verb, objects, res) + _prep_recipients(verb, VERB_RECIPIENT_PREPS, res)
    for obj in objects:
        out.extend(_clause_recipients(obj, res))
    return out or _complement_recipients(verb, res)


def noun_recipients(noun: Token, res: Resolver, mediation: bool = False) -> list[Entity]:
    """The target of an event noun: its prepositional objects, clauses, or the subject it happened to."""
    if noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    placer = _placed_under(noun)
    if placer is not None:
        return [e for o in _children(placer, {"dobj"}) for e in _nominal_target(o, res)]
    verb = _under(noun)
    if verb is not None:
        return [e for s in _children(verb, SUBJECT_DEPS | {"nsubjpass"}) for e in res.resolve(s)]
    out = _prep_recipients(noun, NOUN_RECIPIENT_PREPS, res) + _clause_recipients(noun, res)
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and match_token(noun.head) is not None:
        out.extend(_object_recipients(noun.head, (), res))  # "an air strike killed five Syrian soldiers"
    if mediation:  # a mediator's parties are the recipients
        out += _between(noun, res)
    if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        out.extend(_prep_recipients(noun.head, VERB_RECIPIENT_PREPS, res))
        if not out:  # "reiterated its demand that Israel ...": the clause belongs to the noun
            out.extend(e for c in _children(noun.head, {"ccomp"}) for s in _children(c, SUBJECT_DEPS) for e in res.resolve(s))
    return out


def partners(verb: Token, res: Resolver) -> list[Entity]:
    """The "with" party of a reciprocal verb ("shared intelligence with X"): PLOVER lists it among the actors."""
    heads = [verb, *_children(verb, {"dobj"})]  # "shared intelligence with X": the parser may hang it on the object
    return [e for h in heads for p in _children(h, {"prep"}) if p.lower_ == "with" for o in _pobjs(p)
            for e in _nominal_target(o, res)]


def condition_targets(token: Token, res: Resolver) -> list[Entity]:
    """Subjects of an "if"/"unless" clause under the trigger: the party a threat or offer is aimed at."""
    out: list[Entity] = []
    for clause in (t for t in token.subtree if t.dep_ == "advcl" and t is not token):
        if any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children):
            out.extend(e for s in _children(clause, SUBJECT_DEPS) for e in res.resolve(s))
    return out


def has_condition(token: Token) -> bool:
    """The trigger (or the verb whose complement it is) carries an "if"/"unless" clause: a conditional offer or threat."""
    node = token
    for _ in range(3):
        for clause in _children(node, {"advcl"}):
            if any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children):
                return True
        if node.dep_ not in ("xcomp", "acomp") or node.head is node:
            return False
        node = node.head
    return False


def _place_countries(pobj: Token, res: Resolver) -> list[Entity]:
    """Countries a place phrase names: "Montenegro", "the Iraqi city of Basra", "eastern Beirut"."""
    found = [e for e in res.resolve(pobj) if e.kind == "country"]
    if found:
        return found
    code = res.modifier_code(pobj) or _gazetteer_country(pobj, res)
    if code is None:
        return []
    name = res.ctx.lexicon.names.get(code, code)
    return [Entity(code, None, pobj.text, name, res.base + pobj.idx, res.base + pobj.idx + len(pobj), "country")]


def _gazetteer_country(pobj: Token, res: Resolver) -> str | None:
    """The country of a town or region the gazetteer knows: "in Samarra", "near the town of Samarra"."""
    names = [pobj] + [g for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of" for g in _pobjs(p)]
    for token in names:
        if token.pos_ == "PROPN":
            place = res.ctx.place_at(res.base + token.idx)
            if place is not None:
                return place.country
    return None


def place_recipients(token: Token, res: Resolver, preps: frozenset[str] = frozenset({"in", "across", "throughout"})) -> list[Entity]:
    """Countries named as the place of the event ("in Montenegro"): the target of a domestic action."""
    heads = [token]
    while heads[-1].dep_ in ("dobj", "pobj", "prep", "compound", "nsubj", "nsubjpass") and len(heads) < 4:
        heads.append(heads[-1].head)  # "peacekeeping troops arrived in X", "killed in an explosion in X"
    heads += [p for a in _children(token, {"agent"}) for p in _pobjs(a)]  # "killed by a bomb in X"
    heads += [s for s in _children(token, SUBJECT_DEPS) if s.pos_ == "NOUN"]  # "a bombing near X killed"
    heads += [c for c in _children(token, {"advcl"}) if any(m.lower_ in TIME_MARKS for m in _children(c, {"mark", "advmod"}))]
    out: list[Entity] = []
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in preps | {"at"}:
                pobjs = _pobjs(child) or [g for p in _children(child, {"prep"}) for g in _pobjs(p)]  # "outside of"
                if child.lower_ in preps:
                    out.extend(e for p in pobjs for e in _place_countries(p, res))
                if not out:  # "killed in an ambush in X", "at a market in X"
                    out.extend(e for p in pobjs for c in _children(p, {"prep"}) if c.lower_ in preps
                               for g in _pobjs(c) for e in _place_countries(g, res))
        for obj in _children(head, {"dobj"}):
            out.extend(e for c in obj.children if c.dep_ == "prep" and c.lower_ == "in"
                       for p in _pobjs(c) for e in _place_countries(p, res))
            code = None if out else _gazetteer_country(obj, res)  # "shelled Juba", "attacked the town of Samarra"
            if code is not None:
                name = res.ctx.lexicon.names.get(code, code)
                out.append(Entity(code, None, obj.text, name, res.base + obj.idx, res.base + obj.idx + len(obj), "country"))
        if out:
            break
    return out


def place_actors(token: Token, res: Resolver) -> list[Entity]:
    """For an event with no named perpetrator ("killed by a roadside bomb in X"), the country where it happened."""
    return place_recipients(token, res, frozenset(LOCATION_PREPS))


def dedupe(entities: list[Entity], exclude: list[Entity] = ()) -> tuple[Entity, ...]:
    seen = {(e.code, e.sector, e.identifier_text) for e in exclude}
    out: list[Entity] = []
    for ent in entities:
        key = (ent.code, ent.sector, ent.identifier_text)
        if key not in seen:
            seen.add(key)
            out.append(ent)
    return tuple(out)
