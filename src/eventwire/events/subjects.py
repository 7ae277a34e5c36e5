"""Who did it, for a verb: its subject, a passive's `by` phrase, a subject inherited from the governing clause, and
the parser's misattachments around them."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolver import Resolver
from ..model import Entity
from .misparsed import (fragment_root, fronted_participle_subject, gerund_of_object, headline_subject, interrupted_subject,
                        is_passive, noun_rooted_subject, passive_sent, quoted_speaker, reporter_goes_on,
                        set_off_participle, stranded_subject, verb_in_apposition)
from .modality import is_report
from .syntax import SUBJECT_DEPS, children, doers, pobjs, stance_with_clause
from .syntax import same_token as _same
from .targets import agents_of_modifier

REMOVING = {"expel", "deport", "extradite", "repatriate", "evict", "eject", "banish", "ban", "bar", "suspend", "kick",
            "oust", "exclude"}  # an agentless passive of removal "from X" is X's act
INHERIT_SUBJECT = {"xcomp", "conj", "advcl", "pcomp", "acomp", "dep"}  # "dep": a clause the parser could not attach
RELATIVE_PRONOUNS = {"who", "which", "that"}
# verbs of going to, entering or taking a place, and of contact (calls, meetings): their object does not control an
# infinitive ("entered Beirut to end the fighting" is the troops' purpose, "telephoned X to express support" the
# caller's, unlike "ordered Iraq to withdraw")
PURPOSE_HOSTS = {"enter", "visit", "reach", "tour", "invade", "occupy", "capture", "seize", "cross", "leave", "storm",
                 "raid", "attack", "bomb", "travel", "fly", "arrive", "return", "telephone", "phone", "ring", "call", "meet",
                 "host", "receive"}


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


def _senders(subject: Token, res: Resolver) -> list[Entity]:
    """"A convoy of lorries, sent by the WFP, delivered ...": the agent of a participle on an unnamed subject (or on its
    "of" phrase) is the one acting through it."""
    nouns = [subject, *(o for p in children(subject, {"prep"}) if p.lower_ == "of" for o in pobjs(p))]
    return [e for n in nouns for a in agents_of_modifier(n) for e in res.resolve(a)]


def _swallowed_subjects(subject: Token, res: Resolver) -> list[Entity]:
    """"Egypt's President X and Israeli Prime Minister Y signed ...": a first name of the pair that the parser made a
    subject of the second, before an "and"."""
    if subject.pos_ != "PROPN":
        return []
    firsts = [c for c in subject.children if c.dep_ == "nsubj" and c.i < subject.i]
    joined = [c for c in firsts if any(d.dep_ == "cc" for d in (*c.children, *subject.children))]
    return [e for c in joined for e in res.resolve(c)]


def subject_of(verb: Token, res: Resolver, depth: int = 0) -> list[Entity]:
    """The agent of a verb: its subject, the passive `by` phrase, or an inherited subject."""
    stranded = stranded_subject(verb)
    found = res.resolve(stranded) if stranded is not None else []
    if found:  # "After talks in Astana, Armenia and Azerbaijan agreed": the parser joined the subject to the phrase
        return found
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return res.resolve(verb.head)  # "rebels who seized the town": the noun the clause describes
        if child.dep_ in SUBJECT_DEPS:
            speakers = _stranded_speakers(child, verb, res)
            if speakers:  # "After talks in Doha, X and Y said they would ...": the parser joined X to the phrase
                return speakers
            found = res.resolve(child) + _missed_conjuncts(child, verb, res) + _swallowed_subjects(child, res)
            return found or _main_subject(child, verb, res) or _senders(child, res)
        if child.dep_ == "agent":
            return [e for p in pobjs(child) for e in res.resolve(p)]
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return _stray_agent(verb, res)
    misparsed = [c for c in verb.children
                 if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.left_edge.i == verb.sent.start]
    rooted = verb.dep_ in ("ROOT", "ccomp") or (verb.dep_ == "amod" and verb.head.dep_ == "ROOT")  # "X massed troops"
    found = [e for c in misparsed[:1] if rooted for e in res.resolve(c)]
    if found:  # "Azerbaijan massed troops ..., sources said": a name before the verb the parser took for an adverbial
        return found
    headline = headline_subject(verb)
    found = res.resolve(headline) if headline is not None else []
    if found:  # "Lebanon appeals for help ...": a headline's subject parsed as a compound of its verb
        return found
    noun_rooted = noun_rooted_subject(verb)
    found = res.resolve(noun_rooted) if noun_rooted is not None else []
    if found:  # "Dock workers at the port downed tools", "North Korea test-fired two missiles": parsed as a noun phrase
        return found
    fronted = fronted_participle_subject(verb)
    if fronted is not None:  # "X, meeting in an emergency session, accused Y": the parser gave X to the participle
        return res.resolve(fronted)
    quoted = quoted_speaker(verb)
    if quoted is not None:
        return res.resolve(quoted) or subject_of(verb.head.head, res, depth + 1)
    if verb.dep_ == "ccomp" and _same(stance_with_clause(verb.head), verb):  # "Students opposed to X occupied Y"
        return subject_of(verb.head, res, depth + 1)
    interrupted = interrupted_subject(verb)
    if interrupted is not None:  # "Sudan's army, the ministry said on Monday, is willing to ...": the army is
        return res.resolve(interrupted)
    if reporter_goes_on(verb):  # "Amnesty said X had tortured Y, and condemned Z": Amnesty condemned
        return subject_of(verb.head.head, res, depth + 1)
    owner = gerund_of_object(verb)
    found = subject_of(owner, res, depth + 1) if owner is not None and depth < 3 else []
    if found:  # "raised the prospect of sending troops": the one who raised it would send them
        return found
    if depth < 3 and verb.dep_ in INHERIT_SUBJECT and verb.head.i != verb.i:
        passive = children(verb.head, {"nsubjpass"})
        if verb.dep_ == "conj" and passive and not is_passive(verb):
            return res.resolve(passive[0])  # "was indicted by X and will resign": the indicted resigns
        if set_off_participle(verb) and verb.head.dep_ == "xcomp" and verb.head.head.i != verb.head.i:
            return subject_of(verb.head.head, res, depth + 1)  # "X ordered Y to leave, rejecting Z": X rejects
        sent = passive_sent(verb)
        if sent is not None and res.resolve(sent):  # "rescue teams were sent to help X": the teams help
            return res.resolve(sent)
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() not in PURPOSE_HOSTS:
            controller = children(verb.head, {"dobj"})
            if controller and res.resolve(controller[0]):
                return res.resolve(controller[0])
        return subject_of(verb.head, res, depth + 1)
    if verb_in_apposition(verb):  # "Kenyan police, using tear gas, dispersed crowds", parsed as one noun phrase
        return res.resolve(verb.head.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and fragment_root(verb):
        return res.resolve(verb.head)  # "A Syrian newspaper called on ...", parsed as a noun with a participle
    if verb.dep_ in ("relcl", "acl") and verb.tag_ != "VBN":
        found = res.resolve(verb.head) or (_noun_owner(verb.head, res) if verb.dep_ == "acl" else [])
        if not found and verb.dep_ == "acl" and verb.head.dep_ == "dobj" and depth < 3:
            return subject_of(verb.head.head, res, depth + 1)  # "issued a statement demanding ...": the issuer
        if not found and verb.dep_ == "acl" and verb.head.dep_ == "attr" and depth < 3:
            return subject_of(verb.head.head, res, depth + 1)  # "X was the first country to recognise Y": X
        return found
    return []


def _stranded_speakers(pronoun: Token, verb: Token, res: Resolver) -> list[Entity]:
    """"In a joint statement, X and Y said they would ...": a pronoun subject of reported speech is the speaker, also
    when the parser joined the speaker to a phrase opening the sentence."""
    if pronoun.pos_ != "PRON" or verb.dep_ != "ccomp" or not is_report(verb.head):
        return []
    stranded = stranded_subject(verb.head)
    return res.resolve(stranded) if stranded is not None else []


def _stray_agent(verb: Token, res: Resolver) -> list[Entity]:
    """"X was charged with diverting grain shipments ..., by Y": a passive's `by` phrase the parser hung on a later verb,
    or on the passive verb itself as a plain preposition ("asylum was granted to X by Panama")."""
    own = [e for p in children(verb, {"prep"}) if p.lower_ == "by" for o in pobjs(p) for e in res.resolve(o)
           if e.kind in ("country", "org", "person", "group")]
    if own or verb.tag_ != "VBN" or verb.head.i == verb.i:
        return own
    stray = [p for p in children(verb.head, {"prep", "agent"}) if p.lower_ == "by" and p.i > verb.i]
    return [e for p in stray[:1] for o in pobjs(p) for e in res.resolve(o) if e.kind in ("country", "org", "person", "group")]


def _main_subject(pronoun: Token, verb: Token, res: Resolver) -> list[Entity]:
    """"Gunmen wounded four guards when they stormed the depot": an unresolved pronoun subject
    of a subordinate clause is the main clause's subject."""
    if pronoun.pos_ != "PRON" or verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i:
        return []
    return [e for s in children(verb.head, SUBJECT_DEPS) if s.pos_ != "PRON" for e in res.resolve(s)]


def _noun_owner(noun: Token, res: Resolver) -> list[Entity]:
    """Whose decision or plan it is: "Moscow's decision to expel ...", "a decision by Moscow to expel ..."."""
    owners = children(noun, {"poss"}) + [o for p in children(noun, {"prep"}) if p.lower_ == "by" for o in pobjs(p)]
    return [e for o in owners for e in res.resolve(o)]


def removers(verb: Token, res: Resolver) -> list[Entity]:
    """"Two journalists were expelled from India", "was suspended from the African Union": an agentless passive of
    removal is the act of the state or body the one removed is put out of."""
    if verb.lemma_.lower() not in REMOVING or not children(verb, {"nsubjpass"}) or children(verb, {"agent"}):
        return []
    found = [e for p in children(verb, {"prep"}) if p.lower_ == "from" for o in pobjs(p) for e in res.resolve(o)]
    return [e for e in found if e.kind in ("country", "capital", "seat", "org")]


def passive_subjects(verb: Token) -> list[Token]:
    """The passive subject of a verb with no agent: "troops were deployed"."""
    return children(verb, {"nsubjpass"}) if is_passive(verb) else []


def unnamed_agent(verb: Token) -> bool:
    """No named perpetrator: no subject, or a thing as subject ("a roadside bomb killed"), not a pronoun or name."""
    if verb.pos_ in ("NOUN", "PROPN"):
        return not any(c.dep_ == "poss" for c in verb.children)
    return all(s.pos_ == "NOUN" for s in doers(verb))
