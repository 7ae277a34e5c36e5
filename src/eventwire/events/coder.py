"""The rule-based event coder: cues + dependency parse + modality -> PLOVER/CAMEO events."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..actors.resolver import ArticleContext, Resolver
from ..data import data_path, read_tsv
from ..model import Entity, Event, TextInfo, content_id
from . import arguments as args
from . import roles
from .cues import SCENE_PREPS, Cue, CueMatch, match_token
from .modality import is_refusal, status_of
from .roles import STATE_KINDS
from .syntax import time_clause
from .tables import lookup, plover_for, quad_for, scale_for

ABSORB_DEPS = {"xcomp", "ccomp", "dobj", "pobj", "pcomp", "prep", "acomp", "oprd", "attr", "agent"}
INTENT_TYPES = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
EXERCISE_WORDS = {"exercise", "drill", "manoeuvre", "maneuver", "wargame", "war game", "game", "patrol"}
JOINT_CAMEO = "062"
COOPERATION_CAMEO = "060"
JOINT_MARKERS = {"joint", "jointly"}  # "a joint study", "are jointly investigating"
JOINT_WORDLESS = {"statement", "communique", "communiqué", "declaration", "letter", "conference", "appeal", "session",
                  "meeting", "news", "press", "bid", "candidate", "ticket", "list", "account", "custody"}
PARTNERING = {"involve", "include"}  # "drills involving Chinese forces", "exercises that included X"
GENERIC_INTENT = "030"
GENERIC_THREAT = "130"
NEGATIVE_CONDITION = {"unless"}
VOWS = {"vow", "pledge", "promise", "swear"}
REFUSAL_CAMEO = "120"
DEMAND_CAMEO = "100"
DEMAND_MODALS = {"must", "should"}
COMMITTING_AUX = {"will", "would", "'ll", "shall"}
POSSIBLE_AUX = {"could", "might", "may", "can"}
NEGATING_GOVERNORS = {"deny"}
ANNOUNCING = {"announce", "propose", "unveil"}
THREAT_TYPES = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"}
PREPARING = {"prepare", "ready", "poise", "gear", "mass"}
SAYING = {"say", "declare", "reiterate", "conclude", "announce", "insist", "state", "tell", "stress", "add", "write"}
TELLING = {"tell", "instruct"}  # "told Israel to withdraw": a demand on the object
ORDERING = {"order", "direct", "want"}  # "ordered Iraq to withdraw", not "ordered troops to attack" (a named object only)
INSISTING = {"insist", "demand", "urge", "ask", "request", "recommend", "propose", "suggest"}  # "insisted that Iraq pay"
DIPLOMATIC_PROTEST = "114"
ACCUSE_CAMEO = "112"
DEFIANCE_CAMEO = "128"
WITHDRAWAL_CAMEO = "0874"
PROTECTION_CAMEO = "074"
PROTECTION_INTENT_CAMEO = "0334"  # intent to provide military protection or peacekeeping
MILITARY_AID_CAMEO = "072"
SEIZING_CAMEOS = {"171", "191", "192"}  # seizing property, blockading or occupying places
BOYCOTT_CAMEO = "143"
EMBARGO_CAMEO = "163"
STORMING_CAMEO = "145"  # crowds storming a building
FORCES = {"COP", "MIL"}
STANCES = {"oppose"}  # "students opposed to the pact": a participle describing people, not an act
OCCUPATION_CAMEO = "144"  # obstructing or occupying as a protest
CIVILIANS = {"CVL", "LAB", "EDU", "AGR", "MED", "BUS"}  # protesters, workers, students, farmers ...: no state or armed group
DEPLOYMENT_CAMEO = "154"
BORDERS = {"border", "frontier", "boundary"}
RAID_CAMEO = "170"
AIR_ATTACK_CAMEO = "195"
RAIDING_CRAFT = {"warplane", "jet", "aircraft", "plane", "airplane", "helicopter", "bomber", "drone", "gunship", "fighter",
                 "gunboat", "warship", "airforce"}
DEPARTING = {"leave", "quit", "exit", "vacate", "evacuate"}
FINDING = SAYING | {"claim", "allege", "believe", "suspect", "find", "determine", "conclude"}
HARMS = {"death", "killing", "unrest", "violence", "crisis", "chaos", "explosion", "blast", "fire", "crash", "loss",
         "failure", "instability", "disappearance", "leak", "outbreak", "sabotage", "downing", "poisoning", "massacre"}
BEARING = {"be", "bear", "carry"}  # "said X was responsible for Y", "said X bore responsibility for Y"
BLAME_NOUNS = {"responsibility", "blame"}
CULPABLE = {"responsible", "accountable", "culpable", "guilty", "complicit"}  # "said X was responsible for Y"


@lru_cache(maxsize=4)
def _prefix_table(name: str) -> dict[str, str]:
    return {row["from"]: row["to"] for row in read_tsv(data_path("events", name))}


def _governing_match(match: CueMatch, by_token: dict[int, CueMatch]) -> CueMatch | None:
    """A trigger whose complement (object, clause) holds this one: "agreed to lift", "accused X of attacking"."""
    node = match.token
    head = by_token.get(node.head.i)
    if node.dep_ == "advcl" and head is not None and any(t.head.i == node.i for t in head.extra):
        return head  # "pushed for X to back ...": the clause introduced by the trigger's particle is its content
    for _ in range(4):
        if node.dep_ not in ABSORB_DEPS or node.head.i == node.i or node.lower_ in SCENE_PREPS or time_clause(node):
            return None  # "captured the town after fierce fighting", "were killed when X attacked": events of their own
        if node.dep_ == "ccomp":
            noun = next((c for c in node.head.children if c.dep_ == "dobj" and c.i in by_token), None)
            if noun is not None and noun.i < node.i:  # "reiterated its demand that X ease ...": the demand's content
                return by_token[noun.i]
        node = node.head
        if node.i in by_token:
            return by_token[node.i]
    return None


def _plain_event(cue: Cue) -> str:
    plover = plover_for(cue.cameo)
    return cue.event or (plover.event if plover else "")


def _vows_threat(governor: CueMatch, governed: CueMatch) -> bool:
    """A bare promise ("vowed", "pledged", CAMEO 030) whose content is coercion or force: a threat, not an offer."""
    return (governor.cue.cameo == GENERIC_INTENT and governor.token.lemma_.lower() in VOWS
            and _plain_event(governed.cue) in THREAT_TYPES)


def _negates(match: CueMatch) -> bool:
    """"denied sending troops": the complement is the event, negated; the denial itself is not coded."""
    return match.token.lemma_.lower() in NEGATING_GOVERNORS and not match.cue.objects


def _preparing(token: Token) -> bool:
    """An attack the actor is preparing or poised to make ("prepared to resume shelling")."""
    node = token
    for _ in range(3):
        if node.dep_ not in ("xcomp", "acomp", "dobj", "pcomp") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in PREPARING:
            return True
    return False


def _committed(token: Token) -> bool:
    """The trigger carries "will"/"would" (not "could", "might"): the speaker commits to it."""
    return any(c.dep_ == "aux" and c.lower_ in COMMITTING_AUX for c in token.children)


def _police_raid(match: CueMatch, actors: tuple[Entity, ...]) -> bool:
    """"Police carried out raids against a smuggling network": raids by the police are arrests and searches."""
    return bool(actors) and actors[0].sector == "COP" and any(t.lemma_.lower() == "raid" for t in match.extra)


def _raided_from_the_air(token: Token) -> bool:
    """"Israeli warplanes raided ...", "gunboats raided the port": a raid by aircraft or warships is an attack."""
    if token.lemma_.lower() != "raid" or token.pos_ != "VERB":
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in RAIDING_CRAFT for c in token.children)


def _to_own_border(token: Token) -> bool:
    """Weapons sent or moved to the sender's own border ("sent tanks to its border with X"): a deployment, not aid."""
    return any(p.dep_ in ("prep", "dative") and p.lower_ in ("to", "toward", "towards", "along")
               and o.lemma_.lower() in BORDERS and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in o.children)
               for p in token.children for o in p.children if o.dep_ == "pobj")


def _sent_to_protect(token: Token, actors: tuple[Entity, ...], recipients: tuple[Entity, ...]) -> bool:
    """Forces sent to another country to protect or help it ("deployed troops to Juba to protect the government")."""
    own = {a.code for a in actors}
    return any(r.code not in own for r in recipients) and args.protective_purpose(token)


def _own_possibility(token: Token, actors: tuple[Entity, ...], res: Resolver) -> bool:
    """"X said it could (might, may) cut ties with Y": a party speaking of coercion or force it could use itself, a
    threat. Said of another party ("X said Y could attack") it stays a possibility."""
    if token.dep_ != "ccomp" or token.head.lemma_.lower() not in SAYING:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in POSSIBLE_AUX for c in token.children):
        return False
    speakers = {e.code for e in args.subject_of(token.head, res)}
    return bool(speakers & {a.code for a in actors})


def _is_joint(match: CueMatch, actors: tuple[Entity, ...], recipients: tuple[Entity, ...]) -> bool:
    words = [match.token, *match.extra]
    if not any(w.lemma_.lower() in EXERCISE_WORDS for w in words):
        return False
    joint = any(c.lower_ in ("joint", "combined") for w in words for c in w.children)
    return joint or len({a.code for a in actors}) > 1 or (bool(recipients) and _with_partner(words))


def _with_partner(words: list[Token]) -> bool:
    """"held drills with X", "drills involving X": a partner in a "with" phrase of the exercise or its verb, or a
    clause within the exercise's phrase that involves or includes it; a party the drills are held
    near ("off the coast of X", "near the front line with X") is their target, a show of force."""
    holders = [*words, *(w.head for w in words if w.dep_ in ("dobj", "nsubjpass"))]
    if any(c.dep_ == "prep" and c.lower_ == "with" for h in holders for c in h.children):
        return True
    return any(t.dep_ in ("relcl", "acl") and t.lemma_.lower() in PARTNERING for w in words for t in w.subtree)


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


def _state_actor(entity: Entity, ctx: ArticleContext) -> bool:
    """A government or a state named as such ("China", "Beijing"), not its people ("Palestinians")."""
    if entity.sector == "GOV":
        return True
    mention = ctx.mention_at(entity.start)
    return entity.sector is None and mention is not None and mention.entries[0].kind in STATE_KINDS


LOCATING_PREPS = {"in", "at", "across", "throughout", "near", "around"}


def _place_of_act(entity: Entity, sent: Doc, base: int) -> bool:
    """An actor found as the place where something happened ("protests erupted in Dakar"): the people there, not the
    state named by the place."""
    token = next((t for t in sent if base + t.idx == entity.start), None)
    return token is not None and token.dep_ == "pobj" and token.head.lower_ in LOCATING_PREPS


DEMAND_CUE = Cue("say", "VERB", "", frozenset(), DEMAND_CAMEO, "REQUEST", "")
DEPARTURE_CUE = Cue("leave", "VERB", "", frozenset(), WITHDRAWAL_CAMEO, "RETREAT", "withdraw")
BLAME_CUE = Cue("say", "VERB", "", frozenset(), ACCUSE_CAMEO, "", "")


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


def _describes_forces(match: CueMatch, res: Resolver) -> bool:
    """An attack noun used as the modifier of a military noun ("combat troops", "a strike force") names a kind of
    unit, not an event."""
    token = match.token
    return (match.cue.pos == "NOUN" and _plain_event(match.cue) == "ASSAULT" and token.dep_ == "compound"
            and token.head.pos_ == "NOUN" and res.sector_of(token.head) == "MIL")  # "peacekeeping force" stays AID


def _departures(sent: Doc, by_token: dict[int, CueMatch], res: Resolver) -> list[CueMatch]:
    """"The last Soviet troops left Afghanistan": forces leaving a named country or capital withdraw from it (RETREAT
    0874); a leader who "left Moscow" is only travelling."""
    out: list[CueMatch] = []
    for token in sent:
        if token.i in by_token or token.pos_ != "VERB" or token.lemma_.lower() not in DEPARTING:
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if not subjects or res.sector_of(subjects[0]) != "MIL":
            continue
        for place in (c for c in token.children if c.dep_ == "dobj"):
            mention = res.ctx.mention_at(res.base + place.idx)
            if mention is not None and mention.entries[0].kind in STATE_KINDS:
                out.append(CueMatch(DEPARTURE_CUE, token, (place,)))
                break
    return out


JOINT_CUE = Cue("joint", "NOUN", "", frozenset(), COOPERATION_CAMEO, "COOPERATE", "")


def _joint(token: Token) -> bool:
    """"joint raids", "jointly investigating", "jointly launched an inquiry": an act done by partners together."""
    heads = [token] + ([token.head] if token.dep_ in ("dobj", "pobj") and token.head.pos_ in ("VERB", "ADP") else [])
    heads += [h.head for h in heads if h.pos_ == "ADP" and h.head.pos_ == "VERB"]
    return any(c.lower_ in JOINT_MARKERS and c.dep_ in ("amod", "advmod") for h in heads for c in h.children)


def _joint_works(sent: Doc, by_token: dict[int, CueMatch], res: Resolver) -> list[CueMatch]:
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


def _working_together(match: CueMatch, event: Event, article_id: str) -> list[Event]:
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


class RuleCoder:
    """Codes the events of one parsed sentence."""

    name = "rules"

    def code_sentence(self, sent: Doc, base: int, ctx: ArticleContext, article_id: str) -> list[Event]:
        res = Resolver(ctx, base)
        matches = [m for m in (match_token(t) for t in sent) if m is not None]
        by_token = {m.token.i: m for m in matches}
        consumed = {t.i for m in matches for t in m.extra}
        matches += self._demands(sent, by_token) + _departures(sent, by_token, res) + _joint_works(sent, by_token, res)
        by_token = {m.token.i: m for m in matches}
        events: list[Event] = []
        governors = {m.token.i: _governing_match(m, by_token) for m in matches}
        negating = {m.token.i for m in matches if _negates(m) and any(g is m for g in governors.values())}
        vowing = {g.token.i for i, g in governors.items() if g is not None and _vows_threat(g, by_token[i])}
        for match in matches:
            governor = governors[match.token.i]
            vowed = governor is not None and governor.token.i in vowing
            if vowed:
                governor = None  # "vowed to retaliate": the vowed attack is coded (a threat), not the vow
            if match.token.i in consumed or match.token.i in negating or match.token.i in vowing:
                continue
            if governor and governor.token.i not in negating:
                continue
            if ctx.mention_at(base + match.token.idx):  # a word inside a name ("Cooperation Organization")
                continue
            if _describes_forces(match, res):  # "combat troops", "strike force": a kind of unit, not an event
                continue
            if match.token.dep_ == "acl" and match.token.lemma_.lower() in STANCES:  # "truckers opposed to mandates"
                continue
            event = self._event(match, res, ctx, base, article_id, sent, vowed)
            if event is not None:
                events.append(event)
                events.extend(_working_together(match, event, article_id))
        for i in negating:  # "denied that it had chemical weapons": nothing coded inside, so the denial
            inside = {m.token.i for m in matches if governors[m.token.i] is by_token[i]}
            if not any(e.text_info.trigger_start == base + sent[j].idx for e in events for j in inside):
                event = self._event(by_token[i], res, ctx, base, article_id, sent)
                if event is not None:
                    events.append(event)
        return events

    def _demands(self, sent: Doc, by_token: dict[int, CueMatch]) -> list[CueMatch]:
        """"X said Y must do Z": a demand by X on Y, coded REQUEST on the saying verb; "X said Y was behind Z": an
        accusation by X of Y, coded ACCUSE on it."""
        out: list[CueMatch] = []
        for token in sent:
            if token.lower_ in DEMAND_MODALS and token.dep_ == "aux":
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

    def _code(self, match: CueMatch, status: str, joint: bool) -> tuple[str, str, str, tuple[str, ...]]:
        cue = match.cue
        cameo = JOINT_CAMEO if joint else cue.cameo
        plover = plover_for(cameo)
        event = cue.event if cue.event and not joint else (plover.event if plover else "")
        mode = cue.mode if cue.mode and not joint else (plover.mode if plover else "")
        context = plover.context if plover else ()
        if status != "negated" and event == "ASSAULT" and _preparing(match.token):
            return "150", "MOBILIZE", "", plover_for("150").context  # "troops prepared to attack": a show of force
        if status == "hypothetical" and event in INTENT_TYPES and args.has_condition(match.token):
            status = "planned"  # "would meet X if ...": a conditional offer
        elif status == "hypothetical" and event in THREAT_TYPES and _committed(match.token) and args.has_condition(match.token):
            status = "planned"  # "would impose sanctions if ...": a conditional threat ("could ... if" stays a possibility)
        if status == "planned" and event in INTENT_TYPES and args.has_condition(match.token, NEGATIVE_CONDITION):
            cameo, event = GENERIC_THREAT, "THREATEN"  # "will withdraw its troops unless X holds elections": a threat
            return cameo, event, plover_for(cameo).mode, plover_for(cameo).context
        if status == "planned" and event in INTENT_TYPES:
            cameo = lookup(_prefix_table("intent.tsv"), cameo) or "030"
            event, mode = "AGREE", ""
        elif status == "planned" and event in THREAT_TYPES:
            cameo = lookup(_prefix_table("threat.tsv"), cameo) or "130"
            event, mode = "THREATEN", plover_for(cameo).mode if plover_for(cameo) else ""
        else:
            return cameo, event, mode, context
        coded = plover_for(cameo)
        return cameo, event, mode, coded.context if coded else context

    def _event(
        self, match: CueMatch, res: Resolver, ctx: ArticleContext, base: int, article_id: str, sent: Doc,
        vowed: bool = False,
    ) -> Event | None:
        plain = match.cue.event or (plover_for(match.cue.cameo).event if plover_for(match.cue.cameo) else "")
        actors, recipients = roles.arguments_of(match, res, plain)
        if not actors:
            return None
        status = status_of(match.token)
        if vowed and (status == "occurred" or status == "hypothetical" and args.has_condition(match.token)):
            status = "planned"  # the content of a vow is intended, also when it has a condition ("vowed to strike if")
        if status == "hypothetical" and plain in THREAT_TYPES and _own_possibility(match.token, actors, res):
            status = "planned"  # "Turkey said it could cut ties with X": a veiled threat
        if status == "planned" and plain == "ASSAULT" and _preparing(match.token):
            status = "occurred"  # the preparation itself is the event (MOBILIZE)
        if status == "occurred" and plain in INTENT_TYPES and match.token.dep_ == "dobj" and match.token.head.lemma_ in ANNOUNCING:
            status = "planned"  # "announcing a summit"
        cameo, event, mode, context = self._code(match, status, _is_joint(match, actors, recipients))
        if (event == "PROTEST" and match.token.lemma_.lower() == "protest" and all(_state_actor(a, ctx) for a in actors)
                and not any(_place_of_act(a, sent, base) for a in actors)):
            cameo, event, mode = DIPLOMATIC_PROTEST, "ACCUSE", ""  # a state protesting: a diplomatic complaint
            context = plover_for(cameo).context
        if cameo == BOYCOTT_CAMEO and all(_state_actor(a, ctx) for a in actors) and not any(_place_of_act(a, sent, base) for a in actors):
            cameo, event, mode = EMBARGO_CAMEO, "SANCTION", ""  # a state boycotting: a sanction (GSR convention, see cues.tsv)
            context = plover_for(cameo).context
        if cameo == STORMING_CAMEO and actors and all(a.sector in FORCES for a in actors):
            cameo, event, mode = RAID_CAMEO, "COERCE", ""  # "police stormed the embassy": a raid, not a riot
            context = plover_for(cameo).context
        if event == "ASSAULT" and _police_raid(match, actors):
            cameo, event, mode = RAID_CAMEO, "COERCE", ""  # "police carried out raids": a police raid, not warfare
            context = plover_for(cameo).context
        if match.cue.cameo == RAID_CAMEO and _raided_from_the_air(match.token):
            cameo, event, mode = AIR_ATTACK_CAMEO, "ASSAULT", plover_for(AIR_ATTACK_CAMEO).mode
            context = plover_for(cameo).context  # "warplanes raided guerrilla bases": an air strike, not a police raid
        if event == "COERCE" and cameo[:3] in SEIZING_CAMEOS and actors and all(a.sector in CIVILIANS for a in actors):
            cameo, event, mode = OCCUPATION_CAMEO, "PROTEST", ""  # "farmers seized town halls": an occupation protest
            context = plover_for(cameo).context
        if event == "AID" and cameo.startswith(MILITARY_AID_CAMEO) and _to_own_border(match.token):
            cameo, event, mode = DEPLOYMENT_CAMEO, "MOBILIZE", ""  # "sent tanks to its border": its own forces
            context = plover_for(cameo).context
        if event == "MOBILIZE" and status == "occurred" and _sent_to_protect(match.token, actors, recipients):
            cameo, event, mode = PROTECTION_CAMEO, "AID", ""  # troops sent to protect another party: military protection
            context = plover_for(cameo).context
        if event == "THREATEN" and plain == "MOBILIZE" and _sent_to_protect(match.token, actors, recipients):
            cameo, event, mode = PROTECTION_INTENT_CAMEO, "AGREE", ""  # "would send troops to keep the peace": an offer
            context = plover_for(cameo).context
        if (event in INTENT_TYPES or event == "AGREE") and is_refusal(match.token):  # "will not accept X's claim"
            cameo, event, mode, status = REFUSAL_CAMEO, "REJECT", "", "occurred"
            context = plover_for(cameo).context
        if not event:
            return None
        words = sorted([match.token, *match.extra], key=lambda t: t.i)
        trigger_start = base + match.token.idx
        info = TextInfo(sent.text, base, base + len(sent.text), trigger_start, trigger_start + len(match.token))
        day = ctx.published.isoformat() if isinstance(ctx.published, date) else None
        return Event(
            id=content_id(article_id, trigger_start, event, cameo),
            article_id=article_id,
            date=day,
            event=event,
            mode=mode,
            context=context,
            actor=actors,
            recipient=recipients,
            event_text=" ".join(w.text for w in words),
            cameo=cameo,
            quad_code=quad_for(cameo),
            event_scale=scale_for(cameo),
            status=status,
            text_info=info,
        )


CODERS = {"rules": RuleCoder}
