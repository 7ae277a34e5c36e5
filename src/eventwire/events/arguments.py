"""Who did it and to whom: actors and recipients of a trigger from the dependency parse."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolver import Resolver
from ..model import Entity
from .cues import match_token

SUBJECT_DEPS = {"nsubj", "csubj"}
QUOTING = {"quote", "cite", "describe", "portray"}  # "quoted the minister as criticizing X"
INHERIT_SUBJECT = {"xcomp", "conj", "advcl", "pcomp", "acomp", "dep"}  # "dep": a clause the parser could not attach
PLACE_PREPS = {"in", "at", "across", "throughout", "near"}
VERB_RECIPIENT_PREPS = {"with", "against", "to", "on", "into", "toward", "towards", "from", "at", "upon", "onto", "for", "over", "between"}
NESTED_PREPS = {"by", "from", "of", "for", "to", "with", "against", "on", "over", "in", "between", "among"}
OBJECT_PREPS = NESTED_PREPS | {"at", "into", "toward", "towards"}  # "fired shells at X", "sent troops into X"
LOCATION_PREPS = {"in", "at", "near", "outside", "across", "throughout", "inside", "around"}
TIME_MARKS = {"when", "as", "while", "after"}  # "killed five when a bomb went off in X"
CONDITION_MARKS = {"if", "unless"}
NEAR_PREPS = {"near", "off", "around", "toward", "towards", "close"}  # a show of force brought close to a party
PROTECTING = {"help", "protect", "defend", "support", "assist", "bolster", "secure", "guard", "shore", "prop", "safeguard"}
SPAN_WORDS = {"day", "week", "month", "year", "hour", "night", "round", "decade"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
AIMING = {"fire", "launch", "lob", "hurl", "throw", "shoot", "aim", "direct", "drop", "rain"}  # "fired rockets at X"
AIM_PATH = {"advcl", "xcomp", "conj", "pcomp", "prep"}  # clauses and the prepositions leading to them
PROTEST_AIMS = {"demand", "call", "urge", "protest", "denounce", "oppose", "condemn", "chant", "seek"}  # a protest's aim
DYING = {"die", "succumb", "perish"}  # "died of torture": the one who died is the victim
CUSTODY = {"custody", "detention", "captivity"}  # "in Egyptian police custody": the holder
RECEIVING = {"receive", "get", "accept", "obtain"}  # "received aid from X": X gives
RIVAL_WORDS = {"rival", "warring", "feuding"}  # "the warring factions": two sides of one conflict
OWNER_KINDS = ("country", "org", "person")
SITE_PREPS = {"at", "near", "outside", "inside", "around", "from", "to", "through", "on"}  # "near a police station in X"
BORDER_PREPS = {"along", "near", "on", "at", "to", "toward", "towards"}
BORDER_WORDS = {"border", "frontier", "boundary"}  # "its border with X": X is the neighbour concerned
AIMED_PREPS = {"against", "on", "upon", "at", "toward", "towards"}  # what an act is aimed at
NOUN_RECIPIENT_PREPS = {"with", "against", "on", "to", "into", "toward", "towards", "of", "at", "upon", "over", "in", "for"}


def _pobjs(prep: Token) -> list[Token]:
    return [g for g in prep.children if g.dep_ == "pobj"]


def _stranded_object(prep: Token) -> list[Token]:
    """The noun right after a preposition the parser left without an object ("asylum to five officers holed up ...")."""
    if _pobjs(prep) or any(c.dep_ == "pcomp" for c in prep.children):
        return []
    shared = _shared_object(prep)
    if shared:
        return shared
    for token in prep.doc[prep.i + 1 : prep.i + 7]:
        if token.pos_ in ("NOUN", "PROPN"):
            return [token] if token.head.i != token.i + 1 or token.head.pos_ not in ("NOUN", "PROPN") else [token.head]
        if token.pos_ not in ("DET", "NUM", "ADJ", "PRON") and token.dep_ not in ("amod", "nummod", "det", "poss", "compound"):
            return []
    return []


def _shared_object(prep: Token) -> list[Token]:
    """"ties with and an embassy in Hanoi": a preposition right before "and"/"or" shares the object of the next
    preposition of the coordination."""
    doc = prep.doc
    if prep.i + 1 >= len(doc) or doc[prep.i + 1].pos_ != "CCONJ":
        return []
    end = min(prep.sent.end, prep.i + 12)
    for token in doc[prep.i + 2 : end]:
        if token.dep_ in ("prep", "dative") and _pobjs(token):
            return _pobjs(token)
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
    misparsed = [c for c in verb.children
                 if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.left_edge.i == verb.sent.start]
    found = [e for c in misparsed[:1] if verb.dep_ == "ROOT" for e in res.resolve(c)]
    if found:  # "Azerbaijan massed troops ...": a name before the verb the parser took for an adverbial
        return found
    quoted = _quoted_speaker(verb)
    if quoted is not None:
        return res.resolve(quoted) or subject_of(verb.head.head, res, depth + 1)
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


def _quoted_speaker(verb: Token) -> Token | None:
    """"The agency quoted the minister as criticizing X": the one quoted (the object of "quote") speaks."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.dep_ != "prep" or prep.head.lemma_.lower() not in QUOTING:
        return None
    objects = _children(prep.head, {"dobj"})
    return objects[0] if objects else None


def _stray_agent(verb: Token, res: Resolver) -> list[Entity]:
    """"X was charged with diverting grain shipments ..., by Y": a passive's `by` phrase the parser hung on a later verb."""
    if verb.tag_ != "VBN" or verb.head is verb:
        return []
    stray = [p for p in _children(verb.head, {"prep", "agent"}) if p.lower_ == "by" and p.i > verb.i]
    return [e for p in stray[:1] for o in _pobjs(p) for e in res.resolve(o) if e.kind in ("country", "org", "person", "group")]


def _main_subject(pronoun: Token, verb: Token, res: Resolver) -> list[Entity]:
    """"Gunmen wounded four guards when they stormed the depot": an unresolved pronoun subject
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


def passive_subjects(verb: Token) -> list[Token]:
    """The passive subject of a verb with no agent: "troops were deployed"."""
    return _children(verb, {"nsubjpass"}) if _is_passive(verb) else []


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


def _clause_verb(token: Token) -> Token:
    """The verb a trigger belongs to: itself, or the verb its noun phrase hangs from."""
    node = token
    for _ in range(5):
        if node.pos_ in ("VERB", "AUX") or node.head is node:
            return node
        node = node.head
    return node


def death_of(noun: Token) -> Token | None:
    """"died of torture", "succumbed to wounds from a beating": the dying verb, whose subject suffered the event."""
    node = noun
    for _ in range(4):
        if node.dep_ not in ("pobj", "prep") or node.head is node:
            return None
        node = node.head
        if node.pos_ == "VERB":
            return node if node.lemma_.lower() in DYING else None
    return None


def custodians(token: Token, res: Resolver) -> list[Entity]:
    """"tortured in Egyptian military custody", "died in police detention": the holder is the one who acted."""
    verb = _clause_verb(token)
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


def noun_actors(noun: Token, res: Resolver, mediation: bool = False) -> list[Entity]:
    """The agent of an event noun: possessor, national modifier, `by` phrase, or the light verb's subject."""
    if death_of(noun) is not None:
        return []  # the subject of "died of torture" is the victim (see noun_recipients)
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
    giver = [e for o in _givers(noun) for e in res.resolve(o)]
    if giver:  # "received a call from X": X called
        return giver
    if noun.dep_ in ("dobj", "attr", "oprd") and noun.head.pos_ in ("VERB", "AUX"):
        return subject_of(noun.head, res)
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return subject_of(noun.head.head, res)
    return []


def goods_origin(noun: Token, res: Resolver) -> list[Entity]:
    """"the delivery of German tanks": the country named on the goods supplies them."""
    goods = [o for p in _children(noun, {"prep"}) if p.lower_ == "of" for o in _pobjs(p)]
    return [e for g in goods for m in g.children if m.dep_ in ("amod", "compound", "nmod") and m.i < g.i
            for e in res.resolve_head(m) if e.kind == "country"]


def _givers(noun: Token) -> list[Token]:
    """The "from" party of an event noun that is received: "received a phone call / aid / a delegation from X"."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in RECEIVING:
        return []
    return [o for p in (*_children(noun, {"prep"}), *_children(noun.head, {"prep"})) if p.lower_ == "from" for o in _pobjs(p)]


def _aimed_at(token: Token, prep: Token) -> bool:
    """"fired rockets at Israeli towns", "threw stones at police": what a weapon is aimed at is the target, not a place."""
    return prep.lower_ in ("at", "on", "onto") and token.pos_ == "VERB" and token.lemma_.lower() in AIMING


def _prep_recipients(token: Token, preps: set[str], res: Resolver) -> list[Entity]:
    out: list[Entity] = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in _pobjs(child) or _stranded_object(child):
                found = _nominal_target(pobj, res)
                placed = child.lower_ in PLACE_PREPS and not _aimed_at(token, child)
                out.extend(e for e in found if not placed or e.kind == "country")
        elif child.dep_ == "prep" and child.lower_ in ("out", "away") and "from" in preps:  # "pulled out of X"
            out.extend(e for p in _children(child, {"prep"}) if p.lower_ in ("of", "from") for o in _pobjs(p)
                       for e in _nominal_target(o, res) or _place_countries(o, res))  # "out of the city of X"
        elif child.dep_ == "prt" and child.lower_ == "up":  # "kidnapped up to 16 Russian advisers"
            out.extend(e for p in _children(child, {"prep"}) if p.lower_ == "to" for o in _pobjs(p)
                       for e in _nominal_target(o, res))
        elif child.dep_ == "dative":
            out.extend(res.resolve(child) or [e for p in _pobjs(child) or _stranded_object(child) for e in res.resolve(p)])
    return out


def _gerund_objects(prep: Token) -> list[Token]:
    """The object of a gerund after a preposition, and its partner: "a framework for resolving a quarrel with X"."""
    gerunds = [g for g in _children(prep, {"pcomp"}) if g.tag_ == "VBG"]
    partners = [o for g in gerunds for p in _children(g, {"prep"}) if p.lower_ in ("with", "against") for o in _pobjs(p)]
    return [o for g in gerunds for o in _children(g, {"dobj"})] + partners


def _delayed_conjunct(noun: Token) -> list[Token]:
    """"on Syria, Iraq and, under strict conditions, Venezuela": the last item of a list, after a parenthetical
    between commas, which the parser hangs on the verb."""
    doc, sent = noun.doc, noun.sent
    i = max([noun, *noun.conjuncts], key=lambda t: t.i).right_edge.i + 1
    if i < sent.end and doc[i].text == ",":
        i += 1
    if i + 1 >= sent.end or doc[i].pos_ != "CCONJ":
        return []
    opened = doc[i + 1].text == ","  # "and, under strict conditions, X"; also "and under strict conditions, X"
    if not opened and doc[i + 1].pos_ not in ("ADP", "ADV", "SCONJ"):
        return []
    close = next((t.i for t in doc[i + 2 : min(i + 10, sent.end)] if t.text == ","), None)
    if close is None:
        return []
    item = doc[close + 1] if close + 1 < sent.end else None
    while item is not None and item.head.i > item.i and item.head.i < min(close + 6, sent.end):
        item = item.head  # "the Sudanese government": up to the phrase's head
    if item is None or item.pos_ not in ("PROPN", "NOUN") or item.dep_ not in ("npadvmod", "dep", "appos", "conj", "dobj"):
        return []
    return [item]


def _nominal_target(noun: Token, res: Resolver, depth: int = 0) -> list[Entity]:
    """The actors a noun phrase and its conjuncts name ("an Israeli group and the PLO")."""
    out: list[Entity] = []
    for head in [noun, *[c for c in noun.conjuncts if c.i > noun.i], *_delayed_conjunct(noun)]:
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
    out = [e for c in modifiers if c.pos_ != "PRON" for e in res.resolve_head(c) if e.kind in OWNER_KINDS
           or (e.kind == "group" and c.dep_ == "poss")]  # "the Yemeni government's proposal": its owner
    if out:
        return out
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in NESTED_PREPS:
            # "a framework for settling a quarrel with X", "ties with and an embassy in X"
            for pobj in _pobjs(child) or _gerund_objects(child) or _shared_object(child):
                out.extend(_nominal_target(pobj, res, depth + 1))
    out.extend(e for a in _agents_of_modifier(noun) for e in _nominal_target(a, res, depth + 1))
    # "her promise to the Kenyan farmers": a pronoun possessor only when nothing else is named
    return out or [e for c in modifiers if c.pos_ == "PRON" for e in res.resolve_head(c)]


def _agents_of_modifier(noun: Token) -> list[Token]:
    """"the plan presented by X", "positions held by X": the agent of a participle describing the noun."""
    return [p for c in _children(noun, {"acl"}) if c.tag_ == "VBN" for a in _children(c, {"agent"}) for p in _pobjs(a)]


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
                       if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS for p in _pobjs(c) or _shared_object(c)
                       for e in _nominal_target(p, res))
        else:
            out.extend(_nominal_target(child, res))
    if not _children(verb, {"dobj"}):  # "denounced as a crime X's crackdown": the object after the "as" phrase
        out.extend(e for p in _children(verb, {"prep"}) if p.lower_ == "as" for o in _pobjs(p)
                   for a in _children(o, {"appos"}) for e in _nominal_target(a, res))
    return out


def _complement_recipients(verb: Token, res: Resolver, depth: int = 0) -> list[Entity]:
    """Targets inside a complement clause: "demanded that X ...", "agreed to return the files to X"."""
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


def _particle_object_targets(obj: Token, res: Resolver) -> list[Entity]:
    """"warned of retaliation against X", "called for sanctions on X": the target of a cue's prepositional object."""
    if obj.dep_ != "pobj":
        return []
    return [e for p in _children(obj, {"prep"}) if p.lower_ in AIMED_PREPS for o in _pobjs(p) for e in _nominal_target(o, res)]


def _border_neighbours(verb: Token, res: Resolver) -> list[Entity]:
    """"massed troops along its border with X", "deployed along the Eritrean border": the neighbour concerned."""
    borders = [o for h in (verb, *_children(verb, {"dobj"})) for p in _children(h, {"prep"}) if p.lower_ in BORDER_PREPS
               for o in _pobjs(p) if o.lemma_.lower() in BORDER_WORDS]
    return [e for o in borders for e in _single_target(o, res)]


def approached(token: Token, res: Resolver) -> list[Entity]:
    """"sent warplanes near Taiwan", "put its forces on alert along the border with X": whom a show of force is
    brought close to; else the country of the place it is moved into ("moved tanks into the Bekaa Valley")."""
    heads = [token, *_children(token, {"dobj"})]
    heads += [o for p in _children(token, {"prep"}) for o in _pobjs(p)]
    if token.pos_ == "NOUN" and _clause_verb(token) is not token:  # "placed its forces on alert along the border"
        heads.append(_clause_verb(token))
    near = [o for h in heads for p in _children(h, {"prep"}) if p.lower_ in NEAR_PREPS for o in _pobjs(p)]
    found = [e for o in near for e in _nominal_target(o, res)] + [e for h in heads for e in _border_neighbours(h, res)]
    if found:
        return found
    into = [o for h in heads[:2] for p in _children(h, {"prep"}) if p.lower_ in NEAR_PREPS | {"into", "to"}
            for o in _pobjs(p)]
    return [e for o in into for e in _place_countries(o, res)]  # "moved tanks into the Bekaa Valley"


def verb_recipients(verb: Token, objects: tuple[Token, ...], res: Resolver) -> list[Entity]:
    """The target of a verb: its object if that is an actor, else the actor inside its object, PPs or complement."""
    out = _object_recipients(verb, objects, res) + _prep_recipients(verb, VERB_RECIPIENT_PREPS, res)
    for obj in objects:
        out.extend(_clause_recipients(obj, res))
        out.extend(_particle_object_targets(obj, res))
        if obj.dep_ == "prt":  # "sealed off the West Bank": the parser hangs the object on the particle
            out.extend(e for o in _pobjs(obj) for e in _nominal_target(o, res))
    out.extend(_border_neighbours(verb, res))
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
    dying = death_of(noun)
    if dying is not None:
        return [e for s in _children(dying, SUBJECT_DEPS) for e in res.resolve(s)]
    if _givers(noun):  # "X received a call from Y": X is called
        return [e for s in _children(noun.head, SUBJECT_DEPS) for e in res.resolve(s)]
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


def reciprocal(token: Token) -> bool:
    """"accused each other", "fired on one another", "the rival generals agreed": the actors are also each other's
    targets."""
    if any(m.lower_ in RIVAL_WORDS for s in _children(token, SUBJECT_DEPS) for m in s.children if m.dep_ == "amod"):
        return True
    heads = [token, *(p for p in _children(token, {"prep"}))]
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
    for clause in (t for t in token.subtree if t.dep_ == "advcl" and t is not token):
        if any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children):
            out.extend(e for s in _children(clause, SUBJECT_DEPS) for e in res.resolve(s))
    return out


def has_condition(token: Token, marks: frozenset[str] | set[str] = CONDITION_MARKS) -> bool:
    """The trigger (or the verb whose complement it is) carries an "if"/"unless" clause: a conditional offer or threat."""
    node = token
    for _ in range(3):
        for clause in _children(node, {"advcl"}):
            if any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children):
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
    """The country of a town or region the gazetteer knows: "in Mombasa", "outside the city of Mombasa"."""
    names = [pobj] + [g for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of" for g in _pobjs(p)]
    names += [c for c in pobj.children if c.dep_ == "compound" and c.i < pobj.i]  # "in Zamfara state"
    for token in names:
        if token.pos_ == "PROPN":
            place = res.ctx.place_at(res.base + token.idx)
            if place is not None:
                return place.country
    return None


def _purpose(token: Token) -> list[Token]:
    """The purpose clause of a trigger: "sent doctors to help ...", "will provide funds to rebuild ..."."""
    clauses = _children(token, {"advcl", "xcomp"}) + [c for o in _children(token, {"dobj"}) for c in _children(o, {"relcl"})]
    return [c for c in clauses if c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def protective_purpose(token: Token) -> bool:
    """"deployed troops to Juba to protect the government", "airlifted troops to Chad to help repel ...": forces sent
    to protect or help another party."""
    return any(c.lemma_.lower() in PROTECTING for c in _purpose(token))


def place_recipients(token: Token, res: Resolver, preps: frozenset[str] = frozenset({"in", "across", "throughout"})) -> list[Entity]:
    """Countries named as the place of the event ("in Montenegro"): the target of a domestic action."""
    heads = [token]
    while heads[-1].dep_ in ("dobj", "pobj", "prep", "compound", "nsubj", "nsubjpass") and len(heads) < 4:
        heads.append(heads[-1].head)  # "peacekeeping troops arrived in X", "killed in an explosion in X"
    heads += [p for a in _children(token, {"agent"}) for p in _pobjs(a)]  # "killed by a bomb in X"
    heads += [s for s in _children(token, SUBJECT_DEPS) if s.pos_ == "NOUN"]  # "a bombing near X killed"
    heads += [c for c in _children(token, {"advcl"}) if any(m.lower_ in TIME_MARKS for m in _children(c, {"mark", "advmod"}))]
    heads += [v for c in _purpose(token) for v in (c, *_children(c, {"xcomp"}))]  # "sent doctors to help victims in X"
    out: list[Entity] = []
    for head in heads:
        own = preps | {"of"} if head is token and token.pos_ == "NOUN" else preps  # "the bombardment of Mariupol"
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in own | SITE_PREPS:
                pobjs = _pobjs(child) or [g for p in _children(child, {"prep"}) for g in _pobjs(p)]  # "outside of"
                if child.lower_ in own:
                    out.extend(e for p in pobjs for e in _place_countries(p, res))
                if not out:  # "killed in an ambush in X", "at a market in X", "took to the streets of X"
                    out.extend(e for p in pobjs for c in _children(p, {"prep"}) if c.lower_ in preps | {"of"}
                               for g in _pobjs(c) for e in _place_countries(g, res))
        for obj in _children(head, {"dobj"}):
            out.extend(e for c in obj.children if c.dep_ == "prep" and c.lower_ in ("in", "near")  # "a camp near X"
                       for p in _pobjs(c) for e in _place_countries(p, res))
            out.extend(e for c in ([] if out else obj.children) if c.dep_ == "prep" and c.lower_ in SITE_PREPS
                       for p in _pobjs(c) if not res.modifier_code(p)  # not "outside the Chinese embassy in X"
                       for e in _nested_place(p, res))  # "carried out strikes on markets in X"
            code = None if out else _gazetteer_country(obj, res)  # "shelled Juba", "shelled the town of Kidal"
            if code is not None:
                name = res.ctx.lexicon.names.get(code, code)
                out.append(Entity(code, None, obj.text, name, res.base + obj.idx, res.base + obj.idx + len(obj), "country"))
        if out:
            break
    return out


def left_places(token: Token, res: Resolver) -> list[Entity]:
    """Countries of the place a force withdrew from: "withdrew from Avdiivka", "their withdrawal from Mali"."""
    preps = _children(token, {"prep"})
    preps += [p for o in preps if o.lower_ in ("out", "away") for p in _children(o, {"prep"})]  # "pulled out of X"
    places = [o for p in preps if p.lower_ in ("from", "of") and p.head.lower_ in ("out", "away") or p.lower_ == "from"
              for o in _pobjs(p)]
    return [e for o in places for e in _place_countries(o, res) or _nested_place(o, res)]


def _nested_place(noun: Token, res: Resolver) -> list[Entity]:
    """"positions around Kyiv", "bases in Syria": the country of the place a generic site is in or near."""
    return [e for p in _children(noun, {"prep"}) if p.lower_ in LOCATION_PREPS | {"of"} for o in _pobjs(p)
            for e in _place_countries(o, res)]


def place_actors(token: Token, res: Resolver) -> list[Entity]:
    """For an event with no named perpetrator ("killed by a roadside bomb in X"), the country where it happened."""
    return place_recipients(token, res, frozenset(LOCATION_PREPS))


def _other_group(ent: Entity, exclude: list[Entity]) -> bool:
    """A group named by its own noun phrase ("the militia's deputy chief") is not the like-coded actor group
    ("guerrillas") just because both are rebels of one country."""
    return ent.kind == "group" and all(ent.end <= e.start or e.end <= ent.start for e in exclude)


def dedupe(entities: list[Entity], exclude: list[Entity] = ()) -> tuple[Entity, ...]:
    """Entities once each, without those standing for an excluded one (the actors, when deduping recipients)."""
    def key(e: Entity) -> tuple:
        return (e.code, e.sector, e.identifier_text)

    excluded = {key(e) for e in exclude}
    out: list[Entity] = []
    for ent in entities:
        if key(ent) in {key(o) for o in out} or (key(ent) in excluded and not _other_group(ent, list(exclude))):
            continue
        out.append(ent)
    return tuple(out)
