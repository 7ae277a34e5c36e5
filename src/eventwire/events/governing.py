"""How cues nest: the cue whose complement holds another ("agreed to lift", "accused X of attacking"), vows whose
content is force, and denials that negate what they hold."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import SCENE_PREPS, Cue, CueMatch
from .modality import status_of
from .syntax import same_token as _same, stance_with_clause, time_clause
from .tables import plover_for

ABSORB_DEPS = {"xcomp", "ccomp", "dobj", "pobj", "pcomp", "prep", "acomp", "oprd", "attr", "agent"}
INTENT_TYPES = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
THREAT_TYPES = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"}
GENERIC_INTENT = "030"
VOWS = {"vow", "pledge", "promise", "swear", "hint", "raise"}  # "hinted at (raised the prospect of) an incursion": force
# held out as intended
MOTIVE_PREPS = {"over", "for"}  # "vowed revenge for (over) X": the vow's motive
NEGATING_GOVERNORS = {"deny"}
RULING_OUT = {"rule", "exclude"}  # "did not rule out (exclude) X": X held open


def governing_match(match: CueMatch, by_token: dict[int, CueMatch]) -> CueMatch | None:
    """A trigger whose complement (object, clause) holds this one: "agreed to lift", "accused X of attacking"."""
    node = match.token
    head = by_token.get(node.head.i)
    if node.dep_ == "advcl" and head is not None and any(t.head.i == node.i for t in head.extra):
        return head  # "pushed for X to back ...": the clause introduced by the trigger's particle is its content
    if _noun_complement(node) and node.head.i in by_token:
        return by_token[node.head.i]  # "Iraq's threat to invade Kuwait", "the offer to hold talks": the noun's content
    if _ruled_out(node, by_token):
        return by_token[node.head.i]  # "ruled out sending troops": what is ruled out, not an act
    for _ in range(4):
        if node.dep_ not in ABSORB_DEPS or node.head.i == node.i or node.lower_ in SCENE_PREPS or time_clause(node):
            return None  # "captured the town after fierce fighting", "were killed when X attacked": events of their own
        if node.dep_ == "ccomp" and _same(stance_with_clause(node.head), node):
            return None  # "Students opposed to X occupied Y": the main verb, misparsed under the stance
        if _purpose_of_contact(node, by_token):
            return None  # "telephoned X to express support": the call's purpose is an act of its own
        if node.dep_ == "ccomp":
            noun = next((c for c in node.head.children if c.dep_ == "dobj" and c.i in by_token), None)
            if noun is not None and noun.i < node.i:  # "reiterated its demand that X ease ...": the demand's content
                return by_token[noun.i]
        node = node.head
        if node.i in by_token:
            return by_token[node.i]
    return None


def _purpose_of_contact(node: Token, by_token: dict[int, CueMatch]) -> bool:
    """An infinitive of purpose on a call, visit or meeting ("telephoned X to express support", "flew to X to sign a
    treaty"): what the contact was for is an event of its own, not the contact's content."""
    head = by_token.get(node.head.i)
    if head is None or head.cue.pos != "VERB" or plain_event(head.cue) != "CONSULT":
        return False
    return node.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)


def _noun_complement(node: Token) -> bool:
    """An infinitive or a "that" clause completing an event noun ("the threat to invade", "a refusal to extradite",
    "calls to lift", "the demand that X hand over Y"): what the threat, refusal or call is about, not an act of its own."""
    if node.dep_ not in ("acl", "ccomp") or node.head.pos_ != "NOUN" or node.head.i == node.i:
        return False
    infinitive = node.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
    return infinitive or any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)


def _ruled_out(node: Token, by_token: dict[int, CueMatch]) -> bool:
    """A gerund the parser hung as a clause on a refusal ("ruled out sending troops", "refused outright accepting"): what
    is refused."""
    head = by_token.get(node.head.i)
    if head is None or node.dep_ != "advcl" or node.tag_ != "VBG" or plain_event(head.cue) != "REJECT":
        return False
    last = max(t.i for t in (head.token, *head.extra))
    return node.i == last + 1 and not any(c.dep_ == "mark" for c in node.children)  # right after: not ", demanding X"


def plain_event(cue: Cue) -> str:
    """The PLOVER type of a cue as written, before modality and context recode it."""
    plover = plover_for(cue.cameo)
    return cue.event or (plover.event if plover else "")


def vows_threat(governor: CueMatch, governed: CueMatch) -> bool:
    """A bare promise ("vowed", "pledged", CAMEO 030) whose content is coercion or force: a threat, not an offer."""
    return (governor.cue.cameo == GENERIC_INTENT and governor.token.lemma_.lower() in VOWS
            and plain_event(governed.cue) in THREAT_TYPES and not motive(governed.token, governor.token))


def motive(token: Token, governor: Token) -> bool:
    """"vowed revenge for the killing", "raised the prospect of strikes over its crackdown": the act a vow answers is its
    motive, not its content."""
    node = token
    while node.head.i != node.i and node.i != governor.i:
        if node.dep_ == "prep" and node.lower_ in MOTIVE_PREPS and node.head.i == governor.i:
            return True
        node = node.head
    return False


def holds_open(governor: CueMatch, governed: CueMatch) -> bool:
    """"has not ruled out using force (talks)": a refusal that is itself negated holds its content open as a possibility
    the actor intends, coded as that content, planned (a threat or an offer), not as a refusal."""
    return (governor.token.lemma_.lower() in RULING_OUT and plain_event(governor.cue) == "REJECT"
            and status_of(governor.token) == "negated" and bool(plain_event(governed.cue)))


def negates(match: CueMatch) -> bool:
    """"denied sending troops": the complement is the event, negated; the denial itself is not coded."""
    return match.token.lemma_.lower() in NEGATING_GOVERNORS and not match.cue.objects

