"""An event's actor when the resolver can name no country for it: CAMEO's unknown-country code with the sector the
subject's noun or title names ("opposition leaders" ---OPP, "the junta" ---MIL, "union leaders" ---LAB) or a means of
violence ("missiles struck X"), so that an act whose doer the text describes but does not place is kept, marked as
such, rather than dropped; and an agentless passive ("two journalists were arrested") is kept with no actor. A subject
that names neither ("forecasters said") still yields no event."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolver import Resolver
from ..model import UNKNOWN_COUNTRY, Entity
from .setting import ATTACK_MEANS
from .syntax import doers


def uncoded_actor(token: Token, res: Resolver) -> tuple[Entity, ...]:
    """The cue's doer as an unknown-country actor with its sector, or nothing when it names neither a sector nor a
    means of violence."""
    doer = next((d for d in doers(token) if d.dep_ != "csubj"), None)
    if doer is None or doer.pos_ == "PRON":
        return ()
    sector = res.role_sector(doer) or res.sector_of(doer) or (res.title_sector(doer) if doer.pos_ == "PROPN" else None)
    if sector is None and doer.lemma_.lower() not in ATTACK_MEANS:
        return ()
    text, start, end = res.span_text(doer)
    return (Entity(UNKNOWN_COUNTRY, sector, text, text, start, end, "group"),)


def agentless(token: Token) -> bool:
    """"Three soldiers were killed in an ambush": a passive with no "by" phrase names no doer at all; the act is kept
    with no actor (its recipient, place and date still say what happened)."""
    return any(c.dep_ == "nsubjpass" for c in token.children) and not any(c.dep_ == "agent" for c in token.children)
