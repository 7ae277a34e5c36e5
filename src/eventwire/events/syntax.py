"""Dependency-parse helpers shared by the argument finders: a preposition's objects, a token's children by
relation, objects the parser stranded or shared, the verb a noun phrase hangs from."""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_DEPS = {"nsubj", "csubj"}
TIME_MARKS = {"when", "as", "while", "after"}  # "killed five when a bomb went off in X"


def pobjs(prep: Token) -> list[Token]:
    return [g for g in prep.children if g.dep_ == "pobj"]


def stranded_object(prep: Token) -> list[Token]:
    """The noun right after a preposition the parser left without an object ("asylum to five officers holed up ...")."""
    visiting = [o for c in prep.children if c.dep_ == "pcomp" and c.lemma_.lower() == "visit" for o in c.children
                if o.dep_ == "dobj"]
    if visiting:  # "talks with visiting U.S. Defense Secretary X": the parser takes "visiting" for a gerund
        return visiting
    if pobjs(prep) or any(c.dep_ == "pcomp" for c in prep.children):
        return []
    shared = shared_object(prep)
    if shared:
        return shared
    for token in prep.doc[prep.i + 1 : prep.i + 7]:
        if token.pos_ in ("NOUN", "PROPN"):
            return [token] if token.head.i != token.i + 1 or token.head.pos_ not in ("NOUN", "PROPN") else [token.head]
        if token.pos_ not in ("DET", "NUM", "ADJ", "PRON") and token.dep_ not in ("amod", "nummod", "det", "poss", "compound"):
            return []
    return []


def shared_object(prep: Token) -> list[Token]:
    """"ties with and an embassy in Hanoi": a preposition right before "and"/"or" shares the object of the next
    preposition of the coordination."""
    doc = prep.doc
    if prep.i + 1 >= len(doc) or doc[prep.i + 1].pos_ != "CCONJ":
        return []
    end = min(prep.sent.end, prep.i + 12)
    for token in doc[prep.i + 2 : end]:
        if token.dep_ in ("prep", "dative") and pobjs(token):
            return pobjs(token)
    return []


def children(token: Token, deps: set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def doers(verb: Token) -> list[Token]:
    """Who does the act: the verb's subjects, and the objects of a passive's "by" phrase."""
    return children(verb, SUBJECT_DEPS) + [p for a in children(verb, {"agent"}) for p in pobjs(a)]


def clause_verb(token: Token) -> Token:
    """The verb a trigger belongs to: itself, or the verb its noun phrase hangs from."""
    node = token
    for _ in range(5):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node


def time_clause(clause: Token) -> bool:
    """"Two guards were killed when gunmen attacked the post": a clause opened by a time conjunction, also one the
    parser took for an object clause or whose conjunction it hung on the subject."""
    if clause.dep_ not in ("advcl", "ccomp"):
        return False
    return clause.left_edge.lower_ in TIME_MARKS or any(m.lower_ in TIME_MARKS for m in children(clause, {"mark", "advmod"}))


STANCES = {"oppose"}  # "students opposed to the pact": a participle describing people, not an act


def stance_with_clause(verb: Token) -> Token | None:
    """"Students opposed to a pact with Beijing occupied the legislature", parsed with "opposed" as the main verb and
    the real one as its subjectless complement clause: that clause's verb."""
    if verb.lemma_.lower() not in STANCES or not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.tag_ == "VBD"
                 and not any(s.dep_ in SUBJECT_DEPS | {"nsubjpass"} for s in c.children)), None)


def same_token(a: Token | None, b: Token) -> bool:
    """Whether `a` is the token `b` (spaCy makes a new object on each access, so `is` does not tell)."""
    return a is not None and a.i == b.i
