"""The event cue lexicon: which words signal which event, and matching it on a parsed token (the rows: `cuerows`)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .cuerows import Cue, CueMatch, load_cues, load_noncues

OBJECT_DEPS = {"dobj", "obj", "attr", "oprd", "nsubjpass", "dative"}
PREP_DEPS = {"prep", "agent"}
NOUN_POS = {"NOUN", "PROPN"}
DEMAND_WORDS = frozenset({"must", "should"})
RESPONSE_WORDS = frozenset({"respond", "react", "retaliate"})  # "will respond if X ...": a threat (see implicit.py)
ARRIVAL_WORDS = frozenset({"land", "arrive", "dock", "reach"})  # "a plane carrying aid landed in X": a delivery
# prepositions of an event's time, cause or frame ("after a bombing", "amid protests", "under the terms of a deal"):
# their objects are other events
SCENE_PREPS = frozenset({"after", "before", "during", "following", "amid", "amidst", "despite", "since", "until", "ahead",
                         "because", "under"})
MANNER_NOUNS = frozenset({"protest", "response", "retaliation", "reprisal", "solidarity", "support", "defiance"})
QUANTITY_WORDS = frozenset({"million", "billion", "trillion", "thousand", "hundred", "dozen", "worth", "tonne", "ton", "$"})
QUANTITY_PREPS = frozenset({"in", "of", "worth"})  # "$100 million in military aid", "20 tonnes of food"
ADVERB_PARTICLES = frozenset({"out", "away", "back", "off"})  # "pulled out of", "walked away from", "backed off from"
NESTED_PREPS = frozenset({"of", "from"})
SUSPECT_MARKS = {"suspected", "alleged", "wanted", "accused", "convicted", "indicted"}  # they make a noun a suspect
PEOPLE_OBJECT = "@people"  # an object row's wildcard for people named by nationality or name ("released 50 Palestinians")
EVENT_OBJECT = "@event"  # an object row's wildcard for an event noun ("sought the deployment of monitors")


def token_pos(token: Token) -> str | None:
    if token.pos_ == "VERB" or (token.tag_.startswith("VB") and token.pos_ != "AUX"):
        return "VERB"
    if token.pos_ in NOUN_POS:
        return "NOUN"
    return None


def _phrase(token: Token) -> set[str]:
    """The lemma of a noun and of its compound phrase ("martial law", "war game")."""
    lemma = token.lemma_.lower()
    names = {lemma, token.lower_}
    compounds = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i]
    if compounds:
        names.add(" ".join([c.lemma_.lower() for c in compounds] + [lemma]))
        names.add(compounds[-1].lemma_.lower() + " " + lemma)
        names.update(c.lemma_.lower() for c in compounds if c.dep_ in ("compound", "nmod"))
    marks = [c for c in token.children if (c.dep_ in ("amod", "compound") and c.i < token.i) or c.dep_ == "acl"]
    if any(c.lower_ in SUSPECT_MARKS for c in marks):  # "a suspected recruiter", "a man wanted for drug trafficking"
        names.add("suspect")
    return names


def phrase_names(token: Token) -> set[str]:
    """The lemmas a noun is known by: its own, its compound phrase's ("rescue team")."""
    return _phrase(token)


def _names_people(token: Token) -> bool:
    """A nationality plural ("Palestinians", "Britons") or a personal name ("Nelson Mandela") heading an object."""
    if token.tag_ in ("NNS", "NNPS") and token.text[:1].isupper() and token.i > token.sent.start:
        return True
    return token.pos_ == "PROPN" and any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" for c in token.children)


def _phrase_fit(token: Token, objects: frozenset[str]) -> int:
    """How closely an object fits a row: its compound phrase ("medical brigade") beats its head word ("brigade")."""
    return max((len(name.split()) for name in _phrase(token) & objects), default=1)


def _object_fits(token: Token, objects: frozenset[str]) -> bool:
    if _phrase(token) & objects or (PEOPLE_OBJECT in objects and _names_people(token)):
        return True
    return EVENT_OBJECT in objects and token_pos(token) == "NOUN" and match_token(token) is not None


def object_tokens(token: Token) -> list[Token]:
    """Heads of the trigger's objects: direct, prepositional, clausal and (for nouns) compounds."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in OBJECT_DEPS:
            out.append(child)
        elif child.dep_ in PREP_DEPS and child.lower_ not in SCENE_PREPS and not _manner(child):  # not "after a bombing"
            out.extend(g for g in child.children if g.dep_ in ("pobj", "pcomp"))
            out.extend(_nested_pobjs(child))  # "pulled out of the treaty": "of" hung on "out"
        elif child.dep_ in ("advmod", "prt") and child.lower_ in ADVERB_PARTICLES:
            out.extend(_nested_pobjs(child))  # "walked away from the talks"
            out.extend(g for g in child.children if g.dep_ == "pobj")  # "handed out food" parsed as a phrase
        elif child.dep_ == "prt":
            out.extend(g for g in child.children if g.dep_ == "pobj")  # "handed in their weapons" parsed as a phrase
        elif child.dep_ in ("xcomp", "ccomp") and child.pos_ == "ADJ":  # "holds X responsible": a small clause
            out.append(child)
        elif child.dep_ in ("xcomp", "ccomp"):
            raised = any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)  # "allowed inspectors to return"
            raised = raised or _small_clause(child)  # "allowed a convoy carrying food into X"
            out.extend(g for g in child.children if g.dep_ in OBJECT_DEPS or (raised and g.dep_ == "nsubj"))
        elif token.pos_ in NOUN_POS and child.dep_ in ("compound", "amod", "nmod"):
            out.append(child)
    if token.dep_ in ("amod", "acl") and token.head.pos_ in NOUN_POS and not _predicate_of(token):
        out.append(token.head)  # "the lifted curfew"
    out += [a for o in list(out) if o.dep_ in ("dobj", "obj") for a in o.children if _predicative(a)]
    out += [c for o in list(out) for c in o.conjuncts]
    out += [g for o in list(out) if _quantity(o) for p in o.children if p.dep_ == "prep" and p.lower_ in QUANTITY_PREPS
            for g in p.children if g.dep_ == "pobj"]
    return out + [g for o in list(out) for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]


def _small_clause(clause: Token) -> bool:
    """A participle or adverb with its own subject and no auxiliary ("allowed a convoy carrying food", "let inspectors
    back in"): the subject is the governing verb's object, as in "allowed inspectors to return"."""
    if clause.tag_ not in ("VBG", "VBN") and clause.pos_ not in ("ADV", "ADP"):  # "let inspectors back into X"
        return False
    return not any(a.dep_ in ("aux", "auxpass") for a in clause.children)


def _predicative(token: Token) -> bool:
    """An adjective the parser hung after a direct object ("held X responsible for Y"): a small clause's predicate."""
    return token.dep_ == "amod" and token.pos_ == "ADJ" and token.i > token.head.i


def _nested_pobjs(particle: Token) -> list[Token]:
    """The object of a preposition the parser hung on a particle ("out of the treaty", "away from the talks")."""
    return [g for p in particle.children if p.dep_ == "prep" and p.lower_ in NESTED_PREPS
            for g in p.children if g.dep_ == "pobj"]


def _predicate_of(token: Token) -> bool:
    """A finite past verb the parser hung after its subject ("The opposition leader, X, called on ..."): the noun acts,
    it is not acted on."""
    return token.dep_ == "acl" and token.tag_ == "VBD" and token.head.i < token.i


def _quantity(token: Token) -> bool:
    """An amount heading an object ("$100 million in aid", "thousands of tonnes"): what it measures is the object."""
    return token.like_num or token.tag_ == "CD" or token.lemma_.lower() in QUANTITY_WORDS


def _manner(prep: Token) -> bool:
    """"In protest at", "in retaliation for", "in solidarity with": a phrase of the act's motive, not its object."""
    return prep.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() in MANNER_NOUNS for g in prep.children)


def _particle(token: Token, particle: str) -> Token | None:
    for child in token.children:
        if child.dep_ in ("prt", "prep", "agent", "advmod", "dative", "npadvmod") and child.lower_ == particle:
            return child
    for clause in token.children:  # "pushing hard for Japan to back ...": the particle introduces a clause
        if clause.dep_ in ("advcl", "ccomp") and clause.i > token.i:
            mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == particle), None)
            if mark is not None:
                return mark
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt if nxt is not None and nxt.lower_ == particle else None


def match_token(token: Token) -> CueMatch | None:
    """The most specific cue whose lemma, part of speech, particle and object constraints hold."""
    pos = token_pos(token)
    if pos is None:
        return None
    prefix = _hyphen_prefix(token) if pos == "NOUN" else None
    joined = load_cues().get((prefix.lower_ + token.lower_, pos)) if prefix is not None else None  # "build-up"
    cues = joined or load_cues().get((token.lemma_.lower(), pos)) or load_cues().get((token.lower_, pos))
    if not cues or _no_event(token, pos):
        return None
    objects = object_tokens(token)
    particles = {c.particle for c in cues if c.particle and not c.objects and _particle(token, c.particle) is not None}
    prefix_extra = [prefix] if joined else []
    best: tuple[tuple[int, int], CueMatch] | None = None
    for cue in cues:
        if best is not None and cue.specificity < best[1].cue.specificity:
            break
        found = _fitting(cue, token, objects if cue.particle else _outside(objects, token, particles))
        if found is not None and (best is None or found[0] < best[0]):
            best = (found[0], CueMatch(cue, token, tuple(prefix_extra + found[1])))
    return best[1] if best else None


def _no_event(token: Token, pos: str) -> bool:
    """A phrasal verb that is no event although its head is a cue ("pressed ahead with the drills")."""
    particles = load_noncues().get(token.lemma_.lower(), frozenset()) if pos == "VERB" else frozenset()
    return any(_particle(token, p) is not None for p in particles)


def _outside(objects: list[Token], token: Token, particles: set[str]) -> list[Token]:
    """The objects a row without a particle may take: not those under a preposition that makes another sense of the
    verb, a bare particle row ("called on President X to ..." is the call+on appeal, not the phone-call row's "called the president")."""
    if not particles:
        return objects
    return [o for o in objects if not (o.head.head.i == token.i and o.head.dep_ in PREP_DEPS and o.head.lower_ in particles)]


def _fitting(cue: Cue, token: Token, objects: list[Token]) -> tuple[tuple[int, int], list[Token]] | None:
    """Whether a cue's particle and object hold on a token: the rank of the object it fits (the nearer objects first:
    "stopped imports ... in March" is about the imports; on one object, a row naming its compound phrase first) and the
    particle and object tokens."""
    extra: list[Token] = []
    if cue.particle:
        found = _particle(token, cue.particle)
        if found is None:
            return None
        extra.append(found)
        if found.dep_ == "prep" and found.lower_ in SCENE_PREPS:  # "placed X under martial law": the row's own preposition
            objects = objects + [g for g in found.children if g.dep_ == "pobj"]
    if not cue.objects:
        return (0, 0), extra
    rank, hit = next(((i, o) for i, o in enumerate(objects) if _object_fits(o, cue.objects)), (0, None))
    if hit is None or _object_says_otherwise(cue, hit):
        return None
    return (rank, -_phrase_fit(hit, cue.objects)), extra + [hit]


def _hyphen_prefix(token: Token) -> Token | None:
    """"build-up", "cease-fire", "pull-out": the first part of a noun the tokenizer split at a hyphen."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_ or not doc[i - 2].is_alpha:
        return None
    return doc[i - 2]


def _object_says_otherwise(cue: Cue, obj: Token) -> bool:
    """A light verb that picks one sense of an ambiguous event noun, when the noun's own modifier names another:
    "launched a hunger strike" is a hunger strike (14x), not the launch+strike attack (19x). The noun is then
    coded on its own. A verb that changes the event ("lifted economic sanctions") keeps its row."""
    if cue.pos != "VERB" or token_pos(obj) != "NOUN":
        return False
    senses = {c.cameo[:2] for c in load_cues().get((obj.lemma_.lower(), "NOUN"), ())}
    own = match_token(obj) if cue.cameo[:2] in senses else None
    return own is not None and bool(own.cue.objects) and own.cue.cameo[:2] != cue.cameo[:2]


@lru_cache(maxsize=1)
def cue_lemmas() -> frozenset[str]:
    """Lemmas that can start an event, plus the modals of reported demands ("X said Y must ...") and the verbs of
    conditional responses ("will respond if ...")."""
    return frozenset(lemma for lemma, _ in load_cues()) | DEMAND_WORDS | RESPONSE_WORDS | ARRIVAL_WORDS
