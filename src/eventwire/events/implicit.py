"""Events with no cue word of their own, found by their construction: demands and blame reported in another party's
words (`reported`); forces leaving a country; suspensions and expulsions; conditional responses; deliveries of relief;
an undertaking marked joint; and the cooperation implied by an act done jointly."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors.resolver import Resolver
from ..model import Event, content_id
from .cues import ARRIVAL_WORDS, RESPONSE_WORDS, Cue, CueMatch, phrase_names
from .relations import has_condition
from .reported import demands
from .roles import STATE_KINDS
from .setting import is_place
from .tables import plover_for, quad_for, scale_for

WITHDRAWAL_CAMEO = "0874"
JOINT_CAMEO = "062"
COOPERATION_CAMEO = "060"
DEPARTING = {"leave", "quit", "exit", "vacate", "evacuate"}
JOINT_MARKERS = {"joint", "jointly"}  # "a joint study", "are jointly investigating"
JOINT_WORDLESS = {"statement", "communique", "communiqué", "declaration", "letter", "conference", "appeal", "session",
                  "meeting", "news", "press", "bid", "candidate", "ticket", "list", "account", "custody"}

DEPARTURE_CUE = Cue("leave", "VERB", "", frozenset(), WITHDRAWAL_CAMEO, "RETREAT", "withdraw")
EXPELLED = {"ambassador", "diplomat", "envoy", "attache", "attaché", "consul", "chargé", "staff", "mission", "embassy",
            "troop", "soldier", "force", "peacekeeper", "contingent", "personnel", "representative", "delegation"}
EXPULSION_CUE = Cue("give", "VERB", "", frozenset(), "166", "SANCTION", "")
SUSPENDING = {"suspend", "expel"}  # "suspended Syria": from a body
SUSPENSION_CUE = Cue("suspend", "VERB", "", frozenset(), "160", "SANCTION", "")
JOINT_CUE = Cue("joint", "NOUN", "", frozenset(), COOPERATION_CAMEO, "COOPERATE", "")
THREAT_CUE = Cue("respond", "VERB", "", frozenset(), "130", "THREATEN", "")
DELIVERY_CUE = Cue("land", "VERB", "", frozenset(), "073", "AID", "")
PROTECTION_CUE = Cue("land", "VERB", "", frozenset(), "074", "AID", "")
RELIEF_CREWS = {"rescuer", "doctor", "medic", "paramedic", "nurse", "rescue team", "medical team", "relief team",
                "surgical team", "aid worker", "relief worker", "health worker", "medical staff"}
PEACEKEEPERS = {"peacekeeper", "peacekeeping"}
CARRYING = {"carry", "bring", "transport", "ferry"}
LADEN = {"laden", "load", "loaded", "fill", "filled", "pack", "packed"}  # "ships laden (loaded) with rice"
SENDING = {"send", "dispatch", "despatch", "deploy", "fly", "ship", "airlift"}
RELIEF_GOODS = {"aid", "food", "medicine", "supply", "tent", "blanket", "relief", "water", "vaccine", "flour", "wheat",
                "grain", "rice", "drug", "equipment", "doctor", "rescuer", "team", "medication"}
MEASURES = {"measure", "action", "step", "countermeasure"}  # "will take all necessary measures unless X ..."


def implicit_matches(sent: Doc, by_token: dict[int, CueMatch], res: Resolver) -> list[CueMatch]:
    """Every construction-borne event of a sentence, beside the matches of the cue lexicon (`by_token`)."""
    found = demands(sent, by_token) + departures(sent, by_token, res) + joint_works(sent, by_token, res)
    found += suspensions(sent, by_token, res) + leaving_orders(sent, by_token)
    return found + conditional_responses(sent, by_token) + deliveries(sent, by_token)


def carries_relief(verb: Token) -> bool:
    """"A Qatari plane carrying aid landed ...", "Rescue teams from Greece arrived ...": the subject of a verb of arrival
    carries relief goods or is a relief crew."""
    subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
    if any(phrase_names(s) & RELIEF_CREWS for s in subjects):
        return True
    loads = [o for s in subjects for c in s.children
             if c.dep_ == "acl" and c.lemma_.lower() in CARRYING for o in c.children if o.dep_ == "dobj"]
    return any(g.lemma_.lower() in RELIEF_GOODS for o in loads for g in (o, *o.conjuncts))


def peacekeepers_arrive(verb: Token) -> bool:
    """"Peacekeepers landed in East Timor", "UN peacekeepers arrived in Bangui": military protection arriving."""
    return any(s.dep_ == "nsubj" and s.lemma_.lower() in PEACEKEEPERS for s in verb.children)


def _loaded_with_relief(craft: Token) -> bool:
    """"ships laden with rice", "planes loaded with medicines", "trucks carrying food": a craft that carries relief."""
    for load in (c for c in craft.children if c.dep_ in ("acl", "amod") and c.lemma_.lower() in CARRYING | LADEN):
        goods = [o for o in load.children if o.dep_ == "dobj"]
        goods += [o for p in load.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
        if any(g.lemma_.lower() in RELIEF_GOODS for o in goods for g in (o, *o.conjuncts)):
            return True
    return False


def sends_relief(verb: Token) -> bool:
    """"India dispatched two ships laden with rice to Myanmar": a sending verb whose object carries relief goods."""
    if verb.lemma_.lower() not in SENDING:
        return False
    return any(_loaded_with_relief(o) for o in verb.children if o.dep_ in ("dobj", "nsubjpass"))


def deliveries(sent: Doc, by_token: dict[int, CueMatch]) -> list[CueMatch]:
    """"Two Turkish planes carrying tents and blankets landed in Kabul", "sent ships laden with rice to X": the arrival
    or sending of relief is aid (AID 073) to the place it reaches. An arrival the lexicon codes as a visit is recoded
    so (`recoding`)."""
    out = [CueMatch(DELIVERY_CUE, t, ()) for t in sent if t.i not in by_token and t.pos_ == "VERB"
           and (t.lemma_.lower() in ARRIVAL_WORDS and carries_relief(t) or sends_relief(t))]
    return out + [CueMatch(PROTECTION_CUE, t, ()) for t in sent if t.i not in by_token and t.pos_ == "VERB"
                  and t.lemma_.lower() in ARRIVAL_WORDS and peacekeepers_arrive(t)]


def conditional_responses(sent: Doc, by_token: dict[int, CueMatch]) -> list[CueMatch]:
    """"Unless X halts ..., Y will take all necessary measures", "Should X join NATO, Y will respond": an unnamed
    response made conditional on another party's act is a threat (THREATEN 130) aimed at that party."""
    out: list[CueMatch] = []
    for token in sent:
        if token.i in by_token or token.pos_ != "VERB":
            continue
        lemma = token.lemma_.lower()
        measures = lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() in MEASURES for c in token.children)
        if (lemma in RESPONSE_WORDS or measures) and has_condition(token):
            out.append(CueMatch(THREAT_CUE, token, ()))
    return out


def departures(sent: Doc, by_token: dict[int, CueMatch], res: Resolver) -> list[CueMatch]:
    """"The last Soviet troops left Afghanistan (Jenin, the town)": forces leaving a named country, a place or a site
    withdraw from it (RETREAT 0874); a leader who "left Moscow" is only travelling."""
    out: list[CueMatch] = []
    for token in sent:
        if token.i in by_token or token.pos_ != "VERB" or token.lemma_.lower() not in DEPARTING:
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if not subjects and token.dep_ == "xcomp":  # "troops began leaving X": the subject of the verb of phase
            subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
        if not subjects or res.sector_of(subjects[0]) != "MIL":
            continue
        place = next((c for c in token.children if c.dep_ == "dobj" and is_place(c, res.ctx, res.base)), None)
        if place is not None:
            out.append(CueMatch(DEPARTURE_CUE, token, (place,)))
    return out


def suspensions(sent: Doc, by_token: dict[int, CueMatch], res: Resolver) -> list[CueMatch]:
    """"The Arab League suspended Syria", "the Commonwealth expelled Fiji": suspending or expelling a state (not its
    people) is suspending it from a body, a reduction of relations (SANCTION 160)."""
    out: list[CueMatch] = []
    for token in sent:
        if token.i in by_token or token.pos_ != "VERB" or token.lemma_.lower() not in SUSPENDING:
            continue
        for state in (c for c in token.children if c.dep_ == "dobj"):
            mention = res.ctx.mention_at(res.base + state.idx)
            if mention is not None and mention.entries[0].kind in STATE_KINDS and state.pos_ == "PROPN":
                out.append(CueMatch(SUSPENSION_CUE, token, (state,)))
                break
    return out


def leaving_orders(sent: Doc, by_token: dict[int, CueMatch]) -> list[CueMatch]:
    """"Riyadh gave the Canadian ambassador 24 hours to leave", "gave French troops a month to quit the country": a
    deadline to leave given to another party's envoys or forces is their expulsion (SANCTION 166)."""
    out: list[CueMatch] = []
    for token in sent:
        if token.i in by_token or token.pos_ != "VERB" or token.lemma_.lower() != "give":
            continue
        told = [c for c in token.children if c.dep_ in ("dative", "dobj") and c.lemma_.lower() in EXPELLED]
        leave = [c for c in token.children if c.dep_ in ("advcl", "xcomp", "ccomp") and c.lemma_.lower() in DEPARTING
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if told and leave:
            out.append(CueMatch(EXPULSION_CUE, token, (told[0],)))
    return out


def _joint(token: Token) -> bool:
    """"joint raids", "jointly investigating", "jointly launched an inquiry": an act done by partners together."""
    heads = [token] + ([token.head] if token.dep_ in ("dobj", "pobj") and token.head.pos_ in ("VERB", "ADP") else [])
    heads += [h.head for h in heads if h.pos_ == "ADP" and h.head.pos_ == "VERB"]
    return any(c.lower_ in JOINT_MARKERS and c.dep_ in ("amod", "advmod") for h in heads for c in h.children)


def joint_works(sent: Doc, by_token: dict[int, CueMatch], res: Resolver) -> list[CueMatch]:
    """"launched a joint study", "began work on a joint project": an undertaking marked joint is cooperation
    (COOPERATE 060), a statement or a unit ("a joint task force") is not."""
    out: list[CueMatch] = []
    for token in sent:
        if token.i in by_token or token.pos_ != "NOUN" or token.lemma_.lower() in JOINT_WORDLESS:
            continue
        if not any(c.lower_ in JOINT_MARKERS and c.dep_ in ("amod", "compound") for c in token.children) or res.sector_of(token):
            continue
        if token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
            out.append(CueMatch(JOINT_CUE, token, ()))
    return out


def working_together(match: CueMatch, event: Event, article_id: str) -> list[Event]:
    """An act of another kind done jointly ("carried out joint raids", "jointly investigating") is also cooperation
    between its parties."""
    if event.event in ("COOPERATE", "") or event.cameo == JOINT_CAMEO or not any(map(_joint, [match.token, *match.extra])):
        return []
    parties = event.actor if len({a.code for a in event.actor}) > 1 else event.recipient
    plover = plover_for(COOPERATION_CAMEO)
    return [replace(
        event, id=content_id(article_id, event.text_info.trigger_start, "COOPERATE", COOPERATION_CAMEO),
        event="COOPERATE", mode=plover.mode if plover else "", context=plover.context if plover else (),
        recipient=parties, cameo=COOPERATION_CAMEO, quad_code=quad_for(COOPERATION_CAMEO),
        event_scale=scale_for(COOPERATION_CAMEO),
    )]
