"""The rule-based event coder: cues + dependency parse + modality -> PLOVER/CAMEO events.

The work is shared with: `cues` (the lexicon's matches), `implicit` (events found by construction), `governing` (cues
inside other cues' complements), `roles` (actors and recipients), `modality` (status) and `recoding` (the final code)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from ..actors.resolver import ArticleContext, Resolver
from ..model import Event, TextInfo, content_id
from . import arguments as args
from . import roles
from .cues import CueMatch, match_token
from .governing import (INTENT_TYPES, THREAT_TYPES, governing_match, holds_open, motive, negates, plain_event,
                        vows_threat)
from .implicit import implicit_matches, working_together
from .modality import status_of
from .recoding import code_for, is_joint, own_possibility, preparing, recode, refusal, refused
from .syntax import STANCES, stance_with_clause
from .tables import quad_for, scale_for
from .uncoded import agentless, uncoded_actor

UNIT_KINDS = {"ASSAULT", "MOBILIZE"}
CRAFT = {"boat", "ship", "vessel", "craft", "car", "vehicle", "helicopter", "aircraft", "plane", "jet", "rifle", "gun"}
FORCE_SECTORS = {"COP", "MIL"}
RIOT_KIT = {"gear", "shield", "squad", "unit", "van", "control", "helmet"}
ANNOUNCING = {"announce", "propose", "unveil"}
PERFORMED = ("0871", "080", "081", "082", "083")  # a truce or a concession is made by announcing it


def _describes_forces(match: CueMatch, res: Resolver) -> bool:
    """A protest noun naming a kind of force or kit ("riot police", "riot gear") is no event. An attack or show-of-force
    noun used as the modifier of a military noun or a craft ("combat troops", "a strike
    force", "patrol boats") names a kind of unit, and an attack noun modifying a readiness noun ("combat readiness")
    the kind of alert, not an event."""
    token = match.token
    kind = plain_event(match.cue)
    if match.cue.pos != "NOUN" or token.dep_ != "compound" or token.head.pos_ != "NOUN":
        return False
    if kind == "PROTEST":  # "riot police", "riot gear": the kind of force or kit that meets unrest
        return res.sector_of(token.head) in FORCE_SECTORS or token.head.lemma_.lower() in RIOT_KIT
    if kind not in UNIT_KINDS:
        return False  # "peacekeeping force" stays AID
    if res.sector_of(token.head) == "MIL" or token.head.lemma_.lower() in CRAFT:  # "patrol boats", "attack helicopters"
        return True
    readiness = match_token(token.head)  # "combat readiness", "battle alert": the state of the forces is the event
    return kind == "ASSAULT" and readiness is not None and plain_event(readiness.cue) == "MOBILIZE"


def _skipped(match: CueMatch, res: Resolver) -> bool:
    """A cue word that is no event here: inside a name, a kind of unit, a stance."""
    if res.ctx.mention_at(res.base + match.token.idx):  # a word inside a name ("Cooperation Organization")
        return True
    if _describes_forces(match, res):  # "combat troops", "strike force": a kind of unit, not an event
        return True
    stance = match.token.lemma_.lower() in STANCES  # "truckers opposed to mandates", also misparsed as the main verb
    return stance and (match.token.dep_ == "acl" or stance_with_clause(match.token) is not None)


def _status(match: CueMatch, plain: str, actors: tuple, res: Resolver, vowed: bool) -> str:
    """The trigger's modality, corrected for vows, veiled threats, preparations and announcements."""
    status = status_of(match.token)
    if vowed and (status == "occurred" or status == "hypothetical" and args.has_condition(match.token)):
        status = "planned"  # the content of a vow is intended, also when it has a condition ("vowed to strike if")
    if status == "hypothetical" and plain in THREAT_TYPES and own_possibility(match.token, actors, res):
        status = "planned"  # "Turkey said it could cut ties with X": a veiled threat
    if status == "planned" and plain == "ASSAULT" and preparing(match.token):
        status = "occurred"  # the preparation itself is the event (MOBILIZE)
    if (status == "occurred" and plain in INTENT_TYPES and match.token.dep_ == "dobj" and match.token.head.lemma_ in ANNOUNCING
            and not match.cue.cameo.startswith(PERFORMED)):
        status = "planned"  # "announcing a summit"; "announced a ceasefire (an amnesty)" declares it
    return status


class RuleCoder:
    """Codes the events of one parsed sentence."""

    name = "rules"

    def code_sentence(self, sent: Doc, base: int, ctx: ArticleContext, article_id: str) -> list[Event]:
        res = Resolver(ctx, base)
        matches = [m for m in (match_token(t) for t in sent) if m is not None]
        by_token = {m.token.i: m for m in matches}
        consumed = {t.i for m in matches for t in m.extra}
        matches += implicit_matches(sent, by_token, res)
        by_token = {m.token.i: m for m in matches}
        events: list[Event] = []
        governors = {m.token.i: governing_match(m, by_token) for m in matches}
        negating = {m.token.i for m in matches if negates(m) and any(g is m for g in governors.values())}
        vowing = {g.token.i for i, g in governors.items() if g is not None and vows_threat(g, by_token[i])}
        held = {i for i, g in governors.items() if g is not None and holds_open(g, by_token[i])}
        vowing |= {governors[i].token.i for i in held}
        for match in matches:
            governor = governors[match.token.i]
            vowed = governor is not None and governor.token.i in vowing and not motive(match.token, governor.token)
            if vowed:
                governor = None  # "vowed to retaliate", "did not rule out force": the content is coded, intended
            if match.token.i in consumed or match.token.i in negating or match.token.i in vowing:
                continue
            if governor and governor.token.i not in negating:
                continue
            if _skipped(match, res):
                continue
            event = self._event(match, res, article_id, sent, vowed, match.token.i in held)
            if event is not None:
                events.append(event)
                events.extend(working_together(match, event, article_id))
        for i in negating:  # "denied that it had chemical weapons": nothing coded inside, so the denial
            inside = {m.token.i for m in matches if governors[m.token.i] is by_token[i]}
            if not any(e.text_info.trigger_start == base + sent[j].idx for e in events for j in inside):
                event = self._event(by_token[i], res, article_id, sent)
                if event is not None:
                    events.append(event)
        return events

    def _event(self, match: CueMatch, res: Resolver, article_id: str, sent: Doc, vowed: bool = False,
               held_open: bool = False) -> Event | None:
        plain = plain_event(match.cue)
        actors, recipients = roles.arguments_of(match, res, plain)
        actors = actors or uncoded_actor(match.token, res)  # "opposition leaders rejected ...": ---OPP, kept
        if not actors and not agentless(match.token):
            return None
        status = "planned" if held_open else _status(match, plain, actors, res, vowed)
        code = code_for(match, status, is_joint(match, actors, recipients))
        code = recode(code, match, plain, status, (actors, recipients), res, sent)
        if refused(code, match.token, status):  # "will not accept X's claim"
            code, status = refusal(), "occurred"
        if not code.event:
            return None
        words = sorted([match.token, *match.extra], key=lambda t: t.i)
        base, ctx = res.base, res.ctx
        trigger_start = base + match.token.idx
        info = TextInfo(sent.text, base, base + len(sent.text), trigger_start, trigger_start + len(match.token))
        day = ctx.published.isoformat() if isinstance(ctx.published, date) else None
        return Event(
            id=content_id(article_id, trigger_start, code.event, code.cameo),
            article_id=article_id,
            date=day,
            event=code.event,
            mode=code.mode,
            context=code.context,
            actor=actors,
            recipient=recipients,
            event_text=" ".join(w.text for w in words),
            cameo=code.cameo,
            quad_code=quad_for(code.cameo),
            event_scale=scale_for(code.cameo),
            status=status,
            text_info=info,
        )


CODERS = {"rules": RuleCoder}
