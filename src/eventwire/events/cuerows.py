"""The event cue lexicon's rows: cues.tsv read into typed records, with the object rows verbs of one class share
(verbclasses.tsv), the event nouns of cue verbs (nominalisations.tsv) and the phrasal verbs that are no event
(noncues.tsv)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Token

from ..data import data_path, read_tsv, split_list
from .tables import PLOVER_TYPES


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    pos: str
    particle: str
    objects: frozenset[str]
    cameo: str
    event: str
    mode: str

    @property
    def specificity(self) -> int:
        return 2 * bool(self.objects) + bool(self.particle)


@dataclass(frozen=True, slots=True)
class CueMatch:
    cue: Cue
    token: Token
    extra: tuple[Token, ...]  # particle and object tokens that are part of the trigger


def _row_to_cue(row: dict[str, str]) -> Cue:
    event = row.get("event", "").upper()
    if event and event not in PLOVER_TYPES:
        raise ValueError(f"unknown PLOVER type {event!r}")
    return Cue(
        lemma=row["lemma"].lower(),
        pos=row["pos"].upper(),
        particle=row.get("particle", "").lower(),
        objects=frozenset(o.lower() for o in split_list(row.get("object", ""))),
        cameo=row["cameo"],
        event=event,
        mode=row.get("mode", ""),
    )


@lru_cache(maxsize=1)
def load_cues() -> dict[tuple[str, str], tuple[Cue, ...]]:
    """Cues by (lemma, pos), most specific first."""
    out: dict[tuple[str, str], list[Cue]] = {}
    for row in read_tsv(data_path("events", "cues.tsv")):
        cue = _row_to_cue(row)
        out.setdefault((cue.lemma, cue.pos), []).append(cue)
    for row in read_tsv(data_path("events", "verbclasses.tsv")):  # before the nouns, which then get them too
        own = out.setdefault((row["verb"], "VERB"), [])
        own.extend(_inherited_rows(row["verb"], out.get((row["like"], "VERB"), []), own))
    for row in read_tsv(data_path("events", "nominalisations.tsv")):
        own = out.setdefault((row["noun"], "NOUN"), [])
        own.extend(_nominal_rows(row["noun"], out.get((row["verb"], "VERB"), []), own))
    return {k: tuple(sorted(v, key=lambda c: -c.specificity)) for k, v in out.items() if v}


@lru_cache(maxsize=1)
def load_noncues() -> dict[str, frozenset[str]]:
    """Particles that make a cue verb no event ("pressed ahead"), by verb (noncues.tsv)."""
    out: dict[str, set[str]] = {}
    for row in read_tsv(data_path("events", "noncues.tsv")):
        out.setdefault(row["verb"].lower(), set()).add(row["particle"].lower())
    return {verb: frozenset(particles) for verb, particles in out.items()}


def _inherited_rows(verb: str, model_cues: list[Cue], own: list[Cue]) -> list[Cue]:
    """The object rows without a particle of a verb of the same class ("rushed medical teams" as "sent medical teams",
    "reversed the ban" as "lifted the ban"), less the object lemmas the verb's own rows already code."""
    taken = {o for c in own for o in c.objects}
    rows = [replace(c, lemma=verb, objects=c.objects - taken) for c in model_cues if c.objects and not c.particle]
    return [c for c in rows if c.objects]


def _nominal_rows(noun: str, verb_cues: list[Cue], own: list[Cue]) -> list[Cue]:
    """The object rows of a verb given to its event noun ("suspend"+aid -> "suspension of aid"), less the object
    lemmas the noun's own rows already code."""
    taken = {o for c in own for o in c.objects}
    rows = [replace(c, lemma=noun, pos="NOUN", objects=c.objects - taken) for c in verb_cues if c.objects]
    return [c for c in rows if c.objects]
