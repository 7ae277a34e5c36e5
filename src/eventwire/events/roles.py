"""Actors and recipients of one trigger: the parse gives the explicit ones, then fallbacks per event family fill gaps
(an unnamed perpetrator, the place of a domestic act, both sides of a mutual act)."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolver import Resolver
from ..actors.vocabulary import NON_STATE
from ..model import Entity
from . import arguments as args
from .cues import CueMatch
from .unnamed import unnamed_actors
from .homes import DOMESTIC_TYPES, STATE_BODIES, TRUCE_CAMEO, acts_at_home, home_bodies

Entities = tuple[Entity, ...]

STATE_KINDS = {"country", "capital", "seat"}
NATION_KINDS = STATE_KINDS | {"demonym"}
RECIPROCAL_TYPES = {"COOPERATE"}
MUTUAL_TYPES = {"AGREE", "CONSULT", "SUPPORT"}  # "X and Y signed a deal": each side is the other's recipient
PLACE_TYPES = DOMESTIC_TYPES | {"RETREAT", "ASSAULT", "MOBILIZE", "AID", "SANCTION"}
# "offered to cut its arsenal if X did the same", "would take countermeasures if X ...": aimed at X
REVENGE = {"avenge", "revenge", "retaliate", "retaliation", "vengeance", "punish", "punishment"}  # answers to violence
CONDITIONAL_TYPES = {"THREATEN", "AGREE", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}
# fighting between the actors
TWO_SIDED = {"clash", "exchange", "trade", "skirmish", "fight", "battle", "duel", "scuffle", "brawl"}
MOVING_TYPES = {"MOBILIZE", "AID", "RETREAT"}  # their objects are the forces or goods moved
GOODS_CAMEO = "070"  # the goods row of a receiving verb
AID_CUT_CAMEO = "162"  # reducing or stopping aid: the aid's nation gives it, and stops it


def arguments_of(match: CueMatch, res: Resolver, event: str) -> tuple[Entities, Entities]:
    """The actors and recipients of a trigger whose plain (unmodalised) PLOVER type is `event`."""
    targets = Resolver(res.ctx, res.base, fallback=False)  # a target needs an explicit country
    if match.cue.pos == "VERB":
        actors, recipients = _verb_arguments(match, res, targets)
    else:
        actors, recipients = _noun_arguments(match, res, targets, event)
    if not actors and match.cue.pos == "VERB":  # "Fighting between X and Y troops killed ...": a gerund's parties
        actors = args.between_parties(match.token, res)
    actors = actors or unnamed_actors(match, res, targets, event)
    related = [] if actors else _relation_parties(match, res)
    actors = actors or related
    if event in RECIPROCAL_TYPES and match.cue.pos == "VERB":
        actors = actors + args.partners(match.token, targets)  # cooperating "with" X: both sides are actors
    found_actors = args.dedupe(actors)
    found = _recipients(match, res, targets, event, found_actors, recipients)
    return found_actors, found or (found_actors if related else ())  # the parties of a tie are each other's


def _verb_arguments(match: CueMatch, res: Resolver, targets: Resolver) -> tuple[list[Entity], list[Entity]]:
    """A verb's object and prepositional targets, then its subject; a subject is not resolved to a named target."""
    if _received_goods(match):  # "X received tanks from Y": Y gives, X receives
        return args.goods_givers(match.token, res), args.subject_of(match.token, res)
    recipients = args.verb_recipients(match.token, match.extra, targets)
    avoid = frozenset(e.code for e in recipients if e.kind in STATE_KINDS | {"group", "person"})
    actors = args.subject_of(match.token, Resolver(res.ctx, res.base, avoid=avoid) if avoid else res)
    return actors, recipients


def _received_goods(match: CueMatch) -> bool:
    """"received tanks from X" (the goods row of `receive`): the receiver is the recipient."""
    return match.token.lemma_.lower() in args.RECEIVING and match.cue.cameo == GOODS_CAMEO


def _noun_arguments(match: CueMatch, res: Resolver, targets: Resolver, event: str) -> tuple[list[Entity], list[Entity]]:
    """An event noun's owner (possessor, modifier, `by` phrase, light verb's subject) and its targets."""
    token = match.token
    mediation = match.cue.cameo.startswith("045")
    actors = args.noun_actors(token, res, mediation)
    if not actors and res.ctx.lexicon.sectors.get(token.lemma_.lower()):
        actors = res.resolve(token)  # "protesters", "rioters": the participants are the actors
    recipients = args.noun_recipients(token, targets, mediation)
    if not actors and event not in ("RETREAT", "MOBILIZE"):
        actors = args.noun_sources(token, res)  # "food aid from the WFP", "a delegation from X", "pressure from X"
    if not actors and (event in ("AID", "RETREAT") or match.cue.cameo.startswith(AID_CUT_CAMEO)):
        actors = args.goods_origin(token, res)  # "the delivery of German tanks", "the suspension of US aid"
        own = {a.code for a in actors}  # the goods are the actor's, their destination the target ("US aid to Egypt")
        if own:
            recipients = [r for r in recipients if r.code not in own] + args.goods_destinations(token, targets)
    return actors or args.passive_light_agent(token, res), recipients


def _relation_parties(match: CueMatch, res: Resolver) -> list[Entity]:
    """"Relations between China and Vietnam were normalised": a passive verb with no agent whose subject is a tie
    between parties is the parties' own act."""
    if match.cue.pos != "VERB" or not args.unnamed_agent(match.token):
        return []
    return [e for s in args.passive_subjects(match.token) for e in args.between_parties(s, res)]


def _recipients(
    match: CueMatch, res: Resolver, targets: Resolver, event: str, actors: Entities, recipients: list[Entity],
) -> Entities:
    """The explicit targets (not the actors), widened per family, then the fallbacks for an event with none."""
    found = _family_recipients(match, targets, event, actors, args.dedupe(recipients, exclude=list(actors)))
    found = _mutual_recipients(match.token, event, actors, found)
    if match.cue.cameo.startswith(TRUCE_CAMEO) and len({(a.code, a.sector) for a in actors}) > 1:
        found = args.dedupe([*found, *actors])  # "the government and the rebels signed a ceasefire": with each other
    if found and event == "REQUEST" and _asks_state_body(match, res):  # "urged the government to expel US troops":
        found = args.dedupe([*home_bodies(match, res, actors, objects=True), *found])  # the government is asked
    return found or _role_named(match, targets, actors) or _fallback_recipients(match, res, targets, event, actors)


def _role_named(match: CueMatch, targets: Resolver, actors: Entities) -> Entities:
    """"recognised X as Venezuela's president", "endorsed X as the country's candidate": an object unknown by itself is
    placed by the role it is given."""
    objects = [c for c in match.token.children if c.dep_ == "dobj"]
    roles = [o for h in [match.token, *objects] for p in h.children if p.dep_ == "prep" and p.lower_ == "as"
             for o in p.children if o.dep_ == "pobj"]
    return args.dedupe([e for r in roles for e in targets.resolve(r)], exclude=list(actors)) if objects else ()


def _asks_state_body(match: CueMatch, res: Resolver) -> bool:
    """The one asked is named only by its sector ("urged the government to ...")."""
    asked = [c for c in match.token.children if c.dep_ in ("dobj", "dative")]
    return any(res.sector_of(a) in STATE_BODIES and not res.ctx.mention_at(res.base + a.idx) for a in asked)


def _family_recipients(match: CueMatch, targets: Resolver, event: str, actors: Entities, found: Entities) -> Entities:
    """Targets a family names outside the trigger's own phrases: a threat's or offer's condition, a protest's demand,
    the place a force left."""
    token = match.token
    own = {a.code for a in actors}
    if event in CONDITIONAL_TYPES and all(r.code in own for r in found):  # "warned that X would retaliate if Y ...":
        # Y is the target, also when the warning names the speaker's own country ("warned that Mexico would ... if Y")
        found = args.dedupe(args.condition_targets(token, targets), exclude=list(actors)) or found
    revenge = event == "THREATEN" or token.lemma_.lower() in REVENGE
    if revenge and all(r.code in own for r in found):  # "vowed to avenge soldiers killed in an X strike": X
        found = args.dedupe(args.culprits(token, targets, own), exclude=list(actors)) or found
    if event == "MOBILIZE" and all(r.code in {a.code for a in actors} for r in found):  # "sent warplanes near Taiwan";
        # "raised the readiness of its units near X": its own forces are not the target
        near = args.dedupe(args.approached(token, targets), exclude=list(actors))
        return near or _other_nation(token, targets, own) or found
    if event == "ACCUSE" and all(r.kind == "org" and r.code in NON_STATE for r in found):  # complained to a forum
        about = args.dedupe(args.complained_of(token, targets), exclude=list(actors))  # about X: X is accused
        found = about or found
    if event == "AGREE" and match.cue.pos == "VERB" and args.own_means(found, targets, own):  # its own troops are no
        found = args.dedupe(args.pledged_places(token, targets, own)) or found  # target: the place pledged to is
    if event == "RETREAT":  # "the withdrawal of its troops from X": X, not the troops
        left = args.dedupe(args.left_places(token, targets), exclude=list(actors))
        if left:
            return left
    if event == "PROTEST":  # "rallied ... demanding that X ...", "rallied outside the embassy of X": X is the target too
        demands = args.demand_targets(token, targets) if match.cue.pos == "VERB" else []
        sites = args.protest_sites(token, targets)
        return args.dedupe(list(found) + demands + sites, exclude=list(actors))
    return found


def _other_nation(token: Token, res: Resolver, own: set[str]) -> Entities:
    """"put its forces on a war footing during the standoff with Turkey", "on alert after South Korea resumed ...": a
    show of force aimed at no named party is aimed at the one other nation its sentence names."""
    sent = token.sent
    start, end = res.base + sent.start_char, res.base + sent.end_char
    found: dict[str, Entity] = {}
    for mention in res.ctx.mentions:
        entry = res.choose(mention) if start <= mention.start < end and not _sea_name(token, mention, res) else None
        if entry is not None and entry.kind in NATION_KINDS and entry.code not in own | NON_STATE:
            name = res.ctx.lexicon.names.get(entry.code, entry.code)
            found.setdefault(entry.code, Entity(entry.code, None, mention.text, name, mention.start, mention.end, "country"))
    return tuple(found.values()) if len(found) == 1 else ()


def _sea_name(token: Token, mention, res: Resolver) -> bool:
    """"China" in "the East China Sea": a country named inside the name of a sea is no party."""
    span = token.doc.char_span(mention.start - res.base, mention.end - res.base, alignment_mode="expand")
    return span is not None and any(args.waters(t) for t in (span.root, span.root.head))


def _mutual_recipients(token: Token, event: str, actors: Entities, found: Entities) -> Entities:
    """"The two sides accused each other", "X and Y held a summit": the actors are each other's recipients."""
    if not found and args.reciprocal(token):
        return actors  # "the two sides accused each other", "the warring factions agreed"
    if not found and event == "ASSAULT" and token.lemma_.lower() in TWO_SIDED and len({a.code for a in actors}) > 1:
        return actors  # "Indian and Pakistani troops exchanged fire": each side fired on the other
    if not found and event in RECIPROCAL_TYPES and len({a.code for a in actors}) > 1:
        return actors  # "X shared intelligence with Y", "X and Y held joint drills": each works with the other
    if event == "MOBILIZE" and len({a.code for a in actors}) > 1:  # "X and Y held joint patrols": coded as cooperation
        return args.dedupe([*found, *actors])
    if len({(a.code, a.sector) for a in actors}) > 1 and event in MUTUAL_TYPES:  # also "the government and rebels"
        return args.dedupe([*found, *actors])  # "X and Y held a summit (on the sidelines of Z)"
    return found


def _fallback_recipients(match: CueMatch, res: Resolver, targets: Resolver, event: str, actors: Entities) -> Entities:
    """No explicit target: the place left, the place where it happened, or the actor's own country at home."""
    token = match.token
    found: Entities = ()
    if event == "RETREAT":  # "withdrew from Avdiivka": the country left
        found = args.dedupe(args.left_places(token, targets), exclude=list(actors))
    if not found and event in PLACE_TYPES:
        found = args.dedupe(args.place_recipients(token, res))
    if not found and event == "THREATEN":  # "warned that it would attack polling stations in X": the place attacked
        found = args.dedupe([e for c in token.children if c.dep_ in ("ccomp", "xcomp")
                             for e in args.place_recipients(c, res)])
    if not found and actors and acts_at_home(match, event, actors[0]):
        home = actors[0]
        found = (Entity(home.code, None, home.entity_text, home.identifier_text, home.start, home.end, "country"),)
    return found or home_bodies(match, res, actors, objects=event not in MOVING_TYPES)
