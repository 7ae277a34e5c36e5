"""Events reported in another party's words, with no cue word of their own: demands reported as "X said Y must ...",
"X told Y to ..." and "insisted that Y pay"; blame reported as "X said Y was behind Z" or "X said Y had violated Z"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cues import Cue, CueMatch, match_token

DEMAND_CAMEO = "100"
ACCUSE_CAMEO = "112"
DEFIANCE_CAMEO = "128"
DEMAND_MODALS = {"must", "should"}
SAYING = {"say", "declare", "reiterate", "conclude", "announce", "insist", "state", "tell", "stress", "add", "write", "signal",
          "indicate"}
TELLING = {"tell", "instruct"}  # "told Israel to withdraw": a demand on the object
ORDERING = {"order", "direct", "want"}  # "ordered Iraq to withdraw", not "ordered troops to attack" (a named object only)
INSISTING = {"insist", "demand", "urge", "ask", "request", "recommend", "propose", "suggest"}  # "insisted that Iraq pay"
FINDING = SAYING | {"claim", "allege", "believe", "suspect", "find", "determine", "conclude"}
HARMS = {"death", "killing", "unrest", "violence", "crisis", "chaos", "explosion", "blast", "fire", "crash", "loss",
         "failure", "instability", "disappearance", "leak", "outbreak", "sabotage", "downing", "poisoning", "massacre"}
BEARING = {"be", "bear", "carry"}  # "said X was responsible for Y", "said X bore responsibility for Y"
BLAME_NOUNS = {"responsibility", "blame"}
CULPABLE = {"responsible", "accountable", "culpable", "guilty", "complicit"}  # "said X was responsible for Y"

DEMAND_CUE = Cue("say", "VERB", "", frozenset(), DEMAND_CAMEO, "REQUEST", "")
BLAME_CUE = Cue("say", "VERB", "", frozenset(), ACCUSE_CAMEO, "", "")


def demands(sent: Doc, by_token: dict[int, CueMatch]) -> list[CueMatch]:
    """"X said Y must do Z": a demand by X on Y, coded REQUEST on the saying verb; "X said Y was behind Z": an
    accusation by X of Y, coded ACCUSE on it."""
    out: list[CueMatch] = []
    for token in sent:
        if token.lower_ in DEMAND_MODALS and token.dep_ == "aux" and token.i != token.sent.start:  # "Should X ...": if
            clause = token.head
            verb = clause.head
            if clause.dep_ == "ccomp" and verb.lemma_.lower() in SAYING and verb.i not in by_token:
                out.append(CueMatch(DEMAND_CUE, verb, ()))
        elif token.i not in by_token and _tells_to(token):
            out.append(CueMatch(DEMAND_CUE, token, ()))
        elif token.i not in by_token and token.lemma_.lower() in INSISTING and _subjunctive(token):
            out.append(CueMatch(DEMAND_CUE, token, ()))
        elif token.i not in by_token and (_blamed_clause(token) or _reports_violation(token, by_token)):
            out.append(CueMatch(BLAME_CUE, token, ()))
    return out


def _tells_to(token: Token) -> bool:
    """"X told Y to do Z", "X ordered Iraq to withdraw": a demand on Y (an order to one's own troops is not)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in TELLING | ORDERING:
        return False
    clause = [c for c in token.children if c.dep_ in ("xcomp", "ccomp") and any(a.lower_ == "to" for a in c.children)]
    objects = [c for c in token.children if c.dep_ in ("dobj", "dative")]
    objects += [s for c in clause for s in c.children if s.dep_ == "nsubj"]  # parsed as the clause's subject
    if not objects or not clause:
        return False
    return lemma in TELLING or objects[0].pos_ == "PROPN"


def _subjunctive(verb: Token) -> bool:
    """"insisted that Iraq pay": a that-clause in the bare subjunctive (third-person subject, base-form verb) is a demand."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VB", "VBP")):
        subjects = [s for s in clause.children if s.dep_ == "nsubj"]
        no_aux = not any(a.dep_ in ("aux", "auxpass") for a in clause.children)
        if subjects and no_aux and subjects[0].tag_ in ("NN", "NNP") and subjects[0].lower_ not in ("i", "you"):
            return True
    return False


def _blamed_clause(verb: Token) -> bool:
    """"said X was behind the attack", "believe X is responsible for the deaths", "said X bore responsibility for the
    invasion", "found X was to blame": the speaker blames X for a harmful act. A pronoun subject is left out: "said it
    was behind the attack" is a group claiming its own act; so is a duty ("said the army was responsible for security")."""
    if verb.lemma_.lower() not in FINDING or verb.pos_ != "VERB":
        return False
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ in BEARING):
        subjects = [t for t in clause.children if t.dep_ == "nsubj"]
        if not subjects or subjects[0].pos_ == "PRON":
            continue
        blamed = [t for t in clause.children if t.dep_ == "prep" and t.lower_ == "behind"]
        blamed += [t for t in clause.children if t.dep_ == "dobj" and t.lemma_.lower() in BLAME_NOUNS]  # "bore responsibility"
        blamed += [t for t in clause.children if t.dep_ in ("acomp", "xcomp") and t.lemma_.lower() in CULPABLE | {"blame"}]
        if any(_harm_named(t) for t in blamed):
            return True
    return False


def _harm_named(word: Token) -> bool:
    """What one is behind or responsible for is an event or a harm ("the bombing", "the deaths"), if it is named."""
    objects = [o for p in [word, *(c for c in word.children if c.dep_ == "prep" and c.lower_ == "for")]
               for o in p.children if o.dep_ == "pobj"]
    return not objects or any(match_token(o) is not None or o.lemma_.lower() in HARMS for o in objects)


def _reports_violation(verb: Token, by_token: dict[int, CueMatch]) -> bool:
    """"X said Y had violated international law (breached the accord)": reporting another party's defiance of a norm
    accuses it."""
    if verb.lemma_.lower() not in FINDING or verb.pos_ != "VERB":
        return False
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i in by_token):
        subjects = [t for t in clause.children if t.dep_ == "nsubj"]
        if by_token[clause.i].cue.cameo == DEFIANCE_CAMEO and subjects and subjects[0].pos_ != "PRON":
            return True
    return False
