"""The rule-based event coder: cues + dependency parse + modality -> PLOVER/CAMEO events."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..actors.resolver import ArticleContext, Resolver
from ..data import data_path, read_tsv
from ..model import Entity, Event, TextInfo, content_id
from . import arguments as args
from .cues import Cue, CueMatch, match_token
from .modality import is_refusal, status_of
from .tables import lookup, plover_for, quad_for, scale_for

ABSORB_DEPS = {"xcomp", "ccomp", "dobj", "pobj", "pcomp", "prep", "acomp", "oprd", "attr", "agent"}
INTENT_TYPES = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
EXERCISE_WORDS = {"exercise", "drill", "manoeuvre", "maneuver", "wargame", "war game", "game", "patrol"}
JOINT_CAMEO = "062"
GENERIC_INTENT = "030"
VOWS = {"vow", "pledge", "promise", "swear"}
REFUSAL_CAMEO = "120"
DEMAND_CAMEO = "100"
DOMESTIC_TYPES = {"COERCE", "CONCEDE", "PROTEST"}
AUTHORITY_TYPES = {"REJECT", "RETREAT", "AID", "SANCTION"}  # a local authority's acts concern its own people
LOCAL_UNITS = {"district", "municipal", "municipality", "city", "town", "provincial", "province", "regional", "county",
               "local", "mayor", "governor", "governorate", "prefecture", "prefectural"}
UNNAMED_TYPES = {"ASSAULT", "COERCE", "RETREAT", "PROTEST"}
RECIPROCAL_TYPES = {"COOPERATE"}
MUTUAL_TYPES = {"AGREE", "CONSULT", "SUPPORT"}  # "X and Y signed a deal": each side is the other's recipient
PLACE_TYPES = DOMESTIC_TYPES | {"RETREAT", "ASSAULT", "MOBILIZE", "AID", "SANCTION"}
DEMAND_MODALS = {"must", "should"}
COMMITTING_AUX = {"will", "would", "'ll", "shall"}
NEGATING_GOVERNORS = {"deny"}
ANNOUNCING = {"announce", "propose", "unveil"}
THREAT_TYPES = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"}
SCENE_PREPS = {"after", "before", "during", "following", "amid", "amidst", "despite", "since", "until", "ahead", "because"}
PREPARING = {"prepare", "ready", "poise", "gear", "mass"}
SAYING = {"say", "declare", "reiterate", "conclude", "announce", "insist", "state", "tell", "stress", "add", "write"}
TELLING = {"tell", "instruct"}  # "told Israel to withdraw": a demand on the object
ORDERING = {"order", "direct", "want"}  # "ordered Iraq to withdraw", not "ordered troops to attack" (a named object only)
INSISTING = {"insist", "demand", "urge", "ask", "request", "recommend", "propose", "suggest"}  # "insisted that Iraq pay"
STATE_KINDS = {"country", "capital", "seat"}
DIPLOMATIC_PROTEST = "114"
RELEASE_CAMEO = "0841"
CAPTIVES = {"hostage", "captive", "abductee", "pow"}


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
        if node.dep_ not in ABSORB_DEPS or node.head is node or node.lower_ in SCENE_PREPS:
            return None  # "captured the town after fierce fighting": the fighting is an event of its own
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
        if node.dep_ not in ("xcomp", "acomp", "dobj", "pcomp") or node.head is node:
            return False
        node = node.head
        if node.lemma_.lower() in PREPARING:
            return True
    return False


def _committed(token: Token) -> bool:
    """The trigger carries "will"/"would" (not "could", "might"): the speaker commits to it."""
    return any(c.dep_ == "aux" and c.lower_ in COMMITTING_AUX for c in token.children)


def _has_object(token: Token) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") for c in token.children) or token.pos_ in ("NOUN", "PROPN")


def _is_joint(match: CueMatch, actors: tuple[Entity, ...], recipients: tuple[Entity, ...]) -> bool:
    words = [match.token, *match.extra]
    if not any(w.lemma_.lower() in EXERCISE_WORDS for w in words):
        return False
    joint = any(c.lower_ in ("joint", "combined") for w in words for c in w.children)
    return joint or len({a.code for a in actors}) > 1 or bool(recipients)


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


def _local_authority(entity: Entity) -> bool:
    """A town's, province's or district's authorities ("the Ankara district administration"): a sub-national
    government, whose refusals and concessions concern its own people."""
    if entity.sector != "GOV" or entity.kind not in ("group", "country"):
        return False
    words = entity.entity_text.lower().split()
    return any(w.strip(",.'") in LOCAL_UNITS for w in words)


DEMAND_CUE = Cue("say", "VERB", "", frozenset(), DEMAND_CAMEO, "REQUEST", "")


class RuleCoder:
    """Codes the events of one parsed sentence."""

    name = "rules"

    def code_sentence(self, sent: Doc, base: int, ctx: ArticleContext, article_id: str) -> list[Event]:
        res = Resolver(ctx, base)
        matches = [m for m in (match_token(t) for t in sent) if m is not None]
        by_token = {m.token.i: m for m in matches}
        consumed = {t.i for m in matches for t in m.extra}
        matches += self._demands(sent, by_token)
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
            event = self._event(match, res, ctx, base, article_id, sent, vowed)
            if event is not None:
                events.append(event)
        for i in negating:  # "denied that it had chemical weapons": nothing coded inside, so the denial
            inside = {m.token.i for m in matches if governors[m.token.i] is by_token[i]}
            if not any(e.text_info.trigger_start == base + sent[j].idx for e in events for j in inside):
                event = self._event(by_token[i], res, ctx, base, article_id, sent)
                if event is not None:
                    events.append(event)
        return events

    def _demands(self, sent: Doc, by_token: dict[int, CueMatch]) -> list[CueMatch]:
        """"X said Y must do Z": a demand by X on Y, coded REQUEST on the saying verb."""
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
        return out

    def _arguments(self, match: CueMatch, res: Resolver, event: str) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
        token = match.token
        targets = Resolver(res.ctx, res.base, fallback=False)  # a target needs an explicit country
        if match.cue.pos == "VERB":
            recipients = args.verb_recipients(token, match.extra, targets)
            avoid = frozenset(e.code for e in recipients if e.kind in STATE_KINDS | {"group", "person"})
            actors = args.subject_of(token, Resolver(res.ctx, res.base, avoid=avoid) if avoid else res)
        else:
            mediation = match.cue.cameo.startswith("045")
            actors = args.noun_actors(token, res, mediation)
            if not actors and res.ctx.lexicon.sectors.get(token.lemma_.lower()):
                actors = res.resolve(token)  # "protesters", "rioters": the participants are the actors
            recipients = args.noun_recipients(token, targets, mediation)
            if not actors and event == "AID":
                actors = args.goods_origin(token, res)  # "the delivery of German tanks to Ukraine"
        if not actors and (event in UNNAMED_TYPES or match.cue.cameo.startswith("09")) and args.unnamed_agent(token):
            actors = args.event_subject_actors(token, res) if match.cue.pos == "VERB" else []
            actors = actors or args.custodians(token, targets)  # "tortured in Egyptian police custody": the holder
            actors = actors or args.place_actors(token, targets)  # no named perpetrator: the country where it happened
            shared = token.head if token.dep_ == "conj" and match.cue.pos == "VERB" else None
            if not actors and shared is not None and args.unnamed_agent(shared):  # "a bombing near X killed one and wounded two"
                actors = args.event_subject_actors(shared, res) or args.place_actors(shared, targets)
        if not actors and event == "MOBILIZE" and args.unnamed_agent(token):  # "troops were deployed": whose troops
            actors = [e for s in args.passive_subjects(token) for e in res.resolve(s)]
        if event in RECIPROCAL_TYPES and match.cue.pos == "VERB":
            actors = actors + args.partners(token, targets)  # cooperating "with" X: both sides are actors
        actors_t = args.dedupe(actors)
        found = args.dedupe(recipients, exclude=list(actors_t))
        if event == "THREATEN" and not found:  # "warned that X would retaliate if Y ...": Y is the target
            found = args.dedupe(args.condition_targets(token, targets), exclude=list(actors_t))
        if event == "PROTEST" and match.cue.pos == "VERB":  # "rallied ... demanding that X ...": X is the target too
            found = args.dedupe(list(found) + args.demand_targets(token, targets), exclude=list(actors_t))
        if not found and args.reciprocal(token):
            found = actors_t  # "the two sides accused each other", "the warring factions agreed"
        elif len({a.code for a in actors_t}) > 1 and event in MUTUAL_TYPES:
            found = args.dedupe([*found, *actors_t])  # "X and Y held a summit (on the sidelines of Z)"
        if not found and event == "RETREAT":  # "withdrew from Avdiivka": the country left
            found = args.dedupe(args.left_places(token, targets), exclude=list(actors_t))
        if not found and event in PLACE_TYPES:
            found = args.dedupe(args.place_recipients(token, res))
        police = event == "ASSAULT" and actors_t and actors_t[0].sector == "COP"  # police act at home
        local = event in AUTHORITY_TYPES and actors_t and _local_authority(actors_t[0])
        freed = match.cue.cameo == RELEASE_CAMEO and not any(t.lemma_.lower() in CAPTIVES for t in match.extra)
        # "released political detainees": its own people, as with arrests; hostages are often foreigners
        if not found and (event in DOMESTIC_TYPES or police or local or freed) and actors_t and (_has_object(token) or event == "PROTEST"):
            home = actors_t[0]
            found = (Entity(home.code, None, home.entity_text, home.identifier_text, home.start, home.end, "country"),)
        return actors_t, found

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
        actors, recipients = self._arguments(match, res, plain)
        if not actors:
            return None
        status = status_of(match.token)
        if vowed and status == "occurred":
            status = "planned"  # the content of a vow is intended
        if status == "planned" and plain == "ASSAULT" and _preparing(match.token):
            status = "occurred"  # the preparation itself is the event (MOBILIZE)
        if status == "occurred" and plain in INTENT_TYPES and match.token.dep_ == "dobj" and match.token.head.lemma_ in ANNOUNCING:
            status = "planned"  # "announcing a summit"
        cameo, event, mode, context = self._code(match, status, _is_joint(match, actors, recipients))
        if event == "PROTEST" and match.token.lemma_.lower() == "protest" and all(_state_actor(a, ctx) for a in actors):
            cameo, event, mode = DIPLOMATIC_PROTEST, "ACCUSE", ""  # a state protesting: a diplomatic complaint
            context = plover_for(cameo).context
        if event in INTENT_TYPES and is_refusal(match.token):
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
