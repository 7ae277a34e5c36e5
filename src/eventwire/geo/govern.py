"""The place that governs an event trigger: a locative prepositional phrase on the trigger's clause."""

from __future__ import annotations

from typing import Any, Sequence

from .place import Place

LOCATIVE_PREPS = {"in", "into", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "off", "along"}
CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "conj", "relcl", "acl"}


def _place_in(places: Sequence[Place], start: int, end: int) -> Place | None:
    """The first place whose span lies within [start, end)."""
    inside = [p for p in places if p.start >= start and p.end <= end]
    return inside[0] if inside else None


CLIMB_DEPS = {"xcomp", "conj", "dobj", "pobj", "nsubj", "nsubjpass", "attr", "prep", "compound", "amod"}
"""Links that keep to the trigger's own clause; a new clause (advcl, relcl, ccomp) has its own place."""


def _clause_heads(trigger: Any) -> list[Any]:
    """The trigger, then the words its clause hangs from (nearest first), without crossing into another clause."""
    heads = [trigger]
    token = trigger
    while token.dep_ in CLIMB_DEPS and token.head is not token:
        token = token.head
        heads.append(token)
    return heads


def _locative_place(head: Any, offset: int, places: Sequence[Place]) -> Place | None:
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPS:
            subtree = list(child.subtree)
            found = _place_in(places, offset + subtree[0].idx, offset + subtree[-1].idx + len(subtree[-1].text))
            if found:
                return found
    return None


def governing_place(sentence_doc: Any, offset: int, trigger: Any, places: Sequence[Place]) -> Place | None:
    """The place of a locative phrase ("in/at/near/outside X") on the trigger or its clause; never a bare subject or object."""
    for head in _clause_heads(trigger):
        found = _locative_place(head, offset, places)
        if found:
            return found
    return None
