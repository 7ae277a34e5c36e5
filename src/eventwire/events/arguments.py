"""Who did it and to whom: actors and recipients of a trigger from the dependency parse.

The finders live in small modules, re-exported here for the callers (`roles`, `coder`):
`subjects` (a verb's agent), `owners` (an event noun's agent), `targets` (the actors a noun phrase names),
`recipients` (a trigger's targets), `relations` (partners, each other, demands, conditions, complaints, pledges) and
`places` (countries of the place of an event). This module also dedupes what they find."""

from __future__ import annotations

from ..model import Entity
from .owners import (RECEIVING, between_parties, custodians, death_of, event_subject_actors, goods_givers, goods_origin,
                     marked_agents, measure_owners, noun_actors, noun_sources, passive_light_agent)
from .places import left_places, place_actors, place_recipients, protective_purpose
from .frames import approached
from .recipients import goods_destinations, noun_recipients, verb_recipients
from .relations import (complained_of, condition_targets, conditional_clause, culprits, demand_targets, has_condition, own_means,
                        partners, pledged_places, protest_sites, reciprocal)
from .subjects import passive_subjects, removers, subject_of, unnamed_agent
from .targets import national_entity, removal_source, waters

__all__ = [
    "approached", "between_parties", "complained_of", "condition_targets", "conditional_clause", "culprits", "custodians",
    "death_of", "dedupe", "demand_targets", "event_subject_actors", "goods_destinations", "goods_givers",
    "goods_origin", "has_condition", "left_places", "marked_agents", "measure_owners", "national_entity",
    "noun_actors", "noun_recipients", "noun_sources", "own_means", "partners", "passive_light_agent",
    "passive_subjects", "place_actors", "place_recipients", "pledged_places", "protective_purpose", "protest_sites",
    "RECEIVING", "reciprocal", "removal_source", "removers", "subject_of", "unnamed_agent", "verb_recipients", "waters",
]


def _other_group(ent: Entity, exclude: list[Entity]) -> bool:
    """A group named by its own noun phrase ("the militia's deputy chief") is not the like-coded actor group
    ("guerrillas") just because both are rebels of one country."""
    return ent.kind == "group" and all(ent.end <= e.start or e.end <= ent.start for e in exclude)


def dedupe(entities: list[Entity], exclude: list[Entity] = ()) -> tuple[Entity, ...]:
    """Entities once each, without those standing for an excluded one (the actors, when deduping recipients)."""
    def key(e: Entity) -> tuple:
        return (e.code, e.sector, e.identifier_text)

    excluded = {key(e) for e in exclude}
    out: list[Entity] = []
    for ent in entities:
        if key(ent) in {key(o) for o in out} or (key(ent) in excluded and not _other_group(ent, list(exclude))):
            continue
        out.append(ent)
    return tuple(out)
