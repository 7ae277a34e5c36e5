"""Subjects the parser misplaced: tests and repairs on the dependency tree for the verbs whose subject spaCy's small
model hangs in the wrong place (a sentence rooted in a noun, a phrase set off by commas, a reporting clause inside the
reported one, a passive with no agent). `subjects.subject_of` consults them."""

from __future__ import annotations

from spacy.tokens import Token

from .modality import is_report
from .syntax import SUBJECT_DEPS, children

QUOTING = {"quote", "cite", "describe", "portray"}  # "quoted the minister as criticizing X"


def reporter_goes_on(verb: Token) -> bool:
    """A simple past joined by ", and" to a reported past perfect ("said X had tortured Y, and condemned Z"): the parser
    joined to the report what the reporter did next."""
    clause = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or clause.dep_ != "ccomp" or not is_report(clause.head):
        return False
    if children(verb, SUBJECT_DEPS) or any(c.dep_ == "aux" for c in verb.children):
        return False
    perfect = any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in clause.children)
    comma = verb.i > 1 and verb.doc[verb.i - 2].text == "," and verb.doc[verb.i - 1].lower_ == "and"
    return perfect and comma


def noun_rooted_subject(verb: Token) -> Token | None:
    """A finite verb the parser took for an adjective in a sentence it rooted in a noun: the root noun before it is the
    subject ("Dock workers at X downed tools"), or, when the root is the verb's own object, the name before the verb
    that the parser hung on that object ("North Korea test-fired two missiles")."""
    root = verb.sent.root
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or root.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj", "ccomp") for t in verb.sent if t.i != verb.i):
        return None
    determined = any(c.dep_ in ("det", "poss") and c.right_edge.i == verb.i - 1 for c in verb.head.children)  # "the downed plane"
    if root.i < verb.i and not determined:
        return root
    if verb.tag_ != "VBD":
        return None
    names = [t for t in verb.sent if t.i < verb.i and t.head.i == root.i and t.dep_ in ("compound", "nmod")
             and t.pos_ == "PROPN"]
    return names[0] if names and verb.head.i == root.i else None


def headline_subject(verb: Token) -> Token | None:
    """"Lebanon appeals for help after port blast": a present-tense headline whose subject name the parser hung on the
    root verb as a compound modifier."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBZ", "VBP", "NNS"):
        return None
    names = [c for c in verb.children
             if c.dep_ in ("compound", "nmod", "amod") and c.i < verb.i and c.pos_ in ("PROPN", "ADJ")]
    return names[0] if names and names[0].left_edge.i == verb.sent.start else None


def gerund_of_object(verb: Token) -> Token | None:
    """The verb whose direct object a gerund's "of" phrase completes ("raised the prospect of sending troops")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ != "of":
        return None
    noun = prep.head
    return noun.head if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None


def passive_sent(verb: Token) -> Token | None:
    """The passive subject of the verb a to-infinitive depends on, when that verb names no agent: "troops were sent
    to help X", "Iran was asked to halt X"."""
    if verb.dep_ not in ("advcl", "xcomp") or not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return None
    head = verb.head
    subjects = children(head, {"nsubjpass"})
    return subjects[0] if subjects and is_passive(head) and not children(head, {"agent"}) else None


def fronted_participle_subject(verb: Token) -> Token | None:
    """The subject the parser hung on a participle clause set off before a subjectless main verb."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.tag_ in ("VBG", "VBN") and clause.i < verb.i:
            subjects = children(clause, {"nsubj"})
            if subjects and subjects[0].i < clause.i and subjects[0].pos_ in ("NOUN", "PROPN"):
                return subjects[0]
    return None


def stranded_subject(verb: Token) -> Token | None:
    """A sentence opening with a phrase set off by a comma ("After talks in Astana, Armenia and Azerbaijan agreed ...")
    whose real subject the parser joined to the phrase's last noun as a conjunct: the name right after the comma, when
    the verb has no subject of its own after the comma."""
    doc, start = verb.doc, verb.sent.start
    if doc[start].tag_ != "IN":  # the sentence opens with a preposition or subordinator ("After", "In", "On")
        return None
    commas = [t.i for t in doc[start:verb.i] if t.text == ","]
    if not commas or any(c.dep_ in SUBJECT_DEPS and c.i > commas[-1] for c in verb.children):
        return None
    first = commas[-1] + 1
    if first >= verb.i:
        return None
    name = doc[first]
    while name.pos_ == "DET" and name.i + 1 < verb.i:
        name = doc[name.i + 1]
    head = name
    while head.dep_ in ("compound", "amod") and head.head.i < verb.i and head.head.i > head.i:
        head = head.head
    if head.dep_ != "conj" or head.head.i >= commas[-1] or head.pos_ != "PROPN":
        return None
    return head if all(t.i in {w.i for w in head.subtree} or t.is_punct or t.dep_ == "cc" for t in doc[first:verb.i]) else None


def interrupted_subject(verb: Token) -> Token | None:
    """A reporting clause set off inside the reported one ("X, the ministry said on Monday, is willing to ..."): the
    parser made X a second subject of the saying verb and left the reported clause without one."""
    head = verb.head
    if verb.dep_ != "ccomp" or verb.i < head.i or children(verb, SUBJECT_DEPS) or not is_report(head):
        return None
    subjects = [s for s in children(head, {"nsubj"}) if s.i < head.i]
    if len(subjects) < 2:
        return None
    after = subjects[0].right_edge.i + 1
    return subjects[0] if after < subjects[1].left_edge.i and verb.doc[after].text == "," else None


def set_off_participle(verb: Token) -> bool:
    """A participle clause set off by a comma after the clause it comments on ("..., rejecting Paris's call")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ","


def quoted_speaker(verb: Token) -> Token | None:
    """"The agency quoted the minister as criticizing X": the one quoted (the object of "quote") speaks."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.dep_ != "prep" or prep.head.lemma_.lower() not in QUOTING:
        return None
    objects = children(prep.head, {"dobj"})
    return objects[0] if objects else None


def verb_in_apposition(verb: Token) -> bool:
    """A sentence the parser rooted in its subject noun and whose finite verb it took for a modifier of the object,
    hung on the subject as an apposition: "Kenyan police, using tear gas, dispersed crowds ..."."""
    if verb.dep_ != "amod" or verb.tag_ != "VBD" or verb.head.dep_ != "appos":
        return False
    subject = verb.head.head
    return subject.dep_ == "ROOT" and subject.pos_ in ("NOUN", "PROPN") and subject.i < verb.i


def fragment_root(participle: Token) -> bool:
    """A sentence the parser rooted in its subject noun: the noun's "participle" is really the main verb."""
    noun = participle.head
    return (noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN") and participle.i > noun.i
            and not any(c.dep_ in ("agent", "auxpass") for c in participle.children))


def is_passive(verb: Token) -> bool:
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
